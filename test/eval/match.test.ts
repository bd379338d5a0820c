// Matching pieces of the scorer: distances, system date ranges, one-to-one assignment of actor
// groups, claims and events, the criteria of a pair, and the actors field with sides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignGroups, bipartite, checkCriteria, dateGapDays, haversineKm, matchEvents, rangeInside, systemActors, systemRange } from '../../src/eval/03-match.ts';
import { actorsOnSides, pairScore } from '../../src/eval/04-score.ts';
import type { GoldEvent } from '../../src/eval/types.ts';
import type { EventRecord } from '../../src/model/types.ts';
import { perfectEvent } from './helpers.ts';

test('haversineKm: known distances', () => {
  const rows: Array<[number, number, number, number, number, number]> = [
    [0, 0, 0, 0, 0, 0.001],
    [0, 0, 1, 0, 111.2, 0.1], // one degree of latitude
    [12.65, -8.0, 13.51, 2.11, 1099.1, 0.5], // Bamako → Niamey (spherical law of cosines gives 1099.1)
    [10, 179.5, 10, -179.5, 109.5, 0.5], // across the antimeridian
  ];
  for (const [a, b, c, d, km, tol] of rows) assert.ok(Math.abs(haversineKm(a, b, c, d) - km) <= tol, `${a},${b}→${c},${d}: ${haversineKm(a, b, c, d)}`);
});

const base = perfectEvent({ id: 'X', what: '', optional: false, date: { start: '2024-09-17', end: '2024-09-17' } });

test('systemRange: date_start/date_end, else event_date, else none', () => {
  const rows: Array<[Partial<EventRecord>, string | null]> = [
    [{ date_start: '2024-08-01', date_end: '2024-08-10', event_date: '2024-08-05' }, '2024-08-01..2024-08-10'],
    [{ date_start: null, date_end: null, event_date: '2024-09-17' }, '2024-09-17..2024-09-17'],
    [{ date_start: '2024-09-17', date_end: null, event_date: null }, '2024-09-17..2024-09-17'],
    [{ date_start: '2024-09-18', date_end: '2024-09-17', event_date: null }, '2024-09-17..2024-09-18'],
    [{ date_start: null, date_end: null, event_date: null }, null],
    [{ date_start: 'soon', date_end: 'soon', event_date: null }, null],
  ];
  for (const [patch, want] of rows) {
    const r = systemRange({ ...base, ...patch });
    assert.equal(r ? `${r.start}..${r.end}` : null, want, JSON.stringify(patch));
  }
});

test('dateGapDays and rangeInside', () => {
  const g = { start: '2024-09-17', end: '2024-09-17' };
  assert.equal(dateGapDays({ start: '2024-09-18', end: '2024-09-18' }, g), 1);
  assert.equal(dateGapDays({ start: '2024-09-01', end: '2024-09-30' }, g), 0);
  assert.equal(dateGapDays({ start: '2024-09-10', end: '2024-09-14' }, g), 3);
  assert.equal(rangeInside({ start: '2024-09-16', end: '2024-09-18' }, g), true);
  assert.equal(rangeInside({ start: '2024-09-15', end: '2024-09-17' }, g), false);
  assert.equal(rangeInside({ start: '2024-09-01', end: '2024-09-30' }, g), false, 'a wider reading is wrong');
});

test('bipartite finds a full assignment where greedy would not', () => {
  // left 0 can take 0 or 1, left 1 only 0: greedy 0→0 would strand left 1.
  const edges = [
    [true, true],
    [true, false],
  ];
  assert.deepEqual(bipartite(2, 2, (l, r) => edges[l][r]), [1, 0]);
  assert.deepEqual(bipartite(2, 1, () => true).filter((r) => r >= 0).length, 1);
  assert.deepEqual(bipartite(0, 3, () => true), []);
});

test('systemActors: main and associated actors per side, empty names left out', () => {
  const e = { ...base, actor1: 'JNIM', assoc_actor_1: 'Katiba Macina; ', actor2: '', assoc_actor_2: 'Wagner Group' };
  assert.deepEqual(systemActors(e), [
    { name: 'JNIM', side: 1 },
    { name: 'Katiba Macina', side: 1 },
    { name: 'Wagner Group', side: 2 },
  ]);
});

test('assignGroups: each gold group needs its own system actor', () => {
  const rows: Array<[string[][], string[], boolean]> = [
    [[['JNIM'], ['Military Forces of Mali']], ['JNIM', 'Military Forces of Mali (2021-)'], true],
    [[['JNIM'], ['Military Forces of Mali']], ['Military Forces of Mali (2021-)', 'JNIM: Group for Support of Islam and Muslims'], true],
    [[['Mali'], ['Military Forces of Mali']], ['Military Forces of Mali'], false],
    [[['JNIM']], ['Unidentified Armed Group (Mali)', 'JNIM'], true],
    [[['JNIM'], ['Wagner']], ['JNIM'], false],
    [[], [], true],
  ];
  for (const [groups, names, want] of rows) assert.equal(assignGroups(groups, names) !== null, want, `${JSON.stringify(groups)} ~ ${names.join(', ')}`);
});

