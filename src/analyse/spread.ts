/**
 * @module analyse/spread
 * Is an actor spilling across borders ("violence spills from Burkina Faso into Benin and Togo")?
 * Per month or quarter: incidents and fatalities by country; the distance of each incident from
 * the nearest international land border (Natural Earth, see ./borders.ts for accuracy) summarised
 * as median and share within `nearKm`; the first appearance of the actor in each country and in
 * each admin1 (units seen before `from` among the records given are a baseline, not new).
 *
 * @example
 *   spread(records, { actor: 'JNIM', period: 'quarter', from: '2021-01-01' }).new_admin1
 */
import { loadBorders, type Borders } from './borders.ts';
import { dayOf, hasPoint, medianInPlace, periodIndex, periodLabel, periodStart, round, selector } from './common.ts';
import type { AnalysisFilter, AnalysisRecord, Period } from './types.ts';

export interface SpreadOptions extends AnalysisFilter {
  period?: Period;
  /** Border index to use; `null` skips border distances (default: Natural Earth 1:50m). */
  borders?: Borders | null;
  /** "Near a border" threshold in km (default 50). */
  nearKm?: number;
  /** Also return every incident with its border distance (default false). */
  perIncident?: boolean;
}

export interface SpreadPeriod {
  period: string;
  start: string;
  incidents: number;
  fatalities: number;
  /** Aligned with `SpreadResult.countries`. */
  by_country: number[];
  fatalities_by_country: number[];
  median_border_km: number | null;
  near_border_share: number | null;
  /** Admin1 units first seen in this period. */
  new_admin1: number;
}

export interface FirstAppearance {
  country: string;
  admin1: string;
  period: string;
  first_date: string;
  first_incident: string;
  border_km: number | null;
  nearest_border: string;
}

export interface SpreadIncident {
  id: string;
  date: string;
  country: string;
  admin1: string;
  lat: number;
  lon: number;
  border_km: number | null;
  nearest_border: string;
}

export interface SpreadResult {
  period: Period;
  near_km: number;
  border_data: string;
  /** Countries in order of first appearance in the window. */
  countries: string[];
  periods: SpreadPeriod[];
  new_countries: FirstAppearance[];
  new_admin1: FirstAppearance[];
  incidents?: SpreadIncident[];
  records: { read: number; used: number; undated: number; unlocated: number; baseline: number };
}

