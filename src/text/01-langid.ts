/**
 * @module text/01-langid
 * Language identification: ar | fr | en, else `und`.
 * Step 1, script: Arabic letters against Latin letters against the rest, by count.
 * Step 2, within the winning script: function-word and character n-gram scores for the languages
 * Marsad analyses and for close neighbours it does not (es pt it de nl; fa ur), so Spanish text is
 * `und` rather than "French". Too few letters, or no clear winner, is `und` too.
 */
import type { LangOrUnd } from './types.ts';
import type { NgramFeatures } from './types.ts';
import * as chars from './chars.ts';
import { PROFILES } from './profiles.ts';
import { OTHER_LANGUAGES } from './langid-others.ts';

// Local copies: module-level consts read faster in hot loops than imported bindings.
const { CLASS, LETTER, UPPER, ARABIC, LATIN, MARK } = chars;

/** Characters looked at; enough for any decision, bounded for huge inputs. */
const SAMPLE = 50_000;
/** Fewer letters than this is `und` (a name, a number, a fragment). */
const MIN_LETTERS = 8;
/** A neighbour language this close to the winner makes the guess `und`. */
const MARGIN = 1.15;

export interface LanguageGuess {
  lang: LangOrUnd;
  /** Why: `too_short`, `script_other`, `script_mixed`, `scored`, `neighbour:<code>`, `unclear`. */
  reason: string;
  letters: { arabic: number; latin: number; other: number };
  /** Share of the evidence per candidate (0..1), within the winning script. */
  scores: Record<string, number>;
}

interface Model {
  codes: string[];
  words: Map<string, Float64Array>;
  grams: Map<number, Float64Array>;
}

const gramKey = (s: string): number => {
  const a = s.charCodeAt(0);
  if (s.length === 1) return a;
  const b = s.charCodeAt(1);
  if (s.length === 2) return 4294967296 + a * 65536 + b;
  return a * 4294967296 + b * 65536 + s.charCodeAt(2);
};

/** Each feature weighs 1/k where k = number of candidates that list it. */
function buildModel(cands: { code: string; features: NgramFeatures }[]): Model {
  const codes = cands.map((c) => c.code);
  const add = <K>(m: Map<K, Float64Array>, key: K, i: number) => {
    let v = m.get(key);
    if (!v) m.set(key, (v = new Float64Array(codes.length)));
    v[i] = 1;
  };
  const words = new Map<string, Float64Array>();
  const grams = new Map<number, Float64Array>();
  cands.forEach((c, i) => {
    for (const w of c.features.functionWords) add(words, w, i);
    for (const g of c.features.trigrams) add(grams, gramKey(g), i);
  });
  for (const m of [words, grams] as Map<unknown, Float64Array>[]) {
    for (const v of m.values()) {
      let k = 0;
      for (const x of v) k += x;
      for (let i = 0; i < v.length; i++) v[i] /= k;
    }
  }
  return { codes, words, grams };
}

