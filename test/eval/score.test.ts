// scoreDocument on hand-made outputs built from the seed gold: a table of edits to the perfect
// output and the scores and misses each must give. Counts of the seed: 4 required events (E1-E4),
// 2 optional (E5, E6); over the 4 matched pairs the seed scores event_type 3, sub_event_type 3,
// date 4, place 4, actors 4, fatalities 2, background 4, claims 5; assessments 4.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreDocument, f1, matchClaims, sumScores } from '../../src/eval/04-score.ts';
import { formatMiss } from '../../src/eval/05-report.ts';
import type { DocumentScore, FieldName, Gold, Miss, SystemOutput } from '../../src/eval/types.ts';
import type { EventRecord } from '../../src/model/types.ts';
import { perfectEvent, perfectExcept, perfectOutput, seedGold } from './helpers.ts';

type Counts = Partial<Record<FieldName | 'claims' | 'assessments', [number, number]>>;
interface Case {
  name: string;
  output: (g: Gold) => SystemOutput;
  p: number | null;
  r: number | null;
  f1?: number | null;
  matchedOptional?: number;
  counts?: Counts;
  /** Every miss, in order, as kind:id[:field] — with a regex its text must match, when given. */
  misses?: Array<[string, RegExp?]>;
}

const PERFECT: Counts = {
  event_type: [3, 3],
  sub_event_type: [3, 3],
  date: [4, 4],
  place: [4, 4],
  actors: [4, 4],
  fatalities: [2, 2],
  background: [4, 4],
  claims: [5, 5],
  assessments: [4, 4],
};

const at = (lat: number, lon: number) => (e: EventRecord) => ({ ...e, latitude: lat, longitude: lon });
const dated = (start: string | null, end: string | null = start) => (e: EventRecord) => ({ ...e, date_start: start, date_end: end, event_date: start });
const far = (e: EventRecord): EventRecord => ({ ...e, event_id_cnty: 'SEN0001', date_start: '2024-01-01', date_end: '2024-01-01', event_date: '2024-01-01', latitude: 14.7, longitude: -17.4, country: 'Senegal', admin1: 'Dakar', actor1: 'Unidentified Armed Group (Senegal)', actor2: '', claims: [] });

