/**
 * @module lang/en/dates
 * English month names, weekdays, relative expressions and parts of a period.
 */
import type { DayOrdinal, MonthName, PartOfRule, RelativeDateRule, TermRule, WeekdayName } from '../types.ts';

export const months: MonthName[] = [
  { month: 1, terms: ['January', 'Jan'] }, { month: 2, terms: ['February', 'Feb'] }, { month: 3, terms: ['March'] },
  { month: 4, terms: ['April', 'Apr'] }, { month: 5, terms: ['May'] }, { month: 6, terms: ['June'] },
  { month: 7, terms: ['July'] }, { month: 8, terms: ['August', 'Aug'] }, { month: 9, terms: ['September', 'Sept', 'Sep'] },
  { month: 10, terms: ['October', 'Oct'] }, { month: 11, terms: ['November', 'Nov'] }, { month: 12, terms: ['December', 'Dec'] },
];

export const weekdays: WeekdayName[] = [
  { day: 0, terms: ['Sunday'] }, { day: 1, terms: ['Monday'] }, { day: 2, terms: ['Tuesday'] }, { day: 3, terms: ['Wednesday'] },
  { day: 4, terms: ['Thursday'] }, { day: 5, terms: ['Friday'] }, { day: 6, terms: ['Saturday'] },
];

export const dayOrdinals: DayOrdinal[] = [{ day: 1, terms: ['first'] }, { day: 2, terms: ['second'] }, { day: 3, terms: ['third'] }, { day: 4, terms: ['fourth'] }, { day: 5, terms: ['fifth'] }, { day: 6, terms: ['sixth'] }, { day: 7, terms: ['seventh'] }, { day: 8, terms: ['eighth'] }, { day: 9, terms: ['ninth'] }, { day: 10, terms: ['tenth'] }, { day: 11, terms: ['eleventh'] }, { day: 12, terms: ['twelfth'] }, { day: 13, terms: ['thirteenth'] }, { day: 14, terms: ['fourteenth'] }, { day: 15, terms: ['fifteenth'] }, { day: 16, terms: ['sixteenth'] }, { day: 17, terms: ['seventeenth'] }, { day: 18, terms: ['eighteenth'] }, { day: 19, terms: ['nineteenth'] }, { day: 20, terms: ['twentieth'] }];

export const relativeDates: RelativeDateRule[] = [
  { id: 'en.date.day_before_yesterday', anchor: 'day_before_yesterday', terms: ['the day before yesterday'] },
  { id: 'en.date.yesterday', anchor: 'yesterday', terms: ['yesterday', 'last night', 'on the eve'] },
  { id: 'en.date.today', anchor: 'today', terms: ['today', 'this morning', 'earlier today', 'tonight'] },
  { id: 'en.date.last_week', anchor: 'last_week', terms: ['last week', 'the previous week', 'the past week'] },
  { id: 'en.date.this_week', anchor: 'this_week', terms: ['this week', 'earlier this week'] },
  { id: 'en.date.last_month', anchor: 'last_month', terms: ['last month', 'the previous month'] },
  { id: 'en.date.this_month', anchor: 'this_month', terms: ['this month', 'earlier this month'] },
  { id: 'en.date.last_year', anchor: 'last_year', terms: ['last year', 'the previous year'] },
  { id: 'en.date.this_year', anchor: 'this_year', terms: ['this year', 'earlier this year'] },
  { id: 'en.date.last_two_years', anchor: 'last_two_years', terms: ['the past two years', 'the last two years', 'over two years'] },
  { id: 'en.date.same_day', anchor: 'same_day', terms: ['the same day', 'that day', 'that same day', 'the same morning', 'the same night', 'the same evening', 'that night', 'that morning'] },
];

export const partsOf: PartOfRule[] = [
  { id: 'en.part.early', part: 'early', terms: ['early', 'in early', 'the start of', 'the beginning of', 'beginning of'] },
  { id: 'en.part.mid', part: 'mid', terms: ['mid', 'mid-', 'the middle of', 'middle of'] },
  { id: 'en.part.late', part: 'late', terms: ['late', 'in late', 'the end of', 'end of'] },
  { id: 'en.part.night', part: 'night', terms: ['overnight', 'the night of', 'night'] },
  { id: 'en.part.morning', part: 'morning', terms: ['morning', 'dawn', 'at dawn', 'early hours'] },
];

export const yearMarkers: TermRule[] = [{ id: 'en.year.in', terms: ['in', 'since', 'during', 'throughout', 'of', 'year'] }];
