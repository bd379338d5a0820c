// `marsad eval` end to end and evaluateGoldFiles with an injected analyser: paths relative to the
// gold file, published and language from the gold, failures reported and the rest still scored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { evaluateGoldFiles, formatReport, type Analyzer } from '../../src/eval/index.ts';
import type { AnalysisResult } from '../../src/model/types.ts';
import { SEED_GOLD, perfectOutput, seedGold } from './helpers.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

/** A folder with one copy of the seed gold pointing at a document that exists, and broken ones. */
function fixtures() {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-eval-'));
  const seed = JSON.parse(readFileSync(SEED_GOLD, 'utf8'));
  writeFileSync(join(dir, 'doc.txt'), 'نص قصير عن هجوم في باماكو.\n');
  const good = join(dir, 'good.gold.json');
  writeFileSync(good, JSON.stringify({ ...seed, document: { ...seed.document, file: 'doc.txt' } }));
  const noDoc = join(dir, 'nodoc.gold.json');
  writeFileSync(noDoc, JSON.stringify({ ...seed, document: { ...seed.document, file: 'missing.txt' } }));
  const malformed = join(dir, 'malformed.gold.json');
  writeFileSync(malformed, JSON.stringify({ ...seed, events: [{ ...seed.events[0], event_type: ['Battle'] }] }));
  return { dir, good, noDoc, malformed };
}

test('marsad eval on the seed gold runs and reports (exit 0, whatever the scores)', async () => {
  const cap = capture();
  assert.equal(await main(['eval', SEED_GOLD], cap.io), 0, cap.err.join('\n'));
  const text = cap.out.join('\n');
  assert.match(text, /^Events/m);
  assert.match(text, /language ar \(1 doc\)/);
  assert.match(text, /overall \(1 doc\)/);
  assert.match(text, /event_type +sub_event_type +date +place +actors +fatalities +background +claims +assessments/);
  assert.deepEqual(cap.err, []);
});

test('marsad eval --json prints the report object', async () => {
  const cap = capture();
  assert.equal(await main(['eval', SEED_GOLD, '--json'], cap.io), 0);
  const r = JSON.parse(cap.out.join('\n'));
  assert.deepEqual(Object.keys(r), ['documents', 'languages', 'overall', 'errors']);
  const d = r.documents[0];
  assert.equal(d.gold, SEED_GOLD);
  assert.equal(d.language, 'ar');
  assert.equal(d.error, null);
  assert.equal(d.events.required, 4);
  assert.equal(d.events.optional, 2);
  assert.ok(d.events.recall >= 0 && d.events.recall <= 1);
  assert.equal(d.assessments.total, 4);
  assert.ok(Array.isArray(d.misses) && Array.isArray(d.pairs));
  assert.equal(r.languages.ar.documents, 1);
  assert.equal(r.overall.documents, 1);
  assert.deepEqual(r.errors, []);
});

test('marsad eval usage errors exit 2', async () => {
  assert.equal(await main(['eval'], capture().io), 2);
  assert.equal(await main(['eval', SEED_GOLD, '--format', 'xml'], capture().io), 2);
});

test('marsad eval: unloadable or unanalysable gold files exit 1; the others are still scored', async () => {
  const f = fixtures();
  const cap = capture();
  const code = await main(['eval', f.good, f.noDoc, f.malformed, join(f.dir, 'absent.gold.json'), '--json'], cap.io);
  assert.equal(code, 1);
  const r = JSON.parse(cap.out.join('\n'));
  assert.deepEqual(
    r.documents.map((d: { gold: string; error: { code: string } | null }) => [d.gold, d.error?.code ?? null]),
    [
      [f.good, null],
      [f.noDoc, 'not_found'],
    ],
  );
  assert.equal(r.overall.documents, 2, 'a failed analysis is scored as an empty output');
  assert.deepEqual(
    r.errors.map((e: { stage: string; code: string }) => `${e.stage}:${e.code}`),
    ['analyze:not_found', 'load:unknown_event_type', 'load:not_found'],
  );
  const err = cap.err.join('\n');
  assert.match(err, /nodoc\.gold\.json: analyze not_found/);
  assert.match(err, /malformed\.gold\.json: load unknown_event_type at events\[0\]\.event_type/);
});

test('evaluateGoldFiles: document path relative to the gold, published and language from it', () => {
  const f = fixtures();
  const calls: Array<[string, unknown]> = [];
  const perfect: Analyzer = (path, opts) => {
    calls.push([path, opts]);
    const out = perfectOutput(seedGold(), true);
    return { ok: true, result: { document: {} as AnalysisResult['document'], mentions: [], warnings: [], ...out } };
  };
  const r = evaluateGoldFiles([f.good], perfect);
  assert.deepEqual(calls, [[join(f.dir, 'doc.txt'), { published: '2024-09-18', lang: 'ar' }]]);
  assert.equal(r.overall.events.f1, 1);
  assert.equal(r.overall.assessments.value, 1);
  assert.deepEqual(r.errors, []);
  assert.match(formatReport(r), /Misses: none/);
});

test('evaluateGoldFiles: an analyser that throws is reported against its file, not raised', () => {
  const f = fixtures();
  const r = evaluateGoldFiles([f.good, f.good], () => {
    throw new Error('boom');
  });
  assert.equal(r.documents.length, 2);
  assert.deepEqual(
    r.errors.map((e) => e.code),
    ['exception', 'exception'],
  );
  assert.match(r.errors[0].message, /boom/);
  assert.equal(r.overall.events.recall, 0);
});
