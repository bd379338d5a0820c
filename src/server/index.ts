/**
 * @module server
 * `startServer()` — what `marsad serve` runs: open the store, make sure the web interface is built
 * (building it once when missing or stale), start the analysis workers (pipeline/pool.ts: reports
 * are read and analysed off the event loop; each worker loads the bundled knowledge as soon as it
 * starts, while the server already listens), build the app and listen (127.0.0.1 by default). `close()` stops the
 * server, then the workers, then the store.
 *
 * @example
 *   const s = await startServer({ port: 0, db: '/tmp/m.db' });
 *   console.log(s.url); // http://127.0.0.1:41234
 *   await s.close();
 */
import type { FastifyInstance } from 'fastify';
import { createPool, defaultPoolSize, type AnalysisPool } from '../pipeline/pool.ts';
import { warmUp } from '../pipeline/tasks.ts';
import { openStore, type Store } from '../store/index.ts';
import { withAlerts, startAlertDelivery } from '../alerts/index.ts';
import { buildApp } from './app.ts';
import { ensureWebBuild, WEB_OUT } from './web.ts';

export { buildApp, VERSION, type AppOptions } from './app.ts';
export { warmUp } from '../pipeline/tasks.ts';
export { buildWeb, ensureWebBuild, webBuildState, WEB_OUT, WEB_SRC } from './web.ts';

export interface ServeOptions {
  port?: number;
  host?: string;
  /** SQLite file (default: the user's data directory, see store/index.ts). */
  db?: string;
  /** An open store to use instead of `db` (not closed by `close()`). */
  store?: Store;
  /** Where the built interface lives (default out/web); `false`: serve the API only. */
  webDir?: string | false;
  maxBodyBytes?: number;
  /** Load the knowledge before listening (default true). */
  warmUp?: boolean;
  /** Analysis worker threads (default: the cores available); 0 analyses on the event loop. */
  workers?: number;
  /** Reports that may wait for a worker (default 8 per worker); more get 503 `busy`. */
  maxQueue?: number;
  /** Longest a report may take to be read and analysed, in ms (default 120 000); then 504. */
  analysisTimeoutMs?: number;
  log?: (s: string) => void;
  logger?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  port: number;
  store: Store;
  /** Resolves once the analysis workers have loaded the knowledge (they do so while listening). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export async function startServer(o: ServeOptions = {}): Promise<RunningServer> {
  const log = o.log ?? (() => {});
  const workers = o.workers ?? defaultPoolSize();
  if (!Number.isInteger(workers) || workers < 0) throw new RangeError(`marsad serve: workers must be a whole number ≥ 0, got ${workers}`);
  const ownStore = !o.store;
  // Documents stored through the API are checked against the standing alert rules, and webhook
  // deliveries left pending by an earlier process resume in the background.
  const store = o.store ?? withAlerts(openStore({ db: o.db }));
  const delivery = ownStore ? startAlertDelivery(store) : null;
  let webDir: string | null = null;
  let webProblem: string | undefined;
  if (o.webDir !== false) {
    const dir = o.webDir ?? WEB_OUT;
    const b = await ensureWebBuild(dir, log);
    if (b.ok) webDir = dir;
    else webProblem = `${b.message}. The API still works; run \`npm run build:web\` to see the errors.`;
  }
  const t0 = Date.now();
  let pool: AnalysisPool | null = null;
  if (workers > 0) pool = createPool({ size: workers, warm: o.warmUp !== false, perWorker: 1, maxQueue: o.maxQueue ?? workers * 8, timeoutMs: o.analysisTimeoutMs ?? 120_000 });
  const app = await buildApp({ store, webDir, webProblem, maxBodyBytes: o.maxBodyBytes, logger: o.logger ? { level: 'warn' } : false, pool: pool ?? undefined });
  const stopAll = async () => {
    // Stop listening, then stop the workers: a report still being analysed gets 503 at once
    // rather than holding the shutdown for up to the analysis timeout.
    const closing = app.close();
    await pool?.close();
    await closing;
    delivery?.stop();
    if (ownStore) await store.close();
  };
  const loaded = () => log(`knowledge loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s${pool ? ` (${workers} analysis worker${workers > 1 ? 's' : ''})` : ''}`);
  // Workers load the knowledge while the server already answers (health, maps); reports sent
  // meanwhile wait in the queue. Without workers the event loop loads it before listening.
  let ready: Promise<void> = Promise.resolve();
  try {
    if (!pool && o.warmUp !== false) {
      warmUp();
      loaded();
    }
    await app.listen({ port: o.port ?? 4747, host: o.host ?? '127.0.0.1' });
  } catch (e) {
    await stopAll();
    throw e;
  }
  if (pool) {
    ready = pool.ready().then(
      () => {
        if (o.warmUp !== false) loaded();
      },
      (e: Error) => log(`marsad serve: analysis workers unavailable: ${e.message}`),
    );
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : (o.port ?? 0);
  const host = o.host ?? '127.0.0.1';
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    app,
    url: `http://${shown}:${port}`,
    port,
    store,
    ready,
    close: stopAll,
  };
}
