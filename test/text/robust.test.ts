// Bad input: every function returns a safe result quickly, never throws or hangs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepare, identifyLanguage, sentences, tokens, normalise } from '../../src/text/index.ts';
import type { LangOrUnd } from '../../src/text/index.ts';

const LANGS: LangOrUnd[] = ['ar', 'fr', 'en', 'und'];

function randomText(n: number, seed: number): string {
  // Deterministic junk over the interesting ranges: ASCII, Latin-1, Arabic, marks, quotes, surrogates.
  const pools = [[0x20, 0x7e], [0xa0, 0xff], [0x600, 0x6ff], [0x300, 0x36f], [0x2000, 0x206f], [0xd800, 0xdfff], [0xfb50, 0xfeff], [0x0a, 0x0a]];
  let x = seed;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const [lo, hi] = pools[x % pools.length];
    out.push(lo + ((x >> 8) % (hi - lo + 1)));
  }
  return String.fromCharCode(...out);
}

test('random junk: spans valid, tokens map back, no throw', () => {
  for (let seed = 1; seed <= 20; seed++) {
    const t = randomText(3000, seed);
    for (const lang of LANGS) {
      const p = prepare(t, lang);
      let prev = 0;
      for (const s of p.sentences) {
        assert.ok(s.start >= prev && s.start < s.end && s.end <= t.length);
        prev = s.end;
      }
      for (const k of p.tokens) {
        assert.ok(k.start <= k.end && k.end <= t.length);
        assert.equal(t.slice(k.start, k.end), k.text);
        assert.ok(k.norm.length > 0);
      }
    }
  }
});

// A hang fails through the runner's time limit; speed itself is measured in the bench.
test('pathological shapes finish (no hang)', { timeout: 120_000 }, () => {
  const cases = [
    '.'.repeat(200_000),
    '«'.repeat(100_000) + 'x. Y'.repeat(1000) + '»'.repeat(100_000),
    '("'.repeat(50_000),
    'a'.repeat(300_000),
    '\n'.repeat(200_000),
    'M. '.repeat(50_000),
    '1.'.repeat(100_000),
    "l'".repeat(100_000),
    'و'.repeat(100_000),
    ('word '.repeat(40) + '\n').repeat(3000),
  ];
  for (const c of cases) {
    for (const lang of LANGS) prepare(c, lang);
    identifyLanguage(c);
  }
});

test('non-string-like edge values', () => {
  assert.deepEqual(sentences('', 'en'), []);
  assert.deepEqual(tokens('', 'ar'), []);
  assert.equal(normalise('', 'und').text, '');
  assert.equal(identifyLanguage('\u0000\u0001\u0002 binary \ufffd\ufffd'), 'und');
});
