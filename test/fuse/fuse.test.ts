// fuseEvents / fuseInto on hand-built EventRecords: fusion's own correctness, independent of extraction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuseEvents, fuseInto, candidateWindow, DISTANCE_RULES, TYPE_LINKS, type FuseInput } from '../../src/fuse/index.ts';
import { EVENT_TYPES } from '../../src/model/taxonomy.ts';
import { ev, partition, PLACES, JNIM, FAMA, ISS } from './helpers.ts';

test('one incident reported thrice with different figures: one incident, claims side by side, conservative fatalities', () => {
  const evs = [
    ev({ doc: 'ar1', date: '2020-01-09', place: { ...PLACES.kati }, fatalities: 25, claims: [{ claimant: 'Government of Mali', min: 25 }], confidence: 0.7 }),
    ev({ doc: 'fr1', date: '2020-01-09', place: { ...PLACES.kati }, fatalities: 30, claims: [{ claimant: 'local sources', min: 30 }], confidence: 0.6 }),
    ev({ doc: 'en1', date: ['2020-01-08', '2020-01-10'], place: { ...PLACES.kati, prec: 2 }, fatalities: 100, claims: [{ claimant: JNIM, min: 100 }], confidence: 0.5 }),
  ];
  const incs = fuseEvents(evs);
  assert.equal(incs.length, 1);
  const e = incs[0].event;
  assert.equal(e.fatalities, 25);
  assert.equal(e.fatalities_low, 25);
  assert.equal(e.fatalities_high, 100);
  assert.equal(e.fatalities_best, 30);
  assert.deepEqual(
    e.claims.map((c) => [c.document_id, c.claimant, c.value.min]),
    [['ar1', 'Government of Mali', 25], ['en1', JNIM, 100], ['fr1', 'local sources', 30]],
  );
  assert.deepEqual(incs[0].documents, ['ar1', 'en1', 'fr1']);
  assert.deepEqual(e.source_documents, ['ar1', 'en1', 'fr1']);
  assert.equal(e.date_start, '2020-01-09');
  assert.equal(e.time_precision, 1);
  assert.equal(e.geo_precision, 1);
  assert.ok(e.confidence > 0.7, `confidence grows with independent sources: ${e.confidence}`);
  assert.match(e.notes, /3 sources/);
  assert.ok(e.evidence.every((x) => ['ar1', 'fr1', 'en1'].includes(x.document_id)));
  assert.match(incs[0].id, /^inc-[0-9a-f]{16}$/);
});

test('two reports of one outlet count as one source for confidence', () => {
  const a = ev({ doc: 'd1', date: '2022-07-22', place: { ...PLACES.kati }, confidence: 0.6, outlet: 'Same Daily' });
  const b = ev({ doc: 'd2', date: '2022-07-22', place: { ...PLACES.kati }, confidence: 0.6, outlet: 'Same Daily' });
  const c = ev({ doc: 'd3', date: '2022-07-22', place: { ...PLACES.kati }, confidence: 0.6, outlet: 'Other Wire' });
  assert.equal(fuseEvents([a, b])[0].event.confidence, 0.6);
  assert.equal(fuseEvents([a, c])[0].event.confidence, 0.84);
});

test('fatalities: lowest positive figure; a report without a toll does not pull it to 0', () => {
  const table: Array<[number[], number, number | null]> = [
    [[0, 12, 30], 12, 12],
    [[40, 0], 40, 40],
    [[0, 0], 0, null],
    [[89, 25], 25, 25],
  ];
  for (const [figs, want, low] of table) {
    const evs = figs.map((f, i) => ev({ doc: `d${i}`, date: '2021-06-05', place: { ...PLACES.solhan }, fatalities: f }));
    const [inc] = fuseEvents(evs);
    assert.equal(inc.event.fatalities, want, `figures ${figs}`);
    assert.equal(inc.event.fatalities_low, low, `low for ${figs}`);
  }
});

