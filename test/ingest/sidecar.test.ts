// Sidecars and precedence: flag > sidecar > page metadata > unknown (published), flag > sidecar >
// detection (language); a malformed sidecar is a bad_sidecar warning, never a failure.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFile, type IngestOptions } from '../../src/ingest/index.ts';
import { sidecarPath } from '../../src/ingest/sidecar.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-sidecar-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const AR = 'هاجم مسلحون قاعدة عسكرية قرب مدينة موبتي فجر الثلاثاء، وقُتل ثلاثة جنود على الأقل بحسب مصادر أمنية.';
const HTML = `<!doctype html><html><head><title>Attaque près de Mopti</title><meta property="article:published_time" content="2023-03-02T10:00:00Z"><meta property="og:site_name" content="Page Outlet"></head>
<body><article><h1>Attaque près de Mopti</h1><p>Des hommes armés ont attaqué mardi une base militaire près de Mopti, tuant au moins trois soldats, selon des sources sécuritaires locales.</p><p>L'armée a lancé une opération de ratissage dans les environs et affirme avoir neutralisé plusieurs assaillants.</p></article></body></html>`;

interface Case {
  name: string;
  file: string;
  body: string;
  /** Sidecar content (raw string, so malformed JSON can be written), or null for none. */
  sidecar: string | null;
  opts?: IngestOptions;
  want: Record<string, unknown>;
  warnings: string[];
}

const FULL = JSON.stringify({ published: '2024-01-05', outlet: 'Sidecar Outlet', url: 'https://side.example/a', language: 'fr', title: 'Sidecar title' });

const CASES: Case[] = [
  {
    name: 'full sidecar beside a .txt',
    file: 'a.txt',
    body: AR,
    sidecar: FULL,
    want: { published: '2024-01-05', published_source: 'sidecar', outlet: 'Sidecar Outlet', url: 'https://side.example/a', language: 'fr', title: 'Sidecar title' },
    warnings: [],
  },
  {
    name: 'flags win over the sidecar',
    file: 'b.txt',
    body: AR,
    sidecar: FULL,
    opts: { published: '2024-09-18', lang: 'en' },
    want: { published: '2024-09-18', published_source: 'user', language: 'en', outlet: 'Sidecar Outlet' },
    warnings: [],
  },
  {
    name: 'no sidecar, no metadata: unknown, language detected',
    file: 'c.txt',
    body: AR,
    sidecar: null,
    want: { published: null, published_source: 'unknown', language: 'ar', outlet: null, url: null },
    warnings: [],
  },
  {
    name: 'HTML metadata without a sidecar',
    file: 'd.html',
    body: HTML,
    sidecar: null,
    want: { published: '2023-03-02', published_source: 'metadata', outlet: 'Page Outlet', title: 'Attaque près de Mopti', language: 'fr' },
    warnings: [],
  },
  {
    name: 'sidecar wins over HTML metadata',
    file: 'e.html',
    body: HTML,
    sidecar: JSON.stringify({ published: '2023-03-01', outlet: 'Sidecar Outlet' }),
    want: { published: '2023-03-01', published_source: 'sidecar', outlet: 'Sidecar Outlet', title: 'Attaque près de Mopti' },
    warnings: [],
  },
  {
    name: 'flag wins over sidecar and HTML metadata',
    file: 'f.html',
    body: HTML,
    sidecar: JSON.stringify({ published: '2023-03-01' }),
    opts: { published: '2023-03-03' },
    want: { published: '2023-03-03', published_source: 'user' },
    warnings: [],
  },
  {
    name: 'malformed JSON: warning, document still made',
    file: 'g.txt',
    body: AR,
    sidecar: '{"published": "2024-01-05",',
    want: { published: null, published_source: 'unknown', language: 'ar' },
    warnings: ['bad_sidecar'],
  },
  {
    name: 'not an object',
    file: 'h.txt',
    body: AR,
    sidecar: '["2024-01-05"]',
    want: { published_source: 'unknown' },
    warnings: ['bad_sidecar'],
  },
  {
    name: 'bad fields dropped one by one, good ones kept',
    file: 'i.txt',
    body: AR,
    sidecar: JSON.stringify({ published: 'yesterday', language: 'de', url: 'not a url', outlet: 42, title: 'Kept title' }),
    want: { published: null, published_source: 'unknown', language: 'ar', url: null, outlet: null, title: 'Kept title' },
    warnings: ['bad_sidecar', 'bad_sidecar', 'bad_sidecar', 'bad_sidecar'],
  },
  {
    name: 'unknown field: warned, the rest used; a date with time is normalised',
    file: 'j.txt',
    body: AR,
    sidecar: JSON.stringify({ published: '2024-01-05T22:10:00+01:00', publisher: 'x' }),
    want: { published: '2024-01-05', published_source: 'sidecar' },
    warnings: ['bad_sidecar'],
  },
  {
    name: 'sidecar with a BOM',
    file: 'k.txt',
    body: AR,
    sidecar: '\uFEFF' + JSON.stringify({ language: 'ar', published: '2020-02-29' }),
    want: { published: '2020-02-29', language: 'ar', published_source: 'sidecar' },
    warnings: [],
  },
  {
    name: 'sidecar:false ignores it',
    file: 'l.txt',
    body: AR,
    sidecar: FULL,
    opts: { sidecar: false },
    want: { published: null, language: 'ar', title: null },
    warnings: [],
  },
  {
    name: 'bad --published value: warned and the sidecar used',
    file: 'm.txt',
    body: AR,
    sidecar: JSON.stringify({ published: '2024-01-05' }),
    opts: { published: '2024-02-31' },
    want: { published: '2024-01-05', published_source: 'sidecar' },
    warnings: ['bad_published'],
  },
];

test('sidecar and precedence table', () => {
  for (const c of CASES) {
    const path = join(dir, c.file);
    writeFileSync(path, c.body);
    if (c.sidecar !== null) writeFileSync(sidecarPath(path), c.sidecar);
    const r = ingestFile(path, c.opts);
    assert.ok(r.ok, `${c.name}: ${!r.ok && r.error.message}`);
    for (const [k, v] of Object.entries(c.want)) assert.deepEqual((r.document as unknown as Record<string, unknown>)[k], v, `${c.name}: ${k}`);
    assert.deepEqual(r.warnings.map((w) => w.code), c.warnings, c.name);
  }
});

test('sidecar: a directory where the sidecar should be is a warning', () => {
  const path = join(dir, 'n.txt');
  writeFileSync(path, AR);
  mkdirSync(sidecarPath(path));
  const r = ingestFile(path);
  assert.ok(r.ok);
  assert.deepEqual(r.warnings.map((w) => w.code), ['bad_sidecar']);
});

test('sidecar paths', () => {
  const rows: [string, string][] = [
    ['/x/NAME.txt', '/x/NAME.meta.json'],
    ['/x/NAME.html', '/x/NAME.meta.json'],
    ['/x/a.b.htm', '/x/a.b.meta.json'],
    ['/x/noext', '/x/noext.meta.json'],
  ];
  for (const [p, want] of rows) assert.equal(sidecarPath(p), want, p);
});
