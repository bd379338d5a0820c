// POST /api/analyze on the worker pool: a long analysis does not hold other requests (checked by
// the order in which answers arrive, not by a time), a full pool answers 503 busy, an analysis
// over the time limit 504 (its worker replaced), and closing while analysing does not hang.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createPool, type AnalysisPool } from '../../src/pipeline/pool.ts';
import { makeApp, SEED_PATH, type TestApp } from './helpers.ts';

const SEED = readFileSync(SEED_PATH, 'utf8');
/** A report long enough that its analysis takes a good while (seconds on this machine). */
const big = (copies: number) => Array.from({ length: copies }, () => SEED).join('\n\n');
const SMALL = 'Gunmen attacked an army post near Gao on 3 May 2024, killing four soldiers.';

const post = (t: TestApp, text: string, query = '') =>
  t.app.inject({ method: 'POST', url: `/api/analyze?published=2024-09-18${query}`, payload: text, headers: { 'content-type': 'text/plain' } });

/** Resolve once the pool has a task running on a worker. */
async function untilRunning(pool: AnalysisPool, n = 1) {
  while (pool.load().running < n) await new Promise((r) => setTimeout(r, 5));
}

let pool: AnalysisPool;
let t: TestApp;
before(async () => {
  // One worker taking one report at a time, one more may wait: the third is refused.
  pool = createPool({ size: 1, perWorker: 1, maxQueue: 1, warm: true, timeoutMs: 600_000 });
  t = await makeApp({ pool });
  await pool.ready();
});
after(async () => {
  await pool.close();
  await t.cleanup();
});

test('while a long analysis runs on a worker, health and the incident list are answered first', async () => {
  const order: string[] = [];
  const analysing = post(t, big(2), '&store=true').then((r) => (order.push('analyze'), r));
  await untilRunning(pool);
  const health = t.app.inject({ method: 'GET', url: '/api/health' }).then((r) => (order.push('health'), r));
  const list = t.app.inject({ method: 'GET', url: '/api/incidents' }).then((r) => (order.push('incidents'), r));
  const [h, l] = await Promise.all([health, list]);
  assert.equal(h.statusCode, 200);
  assert.equal(l.statusCode, 200);
  assert.equal(pool.load().running, 1, 'the analysis was still running when both were answered');
  const a = await analysing;
  assert.equal(a.statusCode, 200, a.body.slice(0, 300));
  assert.deepEqual(order, ['health', 'incidents', 'analyze']);
  const body = a.json();
  assert.equal(body.stored.status, 'new');
  assert.ok(body.events.length > 0, 'the worker analysed the report');
  // The stored document is the one analysed on the worker.
  const d = await t.app.inject({ method: 'GET', url: `/api/documents/${body.stored.document_id}` });
  assert.equal(d.statusCode, 200);
});

test('the same report gives the same analysis on a worker as on the event loop', async () => {
  const inline = await makeApp();
  try {
    const [a, b] = await Promise.all([post(t, SEED), post(inline, SEED)]);
    assert.equal(a.statusCode, 200);
    const strip = (r: typeof a) => {
      const j = r.json();
      for (const e of j.events) e.timestamp = 0;
      return j;
    };
    assert.deepEqual(strip(a), strip(b));
  } finally {
    await inline.cleanup();
  }
});

test('a full pool answers 503 busy (with Retry-After); the accepted reports are analysed', async () => {
  const first = post(t, big(2));
  await untilRunning(pool);
  const second = post(t, SMALL);
  while (pool.load().queued < 1) await new Promise((r) => setTimeout(r, 5));
  const third = await post(t, SMALL);
  assert.equal(third.statusCode, 503);
  assert.equal(third.json().error.code, 'busy');
  assert.equal(third.headers['retry-after'], '1');
  assert.deepEqual([(await first).statusCode, (await second).statusCode], [200, 200]);
  // Once the queue drains, reports are accepted again.
  assert.equal((await post(t, SMALL)).statusCode, 200);
});

test('ingest problems found on the worker keep their 4xx codes', async () => {
  const r = await post(t, '   \n  ');
  assert.equal(r.statusCode, 422);
  assert.equal(r.json().error.code, 'empty');
});

test('an analysis over the time limit is 504 analysis_timeout', async () => {
  // A limit no analysis can meet: the answer is 504 whatever the machine's speed.
  const p = createPool({ size: 1, timeoutMs: 1 });
  const s = await makeApp({ pool: p });
  try {
    const r = await post(s, SMALL);
    assert.equal(r.statusCode, 504, r.body.slice(0, 200));
    assert.equal(r.json().error.code, 'analysis_timeout');
  } finally {
    await p.close();
    await s.cleanup();
  }
});

test('a worker stopped for taking too long is replaced, and the replacement analyses', async () => {
  const input = { text: big(2), meta: { uri: 'paste:big', kind: 'paste' as const } };
  await assert.rejects(pool.ingest(input, { timeoutMs: 20 }), (e: Error & { code?: string }) => e.code === 'timeout');
  await pool.ready();
  const ok = await post(t, SMALL);
  assert.equal(ok.statusCode, 200, ok.body.slice(0, 200));
  assert.ok(ok.json().events.length > 0);
});

test('closing the pool while a report is analysed answers it 503 and does not hang', async () => {
  const p = createPool({ size: 1, warm: false });
  const s = await makeApp({ pool: p });
  try {
    const r = post(s, big(2));
    await untilRunning(p);
    await p.close();
    const res = await r;
    assert.equal(res.statusCode, 503);
    assert.equal(res.json().error.code, 'shutting_down');
    assert.equal((await post(s, SMALL)).statusCode, 503, 'a closed pool refuses new reports');
  } finally {
    await s.cleanup();
  }
});
