// Evidence spans → text segments for highlighting. Spans may overlap or nest (a claim's value
// inside the sentence that dates the event); the text is cut at every span boundary and each
// piece lists the spans covering it, so every span shows whatever its neighbours. Out-of-range
// or empty spans are dropped. Pure (no DOM): tested in test/web/highlight.test.ts.

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Indexes into the spans given, innermost (shortest) first. */
  cover: number[];
}

export function segments(textLength: number, spans: readonly Span[]): Segment[] {
  const ok = spans
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= textLength);
  const cuts = new Set<number>([0, textLength]);
  for (const { s } of ok) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: spans sorted by start; active set updated at each cut.
  const byStart = [...ok].sort((a, b) => a.s.start - b.s.start);
  const active: Array<{ s: Span; i: number }> = [];
  const out: Segment[] = [];
  let next = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k];
    const b = points[k + 1];
    while (next < byStart.length && byStart[next].s.start <= a) active.push(byStart[next++]);
    for (let j = active.length - 1; j >= 0; j--) if (active[j].s.end <= a) active.splice(j, 1);
    const cover = active
      .slice()
      .sort((x, y) => x.s.end - x.s.start - (y.s.end - y.s.start) || x.i - y.i)
      .map((x) => x.i);
    if (b > a) out.push({ start: a, end: b, cover });
  }
  return out;
}
