/**
 * @module analyse/drift
 * Is an actor's activity moving (e.g. "JNIM pushes south")? Per month or quarter: the centroid
 * (arithmetic mean of latitude and longitude — at Sahel scale, a few hundred km, the difference
 * from a spherical mean is far below geocoding error) and the median latitude/longitude of the
 * selected incidents; a least-squares line through the per-period centroid (or median) latitude
 * gives the drift in km per period, positive = southward, with the slope's standard error and a
 * Student-t confidence interval; and the admin2 units newly affected in each period (not seen in
 * an earlier period of the window, nor before `from` among the records given).
 *
 * @example
 *   const r = drift(records, { actor: 'JNIM', period: 'quarter', from: '2022-01-01' });
 *   r.trend?.south_km_per_period   // e.g. 12.4
 */
import { cmp, dayOf, scratchFloat64, scratchInt32, hasPoint, KM_PER_DEG, TripleIndex, linearFit, medianInPlace, periodIndex, periodLabel, periodStart, round, selector } from './common.ts';
import type { AnalysisFilter, AnalysisRecord, Period } from './types.ts';

export interface DriftOptions extends AnalysisFilter {
  period?: Period;
  /** Which latitude series the trend is fitted to (default centroid). */
  trendOf?: 'centroid' | 'median';
  /** Confidence level of the interval (default 0.95). */
  level?: number;
}

export interface DriftPeriod {
  period: string;
  start: string;
  incidents: number;
  fatalities: number;
  centroid_lat: number | null;
  centroid_lon: number | null;
  median_lat: number | null;
  median_lon: number | null;
  /** Admin2 units ("Country / Admin1 / Admin2") first affected in this period. */
  new_admin2: string[];
}

export interface NewUnit {
  period: string;
  country: string;
  admin1: string;
  admin2: string;
  incidents: number;
  lat: number;
  lon: number;
  first_date: string;
  first_incident: string;
}

export interface DriftTrend {
  of: 'centroid' | 'median';
  /** Periods with at least one located incident: the points of the fit. */
  points: number;
  /** Southward drift in km per period (negative = northward). */
  south_km_per_period: number | null;
  south_se_km: number | null;
  south_ci_km: [number | null, number | null];
  east_km_per_period: number | null;
  east_ci_km: [number | null, number | null];
  level: number;
  r2: number | null;
  /** Fitted latitude at each period of `periods` (for the chart). */
  fitted_lat: Array<number | null>;
}

export interface DriftResult {
  period: Period;
  periods: DriftPeriod[];
  trend: DriftTrend | null;
  new_units: NewUnit[];
  records: { read: number; used: number; undated: number; unlocated: number; baseline: number };
}

