// HTTP API through Fastify's inject (no socket) on a temporary SQLite store: analysis in every
// body form, storage and fusion, incident filters (table against an oracle), incident and
// document views, errors with codes, limits, headers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ingestText } from '../../src/ingest/index.ts';
import { analyzeDocument } from '../../src/pipeline/index.ts';
import type { EventRecord } from '../../src/model/types.ts';
import { inBBox } from '../../src/server/filters.ts';
import { loadCorpus, makeApp, SEED_PATH, type TestApp } from './helpers.ts';

const SEED = readFileSync(SEED_PATH, 'utf8');

/** Events carry the analysis time in `timestamp`; everything else must come back unchanged. */
const stable = (x: unknown) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'timestamp' ? 0 : v)));

function multipart(parts: Array<{ name: string; value: string | Buffer; filename?: string; type?: string }>) {
  const boundary = '----marsadtest' + Math.random().toString(16).slice(2);
  const chunks: Buffer[] = [];
  for (const p of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"`;
    if (p.filename) head += `; filename="${p.filename}"`;
    head += '\r\n';
    if (p.type) head += `Content-Type: ${p.type}\r\n`;
    chunks.push(Buffer.from(head + '\r\n'), Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

let t: TestApp;
before(async () => {
  t = await makeApp();
});
after(async () => {
  await t.cleanup();
});

test('health: status, version, store figures; the interface says it is not built', async () => {
  const r = await t.app.inject({ method: 'GET', url: '/api/health' });
  assert.equal(r.statusCode, 200);
  const j = r.json();
  assert.equal(j.status, 'ok');
  assert.match(j.version, /^\d+\.\d+\.\d+/);
  assert.equal(j.store.engine, 'sqlite');
  assert.equal(typeof j.store.counts.incidents, 'number');
  assert.equal(j.web.available, false);
  const home = await t.app.inject({ method: 'GET', url: '/' });
  assert.equal(home.statusCode, 503);
  assert.match(home.body, /build:web/);
});

test('analyze: the founding document comes back exactly as the pipeline makes it (no field lost in serialisation)', async () => {
  const r = await t.app.inject({ method: 'POST', url: '/api/analyze?published=2024-09-18', payload: SEED, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  assert.equal(r.statusCode, 200, r.body);
  const got = r.json();
  const ing = ingestText(SEED, { uri: got.document.source.uri, kind: 'paste', filename: 'paste.txt', contentType: 'text/plain' }, { published: '2024-09-18' });
  assert.ok(ing.ok);
  const want = analyzeDocument(ing.document, ing.warnings);
  assert.deepEqual(stable(got), stable(want));
  assert.equal(got.stored, undefined, 'not stored unless asked');
  const dated = got.events.filter((e: EventRecord) => e.event_date === '2024-09-17' && e.admin1 === 'Bamako' && !e.background);
  assert.equal(dated.length, 2, 'two Bamako attacks on 2024-09-17');
});

test('analyze: JSON, text/plain, text/html and multipart give the same document', async () => {
  const text = 'Des hommes armés ont attaqué hier un poste de gendarmerie à Ségou, au Mali. Trois gendarmes ont été tués, selon une source sécuritaire.';
  const html = `<!doctype html><html lang="fr"><head><title>Attaque à Ségou</title></head><body><article><h1>Attaque à Ségou</h1><p>${text}</p></article></body></html>`;
  const forms = [
    { name: 'json text', req: { payload: { text, published: '2024-05-02' } } },
    { name: 'text/plain', req: { url: '/api/analyze?published=2024-05-02', payload: text, headers: { 'content-type': 'text/plain' } } },
    { name: 'json html', req: { payload: { html, published: '2024-05-02' } } },
    { name: 'text/html', req: { url: '/api/analyze?published=2024-05-02', payload: html, headers: { 'content-type': 'text/html; charset=utf-8' } } },
    { name: 'multipart .txt', req: multipart([{ name: 'published', value: '2024-05-02' }, { name: 'file', value: Buffer.from(text, 'utf8'), filename: 'segou.txt', type: 'text/plain' }]) },
    { name: 'multipart .html', req: multipart([{ name: 'published', value: '2024-05-02' }, { name: 'file', value: Buffer.from(html, 'utf8'), filename: 'segou.html', type: 'text/html' }]) },
    { name: 'multipart text field', req: multipart([{ name: 'published', value: '2024-05-02' }, { name: 'text', value: text }]) },
  ];
  const texts = new Map<string, string>();
  for (const f of forms) {
    const r = await t.app.inject({ method: 'POST', url: '/api/analyze', ...f.req } as never);
    assert.equal(r.statusCode, 200, `${f.name}: ${r.body}`);
    const j = r.json();
    assert.equal(j.document.language, 'fr', f.name);
    assert.equal(j.document.published, '2024-05-02', f.name);
    assert.match(j.document.text, /Ségou/, f.name);
    texts.set(f.name, j.document.text);
  }
  assert.equal(texts.get('json text'), texts.get('text/plain'));
  assert.equal(texts.get('json text'), texts.get('multipart .txt'));
  assert.equal(texts.get('json html'), texts.get('text/html'));
  assert.equal(texts.get('json html'), texts.get('multipart .html'));
  assert.doesNotMatch(texts.get('text/html')!, /<p>|<article>/, 'HTML is read as a page, not as text');
});

test('analyze: a legacy-encoded upload is decoded (windows-1256 Arabic)', async () => {
  const iconv = (await import('iconv-lite')).default;
  const ar = 'قتل ثلاثة جنود في هجوم على موقع للجيش قرب موبتي في مالي أمس، حسب مصدر أمني.';
  const r = await t.app.inject({ method: 'POST', url: '/api/analyze', ...multipart([{ name: 'file', value: iconv.encode(ar, 'windows-1256'), filename: 'a.txt', type: 'text/plain' }]) } as never);
  assert.equal(r.statusCode, 200, r.body);
  assert.equal(r.json().document.language, 'ar');
  assert.match(r.json().document.text, /موبتي/);
});

test('analyze: bad requests are errors with codes', async () => {
  const cases: Array<{ name: string; req: Record<string, unknown>; status: number; code: string }> = [
    { name: 'empty text', req: { payload: { text: '   ' } }, status: 422, code: 'empty' },
    { name: 'neither text nor html', req: { payload: { published: '2024-01-01' } }, status: 400, code: 'invalid_request' },
    { name: 'both text and html', req: { payload: { text: 'a', html: '<p>a</p>' } }, status: 400, code: 'invalid_request' },
    { name: 'unknown field', req: { payload: { text: 'a b c', publised: '2024-01-01' } }, status: 400, code: 'invalid_request' },
    { name: 'bad date', req: { payload: { text: 'Attaque à Gao.', published: '2024-02-30' } }, status: 400, code: 'bad_published' },
    { name: 'bad lang', req: { payload: { text: 'Attaque à Gao.', lang: 'de' } }, status: 400, code: 'invalid_request' },
    { name: 'bad url', req: { payload: { text: 'Attaque à Gao.', url: 'javascript:alert(1)' } }, status: 400, code: 'bad_url' },
    { name: 'unknown query parameter', req: { url: '/api/analyze?publised=2024-01-01', payload: 'x y z', headers: { 'content-type': 'text/plain' } }, status: 400, code: 'invalid_request' },
    { name: 'bad JSON', req: { payload: '{"text": ', headers: { 'content-type': 'application/json' } }, status: 400, code: 'bad_json' },
    { name: 'unsupported media type', req: { payload: '<a/>', headers: { 'content-type': 'application/xml' } }, status: 415, code: 'unsupported_media_type' },
    { name: 'binary upload', req: multipart([{ name: 'file', value: Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0, 1, 2]), filename: 'x.bin', type: 'application/octet-stream' }]), status: 422, code: 'binary' },
    { name: 'form without a file', req: multipart([{ name: 'published', value: '2024-01-01' }]), status: 400, code: 'no_document' },
    { name: 'unknown form field', req: multipart([{ name: 'color', value: 'red' }, { name: 'text', value: 'abc' }]), status: 400, code: 'invalid_request' },
    { name: 'two files', req: multipart([{ name: 'file', value: 'a', filename: 'a.txt' }, { name: 'file2', value: 'b', filename: 'b.txt' }]), status: 413, code: 'too_many_files' },
  ];
  for (const c of cases) {
    const r = await t.app.inject({ method: 'POST', url: '/api/analyze', ...c.req } as never);
    assert.equal(r.statusCode, c.status, `${c.name}: ${r.body}`);
    const j = r.json();
    assert.equal(j.error.code, c.code, `${c.name}: ${r.body}`);
    assert.equal(typeof j.error.message, 'string');
    assert.ok(j.error.message.length > 0);
  }
});

test('limits: bodies above the limit are refused with 413 in every form', async () => {
  const small = await makeApp({ maxBodyBytes: 2000 });
  try {
    const big = 'هجوم '.repeat(800);
    const forms = [
      { payload: { text: big } },
      { payload: big, headers: { 'content-type': 'text/plain' } },
      { payload: `<p>${big}</p>`, headers: { 'content-type': 'text/html' } },
      multipart([{ name: 'file', value: Buffer.from(big), filename: 'big.txt', type: 'text/plain' }]),
    ];
    for (const f of forms) {
      const r = await small.app.inject({ method: 'POST', url: '/api/analyze', ...f } as never);
      assert.equal(r.statusCode, 413, r.body);
      assert.equal(r.json().error.code, 'body_too_large');
    }
    const ok = await small.app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'Attaque à Gao hier.' } });
    assert.equal(ok.statusCode, 200, 'small bodies still pass');
  } finally {
    await small.cleanup();
  }
});

