/**
 * @module text/fr/tokens
 * French needs no clitic splitting at token level: elisions are split by normalisation.
 */
import type { TokenRules } from '../types.ts';

export const tokens: TokenRules = { proclitics: [], keepWhole: [], nativeAlefStarts: [], suffixTokens: [] };
