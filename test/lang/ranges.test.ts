// Number ranges in every language (tables: text → min/max), and what is not a range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from '../../src/extract/numbers.ts';
import { packFor } from '../../src/lang/index.ts';
import { fold } from '../../src/text/index.ts';

const rows: Array<['ar' | 'fr' | 'en', string, number, number | null]> = [
  ['en', 'between 20 and 30 people were killed', 20, 30],
  ['en', '5 to 40 soldiers died', 5, 40],
  ['en', 'two or three villagers', 2, 3],
  ['en', 'killed 12-15 civilians', 12, 15],
  ['fr', 'entre 20 et 30 morts', 20, 30],
  ['fr', 'de 10 à 15 tués', 10, 15],
  ['fr', 'deux ou trois soldats', 2, 3],
  ['ar', 'ما بين 20 و30 قتيلا', 20, 30],
  ['ar', 'مقتل 5 إلى 7 جنود', 5, 7],
  // Not ranges: a dash with spaces (a dateline before it), a smaller second number, "and" without "between".
  ['en', 'Sept 8 - Forty-nine civilians', 8, 8],
  ['en', '30 to 20', 30, 30],
  ['en', 'killed 20 and wounded 30', 20, 20],
  ['fr', '38 soldats et 17 blessés', 38, 38],
];

test('number ranges', () => {
  const misses: string[] = [];
  for (const [lang, text, min, max] of rows) {
    const f = (s: string) => fold(s, lang);
    const n = findNumbers(f(text), packFor(lang), f)[0];
    if (!n || n.min !== min || n.max !== max) misses.push(`${lang}: ${text} → ${n ? `${n.min}..${n.max}` : 'none'}`);
  }
  assert.deepEqual(misses, []);
});

test('Arabic digits after a proclitic are numbers', () => {
  const f = (s: string) => fold(s, 'ar');
  const ns = findNumbers(f('مقتل 20 جنديا و15 مدنيا'), packFor('ar'), f);
  assert.deepEqual(ns.map((n) => n.min), [20, 15]);
});
