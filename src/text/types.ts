/**
 * @module text/types
 * Shapes shared by the text stage and its per-language tables. Offsets are UTF-16 code units of
 * the document's clean text unless a name says otherwise (`n…` = normalised text).
 */
import type { Lang, LangOrUnd } from '../model/types.ts';

export type { Lang, LangOrUnd };

/** A half-open range [start, end) of the clean text. */
export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** Clean-text offsets. */
  start: number;
  end: number;
  /** The clean-text slice. */
  text: string;
  /** The matching form (the normalised slice). */
  norm: string;
  kind: TokenKind;
  /** Arabic words only, when a proclitic was split off (best guess; see `arabicReadings`). */
  prefix?: string;
  /** Arabic words only: `norm` without `prefix`. */
  stem?: string;
}

/** Normalised text with its map back to the clean text. */
export interface Normalised {
  text: string;
  /** map[i] = clean offset of the clean unit that produced normalised unit i; map[text.length] = clean length. */
  readonly map: Int32Array;
  /** Clean offset of normalised offset i (0 ≤ i ≤ text.length). */
  toClean(i: number): number;
  /** Smallest clean span that produced normalised [start, end) (including dropped marks after it). */
  toCleanSpan(start: number, end: number): [number, number];
}

export interface Prepared {
  lang: LangOrUnd;
  norm: Normalised;
  sentences: Span[];
  tokens: Token[];
}

// ---- per-language tables (one record per language, same shape: see ar/, fr/, en/) ----

/** One character-folding rule. `from` is a set of characters or an inclusive code range. */
export interface CharRule {
  id: string;
  from: string | readonly [number, number];
  /** Replacement ('' deletes), or a function of the character. */
  to: string | ((ch: string) => string);
}

export interface NgramFeatures {
  /** Common short words, lower case (Arabic script as written, not folded). */
  functionWords: readonly string[];
  /** Distinctive character trigrams, lower case; a space marks a word edge. */
  trigrams: readonly string[];
}

export interface NormaliseRules {
  /** Character folds. They apply in every language (a French report quotes Arabic names). */
  chars: readonly CharRule[];
  /** Words (folded) that elide before an apostrophe: "l'armée" → "l armée". This language only. */
  elisions: readonly string[];
}

export interface SegmentRules {
  /** Abbreviations (folded, without the final dot) that precede a name and never end a sentence. */
  titles: readonly string[];
  /** Other abbreviations: they end a sentence only when a `starters` word follows. */
  abbreviations: readonly string[];
  /** Words that typically begin a sentence, as written (capitalised). */
  starters: readonly string[];
}

export interface ProcliticRule {
  id: string;
  /** The prefix in normalised (folded) form. */
  form: string;
  /** Shortest stem (in code units) left after removing it. */
  minStem: number;
}

export interface TokenRules {
  /** Arabic-script proclitics (ar only; empty elsewhere). */
  proclitics: readonly ProcliticRule[];
  /** Normalised words never split although they start like a proclitic. */
  keepWhole: readonly string[];
  /**
   * Arabic: a stem left by a one-letter proclitic that starts with a bare alef (ا as written, no
   * hamza) is usually a foreign name ("باماكو", "كايس") unless it starts like a derived form
   * listed here ("است", "ان", "ا?ت" with ? any letter: "باستخدام", "بانتظام", "باختطاف").
   */
  nativeAlefStarts: readonly string[];
  /** Suffixes split off as their own token (en possessive), normalised form, e.g. "'s". */
  suffixTokens: readonly string[];
}

export interface LangProfile {
  lang: Lang;
  langid: NgramFeatures;
  normalise: NormaliseRules;
  segment: SegmentRules;
  tokens: TokenRules;
}
