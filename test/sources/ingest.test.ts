// Ingest end to end with the real pipeline: folders (txt, html, sidecars, duplicates, empties,
// edits), feeds over a local HTTP server (new items only on re-run, --follow), Telegram exports,
// URLs, the CLI with its summary and --watch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument } from '../../src/pipeline/index.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { plan, runIngest, type SourceSpec, type PlanOptions, type IngestSummary } from '../../src/sources/index.ts';
import { main } from '../../src/cli/main.ts';
import { send, serve } from './server.ts';
import { EN, FR, HTML, writeReportFolder } from './reports.ts';

const FX = join(import.meta.dirname, 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'marsad-ingest-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));


async function run(store: SqliteStore, specs: SourceSpec[], opts: PlanOptions = {}): Promise<IngestSummary> {
  return runIngest(store, plan(store, specs, opts), { analyze: analyzeDocument });
}
const brief = (s: IngestSummary) => ({ new: s.new, duplicate: s.duplicate, failed: s.failed, unchanged: s.unchanged });

test('folders: txt, html with sidecar, duplicates, empties; unchanged files skipped, edited files read', async () => {
  const dir = writeReportFolder(join(tmp, 'reports'));
  writeFileSync(join(dir, 'notes.md'), 'not a document type');
  const store = SqliteStore.open({ path: join(tmp, 'folders.db') });
  try {
    const s1 = await run(store, [{ kind: 'path', path: dir }]);
    assert.deepEqual(brief(s1), { new: 3, duplicate: 1, failed: 1, unchanged: 0 });
    assert.deepEqual(s1.failures.map((f) => f.code), ['empty']);
    assert.ok(s1.events >= 1);
    const c = await store.counts();
    assert.equal(c.documents, 3);
    assert.equal(c.pending_fusion, 0, 'fused at the end of the run');
    assert.equal(c.incidents, c.events, 'stand-in fusion: one incident per event');
    const hits = await store.searchDocuments('Tinzaouaten');
    assert.equal(hits.length, 1);
    const html = await store.getDocument(hits[0].document_id);
    assert.equal(html!.outlet, 'Test Outlet');
    assert.equal(html!.published, '2024-08-26');
    assert.equal(html!.format, 'html');
    const dup = (await store.searchDocuments('Djibo'))[0];
    const dupDoc = await store.getDocument(dup.document_id);
    assert.deepEqual(dupDoc!.retrievals.map((r) => r.uri.split('/').pop()).sort(), ['a.txt', 'b-copy.txt']);

    const s2 = await run(store, [{ kind: 'path', path: dir }]);
    assert.deepEqual(brief(s2), { new: 0, duplicate: 0, failed: 0, unchanged: 5 });

    appendFileSync(join(dir, 'sub', 'd.txt'), ' Deux assaillants ont été tués.');
    const s3 = await run(store, [{ kind: 'path', path: dir }]);
    assert.deepEqual(brief(s3), { new: 1, duplicate: 0, failed: 0, unchanged: 4 });
    const s4 = await run(store, [{ kind: 'path', path: dir }], { again: true });
    assert.deepEqual(brief(s4), { new: 0, duplicate: 4, failed: 1, unchanged: 0 });
    assert.equal((await store.counts()).documents, 4);
  } finally {
    await store.close();
  }
});

test('feeds over HTTP: new items only on re-run; item fields; --follow fetches pages', async () => {
  let xml = readFileSync(join(FX, 'feed-rss.xml'), 'utf8');
  const srv = await serve({
    '/feed.xml': (_q, s) => s.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(xml),
    '/atom': (_q, s) => s.writeHead(200, { 'content-type': 'text/xml' }).end(readFileSync(join(FX, 'feed-atom.xml'))),
    '/articles/djibo-attaque': send('text/html; charset=utf-8', `<html><head><title>Djibo</title></head><body><article><h1>Attaque à Djibo</h1><p>${FR} Texte complet de la page.</p></article></body></html>`),
    '/not-feed.xml': send('application/xml', '<root><x/></root>'),
  });
  const store = SqliteStore.open({ path: join(tmp, 'feeds.db') });
  try {
    const url = `${srv.base}/feed.xml`;
    const s1 = await run(store, [{ kind: 'feed', location: url }]);
    assert.deepEqual(brief(s1), { new: 3, duplicate: 0, failed: 0, unchanged: 0 });
    const [hit] = await store.searchDocuments('pharmacy');
    const d = await store.getDocument(hit.document_id);
    assert.deepEqual([d!.outlet, d!.published, d!.published_source, d!.title, d!.source.kind], ['Sahel Monitor (test feed)', '2024-08-26', 'metadata', 'Drone strike reported in Kidal region', 'feed']);
    assert.equal(d!.retrievals[0].uri, 'http://127.0.0.1/articles/kidal-drone');

    const s2 = await run(store, [{ kind: 'feed', location: url }]);
    assert.deepEqual(brief(s2), { new: 0, duplicate: 0, failed: 0, unchanged: 3 });

    xml = xml.replace('<item>', `<item><title>Nouvel article</title><link>${srv.base}/articles/djibo-attaque</link><guid>new-1</guid><description>Résumé court.</description></item><item>`);
    const s3 = await run(store, [{ kind: 'url', url }], { follow: true });
    assert.deepEqual(brief(s3), { new: 1, duplicate: 0, failed: 0, unchanged: 3 });
    const [page] = await store.searchDocuments('texte complet');
    assert.ok(page, 'the followed page was ingested, not the summary');

    const s4 = await run(store, [{ kind: 'url', url: `${srv.base}/atom` }, { kind: 'url', url: `${srv.base}/not-feed.xml` }, { kind: 'feed', location: `${srv.base}/missing.xml` }]);
    assert.deepEqual(brief(s4), { new: 2, duplicate: 0, failed: 2, unchanged: 0 });
    assert.deepEqual(s4.failures.map((f) => f.code), ['bad_feed', 'http_status']);
    assert.equal((await store.searchDocuments('باماكو')).length, 1);
    assert.deepEqual((await store.listSources()).filter((x) => x.kind === 'feed').map((x) => x.name), ['Sahel Monitor (test feed)', 'مرصد الساحل (اختبار)']);
  } finally {
    await store.close();
    await srv.close();
  }
});

test('Telegram export: each message a document, dated by the message, channel as outlet', async () => {
  const store = SqliteStore.open({ path: join(tmp, 'tg.db') });
  try {
    const file = join(FX, 'telegram-channel.json');
    const s1 = await run(store, [{ kind: 'path', path: file }]);
    assert.deepEqual(brief(s1), { new: 3, duplicate: 0, failed: 0, unchanged: 0 });
    assert.match(s1.notes.map((n) => n.message).join('\n'), /2 service message\(s\), 1 without text/);
    const [hit] = await store.searchDocuments('فالادي');
    const d = await store.getDocument(hit.document_id);
    assert.deepEqual([d!.outlet, d!.published, d!.published_source, d!.source.kind, d!.source.uri], ['Test Channel عاجل', '2024-09-17', 'metadata', 'telegram', 'telegram:1234567890/2']);
    assert.equal(d!.text, 'عاجل: هجوم على مدرسة الدرك في حي فالادي في باماكو صباح اليوم');
    const s2 = await run(store, [{ kind: 'telegram', path: file }]);
    assert.deepEqual(brief(s2), { new: 0, duplicate: 0, failed: 0, unchanged: 3 });
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, '{"not": "an export"}');
    const s3 = await run(store, [{ kind: 'telegram', path: bad }, { kind: 'telegram', path: join(tmp, 'missing.json') }]);
    assert.deepEqual(s3.failures.map((f) => f.code), ['bad_export', 'not_found']);
  } finally {
    await store.close();
  }
});

