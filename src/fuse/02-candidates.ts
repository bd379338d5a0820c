/**
 * @module fuse/02-candidates
 * Step 2: which pairs are worth judging. Only events whose date ranges can overlap (with the
 * slack) and that lie in the same country — or, near a border, in neighbouring 1° cells — are
 * paired. Each bucket keeps narrow-dated events sorted by start day (binary search, then a short
 * scan) and wide-dated ones (over a month: "in 2022") in a small list checked in full.
 */
import type { Norm } from './01-normalise.ts';

/** Ranges wider than this many days go to the bucket's wide list. */
const NARROW_DAYS = 31;

interface Bucket {
  narrow: Norm[];
  wide: Norm[];
}

function bucketOf(map: Map<string, Bucket>, k: string): Bucket {
  let b = map.get(k);
  if (!b) map.set(k, (b = { narrow: [], wide: [] }));
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

export class CandidateIndex {
  private byCountry = new Map<string, Bucket>();
  private byCell = new Map<string, Bucket>();
  private sorted = false;

  constructor(private readonly slack: number) {}

  add(n: Norm): void {
    if (n.s === null) return; // undated events are never paired
    const wide = n.e! - n.s > NARROW_DAYS;
    const put = (b: Bucket) => (wide ? b.wide : b.narrow).push(n);
    put(bucketOf(this.byCountry, n.country));
    if (n.lat !== null && n.prec <= 2) put(bucketOf(this.byCell, cellKey(Math.floor(n.lat), Math.floor(n.lon!))));
    this.sorted = false;
  }

  private sort(): void {
    if (this.sorted) return;
    const cmp = (a: Norm, b: Norm) => a.s! - b.s! || a.idx - b.idx;
    for (const b of this.byCountry.values()) b.narrow.sort(cmp);
    for (const b of this.byCell.values()) b.narrow.sort(cmp);
    this.sorted = true;
  }

  private scan(b: Bucket | undefined, n: Norm, visit: (m: Norm) => void): void {
    if (!b) return;
    const lo = n.s! - this.slack;
    const hi = n.e! + this.slack;
    for (let i = lowerBound(b.narrow, lo - NARROW_DAYS); i < b.narrow.length; i++) {
      const m = b.narrow[i];
      if (m.s! > hi) break;
      if (m.e! >= lo) visit(m);
    }
    for (const m of b.wide) if (m.s! <= hi && m.e! >= lo) visit(m);
  }

  /** Every indexed event that may overlap `n` in time and space (n itself excluded; each once). */
  candidates(n: Norm, visit: (m: Norm) => void): void {
    if (n.s === null) return;
    this.sort();
    this.scan(this.byCountry.get(n.country), n, (m) => m !== n && visit(m));
    if (n.lat === null || n.prec > 2) return;
    // Across a border: neighbouring cells, events of another country only (same country seen above).
    const cx = Math.floor(n.lat);
    const cy = Math.floor(n.lon!);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        this.scan(this.byCell.get(cellKey(cx + dx, cy + dy)), n, (m) => m !== n && m.country !== n.country && visit(m));
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
