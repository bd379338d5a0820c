/**
 * @module sources/pool
 * Analysis on several cores: worker threads each running the pure pipeline (ARCHITECTURE.md
 * "a worker pool over the pure pipeline"). The main thread keeps reading sources and writing the
 * store (one writer); documents go to the least busy worker. A worker that dies fails its
 * documents (as `internal_error`) and is replaced.
 *
 * @example
 *   const pool = createPool(2);
 *   const r = await pool.analyze(doc, warnings);
 *   await pool.close();
 */
import { Worker } from 'node:worker_threads';
import type { AnalysisResult, DocumentRecord, Warning } from '../model/types.ts';

export interface AnalysisPool {
  readonly size: number;
  analyze(doc: DocumentRecord, warnings: Warning[]): Promise<AnalysisResult>;
  close(): Promise<void>;
}

type Task = { resolve: (r: AnalysisResult) => void; reject: (e: Error) => void };
type Slot = { worker: Worker; tasks: Map<number, Task> };

export function createPool(size: number): AnalysisPool {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`marsad sources: pool size must be a whole number ≥ 1, got ${size}`);
  let next = 1;
  let closing = false;
  const slots: Slot[] = [];
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(new URL('./worker.mjs', import.meta.url)), tasks: new Map() };
    slot.worker.on('message', (m: { id: number; result?: AnalysisResult; error?: string }) => {
      const t = slot.tasks.get(m.id);
      if (!t) return;
      slot.tasks.delete(m.id);
      if (m.error !== undefined) t.reject(new Error(m.error));
      else t.resolve(m.result!);
    });
    const fail = (why: string) => {
      for (const t of slot.tasks.values()) t.reject(new Error(`analysis worker stopped: ${why}`));
      slot.tasks.clear();
      const i = slots.indexOf(slot);
      if (i >= 0 && !closing) slots[i] = spawn();
    };
    slot.worker.on('error', (e) => fail(e.message));
    slot.worker.on('exit', (code) => {
      if (slot.tasks.size || !closing) fail(`exit code ${code}`);
    });
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn());
  return {
    size,
    analyze(doc, warnings) {
      if (closing) return Promise.reject(new Error('analysis pool is closed'));
      const slot = slots.reduce((a, b) => (b.tasks.size < a.tasks.size ? b : a));
      const id = next++;
      return new Promise<AnalysisResult>((resolve, reject) => {
        slot.tasks.set(id, { resolve, reject });
        slot.worker.postMessage({ id, doc, warnings });
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