test('the two Bamako raids of 2024-09-17 stay apart; a report naming only "Bamako" joins one of them, not both', () => {
  const day = '2024-09-17';
  const evs = [
    ev({ doc: 'a', date: day, place: { ...PLACES.faladieSchool } }),
    ev({ doc: 'b', date: day, place: { ...PLACES.faladie } }),
    ev({ doc: 'c', date: day, place: { ...PLACES.airport }, sub: 'Armed clash' }),
    ev({ doc: 'd', date: day, place: { ...PLACES.senou } }),
    ev({ doc: 'e', date: day, place: { ...PLACES.bamako } }),
  ];
  const p = partition(fuseEvents(evs));
  assert.equal(p.length, 2, JSON.stringify(p));
  assert.ok(p.some((g) => g.includes('a') && g.includes('b')), JSON.stringify(p));
  assert.ok(p.some((g) => g.includes('c') && g.includes('d')), JSON.stringify(p));
  assert.ok(!p.some((g) => (g.includes('a') || g.includes('b')) && (g.includes('c') || g.includes('d'))));
});

test('a report covering both raids keeps its two events apart; other reports join each', () => {
  const day = '2024-09-17';
  const evs = [
    ev({ doc: 'both', id: 'MLI-both-1', date: day, place: { ...PLACES.faladie } }),
    ev({ doc: 'both', id: 'MLI-both-2', date: day, place: { ...PLACES.airport }, sub: 'Looting/property destruction' }),
    ev({ doc: 'x', date: day, place: { ...PLACES.faladieSchool } }),
    ev({ doc: 'y', date: day, place: { ...PLACES.senou } }),
  ];
  assert.deepEqual(partition(fuseEvents(evs)), [['both', 'x'], ['both', 'y']]);
});

test('villages 7 km apart on the same day stay apart (Tchoma Bangou, Zaroumadareye); "near Ouallam" joins one', () => {
  const civ = { sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)' };
  const evs = [
    ev({ doc: 't1', date: '2021-01-02', place: { ...PLACES.tchoma }, ...civ, fatalities: 70 }),
    ev({ doc: 't2', date: '2021-01-02', place: { ...PLACES.tchoma }, ...civ, fatalities: 49 }),
    ev({ doc: 'z1', date: '2021-01-02', place: { ...PLACES.zarou }, ...civ, fatalities: 30 }),
    ev({ doc: 'z2', date: '2021-01-02', place: { ...PLACES.zarou, name: 'Zaroumdareye' }, ...civ, fatalities: 30 }),
    ev({ doc: 'o', date: '2021-01-02', place: { ...PLACES.ouallamNear }, ...civ, fatalities: 100 }),
  ];
  const p = partition(fuseEvents(evs));
  assert.equal(p.length, 2, JSON.stringify(p));
  assert.ok(p.some((g) => g.includes('t1') && g.includes('t2')));
  assert.ok(p.some((g) => g.includes('z1') && g.includes('z2')));
});

test('dates: same day and ±1 day fuse, further apart do not', () => {
  const table: Array<[string | [string, string], string | [string, string], boolean]> = [
    ['2021-06-05', '2021-06-05', true],
    ['2021-06-04', '2021-06-05', true],
    ['2021-06-03', '2021-06-05', false],
    ['2021-06-01', '2021-06-10', false],
    [['2021-06-01', '2021-06-30'], '2021-06-05', true],
    [['2021-05-01', '2021-05-31'], '2021-06-05', false],
    [['2021-01-01', '2021-12-31'], '2021-06-05', true],
  ];
  for (const [d1, d2, same] of table) {
    const evs = [ev({ doc: 'a', date: d1, place: { ...PLACES.solhan } }), ev({ doc: 'b', date: d2, place: { ...PLACES.solhan } })];
    assert.equal(fuseEvents(evs).length, same ? 1 : 2, `${d1} vs ${d2}`);
  }
});

