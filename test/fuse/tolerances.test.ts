// Tolerances for extraction errors (src/fuse/tolerances.ts): each one as a table of pairs →
// verdict, with the pair the tolerance must still keep apart beside the pair it lets through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalise } from '../../src/fuse/01-normalise.ts';
import { linkPair } from '../../src/fuse/03-link.ts';
import { TOLERANCES } from '../../src/fuse/tolerances.ts';
import { fuseEvents, candidateWindow, type FuseInput } from '../../src/fuse/index.ts';
import { ev, partition, PLACES, JNIM, FAMA, ISS, type Spec } from './helpers.ts';

const O = { threshold: 0.5, slackDays: 1, maxCompare: 40 };
const NIGER = 'Niger';
const fambita = { name: 'Fambita', lat: 14.334, lon: 0.899, prec: 1, admin1: 'Tillabéri', country: NIGER } as const;
const civBF = 'Civilians (Burkina Faso)';
const UAG = 'Unidentified Armed Group (Burkina Faso)';
const NIGER_ARMY = 'Military Forces of Niger (2011-2021)';
const inates = { name: 'Inates', lat: 15.227, lon: 1.313, prec: 1, admin1: 'Tillabéri', country: NIGER } as const;

type Row = { why: string; a: Spec & { published?: string }; b: Spec & { published?: string }; want: { ok: true; reason: string } | { ok: false; veto: string } };

const input = (s: Spec & { published?: string }): FuseInput => ({ ...ev(s), published: s.published ?? null });

