/**
 * @module ingest/chrome
 * Removes site chrome (breadcrumbs, section labels, share bars, "Related articles" lists, "Back to
 * top", cookie notices…) from the head and tail of a page's text by general rules, never by the
 * strings of one page. The middle of the text is never touched.
 *
 * Each non-empty line is classified:
 *   rule        a known phrase of ./ar.ts, ./fr.ts, ./en.ts (effect cut / drop / keep)
 *   breadcrumb  short, with " > ", " | ", " / " or an unpaired "»" between items
 *   glued       short, with words run together ("AccueilAfrique", Arabic ة/ى inside a word)
 *   label       one or two words (section labels such as a lone "Analysis")
 *   body        a paragraph: long, or a sentence ending in . … ؛ (or in ? ! ؟ when long)
 *   candidate   anything else: a short line of several words, such as a headline
 * Head: the lines before the first body line. The headline is the known title if given and found,
 * else the last candidate there ("a short line followed by the body"); it is kept, labels,
 * breadcrumbs, glued lines and drop/cut rules are removed, candidates above the headline are
 * removed, bylines and datelines stay.
 * Tail: a cut rule ("Related articles", "Comments") after which little body text remains ends the
 * text there; then short non-sentence lines and rule matches are peeled off the end.
 */
import { matchKey } from '../../text/keys.ts';
import type { RemovedSpan } from '../types.ts';
import { AR_CHROME } from './ar.ts';
import { EN_CHROME } from './en.ts';
import { FR_CHROME } from './fr.ts';
import { KIND_EFFECT, type ChromeRule } from './types.ts';

export type { ChromeRule, ChromeKind } from './types.ts';
export { KIND_EFFECT } from './types.ts';

/** Every language's rules: pages mix languages (an Arabic site with "Facebook Twitter"). */
export const CHROME_RULES: ChromeRule[] = [...AR_CHROME, ...FR_CHROME, ...EN_CHROME];

interface PhraseEntry {
  rule: ChromeRule;
  words: number;
}

const phraseMap = new Map<string, PhraseEntry>();
const vocabMap = new Map<string, ChromeRule>(); // folded word or two-word entry → rule
const patternRules: ChromeRule[] = [];
let longestPhrase = 1;
for (const rule of CHROME_RULES) {
  for (const p of rule.phrases ?? []) {
    const k = matchKey(p);
    if (!k || phraseMap.has(k)) continue;
    const words = k.split(' ').length;
    longestPhrase = Math.max(longestPhrase, words);
    phraseMap.set(k, { rule, words });
  }
  for (const v of rule.vocabulary ?? []) {
    const k = matchKey(v);
    if (k && !vocabMap.has(k)) vocabMap.set(k, rule);
  }
  if (rule.pattern) patternRules.push(rule);
}

/** The folded form rules are written against (same as the project's matching keys). */
export const foldLine = (s: string) => matchKey(s);

/** The first rule a line matches, or null. */
export function matchChromeRule(line: string): ChromeRule | null {
  const folded = foldLine(line);
  if (!folded) return null;
  const words = folded.split(' ');
  for (const rule of patternRules) {
    if (words.length > (rule.maxWords ?? 12)) continue;
    const target = rule.raw ? line : folded;
    const m = target.match(rule.pattern!);
    if (!m) continue;
    if (rule.kind === 'dateline') {
      // A date line is mostly the date: at most three other words (weekday, "le", a time).
      const rest = target.replace(rule.pattern!, ' ').split(/\s+/).filter(Boolean).length;
      if (rest > 3) continue;
    }
    return rule;
  }
  for (let k = Math.min(words.length, longestPhrase); k >= 1; k--) {
    const e = phraseMap.get(words.slice(0, k).join(' '));
    if (e && words.length - k <= (e.rule.extra ?? 3)) return e.rule;
  }
  // A line made only of vocabulary words (two-word entries first).
  let i = 0;
  let rule: ChromeRule | null = null;
  while (i < words.length) {
    const two = i + 1 < words.length ? vocabMap.get(`${words[i]} ${words[i + 1]}`) : undefined;
    const one = vocabMap.get(words[i]);
    if (two) {
      rule ??= two;
      i += 2;
    } else if (one) {
      rule ??= one;
      i += 1;
    } else return null;
  }
  return rule;
}

