/**
 * @module pipeline/pool
 * The one worker pool over the pure pipeline (ARCHITECTURE.md "a worker pool over the pure
 * pipeline"), used by `marsad ingest --jobs` and by `marsad serve`: analysis is CPU-bound and
 * synchronous, so it runs on worker threads and the caller's thread stays free (reading and
 * writing the store, answering HTTP requests).
 *
 * - Each worker loads the knowledge once (at start with `warm`, else on its first task).
 * - Tasks wait in one queue and go to the least busy ready worker, at most `perWorker` at a time.
 * - `maxQueue` bounds the waiting tasks: beyond it a task is refused at once (`busy`).
 * - `timeoutMs` bounds a task from submission: a queued task is dropped, a running one has its
 *   worker stopped and replaced (the other tasks it held go back to the queue).
 * - A worker that dies fails the task it was running (`worker_failed`) and is replaced; workers
 *   that die before they are ever ready three times in a row make the pool refuse everything.
 * - `close()` refuses what is queued or running (`closed`) and stops every worker.
 * Problems are PoolError with a `code`, so that callers can map them (e.g. HTTP 503).
 *
 * @example
 *   const pool = createPool({ size: 2, warm: true });
 *   await pool.ready();
 *   const r = await pool.analyze(doc, warnings);
 *   const x = await pool.ingest({ text: 'Gunmen attacked…', meta: { uri: 'paste:1', kind: 'paste' } });
 *   await pool.close();
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisResult, DocumentRecord, Warning } from '../model/types.ts';
import type { IngestAnalysis, IngestInput, PoolTask, ReadResult } from './tasks.ts';

export type { IngestAnalysis, IngestInput, ReadResult } from './tasks.ts';

export type PoolErrorCode = 'busy' | 'timeout' | 'closed' | 'worker_failed' | 'task_failed';

export class PoolError extends Error {
  readonly code: PoolErrorCode;
  constructor(code: PoolErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export interface PoolOptions {
  /** Worker threads (default: the cores available, see os.availableParallelism). */
  size?: number;
  /** Tasks that may wait for a worker (default unbounded); more are refused with `busy`. */
  maxQueue?: number;
  /** Longest a task may take from submission, in ms (default: no limit). */
  timeoutMs?: number;
  /** Tasks handed to one worker at once (default 2: the next is ready when one ends). */
  perWorker?: number;
  /** Load the knowledge when a worker starts rather than on its first task (default false). */
  warm?: boolean;
}

/** Per task: a time limit other than the pool's. */
export interface TaskOptions {
  timeoutMs?: number;
}

export interface AnalysisPool {
  readonly size: number;
  /** Analyse a document already read. */
  analyze(doc: DocumentRecord, warnings: Warning[], opts?: TaskOptions): Promise<AnalysisResult>;
  /** Read (text, bytes or file) and analyse; a read problem is a value, as in src/ingest. */
  ingest(input: IngestInput, opts?: TaskOptions): Promise<IngestAnalysis>;
  /** Only read (decode, clean, hash) on a worker, e.g. so that the caller can skip known texts. */
  read(input: IngestInput, opts?: TaskOptions): Promise<ReadResult>;
  /** Resolves when every worker has started (and, with `warm`, loaded the knowledge). */
  ready(): Promise<void>;
  /** Tasks running on workers and waiting in the queue. */
  load(): { running: number; queued: number };
  close(): Promise<void>;
}

type Job = {
  id: number;
  task: PoolTask;
  resolve: (v: unknown) => void;
  reject: (e: PoolError) => void;
  timer?: NodeJS.Timeout;
  slot?: Slot;
};
type Slot = { worker: Worker; jobs: Map<number, Job>; ready: boolean; dead: boolean; onReady: Promise<void> };

const MAX_START_FAILURES = 3;

/** The default number of analysis workers: the cores this process may use. */
export const defaultPoolSize = (): number => Math.max(1, availableParallelism());

