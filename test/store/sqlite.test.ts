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
import { event } from './fixtures.ts';
import Database from 'better-sqlite3';

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

test('sqlite: a version-1 database is migrated in place and keeps its incidents', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-store-'));
  try {
    const path = join(dir, 'v1.db');
    const raw = new Database(path);
    raw.exec('CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    raw.exec(MIGRATIONS[0].sql);
    raw.prepare("INSERT INTO migrations VALUES (1, 'v1', 'then')").run();
    const rec = event({ event_date: '2022-06-15', date_start: '2022-01-01', date_end: '2022-12-31', notes: 'old' });
    raw.prepare(
      `INSERT INTO incidents (n, sort_date, event_date, date_start, date_end, span_days, disorder_type, event_type, sub_event_type, iso, country, admin1_key, latitude, longitude, fatalities, record, updated_at)
       VALUES (7, '2022-06-15', '2022-06-15', '2022-01-01', '2022-12-31', 364, 'Political violence', 'Battles', 'Armed clash', 466, 'Mali', 'bamako', 12.65, -8, 0, ?, 'then')`,
    ).run(JSON.stringify(rec));
    raw.prepare("INSERT INTO actors (n, name, key) VALUES (1, 'Wagner Group', 'wagner group')").run();
    raw.prepare('INSERT INTO incident_actors (actor_n, incident_n) VALUES (1, 7)').run();
    raw.close();
    const s = SqliteStore.open({ path });
    assert.equal(await s.schemaVersion(), MIGRATIONS.length);
    const got = await s.listIncidents({ actor: 'wagner', from: '2022-03-01', to: '2022-03-31' });
    assert.deepEqual(got.map((x) => [x.id, x.record.notes]), [['M7', 'old']]);
    assert.deepEqual(s.db.prepare('SELECT sort_date FROM incident_actors').all(), [{ sort_date: '2022-01-01' }]);
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
});