test('the fused date is the narrowest range consistent with the others', () => {
  const evs = [
    ev({ doc: 'a', date: ['2021-06-01', '2021-06-10'], place: { ...PLACES.solhan } }),
    ev({ doc: 'b', date: '2021-06-05', place: { ...PLACES.solhan } }),
    ev({ doc: 'c', date: ['2021-06-04', '2021-06-06'], place: { ...PLACES.solhan } }),
  ];
  const [inc] = fuseEvents(evs);
  assert.deepEqual([inc.event.date_start, inc.event.date_end, inc.event.event_date, inc.event.time_precision], ['2021-06-05', '2021-06-05', '2021-06-05', 1]);
});

test('precision: "near Sebba" (p2) and a region-level report (p3, same admin1) join the village report; another admin1 does not', () => {
  const evs = [
    ev({ doc: 'v', date: '2021-06-05', place: { ...PLACES.solhan }, sub: 'Attack', a2: 'Civilians (Burkina Faso)' }),
    ev({ doc: 'near', date: '2021-06-05', place: { ...PLACES.sebbaNear }, sub: 'Attack', a2: 'Civilians (Burkina Faso)' }),
    ev({ doc: 'region', date: '2021-06-05', place: { ...PLACES.sahelRegion }, sub: 'Attack', a2: 'Civilians (Burkina Faso)' }),
    ev({ doc: 'est', date: '2021-06-05', place: { ...PLACES.estRegion }, sub: 'Attack', a2: 'Civilians (Burkina Faso)' }),
  ];
  const incs = fuseEvents(evs);
  assert.deepEqual(partition(incs), [['est'], ['near', 'region', 'v']]);
  const fused = incs.find((i) => i.members.length === 3)!.event;
  assert.equal(fused.location, 'Solhan');
  assert.equal(fused.geo_precision, 1);
});

test('precision 2 allows ~50 km, precision 1 with another name ~5 km, with the same name ~15 km', () => {
  const at = (name: string, lat: number, prec: 1 | 2) => ({ name, lat, lon: 0.4578, prec, admin1: 'Sahel', country: 'Burkina Faso' });
  const table: Array<[ReturnType<typeof at>, ReturnType<typeof at>, boolean]> = [
    [at('Solhan', 13.3764, 1), at('Solhan', 13.4664, 1), true], // 10 km, same name: two gazetteer entries
    [at('Solhan', 13.3764, 1), at('Kodyel', 13.4064, 1), true], // 3.3 km
    [at('Solhan', 13.3764, 1), at('Kodyel', 13.4464, 1), false], // 7.8 km, two places
    [at('Solhan', 13.3764, 1), at('Sebba', 13.7364, 2), true], // 40 km, "near Sebba"
    [at('Solhan', 13.3764, 1), at('Sebba', 13.9364, 2), false], // 62 km
  ];
  for (const [p, q, same] of table) {
    const evs = [ev({ doc: 'a', date: '2021-06-05', place: p }), ev({ doc: 'b', date: '2021-06-05', place: q })];
    assert.equal(fuseEvents(evs).length, same ? 1 : 2, `${p.name}@${p.lat} vs ${q.name}@${q.lat}`);
  }
});

test('background mentions fuse with the news incident of their date, and never pull news of another date', () => {
  const news = ev({ doc: 'n', date: '2022-07-22', place: { ...PLACES.kati }, sub: 'Suicide bomb' });
  const bgMonth = ev({ doc: 'b1', date: ['2022-07-01', '2022-07-31'], place: { ...PLACES.kati, prec: 2 }, background: true, a2: '' });
  const bgDayBefore = ev({ doc: 'b2', date: '2022-07-21', place: { ...PLACES.kati }, background: true });
  let incs = fuseEvents([news, bgMonth]);
  assert.equal(incs.length, 1);
  assert.equal(incs[0].event.background, false);
  assert.equal(incs[0].event.date_start, '2022-07-22');
  assert.equal(incs[0].event.sub_event_type, 'Suicide bomb');
  assert.ok(!incs[0].event.tags.split('; ').includes('background'));
  incs = fuseEvents([news, bgDayBefore]);
  assert.equal(incs.length, 2, 'a background event of another day stays apart (no slack for background–news)');
  // Two background mentions of one past event fuse with each other (slack applies between them).
  const bgA = ev({ doc: 'b3', date: '2019-12-10', place: { name: 'Inates', lat: 15.233, lon: 1.317, prec: 1, admin1: 'Tillabéri', country: 'Niger' }, background: true, a1: ISS, a2: 'Military Forces of Niger (2011-2023)' });
  const bgB = ev({ doc: 'b4', date: '2019-12-11', place: { name: 'Inates', lat: 15.233, lon: 1.317, prec: 1, admin1: 'Tillabéri', country: 'Niger' }, background: true, a1: ISS, a2: 'Military Forces of Niger (2011-2023)' });
  incs = fuseEvents([bgA, bgB]);
  assert.equal(incs.length, 1);
  assert.equal(incs[0].event.background, true);
});

