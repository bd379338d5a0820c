/**
 * @module text/05-clitics
 * Arabic proclitic readings of a normalised word (و ف ب ل ك ال and their combinations, from the
 * `ar/tokens.ts` table). Stripping is ambiguous — "باماكو" is a name, not ب + اماكو — so the token
 * carries a best guess and callers that look words up try every reading in order.
 */
import { PROFILES } from './profiles.ts';

export interface Reading {
  prefix: string;
  stem: string;
  /** Reason id of the proclitic rule, or null for the whole word. */
  rule: string | null;
}

const RULES = [...PROFILES.ar.tokens.proclitics].sort((a, b) => b.form.length - a.form.length);
const KEEP = new Set(PROFILES.ar.tokens.keepWhole);
/** First letters of any proclitic: other words are whole without further work. */
const STARTS = new Set(RULES.map((r) => r.form.charCodeAt(0)));

function splits(word: string): Reading[] {
  const out: Reading[] = [];
  for (const r of RULES) {
    if (word.length - r.form.length >= r.minStem && word.startsWith(r.form)) {
      out.push({ prefix: r.form, stem: word.slice(r.form.length), rule: r.id });
    }
  }
  return out;
}

const NATIVE_ALEF = PROFILES.ar.tokens.nativeAlefStarts;
const ALEF = 0x0627;

function nativeAlefStem(stem: string): boolean {
  for (const p of NATIVE_ALEF) {
    if (stem.length < p.length) continue;
    let ok = true;
    for (let i = 0; i < p.length && ok; i++) ok = p[i] === '?' || p.charCodeAt(i) === stem.charCodeAt(i);
    if (ok) return true;
  }
  return false;
}

/**
 * Best guess: a reading whose stem is a known word kept whole ("بوزير" → ب + وزير; "وزير" stays),
 * else the longest proclitic that leaves a long enough stem — skipping a one-letter proclitic
 * before a bare-alef stem that looks foreign ("باماكو" stays whole). `bareAlefAt(i)` tells whether
 * normalised position i was written ا (not أ إ آ); without it every ا counts as bare.
 * Null when the word stays whole.
 * @example splitProclitic('والجماعه') // { prefix: 'وال', stem: 'جماعه', rule: 'ar-conj-article-wal' }
 */
export function splitProclitic(word: string, bareAlefAt?: (i: number) => boolean): Reading | null {
  if (!STARTS.has(word.charCodeAt(0)) || KEEP.has(word)) return null;
  const all = splits(word);
  if (all.length === 0) return null;
  for (const r of all) if (KEEP.has(r.stem)) return r;
  for (const r of all) {
    const noArticle = !r.prefix.includes('ال') && !r.prefix.endsWith('لل');
    if (
      noArticle &&
      r.stem.charCodeAt(0) === ALEF &&
      (bareAlefAt ? bareAlefAt(r.prefix.length) : true) &&
      !nativeAlefStem(r.stem)
    ) {
      continue;
    }
    return r;
  }
  return null;
}

/**
 * Every reading of a normalised Arabic word, the best guess first, then the whole word, then the
 * other splits (longest prefix first). Callers try them in order until one matches.
 * @example arabicReadings('باماكو').map((r) => r.stem) // ['باماكو', 'اماكو']
 */
export function arabicReadings(word: string): Reading[] {
  const best = splitProclitic(word);
  const out: Reading[] = best ? [best] : [];
  out.push({ prefix: '', stem: word, rule: null });
  for (const r of splits(word)) if (r !== best && r.stem !== best?.stem) out.push(r);
  return out;
}
