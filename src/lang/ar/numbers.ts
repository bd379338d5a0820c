/**
 * @module lang/ar/numbers
 * Arabic number words with their gender and case forms, vague quantities mapped the ACLED way
 * ("several" 3, "dozens" 12, "hundreds" 100), qualifiers (at least, about) and units.
 */
import type { NumberQualifier, NumberWord, RangeRule, UnitRule, VagueQuantity } from '../types.ts';

const n = (value: number, ...terms: string[]): NumberWord => ({ id: `ar.num.${value}.${terms[0]}`, value, terms });

export const numbers: NumberWord[] = [
  n(1, 'واحد', 'واحدة', 'واحدا'),
  n(2, 'اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'شخصين', 'جنديين', 'مدنيين اثنين'),
  n(3, 'ثلاثة', 'ثلاث'),
  n(4, 'أربعة', 'أربع'),
  n(5, 'خمسة', 'خمس'),
  n(6, 'ستة', 'ست'),
  n(7, 'سبعة', 'سبع'),
  n(8, 'ثمانية', 'ثماني', 'ثمان'),
  n(9, 'تسعة', 'تسع'),
  n(10, 'عشرة', 'عشر'),
  n(11, 'أحد عشر', 'إحدى عشرة', 'احدى عشر'),
  n(12, 'اثنا عشر', 'اثني عشر', 'اثنتا عشرة', 'اثنتي عشرة'),
  n(13, 'ثلاثة عشر', 'ثلاث عشرة'),
  n(14, 'أربعة عشر', 'أربع عشرة'),
  n(15, 'خمسة عشر', 'خمس عشرة'),
  n(16, 'ستة عشر', 'ست عشرة'),
  n(17, 'سبعة عشر', 'سبع عشرة'),
  n(18, 'ثمانية عشر', 'ثماني عشرة'),
  n(19, 'تسعة عشر', 'تسع عشرة'),
  n(20, 'عشرون', 'عشرين'),
  n(30, 'ثلاثون', 'ثلاثين'),
  n(40, 'أربعون', 'أربعين'),
  n(50, 'خمسون', 'خمسين'),
  n(60, 'ستون', 'ستين'),
  n(70, 'سبعون', 'سبعين'),
  n(80, 'ثمانون', 'ثمانين'),
  n(90, 'تسعون', 'تسعين'),
  n(100, 'مئة', 'مائة'),
  n(200, 'مئتان', 'مئتين', 'مائتين', 'مائتان'),
  n(300, 'ثلاثمئة', 'ثلاثمائة'),
  n(400, 'أربعمئة', 'أربعمائة'),
  n(500, 'خمسمئة', 'خمسمائة'),
  { id: 'ar.num.mult.1000', value: 1000, multiplier: true, terms: ['ألف', 'آلاف', 'ألفا'] },
];

export const vague: VagueQuantity[] = [
  { id: 'ar.vague.dozens', min: 12, max: null, terms: ['عشرات', 'العشرات'] },
  { id: 'ar.vague.hundreds', min: 100, max: null, terms: ['مئات', 'المئات', 'مئات من'] },
  { id: 'ar.vague.several', min: 3, max: 9, terms: ['بضعة', 'بضع', 'عدد من', 'عددا من', 'عدد قليل من', 'العديد من', 'عديد من', 'عدة'] },
  { id: 'ar.vague.many', min: 3, max: null, terms: ['الكثير من', 'كثيرون', 'عدد كبير من', 'عددا كبيرا من'] },
];

export const qualifiers: NumberQualifier[] = [
  { id: 'ar.q.at_least', effect: 'at_least', terms: ['على الأقل', 'ما لا يقل عن', 'لا يقل عن', 'أكثر من', 'ما يزيد على', 'ما يزيد عن', 'يزيد عن'] },
  { id: 'ar.q.about', effect: 'about', terms: ['نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'ما يقارب', 'ما يناهز', 'تقريبا'] },
  { id: 'ar.q.at_most', effect: 'at_most', terms: ['أقل من', 'لا يزيد عن', 'حتى'] },
];

export const units: UnitRule[] = [
  { id: 'ar.unit.km', unit: 'km', factor_km: 1, terms: ['كيلومتر*', 'كلم', 'كم'] },
  { id: 'ar.unit.mile', unit: 'mile', factor_km: 1.609344, terms: ['ميل*', 'أميال'] },
  { id: 'ar.unit.percent', unit: 'percent', terms: ['%', 'بالمئة', 'بالمائة', 'في المئة', 'في المائة'] },
];

/** Words joining two numbers into a range. */
export const ranges: RangeRule[] = [
  { id: 'ar.range.ila', terms: ['إلى', 'الى', '-', '–', 'أو'] },
  { id: 'ar.range.bayn', terms: ['و'], opener: ['بين', 'ما بين'] },
];