const ROWS: Row[] = [
  // date-from-publication
  { why: 'undated claim published the next day joins the raid', a: { doc: 'a', date: null, published: '2024-09-18', place: { ...PLACES.faladieSchool } }, b: { doc: 'b', date: '2024-09-17', place: { ...PLACES.faladie } }, want: { ok: true, reason: 'date:date-from-publication' } },
  { why: 'undated without a publication day stays alone', a: { doc: 'a', date: null, place: { ...PLACES.faladieSchool } }, b: { doc: 'b', date: '2024-09-17', place: { ...PLACES.faladie } }, want: { ok: false, veto: 'no-date' } },
  { why: 'undated background recall is not dated by publication', a: { doc: 'a', date: null, published: '2024-09-18', background: true, place: { ...PLACES.faladieSchool } }, b: { doc: 'b', date: '2024-09-17', place: { ...PLACES.faladie } }, want: { ok: false, veto: 'no-date' } },
  { why: 'published a week later: too late for the window', a: { doc: 'a', date: null, published: '2024-09-25', place: { ...PLACES.faladieSchool } }, b: { doc: 'b', date: '2024-09-17', place: { ...PLACES.faladie } }, want: { ok: false, veto: 'date-apart' } },
  { why: 'the window does not loosen place: the airport is another raid', a: { doc: 'a', date: null, published: '2024-09-18', place: { ...PLACES.faladieSchool } }, b: { doc: 'b', date: '2024-09-17', place: { ...PLACES.airport } }, want: { ok: false, veto: 'too-far' } },
  // date-at-publication
  {
    why: 'a news event dated on its publication day ("last night" read as today) meets a recall of the eve',
    a: { doc: 'a', date: '2019-12-11', published: '2019-12-11', place: { ...inates } },
    b: { doc: 'b', date: '2019-12-10', background: true, place: { ...inates } },
    want: { ok: true, reason: 'date:date-at-publication' },
  },
  { why: 'dated the day before publication: no widening, a recall of two days before stays apart', a: { doc: 'a', date: '2019-12-11', published: '2019-12-12', place: { ...inates } }, b: { doc: 'b', date: '2019-12-10', background: true, place: { ...inates } }, want: { ok: false, veto: 'date-apart' } },
  { why: 'dated on publication, the recall two days before stays apart', a: { doc: 'a', date: '2019-12-12', published: '2019-12-12', place: { ...inates } }, b: { doc: 'b', date: '2019-12-10', background: true, place: { ...inates } }, want: { ok: false, veto: 'date-apart' } },
  // coarse-names-admin
  {
    why: '"Département de Tillabéri" coded under Niamey joins a camp of Tillabéri 81 km away',
    a: { doc: 'a', date: '2019-12-10', a1: '', a2: NIGER_ARMY, place: { name: 'Département de Tillabéri', lat: 14.5, lon: 1.333, prec: 3, admin1: 'Niamey', country: NIGER } },
    b: { doc: 'b', date: '2019-12-10', a1: '', a2: NIGER_ARMY, place: { ...inates } },
    want: { ok: true, reason: 'place:coarse-names-admin' },
  },
  {
    why: 'a precise place under another admin1 is not a region-level report: the admin1 vetoes',
    a: { doc: 'a', date: '2019-12-10', a1: '', a2: NIGER_ARMY, place: { name: 'Tillabéri', lat: 14.207, lon: 1.454, prec: 1, admin1: 'Niamey', country: NIGER } },
    b: { doc: 'b', date: '2019-12-10', a1: '', a2: NIGER_ARMY, place: { ...inates, admin1: 'Tillabéri' } },
    want: { ok: false, veto: 'other-admin1' },
  },
  {
    why: 'a region-level place naming another admin unit stays apart',
    a: { doc: 'a', date: '2019-12-10', a1: '', a2: NIGER_ARMY, place: { name: 'Région de Dosso', lat: 13.05, lon: 3.2, prec: 3, admin1: 'Dosso', country: NIGER } },
    b: { doc: 'b', date: '2019-12-10', a1: '', a2: NIGER_ARMY, place: { ...inates } },
    want: { ok: false, veto: 'other-admin1' },
  },
  // coarse-near-point
  {
    why: 'a department coded with a wrong admin1, 17 km from the village',
    a: { doc: 'a', date: '2025-03-21', sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)', place: { name: 'Tera Department', lat: 14.186, lon: 0.843, prec: 3, admin1: 'Niamey', country: NIGER } },
    b: { doc: 'b', date: '2025-03-21', sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)', place: { ...fambita } },
    want: { ok: true, reason: 'place:coarse-near-point' },
  },
  {
    why: 'a region of another admin1 70 km away stays apart',
    a: { doc: 'a', date: '2025-03-21', sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)', place: { name: 'Dosso', lat: 14.0, lon: 1.4, prec: 3, admin1: 'Dosso', country: NIGER } },
    b: { doc: 'b', date: '2025-03-21', sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)', place: { ...fambita } },
    want: { ok: false, veto: 'other-admin1' },
  },
  {
    why: 'a point (not coarse) 17 km away under another name stays apart',
    a: { doc: 'a', date: '2025-03-21', sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)', place: { name: 'Tera', lat: 14.186, lon: 0.843, prec: 1, admin1: 'Tillabéri', country: NIGER } },
    b: { doc: 'b', date: '2025-03-21', sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)', place: { ...fambita } },
    want: { ok: false, veto: 'too-far' },
  },
  // unknown-attacker
  {
    why: 'attack on villagers vs clash with their guards, attacker unidentified in both',
    a: { doc: 'a', date: '2021-06-05', sub: 'Attack', a1: UAG, a2: civBF, place: { ...PLACES.solhan } },
    b: { doc: 'b', date: '2021-06-05', sub: 'Armed clash', a1: UAG, a2: 'VDP: Volunteers for the Defense of the Homeland', assoc2: civBF, place: { ...PLACES.solhan } },
    want: { ok: true, reason: 'actors:unknown-attacker' },
  },
  {
    why: 'attacker unidentified in one, named in the other, same target',
    a: { doc: 'a', date: '2021-06-04', sub: 'Attack', a1: '', a2: civBF, place: { ...PLACES.tadaryat, name: 'Oudalan', prec: 3 } },
    b: { doc: 'b', date: '2021-06-04', sub: 'Armed clash', a1: JNIM, a2: 'Military Forces of Burkina Faso (2015-2022)', assoc2: civBF, place: { ...PLACES.tadaryat, name: 'Oudalan', prec: 3 } },
    want: { ok: true, reason: 'actors:unknown-attacker' },
  },
  {
    why: 'same attacker, other targets: a battle and a massacre stay two events',
    a: { doc: 'a', date: '2023-09-07', sub: 'Armed clash', a1: JNIM, a2: FAMA, place: { ...PLACES.kati } },
    b: { doc: 'b', date: '2023-09-07', sub: 'Attack', a1: JNIM, a2: 'Civilians (Mali)', place: { ...PLACES.kati } },
    want: { ok: false, veto: 'types-need-strong-actors' },
  },
  {
    why: 'attacker unidentified, the common actor on the other side: not strong',
    a: { doc: 'a', date: '2023-09-07', sub: 'Armed clash', a1: '', a2: FAMA, place: { ...PLACES.kati } },
    b: { doc: 'b', date: '2023-09-07', sub: 'Attack', a1: FAMA, a2: 'Civilians (Mali)', place: { ...PLACES.kati } },
    want: { ok: false, veto: 'types-need-strong-actors' },
  },
  // name-variant
  {
    why: 'Fombita (a French spelling) 3 km from Fambita',
    a: { doc: 'a', date: '2025-03-21', sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)', place: { ...fambita, name: 'Fombita', lat: 14.36 } },
    b: { doc: 'b', date: '2025-03-21', sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)', place: { ...fambita } },
    want: { ok: true, reason: 'place:name-variant' },
  },
  {
    why: 'Tchombangou written as one word, 4 km off',
    a: { doc: 'a', date: '2021-01-02', sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)', place: { ...PLACES.tchoma, name: 'Tchombangou', lat: 14.705 } },
    b: { doc: 'b', date: '2021-01-02', sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)', place: { ...PLACES.tchoma } },
    want: { ok: true, reason: 'place:name-variant' },
  },
  {
    why: 'a spelling variant 25 km away is another place',
    a: { doc: 'a', date: '2025-03-21', sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)', place: { ...fambita, name: 'Fombita', lat: 14.56 } },
    b: { doc: 'b', date: '2025-03-21', sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)', place: { ...fambita } },
    want: { ok: false, veto: 'too-far' },
  },
  {
    why: 'two villages 7 km apart with different names stay apart',
    a: { doc: 'a', date: '2021-01-02', sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)', place: { ...PLACES.zarou } },
    b: { doc: 'b', date: '2021-01-02', sub: 'Attack', a1: ISS, a2: 'Civilians (Niger)', place: { ...PLACES.tchoma } },
    want: { ok: false, veto: 'too-far' },
  },
  {
    why: 'Kati and Keïta are not spellings of one name',
    a: { doc: 'a', date: '2022-07-22', place: { ...PLACES.kati, name: 'Keïta', lat: 12.8 } },
    b: { doc: 'b', date: '2022-07-22', place: { ...PLACES.kati } },
    want: { ok: false, veto: 'too-far' },
  },
  // registry-alias
  { why: 'FAMa is the Malian army', a: { doc: 'a', date: '2022-07-22', a1: 'GSIM', a2: 'FAMa', place: { ...PLACES.kati } }, b: { doc: 'b', date: '2022-07-22', a1: JNIM, a2: FAMA, place: { ...PLACES.kati } }, want: { ok: true, reason: 'actors:registry-alias' } },
  { why: 'Malian army is FAMa', a: { doc: 'a', date: '2022-07-22', a1: '', a2: 'Malian army', place: { ...PLACES.kati } }, b: { doc: 'b', date: '2022-07-22', a1: '', a2: 'FAMa', place: { ...PLACES.kati } }, want: { ok: true, reason: 'actors:registry-alias' } },
  { why: 'EIGS is not JNIM', a: { doc: 'a', date: '2022-07-22', a1: 'EIGS', a2: '', place: { ...PLACES.kati } }, b: { doc: 'b', date: '2022-07-22', a1: 'GSIM', a2: '', place: { ...PLACES.kati } }, want: { ok: false, veto: 'actors-disjoint' } },
  { why: 'a generic "the army" is not resolved to one army', a: { doc: 'a', date: '2022-07-22', a1: '', a2: 'the army', place: { ...PLACES.kati } }, b: { doc: 'b', date: '2022-07-22', a1: '', a2: 'FAMa', place: { ...PLACES.kati } }, want: { ok: false, veto: 'actors-disjoint' } },
  // registry-parent
  { why: 'a JNIM unit stands for JNIM', a: { doc: 'a', date: '2022-07-22', a1: 'Katiba Macina', a2: '', place: { ...PLACES.kati } }, b: { doc: 'b', date: '2022-07-22', a1: JNIM, a2: '', place: { ...PLACES.kati } }, want: { ok: true, reason: 'actors:registry-parent' } },
  { why: 'JNIM stands for al-Qaeda', a: { doc: 'a', date: '2022-07-22', a1: 'Al Qaeda', a2: '', place: { ...PLACES.kati } }, b: { doc: 'b', date: '2022-07-22', a1: JNIM, a2: '', place: { ...PLACES.kati } }, want: { ok: true, reason: 'actors:registry-parent' } },
  { why: 'a JNIM unit is not the Islamic State', a: { doc: 'a', date: '2022-07-22', a1: 'Katiba Macina', a2: '', place: { ...PLACES.kati } }, b: { doc: 'b', date: '2022-07-22', a1: ISS, a2: '', place: { ...PLACES.kati } }, want: { ok: false, veto: 'actors-disjoint' } },
];

