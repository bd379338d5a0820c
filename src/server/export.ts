/**
 * @module server/export
 * GET /api/export: the incidents matching the filters of /api/incidents (bbox and q included) in
 * an export format of src/export — ACLED CSV, GeoJSON, JSON lines — streamed, so an export of any
 * size runs in constant memory. `csv` is accepted for `acled-csv`.
 */
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { EXPORT_FORMATS, EXTENSIONS, exportChunks, MEDIA_TYPES, type ExportFormat } from '../export/index.ts';
import type { EventRecord } from '../model/types.ts';
import type { Store } from '../store/index.ts';
import { HttpError } from './errors.ts';
import { filteredStream, parseIncidentQuery } from './filters.ts';
import type { IncidentQuery } from './schemas.ts';

/** Names the endpoint accepts (src/export's, plus `csv`). */
export const EXPORT_FORMAT_NAMES = ['csv', ...EXPORT_FORMATS] as const;

export async function exportHandler(store: Store, query: IncidentQuery & { format?: string }, reply: FastifyReply) {
  const { format = 'acled-csv', limit, offset, ...rest } = query;
  const f = (format === 'csv' ? 'acled-csv' : format) as ExportFormat;
  if (!EXPORT_FORMATS.includes(f)) throw new HttpError(400, 'unknown_format', `format must be one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
  const p = parseIncidentQuery(rest);
  if (!p.ok) throw new HttpError(400, p.error.code, p.error.message);
  const rows = filteredStream(store, { store: p.filter.store, bbox: p.filter.bbox, q: p.filter.q });
  async function* records(): AsyncIterable<EventRecord> {
    let skip = offset ?? 0;
    let left = limit ?? Infinity;
    if (left <= 0) return;
    for await (const r of rows) {
      if (skip > 0) {
        skip--;
        continue;
      }
      yield r.record;
      if (--left <= 0) return;
    }
  }
  reply.type(MEDIA_TYPES[f]).header('content-disposition', `attachment; filename="marsad-incidents.${EXTENSIONS[f]}"`);
  return reply.send(Readable.from(exportChunks(f, records())));
}
