/**
 * @module fuse/02-candidates
 * Step 2: which pairs are worth judging. Only events whose date ranges can overlap (with the
 * slack) and that lie in the same admin1 of the same country — or, for any event with a point, in
 * neighbouring 1° cells, across admin1 and country borders — are paired. This covers every pair
 * the link rules can accept: region-level comparisons require the same admin1 unless the points
 * are within 50 km, point comparisons at most 50 km. Events without an admin1 are compared with their whole country,
 * events without a country with everything in their date window. Each bucket keeps narrow-dated events sorted by start day (binary search, then a short
 * scan) and wide-dated ones (over a month: "in 2022") in a small list checked in full.
 */
import type { Norm } from './01-normalise.ts';

/** Ranges up to POINT_DAYS long (most reports: one day) and up to NARROW_DAYS are kept in
 * start-sorted lists, each scanned back only by its own maximum width; wider ones in a list. */
const POINT_DAYS = 2;
const NARROW_DAYS = 31;

interface Bucket {
  point: Norm[];
  narrow: Norm[];
  wide: Norm[];
}

function bucketOf(map: Map<string, Bucket>, k: string): Bucket {
  let b = map.get(k);
  if (!b) map.set(k, (b = { point: [], narrow: [], wide: [] }));
  return b;
}

const cellKey = (x: number, y: number) => `${x}:${y}`;

/** Lowest index whose start day is ≥ day. */
function lowerBound(arr: Norm[], day: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid].s! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Helpers are module-level functions, not closures declared in the hot methods: under tsx
// (esbuild keepNames) each `const f = () => …` executed in a loop costs a defineProperty call.
function areaKey(n: Norm): string {
  return `${n.country}|${n.admin1}`;
}

function byStart(a: Norm, b: Norm): number {
  return a.s! - b.s! || a.idx - b.idx;
}

function listFor(b: Bucket, width: number): Norm[] {
  return width <= POINT_DAYS ? b.point : width <= NARROW_DAYS ? b.narrow : b.wide;
}

/** Whether `m` was already visited through `n`'s own country/admin1 buckets. */
function seenInArea(n: Norm, m: Norm): boolean {
  return !m.country || (m.country === n.country && (!n.admin1 || !m.admin1 || m.admin1 === n.admin1));
}

export class CandidateIndex {
  private byArea = new Map<string, Bucket>();
  private byCountry = new Map<string, Bucket>();
  private byCell = new Map<string, Bucket>();
  private sorted = false;

  constructor(private readonly slack: number) {}

  add(n: Norm): void {
    if (n.s === null) return; // undated events are never paired
    const w = n.e! - n.s;
    listFor(bucketOf(this.byArea, areaKey(n)), w).push(n);
    listFor(bucketOf(this.byCountry, n.country), w).push(n);
    if (n.lat !== null) listFor(bucketOf(this.byCell, cellKey(Math.floor(n.lat), Math.floor(n.lon!))), w).push(n);
    this.sorted = false;
  }

  private sort(): void {
    if (this.sorted) return;
    for (const m of [this.byArea, this.byCountry, this.byCell]) {
      for (const b of m.values()) {
        b.point.sort(byStart);
        b.narrow.sort(byStart);
      }
    }
    this.sorted = true;
  }

  private scan(b: Bucket | undefined, n: Norm, visit: (m: Norm) => void): void {
    if (!b) return;
    const lo = n.s! - this.slack;
    const hi = n.e! + this.slack;
    for (const [list, width] of [[b.point, POINT_DAYS], [b.narrow, NARROW_DAYS]] as const) {
      for (let i = lowerBound(list, lo - width); i < list.length; i++) {
        const m = list[i];
        if (m.s! > hi) break;
        if (m.e! >= lo) visit(m);
      }
    }
    for (const m of b.wide) if (m.s! <= hi && m.e! >= lo) visit(m);
  }

  /** Every indexed event that may overlap `n` in time and space (n itself excluded; each once). */
  candidates(n: Norm, visit: (m: Norm) => void): void {
    if (n.s === null) return;
    this.sort();
    const area = areaKey(n);
    if (!n.country) {
      // No country: any dated event may be the same incident (rare: extraction found no place).
      for (const b of this.byCountry.values()) this.scan(b, n, (m) => m !== n && visit(m));
      return;
    }
    this.scan(this.byCountry.get(''), n, visit);
    if (!n.admin1) {
      // No admin1: any event of the country may be the same incident.
      this.scan(this.byCountry.get(n.country), n, (m) => m !== n && visit(m));
    } else {
      this.scan(this.byArea.get(area), n, (m) => m !== n && visit(m));
      this.scan(this.byArea.get(`${n.country}|`), n, visit);
    }
    if (n.lat === null) return;
    // Nearby points in another admin1 or country: neighbouring cells (events of the same area were
    // seen above). Region-level events too: within 50 km their admin1 does not veto (tolerance coarse-near-point).
    const cx = Math.floor(n.lat);
    const cy = Math.floor(n.lon!);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        this.scan(this.byCell.get(cellKey(cx + dx, cy + dy)), n, (m) => m !== n && !seenInArea(n, m) && visit(m));
      }
    }
  }
}

/** All candidate pairs [i, j] with i < j among `norms`. */
export function candidatePairs(norms: Norm[], slack: number, visit: (a: Norm, b: Norm) => void): void {
  const idx = new CandidateIndex(slack);
  for (const n of norms) idx.add(n);
  for (const n of norms) idx.candidates(n, (m) => m.idx > n.idx && visit(n, m));
}
