// Gold validation: the seed and the project's own gold files load; each kind of malformed gold is
// reported as a value with its code and place; files that cannot be read are values too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGold, misspeltOf, parseGold } from '../../src/eval/01-load-gold.ts';
import { scoreDocument } from '../../src/eval/04-score.ts';
import { SEED_GOLD, perfectOutput } from './helpers.ts';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const seedJson = (): Json => JSON.parse(readFileSync(SEED_GOLD, 'utf8'));

test('the seed gold loads, with defaults and normalisations', () => {
  const r = loadGold(SEED_GOLD);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  const g = r.gold;
  assert.equal(g.document.language, 'ar');
  assert.equal(g.document.published, '2024-09-18');
  assert.deepEqual(g.events.map((e) => e.id), ['E1', 'E2', 'E3', 'E4', 'E5', 'E6']);
  assert.deepEqual(g.events.map((e) => e.optional), [false, false, false, false, true, true]);
  assert.deepEqual(g.events[0].place, { country: ['Mali'], admin1: ['Bamako'], point: { lat: 12.6, lon: -7.95, within_km: 15 } });
  assert.equal(g.events[2].event_type, undefined, 'E3 gives no type: not scored');
  assert.equal(g.assessments?.length, 4);
});

const CASES: Array<[name: string, edit: (g: Json) => void, code: string, at: string]> = [
  ['root is a list', (g) => Object.assign(g, { __replace: [] }), 'bad_type', 'gold'],
  ['document missing', (g) => delete g.document, 'missing_field', 'gold.document'],
  ['document.file missing', (g) => delete g.document.file, 'missing_field', 'document.file'],
  ['document.file empty', (g) => (g.document.file = ' '), 'bad_type', 'document.file'],
  ['language not ar/fr/en', (g) => (g.document.language = 'de'), 'bad_language', 'document.language'],
  ['published not a calendar date', (g) => (g.document.published = '2024-02-30'), 'bad_date', 'document.published'],
  ['events missing', (g) => delete g.events, 'missing_field', 'gold.events'],
  ['events not a list', (g) => (g.events = {}), 'bad_type', 'events'],
  ['event id missing', (g) => delete g.events[0].id, 'missing_field', 'events[0].id'],
  ['duplicate event id', (g) => (g.events[1].id = 'E1'), 'duplicate_id', 'events[1].id'],
  ['optional not a boolean', (g) => (g.events[0].optional = 'yes'), 'bad_type', 'events[0].optional'],
  ['date in another format', (g) => (g.events[0].date.start = '17/09/2024'), 'bad_date', 'events[0].date.start'],
  ['date end missing', (g) => delete g.events[0].date.end, 'missing_field', 'events[0].date.end'],
  ['date start after end', (g) => (g.events[0].date = { start: '2024-09-18', end: '2024-09-17' }), 'bad_range', 'events[0].date'],
  ['unknown event type', (g) => (g.events[0].event_type = ['Battle']), 'unknown_event_type', 'events[0].event_type'],
  ['unknown sub-event type', (g) => (g.events[0].sub_event_type = ['Armed Clash']), 'unknown_sub_event_type', 'events[0].sub_event_type'],
  ['sub-event type of another type', (g) => (g.events[0].sub_event_type = ['Attack']), 'inconsistent_sub_event_type', 'events[0].sub_event_type'],
  ['empty set of answers', (g) => (g.events[0].event_type = []), 'empty_list', 'events[0].event_type'],
  ['non-string answer', (g) => (g.events[0].place.admin1 = ['Bamako', 3]), 'bad_type', 'events[0].place.admin1[1]'],
  ['point without within_km', (g) => delete g.events[0].place.within_km, 'incomplete_point', 'events[0].place'],
  ['latitude out of range', (g) => (g.events[0].place.lat = 120), 'bad_number', 'events[0].place.lat'],
  ['within_km zero', (g) => (g.events[0].place.within_km = 0), 'bad_number', 'events[0].place.within_km'],
  ['actors empty', (g) => (g.events[0].actors = []), 'empty_list', 'events[0].actors'],
  ['actor group empty', (g) => (g.events[0].actors = [[], ['JNIM']]), 'empty_list', 'events[0].actors[0]'],
  ['fatalities min above max', (g) => (g.events[0].fatalities = { min: 5, max: 2 }), 'bad_range', 'events[0].fatalities'],
  ['fatalities negative', (g) => (g.events[0].fatalities = { min: -1, max: 2 }), 'bad_number', 'events[0].fatalities.min'],
  ['fatalities not whole', (g) => (g.events[0].fatalities = { min: 1.5, max: 2 }), 'bad_number', 'events[0].fatalities.min'],
  ['background not a boolean', (g) => (g.events[0].background = 'no'), 'bad_type', 'events[0].background'],
  ['unknown claim kind', (g) => (g.events[0].claims[0].kind = 'deaths'), 'unknown_claim_kind', 'events[0].claims[0].kind'],
  ['claim without claimant', (g) => delete g.events[0].claims[0].claimant, 'missing_field', 'events[0].claims[0].claimant'],
  ['misspelt field (actor)', (g) => ((g.events[0].actor = g.events[0].actors), delete g.events[0].actors), 'unknown_field', 'events[0].actor'],
  ['misspelt field (fatality)', (g) => (g.events[0].fatality = { min: 1, max: 2 }), 'unknown_field', 'events[0].fatality'],
  ['misspelt field (lng)', (g) => (g.events[0].place.lng = 1), 'unknown_field', 'events[0].place.lng'],
  ['misspelt root field (assesments)', (g) => ((g.assesments = g.assessments), delete g.assessments), 'unknown_field', 'gold.assesments'],
  ['assessment without object', (g) => delete g.assessments[0].object, 'missing_field', 'assessments[0].object'],
  ['duplicate assessment id', (g) => (g.assessments[1].id = 'A1'), 'duplicate_id', 'assessments[1].id'],
];