test('URLs: a page is stored once; the same bytes again are unchanged; errors are reasons', async () => {
  const srv = await serve({
    '/a': send('text/html; charset=utf-8', HTML),
    '/moved': (_q, s) => s.writeHead(301, { location: '/a' }).end(),
    '/pic': send('image/jpeg', Buffer.from([0xff, 0xd8, 0xff])),
  });
  const store = SqliteStore.open({ path: join(tmp, 'url.db') });
  try {
    const s1 = await run(store, [{ kind: 'url', url: `${srv.base}/a` }, { kind: 'url', url: `${srv.base}/moved` }, { kind: 'url', url: `${srv.base}/pic` }]);
    assert.deepEqual(brief(s1), { new: 1, duplicate: 1, failed: 1, unchanged: 0 });
    assert.equal(s1.failures[0].code, 'content_type');
    const s2 = await run(store, [{ kind: 'url', url: `${srv.base}/a` }]);
    assert.deepEqual(brief(s2), { new: 0, duplicate: 0, failed: 0, unchanged: 1 });
    const [hit] = await store.searchDocuments('tinzaouaten');
    const d = await store.getDocument(hit.document_id);
    assert.equal(d!.source.kind, 'url');
    assert.deepEqual(d!.retrievals.map((r) => r.uri), [`${srv.base}/a`, `${srv.base}/moved`]);
  } finally {
    await store.close();
    await srv.close();
  }
});

