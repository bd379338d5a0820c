// Exports read back by independent readers: csv-parse for the ACLED CSV (RFC 4180), GDAL's
// ogrinfo for the GeoJSON (skipped with a message only where gdal-bin is not installed; CI
// installs it), JSON.parse for the JSON lines. Hostile and multilingual text must come back as is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { ACLED_COLUMNS, COLUMNS, csvField, exportChunks } from '../../src/export/index.ts';
import { main } from '../../src/cli/main.ts';
import type { EventRecord } from '../../src/model/types.ts';
import { doc, result } from '../store/fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'marsad-export-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const NASTY = [
  'JNIM: Group for Support of Islam and Muslims',
  'a, "quoted", name',
  'line one\nline two\r\nline three',
  "'); DROP TABLE incidents; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  ' leading and trailing ',
  'جماعة نصرة الإسلام والمسلمين، "فرع" القاعدة',
  'Ségou — Tillabéri; Œuvre',
];

async function makeStore(): Promise<{ db: string; records: EventRecord[] }> {
  const db = join(tmp, `s-${Math.random().toString(36).slice(2)}.db`);
  const s = SqliteStore.open({ path: db });
  for (const [i, n] of NASTY.entries()) {
    const day = `2024-09-${String(10 + i).padStart(2, '0')}`;
    const geo = i === 3 ? { latitude: null, longitude: null, geo_precision: null } : { latitude: 12 + i / 10, longitude: -8 + i / 10 };
    await s.saveAnalysis(
      result(doc(`report ${i}: ${n}`, { outlet: `Outlet ${i}` }), [
        {
          event_date: day, date_start: day, date_end: day, actor1: n, assoc_actor_1: n, location: n, notes: n, fatalities: i,
          ...(i === 5 ? { country: 'Burkina Faso', iso: 854 } : {}),
          ...geo,
          claims: [{ claimant: n, kind: 'fatalities', value: { min: i, max: i + 1, text: n }, subject: n, stance: 'asserts', evidence: [{ field: 'claim', start: 0, end: 3, text: n }] }],
        },
      ]),
      { kind: 'file', uri: `f${i}` },
    );
  }
  await s.fusePending();
  const records = (await s.listIncidents({ limit: 100 })).map((r) => r.record);
  await s.close();
  return { db, records };
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

test('CSV fields: RFC 4180 quoting', () => {
  const cases: Array<[string | number | boolean | null, string]> = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [' pad', '" pad"'],
    ['', ''],
    [null, ''],
    [12.5, '12.5'],
    [0, '0'],
    [true, 'true'],
    ['مرحبا، عالم', 'مرحبا، عالم'],
  ];
  for (const [v, want] of cases) assert.equal(csvField(v), want, JSON.stringify(v));
});

test('ACLED CSV: ACLED columns in ACLED order, extras after; a generic reader gets every value back', async () => {
  assert.deepEqual([...ACLED_COLUMNS], [
    'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
    'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location',
    'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
  ]);
  const { db, records } = await makeStore();
  const out = join(tmp, 'x.csv');
  const cap = capture();
  assert.equal(await main(['export', '--format', 'acled-csv', '--db', db, '--out', out], cap.io), 0);
  assert.match(cap.err.join('\n'), new RegExp(`${NASTY.length} incident\\(s\\) written`));
  const text = readFileSync(out, 'utf8');
  assert.ok(text.endsWith('\r\n'));
  const rows = parse(text, { columns: false, relax_quotes: false, relax_column_count: false, bom: false }) as string[][];
  assert.deepEqual(rows[0], [...COLUMNS]);
  assert.equal(rows.length, 1 + NASTY.length);
  const byId = new Map(rows.slice(1).map((r) => [r[0], Object.fromEntries(COLUMNS.map((c, i) => [c, r[i]]))]));
  for (const rec of records) {
    const row = byId.get(rec.event_id_cnty)!;
    assert.ok(row, rec.event_id_cnty);
    for (const k of ['actor1', 'assoc_actor_1', 'location', 'notes', 'source'] as const) assert.equal(row[k], rec[k], `${k} of ${rec.event_id_cnty}`);
    assert.equal(row.year, rec.event_date!.slice(0, 4));
    assert.equal(row.latitude, rec.latitude === null ? '' : String(rec.latitude));
    assert.equal(row.fatalities, String(rec.fatalities));
    assert.deepEqual(JSON.parse(row.claims), rec.claims);
    assert.equal(row.source_documents, rec.source_documents.join(';'));
    assert.equal(row.region, 'Western Africa');
    assert.equal(row.country, rec.country);
  }
  // Filters apply to exports too.
  const cap2 = capture();
  assert.equal(await main(['export', '--format', 'acled-csv', '--db', db, '--country', 'BFA'], cap2.io), 0);
  const rows2 = parse(cap2.out.join('\n'), {}) as string[][];
  assert.equal(rows2.length, 2);
  assert.equal(rows2[1][COLUMNS.indexOf('country')], 'Burkina Faso');
});