test('a wide background mention cannot chain two news incidents of different dates', () => {
  const n1 = ev({ doc: 'n1', date: '2022-07-10', place: { ...PLACES.kati } });
  const n2 = ev({ doc: 'n2', date: '2022-07-22', place: { ...PLACES.kati } });
  const bg = ev({ doc: 'bg', date: ['2022-07-01', '2022-07-31'], place: { ...PLACES.kati }, background: true });
  const p = partition(fuseEvents([n1, n2, bg]));
  assert.equal(p.length, 2, JSON.stringify(p));
  assert.ok(!p.some((g) => g.includes('n1') && g.includes('n2')));
});

test('chaining guard: vague reports linking two precise places do not merge them', () => {
  // Two villages 8 km apart; three "near" reports each within 50 km of both.
  const v1 = { name: 'Kodyel', lat: 13.3764, lon: 0.4578, prec: 1 as const, admin1: 'Sahel', country: 'Burkina Faso' };
  const v2 = { name: 'Solhan', lat: 13.4484, lon: 0.4578, prec: 1 as const, admin1: 'Sahel', country: 'Burkina Faso' };
  const near = { name: 'Sebba', lat: 13.4364, lon: 0.5304, prec: 2 as const, admin1: 'Sahel', country: 'Burkina Faso' };
  const evs = [
    ev({ doc: 'p1', date: '2021-06-05', place: v1 }),
    ev({ doc: 'p2', date: '2021-06-05', place: v2 }),
    ev({ doc: 'g1', date: '2021-06-05', place: near }),
    ev({ doc: 'g2', date: '2021-06-05', place: near }),
    ev({ doc: 'g3', date: '2021-06-05', place: near }),
  ];
  const p = partition(fuseEvents(evs));
  assert.ok(!p.some((g) => g.includes('p1') && g.includes('p2')), JSON.stringify(p));
});

test('actors: one shared side fuses, disjoint actors do not, missing actors do', () => {
  const base = { date: '2024-06-11', place: { ...PLACES.solhan } };
  const table: Array<[Partial<Parameters<typeof ev>[0]>, Partial<Parameters<typeof ev>[0]>, boolean, string]> = [
    [{ a1: JNIM, a2: FAMA }, { a1: FAMA, a2: JNIM }, true, 'sides swapped'],
    [{ a1: JNIM, a2: FAMA }, { a1: 'JNIM', a2: '' }, true, 'short name, one side missing'],
    [{ a1: JNIM, a2: FAMA }, { a1: 'Unidentified Armed Group (Mali)', a2: FAMA }, true, 'unidentified attacker'],
    [{ a1: JNIM, a2: FAMA }, { a1: ISS, a2: 'Military Forces of Mali (2012-2021)' }, true, 'conflicting attribution, same target'],
    [{ a1: JNIM, a2: FAMA }, { a1: ISS, a2: 'Civilians (Mali)' }, false, 'disjoint'],
    [{ a1: JNIM, a2: FAMA }, { a1: '', a2: '' }, true, 'no actors named'],
  ];
  for (const [x, y, same, why] of table) {
    const evs = [ev({ doc: 'a', ...base, ...x }), ev({ doc: 'b', ...base, ...y })];
    assert.equal(fuseEvents(evs).length, same ? 1 : 2, why);
  }
});

