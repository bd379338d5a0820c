/**
 * @module knowledge/actors/tokenize
 * Splits text into word tokens with offsets and a matching key per token (matchKey of
 * src/text/keys.ts), so aliases and running text meet token by token whatever the script.
 * Apostrophes and hyphens split words ("l'armée" → l | armée, "al-Qaïda" → al | qaïda); a hard
 * separator (. , ; ! ? ، ؛ ؟ or a line break) before a token is recorded so that a name never runs
 * across a sentence or a list. An Arabic conjunction written apart ("و المسلمين") is joined to the
 * next word, as it is usually written.
 */
import { matchKey } from '../../text/keys.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
  arabic: boolean;
  /** A hard separator stands between the previous token and this one. */
  hardBefore: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]+/gu;
const HARD = /[.,;!?\u060C\u061B\u061F\n\r]/;
const ARABIC = /[\u0600-\u06FF]/;

const keyCache = new Map<string, string>();
const KEY_CACHE_MAX = 50000;

/** The matching key of one word (cached: running text repeats its words). */
export function tokenKey(word: string): string {
  let k = keyCache.get(word);
  if (k === undefined) {
    k = matchKey(word.replace(/[\u200C\u200D]/g, '')).replace(/ /g, '');
    if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
    keyCache.set(word, k);
  }
  return k;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const key = tokenKey(word);
    const hardBefore = out.length > 0 && HARD.test(text.slice(prevEnd, start));
    prevEnd = end;
    if (key === '') continue;
    const arabic = ARABIC.test(word);
    const prev = out[out.length - 1];
    // "و المسلمين" → one token "والمسلمين", as the conjunction is normally attached.
    if (prev && prev.arabic && prev.key === 'و' && arabic && !hardBefore && start - prev.end <= 2) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
      prev.key = 'و' + key;
      continue;
    }
    out.push({ start, end, text: word, key, arabic, hardBefore });
  }
  return out;
}

/** Latin articles that may open an alias in the data but are not part of the name. */
export const LEADING_ARTICLES = new Set(['l', 'le', 'la', 'les', 'the', 'des', 'du', 'd']);

/**
 * Arabic proclitics on the first word of a name: و ف (and), ب ل ك (prepositions), with or without
 * the article. Returns the key variants to look up and how many letters of the word each drops;
 * لل (ل + ال) is read back as ال.
 */
export function arabicCliticVariants(key: string): Array<{ key: string; drop: number }> {
  const out: Array<{ key: string; drop: number }> = [];
  const seen = new Set<string>([key]);
  const add = (k: string, drop: number) => {
    if (k.length >= 2 && !seen.has(k)) {
      seen.add(k);
      out.push({ key: k, drop });
    }
  };
  const bases: Array<{ key: string; drop: number }> = [{ key, drop: 0 }];
  if ((key[0] === 'و' || key[0] === 'ف') && key.length > 3) {
    bases.push({ key: key.slice(1), drop: 1 });
    add(key.slice(1), 1);
  }
  for (const b of bases) {
    const k = b.key;
    if (k.length <= 3) continue;
    const c = k[0];
    if (c === 'ل' && k[1] === 'ل') add('ا' + k.slice(1), b.drop + 1);
    if (c === 'ب' || c === 'ل' || c === 'ك') add(k.slice(1), b.drop + 1);
  }
  return out;
}

/** Offset into `word` after its first `letters` base letters (diacritics and tatweel skipped). */
export function offsetAfterLetters(word: string, letters: number): number {
  let seen = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const isMark = (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x0610 && c <= 0x061a);
    if (isMark) continue;
    if (seen === letters) return i;
    seen++;
  }
  return word.length;
}
