/**
 * @module store/filter
 * Users' filter words → the canonical values stored (shared by every engine and every edge):
 * a country by any name or code → its ACLED name; an event type, sub-event type or disorder type
 * in any case → the taxonomy's spelling; `2024` or `2024-09` → the first or last day.
 * Problems are values with a `code`, never exceptions.
 */
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../model/taxonomy.ts';
import { fold } from '../text/index.ts';
import { findCountry } from './countries.ts';
import type { IncidentFilter } from './types.ts';

export type FilterProblem = { code: 'unknown_country' | 'unknown_type' | 'bad_date' | 'bad_range' | 'bad_number'; message: string };

const TYPES: string[] = [
  ...EVENT_TYPES,
  ...SUB_EVENT_TYPES.map((s) => s.sub_event_type),
  ...new Set(SUB_EVENT_TYPES.flatMap((s) => s.disorder_type.split('; '))),
];

/** `2024` / `2024-09` / `2024-09-18` → a day; `end` picks the last day of a year or month. */
const DAY_MS = 86_400_000;
/** YYYY-MM-DD → days since 1970-01-01, or null. */
export function dayNumber(d: string | null | undefined): number | null {
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return null;
  const t = Date.parse(d + 'T00:00:00Z');
  return Number.isFinite(t) ? Math.round(t / DAY_MS) : null;
}

export function dayBound(s: string, end: boolean): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s.trim());
  if (!m) return null;
  const y = +m[1];
  const mo = m[2] ? +m[2] : end ? 12 : 1;
  if (mo < 1 || mo > 12) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const d = m[3] ? +m[3] : end ? last : 1;
  if (d < 1 || d > last) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function normaliseFilter(f: IncidentFilter): { ok: true; filter: IncidentFilter } | { ok: false; error: FilterProblem } {
  const out: IncidentFilter = { ...f };
  if (f.country !== undefined) {
    const c = findCountry(f.country);
    if (!c) return { ok: false, error: { code: 'unknown_country', message: `unknown country '${f.country}' (give a name, or an ISO numeric, alpha-2 or alpha-3 code)` } };
    out.country = c.name;
  }
  if (f.type !== undefined) {
    const k = fold(f.type.trim());
    const t = TYPES.find((x) => fold(x) === k);
    if (!t) return { ok: false, error: { code: 'unknown_type', message: `unknown event type '${f.type}'; one of: ${TYPES.join(', ')}` } };
    out.type = t;
  }
  for (const [key, end] of [['from', false], ['to', true]] as const) {
    const v = f[key];
    if (v === undefined) continue;
    const d = dayBound(v, end);
    if (!d) return { ok: false, error: { code: 'bad_date', message: `--${key} must be YYYY, YYYY-MM or YYYY-MM-DD, got '${v}'` } };
    out[key] = d;
  }
  if (out.from && out.to && out.from > out.to) return { ok: false, error: { code: 'bad_range', message: `--from ${out.from} is after --to ${out.to}` } };
  if (f.near) {
    const { lat, lon, km } = f.near;
    if (![lat, lon, km].every(Number.isFinite) || km < 0 || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      return { ok: false, error: { code: 'bad_number', message: 'near: latitude, longitude and km must be numbers in range' } };
    }
  }
  if (f.limit !== undefined && (!Number.isInteger(f.limit) || f.limit < 0)) return { ok: false, error: { code: 'bad_number', message: `limit must be a whole number ≥ 0, got ${f.limit}` } };
  return { ok: true, filter: out };
}
