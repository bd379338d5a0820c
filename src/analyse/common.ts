/**
 * @module analyse/common
 * Pieces every analysis uses: the date of a record and its period (month or quarter) as an
 * integer, record selection by the common filters (actor matched on folded text, with a cache per
 * distinct name so that a million records cost a million map look-ups), great-circle geometry,
 * medians, and least-squares with the slope's standard error and a Student-t interval.
 */
import { fold } from '../text/index.ts';
import type { AnalysisFilter, AnalysisRecord, Period } from './types.ts';
import { haversineKm, EARTH_KM } from '../model/geo.ts';

export { EARTH_KM };
/** Kilometres per degree of latitude on the mean sphere. */
export const KM_PER_DEG = (EARTH_KM * Math.PI) / 180;
const RAD = Math.PI / 180;

// ------------------------------------------------------------------ dates and periods

/** The day a record counts on: event_date (ACLED puts week/month-precise events mid-range), else date_start. */
export function dayOf(r: AnalysisRecord): string | null {
  const d = r.event_date ?? r.date_start ?? null;
  if (!d || d.length < 10) return null;
  return d.length === 10 ? d : d.slice(0, 10);
}

/** 'YYYY-MM-DD' → integer period (months: y*12+m-1; quarters: y*4+q-1); -1 when malformed. */
export function periodIndex(day: string, period: Period): number {
  const y = (day.charCodeAt(0) - 48) * 1000 + (day.charCodeAt(1) - 48) * 100 + (day.charCodeAt(2) - 48) * 10 + (day.charCodeAt(3) - 48);
  const m = (day.charCodeAt(5) - 48) * 10 + (day.charCodeAt(6) - 48);
  if (!(y >= 0 && y <= 9999) || !(m >= 1 && m <= 12) || day.charCodeAt(4) !== 45) return -1;
  return period === 'month' ? y * 12 + m - 1 : y * 4 + ((m - 1) / 3 | 0);
}

export function periodLabel(idx: number, period: Period): string {
  if (period === 'month') return `${String(Math.floor(idx / 12)).padStart(4, '0')}-${String((idx % 12) + 1).padStart(2, '0')}`;
  return `${String(Math.floor(idx / 4)).padStart(4, '0')}-Q${(idx % 4) + 1}`;
}

/** First day of a period, YYYY-MM-DD. */
export function periodStart(idx: number, period: Period): string {
  const m0 = period === 'month' ? idx % 12 : (idx % 4) * 3;
  const y = period === 'month' ? Math.floor(idx / 12) : Math.floor(idx / 4);
  return `${String(y).padStart(4, '0')}-${String(m0 + 1).padStart(2, '0')}-01`;
}

export function isPeriod(s: unknown): s is Period {
  return s === 'month' || s === 'quarter';
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
export function isDay(s: unknown): s is string {
  return typeof s === 'string' && DAY_RE.test(s) && !Number.isNaN(Date.parse(s + 'T00:00:00Z'));
}

// ------------------------------------------------------------------ selection

/** Actor names of a record: actor1, actor2 and each associated actor (split on ';'). */
export function actorsOf(r: AnalysisRecord): string[] {
  const out: string[] = [];
  if (r.actor1) out.push(r.actor1);
  if (r.actor2 && r.actor2 !== r.actor1) out.push(r.actor2);
  for (const s of [r.assoc_actor_1, r.assoc_actor_2]) {
    if (!s) continue;
    for (const a of s.split(';')) {
      const t = a.trim();
      if (t && !out.includes(t)) out.push(t);
    }
  }
  return out;
}

/** A cached test "does this name contain the query" on folded text (case, accents, Arabic variants). */
export function nameMatcher(query: string): (name: string) => boolean {
  const q = fold(query.trim());
  const cache = new Map<string, boolean>();
  return (name: string) => {
    let v = cache.get(name);
    if (v === undefined) {
      v = q.length > 0 && fold(name).includes(q);
      cache.set(name, v);
    }
    return v;
  };
}

/** Does the record name the actor (actor1, actor2 or an associated actor)? */
export function actorFilter(query: string): (r: AnalysisRecord) => boolean {
  const m = nameMatcher(query);
  const assoc = new Map<string, boolean>();
  const inAssoc = (s: string | undefined) => {
    if (!s) return false;
    let v = assoc.get(s);
    if (v === undefined) {
      v = s.split(';').some((a) => a.trim() !== '' && m(a.trim()));
      assoc.set(s, v);
    }
    return v;
  };
  return (r) => (!!r.actor1 && m(r.actor1)) || (!!r.actor2 && m(r.actor2)) || inAssoc(r.assoc_actor_1) || inAssoc(r.assoc_actor_2);
}

/**
 * A predicate for the common filters. A record needs a day to pass a date bound; records with no
 * day pass only when no bound is given.
 */
export function selector(f: AnalysisFilter): (r: AnalysisRecord) => boolean {
  const actor = f.actor?.trim() ? actorFilter(f.actor) : null;
  const from = f.from ?? null;
  const to = f.to ?? null;
  const country = f.country?.trim() || null;
  return (r) => {
    if (from !== null || to !== null) {
      const d = dayOf(r);
      if (d === null) return false;
      if (from !== null && d < from) return false;
      if (to !== null && d > to) return false;
    }
    if (country !== null && r.country !== country) return false;
    if (actor !== null && !actor(r)) return false;
    return true;
  };
}

/** The filters as `key=value` pairs for figure metadata (unset ones left out). */
export function filterPairs(f: AnalysisFilter): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (f.actor) out.push(['actor', f.actor]);
  if (f.country) out.push(['country', f.country]);
  out.push(['from', f.from ?? '(any)'], ['to', f.to ?? '(any)']);
  return out;
}

