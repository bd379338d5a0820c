/**
 * @module export
 * Incidents out, in the formats analysts load elsewhere: ACLED CSV (ACLED's columns in ACLED's
 * order, then Marsad's), GeoJSON for GIS, JSON lines of full records. Each format is a stream of
 * text chunks from a stream of records, so exports of any size run in constant memory.
 *
 * @example
 *   for await (const chunk of exportChunks('acled-csv', recordsOf(store.iterateIncidents(filter)))) out.write(chunk);
 */
import type { EventRecord } from '../model/types.ts';
import { csvHeader, csvLine } from './csv.ts';
import { geojsonFeature, geojsonHead, geojsonTail } from './geojson.ts';

export { ACLED_COLUMNS, EXTRA_COLUMNS, COLUMNS, toRow, type Column, type Cell } from './columns.ts';
export { csvField, csvHeader, csvLine } from './csv.ts';
export { geojsonFeature, geojsonHead, geojsonTail } from './geojson.ts';

export const EXPORT_FORMATS = ['acled-csv', 'geojson', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  'acled-csv': 'text/csv; charset=utf-8; header=present',
  geojson: 'application/geo+json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

export const EXTENSIONS: Record<ExportFormat, string> = { 'acled-csv': 'csv', geojson: 'geojson', jsonl: 'jsonl' };

export async function* recordsOf(rows: AsyncIterable<{ record: EventRecord }>): AsyncIterable<EventRecord> {
  for await (const r of rows) yield r.record;
}

/** The export as text chunks (a header, one chunk per record, a trailer). */
export async function* exportChunks(format: ExportFormat, records: AsyncIterable<EventRecord> | Iterable<EventRecord>): AsyncIterable<string> {
  if (format === 'acled-csv') {
    yield csvHeader();
    for await (const r of records) yield csvLine(r);
  } else if (format === 'geojson') {
    yield geojsonHead();
    let first = true;
    for await (const r of records) {
      yield (first ? '' : ',\n') + geojsonFeature(r);
      first = false;
    }
    yield geojsonTail();
  } else {
    for await (const r of records) yield JSON.stringify(r) + '\n';
  }
}
