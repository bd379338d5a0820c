/**
 * @module sources/run
 * The ingest runner: candidates in, documents stored, a summary out. For each candidate: load
 * (read / fetch / decode), look the clean-text hash up (a known document only gains a retrieval,
 * without being analysed again), analyse; analyses are written in small batches, one transaction
 * per batch (a document is whole or absent: a crash loses at most the batch, which the next run
 * redoes). Fusion runs every `fuseEvery` new documents and at the end. A failure of one candidate is counted with its
 * reason and the run goes on; a bug in the analysis of one document is caught and reported as
 * `internal_error` for that document. With a worker pool, files are read there too (`read`), so
 * that this thread only looks hashes up, writes and fuses: the part that cannot be shared out.
 */
import type { AnalysisResult, Warning } from '../model/types.ts';
import type { Retrieval, Store } from '../store/types.ts';
import type { PlanEvent } from './plan.ts';
import type { Progress, ProgressCounts } from './progress.ts';
import { PERMANENT, type Analyze, type Candidate, type IngestSummary, type LoadResult, type Outcome, type SourceErrorCode } from './types.ts';

export interface RunOptions {
  analyze: Analyze;
  progress?: Progress;
  /** Fuse after this many new documents (default 500) and at the end. */
  fuseEvery?: number;
  /** Documents written per transaction (default 32; 1 = one transaction per document). */
  batchSize?: number;
  /** Longest a loaded document waits for its batch, in ms (default 500). */
  maxDelayMs?: number;
  /** Documents analysed at once (default 1); above 1 only helps with an analysis in workers. */
  concurrency?: number;
  /**
   * Reads candidates that carry an `input` (files) elsewhere — `pool.read`, on a worker thread —
   * so that this thread only looks hashes up and writes. Without it, `candidate.load()`.
   */
  read?: (input: NonNullable<Candidate['input']>) => Promise<LoadResult>;
  /**
   * Switch to other analysis (a worker pool) once this many documents are announced: a small run
   * is not worth starting workers that each load the knowledge, a big one is. Called at most once.
   */
  scaleUp?: { atTotal: number; start: () => Pick<RunOptions, 'analyze' | 'read' | 'concurrency'> };
  /** Called after each candidate is settled (tests, logs). */
  onOutcome?: (o: Outcome) => void;
}

type Loaded = { kind: 'outcome'; outcome: Outcome } | { kind: 'save'; c: Candidate; result: AnalysisResult; retrieval: Retrieval };

/**
 * Load one candidate and analyse it unless its text is already stored, or is being analysed for
 * another candidate of this run (then that analysis is reused and the store records a duplicate).
 */
async function prepareOne(store: Store, c: Candidate, opts: RunOptions, analysing: Map<string, Promise<AnalysisResult | null>>): Promise<Loaded> {
  const fail = (code: SourceErrorCode, message: string): Loaded => ({ kind: 'outcome', outcome: { status: 'failed', uri: c.uri, code, message } });
  const analyze = opts.analyze;
  let loaded;
  try {
    loaded = c.input && opts.read ? await opts.read(c.input) : await c.load();
  } catch (e) {
    return fail('internal_error', `${c.uri}: ${(e as Error).stack ?? String(e)}`);
  }
  if (!loaded.ok) {
    if (c.source_id !== undefined && c.item_key !== undefined && PERMANENT.has(loaded.error.code)) {
      await store.markItemsSeen(c.source_id, [{ key: c.item_key, status: loaded.error.code }]);
    }
    return fail(loaded.error.code, loaded.error.message);
  }
  const doc = loaded.document;
  const retrieval: Retrieval = { kind: c.kind, uri: c.uri, source_id: c.source_id ?? null, item_key: c.item_key ?? null, raw_sha256: doc.raw_sha256 };
  const same = analysing.get(doc.clean_sha256);
  if (same) {
    const r = await same;
    if (r) return { kind: 'save', c, result: r, retrieval };
  }
  // Claim the hash before any await, so that a copy loaded meanwhile waits for this analysis.
  let settleSlot: (r: AnalysisResult | null) => void = () => {};
  analysing.set(doc.clean_sha256, new Promise((res) => (settleSlot = res)));
  const known = await store.findByHash(doc.clean_sha256);
  if (known) {
    settleSlot(null);
    analysing.delete(doc.clean_sha256);
    await store.addRetrieval(known, retrieval);
    return { kind: 'outcome', outcome: { status: 'duplicate', uri: c.uri, document_id: known } };
  }
  try {
    const result = await analyze(doc, loaded.warnings);
    settleSlot(result);
    return { kind: 'save', c, result, retrieval };
  } catch (e) {
    settleSlot(null);
    analysing.delete(doc.clean_sha256);
    return fail('internal_error', `analysis of ${c.uri} failed: ${(e as Error).stack ?? String(e)}`);
  }
}