export function drift(records: readonly AnalysisRecord[], opts: DriftOptions = {}): DriftResult {
  const period = opts.period ?? 'month';
  const level = opts.level ?? 0.95;
  // Records before `from` are a baseline of units already affected; the window starts at `from`.
  const sel = selector({ actor: opts.actor, country: opts.country, to: opts.to });
  const from = opts.from ?? null;
  const n = records.length;
  const pIdx = scratchInt32('drift.p', n).fill(-1);
  let lo = Infinity;
  let hi = -Infinity;
  let used = 0;
  let undated = 0;
  let unlocated = 0;
  let baselineN = 0;
  const baseline = new Set<number>();
  // Admin2 units interned as integers; per unit, its first period and what happened in it.
  const units = new TripleIndex();
  const uIdx: number[] = [];
  const uCount: number[] = [];
  const uLat: number[] = [];
  const uLon: number[] = [];
  const uPt: number[] = [];
  const uDay: string[] = [];
  const uId: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = records[i];
    if (!sel(r)) continue;
    const d = dayOf(r);
    if (d === null) {
      if (from === null && opts.to === undefined) undated++;
      continue;
    }
    const key = r.admin2 ? units.id(r.country ?? '', r.admin1 ?? '', r.admin2) : -1;
    if (from !== null && d < from) {
      baselineN++;
      if (key >= 0) baseline.add(key);
      continue;
    }
    const p = periodIndex(d, period);
    if (p < 0) {
      undated++;
      continue;
    }
    used++;
    pIdx[i] = p;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
    const pt = hasPoint(r);
    if (!pt) unlocated++;
    if (key < 0) continue;
    if (key >= uIdx.length || p < uIdx[key]) {
      uIdx[key] = p;
      uCount[key] = 1;
      uLat[key] = pt ? r.latitude! : 0;
      uLon[key] = pt ? r.longitude! : 0;
      uPt[key] = pt ? 1 : 0;
      uDay[key] = d;
      uId[key] = r.event_id_cnty ?? '';
    } else if (p === uIdx[key]) {
      uCount[key]++;
      if (pt) {
        uLat[key] += r.latitude!;
        uLon[key] += r.longitude!;
        uPt[key]++;
      }
      if (d < uDay[key]) {
        uDay[key] = d;
        uId[key] = r.event_id_cnty ?? '';
      }
    }
  }
  if (opts.from) {
    const p = periodIndex(opts.from, period);
    if (p >= 0 && (used === 0 || p < lo)) lo = p;
  }
  if (opts.to) {
    const p = periodIndex(opts.to, period);
    if (p >= 0 && (used === 0 || p > hi)) hi = p;
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) {
    return { period, periods: [], trend: null, new_units: [], records: { read: n, used, undated, unlocated, baseline: baselineN } };
  }
  const np = hi - lo + 1;
  // Counting sort of located records by period, for means and medians.
  const cnt = new Int32Array(np);
  const inc = new Int32Array(np);
  const fat = new Float64Array(np);
  for (let i = 0; i < n; i++) {
    const p = pIdx[i];
    if (p < 0) continue;
    inc[p - lo]++;
    fat[p - lo] += records[i].fatalities || 0;
    if (hasPoint(records[i])) cnt[p - lo]++;
  }
  const off = new Int32Array(np + 1);
  for (let k = 0; k < np; k++) off[k + 1] = off[k] + cnt[k];
  const lat = scratchFloat64('drift.lat', off[np]);
  const lon = scratchFloat64('drift.lon', off[np]);
  const fill = off.slice(0, np);
  for (let i = 0; i < n; i++) {
    const p = pIdx[i];
    if (p < 0) continue;
    const r = records[i];
    if (!hasPoint(r)) continue;
    const k = fill[p - lo]++;
    lat[k] = r.latitude!;
    lon[k] = r.longitude!;
  }
  const newBy = new Map<number, NewUnit[]>();
  for (let key = 0; key < uIdx.length; key++) {
    if (uIdx[key] === undefined || baseline.has(key)) continue;
    const [country, admin1, admin2] = units.items[key];
    const nu: NewUnit = {
      period: periodLabel(uIdx[key], period), country, admin1, admin2, incidents: uCount[key],
      lat: uPt[key] ? round(uLat[key] / uPt[key], 5)! : NaN, lon: uPt[key] ? round(uLon[key] / uPt[key], 5)! : NaN,
      first_date: uDay[key], first_incident: uId[key],
    };
    const l = newBy.get(uIdx[key]) ?? [];
    l.push(nu);
    newBy.set(uIdx[key], l);
  }
  const periods: DriftPeriod[] = [];
  const xs: number[] = [];
  const ysC: number[] = [];
  const ysM: number[] = [];
  const lons: number[] = [];
  let sumLat = 0;
  for (let k = 0; k < np; k++) {
    const a = off[k];
    const m = cnt[k];
    let cLat = NaN;
    let cLon = NaN;
    let mLat = NaN;
    let mLon = NaN;
    if (m > 0) {
      let sl = 0;
      let so = 0;
      for (let j = a; j < a + m; j++) {
        sl += lat[j];
        so += lon[j];
      }
      cLat = sl / m;
      cLon = so / m;
      mLat = medianInPlace(lat.subarray(a, a + m));
      mLon = medianInPlace(lon.subarray(a, a + m));
      xs.push(k);
      ysC.push(cLat);
      ysM.push(mLat);
      lons.push(opts.trendOf === 'median' ? mLon : cLon);
      sumLat += cLat;
    }
    const nu = (newBy.get(lo + k) ?? []).sort((x, y) => cmp(x.first_date, y.first_date) || cmp(x.admin2, y.admin2));
    periods.push({
      period: periodLabel(lo + k, period),
      start: periodStart(lo + k, period),
      incidents: inc[k],
      fatalities: fat[k],
      centroid_lat: round(cLat, 5),
      centroid_lon: round(cLon, 5),
      median_lat: round(mLat, 5),
      median_lon: round(mLon, 5),
      new_admin2: nu.map((u) => `${u.country} / ${u.admin1} / ${u.admin2}`),
    });
  }
  const of = opts.trendOf ?? 'centroid';
  let trend: DriftTrend | null = null;
  if (xs.length >= 2) {
    const fy = linearFit(xs, of === 'median' ? ysM : ysC, level);
    const fx = linearFit(xs, lons, level);
    const kmLon = KM_PER_DEG * Math.cos(((sumLat / xs.length) * Math.PI) / 180);
    trend = {
      of,
      points: xs.length,
      south_km_per_period: round(-fy.slope * KM_PER_DEG, 2),
      south_se_km: round(fy.slopeSe * KM_PER_DEG, 2),
      south_ci_km: [round(-fy.ci[1] * KM_PER_DEG, 2), round(-fy.ci[0] * KM_PER_DEG, 2)],
      east_km_per_period: round(fx.slope * kmLon, 2),
      east_ci_km: [round(fx.ci[0] * kmLon, 2), round(fx.ci[1] * kmLon, 2)],
      level,
      r2: round(fy.r2, 4),
      fitted_lat: periods.map((_, k) => round(fy.intercept + fy.slope * k, 5)),
    };
  }
  const new_units = [...newBy.keys()].sort((a, b) => a - b).flatMap((k) => newBy.get(k)!.sort((x, y) => cmp(x.first_date, y.first_date) || cmp(x.admin2, y.admin2)));
  return { period, periods, trend, new_units, records: { read: n, used, undated, unlocated, baseline: baselineN } };
}
