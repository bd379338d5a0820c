/**
 * @module lang/ar
 * The Arabic language pack: every table the extractor reads, in one object.
 */
import type { LanguagePack } from '../types.ts';
import { triggers } from './triggers.ts';
import { claimKinds, cues, parties } from './claims.ts';
import { anaphors, targets } from './targets.ts';
import { numbers, qualifiers, units, vague } from './numbers.ts';
import { dayOrdinals, months, partsOf, relativeDates, weekdays, yearMarkers } from './dates.ts';
import { assessments, background, capitalWords, irrealis, nearWords, negations, regularity } from './context.ts';

export const ar: LanguagePack = {
  lang: 'ar',
  triggers,
  negations,
  claimKinds,
  cues,
  parties,
  targets,
  anaphors,
  numbers,
  vague,
  qualifiers,
  units,
  months,
  weekdays,
  dayOrdinals,
  relativeDates,
  partsOf,
  yearMarkers,
  background,
  assessments,
  regularity,
  capitalWords,
  nearWords,
  irrealis,
};
