/**
 * @module text/en/segment
 * English abbreviations and typical sentence openings for the sentence splitter.
 */
import type { SegmentRules } from '../types.ts';

export const segment: SegmentRules = {
  titles: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt',
    'cpl', 'pvt', 'cmdr', 'adm', 'brig', 'lt.-col', 'lt.-gen', 'maj.-gen', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres',
  ],
  abbreviations: [
    'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'etc', 'vs', 'v', 'no', 'nos', 'approx', 'est', 'inc', 'ltd',
    'co', 'corp', 'dept', 'govt', 'i.e', 'e.g', 'cf', 'al', 'fig', 'p', 'pp', 'vol', 'km', 'jan', 'feb',
    'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri',
  ],
  starters: [
    'The', 'A', 'An', 'In', 'On', 'At', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These',
    'Those', 'But', 'And', 'However', 'Meanwhile', 'According', 'There', 'His', 'Her', 'Their', 'Its',
    'After', 'Before', 'When', 'While', 'As', 'If', 'Some', 'Many', 'Most', 'Yet', 'So', 'Also', 'Then',
    'No', 'Since', 'Two', 'Three', 'Several', 'Authorities', 'Officials',
  ],
};
