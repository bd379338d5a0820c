/**
 * @module server
 * `startServer()` — what `marsad serve` runs: open the store, make sure the web interface is built
 * (building it once when missing or stale), build the app, listen (127.0.0.1 by default), and load
 * the bundled knowledge before the first report arrives so that its analysis is quick.
 *
 * @example
 *   const s = await startServer({ port: 0, db: '/tmp/m.db' });
 *   console.log(s.url); // http://127.0.0.1:41234
 *   await s.close();
 */
import type { FastifyInstance } from 'fastify';
import { ingestText } from '../ingest/index.ts';
import { analyzeDocument } from '../pipeline/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { withAlerts, startAlertDelivery } from '../alerts/index.ts';
import { buildApp } from './app.ts';
import { ensureWebBuild, WEB_OUT } from './web.ts';

export { buildApp, VERSION, type AppOptions } from './app.ts';
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
  log?: (s: string) => void;
  logger?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  port: number;
  store: Store;
  close(): Promise<void>;
}

/** One short report per language: loads every language pack and the gazetteer. */
const WARM_UP = [
  'هاجم مسلحون قاعدة للجيش في باماكو أمس.',
  'Des hommes armés ont attaqué un poste militaire près de Mopti hier.',
  'Gunmen attacked an army post near Niamey yesterday.',
];

export function warmUp(): void {
  for (const t of WARM_UP) {
    const r = ingestText(t, { uri: 'warm-up', kind: 'paste' }, { published: '2024-01-02' });
    if (r.ok) analyzeDocument(r.document);
  }
}

export async function startServer(o: ServeOptions = {}): Promise<RunningServer> {
  const log = o.log ?? (() => {});
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
  const app = await buildApp({ store, webDir, webProblem, maxBodyBytes: o.maxBodyBytes, logger: o.logger ? { level: 'warn' } : false });
  if (o.warmUp !== false) {
    const t0 = Date.now();
    warmUp();
    log(`knowledge loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  try {
    await app.listen({ port: o.port ?? 4747, host: o.host ?? '127.0.0.1' });
  } catch (e) {
    await app.close();
    delivery?.stop();
    if (ownStore) await store.close();
    throw e;
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
    async close() {
      await app.close();
      delivery?.stop();
      if (ownStore) await store.close();
    },
  };
}
