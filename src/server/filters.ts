/**
 * @module server/filters
 * The query of GET /api/incidents and GET /api/export → the store's IncidentFilter, plus what the
 * store does not filter on itself: a bounding box and full-text search over the source documents.
 * Both are applied while streaming the store's filtered incidents (most recent first), so paging
 * stays exact; a bounding box is first narrowed to the circle around it, which the store answers
 * from its spatial index. Problems are values with a code (HTTP 400), never exceptions.
 */
import { normaliseFilter, type IncidentFilter, type IncidentRow, type Store } from '../store/index.ts';
import type { IncidentQuery } from './schemas.ts';
import { haversineKm } from '../model/geo.ts';

export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface ApiFilter {
  store: IncidentFilter;
  bbox: BBox | null;
  q: string | null;
  limit: number;
  offset: number;
}

export type FilterResult = { ok: true; filter: ApiFilter } | { ok: false; error: { code: string; message: string } };

/** Most documents a full-text filter considers (the best-ranked ones). */
export const MAX_TEXT_HITS = 10_000;
const DEFAULT_KM = 100;

const bad = (code: string, message: string): FilterResult => ({ ok: false, error: { code, message } });

export function parseBBox(s: string): BBox | null {
  const p = s.split(',').map((x) => Number(x.trim()));
  if (p.length !== 4 || !p.every(Number.isFinite)) return null;
  const [west, south, east, north] = p;
  if (Math.abs(south) > 90 || Math.abs(north) > 90 || Math.abs(west) > 180 || Math.abs(east) > 180 || south > north) return null;
  return { west, south, east, north };
}

export function inBBox(b: BBox, lat: number | null, lon: number | null): boolean {
  if (lat == null || lon == null) return false;
  if (lat < b.south || lat > b.north) return false;
  return b.west <= b.east ? lon >= b.west && lon <= b.east : lon >= b.west || lon <= b.east;
}


/** A circle containing the box (centre, and the farthest corner plus a margin), or null if too wide. */
function enclosingCircle(b: BBox): { lat: number; lon: number; km: number } | null {
  if (b.west > b.east || b.east - b.west > 180) return null;
  const lat = (b.south + b.north) / 2;
  const lon = (b.west + b.east) / 2;
  let km = 0;
  for (const la of [b.south, b.north, lat]) for (const lo of [b.west, b.east]) km = Math.max(km, haversineKm(lat, lon, la, lo));
  return { lat, lon, km: km * 1.01 + 1 };
}

export function parseIncidentQuery(q: IncidentQuery): FilterResult {
  const f: IncidentFilter = {};
  for (const k of ['actor', 'type', 'country', 'admin1', 'from', 'to'] as const) {
    const v = q[k]?.trim();
    if (v) f[k] = v;
  }
  if (q.km !== undefined && !q.near) return bad('bad_near', '`km` needs `near=lat,lon`');
  if (q.near) {
    const [lat, lon] = q.near.split(',').map((x) => Number(x.trim()));
    f.near = { lat, lon, km: q.km ?? DEFAULT_KM };
  }
  const n = normaliseFilter(f);
  if (!n.ok) return { ok: false, error: n.error };
  let bbox: BBox | null = null;
  if (q.bbox) {
    bbox = parseBBox(q.bbox);
    if (!bbox) return bad('bad_bbox', 'bbox must be west,south,east,north in degrees, with south ≤ north');
  }
  const text = q.q?.trim() || null;
  return { ok: true, filter: { store: n.filter, bbox, q: text, limit: q.limit ?? 100, offset: q.offset ?? 0 } };
}

/**
 * The incidents matching every filter, most recent first, `offset`/`limit` applied last.
 * @example await queryIncidents(store, parseIncidentQuery({ actor: 'JNIM', bbox: '-12,10,-5,16' }).filter)
 */
export async function queryIncidents(store: Store, f: ApiFilter): Promise<IncidentRow[]> {
  if (!f.bbox && !f.q) return store.listIncidents({ ...f.store, limit: f.limit, offset: f.offset });
  return collect(filteredStream(store, f), f.offset, f.limit);
}

/** Every matching incident (no paging unless `limit` is set in `f.store`), streamed. */
export async function* filteredStream(store: Store, f: Omit<ApiFilter, 'limit' | 'offset'>): AsyncIterable<IncidentRow> {
  let docs: Set<string> | null = null;
  if (f.q) {
    const hits = await store.searchDocuments(f.q, { limit: MAX_TEXT_HITS });
    docs = new Set(hits.map((h) => h.document_id));
    if (docs.size === 0) return;
  }
  const sf: IncidentFilter = { ...f.store };
  if (f.bbox && !sf.near) {
    const c = enclosingCircle(f.bbox);
    if (c) sf.near = c;
  }
  for await (const row of store.iterateIncidents(sf)) {
    if (f.bbox && !inBBox(f.bbox, row.record.latitude, row.record.longitude)) continue;
    if (docs && !row.record.source_documents.some((d) => docs!.has(d))) continue;
    yield row;
  }
}

async function collect(it: AsyncIterable<IncidentRow>, offset: number, limit: number): Promise<IncidentRow[]> {
  const out: IncidentRow[] = [];
  if (limit === 0) return out;
  let skip = offset;
  for await (const r of it) {
    if (skip > 0) {
      skip--;
      continue;
    }
    out.push(r);
    if (out.length >= limit) break;
  }
  return out;
}
