// Progress output: a live line on a terminal (bar, counts, rate), plain lines elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createProgress, formatCounts } from '../../src/sources/progress.ts';

const counts = (done: number, total = 100) => ({ done, total, new: done - 2 > 0 ? done - 2 : 0, duplicate: Math.min(done, 1), failed: Math.min(done, 1), unchanged: 0 });

test('counts line: done/total, each outcome, rate', () => {
  assert.equal(formatCounts(counts(50), 25), '50/100  new 48  duplicate 1  failed 1  25.0 docs/s');
  assert.equal(formatCounts({ ...counts(3, 0), unchanged: 7 }, 1.5), '3  new 1  duplicate 1  failed 1  unchanged 7  1.5 docs/s');
});

test('terminal: one line redrawn in place with a bar, at most every 100 ms, cleared at the end', () => {
  let t = 0;
  const out: string[] = [];
  const p = createProgress({ tty: true, columns: 100, write: (s) => out.push(s), now: () => t });
  t = 1000;
  p.update(counts(50));
  t = 1050;
  p.update(counts(51)); // too soon: skipped
  t = 2000;
  p.update(counts(100)); // the last one is always drawn
  p.done();
  assert.equal(out.length, 3);
  assert.match(out[0], /^\r\x1b\[K\[#{15}\.{15}\] 50\/100 {2}new 48 .* 50\.0 docs\/s$/);
  assert.match(out[1], /^\r\x1b\[K\[#{30}\] 100\/100 .* 50\.0 docs\/s$/);
  assert.equal(out[2], '\r\x1b[K');
  assert.ok(out.every((l) => !l.includes('\n')));
});

test('not a terminal: a plain line every N documents or every few seconds', () => {
  let t = 0;
  const out: string[] = [];
  const p = createProgress({ tty: false, every: 10, seconds: 5, write: (s) => out.push(s), now: () => t });
  for (let i = 1; i <= 25; i++) {
    t = i * 100;
    p.update(counts(i));
  }
  t = 9000;
  p.update(counts(26)); // 5 s since the last line
  p.done();
  assert.deepEqual(out.map((l) => l.match(/^ingest: (\d+)\//)?.[1]), ['1', '11', '21', '26']);
  assert.ok(out.every((l) => l.endsWith('\n') && !l.includes('\r')));
});
