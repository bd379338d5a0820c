/**
 * @module text/04-tokens
 * Tokens with clean-text offsets, found on the normalised text (ASCII digits and punctuation,
 * folded letters) and mapped back.
 *  - word: letters/marks/digits, joined across "-" and "'" between word characters ("Bobo-Dioulasso",
 *    "aujourd'hui"); initialisms with dots ("U.S.", "a.m."); a known abbreviation keeps its dot;
 *    the language's suffix tokens ("'s") stand alone; a number run directly into letters ("1er",
 *    "17h30") is a word.
 *  - number: digits joined across . , : / followed by a digit ("3.5", "1,000", "17.09.2024",
 *    "10:30"), and digit groups of three across a no-break or thin space ("1 000").
 *  - punct: anything else; a run of the same character is one token ("...", "--").
 * Arabic-script words get `prefix`/`stem` when a proclitic is split off (05-clitics.ts).
 */
import type { LangOrUnd, Normalised, Token } from './types.ts';
import * as chars from './chars.ts';
import { PROFILES } from './profiles.ts';
import { splitProclitic } from './05-clitics.ts';

// Local copies: module-level consts read faster in hot loops than imported bindings.
const { CLASS, LETTER, DIGIT, MARK, SPACE, ARABIC } = chars;

const WORD = LETTER | DIGIT | MARK;
const isWord = (c: number) => (CLASS[c] & WORD) !== 0;
const isDigitC = (c: number) => (CLASS[c] & DIGIT) !== 0;
const isLetterC = (c: number) => (CLASS[c] & LETTER) !== 0;

interface Rules {
  dotted: Set<string>;
  suffixes: string[];
}
const cache = new Map<LangOrUnd, Rules>();
function rulesFor(lang: LangOrUnd): Rules {
  let r = cache.get(lang);
  if (!r) {
    const p = lang === 'und' ? null : PROFILES[lang];
    r = {
      dotted: new Set(p ? [...p.segment.titles, ...p.segment.abbreviations] : []),
      suffixes: p ? [...p.tokens.suffixTokens] : [],
    };
    cache.set(lang, r);
  }
  return r;
}

/** Group separators inside numbers written "1 000" (seen in the clean text; normalised to a space). */
const GROUP_SPACES = new Set([0x00a0, 0x202f, 0x2009, 0x2007]);

function suffixAt(t: string, j: number, suffixes: string[]): boolean {
  for (const sfx of suffixes) {
    if (t.startsWith(sfx, j) && !isWord(t.charCodeAt(j + sfx.length))) return true;
  }
  return false;
}

/** Tokens of `clean` from its normalisation `norm`. */
export function tokensFrom(clean: string, norm: Normalised, lang: LangOrUnd): Token[] {
  const r = rulesFor(lang);
  const t = norm.text;
  const map = norm.map;
  const m = t.length;
  const out: Token[] = [];
  let i = 0;
  while (i < m) {
    const c = t.charCodeAt(i);
    const f = CLASS[c];
    if (f & SPACE) {
      i++;
      continue;
    }
    const start = i;
    let j = i + 1;
    let kind: Token['kind'] = 'punct';
    if (f & (LETTER | MARK)) {
      kind = 'word';
      if (t.charCodeAt(j) === 0x2e && isLetterC(t.charCodeAt(j + 1)) && t.charCodeAt(j + 2) === 0x2e) {
        // initialism: single letters each followed by a dot
        j = i;
        while (isLetterC(t.charCodeAt(j)) && t.charCodeAt(j + 1) === 0x2e) j += 2;
      } else {
        j = wordEnd(t, start, j, m, r);
      }
    } else if (f & DIGIT) {
      kind = 'number';
      for (;;) {
        while (j < m && isDigitC(t.charCodeAt(j))) j++;
        const d = t.charCodeAt(j);
        if ((d === 0x2e || d === 0x2c || d === 0x3a || d === 0x2f) && isDigitC(t.charCodeAt(j + 1))) {
          j++;
          continue;
        }
        if (
          d === 0x20 &&
          GROUP_SPACES.has(clean.charCodeAt(map[j])) &&
          isDigitC(t.charCodeAt(j + 1)) && isDigitC(t.charCodeAt(j + 2)) && isDigitC(t.charCodeAt(j + 3)) &&
          !isDigitC(t.charCodeAt(j + 4))
        ) {
          j += 4;
          continue;
        }
        break;
      }
      if (j < m && isLetterC(t.charCodeAt(j))) {
        kind = 'word';
        j = wordEnd(t, start, j, m, r);
      }
    } else if (c === 0x27 && r.suffixes.length && suffixAt(t, i, r.suffixes)) {
      kind = 'word';
      while (isWord(t.charCodeAt(j))) j++;
    } else if (c >= 0xd800 && c < 0xdc00 && j < m) {
      const d = t.charCodeAt(j);
      if (d >= 0xdc00 && d < 0xe000) j++;
    } else {
      while (j < m && t.charCodeAt(j) === c) j++;
    }
    // Clean span (as Normalised.toCleanSpan, inlined: no array per token).
    const cs = map[start];
    const lastSrc = map[j - 1];
    let k = j;
    while (map[k] === lastSrc) k++;
    const ce = map[k];
    const n = t.slice(start, j);
    const tok: Token = { start: cs, end: ce, text: clean.slice(cs, ce), norm: n, kind };
    if (kind === 'word' && (CLASS[c] & ARABIC) !== 0) {
      const split = splitProclitic(n, (o) => clean.charCodeAt(map[start + o]) === 0x0627);
      if (split) {
        tok.prefix = split.prefix;
        tok.stem = split.stem;
      }
    }
    out.push(tok);
    i = j;
  }
  return out;
}

/** End of the word at `start` (scanned up to j): word characters, inner "-" and "'", an abbreviation's dot. */
function wordEnd(t: string, start: number, j: number, m: number, r: Rules): number {
  for (;;) {
    while (j < m && isWord(t.charCodeAt(j))) j++;
    const d = t.charCodeAt(j);
    if ((d === 0x2d || d === 0x27) && isWord(t.charCodeAt(j + 1))) {
      if (d === 0x27 && r.suffixes.length && suffixAt(t, j, r.suffixes)) return j;
      j++;
      continue;
    }
    break;
  }
  if (t.charCodeAt(j) === 0x2e && r.dotted.size && r.dotted.has(t.slice(start, j))) j++;
  return j;
}