test('analyze with store=true: stored, fused, listed; the same report again is a duplicate', async () => {
  const r1 = await t.app.inject({ method: 'POST', url: '/api/analyze', payload: { text: SEED, published: '2024-09-18', store: true } });
  assert.equal(r1.statusCode, 200, r1.body);
  const s1 = r1.json().stored;
  assert.equal(s1.status, 'new');
  assert.equal(s1.event_incident_ids.length, r1.json().events.length);
  assert.ok(s1.incident_ids.length >= 2);
  const r2 = await t.app.inject({ method: 'POST', url: '/api/analyze?published=2024-09-18&store=true', payload: SEED, headers: { 'content-type': 'text/plain' } });
  const s2 = r2.json().stored;
  assert.equal(s2.status, 'duplicate');
  assert.equal(s2.document_id, s1.document_id);
  assert.deepEqual(s2.incident_ids, s1.incident_ids);

  const list = await t.app.inject({ method: 'GET', url: '/api/incidents?from=2024-09-17&to=2024-09-17&admin1=Bamako' });
  const rows = list.json().incidents as Array<{ id: string; record: EventRecord }>;
  assert.equal(rows.filter((x) => !x.record.background).length, 2);
  for (const x of rows) assert.ok(s1.incident_ids.includes(x.id));

  // One incident in full: claims with evidence, events, its source document.
  const gendarmerie = rows.find((x) => /gendarmerie/i.test(x.record.location)) ?? rows[0];
  const d = await t.app.inject({ method: 'GET', url: `/api/incidents/${gendarmerie.id}` });
  assert.equal(d.statusCode, 200);
  const inc = d.json();
  assert.equal(inc.documents.length, 1);
  assert.equal(inc.documents[0].id, s1.document_id);
  assert.ok(inc.events.length >= 1);
  assert.ok(inc.events[0].record.evidence.length > 0);
  const claimants = new Set<string>(inc.events.flatMap((e: { record: EventRecord }) => e.record.claims.map((c) => c.claimant)));
  assert.ok([...claimants].some((c) => /JNIM/.test(c)), 'JNIM claim kept');

  // The document with evidence spans pointing into its text.
  const v = (await t.app.inject({ method: 'GET', url: `/api/documents/${s1.document_id}` })).json();
  assert.ok(v.spans.length > 0);
  for (const s of v.spans) assert.equal(v.document.text.slice(s.start, s.end), s.text, `span ${s.field} ${s.start}`);
  assert.ok(v.spans.some((s: { owner: string; incident_id: string }) => s.owner === 'claim' && s.incident_id === gendarmerie.id));
  assert.ok(v.spans.some((s: { owner: string }) => s.owner === 'assessment'));
  assert.ok(v.assessments.length > 0);
  assert.equal(v.mentions, undefined);
  const withMentions = (await t.app.inject({ method: 'GET', url: `/api/documents/${s1.document_id}?mentions=true` })).json();
  assert.ok(withMentions.mentions.length > 0);
});

