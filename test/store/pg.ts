// Where the PostgreSQL tests find a server: MARSAD_TEST_PG_URL (e.g. postgres://postgres@127.0.0.1:54329/marsad_test;
// .ci/run starts a throwaway cluster and sets it). Each store made here lives in a fresh schema,
// dropped afterwards, so reruns start clean. Without a URL the suite is skipped with a printed
// reason, except under CI=true, where a missing or unreachable server fails the run.
import pg from 'pg';
import { randomBytes } from 'node:crypto';

export type PgTarget = { ok: true; url: string } | { ok: false; reason: string; fail: boolean };

const inCi = () => process.env.CI === 'true' || process.env.CI === '1';

/** The server to test against, checked reachable; or why there is none and whether that must fail. */
export async function pgTestTarget(): Promise<PgTarget> {
  const url = process.env.MARSAD_TEST_PG_URL?.trim();
  if (!url) {
    const how = 'set it to postgres://USER@HOST:PORT/DB of a server where schemas may be created; .ci/run starts one';
    return inCi()
      ? { ok: false, fail: true, reason: `MARSAD_TEST_PG_URL is not set, and under CI=true the PostgreSQL store tests must run (${how})` }
      : { ok: false, fail: false, reason: `MARSAD_TEST_PG_URL is not set: PostgreSQL store tests skipped (${how})` };
  }
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return { ok: true, url };
  } catch (e) {
    // A URL was given on purpose: an unreachable server is a failure, not a skip.
    return { ok: false, fail: true, reason: `MARSAD_TEST_PG_URL=${url.replace(/:[^:@/]*@/, ':***@')} is unreachable: ${(e as Error).message}` };
  } finally {
    await c.end().catch(() => {});
  }
}

let counter = 0;
/** A schema name no other run uses. */
export function freshSchema(): string {
  return `marsad_t${process.pid}_${++counter}_${randomBytes(3).toString('hex')}`;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await c.end();
  }
}