test('malformed gold: each problem is a value with its code and place', () => {
  for (const [name, edit, code, at] of CASES) {
    let g = seedJson();
    edit(g);
    if (g.__replace) g = g.__replace;
    const r = parseGold(g);
    assert.equal(r.ok, false, name);
    if (r.ok) continue;
    assert.ok(
      r.issues.some((i) => i.code === code && i.at === at && i.message.length > 0),
      `${name}: expected ${code} at ${at}, got ${JSON.stringify(r.issues)}`,
    );
  }
});

test('every problem of a file is reported at once', () => {
  const g = seedJson();
  g.document.language = 'xx';
  g.events[0].date.start = 'soon';
  g.events[3].event_type = ['Riot'];
  const r = parseGold(g);
  assert.ok(!r.ok);
  assert.deepEqual(r.issues.map((i) => i.code).sort(), ['bad_date', 'bad_language', 'unknown_event_type']);
});

test('accepted variations: metadata keys, _comments, bare strings, open fatalities, no assessments', () => {
  const g = seedJson();
  g.facts_source = 'where the annotator checked the facts';
  g.document.notes = 'metadata';
  g.events[0]._comment = 'ignored';
  g.events[0].event_type = 'Battles';
  g.events[0].fatalities = { min: 3 };
  delete g.assessments;
  const r = parseGold(g);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  assert.deepEqual(r.gold.events[0].event_type, ['Battles']);
  assert.deepEqual(r.gold.events[0].fatalities, { min: 3, max: null });
  assert.equal(r.gold.assessments, undefined);
});

test('misspeltOf: near misses of known keys, not unrelated metadata', () => {
  const known = ['id', 'what', 'optional', 'event_type', 'sub_event_type', 'date', 'place', 'actors', 'fatalities', 'background', 'claims'];
  const rows: Array<[string, string | undefined]> = [
    ['actor', 'actors'],
    ['Actors', 'actors'],
    ['fatality', 'fatalities'],
    ['eventtype', 'event_type'],
    ['claim', 'claims'],
    ['note', undefined],
    ['notes', undefined],
    ['facts_source', undefined],
    ['source', undefined],
    ['type', 'event_type'],
    ['Deaths', 'fatalities'],
  ];
  for (const [k, want] of rows) assert.equal(misspeltOf(k, known), want, k);
});

test('files that cannot be loaded are values: missing, directory, not JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-gold-'));
  const bad = join(dir, 'bad.gold.json');
  writeFileSync(bad, '{"document": ');
  const rows: Array<[string, string]> = [
    [join(dir, 'nope.gold.json'), 'not_found'],
    [dir, 'unreadable'],
    [bad, 'bad_json'],
  ];
  for (const [p, code] of rows) {
    const r = loadGold(p);
    assert.ok(!r.ok && r.issues[0].code === code, `${p}: ${JSON.stringify(r)}`);
  }
});

/** Gold files of the project (gold/**) and the seed. */
function projectGoldFiles(): string[] {
  const root = fileURLToPath(new URL('../../gold', import.meta.url));
  const out = [SEED_GOLD];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.gold.json')) out.push(p);
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

test("every gold file of the project is valid, and its own perfect output scores 1.0", () => {
  for (const f of projectGoldFiles()) {
    const r = loadGold(f);
    assert.ok(r.ok, `${f}: ${JSON.stringify(!r.ok && r.issues)}`);
    const s = scoreDocument(r.gold, perfectOutput(r.gold, true));
    assert.equal(s.events.precision ?? 1, 1, `${f} precision`);
    assert.equal(s.events.recall ?? 1, 1, `${f} recall`);
    assert.deepEqual(s.misses, [], `${f} misses`);
    assert.equal(s.events.matched_optional, s.events.optional, `${f} optional`);
  }
});
