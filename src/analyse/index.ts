/**
 * @module analyse
 * Analyses that test the founding document's claims against the data: drift of an actor's
 * activity, rings and encirclement around a place, cross-border spread, the gap between claimed
 * and official tolls, and an activity grid. The analyses are pure functions over arrays of
 * incident-like records (./drift.ts … ./grid.ts); this module adds the thin adapter that reads
 * the records from the store and resolves a place name through the gazetteer, and builds the
 * figure (tables for CSV, SVG chart) that names its data and filters.
 *
 * @example
 *   const store = openStore();
 *   const r = await analyseStore(store, { kind: 'rings', place: 'Bamako', actor: 'JNIM', period: 'quarter' });
 *   if (r.ok) writeFileSync('rings.svg', r.figure.svg);
 */
import type { EventRecord } from '../model/types.ts';
import type { IncidentFilter, Store } from '../store/types.ts';
import { loadGazetteer } from '../knowledge/gazetteer/load.ts';
import { claimsGap } from './claims-gap.ts';
import { isDay, isPeriod } from './common.ts';
import { drift } from './drift.ts';
import { claimsGapFigure, driftFigure, gridFigure, ringsFigure, spreadFigure, type MetaInput } from './figures.ts';
import { checkResolution, grid } from './grid.ts';
import { checkEdges, DEFAULT_RINGS, rings, type Centre } from './rings.ts';
import { spread } from './spread.ts';
import type { AnalysisError, AnalysisRecord, Figure, Period } from './types.ts';

export * from './types.ts';
export { drift, type DriftOptions, type DriftResult } from './drift.ts';
export { rings, SECTORS, DEFAULT_RINGS, sectorOf, type RingsOptions, type RingsResult, type Centre } from './rings.ts';
export { spread, type SpreadOptions, type SpreadResult } from './spread.ts';
export { claimsGap, isOfficialClaimant, claimantIs, claimFigure, type ClaimsGapResult } from './claims-gap.ts';
export { grid, GRID_LABEL, type GridOptions, type GridResult } from './grid.ts';
export { loadBorders, Borders, countryOutlines } from './borders.ts';
export { driftFigure, ringsFigure, spreadFigure, claimsGapFigure, gridFigure } from './figures.ts';
export { toCsv, toText } from './output/csv.ts';
export { svgToPng } from './output/png.ts';

export const ANALYSES = ['drift', 'rings', 'spread', 'claims-gap', 'grid'] as const;
export type AnalysisKind = (typeof ANALYSES)[number];

export interface AnalyseRequest {
  kind: AnalysisKind;
  actor?: string;
  /** A place name (any script, resolved through the gazetteer), "lat,lon", or a centre. */
  place?: string | Centre;
  from?: string;
  to?: string;
  country?: string;
  period?: Period;
  /** rings: edges in km. */
  rings?: number[];
  /** grid: H3 resolution. */
  resolution?: number;
  /** spread: near-border threshold in km; per-incident table. */
  nearKm?: number;
  perIncident?: boolean;
}

export type AnalyseOutcome =
  | { ok: true; kind: AnalysisKind; result: unknown; figure: Figure }
  | { ok: false; error: AnalysisError };

