/**
 * @module lang/en/numbers
 * English number words, vague quantities (several, dozens, scores of), qualifiers, units.
 */
import type { NumberQualifier, NumberWord, RangeRule, UnitRule, VagueQuantity } from '../types.ts';

const n = (value: number, ...terms: string[]): NumberWord => ({ id: `en.num.${value}`, value, terms });

export const numbers: NumberWord[] = [
  n(1, 'one'), n(2, 'two'), n(3, 'three'), n(4, 'four'), n(5, 'five'), n(6, 'six'), n(7, 'seven'), n(8, 'eight'), n(9, 'nine'),
  n(10, 'ten'), n(11, 'eleven'), n(12, 'twelve', 'a dozen'), n(13, 'thirteen'), n(14, 'fourteen'), n(15, 'fifteen'), n(16, 'sixteen'),
  n(17, 'seventeen'), n(18, 'eighteen'), n(19, 'nineteen'), n(20, 'twenty'), n(30, 'thirty'), n(40, 'forty'), n(50, 'fifty'),
  n(60, 'sixty'), n(70, 'seventy'), n(80, 'eighty'), n(90, 'ninety'),
  { id: 'en.num.mult.100', value: 100, multiplier: true, terms: ['hundred', 'a hundred'] },
  { id: 'en.num.mult.1000', value: 1000, multiplier: true, terms: ['thousand'] },
];

export const vague: VagueQuantity[] = [
  { id: 'en.vague.dozens', min: 12, max: null, terms: ['dozens', 'dozens of'] },
  { id: 'en.vague.scores', min: 40, max: null, terms: ['scores', 'scores of'] },
  { id: 'en.vague.hundreds', min: 100, max: null, terms: ['hundreds', 'hundreds of'] },
  { id: 'en.vague.several', min: 3, max: 9, terms: ['several', 'a number of', 'a few', 'some', 'a handful of', 'multiple'] },
  { id: 'en.vague.many', min: 3, max: null, terms: ['many', 'numerous'] },
];

export const qualifiers: NumberQualifier[] = [
  { id: 'en.q.at_least', effect: 'at_least', terms: ['at least', 'more than', 'over', 'upwards of', 'no fewer than', 'in excess of'] },
  { id: 'en.q.about', effect: 'about', terms: ['about', 'around', 'nearly', 'almost', 'approximately', 'some', 'roughly', 'an estimated'] },
  { id: 'en.q.at_most', effect: 'at_most', terms: ['up to', 'fewer than', 'less than', 'at most'] },
];

export const units: UnitRule[] = [
  { id: 'en.unit.km', unit: 'km', factor_km: 1, terms: ['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer'] },
  { id: 'en.unit.mile', unit: 'mile', factor_km: 1.609344, terms: ['miles', 'mile'] },
  { id: 'en.unit.percent', unit: 'percent', terms: ['%', 'percent', 'per cent'] },
];

/** Words joining two numbers into a range. */
export const ranges: RangeRule[] = [
  { id: 'en.range.to', terms: ['to', '-', '–', 'or'] },
  { id: 'en.range.between', terms: ['and'], opener: ['between'] },
];