export function createPool(options: number | PoolOptions = {}): AnalysisPool {
  const o: PoolOptions = typeof options === 'number' ? { size: options } : options;
  const size = o.size ?? defaultPoolSize();
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`marsad pool: size must be a whole number ≥ 1, got ${size}`);
  const perWorker = Math.max(1, o.perWorker ?? 2);
  const maxQueue = o.maxQueue ?? Infinity;
  let next = 1;
  let closing = false;
  let broken: string | null = null;
  let startFailures = 0;
  const queue: Job[] = [];
  const slots: Slot[] = [];

  const settle = (j: Job) => {
    if (j.timer) clearTimeout(j.timer);
    j.slot?.jobs.delete(j.id);
    j.slot = undefined;
  };

  const pump = () => {
    while (queue.length) {
      let best: Slot | null = null;
      for (const s of slots) if (s.ready && !s.dead && s.jobs.size < perWorker && (!best || s.jobs.size < best.jobs.size)) best = s;
      if (!best) return;
      const j = queue.shift()!;
      j.slot = best;
      best.jobs.set(j.id, j);
      best.worker.postMessage({ id: j.id, task: j.task });
    }
  };

  /** Stop a worker; its first task gets `failed`, the others go back to the front of the queue. */
  const retire = (slot: Slot, failed: { job: Job | null; error: PoolError } | null) => {
    if (slot.dead) return;
    slot.dead = true;
    const held = [...slot.jobs.values()];
    slot.jobs.clear();
    const first = failed?.job ?? held[0];
    for (const j of held) j.slot = undefined;
    if (first && failed) {
      settle(first);
      first.reject(failed.error);
    }
    queue.unshift(...held.filter((j) => j !== first || !failed));
    void slot.worker.terminate();
    const i = slots.indexOf(slot);
    if (i >= 0) {
      if (closing) slots.splice(i, 1);
      else if (!slot.ready && ++startFailures >= MAX_START_FAILURES) {
        broken = `analysis workers fail to start (${failed?.error.message ?? 'exited'})`;
        slots.splice(i, 1);
        for (const j of queue.splice(0)) {
          settle(j);
          j.reject(new PoolError('worker_failed', broken));
        }
      } else slots[i] = spawn();
    }
    pump();
  };

  const spawn = (): Slot => {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { warm: o.warm === true } });
    let markReady: () => void = () => {};
    const slot: Slot = { worker, jobs: new Map(), ready: false, dead: false, onReady: new Promise<void>((r) => (markReady = r)) };
    worker.on('message', (m: { ready?: true; id?: number; value?: unknown; error?: string }) => {
      if (m.ready) {
        slot.ready = true;
        startFailures = 0;
        markReady();
        return pump();
      }
      const j = slot.jobs.get(m.id!);
      if (!j) return;
      settle(j);
      if (m.error !== undefined) j.reject(new PoolError('task_failed', m.error));
      else j.resolve(m.value);
      pump();
    });
    const died = (why: string) => {
      markReady();
      retire(slot, { job: null, error: new PoolError('worker_failed', `analysis worker stopped: ${why}`) });
    };
    worker.on('error', (e) => died(e.stack ?? e.message));
    worker.on('exit', (code) => died(`exit code ${code}`));
    return slot;
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  const submit = <T>(task: PoolTask, timeoutMs = o.timeoutMs): Promise<T> => {
    if (closing) return Promise.reject(new PoolError('closed', 'the analysis pool is closed'));
    if (broken) return Promise.reject(new PoolError('worker_failed', broken));
    if (queue.length >= maxQueue && !slots.some((s) => s.ready && !s.dead && s.jobs.size < perWorker)) {
      return Promise.reject(new PoolError('busy', `every analysis worker is busy and ${queue.length} report(s) are waiting`));
    }
    return new Promise<T>((resolve, reject) => {
      const j: Job = { id: next++, task, resolve: resolve as (v: unknown) => void, reject };
      if (timeoutMs !== undefined && Number.isFinite(timeoutMs)) {
        j.timer = setTimeout(() => {
          const error = new PoolError('timeout', `analysis took longer than ${timeoutMs} ms`);
          if (j.slot) return retire(j.slot, { job: j, error });
          const i = queue.indexOf(j);
          if (i >= 0) queue.splice(i, 1);
          settle(j);
          reject(error);
        }, timeoutMs);
      }
      queue.push(j);
      pump();
    });
  };

  return {
    size,
    analyze: (doc, warnings, t) => submit<AnalysisResult>({ op: 'analyze', doc, warnings }, t?.timeoutMs),
    ingest: (input, t) => submit<IngestAnalysis>({ op: 'ingest', input }, t?.timeoutMs),
    read: (input, t) => submit<ReadResult>({ op: 'read', input }, t?.timeoutMs),
    async ready() {
      // Replacements may come while waiting: wait until the current workers are all ready.
      while (!broken && !closing && slots.some((s) => !s.ready)) await Promise.all(slots.map((s) => s.onReady));
      if (broken) throw new PoolError('worker_failed', broken);
    },
    load: () => ({ running: slots.reduce((n, s) => n + s.jobs.size, 0), queued: queue.length }),
    async close() {
      if (closing) return;
      closing = true;
      const error = new PoolError('closed', 'the analysis pool was closed');
      const all = [...queue.splice(0), ...slots.flatMap((s) => [...s.jobs.values()])];
      for (const j of all) {
        settle(j);
        j.reject(error);
      }
      const ws = slots.splice(0).map((s) => ((s.dead = true), s.worker));
      await Promise.all(ws.map((w) => w.terminate()));
    },
  };
}