/** A place name or "lat,lon" → a centre; the gazetteer's best candidate for a name. */
export function resolveCentre(place: string | Centre): Centre | AnalysisError {
  if (typeof place !== 'string') return place;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(place);
  if (m) {
    const lat = Number(m[1]);
    const lon = Number(m[2]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return { code: 'no-place', message: `"${place}" is not a latitude,longitude pair` };
    return { lat, lon, name: `${lat},${lon}` };
  }
  const name = place.trim();
  if (!name) return { code: 'no-place', message: 'give a place name' };
  const c = loadGazetteer().lookup(name, { limit: 5 })[0];
  if (!c) return { code: 'no-place', message: `no place found for "${name}" in the gazetteer` };
  const p = c.place;
  return { lat: p.lat, lon: p.lon, name: `${p.name}${p.countryCode ? `, ${p.countryCode}` : ''}` };
}

/** Checks a request's options; a message for the first problem, or null. */
export function checkRequest(q: AnalyseRequest): AnalysisError | null {
  const bad = (message: string): AnalysisError => ({ code: 'bad-option', message });
  if (!(ANALYSES as readonly string[]).includes(q.kind)) return bad(`unknown analysis "${q.kind}" (one of ${ANALYSES.join(', ')})`);
  if (q.from !== undefined && !isDay(q.from)) return bad(`--from must be YYYY-MM-DD, got "${q.from}"`);
  if (q.to !== undefined && !isDay(q.to)) return bad(`--to must be YYYY-MM-DD, got "${q.to}"`);
  if (q.from && q.to && q.from > q.to) return bad('--from is after --to');
  if (q.period !== undefined && !isPeriod(q.period)) return bad('--period must be month or quarter');
  if (q.kind === 'rings') {
    if (!q.place) return bad('rings needs --place');
    const e = checkEdges(q.rings ?? DEFAULT_RINGS);
    if (e) return bad(e);
  }
  if (q.kind === 'grid' && q.resolution !== undefined) {
    const e = checkResolution(q.resolution);
    if (e) return bad(e);
  }
  if (q.nearKm !== undefined && !(Number.isFinite(q.nearKm) && q.nearKm >= 0)) return bad('--near-km must be a number ≥ 0');
  return null;
}

/** Run one analysis on records already in memory. */
export function analyseRecords(records: readonly AnalysisRecord[], q: AnalyseRequest, m: MetaInput): AnalyseOutcome {
  const err = checkRequest(q);
  if (err) return { ok: false, error: err };
  const base = { actor: q.actor, from: q.from, to: q.to, country: q.country, period: q.period };
  switch (q.kind) {
    case 'drift': {
      const r = drift(records, base);
      return { ok: true, kind: q.kind, result: r, figure: driftFigure(r, base, m) };
    }
    case 'rings': {
      const c = resolveCentre(q.place!);
      if ('code' in c) return { ok: false, error: c };
      const o = { ...base, center: c, rings: q.rings };
      const r = rings(records, o);
      return { ok: true, kind: q.kind, result: r, figure: ringsFigure(r, o, m) };
    }
    case 'spread': {
      const o = { ...base, nearKm: q.nearKm, perIncident: q.perIncident };
      const r = spread(records, o);
      return { ok: true, kind: q.kind, result: r, figure: spreadFigure(r, o, m) };
    }
    case 'claims-gap': {
      const r = claimsGap(records, base);
      return { ok: true, kind: q.kind, result: r, figure: claimsGapFigure(r, base, m) };
    }
    case 'grid': {
      const o = { ...base, resolution: q.resolution };
      const r = grid(records, o);
      return { ok: true, kind: q.kind, result: r, figure: gridFigure(r, o, m) };
    }
  }
}

/** Read the incidents an analysis needs from the store (filters pushed down where they narrow the scan). */
export async function readRecords(store: Store, q: AnalyseRequest, centre?: Centre): Promise<EventRecord[]> {
  const f: IncidentFilter = { limit: 1_000_000 };
  if (q.actor) f.actor = q.actor;
  if (q.country) f.country = q.country;
  // drift and spread read before `from` too: those incidents are the baseline of units already seen.
  if (q.from && q.kind !== 'drift' && q.kind !== 'spread') f.from = q.from;
  if (q.to) f.to = q.to;
  if (q.kind === 'rings' && centre) f.near = { lat: centre.lat, lon: centre.lon, km: (q.rings ?? DEFAULT_RINGS).at(-1)! };
  const out: EventRecord[] = [];
  for await (const row of store.iterateIncidents(f)) out.push(row.record);
  return out;
}

/** Run one analysis over the store's incidents. */
export async function analyseStore(store: Store, q: AnalyseRequest, m: Partial<MetaInput> = {}): Promise<AnalyseOutcome> {
  const err = checkRequest(q);
  if (err) return { ok: false, error: err };
  let centre: Centre | undefined;
  if (q.kind === 'rings') {
    const c = resolveCentre(q.place!);
    if ('code' in c) return { ok: false, error: c };
    centre = c;
  }
  const records = await readRecords(store, q, centre);
  const where = (store as { path?: string }).path;
  return analyseRecords(records, { ...q, ...(centre ? { place: centre } : {}) }, { data: m.data ?? `marsad store${where ? ` ${where}` : ''} (incidents)`, generated: m.generated });
}
