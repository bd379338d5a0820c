// Kill the ingest of 1,000 documents with SIGKILL at random moments, several times, run it again
// to completion, then check: every document stored exactly once, nothing partial, nothing pending.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFile } from '../../src/ingest/index.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { expectedRows, lightAnalyze } from './light-analyze.ts';

const CHILD = join(import.meta.dirname, 'kill-child.ts');
const DOCS = 1000;
const COPIES = 50;
const KILLS = 4;

// Small seeded generator, so a failing run can be replayed with MARSAD_CRASH_SEED.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Djibo', 'Ségou', 'Mopti', 'Gao', 'Kidal', 'Tillabéri', 'Kati', 'Bandiagara', 'Boni', 'Douentza'];
const TEMPLATES = [
  (p: string, n: number, d: number) => `Gunmen attacked ${p} on ${d} September, killing ${n} people. The army said it regained control of ${p}.`,
  (p: string, n: number, d: number) => `Des hommes armés ont attaqué ${p} le ${d} septembre: ${n} morts selon des sources locales.`,
  (p: string, n: number, d: number) => `هاجم مسلحون ${p} يوم ${d} سبتمبر مما أسفر عن مقتل ${n} شخصا.`,
  (p: string, n: number, d: number) => `Report ${n}: clashes near ${p} (day ${d}); toll unknown.`,
];

function start(dir: string, db: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, db], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  let out = '';
  child.stderr.on('data', (b) => (err += b));
  child.stdout.on('data', (b) => (out += b));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.on('exit', (code, signal) => ok({ code, signal })));
  const progressed = () => (err.match(/^ingest: /gm) ?? []).length;
  return { child, exit, progressed, stderr: () => err, stdout: () => out };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test(`SIGKILL during a ${DOCS}-document ingest, ${KILLS} times: each document stored once, no partial rows`, { timeout: 600_000 }, async (t) => {
  const seed = Number(process.env.MARSAD_CRASH_SEED ?? Date.now() % 1e9);
  const rand = rng(seed);
  const tmp = mkdtempSync(join(tmpdir(), 'marsad-crash-'));
  try {
    const dir = join(tmp, 'docs');
    mkdirSync(join(dir, 'b'), { recursive: true });
    for (let i = 0; i < DOCS - COPIES; i++) {
      const t = TEMPLATES[i % TEMPLATES.length];
      writeFileSync(join(dir, i % 2 ? 'b' : '', `doc-${String(i).padStart(4, '0')}.txt`), t(PLACES[i % PLACES.length], i, 1 + (i % 28)));
    }
    for (let i = 0; i < COPIES; i++) copyFileSync(join(dir, `doc-${String(i * 2).padStart(4, '0')}.txt`), join(dir, `copy-${i}.txt`));
    const db = join(tmp, 'store.db');

    const kills: string[] = [];
    let midway = 0;
    for (let k = 0; k < KILLS; k++) {
      const c = start(dir, db);
      // Kill at a random moment: sometimes while it starts, mostly a little after the ingest has
      // begun (documents are written in batches, so progress lines come in bursts).
      const t0 = Date.now();
      if (rand() < 0.2) await sleep(rand() * 1500);
      else {
        while (c.progressed() === 0 && c.child.exitCode === null && Date.now() - t0 < 30_000) await sleep(5);
        await sleep(rand() * 400);
      }
      const alive = c.child.exitCode === null;
      c.child.kill('SIGKILL');
      const e = await c.exit;
      kills.push(`${alive ? 'killed' : 'finished'} after ${c.progressed()} progress line(s)${e.signal ? ` (${e.signal})` : ''}`);
      if (alive && c.progressed() > 0) midway++;
    }
    assert.ok(midway >= 2, `at least two runs were killed in the middle of the ingest: ${kills.join('; ')}`);
    const last = start(dir, db);
    const e = await last.exit;
    assert.equal(e.code, 0, `final run failed (seed ${seed}): ${last.stderr()}`);
    const summary = JSON.parse(last.stdout());
    assert.equal(summary.failed, 0);
    t.diagnostic(`seed ${seed}; ${kills.join('; ')}; final run: ${summary.new} new, ${summary.unchanged} unchanged in ${summary.seconds.toFixed(1)} s`);

    const store = SqliteStore.open({ path: db });
    try {
      const msg = `seed ${seed}; runs: ${kills.join('; ')}`;
      const one = (sql: string, ...p: unknown[]) => (store.db.prepare(sql).get(...p) as { c: number }).c;
      // The expected result, computed here from the same files.
      const files: string[] = [];
      const walk = (d: string) => {
        for (const n of readdirSync(d, { withFileTypes: true })) n.isDirectory() ? walk(join(d, n.name)) : files.push(join(d, n.name));
      };
      walk(dir);
      assert.equal(files.length, DOCS);
      const byHash = new Map<string, ReturnType<typeof expectedRows>>();
      for (const f of files) {
        const r = ingestFile(f);
        assert.ok(r.ok);
        byHash.set(r.document.clean_sha256, expectedRows(lightAnalyze(r.document)));
      }
      assert.equal(byHash.size, DOCS - COPIES);
      assert.equal(one('SELECT count(*) AS c FROM documents'), byHash.size, msg);
      assert.equal(one('SELECT count(DISTINCT clean_sha256) AS c FROM documents'), byHash.size, msg);
      const total = { mentions: 0, events: 0, claims: 0, evidence: 0, assessments: 0 };
      for (const [hash, want] of byHash) {
        const id = (store.db.prepare('SELECT id, n FROM documents WHERE clean_sha256 = ?').get(hash) as { id: string; n: number } | undefined);
        assert.ok(id, `document ${hash} stored (${msg})`);
        const got = {
          mentions: one('SELECT count(*) AS c FROM mentions WHERE document_id = ?', id.id),
          events: one('SELECT count(*) AS c FROM events WHERE document_id = ?', id.id),
          claims: one('SELECT count(*) AS c FROM claims WHERE event_n IN (SELECT n FROM events WHERE document_id = ?)', id.id),
          evidence: one('SELECT count(*) AS c FROM evidence WHERE document_id = ?', id.id),
          assessments: one('SELECT count(*) AS c FROM assessments WHERE document_id = ?', id.id),
        };
        assert.deepEqual(got, want, `rows of ${id.id} (${msg})`);
        assert.equal(one('SELECT count(*) AS c FROM documents_fts WHERE rowid = ?', id.n), 1, `search row of ${id.id}`);
        for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += want[k];
      }
      const c = await store.counts();
      assert.deepEqual({ mentions: c.mentions, events: c.events, claims: c.claims, evidence: c.evidence, assessments: c.assessments }, total, msg);
      assert.equal(c.retrievals, DOCS, `one retrieval per file (${msg})`);
      assert.equal(one('SELECT count(*) AS c FROM source_items'), DOCS, msg);
      assert.equal(c.pending_fusion, 0, msg);
      assert.equal(one('SELECT count(*) AS c FROM incident_events'), c.events, `every event in exactly one incident (${msg})`);
      assert.equal(one('SELECT count(*) AS c FROM incidents WHERE n NOT IN (SELECT incident_n FROM incident_events)'), 0, 'no empty incident');
      assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
      assert.deepEqual(store.db.pragma('foreign_key_check'), []);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
