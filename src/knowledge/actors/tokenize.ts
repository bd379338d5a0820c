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

/** Tokens of a running text as parallel arrays (one object per token would feed the GC). */
export interface TokenList {
  n: number;
  start: Int32Array;
  end: Int32Array;
  key: string[];
  word: string[];
  arabic: Uint8Array;
  hardBefore: Uint8Array;
}

// Character classes of the BMP, filled lazily: 1 word character, 2 hard separator, 3 other.
const CLASS = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u200C\u200D]/u;
const HARD_CHAR = /[.,;!?\u060C\u061B\u061F\n\r]/;
function charClass(c: number): number {
  let k = CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = WORD_CHAR.test(ch) ? 1 : HARD_CHAR.test(ch) ? 2 : 3;
    CLASS[c] = k;
  }
  return k;
}

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

function isArabicCode(c: number): boolean {
  return c >= 0x0600 && c <= 0x06ff;
}

/** Scan a text into tokens. Surrogate pairs (emoji, rare scripts) are treated as separators. */
export function scanTokens(text: string): TokenList {
  const cap = Math.max(16, text.length >> 2);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let arabic = new Uint8Array(cap);
  let hard = new Uint8Array(cap);
  const key: string[] = [];
  const word: string[] = [];
  let n = 0;
  let sawHard = false;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const cls = c >= 0xd800 && c <= 0xdfff ? 3 : charClass(c);
    if (cls !== 1) {
      if (cls === 2) sawHard = true;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < len) {
      const d = text.charCodeAt(j);
      if ((d >= 0xd800 && d <= 0xdfff) || charClass(d) !== 1) break;
      j++;
    }
    const w = text.slice(i, j);
    const k = tokenKey(w);
    const hardBefore = n > 0 && sawHard;
    sawHard = false;
    if (k !== '') {
      const ar = isArabicCode(c) || isArabicCode(text.charCodeAt(j - 1));
      // "و المسلمين" → one token "والمسلمين", as the conjunction is normally attached.
      if (n > 0 && ar && arabic[n - 1] === 1 && key[n - 1] === 'و' && !hardBefore && i - end[n - 1] <= 2) {
        end[n - 1] = j;
        word[n - 1] = text.slice(start[n - 1], j);
        key[n - 1] = 'و' + k;
      } else {
        if (n === start.length) {
          const grow = <T extends Int32Array | Uint8Array>(a: T, make: (m: number) => T): T => {
            const b = make(a.length * 2);
            b.set(a);
            return b;
          };
          start = grow(start, (m) => new Int32Array(m));
          end = grow(end, (m) => new Int32Array(m));
          arabic = grow(arabic, (m) => new Uint8Array(m));
          hard = grow(hard, (m) => new Uint8Array(m));
        }
        start[n] = i;
        end[n] = j;
        arabic[n] = ar ? 1 : 0;
        hard[n] = hardBefore ? 1 : 0;
        key.push(k);
        word.push(w);
        n++;
      }
    }
    i = j;
  }
  return { n, start, end, key, word, arabic, hardBefore: hard };
}

/** Tokens as objects — for short texts such as aliases. */
export function tokenize(text: string): Token[] {
  const t = scanTokens(text);
  const out: Token[] = [];
  for (let i = 0; i < t.n; i++) {
    out.push({ start: t.start[i], end: t.end[i], text: t.word[i], key: t.key[i], arabic: t.arabic[i] === 1, hardBefore: t.hardBefore[i] === 1 });
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

/** Offset into `word` after its first `letters` base letters (diacritics, tatweel and spaces skipped). */
export function offsetAfterLetters(word: string, letters: number): number {
  let seen = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const isMark = (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x0610 && c <= 0x061a) || c === 0x20 || c === 0xa0 || c === 0x200c || c === 0x200d;
    if (isMark) continue;
    if (seen === letters) return i;
    seen++;
  }
  return word.length;
}
