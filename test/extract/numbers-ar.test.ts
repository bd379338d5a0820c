// Arabic numbers and quantities (tables: text → min/max/unit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from '../../src/extract/numbers.ts';
import { packFor } from '../../src/lang/index.ts';
import { fold } from '../../src/text/index.ts';

const pack = packFor('ar');
const f = (s: string) => fold(s, 'ar');

const rows: Array<[string, number, number | null, string?]> = [
  ['أحرقوا ست طائرات على الأقل', 6, null],
  ['مقتل ستة جنود', 6, 6],
  ['مقتل سبعة عشر مدنيا', 17, 17],
  ['مقتل خمسة وعشرين شخصا', 25, 25],
  ['مما أسفر عن مقتل العشرات', 12, null],
  ['قتل عشرات المدنيين', 12, null],
  ['مقتل المئات', 100, null],
  ['أن عددًا من العسكريين قتلوا', 3, 9],
  ['مقتل بضعة جنود', 3, 9],
  ['مقتل ما لا يقل عن 40 شخصا', 40, null],
  ['مقتل نحو 100 شخص', 90, 110],
  ['مقتل ٧١ جنديا', 71, 71],
  ['على بعد 40 ميلاً فقط من نيامي', 40, 40, 'km'],
  ['ما لا يقل عن 40٪ من أراضي بوركينا فاسو', 40, null, 'percent'],
  ['مقتل 1,200 شخص', 1200, 1200],
  ['ثلاثة آلاف نازح', 3000, 3000],
];

test('Arabic quantities', () => {
  const misses: string[] = [];
  for (const [text, min, max, unit] of rows) {
    const n = findNumbers(f(text), pack, f)[0];
    if (!n || n.min !== min || n.max !== max || (unit && n.unit !== unit)) misses.push(`${text} → ${n ? `${n.min}..${n.max} ${n.unit ?? ''}` : 'none'}`);
  }
  assert.deepEqual(misses, []);
});

test('40 miles is 64 km', () => {
  const n = findNumbers(f('على بعد 40 ميلاً فقط من نيامي'), pack, f)[0];
  assert.equal(n.km, 64);
});
