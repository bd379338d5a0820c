/**
 * @module sources/run
 * The ingest runner: candidates in, documents stored, a summary out. For each candidate: load
 * (read / fetch / decode), look the clean-text hash up (a known document only gains a retrieval,
 * without being analysed again), analyse, store in one transaction. Fusion runs every
 * `fuseEvery` new documents and at the end. A failure of one candidate is counted with its
 * reason and the run goes on; a bug in the analysis of one document is caught and reported as
 * `internal_error` for that document.
 */
import type { Warning } from '../model/types.ts';
import type { Store } from '../store/types.ts';
import type { PlanEvent } from './plan.ts';
import type { Progress, ProgressCounts } from './progress.ts';
import { PERMANENT, type Analyze, type Candidate, type IngestSummary, type Outcome } from './types.ts';

export interface RunOptions {
  analyze: Analyze;
  progress?: Progress;
  /** Fuse after this many new documents (default 500) and at the end. */
  fuseEvery?: number;
  /** Called after each candidate (tests, logs). */
  onOutcome?: (o: Outcome) => void;
}

export async function ingestOne(store: Store, c: Candidate, analyze: Analyze): Promise<Outcome> {
  let loaded;
  try {
    loaded = await c.load();
  } catch (e) {
    return { status: 'failed', uri: c.uri, code: 'internal_error', message: `${c.uri}: ${(e as Error).stack ?? String(e)}` };
  }
  if (!loaded.ok) {
    if (c.source_id !== undefined && c.item_key !== undefined && PERMANENT.has(loaded.error.code)) {
      await store.markItemsSeen(c.source_id, [{ key: c.item_key, status: loaded.error.code }]);
    }
    return { status: 'failed', uri: c.uri, code: loaded.error.code, message: loaded.error.message };
  }
  const doc = loaded.document;
  const retrieval = { kind: c.kind, uri: c.uri, source_id: c.source_id ?? null, item_key: c.item_key ?? null, raw_sha256: doc.raw_sha256 };
  const known = await store.findByHash(doc.clean_sha256);
  if (known) {
    await store.addRetrieval(known, retrieval);
    return { status: 'duplicate', uri: c.uri, document_id: known };
  }
  let result;
  try {
    result = analyze(doc, loaded.warnings);
  } catch (e) {
    return { status: 'failed', uri: c.uri, code: 'internal_error', message: `analysis of ${c.uri} failed: ${(e as Error).stack ?? String(e)}` };
  }
  const saved = await store.saveAnalysis(result, retrieval);
  return saved.status === 'new'
    ? { status: 'new', uri: c.uri, document_id: saved.document_id, events: saved.events }
    : { status: 'duplicate', uri: c.uri, document_id: saved.document_id };
}

export async function runIngest(store: Store, events: AsyncIterable<PlanEvent>, opts: RunOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const fuseEvery = opts.fuseEvery ?? 500;
  const s: IngestSummary = { new: 0, duplicate: 0, failed: 0, unchanged: 0, events: 0, incidents: 0, seconds: 0, failures: [], notes: [] };
  const counts: ProgressCounts = { done: 0, total: 0, new: 0, duplicate: 0, failed: 0, unchanged: 0 };
  let sinceFuse = 0;
  const fuse = async () => {
    const f = await store.fusePending();
    s.incidents += f.incidents;
    sinceFuse = 0;
  };
  for await (const ev of events) {
    if (ev.type === 'total') counts.total += ev.count;
    else if (ev.type === 'unchanged') s.unchanged += ev.count;
    else if (ev.type === 'note') s.notes.push(ev.warning as Warning);
    else {
      const o = await ingestOne(store, ev.candidate, opts.analyze);
      if (o.status === 'new') {
        s.new++;
        s.events += o.events;
        if (++sinceFuse >= fuseEvery) await fuse();
      } else if (o.status === 'duplicate') s.duplicate++;
      else {
        s.failed++;
        s.failures.push({ uri: o.uri, code: o.code, message: o.message });
      }
      counts.done++;
      opts.onOutcome?.(o);
    }
    Object.assign(counts, { new: s.new, duplicate: s.duplicate, failed: s.failed, unchanged: s.unchanged });
    if (ev.type === 'candidate') opts.progress?.update(counts);
  }
  await fuse();
  opts.progress?.done();
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}

/** The end-of-run summary, for people. */
export function formatSummary(s: IngestSummary, maxListed = 20): string {
  const rate = (s.new + s.duplicate + s.failed) / Math.max(0.001, s.seconds);
  const lines = [
    `ingest: ${s.new} new, ${s.duplicate} duplicate, ${s.failed} failed${s.unchanged ? `, ${s.unchanged} unchanged since the last run` : ''}` +
      ` in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)} docs/s); ${s.events} event(s), ${s.incidents} incident(s) updated`,
  ];
  for (const n of s.notes) lines.push(`  note: ${n.message}`);
  if (s.failures.length) {
    const byCode = new Map<string, number>();
    for (const f of s.failures) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    lines.push(`  failed by reason: ${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}`);
    for (const f of s.failures.slice(0, maxListed)) lines.push(`  ✗ ${f.code}: ${f.message.split('\n')[0]}`);
    if (s.failures.length > maxListed) lines.push(`  … and ${s.failures.length - maxListed} more`);
  }
  return lines.join('\n');
}