export type LineClass =
  | { type: 'rule'; rule: ChromeRule; effect: 'cut' | 'drop' | 'keep' }
  | { type: 'breadcrumb' | 'glued' | 'label' | 'body' | 'candidate' };

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Is this line a paragraph of running text? */
export function isBodyLine(line: string): boolean {
  const n = countWords(line);
  if (n > 14 || line.length > 120) return true;
  if (/[.…؛]["'»”’)\]]*$/.test(line) && /\p{L}/u.test(line)) return true; // a sentence, however short
  if (n >= 10 && /[!?؟]["'»”’)\]]*$/.test(line)) return true;
  return false;
}

const BREADCRUMB_SEP = /\s[>›|/\\]\s/g;
const GLUED_LATIN = /\p{Ll}{3,}\p{Lu}\p{Ll}{2,}/u;
const GLUED_ARABIC = /[ةى][\u0621-\u064A]/;

export function classifyLine(line: string): LineClass {
  const n = countWords(line);
  if (n <= 80) {
    const rule = matchChromeRule(line);
    if (rule) {
      const effect = KIND_EFFECT[rule.kind];
      // A sentence that merely starts like a byline or dateline is text.
      if (!(effect === 'keep' && isBodyLine(line))) return { type: 'rule', rule, effect };
    }
  }
  if (isBodyLine(line)) return { type: 'body' };
  const seps = (line.match(BREADCRUMB_SEP)?.length ?? 0) + (line.includes('«') ? 0 : (line.match(/»/g)?.length ?? 0));
  if (seps >= 1) return { type: 'breadcrumb' };
  if (n <= 4 && (GLUED_LATIN.test(line) || line.split(/\s+/).some((w) => GLUED_ARABIC.test(w)))) return { type: 'glued' };
  if (n <= 2) return { type: 'label' };
  return { type: 'candidate' };
}

export interface ChromeResult {
  text: string;
  removed: RemovedSpan[];
  /** The line kept as the headline, if one was found. */
  headline: string | null;
}

interface Line {
  start: number;
  end: number;
  raw: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Strip chrome from the head and tail of `text` (already normalised: "\n" line ends).
 * `knownTitle` (from page metadata or a sidecar) is taken as the headline when a head line equals it.
 */
export function stripChrome(text: string, opts: { knownTitle?: string | null } = {}): ChromeResult {
  const lines: Line[] = [];
  for (let pos = 0; pos <= text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const raw = text.slice(pos, nl);
    if (raw.trim()) lines.push({ start: pos, end: nl, raw: raw.trim() });
    pos = nl + 1;
  }
  const memo = new Map<number, LineClass>();
  const cls = (i: number) => {
    let c = memo.get(i);
    if (!c) memo.set(i, (c = classifyLine(lines[i].raw)));
    return c;
  };
  const isBody = (i: number) => cls(i).type === 'body';
  let b = 0;
  while (b < lines.length && !isBody(b)) b++;
  if (b >= lines.length) return { text, removed: [], headline: null }; // no paragraph: leave it be

  const removed: RemovedSpan[] = [];
  const drop = (side: 'head' | 'tail', i: number, reason: string) =>
    removed.push({ side, start: lines[i].start, end: lines[i].end, text: lines[i].raw, reason });

  // Head.
  let headlineIdx = -1;
  const known = opts.knownTitle ? squash(opts.knownTitle) : '';
  if (known) for (let j = 0; j < b && headlineIdx < 0; j++) if (squash(lines[j].raw) === known) headlineIdx = j;
  if (headlineIdx < 0) for (let j = 0; j < b; j++) if (cls(j).type === 'candidate') headlineIdx = j;
  const headKept: string[] = [];
  for (let j = 0; j < b; j++) {
    const c = cls(j);
    if (j === headlineIdx) headKept.push(lines[j].raw);
    else if (c.type === 'rule') {
      if (c.effect === 'keep') headKept.push(lines[j].raw);
      else drop('head', j, c.rule.id);
    } else if (c.type === 'breadcrumb' || c.type === 'glued' || c.type === 'label') drop('head', j, `head.${c.type}`);
    else if (c.type === 'candidate' && j < headlineIdx) drop('head', j, 'head.before_headline');
    else headKept.push(lines[j].raw);
  }

  // Tail: a "related"/"comments" line after which the body is small ends the article.
  // Prefix sums of paragraph characters (by the cheap sentence test: rule lines are short anyway).
  const bodyChars: number[] = new Array(lines.length + 1).fill(0);
  for (let i = 0; i < lines.length; i++) bodyChars[i + 1] = bodyChars[i] + (isBodyLine(lines[i].raw) ? lines[i].raw.length : 0);
  const totalBody = bodyChars[lines.length];
  let end = lines.length;
  for (let i = b + 1; i < lines.length; i++) {
    // after ≤ 25% of before needs before ≥ 80% of all: skip the rest without classifying it.
    if (bodyChars[i] < 0.8 * (totalBody - lines[i].raw.length) || countWords(lines[i].raw) > 20) continue;
    const c = cls(i);
    if (c.type !== 'rule' || c.effect !== 'cut') continue;
    const before = bodyChars[i];
    const after = bodyChars[lines.length] - bodyChars[i + 1];
    if (after <= 0.25 * before) {
      end = i;
      removed.push({ side: 'tail', start: lines[i].start, end: text.length, text: text.slice(lines[i].start).trim(), reason: c.rule.id });
      break;
    }
  }
  let t = end - 1;
  const tailDrops: number[] = [];
  while (t > b) {
    const c = cls(t);
    if (c.type === 'body' || (c.type === 'rule' && c.effect === 'keep')) break;
    tailDrops.push(t);
    t--;
  }
  for (const i of tailDrops.reverse()) {
    const c = cls(i);
    drop('tail', i, c.type === 'rule' ? c.rule.id : `tail.${c.type === 'candidate' ? 'short' : c.type}`);
  }
  removed.sort((x, y) => x.start - y.start);

  const middle = text.slice(lines[b].start, lines[t].end);
  const out = [...headKept, middle].join('\n\n');
  return { text: out, removed, headline: headlineIdx >= 0 ? lines[headlineIdx].raw : null };
}
