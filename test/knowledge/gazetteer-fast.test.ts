// The fast paths of matching keys and gazetteer lookups give what the plain definitions give:
// one-pass arabicKey, matchKey's shortcut for already-folded text, the table-driven fineDistance,
// memoised lookups (also after clearCaches), and resolvePlace with the sentence's places passed in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicKey, foldArabicChar, foldDigits, latinKey, matchKey } from '../../src/text/keys.ts';
import { fineDistance } from '../../src/knowledge/gazetteer/translit.ts';
import { loadGazetteer, type Candidate } from '../../src/knowledge/gazetteer/load.ts';
import { findPlaces } from '../../src/knowledge/gazetteer/find.ts';
import { resolvePlace } from '../../src/knowledge/gazetteer/resolve.ts';
import type { Lang } from '../../src/model/types.ts';

/** arabicKey as first written: regular expressions step by step (the reference for the one-pass version). */
function arabicKeyRef(s: string): string {
  const t = foldDigits(s.replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, ''));
  let out = '';
  for (const c of t) out += foldArabicChar(c);
  return out.replace(/[\s\u00A0،؛؟«»"“”'’()\[\]\-–—.,:;!?]+/g, ' ').trim();
}

const KEYS: Array<[string, string]> = [
  ['بِبَامَاكُو', 'بباماكو'],
  ['  «تيلابيري»، ', 'تيلابيري'],
  ['أإآٱ ى ة ؤ ئ', 'اااا ي ه و ي'],
  ['ک ی گ پ ڤ', 'ك ي ك ب ف'],
  ['٢٠٢٤ ۱۹', '2024 19'],
  ['مـــالي', 'مالي'],
  ['a\u2003b\u3000c\ufeffd', 'a b c d'],
  ['(x)-[y]—z…', 'x y z…'],
  ['', ''],
];

test('arabicKey: table, and the regular-expression definition on every BMP character', () => {
  for (const [input, want] of KEYS) assert.equal(arabicKey(input), want, JSON.stringify(input));
  for (let u = 0; u < 0x10000; u++) {
    const c = String.fromCharCode(u);
    for (const s of [c, `ب${c}ا`, ` ${c} `]) assert.equal(arabicKey(s), arabicKeyRef(s), `U+${u.toString(16)}`);
  }
});

const MATCH: Array<[string, string]> = [
  ['باماكو', 'باماكو'],
  ['Tillabéri', 'tillaberi'],
  ['ۀ', latinKey('ۀ')], // decomposes under NFD: not on the shortcut
  ['ab  ج', 'ab ج'],
  ["l'Œuvre", 'l oeuvre'],
  ['ABC', 'abc'],
];

test('matchKey: the shortcut for folded text equals latinKey(arabicKey(s))', () => {
  for (const [input, want] of MATCH) {
    assert.equal(matchKey(input), want, input);
    assert.equal(matchKey(input), latinKey(arabicKey(input)), input);
  }
  const pool = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـًّ٠١ۀۂۓéÉÆœßaAz09 -’\'.،'];
  let seed = 3;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  for (let k = 0; k < 20000; k++) {
    let s = '';
    for (let i = 0, n = 1 + rnd(10); i < n; i++) s += pool[rnd(pool.length)];
    assert.equal(matchKey(s), latinKey(arabicKey(s)), JSON.stringify(s));
  }
});

const DIST: Array<[string, string, number]> = [
  ['bamaku', 'bamaku', 0],
  ['nimi', 'niami', 0.45],
  ['tilabiri', 'tilabari', 0.6],
  ['tmbktu', 'tumbuktu', 0.9],
  ['kati', 'gati', 0.35],
  ['xa', 'sa', 0.6],
  ['abc', '', 2.45],
  ['é', 'e', 1.2], // outside the ASCII tables: the general path
];

test('fineDistance: table, early stop above the limit', () => {
  for (const [a, b, d] of DIST) {
    assert.ok(Math.abs(fineDistance(a, b) - d) < 1e-9, `${a}/${b}: ${fineDistance(a, b)} ≠ ${d}`);
    assert.ok(Math.abs(fineDistance(b, a) - d) < 1e-9, `${b}/${a}`);
  }
  assert.ok(fineDistance('bamaku', 'tumbuktu', 0.5) > 0.5);
});

const summary = (cs: Candidate[]) => cs.map((c) => `${c.place.id}:${c.match}:${c.distance}`).join(',');

test('lookups: memoised answers equal fresh ones (after clearCaches)', () => {
  const g = loadGazetteer();
  const names = ['باماكو', 'فالادي', 'كاتي', 'Mopti', 'Tillabéri', 'Boni', 'واغادوغو', 'تمبكتو', 'Inates', 'Niger'];
  const first = names.map((n) => summary(g.lookup(n)) + '|' + summary(g.lookup(n, { fuzzy: false })));
  assert.ok(first.every((s) => s.length > 1));
  g.clearCaches();
  const again = names.map((n) => summary(g.lookup(n)) + '|' + summary(g.lookup(n, { fuzzy: false })));
  assert.deepEqual(again, first);
});

const SENTENCES: Array<[Lang, string]> = [
  ['ar', 'هاجم مسلحون ثكنة في حي فالادي بباماكو قرب مطار موديبو كيتا'],
  ['ar', 'قتل عشرة مدنيين في قرى نيونو ومولودو وسانداري بمنطقة سيغو'],
  ['fr', 'Une patrouille a été attaquée près de Boni, dans le cercle de Douentza (région de Mopti).'],
  ['en', 'Gunmen attacked Inates, near the border with Mali, in the Tillaberi region of Niger.'],
];

test('resolvePlace: the sentence places passed in give the same answer as finding them again', () => {
  const g = loadGazetteer();
  for (const [lang, sentence] of SENTENCES) {
    const found = findPlaces(sentence, lang, g);
    assert.ok(found.length > 0, sentence);
    for (const m of found) {
      const plain = resolvePlace(m.text, { lang, sentence, at: m.start }, g);
      const given = resolvePlace(m.text, { lang, sentence, at: m.start, sentencePlaces: found }, g);
      assert.deepEqual(given, plain, `${sentence}: ${m.text}`);
    }
  }
});
