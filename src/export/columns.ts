/**
 * @module export/columns
 * The columns of an ACLED export, in ACLED's order (as the ACLED API and its CSV downloads give
 * them since the 2023 column changes: disorder_type, civilian_targeting and tags added; data_id,
 * event_id_no_cnty and iso3 removed), then Marsad's own columns after them. One function turns an
 * event record into a row of these columns; CSV and GeoJSON both use it.
 */
import type { EventRecord } from '../model/types.ts';
import { findCountry } from '../store/countries.ts';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

export const EXTRA_COLUMNS = [
  'date_start', 'date_end', 'date_text', 'fatalities_low', 'fatalities_best', 'fatalities_high', 'claims', 'background', 'confidence', 'source_documents',
] as const;

export const COLUMNS = [...ACLED_COLUMNS, ...EXTRA_COLUMNS] as const;
export type Column = (typeof COLUMNS)[number];
export type Cell = string | number | boolean | null;

/** An event record as one export row. Lists and objects (claims, date_text) are JSON text. */
export function toRow(r: EventRecord): Record<Column, Cell> {
  const country = findCountry(r.iso ?? r.country);
  return {
    event_id_cnty: r.event_id_cnty,
    event_date: r.event_date,
    year: r.event_date ? Number(r.event_date.slice(0, 4)) : null,
    time_precision: r.time_precision,
    disorder_type: r.disorder_type,
    event_type: r.event_type,
    sub_event_type: r.sub_event_type,
    actor1: r.actor1,
    assoc_actor_1: r.assoc_actor_1,
    inter1: r.inter1,
    actor2: r.actor2,
    assoc_actor_2: r.assoc_actor_2,
    inter2: r.inter2,
    interaction: r.interaction,
    civilian_targeting: r.civilian_targeting,
    iso: r.iso,
    region: country?.region ?? '',
    country: r.country,
    admin1: r.admin1,
    admin2: r.admin2,
    admin3: r.admin3,
    location: r.location,
    latitude: r.latitude,
    longitude: r.longitude,
    geo_precision: r.geo_precision,
    source: r.source,
    source_scale: r.source_scale,
    notes: r.notes,
    fatalities: r.fatalities,
    tags: r.tags,
    timestamp: r.timestamp,
    date_start: r.date_start,
    date_end: r.date_end,
    date_text: r.date_text ? r.date_text.text : null,
    fatalities_low: r.fatalities_low,
    fatalities_best: r.fatalities_best,
    fatalities_high: r.fatalities_high,
    claims: JSON.stringify(r.claims ?? []),
    background: r.background,
    confidence: r.confidence,
    source_documents: (r.source_documents ?? []).join(';'),
  };
}
