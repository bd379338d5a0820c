// Ingest with files read on worker threads (RunOptions.read = pool.read): the same documents,
// sidecars, duplicates and failures as reading in this thread; copies analysed once. Folder plans
// say which files have a sidecar; a run moves to other analysis once it is big enough (scaleUp).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument } from '../../src/pipeline/index.ts';
import { createPool } from '../../src/pipeline/pool.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { plan, runIngest, type Analyze, type Candidate, type IngestSummary } from '../../src/sources/index.ts';
import type { AnalysisResult, DocumentRecord, Warning } from '../../src/model/types.ts';
import { EN, FR, writeReportFolder } from './reports.ts';

const tmp = mkdtempSync(join(tmpdir(), 'marsad-workers-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const folder = (name: string) => writeReportFolder(join(tmp, name));
const brief = (s: IngestSummary) => ({ new: s.new, duplicate: s.duplicate, failed: s.failed, unchanged: s.unchanged, codes: s.failures.map((f) => f.code) });

test('folder plans tell which files have a sidecar: the others are not looked for one', async () => {
  const dir = folder('plan');
  const store = SqliteStore.open({ path: ':memory:' });
  const seen: Record<string, boolean | undefined> = {};
  for await (const ev of plan(store, [{ kind: 'path', path: dir }])) {
    if (ev.type !== 'candidate') continue;
    const c: Candidate = ev.candidate;
    assert.equal(c.input?.path, c.uri, 'a file candidate can be read elsewhere');
    seen[c.uri.slice(dir.length + 1)] = c.input?.opts?.sidecar;
  }
  assert.deepEqual(seen, { 'a.txt': false, 'b-copy.txt': false, 'c.html': undefined, 'empty.txt': false, 'sub/d.txt': false });
  await store.close();
});

test('reading and analysing on workers stores what reading here stores', async () => {
  const dir = folder('same');
  const pool = createPool({ size: 1 });
  const a = SqliteStore.open({ path: join(tmp, 'w.db') });
  const b = SqliteStore.open({ path: join(tmp, 'h.db') });
  try {
    let calls = 0;
    const counted: Analyze = (d, w) => (calls++, pool.analyze(d, w));
    const sa = await runIngest(a, plan(a, [{ kind: 'path', path: dir }]), { analyze: counted, read: pool.read, concurrency: 8 });
    const sb = await runIngest(b, plan(b, [{ kind: 'path', path: dir }]), { analyze: analyzeDocument });
    assert.deepEqual(brief(sa), brief(sb));
    assert.deepEqual(brief(sa), { new: 3, duplicate: 1, failed: 1, unchanged: 0, codes: ['empty'] });
    assert.equal(calls, 3, 'the copy was recognised by its hash, not analysed again');
    for (const q of ['Djibo', 'Tinzaouaten', 'Ségou']) {
      const ida = (await a.searchDocuments(q))[0]?.document_id;
      assert.ok(ida, q);
      const [da, db] = [await a.getDocument(ida), await b.getDocument(ida)];
      const strip = (d: typeof da) => ({ ...d!, stored_at: '', retrievals: d!.retrievals.map((r) => ({ ...r, first_seen: '', last_seen: '' })) });
      assert.deepEqual(strip(da), strip(db), q);
      const ev = (s: SqliteStore) => s.eventsOf(ida).then((es) => es.map((e) => ({ ...e.record, timestamp: 0 })));
      assert.deepEqual(await ev(a), await ev(b), q);
    }
    const html = await a.getDocument((await a.searchDocuments('Tinzaouaten'))[0].document_id);
    assert.deepEqual([html!.outlet, html!.published], ['Test Outlet', '2024-08-26'], 'the sidecar was read on the worker');
  } finally {
    await pool.close();
    await a.close();
    await b.close();
  }
});

test('a run moves to the scaled-up analysis once enough documents are announced', async () => {
  const dir = folder('scale');
  const cases: Array<[number, { small: number; big: number }]> = [
    // 5 candidates (one empty, one a copy whose analysis is reused): 3 analyses.
    [3, { small: 0, big: 3 }], // 5 announced at once: all go to the scaled-up analysis
    [6, { small: 3, big: 0 }], // never reached
  ];
  for (const [atTotal, expected] of cases) {
    const store = SqliteStore.open({ path: ':memory:' });
    const used = { small: 0, big: 0 };
    const fake = (k: 'small' | 'big') => (d: DocumentRecord, w: Warning[]): AnalysisResult => (used[k]++, { document: d, events: [], assessments: [], mentions: [], warnings: w });
    let started = 0;
    const s = await runIngest(store, plan(store, [{ kind: 'path', path: dir }]), {
      analyze: fake('small'),
      scaleUp: { atTotal, start: () => (started++, { analyze: fake('big'), concurrency: 4 }) },
    });
    assert.equal(s.new + s.duplicate, 4);
    assert.deepEqual(used, expected, `atTotal ${atTotal}`);
    assert.equal(started, expected.big ? 1 : 0, 'started at most once');
    await store.close();
  }
});

test('the pool reads and analyses a paste, and reports read problems as values', async () => {
  const pool = createPool({ size: 1 });
  try {
    const ok = await pool.ingest({ text: FR, meta: { uri: 'paste:1', kind: 'paste' }, set: { title: 'Titre', url: 'https://www.example.org/a', outlet: 'example.org' } });
    assert.ok(ok.ok);
    assert.deepEqual([ok.result.document.title, ok.result.document.url, ok.result.document.outlet], ['Titre', 'https://www.example.org/a', 'example.org']);
    const here = analyzeDocument(ok.result.document, ok.result.warnings.filter((w) => w.code !== 'no_published_date'));
    const noTime = (r: AnalysisResult) => ({ ...r, events: r.events.map((e) => ({ ...e, timestamp: 0 })) });
    assert.deepEqual(noTime(ok.result), noTime(here));
    const empty = await pool.read({ text: '  ', meta: { uri: 'paste:2', kind: 'paste' } });
    assert.deepEqual(empty.ok ? null : empty.error.code, 'empty');
    const missing = await pool.read({ path: join(tmp, 'nope.txt'), meta: { uri: 'x', kind: 'file' } });
    assert.deepEqual(missing.ok ? null : missing.error.code, 'not_found');
    const bytes = await pool.read({ bytes: Buffer.from(EN), meta: { uri: 'upload:a.txt', kind: 'file', filename: 'a.txt' } });
    assert.ok(bytes.ok && bytes.document.text.includes('Djibo'), 'a Buffer survives the thread boundary');
  } finally {
    await pool.close();
  }
  await assert.rejects(pool.read({ text: EN, meta: { uri: 'p', kind: 'paste' } }), (e: Error & { code?: string }) => e.code === 'closed');
});
