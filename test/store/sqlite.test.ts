// The store suite against the SQLite engine, plus what only SQLite has: WAL, the file location.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { defaultDbPath, openStore } from '../../src/store/index.ts';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.ts';
import { runStoreSuite } from './suite.ts';

runStoreSuite({
  name: 'sqlite',
  async make(opts = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-store-'));
    const path = join(dir, 'sub', 'marsad.db');
    const store = SqliteStore.open({ path, fuse: opts.fuse });
    const others: SqliteStore[] = [];
    return {
      store,
      async reopen() {
        const s = SqliteStore.open({ path, fuse: opts.fuse });
        others.push(s);
        return s;
      },
      async cleanup() {
        await store.close();
        for (const o of others) await o.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
});

test('sqlite: WAL journal, migrations recorded in order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-store-'));
  try {
    const s = SqliteStore.open({ path: join(dir, 'a.db') });
    assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
    const rows = s.db.prepare('SELECT version, name FROM migrations ORDER BY version').all() as Array<{ version: number; name: string }>;
    assert.deepEqual(rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
    await s.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: migration versions are unique and increasing', () => {
  const v = MIGRATIONS.map((m) => m.version);
  assert.deepEqual(v, [...v].sort((a, b) => a - b));
  assert.equal(new Set(v).size, v.length);
  assert.equal(v[0], 1);
});

test('sqlite: a database newer than the program is refused with a clear message', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-store-'));
  try {
    const path = join(dir, 'a.db');
    const s = SqliteStore.open({ path });
    s.db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (9999, 'future', 'x')").run();
    await s.close();
    assert.throws(() => SqliteStore.open({ path }), /newer than this program/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('default location: $MARSAD_HOME, else $XDG_DATA_HOME/marsad, else ~/.local/share/marsad', () => {
  assert.equal(defaultDbPath({ MARSAD_HOME: '/m' }), '/m/marsad.db');
  assert.equal(defaultDbPath({ XDG_DATA_HOME: '/x' }), '/x/marsad/marsad.db');
  assert.match(defaultDbPath({}), /\.local\/share\/marsad\/marsad\.db$/);
  assert.throws(() => openStore({ db: 'postgres://localhost/marsad' }), /PostgreSQL is not implemented/);
});
