/**
 * The PostgreSQL engine's figures, comparable with store.bench.ts (SQLite), when
 * MARSAD_TEST_PG_URL names a server (else nothing is measured). All in a fresh schema, dropped after:
 *   1. insert MARSAD_BENCH_PG_EVENTS synthetic incidents (default 100,000; set 1000000 for the issue's
 *      figure, which takes several minutes to generate on a loaded 2-core machine) through importIncidents;
 *   2. list latency (limit 50, p50/p95) with the same filters as store.bench.ts;
 *   3. saveAnalysis rate (one transaction per document, one event each) and fusion of those events;
 *   4. full-text query latency over MARSAD_BENCH_FTS_DOCS synthetic documents (default 20,000).
 * The server shares the 2-core machine with the bench: read the figures with that noise in mind.
 */
import { createHash } from 'node:crypto';
import { PgStore } from '../src/store/postgres/index.ts';
import { normaliseFilter } from '../src/store/filter.ts';
import { defaultFuse } from '../src/store/fuse-default.ts';
import type { AnalysisResult } from '../src/model/types.ts';
import { dropSchema, freshSchema } from '../test/store/pg.ts';
import { LIST_QUERIES, ms, num, pct, rng, synthetic } from './common.ts';

const REPORTS = [
  (p: string, i: number) => `هاجم مسلحون يشتبه في انتمائهم إلى جماعة نصرة الإسلام والمسلمين موقعا للجيش قرب ${p}، وفقا لمصادر أمنية. (تقرير ${i})`,
  (p: string, i: number) => `Des hommes armés présumés du JNIM ont attaqué un poste de l'armée près de ${p}, selon des sources sécuritaires. (dépêche ${i})`,
  (p: string, i: number) => `Suspected JNIM gunmen attacked an army post near ${p}, security sources said. (report ${i})`,
];
const PLACES = [['موبتي', 'Mopti', 'Mopti'], ['تيلابيري', 'Tillabéri', 'Tillaberi'], ['كيدال', 'Kidal', 'Kidal'], ['تمبكتو', 'Tombouctou', 'Timbuktu'], ['سيغو', 'Ségou', 'Segou']];

function docResult(i: number, rand: () => number, withEvent: boolean): AnalysisResult {
  const lang = (['ar', 'fr', 'en'] as const)[i % 3];
  const text = REPORTS[i % 3](PLACES[Math.floor(rand() * PLACES.length)][i % 3], i);
  const h = createHash('sha256').update(text).digest('hex');
  const ev = synthetic(i, rand);
  return {
    document: { id: h.slice(0, 16), source: { kind: 'file', uri: `b${i}` }, outlet: `Outlet ${i % 7}`, title: null, language: lang, published: null, published_source: 'unknown', text, raw_sha256: h, clean_sha256: h },
    events: withEvent ? [{ ...ev, source_documents: [h.slice(0, 16)] }] : [],
    assessments: [],
    mentions: [],
    warnings: [],
  };
}

export default async function (): Promise<Record<string, string | number>> {
  const url = process.env.MARSAD_TEST_PG_URL?.trim();
  if (!url) return { skipped: 'MARSAD_TEST_PG_URL is not set (postgres://USER@HOST:PORT/DB)' };
  const figures: Record<string, string | number> = {};
  const schema = freshSchema();
  const store = await PgStore.open({ url, schema, fuse: defaultFuse });
  try {
    figures.server = String((await store.pool.query('SHOW server_version')).rows[0].server_version);

    // 1–2. Synthetic incidents, then filtered lists.
    const n = num('MARSAD_BENCH_PG_EVENTS', 100_000);
    const rand = rng(42);
    const t0 = performance.now();
    for (let i = 0; i < n; i += 10_000) await store.importIncidents(Array.from({ length: Math.min(10_000, n - i) }, (_, k) => synthetic(i + k, rand)));
    figures[`insert ${n} synthetic incidents (incidents/s)`] = (n / ((performance.now() - t0) / 1000)).toFixed(0);
    const a0 = performance.now();
    await store.pool.query('VACUUM ANALYZE');
    figures['VACUUM ANALYZE after the insert'] = ms(performance.now() - a0);
    const all: number[] = [];
    const per: string[] = [];
    for (const [name, f0] of LIST_QUERIES) {
      const f = normaliseFilter({ ...f0, limit: 50 });
      if (!f.ok) throw new Error(f.error.message);
      await store.listIncidents(f.filter); // warm the plan and the buffers
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

    // 3. One transaction per document, then fusion (into the store that already holds the incidents above).
    const docs = num('MARSAD_BENCH_PG_DOCS', 2000);
    const r2 = rng(5);
    const results = Array.from({ length: docs }, (_, i) => docResult(i, r2, true));
    const s0 = performance.now();
    for (const r of results) await store.saveAnalysis(r, { kind: 'file', uri: r.document.source.uri });
    figures[`saveAnalysis, ${docs} documents with one event each (docs/s)`] = (docs / ((performance.now() - s0) / 1000)).toFixed(0);
    const f0 = performance.now();
    const fz = await store.fusePending();
    figures[`fusePending of their ${fz.events} events`] = ms(performance.now() - f0);

    // 4. Full-text search (documents without events, stored 500 per transaction).
    const ftsN = num('MARSAD_BENCH_FTS_DOCS', 20_000);
    const r3 = rng(3);
    const b0 = performance.now();
    for (let i = 0; i < ftsN; i += 500) {
      await store.saveAnalyses(Array.from({ length: Math.min(500, ftsN - i) }, (_, k) => ({ result: docResult(docs + i + k, r3, false), retrieval: { kind: 'file' as const, uri: `f${i + k}` } })));
    }
    figures[`store ${ftsN} documents without events, 500 per transaction (docs/s)`] = (ftsN / ((performance.now() - b0) / 1000)).toFixed(0);
    await store.pool.query('ANALYZE');
    const qs = ['Tillabéri', 'تيلابيري', 'الجيش', 'JNIM soldats', 'armée sécuritaires', 'security sources', 'Ségou', 'كيدال', 'tomb*', 'dépêche 1234'];
    const times: number[] = [];
    for (let r = 0; r < 5; r++) {
      for (const q of qs) {
        const q0 = performance.now();
        await store.searchDocuments(q, { limit: 20 });
        times.push(performance.now() - q0);
      }
    }
    figures[`full-text query over ${ftsN + docs} documents (limit 20), p50`] = ms(pct(times, 50));
    figures[`full-text query over ${ftsN + docs} documents (limit 20), p95`] = ms(pct(times, 95));
  } finally {
    await store.close();
    await dropSchema(url, schema);
  }
  return figures;
}
