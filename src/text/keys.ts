/**
 * @module text/keys
 * Matching keys: the folded form two spellings of one name share. Not for display, and not
 * offset-preserving (see the normalisers for that). Used by the registry, gazetteer and lexicons.
 *
 * Arabic: diacritics and tatweel dropped; أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; Arabic-Indic and
 * Persian digits → ASCII. Latin: lower case, accents folded, ligatures expanded, punctuation → space.
 */

const AR_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

export function foldDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** One Arabic letter's matching form (after diacritics are removed). */
export function foldArabicChar(c: string): string {
  switch (c) {
    case 'أ': case 'إ': case 'آ': case 'ٱ': return 'ا';
    case 'ى': return 'ي';
    case 'ة': return 'ه';
    case 'ؤ': return 'و';
    case 'ئ': return 'ي';
    case 'ک': return 'ك';
    case 'ی': return 'ي';
    case 'گ': return 'ك';
    case 'پ': return 'ب';
    case 'ڤ': return 'ف';
    default: return c;
  }
}

/** Characters arabicKey turns into a word break (runs collapse to one space, none at the ends). */
const AR_BREAK = new Set([...' \u00A0،؛؟«»"“”\'’()[]-–—.,:;!?']);

/** 1: dropped (diacritic, tatweel); 2: word break; code units not listed map to themselves or fold. */
const AR_CLASS = new Uint8Array(0x10000);
for (let u = 0; u < 0x10000; u++) {
  const c = String.fromCharCode(u);
  if ((u >= 0x0610 && u <= 0x061a) || (u >= 0x064b && u <= 0x065f) || u === 0x0670 || (u >= 0x06d6 && u <= 0x06ed) || u === 0x0640) AR_CLASS[u] = 1;
  else if (AR_BREAK.has(c)) AR_CLASS[u] = 2;
}
// JavaScript's \s: what the regular-expression version of this fold treated as a break.
for (const u of [9, 10, 11, 12, 13, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) AR_CLASS[u] = 2;
for (let u = 0x2000; u <= 0x200a; u++) AR_CLASS[u] = 2;

/** Arabic matching key (see the header). One pass over the string; same result as folding step by step. */
export function arabicKey(s: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    const k = AR_CLASS[u];
    if (k === 1) continue;
    if (k === 2) { gap = true; continue; }
    if (gap) { if (out) out += ' '; gap = false; }
    if ((u >= 0x0660 && u <= 0x0669) || (u >= 0x06f0 && u <= 0x06f9)) out += String((u & 0xf) % 10);
    else if (u < 0x0622) out += s[i];
    else out += foldArabicChar(s[i]);
  }
  return out;
}

export function latinKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/œ/gi, 'oe')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[’'`´]/g, "'")
    .replace(/[^a-z0-9\u0600-\u06FF']+/g, ' ')
    .replace(/'/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Strings latinKey leaves unchanged: lower-case ASCII letters and digits, Arabic letters with no
 * canonical decomposition, single inner spaces. The common case for keys of Arabic text. */
const LATIN_KEY_FIXED = /^[a-z0-9\u0621\u0627-\u063A\u0641-\u064A]+(?: [a-z0-9\u0621\u0627-\u063A\u0641-\u064A]+)*$/;

/** Key for any script: Arabic folding for Arabic letters, Latin folding for the rest. */
export function matchKey(s: string): string {
  const a = arabicKey(s);
  return LATIN_KEY_FIXED.test(a) ? a : latinKey(a);
}