test('event types: compatible pairs fuse, civilians vs battle only with strong actor match', () => {
  const base = { date: '2023-09-07', place: { ...PLACES.kati } };
  const table: Array<[Partial<Parameters<typeof ev>[0]>, Partial<Parameters<typeof ev>[0]>, boolean, string]> = [
    [{ sub: 'Armed clash' }, { sub: 'Remote explosive/landmine/IED' }, true, 'ambush with an IED'],
    [{ sub: 'Armed clash' }, { sub: 'Looting/property destruction' }, true, 'attack that destroyed aircraft'],
    [{ sub: 'Armed clash', a2: FAMA }, { sub: 'Attack', a2: 'Civilians (Mali)' }, false, 'battle vs massacre, one actor shared'],
    [{ sub: 'Armed clash', a2: FAMA, assoc2: 'Civilians (Mali)' }, { sub: 'Attack', a2: 'Civilians (Mali)', assoc2: FAMA }, true, 'strong actor match'],
    [{ sub: 'Armed clash' }, { sub: 'Peaceful protest' }, false, 'protest vs battle'],
  ];
  for (const [x, y, same, why] of table) {
    const evs = [ev({ doc: 'a', ...base, ...x }), ev({ doc: 'b', ...base, ...y })];
    assert.equal(fuseEvents(evs).length, same ? 1 : 2, why);
  }
});

test('sub_event_type: ACLED priority among supported sub-types; one outlier of many does not upgrade', () => {
  const mk = (subs: string[]) => subs.map((sub, i) => ev({ doc: `d${i}`, date: '2022-07-22', place: { ...PLACES.kati }, sub }));
  assert.equal(fuseEvents(mk(['Armed clash', 'Suicide bomb']))[0].event.sub_event_type, 'Suicide bomb');
  const five = fuseEvents(mk(['Armed clash', 'Armed clash', 'Armed clash', 'Armed clash', 'Air/drone strike']));
  assert.equal(five.length, 1);
  assert.equal(five[0].event.sub_event_type, 'Armed clash');
  assert.equal(five[0].event.event_type, 'Battles');
  const two = fuseEvents(mk(['Armed clash', 'Armed clash', 'Air/drone strike', 'Air/drone strike', 'Armed clash']));
  assert.equal(two[0].event.sub_event_type, 'Air/drone strike');
  assert.equal(two[0].event.disorder_type, 'Political violence');
});

test('actors by votes, sides aligned, others kept as associates', () => {
  const evs = [
    ev({ doc: 'a', date: '2024-09-17', place: { ...PLACES.faladie }, a1: JNIM, a2: FAMA }),
    ev({ doc: 'b', date: '2024-09-17', place: { ...PLACES.faladie }, a1: FAMA, a2: JNIM }),
    ev({ doc: 'c', date: '2024-09-17', place: { ...PLACES.faladie }, a1: JNIM, a2: FAMA, assoc2: 'Wagner Group' }),
    ev({ doc: 'd', date: '2024-09-17', place: { ...PLACES.faladie }, a1: 'Unidentified Armed Group (Mali)', a2: 'Military Forces of Mali (2021-) Gendarmerie' }),
  ];
  const [inc] = fuseEvents(evs);
  assert.equal(inc.event.actor1, JNIM);
  assert.equal(inc.event.actor2, FAMA);
  assert.equal(inc.event.inter1, 'Rebel group');
  assert.equal(inc.event.interaction, 'Rebel group-State forces');
  assert.deepEqual(inc.event.assoc_actor_2.split('; ').sort(), ['Military Forces of Mali (2021-) Gendarmerie', 'Wagner Group']);
  assert.equal(inc.event.assoc_actor_1, '', 'an unidentified group is not kept beside a named one');
});

