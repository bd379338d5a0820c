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
import { cmp, dayOf, scratchFloat64, scratchInt32, hasPoint, medianInPlace, PointIndex, TripleIndex, periodIndex, periodLabel, periodStart, round, selector } from './common.ts';
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
  const baseAdmin1 = new Set<number>();
  interface First { idx: number; day: string; r: AnalysisRecord }
  const firstCountry = new Map<string, First>();
  const admin1s = new TripleIndex();
  const firstAdmin1: First[] = [];
  const cIdx = new Map<string, number>();
  const countries: string[] = [];
  const n = records.length;
  const pI = scratchInt32('spread.p', n).fill(-1);
  const cI = scratchInt32('spread.c', n);
  const kmI = scratchFloat64('spread.km', n);
  let lo = Infinity;
  let hi = -Infinity;
  const incidents: SpreadIncident[] = [];
  // Border distance once per distinct point.
  const memo = new PointIndex();
  const memoKm: number[] = [];
  const memoPair: string[] = [];
  /** Index into memoKm/memoPair of the record's nearest border, or -1. */
  const nearestIdx = (r: AnalysisRecord): number => {
    if (!borders || !hasPoint(r)) return -1;
    let k = memo.get(r.latitude!, r.longitude!);
    if (k < 0) {
      const nb = borders.nearest(r.latitude!, r.longitude!);
      k = memoKm.length;
      memoKm.push(nb ? nb.km : NaN);
      memoPair.push(nb ? nb.pair : '');
      memo.set(r.latitude!, r.longitude!, k);
    }
    return Number.isNaN(memoKm[k]) ? -1 : k;
  };
  const nearestOf = (r: AnalysisRecord) => {
    const k = nearestIdx(r);
    return k < 0 ? null : { km: memoKm[k], pair: memoPair[k] };
  };
  for (let i = 0; i < n; i++) {
    const r = records[i];
    if (!sel(r)) continue;
    const d = dayOf(r);
    if (d === null) {
      rec.undated++;
      continue;
    }
    const c = r.country || '(unknown)';
    const a1 = r.admin1 ? admin1s.id(c, '', r.admin1) : -1;
    if (from !== null && d < from) {
      rec.baseline++;
      baseCountry.add(c);
      if (a1 >= 0) baseAdmin1.add(a1);
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
    pI[i] = p;
    cI[i] = ci;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
    if (!hasPoint(r)) rec.unlocated++;
    const k = nearestIdx(r);
    kmI[i] = k < 0 ? NaN : memoKm[k];
    const fc = firstCountry.get(c);
    if (!fc || d < fc.day) firstCountry.set(c, { idx: p, day: d, r });
    if (a1 >= 0) {
      const fa = firstAdmin1[a1];
      if (!fa || d < fa.day) firstAdmin1[a1] = { idx: p, day: d, r };
    }
    if (opts.perIncident) {
      const nb = k < 0 ? null : { km: memoKm[k], pair: memoPair[k] };
      incidents.push({
        id: r.event_id_cnty ?? '', date: d, country: c, admin1: r.admin1 ?? '', lat: r.latitude ?? NaN, lon: r.longitude ?? NaN,
        border_km: nb ? round(nb.km, 1) : null, nearest_border: nb?.pair ?? '',
      });
    }
  }
  // Countries in order of first appearance.
  const order = [...firstCountry.entries()].sort((x, y) => cmp(x[1].day, y[1].day) || cmp(x[0], y[0])).map(([c]) => c);
  const remap = order.map((c) => cIdx.get(c)!);
  const appearance = (admin1: string, f: First): FirstAppearance => {
    const r = f.r;
    const nb = nearestOf(r);
    return {
      country: r.country || '(unknown)', admin1, period: periodLabel(f.idx, period),
      first_date: f.day, first_incident: r.event_id_cnty ?? '', border_km: nb ? round(nb.km, 1) : null, nearest_border: nb?.pair ?? '',
    };
  };
  const byDay = (a: FirstAppearance, b: FirstAppearance) => cmp(a.first_date, b.first_date) || cmp(a.country, b.country) || cmp(a.admin1, b.admin1);
  const new_countries = [...firstCountry.entries()].filter(([c]) => !baseCountry.has(c)).map(([, f]) => appearance('', f)).sort(byDay);
  const new_admin1: FirstAppearance[] = [];
  const newA1 = new Map<number, number>();
  firstAdmin1.forEach((f, k) => {
    if (!f || baseAdmin1.has(k)) return;
    new_admin1.push(appearance(admin1s.items[k][2], f));
    newA1.set(f.idx, (newA1.get(f.idx) ?? 0) + 1);
  });
  new_admin1.sort(byDay);

  if (opts.from && periodIndex(opts.from, period) >= 0) lo = Math.min(lo, periodIndex(opts.from, period));
  if (opts.to && periodIndex(opts.to, period) >= 0) hi = Math.max(hi, periodIndex(opts.to, period));
  const periods: SpreadPeriod[] = [];
  if (Number.isFinite(lo) && Number.isFinite(hi)) {
    const nP = hi - lo + 1;
    const nC = countries.length;
    const inc = new Float64Array(nP);
    const fat = new Float64Array(nP);
    const byC = new Float64Array(nP * nC);
    const fatC = new Float64Array(nP * nC);
    const kmN = new Int32Array(nP);
    const near = new Int32Array(nP);
    for (let i = 0; i < n; i++) {
      const p = pI[i];
      if (p < 0) continue;
      const k = p - lo;
      const f = records[i].fatalities || 0;
      inc[k]++;
      fat[k] += f;
      byC[k * nC + cI[i]]++;
      fatC[k * nC + cI[i]] += f;
      const km = kmI[i];
      if (km === km) {
        kmN[k]++;
        if (km <= nearKm) near[k]++;
      }
    }
    // Distances grouped by period (counting sort) for the medians.
    const off = new Int32Array(nP + 1);
    for (let k = 0; k < nP; k++) off[k + 1] = off[k] + kmN[k];
    const kms = scratchFloat64('spread.kms', off[nP]);
    const fill = off.slice(0, nP);
    for (let i = 0; i < n; i++) {
      const p = pI[i];
      if (p < 0 || kmI[i] !== kmI[i]) continue;
      kms[fill[p - lo]++] = kmI[i];
    }
    for (let k = 0; k < nP; k++) {
      const m = kmN[k];
      periods.push({
        period: periodLabel(lo + k, period),
        start: periodStart(lo + k, period),
        incidents: inc[k],
        fatalities: fat[k],
        by_country: remap.map((c) => byC[k * nC + c]),
        fatalities_by_country: remap.map((c) => fatC[k * nC + c]),
        median_border_km: m ? round(medianInPlace(kms.subarray(off[k], off[k] + m)), 1) : null,
        near_border_share: m ? round(near[k] / m, 4) : null,
        new_admin1: newA1.get(lo + k) ?? 0,
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
    ...(opts.perIncident ? { incidents: incidents.sort((a, b) => cmp(a.date, b.date) || cmp(a.id, b.id)) } : {}),
    records: rec,
  };
}
