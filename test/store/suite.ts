// The store test suite, written once and run against every engine (STYLE.md §9): each engine's
// test file calls runStoreSuite with a factory: sqlite.test.ts always, postgres.test.ts when a
// server is given (MARSAD_TEST_PG_URL, see pg.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FuseFn, FusedIncident, Store } from '../../src/store/types.ts';
import { normaliseFilter } from '../../src/store/filter.ts';
import { defaultFuse } from '../../src/store/fuse-default.ts';
import { doc, event, result } from './fixtures.ts';

export interface Engine {
  name: string;
  /** A fresh, empty store; `reopen` gives a second handle on the same database. */
  make(opts?: { fuse?: FuseFn }): Promise<{ store: Store; reopen(): Promise<Store>; cleanup(): Promise<void> }>;
}

/** A fusion for tests: events with the same date, location and sub-event type are one incident. */
/** What `recordPublished` saw: outlet and publication day of each event fusion was given. */
const PUBLISHED_SEEN: Array<[string | null, string | null]> = [];
const recordPublished: FuseFn = (events) => {
  for (const e of events) PUBLISHED_SEEN.push([e.outlet ?? null, e.published ?? null]);
  return sameDayPlace(events);
};
const sameDayPlace: FuseFn = (events) => {
  const groups = new Map<string, typeof events>();
  for (const e of events) {
    const k = `${e.event_date}|${e.location}|${e.sub_event_type}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  return [...groups.values()].map((g): FusedIncident => {
    const { document_id: _d, ...first } = g[0];
    return {
      record: {
        ...first,
        fatalities: Math.min(...g.map((e) => e.fatalities)),
        claims: g.flatMap((e) => e.claims),
        source_documents: [...new Set(g.map((e) => e.document_id))],
      },
      members: g.map((e) => e.event_id_cnty),
    };
  });
};

const HOSTILE = [
  "'); DROP TABLE documents; --",
  '" OR 1=1 --',
  "Robert'); DELETE FROM events WHERE ('1'='1",
  '<script>alert("x")</script>',
  '%_\\%; SELECT * FROM sqlite_master',
  'NEAR(a b) AND NOT "x" * ^ :title',
  '\u0000\u200f\u202e مرحبا',
];

export function runStoreSuite(engine: Engine) {
  const t = (name: string, fn: (s: Store, ctx: Awaited<ReturnType<Engine['make']>>) => Promise<void>, opts: { fuse?: FuseFn } = {}) =>
    test(`${engine.name}: ${name}`, async () => {
      const ctx = await engine.make(opts);
      try {
        await fn(ctx.store, ctx);
      } finally {
        await ctx.cleanup();
      }
    });

  t('schema is migrated once; reopening applies nothing new', async (s, ctx) => {
    const v = await s.schemaVersion();
    assert.ok(v >= 1);
    const s2 = await ctx.reopen();
    assert.equal(await s2.schemaVersion(), v);
    await s2.close();
  });

  t('a document with its analysis round-trips exactly', async (s) => {
    const d = doc('JNIM attacked the gendarmerie school in Faladié, Bamako. The army said 12 soldiers died.', { title: 'Attack in Bamako', outlet: 'Example News', url: 'https://example.org/a' });
    const r = result(
      d,
      [
        {
          fatalities: 12,
          fatalities_low: 12,
          fatalities_best: 12,
          fatalities_high: 70,
          claims: [
            { claimant: 'Government of Mali', kind: 'fatalities', value: { min: 12, max: 12, text: '12 soldiers' }, subject: 'soldiers', stance: 'asserts', evidence: [{ field: 'claim', start: 61, end: 72, text: '12 soldiers' }] },
            { claimant: 'JNIM: Group for Support of Islam and Muslims', kind: 'responsibility', value: { min: null, max: null, text: '' }, subject: 'attack', stance: 'asserts', evidence: [] },
          ],
          evidence: [
            { field: 'sub_event_type', start: 5, end: 13, text: 'attacked' },
            { field: 'location', start: 42, end: 49, text: 'Faladié' },
          ],
        },
        { event_date: null, time_precision: null, date_start: null, date_end: null, date_text: null, latitude: null, longitude: null, geo_precision: null, location: '', background: true },
      ],
      {
        mentions: [
          { kind: 'actor', start: 0, end: 4, text: 'JNIM', resolved: 'jnim', label: 'JNIM: Group for Support of Islam and Muslims' },
          { kind: 'place', start: 42, end: 49, text: 'Faladié', resolved: '2453348' },
          { kind: 'number', start: 61, end: 63, text: '12', resolved: null, reason: 'no unit' },
        ],
        assessments: [
          { subject: 'JNIM', predicate: 'advances', object: ['southern Mali'], quantity: { value: 40, unit: 'percent', text: '40%', qualifier: 'at least' }, as_of: { start: '2023-10-01', end: '2023-12-31', text: 'late 2023' }, claimant: 'the report', evidence: [{ field: 'predicate', start: 0, end: 4, text: 'JNIM' }] },
          { subject: 'ISSP', predicate: 'attacks_regularly', object: ['Tillabéri'], quantity: null, as_of: null, claimant: 'the report', evidence: [] },
        ],
        warnings: [{ code: 'encoding_guess', message: 'guessed' }],
      },
    );
    const saved = await s.saveAnalysis(r, { kind: 'file', uri: '/data/a.txt', raw_sha256: d.raw_sha256 });
    assert.deepEqual(saved, { status: 'new', document_id: d.id, events: 2 });
    const back = await s.getDocument(d.id);
    assert.ok(back);
    const { warnings, stored_at, retrievals, ...docBack } = back;
    assert.deepEqual(docBack, d);
    assert.deepEqual(warnings, r.warnings);
    assert.ok(stored_at);
    assert.equal(retrievals.length, 1);
    assert.deepEqual(await s.mentionsOf(d.id), r.mentions);
    assert.deepEqual(await s.assessmentsOf(d.id), r.assessments);
    const evs = await s.eventsOf(d.id);
    assert.deepEqual(evs.map((e) => e.record), r.events);
    assert.deepEqual(evs.map((e) => e.key), [`${d.id}:1`, `${d.id}:2`]);
    assert.equal(evs[0].incident_id, null, 'not fused yet');
    const c = await s.counts();
    assert.deepEqual(
      { documents: c.documents, events: c.events, claims: c.claims, mentions: c.mentions, assessments: c.assessments, evidence: c.evidence, pending: c.pending_fusion },
      { documents: 1, events: 2, claims: 2, mentions: 3, assessments: 2, evidence: 4, pending: 2 },
    );
  });

  t('the same report twice is stored once, with both retrievals noted', async (s) => {
    const d = doc('Des hommes armés ont attaqué le village de Solhan.', { language: 'fr' });
    const r = result(d, [{ location: 'Solhan', country: 'Burkina Faso', iso: 854 }]);
    const a = await s.saveAnalysis(r, { kind: 'file', uri: '/a/solhan.txt' });
    const b = await s.saveAnalysis({ ...r, document: { ...d, source: { kind: 'url', uri: 'https://x.example/solhan' } } }, { kind: 'url', uri: 'https://x.example/solhan' });
    const c = await s.saveAnalysis(r, { kind: 'file', uri: '/a/solhan.txt' });
    assert.equal(a.status, 'new');
    assert.deepEqual([b.status, b.document_id, c.status], ['duplicate', d.id, 'duplicate']);
    assert.equal(await s.findByHash(d.clean_sha256), d.id);
    assert.equal(await s.findByHash('0'.repeat(64)), null);
    await s.addRetrieval(d.id, { kind: 'telegram', uri: 'telegram:chan/5' });
    const got = await s.getDocument(d.id);
    assert.deepEqual(
      got!.retrievals.map((x) => [x.kind, x.uri, x.times]),
      [['file', '/a/solhan.txt', 2], ['url', 'https://x.example/solhan', 1], ['telegram', 'telegram:chan/5', 1]],
    );
    const n = await s.counts();
    assert.deepEqual([n.documents, n.events, n.retrievals], [1, 1, 3]);
  });

  t('several documents in one transaction: duplicates inside the batch, all or nothing', async (s) => {
    const a = doc('Batch report A about Gao.');
    const b = doc('Batch report B about Kidal.');
    const saved = await s.saveAnalyses([
      { result: result(a, [{}]), retrieval: { kind: 'file', uri: 'a1' } },
      { result: result(b, [{}, {}]), retrieval: { kind: 'file', uri: 'b' } },
      { result: result(a, [{}]), retrieval: { kind: 'file', uri: 'a2' } },
    ]);
    assert.deepEqual(saved.map((x) => [x.status, x.events]), [['new', 1], ['new', 2], ['duplicate', 0]]);
    assert.equal((await s.getDocument(a.id))!.retrievals.length, 2);
    // A document that cannot be written (here: a value JSON cannot hold) undoes its whole batch.
    const c = doc('Batch report C.');
    const d = doc('Batch report D.');
    const broken = result(d, [{ notes: 10n as unknown as string }]);
    await assert.rejects(s.saveAnalyses([{ result: result(c, [{}]), retrieval: { kind: 'file', uri: 'c' } }, { result: broken, retrieval: { kind: 'file', uri: 'd' } }]));
    assert.equal(await s.findByHash(c.clean_sha256), null, 'the first document of the failed batch was rolled back');
    const n = await s.counts();
    assert.deepEqual([n.documents, n.events, n.retrievals, n.pending_fusion], [2, 3, 3, 3]);
    await s.saveAnalysis(result(c, [{}]), { kind: 'file', uri: 'c' });
    assert.equal((await s.counts()).documents, 3, 'the store is still usable');
  });

  t('full-text search folds Arabic letter variants, harakat, proclitics, accents and case', async (s) => {
    const ar = doc('أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم على مدرسة الدرك في باماكو وقتل الجنود.', { language: 'ar', title: 'هجومٌ على العاصمة' });
    const fr = doc("L'armée malienne a riposté à Ségou et à Tillabéri après l'attaque.", { language: 'fr' });
    const en = doc('Gunmen killed VILLAGERS near Djibo, officials said.', { language: 'en' });
    for (const d of [ar, fr, en]) await s.saveAnalysis(result(d), { kind: 'file', uri: d.id });
    const cases: Array<[string, string[]]> = [
      ['اعلنت', [ar.id]], // hamza on alef typed bare
      ['أَعْلَنَت', [ar.id]], // with harakat
      ['جماعه', [ar.id]], // ta marbuta typed as ha
      ['هجوم العاصمه', [ar.id]], // title words with tanwin in the text
      ['باماكو', [ar.id]],
      ['الدرك', [ar.id]],
      ['والإسلام', [ar.id]], // proclitic on the query side
      ['segou', [fr.id]],
      ['SÉGOU tillaberi', [fr.id]],
      ['armee', [fr.id]],
      ['riposte', [fr.id]],
      ['villagers', [en.id]],
      ['Djib*', [en.id]],
      ['ségou villagers', []],
      ['Niamey', []],
    ];
    for (const [q, want] of cases) {
      const hits = await s.searchDocuments(q);
      assert.deepEqual(hits.map((h) => h.document_id).sort(), [...want].sort(), q);
    }
    for (const q of HOSTILE) assert.ok(Array.isArray(await s.searchDocuments(q)), q);
    assert.deepEqual(await s.searchDocuments('   '), []);
  });

  t('SQL and script text in every field is stored and returned verbatim', async (s) => {
    for (const [i, h] of HOSTILE.entries()) {
      const d = doc(`${h}\nreport ${i} ${h}`, { title: h, outlet: h, url: h, source: { kind: 'url', uri: h } });
      const r = result(d, [{ actor1: h, assoc_actor_1: h, actor2: h, location: h, admin1: h, notes: h, tags: h, claims: [{ claimant: h, kind: 'fatalities', value: { min: 1, max: 2, text: h }, subject: h, stance: 'asserts', evidence: [{ field: h, start: 0, end: 1, text: h }] }], evidence: [{ field: h, start: 0, end: 1, text: h }] }], {
        mentions: [{ kind: 'place', start: 0, end: 1, text: h, resolved: h, label: h, reason: h }],
        assessments: [{ subject: h, predicate: h, object: [h], quantity: { value: 1, unit: h, text: h }, as_of: { start: null, end: null, text: h }, claimant: h, evidence: [] }],
      });
      await s.saveAnalysis(r, { kind: 'url', uri: h, item_key: h });
      const back = await s.getDocument(d.id);
      assert.equal(back!.title, h);
      assert.equal(back!.text, d.text);
      assert.equal(back!.retrievals[0].uri, h);
      assert.deepEqual((await s.eventsOf(d.id)).map((e) => e.record), r.events);
      assert.deepEqual(await s.mentionsOf(d.id), r.mentions);
      assert.deepEqual(await s.assessmentsOf(d.id), r.assessments);
    }
    await s.fusePending();
    for (const h of HOSTILE) {
      const f = normaliseFilter({ actor: h, admin1: h });
      assert.ok(f.ok);
      const list = await s.listIncidents(f.filter);
      assert.ok(list.length >= 1, `actor filter finds ${JSON.stringify(h)}`);
      assert.ok(list.every((x) => x.record.actor1.includes(h) || x.record.actor1 === h));
      await s.upsertSource({ kind: 'feed', uri: h, name: h });
    }
    const c = await s.counts();
    assert.equal(c.documents, HOSTILE.length);
    assert.equal(c.incidents, HOSTILE.length);
    assert.deepEqual((await s.listSources()).map((x) => x.name), HOSTILE);
  });

  t('sources remember the items taken from them', async (s) => {
    const src = await s.upsertSource({ kind: 'feed', uri: 'http://127.0.0.1/feed.xml', name: 'Feed' });
    const again = await s.upsertSource({ kind: 'feed', uri: 'http://127.0.0.1/feed.xml' });
    assert.equal(again.id, src.id);
    assert.equal(again.name, 'Feed');
    const d = doc('Item one text about an attack.');
    await s.saveAnalysis(result(d), { kind: 'feed', uri: 'http://127.0.0.1/1', source_id: src.id, item_key: 'guid-1' });
    await s.markItemsSeen(src.id, [{ key: 'guid-2', status: 'empty' }]);
    assert.deepEqual([...(await s.seenItems(src.id, ['guid-1', 'guid-2', 'guid-3']))].sort(), ['guid-1', 'guid-2']);
    const other = await s.upsertSource({ kind: 'feed', uri: 'http://127.0.0.1/other.xml' });
    assert.deepEqual([...(await s.seenItems(other.id, ['guid-1']))], []);
    await s.touchSource(src.id);
    assert.ok((await s.listSources()).find((x) => x.id === src.id)!.last_polled_at);
  });

  t(
    'fusion: reports of one incident become one incident with every source; ids stay stable',
    async (s) => {
      const a = doc('Report A: clash in Bamako on 17 September.');
      const b = doc('Report B: fighting in Bamako, 17 September; 8 dead.');
      const c = doc('Report C: clash at Kati the same day.');
      await s.saveAnalysis(result(a, [{ fatalities: 12 }]), { kind: 'file', uri: 'a' });
      await s.fusePending();
      const first = await s.listIncidents();
      assert.equal(first.length, 1);
      const id = first[0].id;
      await s.saveAnalysis(result(b, [{ fatalities: 8, claims: [{ claimant: 'witnesses', kind: 'fatalities', value: { min: 8, max: 8, text: '8 dead' }, subject: '', stance: 'asserts', evidence: [] }] }]), { kind: 'file', uri: 'b' });
      await s.saveAnalysis(result(c, [{ location: 'Kati', admin1: 'Koulikoro', latitude: 12.74, longitude: -8.07 }]), { kind: 'file', uri: 'c' });
      const f = await s.fusePending();
      assert.equal(f.events, 2);
      assert.equal((await s.counts()).pending_fusion, 0);
      const list = await s.listIncidents();
      assert.equal(list.length, 2);
      const bamako = list.find((x) => x.record.location === 'Bamako')!;
      assert.equal(bamako.id, id, 'the incident keeps its id when a report joins it');
      assert.equal(bamako.record.event_id_cnty, id);
      assert.deepEqual(bamako.record.source_documents.sort(), [a.id, b.id].sort());
      assert.equal(bamako.record.fatalities, 8);
      assert.equal(bamako.event_keys.length, 2);
      const detail = await s.getIncident(id);
      assert.ok(detail);
      assert.deepEqual(detail.documents.map((d) => d.id).sort(), [a.id, b.id].sort());
      assert.deepEqual(detail.events.map((e) => e.document_id).sort(), [a.id, b.id].sort());
      assert.ok(detail.events.every((e) => e.incident_id === id));
      assert.equal(detail.record.claims.length, 1);
      assert.equal(await s.getIncident('M999999'), null);
      assert.equal(await s.getIncident("M1' OR '1'='1"), null);
      // Running fusion again with nothing queued changes nothing.
      assert.deepEqual(await s.fusePending(), { events: 0, incidents: 0 });
      assert.deepEqual((await s.listIncidents()).map((x) => x.id), list.map((x) => x.id));
    },
    { fuse: sameDayPlace },
  );

  t(
    "fusion is given each event's document, outlet and publication day (undated news is dated by it)",
    async (s) => {
      PUBLISHED_SEEN.length = 0;
      const a = doc('Dated by its outlet: an attack near Gao yesterday.', { outlet: 'Outlet A', published: '2023-05-02' });
      const b = doc('No date known for this one.', { outlet: null, published: null, published_source: 'unknown' });
      await s.saveAnalysis(result(a, [{ location: 'Gao', admin1: 'Gao', latitude: 16.27, longitude: -0.04 }]), { kind: 'file', uri: 'a' });
      await s.saveAnalysis(result(b, [{ location: 'Gao', admin1: 'Gao', latitude: 16.27, longitude: -0.04 }]), { kind: 'file', uri: 'b' });
      await s.fusePending();
      assert.deepEqual(PUBLISHED_SEEN.splice(0).sort(), [['Outlet A', '2023-05-02'], [null, null]].sort());
    },
    { fuse: recordPublished },
  );

  t(
    'with the real fusion: two outlets on one raid make one incident; the raid 7 km away the same day stays apart',
    async (s) => {
      const school = { location: 'Faladié', admin1: 'Bamako', latitude: 12.6, longitude: -7.98, geo_precision: 1 as const, sub_event_type: 'Attack', event_type: 'Battles' };
      const a = doc('Outlet one: JNIM attacked the gendarmerie school in Faladié; 12 killed.', { outlet: 'Outlet One' });
      const b = doc('Outlet two: assault on the gendarmerie school of Faladié, 20 dead.', { outlet: 'Outlet Two' });
      const c = doc('Outlet three: the military airport of Bamako-Sénou was attacked.', { outlet: 'Outlet Three' });
      await s.saveAnalysis(result(a, [{ ...school, sub_event_type: 'Armed clash', fatalities: 12 }]), { kind: 'file', uri: 'a' });
      await s.saveAnalysis(result(b, [{ ...school, sub_event_type: 'Armed clash', fatalities: 20 }]), { kind: 'file', uri: 'b' });
      await s.saveAnalysis(result(c, [{ location: 'Bamako-Sénou airport', admin1: 'Bamako', latitude: 12.54, longitude: -7.95, geo_precision: 1, sub_event_type: 'Armed clash' }]), { kind: 'file', uri: 'c' });
      await s.fusePending();
      const list = await s.listIncidents();
      assert.equal(list.length, 2, JSON.stringify(list.map((x) => [x.record.location, x.record.source_documents])));
      const raid = list.find((x) => x.record.location === 'Faladié')!;
      assert.deepEqual(raid.record.source_documents.sort(), [a.id, b.id].sort());
      assert.equal(raid.record.fatalities, 12, 'ACLED-conservative: the lowest figure');
      assert.deepEqual(raid.record.source.split('; ').sort(), ['Outlet One', 'Outlet Two'], 'source: the outlets');
      const airport = list.find((x) => x.record.location !== 'Faladié')!;
      assert.deepEqual(airport.record.source_documents, [c.id]);
      // A fourth report of the school raid joins the existing incident, which keeps its id.
      const d = doc('Outlet four: gendarmerie school in Faladié hit at dawn.', { outlet: 'Outlet Four' });
      await s.saveAnalysis(result(d, [{ ...school, sub_event_type: 'Armed clash' }]), { kind: 'file', uri: 'd' });
      await s.fusePending();
      const again = await s.listIncidents();
      assert.equal(again.length, 2);
      const raid2 = again.find((x) => x.id === raid.id)!;
      assert.equal(raid2.record.source_documents.length, 3);
      assert.equal((await s.getIncident(airport.id))!.record.source_documents.length, 1);
    },
    { fuse: defaultFuse },
  );

  t('filters: actor, type, country, admin1, dates, distance, limit; most recent first', async (s) => {
    const rows: Array<[string, Partial<Parameters<typeof event>[0]>]> = [
      ['e1', { event_date: '2024-09-17', date_start: '2024-09-17', date_end: '2024-09-17' }],
      ['e2', { event_date: '2024-07-27', date_start: '2024-07-27', date_end: '2024-07-27', location: 'Tinzaouaten', admin1: 'Kidal', latitude: 19.95, longitude: 2.95, actor1: 'CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad', assoc_actor_2: 'Wagner Group' }],
      ['e3', { event_date: '2024-08-24', date_start: '2024-08-24', date_end: '2024-08-24', country: 'Burkina Faso', iso: 854, admin1: 'Centre-Nord', location: 'Barsalogho', latitude: 13.42, longitude: -1.06, event_type: 'Violence against civilians', sub_event_type: 'Attack', actor2: 'Civilians (Burkina Faso)' }],
      ['e4', { event_date: '2022-06-15', date_start: '2022-01-01', date_end: '2022-12-31', time_precision: null, location: 'Kati', admin1: 'Koulikoro', latitude: 12.74, longitude: -8.07 }],
      ['e5', { event_date: null, date_start: null, date_end: null, time_precision: null, location: 'Ségou', admin1: 'Ségou', latitude: 13.43, longitude: -6.26, event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Mali (2021-)', actor2: '' }],
    ];
    for (const [name, e] of rows) await s.saveAnalysis(result(doc(`document ${name}`), [{ ...e, notes: name }]), { kind: 'file', uri: name });
    await s.fusePending();
    const names = async (f: Parameters<typeof normaliseFilter>[0]) => {
      const n = normaliseFilter(f);
      assert.ok(n.ok, JSON.stringify(n));
      return (await s.listIncidents(n.filter)).map((x) => x.record.notes);
    };
    const cases: Array<[Parameters<typeof normaliseFilter>[0], string[]]> = [
      [{}, ['e1', 'e3', 'e2', 'e4', 'e5']],
      [{ actor: 'jnim' }, ['e1', 'e3', 'e4']],
      [{ actor: 'wagner' }, ['e2']],
      [{ actor: 'civilians' }, ['e3']],
      [{ actor: 'nobody' }, []],
      [{ type: 'battles' }, ['e1', 'e2', 'e4']],
      [{ type: 'Air/drone strike' }, ['e5']],
      [{ type: 'political violence' }, ['e1', 'e3', 'e2', 'e4', 'e5']],
      [{ country: 'BF' }, ['e3']],
      [{ country: 'bfa' }, ['e3']],
      [{ country: '854' }, ['e3']],
      [{ country: 'بوركينا فاسو' }, ['e3']],
      [{ country: 'Mali' }, ['e1', 'e2', 'e4', 'e5']],
      [{ admin1: 'segou' }, ['e5']],
      [{ admin1: 'KIDAL' }, ['e2']],
      [{ from: '2024-08-01' }, ['e1', 'e3']],
      [{ to: '2024-08-01' }, ['e2', 'e4']],
      [{ from: '2022-03', to: '2022-03' }, ['e4']],
      [{ from: '2024', to: '2024' }, ['e1', 'e3', 'e2']],
      [{ near: { lat: 12.65, lon: -8, km: 5 } }, ['e1']],
      [{ near: { lat: 12.65, lon: -8, km: 20 } }, ['e1', 'e4']],
      [{ near: { lat: 12.65, lon: -8, km: 250 } }, ['e1', 'e4', 'e5']],
      [{ near: { lat: 12.65, lon: -8, km: 20 }, from: '2024-01-01' }, ['e1']],
      [{ limit: 2 }, ['e1', 'e3']],
      [{ limit: 2, offset: 2 }, ['e2', 'e4']],
      [{ country: 'Mali', type: 'Battles', actor: 'JNIM', from: '2024-01-01', to: '2024-12-31', admin1: 'Bamako' }, ['e1']],
    ];
    for (const [f, want] of cases) assert.deepEqual(await names(f), want, JSON.stringify(f));
    // The store takes filters as users write them, too.
    assert.deepEqual((await s.listIncidents({ country: 'bf' })).map((x) => x.record.notes), ['e3']);
    assert.deepEqual((await s.listIncidents({ from: '2024', to: '2024', type: 'BATTLES' })).map((x) => x.record.notes), ['e1', 'e2']);
    const it: string[] = [];
    for await (const x of s.iterateIncidents({ from: '2022-03', to: '2022-03' })) it.push(x.record.notes);
    assert.deepEqual(it, ['e4']);
    assert.deepEqual(await s.listIncidents({ country: 'Atlantis' }), []);
    for (const bad of [{ country: 'Atlantis' }, { type: 'Picnic' }, { from: '2024-13-01' }, { from: '2024-02-30' }, { from: '2025', to: '2024' }, { near: { lat: 99, lon: 0, km: 1 } }, { limit: -1 }]) {
      const n = normaliseFilter(bad);
      assert.equal(n.ok, false, JSON.stringify(bad));
    }
  });

  t('iterateIncidents pages through everything in list order', async (s) => {
    const total = 1150;
    for (let i = 0; i < total; i++) {
      const day = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      await s.saveAnalysis(result(doc(`synthetic report ${i}`), [{ event_date: day, date_start: day, date_end: day, notes: String(i) }]), { kind: 'file', uri: String(i) });
    }
    await s.fusePending();
    const all: string[] = [];
    for await (const x of s.iterateIncidents()) all.push(x.id);
    assert.equal(all.length, total);
    assert.equal(new Set(all).size, total);
    const listed = (await s.listIncidents({ limit: total })).map((x) => x.id);
    assert.deepEqual(all, listed);
    const some: string[] = [];
    for await (const x of s.iterateIncidents({ limit: 5, offset: 1000 })) some.push(x.id);
    assert.deepEqual(some, listed.slice(1000, 1005));
  });
}
