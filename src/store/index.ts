/**
 * @module store
 * Opening the store: `openStore()` picks the engine from the location (a file path → SQLite; a
 * postgres:// URL is reserved for the PostgreSQL engine to come) and the default location under
 * the user's data directory ($MARSAD_HOME, else $XDG_DATA_HOME/marsad, else ~/.local/share/marsad).
 *
 * @example
 *   const store = openStore();                       // ~/.local/share/marsad/marsad.db
 *   const store2 = openStore({ db: '/tmp/test.db' });
 */
import { join } from 'node:path';
import { dataDir } from '../knowledge/gazetteer/userdata.ts';
import { SqliteStore } from './sqlite/index.ts';
import type { FuseFn, Store } from './types.ts';
import { defaultFuse } from './fuse-default.ts';

export * from './types.ts';
export { SqliteStore, incidentId, incidentNumber } from './sqlite/index.ts';
export { normaliseFilter, dayBound } from './filter.ts';
export { findCountry, countries } from './countries.ts';
export { standInFuse } from './fusion.ts';
export { defaultFuse } from './fuse-default.ts';

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'marsad.db');
}

export function openStore(opts: { db?: string; fuse?: FuseFn; readonly?: boolean } = {}): Store & { path: string } {
  const loc = opts.db ?? defaultDbPath();
  if (/^postgres(ql)?:\/\//i.test(loc)) throw new Error('marsad store: PostgreSQL is not implemented yet; give a file path for SQLite');
  return SqliteStore.open({ path: loc, fuse: opts.fuse ?? defaultFuse, readonly: opts.readonly });
}
