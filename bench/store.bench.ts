/**
 * Store and ingest figures:
 *   1. ingest rate (docs/s) of a folder of generated reports through the real pipeline into SQLite
 *      (read, decode, analyse, store in one transaction each, fuse) — MARSAD_BENCH_DOCS (default 1,000;
 *      the figure is for 10,000);
 *   2. the same folder stored without analysis (pre-analysed results) to show the store's share;
 *   3. list latency (p50/p95) with filters over MARSAD_BENCH_EVENTS synthetic incidents (default
 *      100,000; the figure is for 1,000,000), inserted directly;
 *   4. full-text query latency over MARSAD_BENCH_FTS_DOCS synthetic documents (default 20,000).
 * All on a shared 2-core machine: read the figures with that noise in mind.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { SqliteStore } from '../src/store/sqlite/index.ts';
import { defaultFuse } from '../src/store/fuse-default.ts';
import { normaliseFilter } from '../src/store/filter.ts';
import { createPool, plan, runIngest } from '../src/sources/index.ts';
import { analyzeDocument } from '../src/pipeline/index.ts';
import { ingestText } from '../src/ingest/index.ts';
import type { AnalysisResult } from '../src/model/types.ts';
import { LIST_QUERIES, ms, num, pct, report, rng, synthetic } from './common.ts';

async function ingestFigures(tmp: string, figures: Record<string, string | number>) {
  const n = num('MARSAD_BENCH_DOCS', 1000);
  const rand = rng(7);
  const dir = join(tmp, 'docs');
  mkdirSync(dir);
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `r${String(i).padStart(6, '0')}.txt`), report(i, rand));
  // Warm the pipeline (gazetteer, lexicons) outside the timed run, as a long-running ingest would be.
  const w0 = performance.now();
  const warm = ingestText(report(0, rng(1)), { uri: 'warm', kind: 'paste' });
  if (warm.ok) analyzeDocument(warm.document);
  figures['pipeline warm-up (gazetteer, lexicons)'] = ms(performance.now() - w0);

  const store = SqliteStore.open({ path: join(tmp, 'ingest.db'), fuse: defaultFuse });
  const results: AnalysisResult[] = [];
  const s = await runIngest(store, plan(store, [{ kind: 'path', path: dir }]), {
    analyze: (d, w) => {
      const r = analyzeDocument(d, w);
      results.push(r);
      return r;
    },
  });
  const c = await store.counts();
  await store.close();
  figures[`ingest ${n} docs, full pipeline (docs/s)`] = (s.new / s.seconds).toFixed(1);
  figures['  of which: new / failed / events / incidents'] = `${s.new} / ${s.failed} / ${c.events} / ${c.incidents}`;

  // Two analysis workers (the main thread reads and writes), warmed first like the single thread.
  const pool = createPool(2);
  try {
    const w = ingestText(report(1, rng(2)), { uri: 'warm', kind: 'paste' });
    if (w.ok) await Promise.all([pool.analyze(w.document, []), pool.analyze(w.document, [])]);
    const store3 = SqliteStore.open({ path: join(tmp, 'ingest3.db'), fuse: defaultFuse });
    const s3 = await runIngest(store3, plan(store3, [{ kind: 'path', path: dir }]), { analyze: pool.analyze, concurrency: Number(process.env.MARSAD_BENCH_CONC ?? 16) });
    await store3.close();
    figures[`ingest ${n} docs, full pipeline, 2 worker threads (docs/s)`] = (s3.new / s3.seconds).toFixed(1);
  } finally {
    await pool.close();
  }

  // The store's share: the same analyses saved again into a fresh store, then fused.
  const store2 = SqliteStore.open({ path: join(tmp, 'ingest2.db'), fuse: defaultFuse });
  const t0 = performance.now();
  for (const r of results) await store2.saveAnalysis(r, { kind: 'file', uri: r.document.source.uri });
  const t1 = performance.now();
  await store2.fusePending();
  const t2 = performance.now();
  await store2.close();
  figures['store only: saveAnalysis (docs/s)'] = (results.length / ((t1 - t0) / 1000)).toFixed(0);
  figures['store only: fusion of all their events'] = ms(t2 - t1);
}

async function queryFigures(tmp: string, figures: Record<string, string | number>) {
  const n = num('MARSAD_BENCH_EVENTS', 100_000);
  const store = SqliteStore.open({ path: join(tmp, 'events.db') });
  const rand = rng(42);
  const t0 = performance.now();
  for (let i = 0; i < n; i += 10_000) store.importIncidents(Array.from({ length: Math.min(10_000, n - i) }, (_, k) => synthetic(i + k, rand)));
  figures[`insert ${n} synthetic incidents (incidents/s)`] = (n / ((performance.now() - t0) / 1000)).toFixed(0);
  store.db.pragma('optimize');

  const all: number[] = [];
  const per: string[] = [];
  for (const [name, f0] of LIST_QUERIES) {
    const f = normaliseFilter({ ...f0, limit: 50 });
    if (!f.ok) throw new Error(f.error.message);
    await store.listIncidents(f.filter); // warm the statement and the page cache
    const times: number[] = [];
    for (let k = 0; k < 20; k++) {
      const q0 = performance.now();
      await store.listIncidents(f.filter);
      times.push(performance.now() - q0);
    }
    all.push(...times);
    per.push(`${name} ${pct(times, 50).toFixed(1)}/${pct(times, 95).toFixed(1)}`);
  }
  figures[`list (limit 50) over ${n} incidents, p50`] = ms(pct(all, 50));
  figures[`list (limit 50) over ${n} incidents, p95`] = ms(pct(all, 95));
  figures['  per filter p50/p95 ms'] = per.join('; ');
  await store.close();
}

async function ftsFigures(tmp: string, figures: Record<string, string | number>) {
  const n = num('MARSAD_BENCH_FTS_DOCS', 20_000);
  const store = SqliteStore.open({ path: join(tmp, 'fts.db') });
  const rand = rng(3);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const text = report(i, rand);
    const h = createHash('sha256').update(text).digest('hex');
    const lang = (['ar', 'fr', 'en'] as const)[i % 3];
    await store.saveAnalysis(
      { document: { id: h.slice(0, 16), source: { kind: 'file', uri: `b${i}` }, outlet: null, title: null, language: lang, published: null, published_source: 'unknown', text, raw_sha256: h, clean_sha256: h }, events: [], assessments: [], mentions: [], warnings: [] },
      { kind: 'file', uri: `b${i}` },
    );
  }
  figures[`store ${n} documents without events (docs/s)`] = (n / ((performance.now() - t0) / 1000)).toFixed(0);
  const qs = ['Tillabéri', 'تيلابيري', 'الجيش', 'JNIM soldats', 'revendiqué attaque', 'security sources', 'Ségou', 'كيدال', 'tomb*', 'dépêche 1234'];
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    for (const q of qs) {
      const q0 = performance.now();
      await store.searchDocuments(q, { limit: 20 });
      times.push(performance.now() - q0);
    }
  }
  figures[`full-text query over ${n} documents (limit 20), p50`] = ms(pct(times, 50));
  figures[`full-text query over ${n} documents (limit 20), p95`] = ms(pct(times, 95));
  await store.close();
}

export default async function (): Promise<Record<string, string | number>> {
  const tmp = mkdtempSync(join(tmpdir(), 'marsad-bench-store-'));
  const figures: Record<string, string | number> = {};
  try {
    await ingestFigures(tmp, figures);
    await queryFigures(tmp, figures);
    await ftsFigures(tmp, figures);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return figures;
}