export function hasPoint(r: AnalysisRecord): boolean {
  const la = r.latitude;
  const lo = r.longitude;
  return typeof la === 'number' && typeof lo === 'number' && la >= -90 && la <= 90 && lo >= -180 && lo <= 180 && !(la === 0 && lo === 0);
}

// ------------------------------------------------------------------ geometry

export { haversineKm };

/** Initial bearing from point 1 to point 2, degrees clockwise from north in [0, 360). */
export function bearingDeg(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const p1 = lat1 * RAD;
  const p2 = lat2 * RAD;
  const dl = (lon2 - lon1) * RAD;
  const y = Math.sin(dl) * Math.cos(p2);
  const x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
  const b = Math.atan2(y, x) / RAD;
  return (b + 360) % 360;
}

// ------------------------------------------------------------------ statistics

/** The k-th smallest of a[lo..hi] (inclusive), by quickselect; reorders that part of the array. */
function select(a: Float64Array, k: number, lo: number, hi: number): number {
  while (hi > lo) {
    // Median of three as pivot.
    const mid = (lo + hi) >>> 1;
    const x = a[lo], y = a[mid], z = a[hi];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/** Median of the first `n` values (reorders that part of the array in place; O(n)). */
export function medianInPlace(a: Float64Array, n = a.length): number {
  if (n === 0) return NaN;
  if (n % 2) return select(a, (n - 1) / 2, 0, n - 1);
  const hi = select(a, n / 2, 0, n - 1);
  // The lower middle is the largest value left of n/2 after selection.
  let lo = -Infinity;
  for (let i = 0; i < n / 2; i++) if (a[i] > lo) lo = a[i];
  return (lo + hi) / 2;
}

export interface LinearFit {
  n: number;
  slope: number;
  intercept: number;
  /** Standard error of the slope; NaN with fewer than 3 points. */
  slopeSe: number;
  /** Two-sided interval of the slope at `level`; [NaN, NaN] with fewer than 3 points. */
  ci: [number, number];
  level: number;
  r2: number;
}

/** Ordinary least squares y = a + b x, with the slope's standard error and a Student-t interval. */
export function linearFit(xs: ArrayLike<number>, ys: ArrayLike<number>, level = 0.95): LinearFit {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n || 1;
  my /= n || 1;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const slope = n >= 2 && sxx > 0 ? sxy / sxx : NaN;
  const intercept = my - (Number.isFinite(slope) ? slope : 0) * mx;
  let ssr = 0;
  for (let i = 0; i < n; i++) {
    const e = ys[i] - (intercept + slope * xs[i]);
    ssr += e * e;
  }
  const slopeSe = n >= 3 && sxx > 0 ? Math.sqrt(ssr / (n - 2) / sxx) : NaN;
  const t = n >= 3 ? studentTQuantile(0.5 + level / 2, n - 2) : NaN;
  const ci: [number, number] = Number.isFinite(slopeSe) ? [slope - t * slopeSe, slope + t * slopeSe] : [NaN, NaN];
  const r2 = syy > 0 && Number.isFinite(slope) ? 1 - ssr / syy : NaN;
  return { n, slope, intercept, slopeSe, ci, level, r2 };
}

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, 9 terms).
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularised incomplete beta I_x(a, b), continued fraction (modified Lentz). */
function incBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - incBeta(1 - x, b, a);
  const front = Math.exp(Math.log(x) * a + Math.log(1 - x) * b - (logGamma(a) + logGamma(b) - logGamma(a + b))) / a;
  const tiny = 1e-300;
  let f = 1;
  let c = 1;
  let d = 0;
  for (let i = 0; i <= 300; i++) {
    const m = i >> 1;
    let num: number;
    if (i === 0) num = 1;
    else if (i % 2 === 0) num = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    else num = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    d = 1 / d;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    const cd = c * d;
    f *= cd;
    if (Math.abs(1 - cd) < 1e-12) break;
  }
  return front * (f - 1);
}

