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

export function arabicKey(s: string): string {
  const t = foldDigits(s.replace(AR_DIACRITICS, ''));
  let out = '';
  for (const c of t) out += foldArabicChar(c);
  return out.replace(/[\s\u00A0،؛؟«»"“”'’()\[\]\-–—.,:;!?]+/g, ' ').trim();
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

/** Key for any script: Arabic folding for Arabic letters, Latin folding for the rest. */
export function matchKey(s: string): string {
  return latinKey(arabicKey(s));
}
