/**
 * @module lang/ar/dates
 * Arabic date words: both month-name sets (سبتمبر / أيلول), weekdays, relative expressions
 * resolved against the publication date, and parts of a period (أوائل، منتصف، أواخر).
 */
import type { DayOrdinal, MonthName, PartOfRule, RelativeDateRule, TermRule, WeekdayName } from '../types.ts';

export const months: MonthName[] = [
  { month: 1, terms: ['يناير', 'كانون الثاني', 'جانفي'] },
  { month: 2, terms: ['فبراير', 'شباط', 'فيفري'] },
  { month: 3, terms: ['مارس', 'آذار'] },
  { month: 4, terms: ['أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل'] },
  { month: 5, terms: ['مايو', 'أيار', 'ماي'] },
  { month: 6, terms: ['يونيو', 'يونيه', 'حزيران', 'جوان'] },
  { month: 7, terms: ['يوليو', 'يوليه', 'تموز', 'جويلية'] },
  { month: 8, terms: ['أغسطس', 'آب', 'أوت'] },
  { month: 9, terms: ['سبتمبر', 'أيلول'] },
  { month: 10, terms: ['أكتوبر', 'تشرين الأول'] },
  { month: 11, terms: ['نوفمبر', 'تشرين الثاني'] },
  { month: 12, terms: ['ديسمبر', 'كانون الأول'] },
];

export const weekdays: WeekdayName[] = [
  { day: 0, terms: ['الأحد'] },
  { day: 1, terms: ['الاثنين', 'الإثنين'] },
  { day: 2, terms: ['الثلاثاء'] },
  { day: 3, terms: ['الأربعاء'] },
  { day: 4, terms: ['الخميس'] },
  { day: 5, terms: ['الجمعة'] },
  { day: 6, terms: ['السبت'] },
];

export const dayOrdinals: DayOrdinal[] = [
  { day: 1, terms: ['الأول', 'الأولى'] },
  { day: 2, terms: ['الثاني', 'الثانية'] },
  { day: 3, terms: ['الثالث', 'الثالثة'] },
  { day: 4, terms: ['الرابع', 'الرابعة'] },
  { day: 5, terms: ['الخامس', 'الخامسة'] },
  { day: 6, terms: ['السادس', 'السادسة'] },
  { day: 7, terms: ['السابع', 'السابعة'] },
  { day: 8, terms: ['الثامن', 'الثامنة'] },
  { day: 9, terms: ['التاسع', 'التاسعة'] },
  { day: 10, terms: ['العاشر', 'العاشرة'] },
  { day: 11, terms: ['الحادي عشر'] },
  { day: 12, terms: ['الثاني عشر'] },
  { day: 13, terms: ['الثالث عشر'] },
  { day: 14, terms: ['الرابع عشر'] },
  { day: 15, terms: ['الخامس عشر'] },
  { day: 16, terms: ['السادس عشر'] },
  { day: 17, terms: ['السابع عشر'] },
  { day: 18, terms: ['الثامن عشر'] },
  { day: 19, terms: ['التاسع عشر'] },
  { day: 20, terms: ['العشرين'] },
  { day: 21, terms: ['الحادي والعشرين'] },
  { day: 22, terms: ['الثاني والعشرين'] },
  { day: 23, terms: ['الثالث والعشرين'] },
  { day: 24, terms: ['الرابع والعشرين'] },
  { day: 25, terms: ['الخامس والعشرين'] },
  { day: 26, terms: ['السادس والعشرين'] },
  { day: 27, terms: ['السابع والعشرين'] },
  { day: 28, terms: ['الثامن والعشرين'] },
  { day: 29, terms: ['التاسع والعشرين'] },
  { day: 30, terms: ['الثلاثين'] },
  { day: 31, terms: ['الحادي والثلاثين'] },
];

export const relativeDates: RelativeDateRule[] = [
  { id: 'ar.date.day_before_yesterday', anchor: 'day_before_yesterday', terms: ['أول أمس', 'أول من أمس', 'أمس الأول'] },
  { id: 'ar.date.yesterday', anchor: 'yesterday', terms: ['أمس', 'الأمس', 'البارحة', 'ليلة أمس', 'مساء أمس', 'صباح أمس'] },
  { id: 'ar.date.today', anchor: 'today', terms: ['اليوم', 'صباح اليوم', 'فجر اليوم', 'مساء اليوم'] },
  { id: 'ar.date.last_week', anchor: 'last_week', terms: ['الأسبوع الماضي', 'الأسبوع المنصرم', 'الأسبوع الفائت'] },
  { id: 'ar.date.this_week', anchor: 'this_week', terms: ['هذا الأسبوع', 'الأسبوع الجاري', 'الأسبوع الحالي'] },
  { id: 'ar.date.last_month', anchor: 'last_month', terms: ['الشهر الماضي', 'الشهر المنصرم', 'الشهر الفائت'] },
  { id: 'ar.date.this_month', anchor: 'this_month', terms: ['الشهر الجاري', 'هذا الشهر', 'الشهر الحالي'] },
  { id: 'ar.date.last_year', anchor: 'last_year', terms: ['العام الماضي', 'السنة الماضية', 'العام المنصرم', 'العام الفائت'] },
  { id: 'ar.date.this_year', anchor: 'this_year', terms: ['العام الجاري', 'هذا العام', 'السنة الحالية', 'العام الحالي'] },
  { id: 'ar.date.last_two_years', anchor: 'last_two_years', terms: ['العامين الماضيين', 'السنتين الماضيتين', 'عامين'] },
  { id: 'ar.date.same_day', anchor: 'same_day', terms: ['اليوم نفسه', 'اليوم ذاته', 'نفس اليوم', 'ذلك اليوم', 'الليلة نفسها', 'الليلة ذاتها', 'نفس الليلة', 'تلك الليلة', 'صباح اليوم نفسه'] },
];

export const partsOf: PartOfRule[] = [
  { id: 'ar.part.early', part: 'early', terms: ['أوائل', 'أول', 'مطلع', 'بداية', 'بدايات', 'مستهل'] },
  { id: 'ar.part.mid', part: 'mid', terms: ['منتصف', 'أواسط', 'وسط'] },
  { id: 'ar.part.late', part: 'late', terms: ['أواخر', 'آخر', 'نهاية', 'نهايات', 'أواخر شهر'] },
  { id: 'ar.part.night', part: 'night', terms: ['ليلة', 'ليل', 'في ليلة'] },
  { id: 'ar.part.morning', part: 'morning', terms: ['صباح', 'فجر', 'الساعات الأولى من صباح', 'الساعات الأولى من'] },
];

export const yearMarkers: TermRule[] = [
  { id: 'ar.year.in_year', terms: ['في عام', 'عام', 'في العام', 'سنة', 'في سنة', 'خلال عام', 'منذ عام', 'في'] },
];
