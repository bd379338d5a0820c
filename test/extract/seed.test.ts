// The founding document end to end: every score of GOLD-FORMAT on its gold is 1.0, reached by the
// general rules (no string of the document is special-cased anywhere in src/ or data/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateGoldFiles } from '../../src/eval/index.ts';

test('seed: event P/R 1.0, every field 1.0, claims and assessments 1.0', () => {
  const report = evaluateGoldFiles(['../shared/seed/bamako-attack.gold.json']);
  const o = report.overall;
  assert.equal(o.events.precision, 1, 'event precision');
  assert.equal(o.events.recall, 1, 'event recall');
  for (const [k, f] of Object.entries(o.fields)) assert.equal((f as { value: number | null }).value, 1, `field ${k}`);
  assert.equal(o.claims.value, 1, 'claims');
  assert.equal(o.assessments.value, 1, 'assessments');
});

test('no source or data file quotes the founding document', () => {
  const seed = readFileSync('../shared/seed/bamako-attack.ar.txt', 'utf8');
  // Distinctive phrases of the seed that general rules must not need.
  const phrases = ['مدرسة الدرك في منطقة فالادي', 'الجانب العسكري من المطار الرئيسي', 'سلمان البمباري، من عرقية', 'على بعد 40 ميلاً فقط من نيامي'];
  for (const p of phrases) assert.ok(seed.includes(p), `the probe phrase must come from the seed: ${p}`);
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  for (const f of [...walk('src'), ...walk('data').filter((f) => /\.(json|ts|md)$/.test(f))]) {
    const text = readFileSync(f, 'utf8');
    for (const p of phrases) assert.ok(!text.includes(p), `${f} contains a phrase of the founding document`);
  }
});
