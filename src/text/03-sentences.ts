/**
 * @module text/03-sentences
 * Sentence segmentation of clean text into spans.
 *
 * Boundaries: the end of a paragraph (blank line); a single newline (unless the paragraph is
 * hard-wrapped prose, the line ends with , ; : or the next starts in lower case) — a headline, a
 * list item, a line ending with a full stop; a run of . ! ? … ؟ (plus
 * closing quotes/brackets) followed by whitespace — except
 *   - before a lower-case letter ("env. trente", "etc. and");
 *   - after a title ("M.", "Gen.", "د.") or a Latin initial ("J. Smith");
 *   - after other abbreviations ("U.S.", "art.") unless a typical sentence opening follows;
 *   - after a list number at the start of a line ("1. ");
 *   - inside a short quotation or parenthesis (« … », “ … ”, ( … ) of at most 300 characters).
 * Digits joined by dots ("3.5", "17.09.2024") never split since no whitespace follows the dot.
 * "،" and "؛" (and ";" ":") are never boundaries: see README.md.
 */
import type { LangOrUnd, Span } from './types.ts';
import * as chars from './chars.ts';
import { PROFILES } from './profiles.ts';
import { fold } from './02-normalise.ts';

// Local copies: module-level consts read faster in hot loops than imported bindings.
const { CLASS, LETTER, UPPER, LOWER, DIGIT, SPACE, MARK, LATIN } = chars;

/** Longest quotation or parenthesis (code units, markers included) that is never split. */
export const MAX_SHORT_QUOTE = 300;

const K_TERM = 1;
const K_CLOSE = 2;
const K_BLANK = 4;
const KIND = (() => {
  const k = new Uint8Array(65536);
  for (const c of '.!?…؟۔‼⁇⁈⁉。') k[c.charCodeAt(0)] |= K_TERM;
  for (const c of '"\'»›”’)]}') k[c.charCodeAt(0)] |= K_CLOSE;
  for (let c = 0; c < 65536; c++) if (CLASS[c] & SPACE) k[c] |= K_BLANK;
  for (const c of '\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c') k[c.charCodeAt(0)] |= K_BLANK;
  return k;
})();

const isBlank = (c: number) => (KIND[c] & K_BLANK) !== 0;
const NL = 0x0a;

interface Rules {
  lang: LangOrUnd;
  titles: Set<string>;
  abbreviations: Set<string>;
  starters: Set<string>;
}
const rulesCache = new Map<LangOrUnd, Rules>();
function rulesFor(lang: LangOrUnd): Rules {
  let r = rulesCache.get(lang);
  if (!r) {
    const seg = lang === 'und' ? { titles: [], abbreviations: [], starters: [] } : PROFILES[lang].segment;
    r = { lang, titles: new Set(seg.titles), abbreviations: new Set(seg.abbreviations), starters: new Set(seg.starters) };
    rulesCache.set(lang, r);
  }
  return r;
}

const CONTINUATION = new Set([...',;:،؛-–—(/&'].map((c) => c.charCodeAt(0)));
const INLINE_SPACES = new Set([0x20, 0xa0, 0x202f, 0x2009]);
const SPACED_CLOSERS = new Set([...'»›”)]'].map((c) => c.charCodeAt(0)));
const BULLETS = new Set([...'-–—•·*▪►◦'].map((c) => c.charCodeAt(0)));

/** First and last non-blank offsets of [a, b), or null when blank. */
function trim(s: string, a: number, b: number): [number, number] | null {
  while (a < b && isBlank(s.charCodeAt(a))) a++;
  while (b > a && isBlank(s.charCodeAt(b - 1))) b--;
  return a < b ? [a, b] : null;
}

/** A line starting "- ", "• ", "1. ", "2) ". */
function isListItem(s: string, a: number, b: number): boolean {
  const c = s.charCodeAt(a);
  if (BULLETS.has(c)) return a + 1 < b && isBlank(s.charCodeAt(a + 1));
  let i = a;
  while (i < b && i - a < 3 && (CLASS[s.charCodeAt(i)] & DIGIT) !== 0) i++;
  if (i === a || i + 1 >= b) return false;
  const d = s.charCodeAt(i);
  return (d === 0x2e || d === 0x29) && isBlank(s.charCodeAt(i + 1));
}