let models: { latin: Model; arabic: Model } | null = null;
function getModels() {
  if (!models) {
    const others = (script: string) => OTHER_LANGUAGES.filter((o) => o.script === script);
    models = {
      latin: buildModel([
        { code: 'fr', features: PROFILES.fr.langid },
        { code: 'en', features: PROFILES.en.langid },
        ...others('latin'),
      ]),
      arabic: buildModel([{ code: 'ar', features: PROFILES.ar.langid }, ...others('arabic')]),
    };
  }
  return models;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc;

/** Scores the words of one script in `s` (lower-cased; elided Latin forms keep their apostrophe). */
function score(s: string, n: number, script: number, model: Model): { fw: Float64Array; gr: Float64Array; words: number } {
  const k = model.codes.length;
  const fw = new Float64Array(k);
  const gr = new Float64Array(k);
  let words = 0;
  const addGram = (key: number) => {
    const v = model.grams.get(key);
    if (v) for (let j = 0; j < k; j++) gr[j] += v[j];
  };
  const scoreWord = (raw: string) => {
    words++;
    let w = raw.toLowerCase();
    const last = w.charCodeAt(w.length - 1);
    if (script === ARABIC) w = w.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
    else if (isApostrophe(last) && last !== 0x27) w = w.slice(0, -1) + "'";
    const v = model.words.get(w);
    if (v) for (let j = 0; j < k; j++) fw[j] += v[j];
    // n-grams of " word " (a space marks each edge; the apostrophe is not part of them)
    const len = w.charCodeAt(w.length - 1) === 0x27 ? w.length - 1 : w.length;
    let p2 = 0x20;
    let p1 = 0x20;
    for (let i = 0; i <= len; i++) {
      const c = i < len ? w.charCodeAt(i) : 0x20;
      if (c !== 0x20) addGram(c);
      addGram(4294967296 + p1 * 65536 + c);
      if (i > 0) addGram(p2 * 4294967296 + p1 * 65536 + c);
      p2 = p1;
      p1 = c;
    }
  };
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : 0x20;
    const f = CLASS[c];
    const inWord = (f & LETTER) !== 0 ? (f & script) !== 0 : (f & MARK) !== 0 && start >= 0;
    if (inWord) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      if (script === LATIN && isApostrophe(c) && i + 1 < n && (CLASS[s.charCodeAt(i + 1)] & LETTER) !== 0) {
        // An elided word counts only before a lower-case word ("l'armée"), not inside names
        // that English text uses too ("Côte d'Ivoire", "N'Djamena", "Fada N'Gourma").
        if ((CLASS[s.charCodeAt(i + 1)] & UPPER) === 0) scoreWord(s.slice(start, i + 1));
        else words++;
        start = -1;
        continue;
      }
      scoreWord(s.slice(start, i));
      start = -1;
    }
  }
  return { fw, gr, words };
}

export function guessLanguage(text: string): LanguageGuess {
  const n = Math.min(text.length, SAMPLE);
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < n; i++) {
    const f = CLASS[text.charCodeAt(i)];
    if ((f & LETTER) === 0) continue;
    if (f & ARABIC) arabic++;
    else if (f & LATIN) latin++;
    else other++;
  }
  const letters = { arabic, latin, other };
  const total = arabic + latin + other;
  if (total < MIN_LETTERS) return { lang: 'und', reason: 'too_short', letters, scores: {} };
  let script: number;
  let model: Model;
  if (arabic * 2 > total) [script, model] = [ARABIC, getModels().arabic];
  else if (latin * 2 > total) [script, model] = [LATIN, getModels().latin];
  else return { lang: 'und', reason: other * 2 > total ? 'script_other' : 'script_mixed', letters, scores: {} };

  const { fw, gr } = score(text, n, script, model);
  const sum = (v: Float64Array) => v.reduce((a, b) => a + b, 0);
  const fwTot = sum(fw);
  const grTot = sum(gr);
  const wf = fwTot > 0 ? 0.6 : 0;
  const wg = 1 - wf;
  const scores: Record<string, number> = {};
  const ranked = model.codes
    .map((code, i) => {
      const s = (fwTot > 0 ? (wf * fw[i]) / fwTot : 0) + (grTot > 0 ? (wg * gr[i]) / grTot : 0);
      scores[code] = Math.round(s * 1000) / 1000;
      return { code, s };
    })
    .sort((a, b) => b.s - a.s);
  const [best, second] = ranked;
  if (fwTot + grTot / 3 < 1 || best.s === 0) {
    // Little evidence: Arabic script without Persian/Urdu cues is Arabic; Latin stays undecided.
    if (script === ARABIC) return { lang: 'ar', reason: 'script_default', letters, scores };
    return { lang: 'und', reason: 'unclear', letters, scores };
  }
  const analysed = (c: string) => c === 'ar' || c === 'fr' || c === 'en';
  if (!analysed(best.code)) return { lang: 'und', reason: `neighbour:${best.code}`, letters, scores };
  if (second && !analysed(second.code) && best.s < second.s * MARGIN) {
    return { lang: 'und', reason: `neighbour:${second.code}`, letters, scores };
  }
  return { lang: best.code as LangOrUnd, reason: 'scored', letters, scores };
}

/** `ar`, `fr`, `en`, or `und` (another language, too short, numbers only, mixed scripts). */
export function identifyLanguage(text: string): LangOrUnd {
  return guessLanguage(text).lang;
}
