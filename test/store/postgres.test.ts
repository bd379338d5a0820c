// The store suite against the PostgreSQL engine (when MARSAD_TEST_PG_URL names a server, see
// ./pg.ts), plus what only this engine has: URLs, schemas, the U+0000 escape, two writers at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { PgStore, dec, enc, redactUrl, splitSchema } from '../../src/store/postgres/index.ts';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.ts';
import { pgTsQuery } from '../../src/store/postgres/fts.ts';
import { isPostgresUrl, openStore } from '../../src/store/index.ts';
import { runStoreSuite } from './suite.ts';
import { doc, result } from './fixtures.ts';
import { dropSchema, freshSchema, pgTestTarget } from './pg.ts';

// ---- what needs no server

test('postgres: U+0000 and the escape character survive the text encoding', () => {
  const cases = ['', 'plain', '\u0000', '\uE000', '\uE0000', '\u0000\uE000\u0000', 'a\uE000\uE000b\u00000', 'مرحبا\u0000'];
  for (const s of cases) {
    assert.equal(dec(enc(s)), s, JSON.stringify(s));
    assert.ok(!enc(s).includes('\u0000'), JSON.stringify(s));
  }
  assert.equal(enc('no change'), 'no change');
});

test('postgres: queries become tsquery text of quoted, folded lexemes only', () => {
  const cases: Array<[string, string | null]> = [
    ['Ségou attaque*', "'segou' & 'attaque':*"],
    ["it's", "'it' & 's'"],
    ['a\\b', "'a' & 'b'"],
    ['!!! & | :*', null],
    ['   ', null],
  ];
  for (const [q, want] of cases) assert.equal(pgTsQuery(q), want, q);
  // An Arabic word with a proclitic also matches its stem.
  assert.match(pgTsQuery('والإسلام')!, /^\('والاسلام' \| '.+'\)$/);
});

test('postgres: URLs pick the engine; passwords are hidden', () => {
  for (const [u, want] of [['postgres://a@h/db', true], ['postgresql://h/db', true], ['POSTGRES://h/db', true], ['/tmp/postgres://x', false], ['marsad.db', false]] as const) {
    assert.equal(isPostgresUrl(u), want, u);
  }
  assert.equal(redactUrl('postgres://user:secret@host:5432/db'), 'postgres://user:***@host:5432/db');
  const urls: Array<[string, { url: string; schema?: string }]> = [
    ['postgres://h/db', { url: 'postgres://h/db' }],
    ['postgres://h/db?schema=s1', { url: 'postgres://h/db', schema: 's1' }],
    ['postgres://h/db?sslmode=require&schema=s1', { url: 'postgres://h/db?sslmode=require', schema: 's1' }],
    ['postgres://h/db?schema=s1&sslmode=require', { url: 'postgres://h/db?sslmode=require', schema: 's1' }],
    ['postgres://h/db?a=1&schema=s1&b=2', { url: 'postgres://h/db?a=1&b=2', schema: 's1' }],
  ];
  for (const [u, want] of urls) assert.deepEqual(splitSchema(u), want, u);
  const s = openStore({ db: 'postgres://user:secret@127.0.0.1:1/nothing' });
  assert.equal(s.engine, 'postgres');
  assert.equal(s.path, 'postgres://user:***@127.0.0.1:1/nothing');
  assert.throws(() => new PgStore({ url: 'postgres://h/db', schema: 'x; DROP TABLE y' }), /schema name/);
  return s.close();
});

test('postgres: an unreachable server is a clear error from the first call, not a crash', async () => {
  const s = openStore({ db: 'postgres://nobody@127.0.0.1:1/nothing' });
  await assert.rejects(s.counts(), /cannot reach PostgreSQL at postgres:\/\/nobody@127\.0\.0\.1:1\/nothing/);
  await s.close();
});

test('postgres: migration versions are unique and increasing', () => {
  const v = PG_MIGRATIONS.map((m) => m.version);
  assert.deepEqual(v, [...v].sort((a, b) => a - b));
  assert.equal(new Set(v).size, v.length);
  assert.equal(v[0], 1);
});

