// Figures: CSV with a header naming data and filters, SVG with title/desc, PNG rendering;
// the border index against brute force; the store adapter end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseRecords, analyseStore, resolveCentre, toCsv, svgToPng, loadBorders, ANALYSES } from '../../src/analyse/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { doc, result } from '../store/fixtures.ts';
import { dest, ISSP, rec } from './helpers.ts';

const records = [
  rec({ date: '2024-01-10', lat: 12.9, lon: -8.1, claims: [
    { claimant: 'JNIM', kind: 'fatalities', value: { min: 9, max: 9, text: 'nine' }, subject: 'soldiers', stance: 'asserts', evidence: [] },
    { claimant: 'Government of Mali', kind: 'fatalities', value: { min: 3, max: 3, text: 'three' }, subject: 'soldiers', stance: 'asserts', evidence: [] },
  ] }),
  rec({ date: '2024-02-10', lat: 12.4, lon: -7.6, country: 'Mali', admin1: 'Koulikoro', admin2: 'Kati' }),
  rec({ date: '2024-04-10', lat: 11.2, lon: -5.0, country: 'Burkina Faso', admin1: 'Hauts-Bassins', admin2: 'Houet', actor1: ISSP }),
];

test('every analysis gives a CSV whose header names the data and filters, and an SVG with title and desc', () => {
  for (const kind of ANALYSES) {
    const r = analyseRecords(records, { kind, place: '12.65,-8', from: '2024-01-01', to: '2024-06-30', period: 'quarter' }, { data: 'hand-built test records', generated: '2025-01-01T00:00:00Z' });
    assert.ok(r.ok, kind);
    if (!r.ok) continue;
    const csv = toCsv(r.figure.tables[0], r.figure.meta);
    const lines = csv.split('\n');
    assert.match(lines[0], new RegExp(`^# marsad analyse ${kind}: `));
    assert.ok(lines.includes('# data: hand-built test records'), kind);
    assert.ok(lines.some((l) => l.startsWith('# filters: ') && l.includes('from=2024-01-01') && l.includes('to=2024-06-30') && (kind === 'claims-gap' || l.includes('period=quarter'))), kind);
    assert.ok(r.figure.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), kind);
    assert.match(r.figure.svg, new RegExp(`<title>marsad analyse ${kind}: `));
    assert.match(r.figure.svg, /<desc>[^<]*from=2024-01-01[^<]*<\/desc>/);
    if (kind === 'grid') assert.match(r.figure.svg, /rough picture of zones of influence/);
    const png = svgToPng(r.figure.svg);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${kind}: PNG signature`);
    assert.equal(png.readUInt32BE(16), 900, `${kind}: PNG width`);
  }
});

test('CSV quoting and formula guard; SVG escapes text', () => {
  const hostile = [rec({ actor1: '=HYPERLINK("x"), <b>&', date: '2024-01-10' })];
  const r = analyseRecords(hostile, { kind: 'grid', actor: '=hyperlink' }, { data: 'a "quoted", <odd> source' });
  assert.ok(r.ok);
  if (!r.ok) return;
  const csv = toCsv(r.figure.tables[2], r.figure.meta);
  assert.ok(csv.includes(`"'=HYPERLINK(""x""), <b>&"`), csv);
  assert.ok(!r.figure.svg.includes('<b>'));
  assert.ok(r.figure.svg.includes('&lt;odd&gt;'));
  assert.ok(r.figure.svg.includes('=HYPERLINK(&quot;x&quot;), &lt;b&gt;&amp;'));
});

test('bad options are error values, not crashes', () => {
  const rows: Array<[Parameters<typeof analyseRecords>[1], string]> = [
    [{ kind: 'rings' }, 'needs --place'],
    [{ kind: 'rings', place: 'Bamako', rings: [0, 50, 20] }, 'increase'],
    [{ kind: 'drift', from: '2024-13-01' }, 'YYYY-MM-DD'],
    [{ kind: 'drift', from: '2024-02-01', to: '2024-01-01' }, 'after'],
    [{ kind: 'grid', resolution: 42 }, 'resolution'],
    [{ kind: 'drift', period: 'week' as 'month' }, 'month or quarter'],
    [{ kind: 'nope' as 'drift' }, 'unknown analysis'],
    [{ kind: 'rings', place: '95,0' }, 'latitude'],
  ];
  for (const [q, msg] of rows) {
    const r = analyseRecords(records, q, { data: 't' });
    assert.equal(r.ok, false, JSON.stringify(q));
    if (!r.ok) assert.ok(r.error.message.includes(msg), `${r.error.message} ∌ ${msg}`);
  }
});

test('places resolve through the gazetteer (Arabic and Latin spellings) or as lat,lon', () => {
  const b = resolveCentre('Bamako');
  assert.ok(!('code' in b) && Math.abs(b.lat - 12.65) < 0.2 && Math.abs(b.lon + 8) < 0.2, JSON.stringify(b));
  const a = resolveCentre('باماكو');
  assert.ok(!('code' in a) && Math.abs(a.lat - 12.65) < 0.2, JSON.stringify(a));
  assert.deepEqual(resolveCentre(' 12.5, -7.25 '), { lat: 12.5, lon: -7.25, name: '12.5,-7.25' });
  const none = resolveCentre('Qqqxzzv Nowhere');
  assert.ok('code' in none && none.code === 'no-place');
});

test('border index agrees with brute force over the Sahel', () => {
  const b = loadBorders();
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 300; i++) {
    const la = 4 + rnd() * 22;
    const lo = -18 + rnd() * 34;
    const x = b.nearest(la, lo)!;
    const y = b.nearestExhaustive(la, lo)!;
    assert.ok(Math.abs(x.km - y.km) < 1e-9, `${la},${lo}: ${x.km} vs ${y.km}`);
  }
  assert.equal(b.nearest(NaN, 0), null);
});

test('store adapter: analyses over incidents read from a SQLite store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-analyse-'));
  const store = SqliteStore.open({ path: join(dir, 'm.db') });
  try {
    const C = { lat: 12.65, lon: -8.0 };
    const evs = [
      { ...dest(C.lat, C.lon, 30, 0), event_date: '2024-01-10', date_start: '2024-01-10', date_end: '2024-01-10', location: 'North' },
      { ...dest(C.lat, C.lon, 80, 90), event_date: '2024-01-12', date_start: '2024-01-12', date_end: '2024-01-12', location: 'East' },
      { ...dest(C.lat, C.lon, 400, 90), event_date: '2024-01-14', date_start: '2024-01-14', date_end: '2024-01-14', location: 'Far' },
    ].map(({ lat, lon, ...e }) => ({ ...e, latitude: lat, longitude: lon }));
    for (const [i, e] of evs.entries()) await store.saveAnalysis(result(doc(`report ${i}`), [e]), { kind: 'file', uri: `r${i}.txt` });
    await store.fusePending();
    const r = await analyseStore(store, { kind: 'rings', place: `${C.lat},${C.lon}`, actor: 'JNIM', period: 'month' });
    assert.ok(r.ok);
    if (!r.ok) return;
    const res = r.result as { periods: Array<{ rings: number[]; sectors_hit: number }> };
    assert.deepEqual(res.periods.map((p) => p.rings), [[1, 1, 0]]);
    assert.equal(res.periods[0].sectors_hit, 2);
    assert.match(r.figure.meta.data, /m\.db/);
    const d = await analyseStore(store, { kind: 'drift', actor: 'JNIM' });
    assert.ok(d.ok && (d.result as { records: { used: number } }).records.used === 3);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