test('tolerances: each pair gets the expected verdict, in both orders, naming the tolerance used', () => {
  for (const r of ROWS) {
    for (const [x, y] of [[r.a, r.b], [r.b, r.a]]) {
      const v = linkPair(normalise(input(x), 0), normalise(input(y), 1), O, true);
      if (r.want.ok) {
        assert.ok(v.ok, `${r.why}: vetoed ${!v.ok && v.veto}`);
        assert.ok(v.reasons.some((x) => x.startsWith(r.want.ok ? r.want.reason : '')), `${r.why}: reasons ${v.reasons.join(' ')}`);
      } else {
        assert.ok(!v.ok, `${r.why}: linked ${v.ok && v.reasons.join(' ')}`);
        assert.equal(v.veto, r.want.veto, r.why);
      }
    }
  }
});

test('tolerances: unique ids, each with a reason, each exercised by a passing row above', () => {
  const ids = TOLERANCES.map((t) => t.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const t of TOLERANCES) {
    assert.ok(t.why.length > 20, t.id);
    assert.ok(ROWS.some((r) => r.want.ok && r.want.reason.includes(t.id)), `no row uses ${t.id}`);
  }
});

test('an undated claim of both Bamako raids, published the next day: its two events join the two raids, each its own', () => {
  const day = '2024-09-17';
  const evs = [
    input({ doc: 'wire', id: 'W-1', date: day, place: { ...PLACES.faladie } }),
    input({ doc: 'wire', id: 'W-2', date: day, place: { ...PLACES.airport } }),
    input({ doc: 'daily', date: day, place: { ...PLACES.faladieSchool } }),
    input({ doc: 'brief', date: day, place: { ...PLACES.senou } }),
    input({ doc: 'claim', id: 'C-1', date: null, published: '2024-09-18', place: { ...PLACES.bamako } }),
    input({ doc: 'claim', id: 'C-2', date: null, published: '2024-09-18', place: { ...PLACES.faladieSchool } }),
  ];
  const incs = fuseEvents(evs);
  const p = partition(incs);
  assert.deepEqual(p, [['brief', 'claim', 'wire'], ['claim', 'daily', 'wire']], JSON.stringify(p));
  const faladie = incs.find((i) => i.members.includes('claim/C-2'))!;
  assert.ok(faladie.members.includes('daily/XXX-daily-1'));
  // The incident keeps the reported day; the publication window never dates it.
  for (const i of incs) assert.equal(i.event.date_start, day);
  // Alone, an undated event gives an undated incident; its candidate window is the days before publication.
  const [alone] = fuseEvents([evs[4]]);
  assert.equal(alone.event.date_start, null);
  assert.deepEqual(candidateWindow(evs[4]), { from: '2024-09-14', to: '2024-09-19' });
});
