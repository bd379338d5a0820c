/**
 * @module text
 * Clean text → language, normalised matching text with an offset map, sentences, tokens.
 * Steps, in order: 01-langid, 02-normalise, 03-sentences, 04-tokens (05-clitics for Arabic
 * proclitics). Language knowledge lives in ar/, fr/, en/ (same files in each); see README.md.
 *
 * @example
 *   const p = prepare(text);           // language identified when not given
 *   for (const s of p.sentences) text.slice(s.start, s.end);
 *   p.tokens.filter((t) => t.kind === 'word').map((t) => t.stem ?? t.norm);
 */
import type { LangOrUnd, Prepared, Span, Token } from './types.ts';
import { identifyLanguage } from './01-langid.ts';
import { normalise } from './02-normalise.ts';
import { sentences } from './03-sentences.ts';
import { tokensFrom } from './04-tokens.ts';

export type { Lang, LangOrUnd, Normalised, Prepared, Span, Token, TokenKind, LangProfile } from './types.ts';
export { identifyLanguage, guessLanguage, type LanguageGuess } from './01-langid.ts';
export { normalise, fold } from './02-normalise.ts';
export { sentences, MAX_SHORT_QUOTE } from './03-sentences.ts';
export { arabicReadings, splitProclitic, type Reading } from './05-clitics.ts';
export { PROFILES, LANGS } from './profiles.ts';

/**
 * Tokens with clean-text offsets.
 * @example tokens('وبالتالي (AES)', 'ar').map((t) => t.norm) // ['وبالتالي', '(', 'aes', ')']
 */
export function tokens(text: string, lang: LangOrUnd): Token[] {
  return tokensFrom(text, normalise(text, lang), lang);
}

/**
 * Everything the later stages need from clean text, with one normalisation shared by all.
 * @example prepare("L'armée a riposté.").lang // 'fr'
 */
export function prepare(text: string, lang?: LangOrUnd): Prepared {
  const l = lang ?? identifyLanguage(text);
  const norm = normalise(text, l);
  const sents: Span[] = sentences(text, l);
  return { lang: l, norm, sentences: sents, tokens: tokensFrom(text, norm, l) };
}
