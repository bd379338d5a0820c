// Timeline bins: incident dates (YYYY-MM-DD) → counts per day, week or month, whichever gives at
// most `maxBins` bars over the span. Pure (no DOM): tested in test/web/bins.test.ts.

export type BinUnit = 'day' | 'week' | 'month';

export interface Bin {
  /** First and last day covered, inclusive (YYYY-MM-DD). */
  start: string;
  end: string;
  count: number;
}

const DAY = 86_400_000;
const toDay = (d: string) => Math.floor(Date.parse(d + 'T00:00:00Z') / DAY);
const fromDay = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const valid = (d: string | null | undefined): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d) && Number.isFinite(Date.parse(d + 'T00:00:00Z'));

function monthIndex(d: string): number {
  return Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
}
function monthStart(m: number): string {
  return `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}-01`;
}
function monthEnd(m: number): string {
  return fromDay(toDay(monthStart(m + 1)) - 1);
}

export function binDates(dates: ReadonlyArray<string | null | undefined>, maxBins = 120): { unit: BinUnit; bins: Bin[] } {
  const ds = dates.filter(valid);
  if (ds.length === 0) return { unit: 'day', bins: [] };
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of ds) {
    const n = toDay(d);
    if (n < lo) lo = n;
    if (n > hi) hi = n;
  }
  const span = hi - lo + 1;
  if (span <= maxBins) {
    const counts = new Array<number>(span).fill(0);
    for (const d of ds) counts[toDay(d) - lo]++;
    return { unit: 'day', bins: counts.map((count, i) => ({ start: fromDay(lo + i), end: fromDay(lo + i), count })) };
  }
  // Weeks start on Monday (1970-01-01 was a Thursday: day 0 → weekday 3 counting from Monday).
  const weekOf = (n: number) => n - ((((n + 3) % 7) + 7) % 7);
  const w0 = weekOf(lo);
  const weeks = Math.floor((weekOf(hi) - w0) / 7) + 1;
  if (weeks <= maxBins) {
    const counts = new Array<number>(weeks).fill(0);
    for (const d of ds) counts[(weekOf(toDay(d)) - w0) / 7]++;
    return { unit: 'week', bins: counts.map((count, i) => ({ start: fromDay(w0 + 7 * i), end: fromDay(w0 + 7 * i + 6), count })) };
  }
  const m0 = monthIndex(fromDay(lo));
  const months = monthIndex(fromDay(hi)) - m0 + 1;
  const counts = new Array<number>(months).fill(0);
  for (const d of ds) counts[monthIndex(d) - m0]++;
  return { unit: 'month', bins: counts.map((count, i) => ({ start: monthStart(m0 + i), end: monthEnd(m0 + i), count })) };
}

/** Whether a date range [start, end] overlaps the window [from, to] (all inclusive, YYYY-MM-DD). */
export function overlaps(start: string | null, end: string | null, from: string, to: string): boolean {
  const s = start ?? end;
  const e = end ?? start;
  if (!s || !e) return false;
  return s <= to && e >= from;
}
