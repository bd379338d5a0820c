// marsad events and marsad show over a store built from hand-made reports (stand-in fusion for
// the list, the real fusion for a two-report incident shown side by side).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { defaultFuse } from '../../src/store/fuse-default.ts';
import { main } from '../../src/cli/main.ts';
import { doc, result } from '../store/fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'marsad-events-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const db = join(tmp, 'm.db');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

test.before(async () => {
  const s = SqliteStore.open({ path: db, fuse: defaultFuse });
  const school = { event_date: '2024-09-17', date_start: '2024-09-17', date_end: '2024-09-17', location: 'Faladié', admin1: 'Bamako', latitude: 12.6, longitude: -7.98, geo_precision: 1 as const };
  const a = doc('Première dépêche: attaque contre l’école de gendarmerie de Faladié.', { outlet: 'Agence A', title: 'Attaque à Bamako', language: 'fr' });
  const b = doc('تقرير ثان: هجوم على مدرسة الدرك في فالادي.', { outlet: 'وكالة ب', title: 'هجوم في باماكو', language: 'ar' });
  await s.saveAnalysis(result(a, [{ ...school, fatalities: 12, claims: [{ claimant: 'Government of Mali', kind: 'fatalities', value: { min: 12, max: 12, text: '12 morts' }, subject: 'gendarmes', stance: 'asserts', evidence: [] }] }]), { kind: 'file', uri: 'a' });
  await s.saveAnalysis(result(b, [{ ...school, fatalities: 70, claims: [{ claimant: 'JNIM: Group for Support of Islam and Muslims', kind: 'fatalities', value: { min: 70, max: 70, text: 'العشرات' }, subject: 'soldiers', stance: 'asserts', evidence: [] }] }]), { kind: 'file', uri: 'b' });
  const rows: Array<Record<string, unknown>> = [
    { event_date: '2024-08-24', date_start: '2024-08-24', date_end: '2024-08-24', country: 'Burkina Faso', iso: 854, admin1: 'Centre-Nord', location: 'Barsalogho', latitude: 13.42, longitude: -1.06, event_type: 'Violence against civilians', sub_event_type: 'Attack', actor2: 'Civilians (Burkina Faso)' },
    { event_date: '2024-07-27', date_start: '2024-07-27', date_end: '2024-07-27', admin1: 'Kidal', location: 'Tinzaouaten', latitude: 19.95, longitude: 2.95, actor1: 'CSP-DPA', actor2: 'Wagner Group' },
  ];
  for (const [i, r] of rows.entries()) await s.saveAnalysis(result(doc(`other report ${i}`), [r]), { kind: 'file', uri: `o${i}` });
  await s.fusePending();
  await s.close();
});

test('marsad events: table, json, jsonl; filters; empty result', async () => {
  const t = capture();
  assert.equal(await main(['events', '--db', db], t.io), 0);
  const table = t.out.join('\n').split('\n');
  assert.match(table[0], /^ID\s+DATE\s+TYPE\s+PLACE\s+ACTORS\s+FAT\.\s+SRC$/);
  assert.equal(table.length, 4, table.join('\n'));
  assert.match(table[1], /^M\d+\s+2024-09-17\s+Armed clash\s+Faladié, Bamako, Mali\s+JNIM.*\s12\s+2$/);

  const j = capture();
  assert.equal(await main(['events', '--db', db, '--format', 'json', '--country', 'bf'], j.io), 0);
  const recs = JSON.parse(j.out.join('\n'));
  assert.deepEqual(recs.map((r: { location: string }) => r.location), ['Barsalogho']);

  const cases: Array<[string[], string[]]> = [
    [['--actor', 'wagner'], ['Tinzaouaten']],
    [['--type', 'attack'], ['Barsalogho']],
    [['--admin1', 'kidal'], ['Tinzaouaten']],
    [['--from', '2024-08', '--to', '2024-08'], ['Barsalogho']],
    [['--near', '12.65,-8', '--km', '10'], ['Faladié']],
    [['--limit', '1'], ['Faladié']],
    [['--country', 'Niger'], []],
  ];
  for (const [args, want] of cases) {
    const c = capture();
    assert.equal(await main(['events', '--db', db, '--format', 'jsonl', ...args], c.io), 0, args.join(' '));
    assert.deepEqual(c.out.map((l) => JSON.parse(l).location), want, args.join(' '));
  }
  const none = capture();
  assert.equal(await main(['events', '--db', db, '--country', 'Niger'], none.io), 0);
  assert.deepEqual(none.out, ['no incidents match']);
});

test('marsad events --near PLACE resolves the name with the gazetteer (any script)', async () => {
  for (const place of ['Bamako', 'باماكو']) {
    const c = capture();
    assert.equal(await main(['events', '--db', db, '--format', 'jsonl', '--near', place, '--km', '30'], c.io), 0, place);
    assert.deepEqual(c.out.map((l) => JSON.parse(l).location), ['Faladié'], place);
  }
  const bad = capture();
  assert.equal(await main(['events', '--db', db, '--near', 'Qqqqxzzv'], bad.io), 2);
  assert.match(bad.err.join('\n'), /no place called/);
});

test('marsad events: usage errors and a missing store', async () => {
  for (const args of [['--format', 'xml'], ['--km', '5'], ['--near', '1,2', '--km', '-1'], ['--country', 'Atlantis'], ['--type', 'picnic'], ['--from', '2024-13'], ['--limit', 'x'], ['stray']]) {
    assert.equal(await main(['events', '--db', db, ...args], capture().io), 2, args.join(' '));
  }
  const c = capture();
  assert.equal(await main(['events', '--db', join(tmp, 'nothing.db')], c.io), 1);
  assert.match(c.err.join('\n'), /no store at .*nothing\.db/);
});

test('marsad show: the fused record, both sources, their claims side by side', async () => {
  const l = capture();
  await main(['events', '--db', db, '--format', 'jsonl', '--near', '12.6,-7.98', '--km', '1'], l.io);
  const id = JSON.parse(l.out[0]).event_id_cnty;
  const c = capture();
  assert.equal(await main(['show', id, '--db', db], c.io), 0);
  const text = c.out.join('\n');
  assert.match(text, new RegExp(`^${id}  Battles / Armed clash`));
  assert.match(text, /fatalities 12 \(ACLED-conservative\); reported range 12–70/);
  assert.match(text, /Sources \(2\):/);
  assert.match(text, /Agence A/);
  assert.match(text, /وكالة ب/);
  assert.match(text, /Claims \(2\), side by side:/);
  assert.match(text, /Government of Mali\s+asserts\s+fatalities\s+12/);
  assert.match(text, /JNIM: Group for Support of Islam and Muslims\s+asserts\s+fatalities\s+70/);
  const j = capture();
  assert.equal(await main(['show', id, '--db', db, '--format', 'json'], j.io), 0);
  const d = JSON.parse(j.out.join('\n'));
  assert.equal(d.id, id);
  assert.equal(d.events.length, 2);
  assert.equal(d.documents.length, 2);
  const miss = capture();
  assert.equal(await main(['show', 'M99999', '--db', db], miss.io), 1);
  assert.match(miss.err.join('\n'), /no incident 'M99999'/);
  assert.equal(await main(['show', '--db', db], capture().io), 2);
});