// ---- against a server

const target = await pgTestTarget();
if (!target.ok) {
  console.log(target.reason);
  if (target.fail) test('postgres: a PostgreSQL server is reachable (required under CI)', () => assert.fail(target.reason));
  else test('postgres: store suite', { skip: target.reason }, () => {});
} else {
  const url = target.url;
  const withSchema = async (fn: (schema: string) => Promise<void>) => {
    const schema = freshSchema();
    try {
      await fn(schema);
    } finally {
      await dropSchema(url, schema);
    }
  };

  runStoreSuite({
    name: 'postgres',
    async make(opts = {}) {
      const schema = freshSchema();
      const store = await PgStore.open({ url, schema, fuse: opts.fuse });
      const others: PgStore[] = [];
      return {
        store,
        async reopen() {
          const s = await PgStore.open({ url, schema, fuse: opts.fuse });
          others.push(s);
          return s;
        },
        async cleanup() {
          await store.close();
          for (const o of others) await o.close();
          await dropSchema(url, schema);
        },
      };
    },
  });

  test('postgres: migrations recorded in order; a newer database is refused; read-only opens need a schema', () =>
    withSchema(async (schema) => {
      const s = await PgStore.open({ url, schema });
      const rows = (await s.pool.query('SELECT version FROM migrations ORDER BY version')).rows as Array<{ version: number }>;
      assert.deepEqual(rows.map((r) => r.version), PG_MIGRATIONS.map((m) => m.version));
      await s.pool.query("INSERT INTO migrations (version, name, applied_at) VALUES (9999, 'future', 'x')");
      await s.close();
      await assert.rejects(PgStore.open({ url, schema }), /newer than this program/);
      const other = freshSchema();
      await assert.rejects(PgStore.open({ url, schema: other, readonly: true }), /no Marsad schema/);
      await dropSchema(url, other);
    }));

  test('postgres: a URL with ?schema= opens that schema through openStore, as the CLI does', () =>
    withSchema(async (schema) => {
      const sep = url.includes('?') ? '&' : '?';
      const s = openStore({ db: `${url}${sep}schema=${schema}` });
      await s.saveAnalysis(result(doc('Schema test report about Gao.'), [{}]), { kind: 'file', uri: 'g' });
      await s.fusePending();
      await s.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const n = (await c.query(`SELECT count(*)::int AS n FROM ${schema}.incidents`)).rows[0].n;
      await c.end();
      assert.equal(n, 1);
      const r = openStore({ db: `${url}${sep}schema=${schema}`, readonly: true });
      assert.equal((await r.listIncidents()).length, 1);
      await assert.rejects(r.saveAnalysis(result(doc('Another report.')), { kind: 'file', uri: 'h' }), /read-only/);
      await r.close();
    }));

  test('postgres: two handles saving the same report at once store it once', () =>
    withSchema(async (schema) => {
      const a = await PgStore.open({ url, schema });
      const b = await PgStore.open({ url, schema });
      try {
        const d = doc('Two ingests read the same report about Ménaka at the same time.');
        const rs = await Promise.all([a.saveAnalysis(result(d, [{}]), { kind: 'file', uri: 'a' }), b.saveAnalysis(result(d, [{}]), { kind: 'file', uri: 'b' })]);
        assert.deepEqual(rs.map((r) => r.status).sort(), ['duplicate', 'new']);
        const many = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).saveAnalysis(result(doc(`parallel report ${i}`), [{}]), { kind: 'file', uri: String(i) })));
        assert.ok(many.every((r) => r.status === 'new'));
        await Promise.all([a.fusePending(), b.fusePending()]);
        const c = await a.counts();
        assert.deepEqual([c.documents, c.events, c.retrievals, c.incidents, c.pending_fusion], [9, 9, 10, 9, 0]);
      } finally {
        await a.close();
        await b.close();
      }
    }));
}