test('script in a report is data: stored and returned verbatim as JSON', async () => {
  const text = 'Attaque à Gao hier. <script>alert(1)</script> <img src=x onerror="alert(2)"> Deux morts selon la police.';
  const r = await t.app.inject({ method: 'POST', url: '/api/analyze', payload: { text, published: '2024-03-03', store: true } });
  assert.equal(r.statusCode, 200);
  assert.match(r.headers['content-type'] as string, /^application\/json/);
  const v = (await t.app.inject({ method: 'GET', url: `/api/documents/${r.json().stored.document_id}` })).json();
  assert.match(v.document.text, /<script>alert\(1\)<\/script>/);
  assert.match(v.document.text, /onerror="alert\(2\)"/);
});

test('not found, unknown routes and headers', async () => {
  const cases = [
    { url: '/api/incidents/M999999', status: 404, code: 'incident_not_found' },
    { url: '/api/incidents/nonsense', status: 404, code: 'incident_not_found' },
    { url: '/api/documents/0000000000000000', status: 404, code: 'document_not_found' },
    { url: '/api/nothing-here', status: 404, code: 'not_found' },
    { url: '/api/search', status: 400, code: 'invalid_request' },
  ];
  for (const c of cases) {
    const r = await t.app.inject({ method: 'GET', url: c.url });
    assert.equal(r.statusCode, c.status, c.url);
    assert.equal(r.json().error.code, c.code, c.url);
  }
  const h = await t.app.inject({ method: 'GET', url: '/api/health' });
  assert.equal(h.headers['x-content-type-options'], 'nosniff');
  assert.match(String(h.headers['content-security-policy']), /script-src 'self'/);
});