export async function runIngest(store: Store, events: AsyncIterable<PlanEvent>, opts: RunOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const fuseEvery = opts.fuseEvery ?? 500;
  const batchSize = Math.max(1, opts.batchSize ?? 32);
  const maxDelay = opts.maxDelayMs ?? 500;
  const s: IngestSummary = { new: 0, duplicate: 0, failed: 0, unchanged: 0, events: 0, incidents: 0, seconds: 0, failures: [], notes: [] };
  const counts: ProgressCounts = { done: 0, total: 0, new: 0, duplicate: 0, failed: 0, unchanged: 0 };
  let sinceFuse = 0;
  let concurrency = Math.max(1, opts.concurrency ?? 1);
  let run: RunOptions = opts;
  const batch: Array<Extract<Loaded, { kind: 'save' }>> = [];
  const analysing = new Map<string, Promise<AnalysisResult | null>>();
  const inflight: Array<Promise<Loaded>> = [];
  let batchStarted = 0;

  const settle = (o: Outcome) => {
    if (o.status === 'new') {
      s.new++;
      s.events += o.events;
      sinceFuse++;
    } else if (o.status === 'duplicate') s.duplicate++;
    else {
      s.failed++;
      s.failures.push({ uri: o.uri, code: o.code, message: o.message });
    }
    counts.done++;
    opts.onOutcome?.(o);
  };
  const flush = async () => {
    if (batch.length) {
      const saved = await store.saveAnalyses(batch.map((b) => ({ result: b.result, retrieval: b.retrieval })));
      saved.forEach((sv, i) =>
        settle(sv.status === 'new' ? { status: 'new', uri: batch[i].c.uri, document_id: sv.document_id, events: sv.events } : { status: 'duplicate', uri: batch[i].c.uri, document_id: sv.document_id }),
      );
      // Written documents are found by their hash in the store from now on.
      for (const b of batch) analysing.delete(b.result.document.clean_sha256);
      batch.length = 0;
    }
    if (sinceFuse >= fuseEvery) {
      s.incidents += (await store.fusePending()).incidents;
      sinceFuse = 0;
    }
  };

  const take = async (p: Promise<Loaded>) => {
    const l = await p;
    if (l.kind === 'outcome') settle(l.outcome);
    else {
      if (!batch.length) batchStarted = performance.now();
      batch.push(l);
    }
    if (batch.length >= batchSize || (batch.length && performance.now() - batchStarted >= maxDelay)) await flush();
    Object.assign(counts, { new: s.new, duplicate: s.duplicate, failed: s.failed, unchanged: s.unchanged });
    opts.progress?.update(counts);
  };

  for await (const ev of events) {
    if (ev.type === 'total') {
      counts.total += ev.count;
      if (opts.scaleUp && run === opts && counts.total >= opts.scaleUp.atTotal) {
        run = { ...opts, ...opts.scaleUp.start() };
        concurrency = Math.max(1, run.concurrency ?? 1);
      }
    }
    else if (ev.type === 'unchanged') s.unchanged += ev.count;
    else if (ev.type === 'note') s.notes.push(ev.warning as Warning);
    else {
      inflight.push(prepareOne(store, ev.candidate, run, analysing));
      while (inflight.length >= concurrency) await take(inflight.shift()!);
    }
  }
  while (inflight.length) await take(inflight.shift()!);
  await flush();
  s.incidents += (await store.fusePending()).incidents;
  Object.assign(counts, { new: s.new, duplicate: s.duplicate, failed: s.failed, unchanged: s.unchanged });
  opts.progress?.update(counts);
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
