/**
 * @module text/en/tokens
 * The possessive "'s" becomes its own token so "Mali's" matches "Mali" (a bare "'" after a plural
 * is punctuation anyway).
 */
import type { TokenRules } from '../types.ts';

export const tokens: TokenRules = { proclitics: [], keepWhole: [], nativeAlefStarts: [], suffixTokens: ["'s"] };