const A = ['Military Forces of Mali'];
const W = ['Wagner Group'];
const C = ['Civilians (Mali)'];

test('actorsOnSides: groups on different sides in either order; more groups use both sides', () => {
  const rows: Array<[string, string[][], Partial<EventRecord>, boolean]> = [
    ['one group, either side', [A], { actor1: '', actor2: 'Military Forces of Mali (2021-)' }, true],
    ['two groups, in order', [A, C], { actor1: 'Military Forces of Mali (2021-)', actor2: 'Civilians (Mali)' }, true],
    ['two groups, swapped', [A, C], { actor1: 'Civilians (Mali)', actor2: 'Military Forces of Mali (2021-)' }, true],
    ['two groups, one as associated actor', [A, C], { actor1: 'Unidentified Armed Group (Mali)', assoc_actor_1: 'Military Forces of Mali', actor2: 'Civilians (Mali)' }, true],
    ['two groups on one side', [A, C], { actor1: 'Military Forces of Mali', assoc_actor_1: 'Civilians (Mali)', actor2: '' }, false],
    ['three groups over two sides', [A, W, C], { actor1: 'Military Forces of Mali', assoc_actor_1: 'Wagner Group', actor2: 'Civilians (Mali)' }, true],
    ['three groups on one side', [A, W, C], { actor1: 'Military Forces of Mali', assoc_actor_1: 'Wagner Group; Civilians (Mali)', actor2: '' }, false],
    ['three groups, one missing', [A, W, C], { actor1: 'Military Forces of Mali', actor2: 'Civilians (Mali)' }, false],
  ];
  for (const [name, groups, patch, want] of rows) {
    const e = { ...base, actor1: '', assoc_actor_1: '', actor2: '', assoc_actor_2: '', ...patch };
    assert.equal(actorsOnSides(groups, systemActors(e)), want, name);
  }
});

const gold: GoldEvent = {
  id: 'G',
  what: '',
  optional: false,
  event_type: ['Battles'],
  sub_event_type: ['Armed clash'],
  date: { start: '2024-09-17', end: '2024-09-17' },
  place: { country: ['Mali'], point: { lat: 12.6, lon: -7.95, within_km: 15 } },
  actors: [['JNIM'], ['Military Forces of Mali']],
};

test('checkCriteria: date ±1 day, within_km, actor groups; left-out gold fields not applied', () => {
  const ok = perfectEvent(gold);
  const rows: Array<[string, GoldEvent, Partial<EventRecord>, boolean, RegExp?]> = [
    ['perfect', gold, {}, true],
    ['one day off', gold, { date_start: '2024-09-16', date_end: '2024-09-16' }, true],
    ['two days off', gold, { date_start: '2024-09-15', date_end: '2024-09-15' }, false, /2 days from 2024-09-17/],
    ['no date still matches', gold, { date_start: null, date_end: null, event_date: null }, true],
    ['14 km away', gold, { latitude: 12.6 + 14 / 111.2 }, true],
    ['16 km away', gold, { latitude: 12.6 + 16 / 111.2 }, false, /16\.0 km from the gold point \(within_km 15\)/],
    ['no coordinates', gold, { latitude: null }, false, /no coordinates/],
    ['missing a side', gold, { actor2: '' }, false, /no system actor matches \[Military Forces of Mali\]/],
    ['gold without date, place or actors matches anything', { id: 'B', what: '', optional: false }, { latitude: null, date_start: null, actor1: '' }, true],
  ];
  for (const [name, g, patch, want, re] of rows) {
    const c = checkCriteria(g, { ...ok, ...patch });
    assert.equal(c.ok, want, `${name}: ${c.failures.join('; ')}`);
    if (re) assert.match(c.failures.join('; '), re, name);
  }
});

test('matchEvents: one-to-one, best-scoring first, deterministic', () => {
  const g2: GoldEvent = { ...gold, id: 'G2', sub_event_type: ['Armed clash'], fatalities: { min: 10, max: 20 } };
  const good = { ...perfectEvent(g2), fatalities: 15 };
  const poor = { ...perfectEvent(g2), fatalities: 0, event_type: 'Riots', sub_event_type: 'Mob violence' };
  // Both system events meet G2's criteria; the better one is paired, whatever the order.
  for (const sys of [
    [poor, good],
    [good, poor],
  ]) {
    const m = matchEvents([g2], sys, pairScore);
    assert.equal(m.pairs.length, 1);
    assert.equal(sys[m.pairs[0].system], good);
  }
  // A required gold event is preferred to an optional one at equal score.
  const opt: GoldEvent = { ...gold, id: 'O', optional: true };
  const m = matchEvents([opt, gold], [perfectEvent(gold)], pairScore);
  assert.deepEqual(m.pairs.map((p) => p.gold), [1]);
});
