/**
 * @module lang/fr/numbers
 * French number words, vague quantities (une dizaine, des dizaines, une centaine…), qualifiers
 * (au moins, près de, environ) and units.
 */
import type { NumberQualifier, NumberWord, RangeRule, UnitRule, VagueQuantity } from '../types.ts';

const n = (value: number, ...terms: string[]): NumberWord => ({ id: `fr.num.${value}`, value, terms });

export const numbers: NumberWord[] = [
  n(2, 'deux'), n(3, 'trois'), n(4, 'quatre'), n(5, 'cinq'), n(6, 'six'), n(7, 'sept'), n(8, 'huit'), n(9, 'neuf'),
  n(10, 'dix'), n(11, 'onze'), n(12, 'douze'), n(13, 'treize'), n(14, 'quatorze'), n(15, 'quinze'), n(16, 'seize'),
  n(17, 'dix-sept'), n(18, 'dix-huit'), n(19, 'dix-neuf'), n(20, 'vingt'), n(30, 'trente'), n(40, 'quarante'), n(50, 'cinquante'),
  n(60, 'soixante'), n(70, 'soixante-dix'), n(80, 'quatre-vingts', 'quatre-vingt'), n(90, 'quatre-vingt-dix'),
  n(100, 'cent', 'cents'),
  { id: 'fr.num.mult.1000', value: 1000, multiplier: true, terms: ['mille'] },
];

export const vague: VagueQuantity[] = [
  { id: 'fr.vague.tens', min: 10, max: 19, terms: ['une dizaine', 'dizaine'] },
  { id: 'fr.vague.twenty', min: 20, max: 29, terms: ['une vingtaine', 'vingtaine'] },
  { id: 'fr.vague.thirty', min: 30, max: 39, terms: ['une trentaine', 'trentaine'] },
  { id: 'fr.vague.forty', min: 40, max: 49, terms: ['une quarantaine'] },
  { id: 'fr.vague.fifty', min: 50, max: 59, terms: ['une cinquantaine'] },
  { id: 'fr.vague.hundred', min: 100, max: 199, terms: ['une centaine', 'centaine'] },
  { id: 'fr.vague.dozens', min: 12, max: null, terms: ['des dizaines', 'dizaines'] },
  { id: 'fr.vague.hundreds', min: 100, max: null, terms: ['des centaines', 'centaines'] },
  { id: 'fr.vague.several', min: 3, max: 9, terms: ['plusieurs', 'quelques', 'un certain nombre', 'nombre de', 'de nombreux', 'de nombreuses'] },
];

export const qualifiers: NumberQualifier[] = [
  { id: 'fr.q.at_least', effect: 'at_least', terms: ['au moins', 'pas moins de', 'plus de', 'au minimum'] },
  { id: 'fr.q.about', effect: 'about', terms: ['environ', 'près de', 'quelque', 'autour de', 'approximativement'] },
  { id: 'fr.q.at_most', effect: 'at_most', terms: ['moins de', 'au plus', "jusqu'à"] },
];

export const units: UnitRule[] = [
  { id: 'fr.unit.km', unit: 'km', factor_km: 1, terms: ['km', 'kilomètre*', 'kilometre*'] },
  { id: 'fr.unit.mile', unit: 'mile', factor_km: 1.609344, terms: ['mille nautique', 'miles'] },
  { id: 'fr.unit.percent', unit: 'percent', terms: ['%', 'pour cent', 'pourcent'] },
];

/** Words joining two numbers into a range. */
export const ranges: RangeRule[] = [
  { id: 'fr.range.a', terms: ['à', '-', '–', 'ou'] },
  { id: 'fr.range.entre', terms: ['et'], opener: ['entre'] },
];
