// scoreFusion on small clusterings whose pairwise and B-cubed figures are worked out by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreFusion } from '../../src/fuse/score.ts';
import { validateFusionGold } from '../../src/fuse/gold.ts';

const gold = { a: 'X', b: 'X', c: 'X', d: 'Y', e: 'Y' };
const close = (x: number, y: number, what: string) => assert.ok(Math.abs(x - y) < 1e-9, `${what}: ${x} ≠ ${y}`);

test('pairwise and B-cubed figures, worked out by hand', () => {
  const table: Array<[string, Record<string, string>, [number, number, number, number]]> = [
    ['perfect', { a: '1', b: '1', c: '1', d: '2', e: '2' }, [1, 1, 1, 1]],
    ['mixed', { a: '1', b: '1', c: '2', d: '2', e: '3' }, [0.5, 0.25, 0.8, 2.6666666666666665 / 5]],
    ['all singletons', { a: '1', b: '2', c: '3', d: '4', e: '5' }, [1, 0, 1, 0.4]],
    ['all in one', { a: '1', b: '1', c: '1', d: '1', e: '1' }, [0.4, 1, 0.52, 1]],
    ['e missing = singleton', { a: '1', b: '1', c: '1', d: '2' }, [1, 0.75, 1, 0.8]],
  ];
  for (const [name, pred, [pp, pr, bp, br]] of table) {
    const s = scoreFusion(pred, gold);
    close(s.pairwise.precision, pp, `${name} pairwise P`);
    close(s.pairwise.recall, pr, `${name} pairwise R`);
    close(s.bcubed.precision, bp, `${name} B-cubed P`);
    close(s.bcubed.recall, br, `${name} B-cubed R`);
    assert.equal(s.items, 5);
  }
  const m = scoreFusion(new Map([['a', '1'], ['zz', '9']]), gold);
  assert.equal(m.missing, 4);
  assert.equal(m.extra, 1);
  assert.equal(scoreFusion({}, {}).bcubed.f1, 1);
});

test('fusion gold validation returns problems as values', () => {
  const inc = { what: 'x', date: { start: '2021-01-02', end: '2021-01-02' }, place: { country: 'Niger', admin1: ['Tillabéri'], lat: 14.7, lon: 1.8, within_km: 20 }, names: ['Tchoma Bangou'] };
  const table: Array<[unknown, string | null]> = [
    [{ incidents: { t: inc }, reports: { 'r.txt': { incidents: ['t'] } } }, null],
    [[], 'bad_shape'],
    [{ incidents: { t: inc }, reports: { 'r.txt': { incidents: ['nope'] } } }, 'unknown_incident'],
    [{ incidents: { t: { ...inc, names: [] } }, reports: {} }, 'bad_field'],
    [{ incidents: { t: inc }, reports: { 'r.txt': { incidents: ['t'], background: ['t'] } } }, 'bad_field'],
    [{ incidents: { t: inc }, reports: { 'r.txt': { incidents: ['t'], readings: [{ incident: 't', place: { name: 'T', lat: 1, lon: 1, precision: 4, country: 'Niger', admin1: 'T' }, date: { start: '2021-01-02', end: '2021-01-02' }, actors: [[], []], sub_event_type: 'Attack', fatalities: 1 }] } } }, 'bad_field'],
    [{ incidents: { t: inc }, reports: { 'r.txt': { incidents: ['t'], readings: [{ incident: 't', place: { name: 'T', lat: 1, lon: 1, precision: 1, country: 'Niger', admin1: 'T' }, date: { start: '2021-01-02', end: '2021-01-02' }, actors: [[], []], sub_event_type: 'Massacre', fatalities: 1 }] } } }, 'bad_field'],
  ];
  for (const [value, code] of table) {
    const r = validateFusionGold(value);
    if (code === null) assert.ok(r.ok, JSON.stringify(r));
    else assert.ok(!r.ok && r.problems.some((p) => p.code === code), `${code}: ${JSON.stringify(r)}`);
  }
});
