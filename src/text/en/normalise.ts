/**
 * @module text/en/normalise
 * Typographic quotes, apostrophes, hyphens and the minus sign to their ASCII forms, so "Mali’s"
 * and "Mali's" match. (Lower-casing is language-independent: see 02-normalise.ts.)
 */
import type { NormaliseRules } from '../types.ts';

export const normalise: NormaliseRules = {
  chars: [
    { id: 'en-double-quotes', from: '“”„‟″〃', to: '"' },
    { id: 'en-single-quotes', from: '‘’‚‛ʼ′`´', to: "'" },
    { id: 'en-hyphens', from: '\u2010\u2011\u2212', to: '-' },
  ],
  elisions: [],
};
