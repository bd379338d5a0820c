/**
 * `marsad ingest` end to end on a folder of generated reports (issue #6: ≥ 1,000 docs/s for 10,000
 * documents on 2 cores): files read, decoded, analysed, stored in SQLite and fused, as the CLI does.
 *   1. the ceiling of everything but extraction: a no-op analyser, reading in this thread and
 *      reading on worker threads;
 *   2. the full pipeline on MARSAD_BENCH_JOBS workers (default: the cores available), reading
 *      and analysing there; with MARSAD_BENCH_INLINE=1 also in this thread.
 * Per run: docs/s (wall), CPU ms per document (all threads), this thread's busy ms per document,
 * and the split of this thread's time between stages (reading when done here, hash look-up,
 * store writes, fusion). MARSAD_BENCH_DOCS documents (default 2,000; the figure is for
 * 10,000); MARSAD_BENCH_PER_WORKER tasks handed to a worker at once (default 4). The machine is
 * shared: CPU per document (from /proc, per thread) is the steadier figure.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteStore } from '../src/store/sqlite/index.ts';
import { defaultFuse } from '../src/store/fuse-default.ts';
import { plan, runIngest, type RunOptions } from '../src/sources/index.ts';
import { createPool, defaultPoolSize } from '../src/pipeline/pool.ts';
import { analyzeDocument } from '../src/pipeline/index.ts';
import { warmUp } from '../src/pipeline/tasks.ts';
import type { AnalysisResult, DocumentRecord, Warning } from '../src/model/types.ts';
import { num, report, rng } from './common.ts';

/**
 * CPU time (ms) of this thread and of the whole process from /proc (Linux; 10 ms ticks), or null.
 * Wall-clock figures on a shared machine count time spent waiting for a core; these do not.
 */
function cpuNow(): { self: number; all: number } | null {
  try {
    const ticks = (f: string) => {
      const v = f.slice(f.lastIndexOf(')') + 2).split(' ');
      return (Number(v[11]) + Number(v[12])) * 10;
    };
    const self = ticks(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'));
    let all = 0;
    for (const t of readdirSync('/proc/self/task')) all += ticks(readFileSync(`/proc/self/task/${t}/stat`, 'utf8'));
    return { self, all };
  } catch {
    return null;
  }
}

const noop = (d: DocumentRecord, w: Warning[]): AnalysisResult => ({ document: d, events: [], assessments: [], mentions: [], warnings: w });

type Figures = Record<string, string | number>;

/** One timed ingest of the folder into a fresh store; this thread's stage times by wrapping. */
async function measure(tmp: string, dir: string, name: string, how: Pick<RunOptions, 'analyze' | 'read' | 'concurrency'>, n: number, figures: Figures) {
  const store = SqliteStore.open({ path: join(tmp, `${name.replace(/\W+/g, '-')}.db`), fuse: defaultFuse });
  const stage: Record<string, number> = { read: 0, lookup: 0, save: 0, fuse: 0 };
  const wrap = <K extends 'findByHash' | 'saveAnalyses' | 'fusePending'>(k: K, label: string) => {
    const f = store[k].bind(store) as (...a: unknown[]) => Promise<unknown>;
    (store as unknown as Record<string, unknown>)[k] = async (...a: unknown[]) => {
      const t = performance.now();
      try {
        return await f(...a);
      } finally {
        stage[label] += performance.now() - t;
      }
    };
  };
  wrap('findByHash', 'lookup');
  wrap('saveAnalyses', 'save');
  wrap('fusePending', 'fuse');
  async function* timedPlan() {
    for await (const ev of plan(store, [{ kind: 'path', path: dir }])) {
      if (ev.type === 'candidate' && !how.read) {
        const c = ev.candidate;
        const load = c.load;
        c.load = async () => {
          const t = performance.now();
          try {
            return await load();
          } finally {
            stage.read += performance.now() - t;
          }
        };
      }
      yield ev;
    }
  }
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = process.cpuUsage();
  const thread0 = cpuNow();
  const t0 = performance.now();
  const s = await runIngest(store, timedPlan(), { ...how, fuseEvery: 500 });
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const elu = performance.eventLoopUtilization(elu0);
  const thread1 = cpuNow();
  await store.close();
  if (s.new !== n || s.failed) throw new Error(`bench ${name}: ${s.new} new, ${s.failed} failed of ${n}: ${s.failures[0]?.message}`);
  const per = (ms: number) => (ms / n).toFixed(3);
  figures[`${name}: docs/s`] = ((n * 1000) / wall).toFixed(0);
  const self = thread0 && thread1 ? per(thread1.self - thread0.self) : 'n/a';
  figures[`${name}: CPU ms/doc: all threads | this thread (busy wall)`] = `${per((cpu.user + cpu.system) / 1000)} | ${self} (${per(elu.active)})`;
  figures[`${name}: this thread ms/doc: read / look-up / save / fuse`] = `${how.read ? 'on workers' : per(stage.read)} / ${per(stage.lookup)} / ${per(stage.save)} / ${per(stage.fuse)}`;
}

export default async function (): Promise<Figures> {
  const n = num('MARSAD_BENCH_DOCS', 2000);
  const jobs = num('MARSAD_BENCH_JOBS', defaultPoolSize());
  const tmp = mkdtempSync(join(tmpdir(), 'marsad-bench-ingest-'));
  const figures: Figures = {};
  const pool = createPool({ size: jobs, warm: true, perWorker: num('MARSAD_BENCH_PER_WORKER', 4) });
  try {
    const dir = join(tmp, 'docs');
    mkdirSync(dir);
    const rand = rng(7);
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `r${String(i).padStart(6, '0')}.txt`), report(i, rand));
    const w0 = performance.now();
    await pool.ready();
    figures[`${jobs} worker(s) started and warm (s)`] = ((performance.now() - w0) / 1000).toFixed(1);

    await measure(tmp, dir, 'no-op analyser, read here', { analyze: noop }, n, figures);
    await measure(tmp, dir, 'no-op analyser, read on workers', { analyze: noop, read: pool.read, concurrency: jobs * 8 }, n, figures);
    await measure(tmp, dir, `full pipeline, ${jobs} worker(s)`, { analyze: pool.analyze, read: pool.read, concurrency: jobs * 4 }, n, figures);
    if (process.env.MARSAD_BENCH_INLINE === '1') {
      warmUp();
      await measure(tmp, dir, 'full pipeline, this thread', { analyze: analyzeDocument }, n, figures);
    }
  } finally {
    await pool.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return figures;
}