function capture(onOut?: (s: string) => void) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      out: (s: string) => {
        out.push(s);
        onOut?.(s);
      },
      err: (s: string) => err.push(s),
    },
    out,
    err,
  };
}

test('marsad ingest: summary with reasons, JSON summary, usage errors, --watch polls', async () => {
  const dir = join(tmp, 'cli');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'a.txt'), EN);
  writeFileSync(join(dir, 'blank.txt'), '   \n');
  const db = join(tmp, 'cli.db');
  const c1 = capture();
  assert.equal(await main(['ingest', dir, '--db', db], c1.io), 1);
  const text = c1.err.join('\n');
  assert.match(text, /ingest: 1 new, 0 duplicate, 1 failed/);
  assert.match(text, /empty 1/);
  assert.match(text, /✗ empty: .*blank\.txt/);

  for (const bad of [['ingest'], ['ingest', dir, '--lang', 'xx'], ['ingest', dir, '--format', 'xml'], ['ingest', dir, '--interval', '0', '--watch'], ['ingest', dir, '--rounds', '2']]) {
    assert.equal(await main(bad, capture().io), 2, bad.join(' '));
  }

  let added = false;
  const c2 = capture((line) => {
    if (!added) {
      added = true;
      writeFileSync(join(dir, 'later.txt'), FR);
    }
  });
  assert.equal(await main(['ingest', dir, '--db', db, '--watch', '--interval', '1', '--rounds', '2', '--format', 'json', '-q'], c2.io), 0);
  const rounds = c2.out.map((l) => JSON.parse(l));
  assert.deepEqual(rounds.map((r) => [r.round, r.new, r.unchanged]), [[1, 0, 2], [2, 1, 2]]);
});

test('analysis on worker threads: same results as in this thread; copies analysed once', async () => {
  const { createPool } = await import('../../src/sources/pool.ts');
  const dir = join(tmp, 'pool');
  mkdirSync(dir, { recursive: true });
  const texts = [EN, FR, 'هاجم مسلحون موقعا للجيش قرب موبتي يوم 3 سبتمبر 2024، مما أسفر عن مقتل 5 جنود.', EN.replace('12', '14')];
  texts.forEach((t, i) => writeFileSync(join(dir, `t${i}.txt`), t));
  copyFileSync(join(dir, 't0.txt'), join(dir, 't0-copy.txt'));
  const pool = createPool(2);
  const a = SqliteStore.open({ path: join(tmp, 'pool-a.db') });
  const b = SqliteStore.open({ path: join(tmp, 'pool-b.db') });
  try {
    let calls = 0;
    const counted = (d: Parameters<typeof pool.analyze>[0], w: Parameters<typeof pool.analyze>[1]) => {
      calls++;
      return pool.analyze(d, w);
    };
    const sa = await runIngest(a, plan(a, [{ kind: 'path', path: dir }]), { analyze: counted, concurrency: 8 });
    const sb = await runIngest(b, plan(b, [{ kind: 'path', path: dir }]), { analyze: analyzeDocument });
    assert.deepEqual(brief(sa), brief(sb));
    assert.deepEqual(brief(sa), { new: 4, duplicate: 1, failed: 0, unchanged: 0 });
    assert.equal(calls, 4, 'the copy reused the analysis in flight');
    for (const t of texts) {
      const id = (await a.searchDocuments(t.split(' ').slice(0, 3).join(' ')))[0]?.document_id;
      assert.ok(id, t);
      const strip = (evs: Awaited<ReturnType<typeof a.eventsOf>>) => evs.map((e) => ({ ...e.record, timestamp: 0 }));
      assert.deepEqual(strip(await a.eventsOf(id)), strip(await b.eventsOf(id)), t);
      assert.deepEqual(await a.mentionsOf(id), await b.mentionsOf(id));
    }
  } finally {
    await pool.close();
    await a.close();
    await b.close();
  }
});
