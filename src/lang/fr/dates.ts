/**
 * @module lang/fr/dates
 * French month names, weekdays, relative expressions (hier, mardi dernier, le mois dernier) and
 * parts of a period (début, mi-, fin).
 */
import type { DayOrdinal, MonthName, PartOfRule, RelativeDateRule, TermRule, WeekdayName } from '../types.ts';

export const months: MonthName[] = [
  { month: 1, terms: ['janvier'] }, { month: 2, terms: ['février', 'fevrier'] }, { month: 3, terms: ['mars'] },
  { month: 4, terms: ['avril'] }, { month: 5, terms: ['mai'] }, { month: 6, terms: ['juin'] },
  { month: 7, terms: ['juillet'] }, { month: 8, terms: ['août', 'aout'] }, { month: 9, terms: ['septembre'] },
  { month: 10, terms: ['octobre'] }, { month: 11, terms: ['novembre'] }, { month: 12, terms: ['décembre', 'decembre'] },
];

export const weekdays: WeekdayName[] = [
  { day: 0, terms: ['dimanche'] }, { day: 1, terms: ['lundi'] }, { day: 2, terms: ['mardi'] }, { day: 3, terms: ['mercredi'] },
  { day: 4, terms: ['jeudi'] }, { day: 5, terms: ['vendredi'] }, { day: 6, terms: ['samedi'] },
];

export const dayOrdinals: DayOrdinal[] = [{ day: 1, terms: ['premier', '1er'] }];

export const relativeDates: RelativeDateRule[] = [
  { id: 'fr.date.day_before_yesterday', anchor: 'day_before_yesterday', terms: ['avant-hier'] },
  { id: 'fr.date.yesterday', anchor: 'yesterday', terms: ['hier', 'hier soir', 'hier matin', 'la veille'] },
  { id: 'fr.date.today', anchor: 'today', terms: ["aujourd'hui", 'ce matin', 'cette nuit', 'ce jour'] },
  { id: 'fr.date.last_week', anchor: 'last_week', terms: ['la semaine dernière', 'la semaine passée'] },
  { id: 'fr.date.this_week', anchor: 'this_week', terms: ['cette semaine', 'en début de semaine'] },
  { id: 'fr.date.last_month', anchor: 'last_month', terms: ['le mois dernier', 'mois dernier', 'le mois passé'] },
  { id: 'fr.date.this_month', anchor: 'this_month', terms: ['ce mois-ci', 'ce mois', 'le mois en cours'] },
  { id: 'fr.date.last_year', anchor: 'last_year', terms: ["l'année dernière", 'année dernière', "l'an dernier", 'an dernier', "l'année passée"] },
  { id: 'fr.date.this_year', anchor: 'this_year', terms: ['cette année', "depuis le début de l'année"] },
  { id: 'fr.date.last_two_years', anchor: 'last_two_years', terms: ['ces deux dernières années', 'les deux dernières années', 'depuis deux ans'] },
  { id: 'fr.date.same_day', anchor: 'same_day', terms: ['ce jour-là', 'le même jour', 'ce même jour', 'le jour même', 'la même nuit', 'cette nuit-là', 'le même matin', 'la même matinée', 'le même soir'] },
];

export const partsOf: PartOfRule[] = [
  { id: 'fr.part.early', part: 'early', terms: ['début', 'au début', 'en début', 'début du', 'courant'] },
  { id: 'fr.part.mid', part: 'mid', terms: ['mi', 'mi-', 'à la mi', 'milieu'] },
  { id: 'fr.part.late', part: 'late', terms: ['fin', 'à la fin', 'en fin', 'fin du'] },
  { id: 'fr.part.night', part: 'night', terms: ['dans la nuit', 'nuit'] },
  { id: 'fr.part.morning', part: 'morning', terms: ['matin', 'aube', "à l'aube", 'tôt le matin'] },
];

export const yearMarkers: TermRule[] = [{ id: 'fr.year.in', terms: ['en', 'depuis', "l'année", 'année', 'courant', 'fin', 'début'] }];