test('incident filters: every filter against an oracle over a hand-made corpus', async () => {
  const c = await makeApp();
  try {
    const all = await loadCorpus(c);
    assert.equal(all.length, 6);
    const km = (a: EventRecord, lat: number, lon: number) => {
      const r = (d: number) => (d * Math.PI) / 180;
      const h = Math.sin(r(a.latitude! - lat) / 2) ** 2 + Math.cos(r(lat)) * Math.cos(r(a.latitude!)) * Math.sin(r(a.longitude! - lon) / 2) ** 2;
      return 2 * 6371 * Math.asin(Math.sqrt(h));
    };
    const overlaps = (e: EventRecord, from: string, to: string) => !!e.date_start && e.date_start <= to && (e.date_end ?? e.date_start) >= from;
    const cases: Array<{ q: string; want: (e: EventRecord) => boolean }> = [
      { q: '', want: () => true },
      { q: 'country=Mali', want: (e) => e.country === 'Mali' },
      { q: 'country=NER', want: (e) => e.country === 'Niger' },
      { q: 'country=854', want: (e) => e.country === 'Burkina Faso' },
      { q: 'actor=JNIM', want: (e) => /JNIM/.test(e.actor1 + e.actor2) },
      { q: 'actor=islamic%20state', want: (e) => /Islamic State/.test(e.actor1 + e.actor2) },
      { q: 'type=battles', want: (e) => e.event_type === 'Battles' },
      { q: 'type=Abduction%2Fforced%20disappearance', want: (e) => e.sub_event_type === 'Abduction/forced disappearance' },
      { q: 'admin1=sahel', want: (e) => e.admin1 === 'Sahel' },
      { q: 'from=2024-09-17&to=2024-09-17', want: (e) => overlaps(e, '2024-09-17', '2024-09-17') },
      { q: 'from=2024-08', want: (e) => overlaps(e, '2024-08-01', '9999-12-31') },
      { q: 'from=2024-08-09&to=2024-08-20', want: (e) => overlaps(e, '2024-08-09', '2024-08-20') },
      { q: 'to=2023', want: (e) => overlaps(e, '0000-01-01', '2023-12-31') },
      { q: 'near=12.65,-8&km=30', want: (e) => e.latitude !== null && km(e, 12.65, -8) <= 30 },
      { q: 'near=14,-1&km=200', want: (e) => e.latitude !== null && km(e, 14, -1) <= 200 },
      { q: 'bbox=-9,12,-7,13', want: (e) => inBBox({ west: -9, south: 12, east: -7, north: 13 }, e.latitude, e.longitude) },
      { q: 'bbox=-5,10,3,16', want: (e) => inBBox({ west: -5, south: 10, east: 3, north: 16 }, e.latitude, e.longitude) },
      { q: 'bbox=170,-10,-170,10', want: () => false },
      { q: 'q=gendarmerie', want: (e) => e.location === 'Bamako' || e.location === 'Kati' },
      { q: 'q=ressortissants', want: (e) => e.location === 'Niamey' },
      { q: 'q=مسلحون', want: (e) => e.country === 'Burkina Faso' || e.location === 'Mopti' },
      { q: 'q=nowhere-word', want: () => false },
      { q: 'q=gendarmerie&bbox=-9,12,-7,13&from=2024', want: (e) => e.location === 'Bamako' },
      { q: 'country=Mali&type=Battles&actor=JNIM', want: (e) => e.country === 'Mali' && e.event_type === 'Battles' },
    ];
    for (const cs of cases) {
      const r = await c.app.inject({ method: 'GET', url: `/api/incidents?${cs.q}` });
      assert.equal(r.statusCode, 200, `${cs.q}: ${r.body}`);
      const got = (r.json().incidents as Array<{ id: string }>).map((x) => x.id).sort();
      const want = all.filter((x) => cs.want(x.record)).map((x) => x.id).sort();
      assert.deepEqual(got, want, cs.q);
    }
    // Paging: offsets walk the same order, with and without post-filters.
    for (const extra of ['', '&bbox=-20,0,20,30', '&q=gendarmerie', '&bbox=-20,0,20,30&country=Mali']) {
      const ids: string[] = [];
      let next: number | null = 0;
      while (next !== null) {
        const r: { incidents: Array<{ id: string }>; next_offset: number | null } = (await c.app.inject({ method: 'GET', url: `/api/incidents?limit=1&offset=${next}${extra}` })).json();
        ids.push(...r.incidents.map((x) => x.id));
        next = r.next_offset;
        assert.ok(ids.length <= 6, 'paging ends');
      }
      const whole = (await c.app.inject({ method: 'GET', url: `/api/incidents?limit=100${extra}` })).json().incidents.map((x: { id: string }) => x.id);
      assert.deepEqual(ids, whole, `paging ${extra}`);
    }
  } finally {
    await c.cleanup();
  }
});