/** Hard-wrapped prose: most non-final lines of similar, moderate length and without final punctuation. */
function isWrapped(s: string, lines: [number, number][]): boolean {
  if (lines.length < 3) return false;
  let max = 0;
  for (let i = 0; i < lines.length - 1; i++) max = Math.max(max, lines[i][1] - lines[i][0]);
  if (max < 40 || max > 120) return false;
  let similar = 0;
  let open = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const [a, b] = lines[i];
    if (b - a >= 0.7 * max) similar++;
    if ((KIND[s.charCodeAt(b - 1)] & (K_TERM | K_CLOSE)) === 0) open++;
  }
  const m = lines.length - 1;
  return similar >= 0.6 * m && open >= 0.5 * m;
}

/** Short quotation and parenthesis ranges [open, close] of a paragraph, merged and sorted. */
function quoteRanges(s: string, ps: number, pe: number): [number, number][] {
  // One stack of opening positions per family (crossing pairs are rare; each step is O(1)).
  const stacks: number[][] = [[], [], [], [], []];
  const ranges: [number, number][] = [];
  for (let i = ps; i < pe; i++) {
    const c = s.charCodeAt(i);
    let fam = 0;
    let dir = 0; // 1 open, -1 close, 0 decide by context
    switch (c) {
      case 0x28: fam = 1; dir = 1; break; // (
      case 0x29: fam = 1; dir = -1; break;
      case 0x5b: fam = 2; dir = 1; break; // [
      case 0x5d: fam = 2; dir = -1; break;
      case 0xab: case 0xbb: case 0x2039: case 0x203a: fam = 3; break; // « » ‹ ›
      case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x22: fam = 4; break; // “ ” „ ‟ "
      default: continue;
    }
    const stack = stacks[fam];
    if (dir === 0) {
      const before = i === ps ? 0x20 : s.charCodeAt(i - 1);
      const after = i + 1 >= pe ? 0x20 : s.charCodeAt(i + 1);
      const spaceBefore = isBlank(before) || before === 0x28 || before === 0x5b;
      const spaceAfter = isBlank(after) || (CLASS[after] & (LETTER | DIGIT)) === 0;
      if (spaceBefore && !spaceAfter) dir = 1;
      else if (!spaceBefore && spaceAfter) dir = -1;
      else if (c === 0xab || c === 0x2039 || c === 0x201c || c === 0x201e) dir = 1;
      else if (c === 0xbb || c === 0x203a || c === 0x201d) dir = -1;
      else dir = stack.length ? -1 : 1;
    }
    if (dir === 1) {
      stack.push(i);
    } else if (stack.length) {
      const open = stack.pop()!;
      if (i - open + 1 <= MAX_SHORT_QUOTE) ranges.push([open, i]);
    }
  }
  if (ranges.length < 2) return ranges;
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [ranges[0]];
  for (let i = 1; i < ranges.length; i++) {
    const last = merged[merged.length - 1];
    if (ranges[i][0] <= last[1]) last[1] = Math.max(last[1], ranges[i][1]);
    else merged.push(ranges[i]);
  }
  return merged;
}

/** Does the single "." at i end a sentence, given the next word starts at q? */
function periodEnds(s: string, i: number, q: number, ps: number, r: Rules): boolean {
  let k = i;
  while (k > ps) {
    const c = s.charCodeAt(k - 1);
    if ((CLASS[c] & (LETTER | MARK)) !== 0 || c === 0x2e || c === 0x2d) k--;
    else break;
  }
  while (k < i && (s.charCodeAt(k) === 0x2e || s.charCodeAt(k) === 0x2d)) k++;
  if (k === i) {
    // After a number: a list marker at the start of a line ("1. ") does not end anything.
    let d = i;
    while (d > ps && (CLASS[s.charCodeAt(d - 1)] & DIGIT) !== 0) d--;
    if (d < i && i - d <= 3) {
      let b = d;
      while (b > ps && s.charCodeAt(b - 1) !== NL && isBlank(s.charCodeAt(b - 1))) b--;
      if (b === ps || s.charCodeAt(b - 1) === NL) return false;
    }
    return true;
  }
  const first = s.charCodeAt(k);
  if (i - k === 1 && (CLASS[first] & (UPPER | LATIN)) === (UPPER | LATIN)) return false; // initial
  const key = fold(s.slice(k, i), r.lang);
  let abbreviation = r.abbreviations.has(key) || key.includes('.');
  if (r.titles.has(key)) {
    // A title letter right after a number is a unit or an era ("2022 م."), not a title.
    let b = k;
    while (b > ps && isBlank(s.charCodeAt(b - 1))) b--;
    if (!(b > ps && (CLASS[s.charCodeAt(b - 1)] & DIGIT) !== 0)) return false;
    abbreviation = true;
  }
  if (!abbreviation) return true;
  if (r.starters.size === 0) return true; // no letter case to go by
  let e = q;
  while (e < s.length && (CLASS[s.charCodeAt(e)] & LETTER) !== 0) e++;
  return r.starters.has(s.slice(q, e));
}

