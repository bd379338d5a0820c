/**
 * @module store
 * Opening the store: `openStore()` picks the engine from the location (a file path → SQLite; a
 * postgres:// or postgresql:// URL → PostgreSQL, see store/postgres) and the default location under
 * the user's data directory ($MARSAD_HOME, else $XDG_DATA_HOME/marsad, else ~/.local/share/marsad).
 *
 * @example
 *   const store = openStore();                       // ~/.local/share/marsad/marsad.db
 *   const store2 = openStore({ db: '/tmp/test.db' });
 *   const store3 = openStore({ db: 'postgres://marsad@db.example/marsad' }); // connects on first use
 */
import { join } from 'node:path';
import { dataDir } from '../knowledge/gazetteer/userdata.ts';
import { SqliteStore } from './sqlite/index.ts';
import { PgStore } from './postgres/index.ts';
import type { FuseFn, Store } from './types.ts';
import { defaultFuse } from './fuse-default.ts';

export * from './types.ts';
export { SqliteStore, incidentId, incidentNumber } from './sqlite/index.ts';
export { PgStore, redactUrl } from './postgres/index.ts';
export { normaliseFilter, dayBound } from './filter.ts';
export { findCountry, countries } from './countries.ts';
export { standInFuse } from './fusion.ts';
export { defaultFuse } from './fuse-default.ts';

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'marsad.db');
}

/** Does this --db location name a PostgreSQL database (rather than a SQLite file)? */
export function isPostgresUrl(loc: string): boolean {
  return /^postgres(ql)?:\/\//i.test(loc);
}

export function openStore(opts: { db?: string; fuse?: FuseFn; readonly?: boolean } = {}): Store & { path: string } {
  const loc = opts.db ?? defaultDbPath();
  if (isPostgresUrl(loc)) return new PgStore({ url: loc, fuse: opts.fuse ?? defaultFuse, readonly: opts.readonly });
  return SqliteStore.open({ path: loc, fuse: opts.fuse ?? defaultFuse, readonly: opts.readonly });
}