test('events of one document are never fused; undated events stay alone', () => {
  const same = [
    ev({ doc: 'one', id: 'E1', date: '2022-07-22', place: { ...PLACES.kati } }),
    ev({ doc: 'one', id: 'E2', date: '2022-07-22', place: { ...PLACES.kati } }),
  ];
  assert.equal(fuseEvents(same).length, 2);
  const undated = [ev({ doc: 'a', date: null, place: { ...PLACES.kati } }), ev({ doc: 'b', date: null, place: { ...PLACES.kati } })];
  assert.equal(fuseEvents(undated).length, 2);
  assert.equal(candidateWindow(undated[0]), null);
  assert.deepEqual(candidateWindow(same[0]), { from: '2022-07-21', to: '2022-07-23' });
});

test('order does not matter: shuffled input gives the same incidents and ids', () => {
  const evs = [
    ev({ doc: 'a', date: '2024-09-17', place: { ...PLACES.faladie } }),
    ev({ doc: 'b', date: '2024-09-17', place: { ...PLACES.airport } }),
    ev({ doc: 'c', date: '2024-09-17', place: { ...PLACES.bamako } }),
    ev({ doc: 'd', date: '2024-09-17', place: { ...PLACES.faladieSchool } }),
    ev({ doc: 'e', date: '2024-09-18', place: { ...PLACES.senou } }),
    ev({ doc: 'f', date: '2022-07-22', place: { ...PLACES.kati } }),
  ];
  const ref = fuseEvents(evs).map((i) => i.id);
  for (const perm of [[5, 4, 3, 2, 1, 0], [2, 0, 4, 1, 5, 3], [1, 3, 5, 0, 2, 4]]) {
    assert.deepEqual(fuseEvents(perm.map((k) => evs[k])).map((i) => i.id), ref);
  }
});

test('fuseInto: one report at a time gives the batch clustering; changed and removed say what moved', () => {
  const evs: FuseInput[] = [
    ev({ doc: 'a', date: '2024-09-17', place: { ...PLACES.faladie }, fatalities: 3 }),
    ev({ doc: 'b', date: '2024-09-17', place: { ...PLACES.airport } }),
    ev({ doc: 'c', date: '2024-09-17', place: { ...PLACES.faladieSchool }, fatalities: 12 }),
    ev({ doc: 'd', date: '2024-09-17', place: { ...PLACES.senou } }),
    ev({ doc: 'e', date: '2022-07-22', place: { ...PLACES.kati } }),
    ev({ doc: 'f', date: ['2022-07-01', '2022-07-31'], place: { ...PLACES.kati }, background: true }),
  ];
  let incs = fuseInto([], [evs[0]]).incidents;
  assert.equal(incs.length, 1);
  const firstId = incs[0].id;
  const step = fuseInto(incs, [evs[2]]);
  assert.equal(step.incidents.length, 1);
  assert.deepEqual(step.removed, [firstId]);
  assert.equal(step.changed.length, 1);
  assert.equal(step.changed[0].event.fatalities, 3);
  incs = step.incidents;
  for (const e of [evs[1], evs[3], evs[4], evs[5]]) incs = fuseInto(incs, [e]).incidents;
  assert.deepEqual(partition(incs), partition(fuseEvents(evs)));
  // An unrelated report leaves every incident untouched.
  const far = fuseInto(incs, [ev({ doc: 'z', date: '2019-12-10', place: { name: 'Inates', lat: 15.233, lon: 1.317, prec: 1, admin1: 'Tillabéri', country: 'Niger' } })]);
  assert.deepEqual(far.removed, []);
  assert.equal(far.changed.length, 1);
  assert.equal(far.incidents.length, incs.length + 1);
  // Re-ingesting an event (same document and id) replaces it instead of adding it twice.
  const again = fuseInto(incs, [{ ...evs[0], fatalities: 5, fatalities_low: 5, fatalities_best: 5, fatalities_high: 5 }]);
  assert.equal(again.incidents.length, incs.length);
  const fal = again.incidents.find((i) => i.documents.includes('a'))!;
  assert.equal(fal.members.length, 2);
  assert.equal(fal.event.fatalities, 5);
});