function splitParagraph(s: string, lines: [number, number][], r: Rules, cuts: number[]): void {
  const ps = lines[0][0];
  const pe = lines[lines.length - 1][1];
  // Single newlines that end a standalone line.
  const wrapped = isWrapped(s, lines);
  for (let li = 0; li + 1 < lines.length; li++) {
    const [, b] = lines[li];
    const [c, d] = lines[li + 1];
    if (isListItem(s, c, d)) {
      cuts.push(b);
      continue;
    }
    const last = s.charCodeAt(b - 1);
    if (wrapped) continue; // a line end in wrapped prose is a space; punctuation decides
    if (CONTINUATION.has(last)) continue;
    if (CLASS[s.charCodeAt(c)] & LOWER) continue;
    cuts.push(b);
  }
  // Terminal punctuation.
  const quotes = quoteRanges(s, ps, pe);
  let qi = 0;
  for (let i = ps; i < pe; i++) {
    if ((KIND[s.charCodeAt(i)] & K_TERM) === 0) continue;
    const t = i;
    let j = i;
    while (j < pe && KIND[s.charCodeAt(j)] & K_TERM) j++;
    const singlePeriod = j - t === 1 && s.charCodeAt(t) === 0x2e;
    for (;;) {
      while (j < pe && KIND[s.charCodeAt(j)] & (K_TERM | K_CLOSE)) j++;
      // French spacing: "frappé. »" — a blank, then an unambiguous closing mark
      let b = j;
      while (b < pe && b - j < 2 && INLINE_SPACES.has(s.charCodeAt(b))) b++;
      if (b > j && b < pe && SPACED_CLOSERS.has(s.charCodeAt(b))) j = b + 1;
      else break;
    }
    const e = j;
    i = e - 1;
    if (e >= pe || !isBlank(s.charCodeAt(e))) continue; // "3.5", "U.S.A", paragraph end
    const before = t > ps ? s.charCodeAt(t - 1) : 0x20;
    if (before === 0x5b || before === 0x28) continue; // "[...]", "(…)": an omission mark
    let q = e;
    while (q < pe && isBlank(s.charCodeAt(q))) q++;
    if (q >= pe) continue;
    if (CLASS[s.charCodeAt(q)] & LOWER) continue;
    if (singlePeriod && !periodEnds(s, t, q, ps, r)) continue;
    while (qi < quotes.length && quotes[qi][1] < e) qi++;
    if (qi < quotes.length && quotes[qi][0] < e) continue; // inside a short quotation
    cuts.push(e);
  }
}

/**
 * Sentences of clean text, as trimmed spans in text order.
 * @example sentences('M. Diallo est arrivé. Il a parlé.', 'fr') // [{start:0,end:21},{start:22,end:33}]
 */
export function sentences(text: string, lang: LangOrUnd): Span[] {
  const r = rulesFor(lang);
  const n = text.length;
  const cuts: number[] = [];
  let para: [number, number][] = [];
  let ls = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && text.charCodeAt(i) !== NL) continue;
    const line = trim(text, ls, i);
    if (line) para.push(line);
    if ((!line || i === n) && para.length) {
      splitParagraph(text, para, r, cuts);
      cuts.push(para[para.length - 1][1]);
      para = [];
    }
    ls = i + 1;
  }
  cuts.sort((a, b) => a - b);
  const out: Span[] = [];
  let prev = 0;
  for (const c of cuts) {
    if (c <= prev) continue;
    const t = trim(text, prev, c);
    if (t) out.push({ start: t[0], end: t[1] });
    prev = c;
  }
  return out;
}
