/**
 * @module analyse/rings
 * Is a place being encircled ("JNIM has all but surrounded Bamako")? Around a centre, per month or
 * quarter: incidents and fatalities per distance ring (default 0-50, 50-100, 100-200 km, great-circle
 * distance), incidents per compass sector (8 sectors of 45°, N = bearings in [337.5°, 22.5°)), and
 * an encirclement index.
 *
 * Encirclement index of a period: E = Σ over the 8 sectors of w_s, where
 *   w_s = max over the sector's incidents in the period of (1 − d / R),
 * d the incident's distance from the centre and R the outer edge of the last ring (0 when the
 * sector has no incident within R). E runs from 0 (nothing around) to 8 (every direction hit, close
 * in); `encirclement_share` = E / 8. A sector counts once however many incidents it has — the index
 * measures how many directions are active, weighted by how near the nearest activity is.
 * Incidents within `centreKm` (default 1 km) of the centre — typically reports coded to the place
 * itself — have no meaningful bearing: they count in the first ring but in no sector.
 *
 * @example
 *   rings(records, { center: { lat: 12.65, lon: -8, name: 'Bamako' }, actor: 'JNIM', period: 'quarter' })
 */
import { bearingDeg, dayOf, hasPoint, haversineKm, KM_PER_DEG, periodIndex, periodLabel, periodStart, round, selector } from './common.ts';
import type { AnalysisFilter, AnalysisRecord, Period } from './types.ts';

export const SECTORS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;
export const DEFAULT_RINGS = [0, 50, 100, 200];

export interface Centre {
  lat: number;
  lon: number;
  name: string;
}

export interface RingsOptions extends AnalysisFilter {
  center: Centre;
  /** Ring edges in km, increasing, starting at 0 (default 0, 50, 100, 200). */
  rings?: number[];
  period?: Period;
  centreKm?: number;
}

export interface RingsPeriod {
  period: string;
  start: string;
  /** Incidents per ring, in the order of the edges. */
  rings: number[];
  ring_fatalities: number[];
  /** Incidents within the outer edge per sector (N, NE, …, NW). */
  sectors: number[];
  /** w_s per sector (see module header). */
  sector_weight: number[];
  sectors_hit: number;
  encirclement: number;
  encirclement_share: number;
}

export interface RingsResult {
  center: Centre;
  edges: number[];
  period: Period;
  periods: RingsPeriod[];
  records: { read: number; used: number; outside: number; undated: number; unlocated: number; centre: number };
}

/** Index of the sector a bearing falls in. */
export function sectorOf(bearing: number): number {
  return Math.floor((((bearing + 22.5) % 360) + 360) % 360 / 45) % 8;
}

/** Checks ring edges: at least two, finite, strictly increasing, from 0. Returns a message or null. */
export function checkEdges(edges: number[]): string | null {
  if (edges.length < 2) return 'give at least two ring edges (e.g. 0,50,100,200)';
  if (edges.some((e) => !Number.isFinite(e) || e < 0)) return 'ring edges must be numbers ≥ 0';
  for (let i = 1; i < edges.length; i++) if (!(edges[i] > edges[i - 1])) return 'ring edges must increase';
  if (edges[0] !== 0) return 'the first ring edge must be 0';
  if (edges[edges.length - 1] > 5000) return 'the outer ring edge must be at most 5000 km';
  return null;
}

export function rings(records: readonly AnalysisRecord[], opts: RingsOptions): RingsResult {
  const edges = opts.rings ?? DEFAULT_RINGS;
  const bad = checkEdges(edges);
  if (bad) throw new Error(`marsad analyse rings: ${bad}`);
  const period = opts.period ?? 'month';
  const R = edges[edges.length - 1];
  const nr = edges.length - 1;
  const { lat: cLat, lon: cLon } = opts.center;
  const centreKm = opts.centreKm ?? 1;
  const sel = selector(opts);
  const dLatMax = R / KM_PER_DEG + 0.01;
  const byPeriod = new Map<number, { rings: number[]; fat: number[]; sectors: number[]; w: number[] }>();
  const rec = { read: records.length, used: 0, outside: 0, undated: 0, unlocated: 0, centre: 0 };
  for (const r of records) {
    if (!sel(r)) continue;
    if (!hasPoint(r)) {
      rec.unlocated++;
      continue;
    }
    const la = r.latitude!;
    if (Math.abs(la - cLat) > dLatMax) {
      rec.outside++;
      continue;
    }
    const d = haversineKm(cLat, cLon, la, r.longitude!);
    if (d > R) {
      rec.outside++;
      continue;
    }
    const day = dayOf(r);
    const p = day === null ? -1 : periodIndex(day, period);
    if (p < 0) {
      rec.undated++;
      continue;
    }
    rec.used++;
    let b = byPeriod.get(p);
    if (!b) byPeriod.set(p, (b = { rings: new Array(nr).fill(0), fat: new Array(nr).fill(0), sectors: new Array(8).fill(0), w: new Array(8).fill(0) }));
    let k = 0;
    while (k < nr - 1 && d >= edges[k + 1]) k++;
    b.rings[k]++;
    b.fat[k] += r.fatalities || 0;
    if (d < centreKm) {
      rec.centre++;
      continue;
    }
    const s = sectorOf(bearingDeg(cLat, cLon, la, r.longitude!));
    b.sectors[s]++;
    const w = 1 - d / R;
    if (w > b.w[s]) b.w[s] = w;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of byPeriod.keys()) {
    lo = Math.min(lo, p);
    hi = Math.max(hi, p);
  }
  for (const [day, side] of [[opts.from, 'lo'], [opts.to, 'hi']] as const) {
    if (!day) continue;
    const p = periodIndex(day, period);
    if (p < 0) continue;
    if (side === 'lo') lo = Math.min(lo, p);
    else hi = Math.max(hi, p);
  }
  const periods: RingsPeriod[] = [];
  if (Number.isFinite(lo) && Number.isFinite(hi)) {
    for (let p = lo; p <= hi; p++) {
      const b = byPeriod.get(p);
      const w = b ? b.w.map((x) => round(x, 4)!) : new Array(8).fill(0);
      const e = w.reduce((s, x) => s + x, 0);
      periods.push({
        period: periodLabel(p, period),
        start: periodStart(p, period),
        rings: b ? b.rings : new Array(nr).fill(0),
        ring_fatalities: b ? b.fat : new Array(nr).fill(0),
        sectors: b ? b.sectors : new Array(8).fill(0),
        sector_weight: w,
        sectors_hit: b ? b.sectors.filter((x) => x > 0).length : 0,
        encirclement: round(e, 4)!,
        encirclement_share: round(e / 8, 4)!,
      });
    }
  }
  return { center: opts.center, edges, period, periods, records: rec };
}

export function ringLabels(edges: number[]): string[] {
  return edges.slice(1).map((e, i) => `${edges[i]}-${e} km`);
}
