// Timeline bins (web/src/bins.ts): unit chosen by span, counts, week starts, date windows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binDates, overlaps } from '../../web/src/bins.ts';

test('bins: by day when the span is short', () => {
  const r = binDates(['2024-09-17', '2024-09-17', '2024-09-19', null, 'not a date']);
  assert.equal(r.unit, 'day');
  assert.deepEqual(r.bins.map((b) => [b.start, b.count]), [['2024-09-17', 2], ['2024-09-18', 0], ['2024-09-19', 1]]);
});

test('bins: by week (Monday to Sunday) when days would be too many', () => {
  const r = binDates(['2024-01-03', '2024-03-20', '2024-03-24', '2024-03-25'], 30);
  assert.equal(r.unit, 'week');
  assert.equal(r.bins[0].start, '2024-01-01'); // a Monday
  assert.equal(r.bins[0].end, '2024-01-07');
  const last = r.bins[r.bins.length - 1];
  assert.deepEqual([last.start, last.count], ['2024-03-25', 1]);
  assert.equal(r.bins[r.bins.length - 2].count, 2, '20 and 24 March share a week');
  assert.equal(r.bins.reduce((a, b) => a + b.count, 0), 4);
});

test('bins: by month over years; month ends are right (leap year)', () => {
  const r = binDates(['2022-07-02', '2024-02-29', '2024-09-17'], 20);
  assert.equal(r.unit, 'month');
  assert.equal(r.bins[0].start, '2022-07-01');
  const feb = r.bins.find((b) => b.start === '2024-02-01')!;
  assert.equal(feb.end, '2024-02-29');
  assert.equal(feb.count, 1);
  assert.equal(r.bins.length, 27);
});

test('bins: before 1970 and empty input', () => {
  assert.deepEqual(binDates([]).bins, []);
  const r = binDates(['1968-05-01', '1968-05-03']);
  assert.deepEqual(r.bins.map((b) => b.count), [1, 0, 1]);
  const w = binDates(['1965-01-01', '1968-12-31'], 300);
  assert.equal(w.unit, 'week');
  assert.equal(new Date(w.bins[0].start + 'T00:00:00Z').getUTCDay(), 1, 'weeks start on Monday before 1970 too');
});

test('overlaps: inclusive windows, one-sided ranges', () => {
  const cases: Array<[string | null, string | null, string, string, boolean]> = [
    ['2024-09-17', '2024-09-17', '2024-09-17', '2024-09-17', true],
    ['2024-08-01', '2024-08-10', '2024-08-10', '2024-08-31', true],
    ['2024-08-01', '2024-08-10', '2024-08-11', '2024-08-31', false],
    ['2024-08-01', null, '2024-08-01', '2024-08-01', true],
    [null, null, '2000-01-01', '2100-01-01', false],
  ];
  for (const [s, e, f, t, want] of cases) assert.equal(overlaps(s, e, f, t), want, `${s}..${e} in ${f}..${t}`);
});
