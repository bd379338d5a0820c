/**
 * @module text/fr/langid
 * French cues: frequent short words (elided forms with their apostrophe) and distinctive trigrams.
 */
import type { NgramFeatures } from '../types.ts';

export const langid: NgramFeatures = {
  functionWords: [
    'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'et', 'à', 'au', 'aux', 'en', 'dans',
    'par', 'pour', 'sur', 'avec', 'sans', 'sous', 'est', 'sont', 'a', 'ont', 'été', 'être', 'il', 'elle',
    'ils', 'elles', 'on', 'nous', 'vous', 'qui', 'que', "qu'", 'ne', "n'", 'pas', 'plus', 'ce', 'cette',
    'ces', 'se', "s'", 'son', 'sa', 'ses', 'leur', 'leurs', 'mais', 'ou', 'où', 'selon', 'après', 'avant',
    'entre', 'depuis', 'lors', 'contre', 'comme', 'aussi', 'très', 'y', 'dont', "c'", 'était',
    'deux', 'trois', 'quatre', 'cinq', 'dit', 'tués', 'morts',
  ],
  trigrams: [
    'es ', 'ent', 'le ', 'de ', 'la ', 'les', ' le', ' de', ' la', 'que', 'ées', 'ée ', 'és ', 'ait', 'ais',
    'ain', 'eau', 'aux', 'eux', 'ois', 'oir', 'ien', 'ont', 'ns ', 'été', 'des', ' dé', ' pr', 'tre', 'ux ',
    'it ', 'ur ', ' et', 'et ', 'qu ', ' qu', 'té ', ' à ', 'è', 'ê', 'ç', 'œ', 'ù', 'û', 'î', 'ô', 'eur',
    'ète', 'ité',
  ],
};