test('incident filters: bad values are 400 with a code', async () => {
  const cases = [
    { q: 'country=Atlantis', code: 'unknown_country' },
    { q: 'type=Picnic', code: 'unknown_type' },
    { q: 'from=2024-13', code: 'bad_date' },
    { q: 'from=2024-09-20&to=2024-09-01', code: 'bad_range' },
    { q: 'from=yesterday', code: 'invalid_request' },
    { q: 'bbox=1,2,3', code: 'invalid_request' },
    { q: 'bbox=0,20,10,10', code: 'bad_bbox' },
    { q: 'near=91,0', code: 'bad_number' },
    { q: 'km=10', code: 'bad_near' },
    { q: 'limit=-1', code: 'invalid_request' },
    { q: 'limit=abc', code: 'invalid_request' },
    { q: 'colour=red', code: 'invalid_request' },
  ];
  for (const c of cases) {
    const r = await t.app.inject({ method: 'GET', url: `/api/incidents?${c.q}` });
    assert.equal(r.statusCode, 400, `${c.q}: ${r.body}`);
    assert.equal(r.json().error.code, c.code, c.q);
  }
});

test('search and export', async () => {
  const c = await makeApp();
  try {
    const all = await loadCorpus(c);
    const s = (await c.app.inject({ method: 'GET', url: '/api/search?q=' + encodeURIComponent('دوري') })).json();
    assert.equal(s.hits.length, 1);
    const ex = await c.app.inject({ method: 'GET', url: '/api/export?format=jsonl&country=Burkina%20Faso' });
    assert.equal(ex.statusCode, 200);
    assert.match(String(ex.headers['content-type']), /ndjson/);
    const lines = ex.body.trim().split('\n').map((l) => JSON.parse(l) as EventRecord);
    assert.deepEqual(lines.map((l) => l.event_id_cnty).sort(), all.filter((x) => x.record.country === 'Burkina Faso').map((x) => x.id).sort());
    const paged = (await c.app.inject({ method: 'GET', url: '/api/export?format=jsonl&limit=2&offset=1' })).body.trim().split('\n');
    assert.deepEqual(paged.map((l) => JSON.parse(l).event_id_cnty), all.slice(1, 3).map((x) => x.id));
    const bad = await c.app.inject({ method: 'GET', url: '/api/export?format=jsonl&country=Atlantis' });
    assert.equal(bad.json().error.code, 'unknown_country');
    const nope = await c.app.inject({ method: 'GET', url: '/api/export?format=xml' });
    assert.equal(nope.statusCode, 400);
    assert.equal(nope.json().error.code, 'invalid_request');
    // ACLED CSV (default; `csv` is the same) and GeoJSON, with the filters of /api/incidents.
    for (const q of ['', 'format=csv&', 'format=acled-csv&']) {
      const csv = await c.app.inject({ method: 'GET', url: `/api/export?${q}bbox=-9,12,-7,13` });
      assert.equal(csv.statusCode, 200, csv.body);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      const lines = csv.body.trim().split(/\r?\n/);
      assert.match(lines[0], /^event_id_cnty,/);
      const inBox = all.filter((x) => inBBox({ west: -9, south: 12, east: -7, north: 13 }, x.record.latitude, x.record.longitude));
      assert.equal(lines.length - 1, inBox.length, q);
    }
    const gj = await c.app.inject({ method: 'GET', url: '/api/export?format=geojson&actor=JNIM' });
    assert.equal(gj.statusCode, 200);
    assert.match(String(gj.headers['content-type']), /geo\+json/);
    const fc = gj.json();
    assert.equal(fc.type, 'FeatureCollection');
    const jnim = all.filter((x) => /JNIM/.test(x.record.actor1 + x.record.actor2));
    assert.deepEqual(fc.features.map((f: { id: string }) => f.id).sort(), jnim.map((x) => x.id).sort());
    assert.ok(fc.features.every((f: { geometry: { type: string } | null }) => !f.geometry || f.geometry.type === 'Point'));
  } finally {
    await c.cleanup();
  }
});