/** Student-t cumulative distribution with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const x = df / (df + t * t);
  const tail = 0.5 * incBeta(x, df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** Quantile of the Student-t distribution (bisection on the CDF; exact to ~1e-10). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return NaN;
  let lo = -1e3;
  let hi = 1e3;
  for (let i = 0; i < 200 && hi - lo > 1e-10; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Round for display/CSV: finite numbers to `d` decimals, others to null. */
export function round(x: number, d = 3): number | null {
  if (!Number.isFinite(x)) return null;
  const k = 10 ** d;
  return Math.round(x * k) / k;
}

// ------------------------------------------------------------------ point memo

/**
 * An open-addressing hash from a coordinate pair (rounded to 1e-5°, ~1 m) to a non-negative
 * integer, on typed arrays: no boxing of keys, so a million look-ups stay cheap. Used to compute
 * something per distinct point once (H3 cell, border distance).
 */
export class PointIndex {
  private keysA: Int32Array;
  private keysB: Int32Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let c = 1 << 4;
    while (c < capacity * 2) c <<= 1;
    this.keysA = new Int32Array(c);
    this.keysB = new Int32Array(c);
    this.vals = new Int32Array(c).fill(-1);
    this.mask = c - 1;
  }

  private slot(a: number, b: number): number {
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> 0;
    h = (h ^ (h >>> 15)) & this.mask;
    while (this.vals[h] !== -1 && (this.keysA[h] !== a || this.keysB[h] !== b)) h = (h + 1) & this.mask;
    return h;
  }

  /** The value stored for the point, or -1. */
  get(lat: number, lon: number): number {
    return this.vals[this.slot(Math.round(lat * 1e5), Math.round(lon * 1e5))];
  }

  set(lat: number, lon: number, v: number): void {
    const a = Math.round(lat * 1e5);
    const b = Math.round(lon * 1e5);
    const s = this.slot(a, b);
    if (this.vals[s] === -1) {
      this.keysA[s] = a;
      this.keysB[s] = b;
      this.size++;
    }
    this.vals[s] = v;
    if (this.size * 2 > this.mask) this.grow();
  }

  private grow() {
    const { keysA, keysB, vals } = this;
    const c = (this.mask + 1) * 2;
    this.keysA = new Int32Array(c);
    this.keysB = new Int32Array(c);
    this.vals = new Int32Array(c).fill(-1);
    this.mask = c - 1;
    for (let i = 0; i < vals.length; i++) {
      if (vals[i] === -1) continue;
      const s = this.slot(keysA[i], keysB[i]);
      this.keysA[s] = keysA[i];
      this.keysB[s] = keysB[i];
      this.vals[s] = vals[i];
    }
  }
}

/** Interns (a, b, c) string triples as small integers without building a joined key per call. */
export class TripleIndex {
  /** Keyed by the third string (the most specific, e.g. admin2): candidates [a, b, id]. */
  private readonly byC = new Map<string, Array<[string, string, number]>>();
  readonly items: Array<[string, string, string]> = [];

  id(a: string, b: string, c: string): number {
    let l = this.byC.get(c);
    if (!l) this.byC.set(c, (l = []));
    for (let i = 0; i < l.length; i++) if (l[i][0] === a && l[i][1] === b) return l[i][2];
    const v = this.items.length;
    l.push([a, b, v]);
    this.items.push([a, b, c]);
    return v;
  }
}

/** Plain code-unit comparison (stable and fast; localeCompare is slow on large sorts). */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// ------------------------------------------------------------------ scratch buffers

const scratchI = new Map<string, Int32Array>();
const scratchF = new Map<string, Float64Array>();

/**
 * A temporary Int32Array of length n, reused across calls under the same name. Large typed
 * arrays count as external memory and a fresh one per call can trigger a full collection of a
 * heap holding a million records; analyses are synchronous, so one buffer per name is enough.
 * Never keep the returned view past the call that asked for it.
 */
export function scratchInt32(name: string, n: number): Int32Array {
  let b = scratchI.get(name);
  if (!b || b.length < n) scratchI.set(name, (b = new Int32Array(Math.max(n, 1024))));
  return b.subarray(0, n);
}

/** Same as scratchInt32 for Float64Array. */
export function scratchFloat64(name: string, n: number): Float64Array {
  let b = scratchF.get(name);
  if (!b || b.length < n) scratchF.set(name, (b = new Float64Array(Math.max(n, 1024))));
  return b.subarray(0, n);
}
