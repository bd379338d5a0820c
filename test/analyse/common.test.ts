// Periods, selection, geometry and statistics under the analyses, against known values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorFilter, bearingDeg, haversineKm, linearFit, medianInPlace, periodIndex, periodLabel, periodStart, selector, studentTQuantile } from '../../src/analyse/common.ts';
import { sectorOf } from '../../src/analyse/rings.ts';
import { close, FAMA, ISSP, JNIM, rec } from './helpers.ts';

test('period index, label and start (month, quarter)', () => {
  const rows: Array<[string, 'month' | 'quarter', string, string]> = [
    ['2024-01-15', 'month', '2024-01', '2024-01-01'],
    ['2024-12-31', 'month', '2024-12', '2024-12-01'],
    ['2024-03-31', 'quarter', '2024-Q1', '2024-01-01'],
    ['2024-04-01', 'quarter', '2024-Q2', '2024-04-01'],
    ['2023-11-02', 'quarter', '2023-Q4', '2023-10-01'],
  ];
  for (const [d, p, label, start] of rows) {
    const i = periodIndex(d, p);
    assert.equal(periodLabel(i, p), label, d);
    assert.equal(periodStart(i, p), start, d);
  }
  assert.equal(periodIndex('2024-02-01', 'month') - periodIndex('2023-12-31', 'month'), 2);
  for (const bad of ['', 'garbage!!', '2024/01/01', '2024-13-01', '2024-00-10']) assert.equal(periodIndex(bad, 'month'), -1, bad);
});

test('Student-t quantiles match tables', () => {
  const rows: Array<[number, number, number]> = [
    [0.975, 1, 12.7062],
    [0.975, 2, 4.3027],
    [0.975, 10, 2.2281],
    [0.975, 30, 2.0423],
    [0.95, 5, 2.015],
    [0.995, 4, 4.6041],
  ];
  for (const [p, df, t] of rows) assert.ok(close(studentTQuantile(p, df), t, 1e-3), `t(${p}, ${df}) = ${studentTQuantile(p, df)}`);
});

test('least squares: slope, standard error and interval on a worked example', () => {
  // x 0..3, y 14, 13.8, 13.9, 13.5: slope -0.14, SSR 0.042, SE sqrt(0.021/5), t(0.975,2) 4.3027.
  const f = linearFit([0, 1, 2, 3], [14, 13.8, 13.9, 13.5]);
  assert.ok(close(f.slope, -0.14, 1e-12));
  assert.ok(close(f.intercept, 14.01, 1e-12));
  assert.ok(close(f.slopeSe, Math.sqrt(0.0042), 1e-12));
  assert.ok(close(f.ci[0], -0.14 - 4.302653 * Math.sqrt(0.0042), 1e-5));
  assert.ok(close(f.ci[1], -0.14 + 4.302653 * Math.sqrt(0.0042), 1e-5));
  const two = linearFit([0, 1], [1, 3]);
  assert.equal(two.slope, 2);
  assert.ok(Number.isNaN(two.slopeSe), 'two points: no standard error');
});

test('medians (odd, even, one)', () => {
  assert.equal(medianInPlace(Float64Array.from([15, 10, 11])), 11);
  assert.equal(medianInPlace(Float64Array.from([4, 1, 3, 2])), 2.5);
  assert.equal(medianInPlace(Float64Array.from([7])), 7);
  assert.ok(Number.isNaN(medianInPlace(new Float64Array(0))));
});

test('distances and bearings', () => {
  assert.ok(close(haversineKm(0, 0, 1, 0), 111.195, 1e-3));
  assert.ok(close(haversineKm(12.65, -8, 12.65, -8), 0));
  const rows: Array<[number, number, number]> = [[1, 0, 0], [0, 1, 90], [-1, 0, 180], [0, -1, 270]];
  for (const [la, lo, b] of rows) assert.ok(close(bearingDeg(0, 0, la, lo), b, 1e-9), `${la},${lo}`);
  const sectors: Array<[number, number]> = [[0, 0], [22.4, 0], [22.5, 1], [90, 2], [180, 4], [269.9, 6], [337.4, 7], [337.5, 0], [359.99, 0]];
  for (const [b, s] of sectors) assert.equal(sectorOf(b), s, `bearing ${b}`);
});

test('actor filter: folded substring of actor1, actor2 or an associated actor', () => {
  const m = actorFilter('jnim');
  assert.equal(m(rec({ actor1: JNIM })), true);
  assert.equal(m(rec({ actor1: ISSP, actor2: FAMA })), false);
  assert.equal(m(rec({ actor1: ISSP, actor2: FAMA, assoc_actor_2: `Katiba Macina; ${JNIM}` })), true);
  assert.equal(actorFilter('groupe')(rec({ actor1: 'Groupe armé' })), true);
  assert.equal(actorFilter('GROUPE ARME')(rec({ actor1: 'Groupe armé' })), true, 'accents and case folded');
});

test('selector: dates inclusive, undated out when bounded, country exact', () => {
  const s = selector({ from: '2024-01-01', to: '2024-01-31', country: 'Mali' });
  assert.equal(s(rec({ date: '2024-01-01' })), true);
  assert.equal(s(rec({ date: '2024-01-31' })), true);
  assert.equal(s(rec({ date: '2024-02-01' })), false);
  assert.equal(s(rec({ event_date: null, date_start: null })), false);
  assert.equal(s(rec({ event_date: null, date_start: '2024-01-10' })), true, 'date_start stands in for event_date');
  assert.equal(s(rec({ country: 'Niger' })), false);
  assert.equal(selector({})(rec({ event_date: null })), true);
});

test('PointIndex: one value per point at 1e-5°, grows, tells points apart', async () => {
  const { PointIndex } = await import('../../src/analyse/common.ts');
  const ix = new PointIndex(4);
  const pts: Array<[number, number]> = [];
  for (let i = 0; i < 5000; i++) pts.push([10 + (i % 100) * 0.01, -5 + Math.floor(i / 100) * 0.013]);
  pts.forEach(([a, b], i) => ix.set(a, b, i));
  assert.equal(ix.size, 5000);
  pts.forEach(([a, b], i) => assert.equal(ix.get(a, b), i));
  assert.equal(ix.get(10.000001, -5), 0, 'within 1e-5° is the same point');
  assert.equal(ix.get(10.00002, -5), -1);
  assert.equal(ix.get(-10, 5), -1);
});

test('median by selection equals median by sorting', () => {
  let seed = 3;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (const n of [1, 2, 3, 4, 5, 10, 11, 100, 101, 1000]) {
    for (const dup of [false, true]) {
      const a = Float64Array.from({ length: n }, () => (dup ? Math.floor(rnd() * 5) : rnd() * 100));
      const s = Float64Array.from(a).sort();
      const want = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
      assert.equal(medianInPlace(a), want, `n=${n} dup=${dup}`);
    }
  }
});
