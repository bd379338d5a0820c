/**
 * @module pipeline/worker-main
 * The body of an analysis worker (pipeline/pool.ts): tasks in, results out, over the worker's port.
 * The knowledge is loaded once per worker — at start when the pool asks for it (`warm`), else on
 * the first task — and the worker then says it is ready.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, warmUp, type PoolTask } from './tasks.ts';

const port = parentPort!;
if ((workerData as { warm?: boolean } | null)?.warm) {
  try {
    warmUp();
  } catch {
    // A failing warm-up shows again, with its stack, on the first task.
  }
}
port.postMessage({ ready: true });
port.on('message', (m: { id: number; task: PoolTask }) => {
  try {
    port.postMessage({ id: m.id, value: runTask(m.task) });
  } catch (e) {
    port.postMessage({ id: m.id, error: (e as Error).stack ?? String(e) });
  }
});
