/**
 * @module text/chars
 * One byte of character classes per UTF-16 code unit, built once from Unicode properties, so the
 * hot loops test a flag instead of running a regex per character.
 */

export const LETTER = 1;
export const UPPER = 2;
export const LOWER = 4;
export const DIGIT = 8;
export const SPACE = 16;
export const MARK = 32;
export const ARABIC = 64;
export const LATIN = 128;

export const CLASS: Uint8Array = (() => {
  const f = new Uint8Array(65536);
  const L = /\p{L}/u;
  const U = /\p{Lu}|\p{Lt}/u;
  const Lo = /\p{Ll}/u;
  const D = /\p{Nd}/u;
  const S = /\s/u;
  const M = /\p{M}/u;
  const A = /\p{Script=Arabic}/u;
  const La = /\p{Script=Latin}/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c < 0xe000) continue;
    const s = String.fromCharCode(c);
    let v = 0;
    if (L.test(s)) {
      v |= LETTER;
      if (U.test(s)) v |= UPPER;
      else if (Lo.test(s)) v |= LOWER;
      if (A.test(s)) v |= ARABIC;
      else if (La.test(s)) v |= LATIN;
    } else if (D.test(s)) v |= DIGIT;
    else if (S.test(s)) v |= SPACE;
    else if (M.test(s)) v |= A.test(s) ? MARK | ARABIC : MARK;
    f[c] = v;
  }
  return f;
})();

export const isLetter = (c: number): boolean => (CLASS[c] & LETTER) !== 0;
export const isDigit = (c: number): boolean => (CLASS[c] & DIGIT) !== 0;
export const isSpace = (c: number): boolean => (CLASS[c] & SPACE) !== 0;
export const isUpper = (c: number): boolean => (CLASS[c] & UPPER) !== 0;
export const isLower = (c: number): boolean => (CLASS[c] & LOWER) !== 0;
/** Letter, digit or combining mark: the stuff words and numbers are made of. */
export const isWordChar = (c: number): boolean => (CLASS[c] & (LETTER | DIGIT | MARK)) !== 0;
export const isArabicLetter = (c: number): boolean => (CLASS[c] & (LETTER | ARABIC)) === (LETTER | ARABIC);
export const isLatinLetter = (c: number): boolean => (CLASS[c] & (LETTER | LATIN)) === (LETTER | LATIN);
