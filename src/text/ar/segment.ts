/**
 * @module text/ar/segment
 * Arabic sentence-boundary knowledge. Arabic has no letter case, so a boundary after ". ! ? ؟ …"
 * is taken whenever whitespace follows; abbreviations with a dot are rare. Decision (documented in
 * README.md): "،" never ends a sentence and "؛" does not either (it joins closely linked clauses;
 * extraction can still use it as a clause boundary through the tokens).
 */
import type { SegmentRules } from '../types.ts';

export const segment: SegmentRules = {
  // Folded forms: "د." (doctor), "أ." (professor), "م." (engineer) before a name.
  titles: ['د', 'ا', 'م', 'ج', 'ص'],
  abbreviations: ['ق.م', 'ه'],
  starters: [],
};