test('GeoJSON: valid JSON, points in [lon, lat], null geometry without coordinates; GDAL reads it', async (t) => {
  const { db, records } = await makeStore();
  const out = join(tmp, 'x.geojson');
  assert.equal(await main(['export', '--format', 'geojson', '--db', db, '--out', out], capture().io), 0);
  const g = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(g.type, 'FeatureCollection');
  assert.equal(g.features.length, records.length);
  for (const f of g.features) {
    const rec = records.find((r) => r.event_id_cnty === f.id)!;
    assert.equal(f.properties.actor1, rec.actor1);
    if (rec.latitude === null) assert.equal(f.geometry, null);
    else assert.deepEqual(f.geometry, { type: 'Point', coordinates: [rec.longitude, rec.latitude] });
    assert.deepEqual(Object.keys(f.properties), [...COLUMNS]);
  }
  const which = spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' });
  if (which.error) {
    t.skip('ogrinfo (gdal-bin) is not installed here; .ci/run installs it so CI runs this check');
    return;
  }
  const r = spawnSync('ogrinfo', ['-ro', '-al', '-so', out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`Feature Count: ${records.length}`));
  assert.match(r.stdout, /Geometry: Point/);
  for (const f of ['event_id_cnty: String', 'event_date: (String|Date)', 'fatalities: Integer', 'latitude: Real', 'claims: String', 'actor1: String']) assert.match(r.stdout, new RegExp(f), f);
  assert.doesNotMatch(r.stderr, /ERROR/);
});

test('JSON lines: one full record per line, equal to the store', async () => {
  const { db, records } = await makeStore();
  const cap = capture();
  assert.equal(await main(['export', '--format', 'jsonl', '--db', db], cap.io), 0);
  const lines = cap.out.join('\n').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.deepEqual(lines, records);
  // Empty exports are still well-formed.
  const chunks: string[] = [];
  for await (const c of exportChunks('geojson', [])) chunks.push(c);
  assert.deepEqual(JSON.parse(chunks.join('')), { type: 'FeatureCollection', features: [] });
  const csv: string[] = [];
  for await (const c of exportChunks('acled-csv', [])) csv.push(c);
  assert.equal(csv.join(''), COLUMNS.join(',') + '\r\n');
});

test('marsad export: usage errors and a missing store', async () => {
  const { db } = await makeStore();
  for (const bad of [['export'], ['export', '--format', 'xlsx'], ['export', '--format', 'jsonl', '--country', 'Atlantis'], ['export', '--format', 'jsonl', '--km', '3'], ['export', '--format', 'jsonl', 'extra']]) {
    assert.equal(await main([...bad, '--db', db], capture().io), 2, bad.join(' '));
  }
  const cap = capture();
  assert.equal(await main(['export', '--format', 'jsonl', '--db', join(tmp, 'none', 'x.db')], cap.io), 1);
  assert.match(cap.err.join('\n'), /no store at/);
  const cap2 = capture();
  assert.equal(await main(['export', '--format', 'jsonl', '--db', db, '--out', join(tmp, 'no-such-dir', 'x.jsonl')], cap2.io), 1);
  assert.match(cap2.err.join('\n'), /cannot write/);
});