export function spread(records: readonly AnalysisRecord[], opts: SpreadOptions = {}): SpreadResult {
  const period = opts.period ?? 'month';
  const nearKm = opts.nearKm ?? 50;
  const borders = opts.borders === undefined ? loadBorders() : opts.borders;
  const sel = selector({ actor: opts.actor, country: opts.country, to: opts.to });
  const from = opts.from ?? null;
  const rec = { read: records.length, used: 0, undated: 0, unlocated: 0, baseline: 0 };
  const baseCountry = new Set<string>();
  const baseAdmin1 = new Set<string>();
  interface First { idx: number; day: string; r: AnalysisRecord }
  const firstCountry = new Map<string, First>();
  const firstAdmin1 = new Map<string, First>();
  const cIdx = new Map<string, number>();
  const countries: string[] = [];
  interface P { inc: number; fat: number; byC: number[]; fatC: number[]; km: number[] }
  const byP = new Map<number, P>();
  const incidents: SpreadIncident[] = [];
  const earlier = (a: First | undefined, idx: number, day: string) => !a || day < a.day;
  for (const r of records) {
    if (!sel(r)) continue;
    const d = dayOf(r);
    if (d === null) {
      rec.undated++;
      continue;
    }
    const c = r.country || '(unknown)';
    const a1 = `${c}|${r.admin1 ?? ''}`;
    if (from !== null && d < from) {
      rec.baseline++;
      baseCountry.add(c);
      if (r.admin1) baseAdmin1.add(a1);
      continue;
    }
    const p = periodIndex(d, period);
    if (p < 0) {
      rec.undated++;
      continue;
    }
    rec.used++;
    let ci = cIdx.get(c);
    if (ci === undefined) {
      cIdx.set(c, (ci = countries.length));
      countries.push(c);
    }
    let b = byP.get(p);
    if (!b) byP.set(p, (b = { inc: 0, fat: 0, byC: [], fatC: [], km: [] }));
    b.inc++;
    b.fat += r.fatalities || 0;
    b.byC[ci] = (b.byC[ci] ?? 0) + 1;
    b.fatC[ci] = (b.fatC[ci] ?? 0) + (r.fatalities || 0);
    let nb: { km: number; pair: string } | null = null;
    if (hasPoint(r)) {
      if (borders) {
        nb = borders.nearest(r.latitude!, r.longitude!);
        if (nb) b.km.push(nb.km);
      }
    } else rec.unlocated++;
    if (earlier(firstCountry.get(c), p, d)) firstCountry.set(c, { idx: p, day: d, r });
    if (r.admin1 && earlier(firstAdmin1.get(a1), p, d)) firstAdmin1.set(a1, { idx: p, day: d, r });
    if (opts.perIncident) {
      incidents.push({
        id: r.event_id_cnty ?? '', date: d, country: c, admin1: r.admin1 ?? '', lat: r.latitude ?? NaN, lon: r.longitude ?? NaN,
        border_km: nb ? round(nb.km, 1) : null, nearest_border: nb?.pair ?? '',
      });
    }
  }
  // Countries in order of first appearance.
  const order = [...firstCountry.entries()].sort((x, y) => x[1].day.localeCompare(y[1].day) || x[0].localeCompare(y[0])).map(([c]) => c);
  const remap = order.map((c) => cIdx.get(c)!);
  const appearance = (key: string, f: First): FirstAppearance => {
    const r = f.r;
    const nb = borders && hasPoint(r) ? borders.nearest(r.latitude!, r.longitude!) : null;
    return {
      country: r.country || '(unknown)', admin1: key.includes('|') ? key.slice(key.indexOf('|') + 1) : '', period: periodLabel(f.idx, period),
      first_date: f.day, first_incident: r.event_id_cnty ?? '', border_km: nb ? round(nb.km, 1) : null, nearest_border: nb?.pair ?? '',
    };
  };
  const byDay = (a: FirstAppearance, b: FirstAppearance) => a.first_date.localeCompare(b.first_date) || a.country.localeCompare(b.country) || a.admin1.localeCompare(b.admin1);
  const new_countries = [...firstCountry.entries()].filter(([c]) => !baseCountry.has(c)).map(([c, f]) => ({ ...appearance(c, f), admin1: '' })).sort(byDay);
  const new_admin1 = [...firstAdmin1.entries()].filter(([k]) => !baseAdmin1.has(k)).map(([k, f]) => appearance(k, f)).sort(byDay);
  const newA1 = new Map<number, number>();
  for (const [k, f] of firstAdmin1) if (!baseAdmin1.has(k)) newA1.set(f.idx, (newA1.get(f.idx) ?? 0) + 1);

  let lo = Infinity;
  let hi = -Infinity;
  for (const p of byP.keys()) {
    lo = Math.min(lo, p);
    hi = Math.max(hi, p);
  }
  if (opts.from && periodIndex(opts.from, period) >= 0) lo = Math.min(lo, periodIndex(opts.from, period));
  if (opts.to && periodIndex(opts.to, period) >= 0) hi = Math.max(hi, periodIndex(opts.to, period));
  const periods: SpreadPeriod[] = [];
  if (Number.isFinite(lo) && Number.isFinite(hi)) {
    for (let p = lo; p <= hi; p++) {
      const b = byP.get(p);
      const km = b ? Float64Array.from(b.km) : new Float64Array(0);
      let near = 0;
      for (const k of km) if (k <= nearKm) near++;
      periods.push({
        period: periodLabel(p, period),
        start: periodStart(p, period),
        incidents: b?.inc ?? 0,
        fatalities: b?.fat ?? 0,
        by_country: remap.map((i) => b?.byC[i] ?? 0),
        fatalities_by_country: remap.map((i) => b?.fatC[i] ?? 0),
        median_border_km: km.length ? round(medianInPlace(km), 1) : null,
        near_border_share: km.length ? round(near / km.length, 4) : null,
        new_admin1: newA1.get(p) ?? 0,
      });
    }
  }
  return {
    period,
    near_km: nearKm,
    border_data: borders ? `Natural Earth 1:${borders.resolution} land borders (world-atlas)` : 'none',
    countries: order,
    periods,
    new_countries,
    new_admin1,
    ...(opts.perIncident ? { incidents: incidents.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)) } : {}),
    records: rec,
  };
}