const CASES: Case[] = [
  { name: 'perfect output', output: (g) => perfectOutput(g), p: 1, r: 1, f1: 1, counts: PERFECT, misses: [] },
  {
    name: 'perfect output with the optional events too (their place and actors are scored)',
    output: (g) => perfectOutput(g, true),
    p: 1,
    r: 1,
    f1: 1,
    matchedOptional: 2,
    counts: { ...PERFECT, place: [6, 6], actors: [6, 6] },
    misses: [],
  },
  { name: 'perfect output in reverse order', output: (g) => ({ ...perfectOutput(g), events: perfectOutput(g).events.reverse() }), p: 1, r: 1, counts: PERFECT, misses: [] },
  {
    name: 'empty output: precision n/a (null), recall 0, F1 0',
    output: () => ({ events: [], assessments: [] }),
    p: null,
    r: 0,
    f1: 0,
    counts: { event_type: [0, 0], date: [0, 0], claims: [0, 0], assessments: [0, 4] },
    misses: [
      ['missed_event:E1', /no events/],
      ['missed_event:E2'],
      ['missed_event:E3'],
      ['missed_event:E4'],
      ['assessment_missed:A1', /no assessments/],
      ['assessment_missed:A2'],
      ['assessment_missed:A3'],
      ['assessment_missed:A4'],
    ],
  },
  {
    name: 'place far beyond within_km (Dakar): E1 missed, its event spurious',
    output: (g) => perfectExcept(g, 'E1', at(14.7, -17.4)),
    p: 0.75,
    r: 0.75,
    f1: 0.75,
    misses: [['missed_event:E1', /closest is system #0.*km from the gold point \(within_km 15\)/], ['spurious_event:0', /closest is E\d: .*km from the gold point/]],
  },
  {
    name: 'place 50 km off: E1 missed, the event pairs with optional E6 (not a false positive)',
    output: (g) => perfectExcept(g, 'E1', at(13.05, -7.95)),
    p: 1,
    r: 0.75,
    matchedOptional: 1,
    misses: [['missed_event:E1', /closest is system #0 \(paired with E6\): place 5\d\.\d km/]],
  },
  {
    name: 'place within within_km but admin1 wrong: matched, place wrong',
    output: (g) => perfectExcept(g, 'E1', (e) => ({ ...e, admin1: 'Koulikoro' })),
    p: 1,
    r: 1,
    counts: { ...PERFECT, place: [3, 4] },
    misses: [['field_wrong:E1:place', /admin1 Bamako.*got.*admin1 Koulikoro/]],
  },
  {
    name: 'country folded but not contained: Niger is not Nigeria',
    output: (g) => perfectExcept(g, 'E4', (e) => ({ ...e, country: 'Nigeria' })),
    p: 1,
    r: 1,
    counts: { ...PERFECT, place: [3, 4] },
    misses: [['field_wrong:E4:place']],
  },
  {
    name: 'date months off (E4): not matched, E4 missed and its event spurious',
    output: (g) => perfectExcept(g, 'E4', dated('2024-06-15')),
    p: 0.75,
    r: 0.75,
    misses: [['missed_event:E4', /date 2024-06-15 is 47 days from 2024-08-01\.\.2024-08-31/], ['spurious_event:3', /closest is E4: date/]],
  },
  { name: 'date one day late: matched and right (one day of slack)', output: (g) => perfectExcept(g, 'E1', dated('2024-09-18')), p: 1, r: 1, counts: PERFECT, misses: [] },
  {
    name: 'date two days late: overlap fails, E1 missed',
    output: (g) => perfectExcept(g, 'E1', dated('2024-09-19')),
    p: 1,
    r: 0.75,
    matchedOptional: 1,
    misses: [['missed_event:E1', /2 days from 2024-09-17/]],
  },
  {
    name: 'date range overlapping but reaching past the gold range: matched, date wrong',
    output: (g) => perfectExcept(g, 'E1', dated('2024-09-16', '2024-09-19')),
    p: 1,
    r: 1,
    counts: { ...PERFECT, date: [3, 4] },
    misses: [['field_wrong:E1:date', /inside 2024-09-17 \(±1 day\).*got 2024-09-16\.\.2024-09-19/]],
  },
  { name: 'a narrower reading inside the gold range is right ("early last month")', output: (g) => perfectExcept(g, 'E4', dated('2024-08-01', '2024-08-10')), p: 1, r: 1, counts: PERFECT, misses: [] },
  {
    name: 'no date: matched on the other criteria, date wrong',
    output: (g) => perfectExcept(g, 'E1', dated(null)),
    p: 1,
    r: 1,
    counts: { ...PERFECT, date: [3, 4] },
    misses: [['field_wrong:E1:date', /got no date/]],
  },
  {
    name: 'no coordinates: no match',
    output: (g) => perfectExcept(g, 'E2', (e) => ({ ...e, latitude: null, longitude: null })),
    p: 0.75,
    r: 0.75,
    misses: [['missed_event:E2', /no coordinates/], ['spurious_event:1', /no coordinates/]],
  },
  {
    name: 'swapped actor sides: still matched, actors right',
    output: (g) => perfectExcept(g, 'E1', (e) => ({ ...e, actor1: e.actor2, actor2: e.actor1 })),
    p: 1,
    r: 1,
    counts: PERFECT,
    misses: [],
  },
  {
    name: 'gold sides found among associated actors: matched, actors right',
    output: (g) =>
      perfectExcept(g, 'E1', (e) => ({
        ...e,
        actor1: 'Unidentified Armed Group (Mali)',
        assoc_actor_1: 'JNIM: Group for Support of Islam and Muslims; Katiba Macina',
        actor2: 'Unidentified Armed Group (Mali)',
        assoc_actor_2: 'Wagner Group',
      })),
    p: 1,
    r: 1,
    counts: PERFECT,
    misses: [],
  },
  {
    name: 'both gold sides on one system side: matched, actors wrong',
    output: (g) => perfectExcept(g, 'E1', (e) => ({ ...e, assoc_actor_1: 'Military Forces of Mali (2021-)', actor2: '' })),
    p: 1,
    r: 1,
    counts: { ...PERFECT, actors: [3, 4] },
    misses: [['field_wrong:E1:actors', /got JNIM; Military Forces of Mali \(2021-\) vs \(none\)/]],
  },
  {
    name: 'a gold side nobody plays: no match with E1',
    output: (g) => perfectExcept(g, 'E1', (e) => ({ ...e, actor2: '' })),
    p: 1,
    r: 0.75,
    matchedOptional: 1,
    misses: [['missed_event:E1', /no system actor matches \[Military Forces of Mali/]],
  },
  {
    name: 'an extra event far from every gold event: precision drops',
    output: (g) => {
      const o = perfectOutput(g);
      return { ...o, events: [...o.events, far(o.events[0])] };
    },
    p: 0.8,
    r: 1,
    f1: (2 * 0.8) / 1.8,
    counts: PERFECT,
    misses: [['spurious_event:4', /closest is E\d/]],
  },
  {
    name: 'a duplicate of E1 pairs with optional E6: not a false positive',
    output: (g) => {
      const o = perfectOutput(g);
      return { ...o, events: [...o.events, o.events[0]] };
    },
    p: 1,
    r: 1,
    matchedOptional: 1,
    misses: [],
  },
  {
    name: 'an event answering only an optional gold event is not a false positive',
    output: (g) => {
      const o = perfectOutput(g);
      return { ...o, events: [...o.events, perfectEvent(g.events.find((e) => e.id === 'E5')!)] };
    },
    p: 1,
    r: 1,
    matchedOptional: 1,
    counts: { ...PERFECT, place: [5, 5], actors: [5, 5] },
    misses: [],
  },
  {
    name: 'wrong event type and sub-type: matched, both fields wrong',
    output: (g) => perfectExcept(g, 'E1', (e) => ({ ...e, event_type: 'Violence against civilians', sub_event_type: 'Attack' })),
    p: 1,
    r: 1,
    counts: { ...PERFECT, event_type: [2, 3], sub_event_type: [2, 3] },
    misses: [['field_wrong:E1:event_type', /expected Battles, got Violence against civilians/], ['field_wrong:E1:sub_event_type', /expected Armed clash, got Attack/]],
  },
  {
    name: 'the other acceptable answer of a set is right',
    output: (g) => perfectExcept(g, 'E2', (e) => ({ ...e, event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction' })),
    p: 1,
    r: 1,
    counts: PERFECT,
    misses: [],
  },
  {
    name: 'fatalities above max',
    output: (g) => perfectExcept(g, 'E1', (e) => ({ ...e, fatalities: 20 })),
    p: 1,
    r: 1,
    counts: { ...PERFECT, fatalities: [1, 2] },
    misses: [['field_wrong:E1:fatalities', /expected 2\.\.12, got 20/]],
  },
  {
    name: 'background wrong',
    output: (g) => perfectExcept(g, 'E3', (e) => ({ ...e, background: false })),
    p: 1,
    r: 1,
    counts: { ...PERFECT, background: [3, 4] },
    misses: [['field_wrong:E3:background']],
  },
  {
    name: 'claims: one missing, one of the wrong kind',
    output: (g) => {
      let o = perfectExcept(g, 'E1', (e) => ({ ...e, claims: e.claims.filter((c) => c.claimant !== 'Government of Mali') }));
      o = { ...o, events: o.events.map((e, i) => (i === 1 ? { ...e, claims: e.claims.map((c) => ({ ...c, kind: 'captured' as const })) } : e)) };
      return o;
    },
    p: 1,
    r: 1,
    counts: { ...PERFECT, claims: [3, 5] },
    misses: [['claim_missed:E1', /\[Government of Mali \| .*\]\/fatalities not found/], ['claim_missed:E2', /system claims: JNIM\/captured/]],
  },
  {
    name: 'claims: claimant names fold (period suffix, containment)',
    output: (g) =>
      perfectExcept(g, 'E1', (e) => ({
        ...e,
        claims: e.claims.map((c) => ({ ...c, claimant: c.claimant === 'JNIM' ? 'JNIM: Group for Support of Islam and Muslims' : 'Military Forces of Mali (2021-)' })),
      })),
    p: 1,
    r: 1,
    counts: PERFECT,
    misses: [],
  },
  {
    name: 'assessments: subject right but object wrong, and one absent',
    output: (g) => {
      const o = perfectOutput(g);
      return { ...o, assessments: [o.assessments[0], o.assessments[1], { ...o.assessments[2], object: ['Senegal'] }] };
    },
    p: 1,
    r: 1,
    counts: { ...PERFECT, assessments: [2, 4] },
    misses: [['assessment_missed:A3', /subject matches system #0, #1, #2 but none of their objects \(Burkina Faso; Bamako; Senegal\)/], ['assessment_missed:A4']],
  },
  {
    name: 'assessments: any of the system objects may match, names folded',
    output: (g) => {
      const o = perfectOutput(g);
      return { ...o, assessments: o.assessments.map((a, i) => (i === 3 ? { ...a, subject: 'Islamic State Sahel Province', object: ['Burkina Faso', 'Tillaberi'] } : a)) };
    },
    p: 1,
    r: 1,
    counts: PERFECT,
    misses: [],
  },
];

function missKey(m: Miss): string {
  switch (m.kind) {
    case 'missed_event':
    case 'assessment_missed':
      return `${m.kind}:${m.gold}`;
    case 'spurious_event':
      return `${m.kind}:${m.system}`;
    case 'field_wrong':
      return `${m.kind}:${m.gold}:${m.field}`;
    case 'claim_missed':
      return `${m.kind}:${m.gold}`;
  }
}

function close(a: number | null, b: number | null, msg: string) {
  if (a === null || b === null) assert.equal(a, b, msg);
  else assert.ok(Math.abs(a - b) < 1e-9, `${msg}: ${a} ≠ ${b}`);
}

for (const c of CASES) {
  test(`score: ${c.name}`, () => {
    const gold = seedGold();
    const s: DocumentScore = scoreDocument(gold, c.output(gold));
    close(s.events.precision, c.p, 'precision');
    close(s.events.recall, c.r, 'recall');
    if (c.f1 !== undefined) close(s.events.f1, c.f1, 'f1');
    assert.equal(s.events.matched_optional, c.matchedOptional ?? 0, 'matched optional');
    assert.equal(s.events.required, 4);
    for (const [k, [correct, total]] of Object.entries(c.counts ?? {})) {
      const r = k === 'claims' ? s.claims : k === 'assessments' ? s.assessments : s.fields[k as FieldName];
      assert.deepEqual([r.correct, r.total], [correct, total], k);
      close(r.value, total ? correct / total : null, `${k} value`);
    }
    if (c.misses) {
      assert.deepEqual(s.misses.map(missKey), c.misses.map(([k]) => k), JSON.stringify(s.misses, null, 1));
      c.misses.forEach(([, re], i) => {
        if (re) assert.match(formatMiss(s.misses[i]), re);
      });
    }
  });
}

test('score: the seed perfect output lists the unmatched optional events but no miss', () => {
  const s = scoreDocument(seedGold(), perfectOutput(seedGold()));
  assert.deepEqual(s.unmatched_optional, ['E5', 'E6']);
  assert.deepEqual(
    s.pairs.map((p) => [p.gold, p.system]),
    [
      ['E1', 0],
      ['E2', 1],
      ['E3', 2],
      ['E4', 3],
    ],
  );
});

test('score: scoreDocument does not change its inputs', () => {
  const gold = seedGold();
  const out = perfectExcept(gold, 'E1', (e) => ({ ...e, actor1: e.actor2, actor2: e.actor1 }));
  const [g0, o0] = [structuredClone(gold), structuredClone(out)];
  scoreDocument(gold, out);
  assert.deepEqual(gold, g0);
  assert.deepEqual(out, o0);
});

test('score: a gold of optional events only, against an empty output, has nothing to score', () => {
  const gold = seedGold();
  const opt: Gold = { ...gold, events: gold.events.filter((e) => e.optional), assessments: undefined };
  const s = scoreDocument(opt, { events: [], assessments: [] });
  assert.equal(s.events.precision, null);
  assert.equal(s.events.recall, null);
  assert.equal(s.events.f1, null);
  assert.equal(s.assessments.value, null);
  assert.deepEqual(s.misses, []);
});

test('score: a gold with no events makes every system event spurious', () => {
  const gold = seedGold();
  const out = perfectOutput(gold);
  const s = scoreDocument({ ...gold, events: [] }, out);
  assert.equal(s.events.precision, 0);
  assert.equal(s.events.recall, null);
  assert.equal(s.events.f1, 0);
  assert.ok(s.misses.filter((m) => m.kind === 'spurious_event').every((m) => m.kind === 'spurious_event' && /gold has no events/.test(m.reason)));
});

test('F1 conventions: 0 when P or R is 0, null when undefined otherwise', () => {
  const rows: Array<[number | null, number | null, number | null]> = [
    [1, 1, 1],
    [0.5, 0.5, 0.5],
    [1, 0.5, 2 / 3],
    [0, 0, 0],
    [null, 0, 0],
    [0, null, 0],
    [1, null, null],
    [null, 1, null],
    [null, null, null],
  ];
  for (const [p, r, want] of rows) close(f1(p, r), want, `f1(${p}, ${r})`);
});

test('claims are paired one-to-one: one system claim finds one gold claim', () => {
  const gold = [
    { claimant: ['Government of Mali', 'Mali'], kind: 'fatalities' as const },
    { claimant: ['Military Forces of Mali'], kind: 'fatalities' as const },
  ];
  const sys = perfectEvent(seedGold().events[0]).claims.slice(0, 1).map((c) => ({ ...c, claimant: 'Military Forces of Mali (2021-)', kind: 'fatalities' as const }));
  const a = matchClaims(gold, sys);
  assert.equal(a.filter((r) => r >= 0).length, 1);
  assert.equal(matchClaims(gold, [...sys, { ...sys[0], claimant: 'Government of Mali' }]).filter((r) => r >= 0).length, 2);
});

test('sumScores adds counts and recomputes ratios (micro averages)', () => {
  const gold = seedGold();
  const a = scoreDocument(gold, perfectOutput(gold));
  const b = scoreDocument(gold, { events: [], assessments: [] });
  const s = sumScores([a, b]);
  assert.deepEqual([s.events.system, s.events.matched_system, s.events.required, s.events.matched_required], [4, 4, 8, 4]);
  close(s.events.precision, 1, 'P');
  close(s.events.recall, 0.5, 'R');
  assert.deepEqual([s.assessments.correct, s.assessments.total], [4, 8]);
  assert.deepEqual([s.fields.date.correct, s.fields.date.total], [4, 4]);
});
