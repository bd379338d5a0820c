/**
 * @module text/fr/segment
 * French abbreviations and typical sentence openings for the sentence splitter.
 */
import type { SegmentRules } from '../types.ts';

export const segment: SegmentRules = {
  titles: ['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'mgr', 'dr', 'pr', 'st', 'ste', 'gal', 'gen', 'gl', 'col', 'cdt', 'cne', 'lt', 'sgt', 'adj', 'cpl', 'prof', 'maj', 'lcl'],
  abbreviations: ['art', 'env', 'etc', 'cf', 'p', 'pp', 'vol', 'no', 'nos', 'n', 'av', 'bd', 'chap', 'ex', 'fig', 'tel', 'hab', 'km', 'min', 'max', 'approx', 'sq', 'sqq', 'ibid', 'op', 'cit', 'i.e', 'e.g', 'c.-a-d', 'j.-c', 'apr', 'janv', 'fevr', 'avr', 'juil', 'sept', 'oct', 'nov', 'dec'],
  starters: [
    'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Du', 'De', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Ce',
    'Cette', 'Ces', 'Cet', 'Mais', 'Et', 'Selon', 'Dans', 'En', 'Au', 'Aux', 'Pour', 'Par', 'Depuis',
    'Lors', 'Après', 'Avant', 'Cependant', 'Toutefois', 'Plus', 'Sur', 'Son', 'Sa', 'Ses', 'Leur',
    'Leurs', 'Aucun', 'Aucune', 'Plusieurs', 'Certains', 'Si', 'Or', 'Ainsi', 'Enfin', 'Puis', 'L', 'D', 'C', 'Qu',
  ],
};