test('bad input: clear errors for bugs, safe results for data', () => {
  assert.throws(() => fuseEvents([{ ...ev({ doc: 'a', date: '2020-01-01' }), document_id: '' }]), /document_id/);
  assert.throws(() => fuseEvents([], { threshold: 0 }), /threshold/);
  assert.throws(() => fuseEvents([], { slackDays: -1 }), /slackDays/);
  assert.throws(() => fuseInto([{ ...fuseEvents([ev({ doc: 'a', date: '2020-01-01' })])[0], member_events: [] }], []), /member_events/);
  assert.deepEqual(fuseEvents([]), []);
  // Bad dates and coordinates are data problems: the event stays alone or is compared without them.
  const odd = [
    ev({ doc: 'a', date: '2020-02-31', place: { ...PLACES.kati } }),
    ev({ doc: 'b', date: '2020-02-28', place: { name: 'Kati', lat: null, lon: null, prec: 1, admin1: 'Koulikoro' } }),
    ev({ doc: 'c', date: '2020-02-28', place: { ...PLACES.kati } }),
  ];
  const incs = fuseEvents(odd);
  assert.deepEqual(partition(incs), [['a'], ['b', 'c']]);
  // Sparse records from a careless caller (fields missing, NaN coordinates) fuse without throwing.
  const sparse = [
    { event_id_cnty: 'x1', document_id: 'p', date_start: '2022-07-22', latitude: NaN, longitude: 3 },
    { event_id_cnty: 'x2', document_id: 'q', event_date: '2022-07-22', time_precision: 1, country: 'Mali', claims: null },
  ] as unknown as FuseInput[];
  const out = fuseEvents(sparse);
  assert.equal(out.length, 1);
  assert.deepEqual(out[0].documents, ['p', 'q']);
});

test('rule data: unique ids, valid ACLED types, limits growing with coarser precision', () => {
  const ids = [...DISTANCE_RULES.map((r) => r.id), ...TYPE_LINKS.map((r) => r.id)];
  assert.equal(new Set(ids).size, ids.length);
  for (const r of TYPE_LINKS) {
    assert.ok((EVENT_TYPES as readonly string[]).includes(r.a), r.id);
    assert.ok((EVENT_TYPES as readonly string[]).includes(r.b), r.id);
    assert.notEqual(r.a, r.b, r.id);
    assert.ok(r.score > 0 && r.score < 1, r.id);
  }
  const lim = (p: number) => Math.max(...DISTANCE_RULES.filter((r) => r.precision === p).map((r) => r.maxKm));
  assert.ok(lim(1) < lim(2) && lim(2) < lim(3));
});

test('a report coded to the district it names excludes places of another district; a name inside a site name is that area', () => {
  const civ = { sub: 'Attack', a1: 'Unidentified Armed Group (Burkina Faso)', a2: 'Civilians (Burkina Faso)' };
  const solhan = { ...PLACES.solhan, admin2: 'Yagha' };
  const oudalan = { name: 'Oudalan', lat: 14.6667, lon: -0.3333, prec: 3 as const, admin1: 'Sahel', admin2: 'Oudalan', country: 'Burkina Faso' };
  const tad = { ...PLACES.tadaryat, admin2: 'Oudalan' };
  const evs = [
    ev({ doc: 's1', date: '2021-06-05', place: solhan, ...civ }),
    ev({ doc: 's2', date: '2021-06-04', place: solhan, ...civ }),
    ev({ doc: 'o1', date: '2021-06-04', place: oudalan, ...civ }),
    ev({ doc: 't1', date: '2021-06-04', place: tad, ...civ }),
  ];
  assert.deepEqual(partition(fuseEvents(evs)), [['o1', 't1'], ['s1', 's2']]);
  // "Bamako" and "Bamako–Sénou International Airport": the city names the area the airport is in.
  const two = fuseEvents([ev({ doc: 'a', date: '2024-09-17', place: { ...PLACES.bamako } }), ev({ doc: 'b', date: '2024-09-17', place: { ...PLACES.airport } })]);
  assert.equal(two.length, 1);
  assert.ok(two[0].links[0].reasons.includes('place:names-the-admin-area'), two[0].links[0].reasons.join(' '));
  assert.equal(two[0].event.location, 'Bamako–Sénou International Airport', 'the more precise place is kept');
});
