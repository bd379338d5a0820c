/**
 * @module lang/types
 * The shape every language pack has (src/lang/<xx>/index.ts). Tables are data: records with a
 * unique reason `id`, written in natural spelling and folded by the extractor with the language's
 * own normaliser, so an entry's author never has to think about alef variants or accents.
 * A parity test (test/lang/parity.test.ts) fails when a language misses a table or a rule kind.
 */
import type { ClaimKind } from '../model/types.ts';

/** A term list entry. `terms` are phrases; `*` at the end of a term allows any word suffix. */
export interface TermRule {
  id: string;
  terms: string[];
}

export interface TriggerRule extends TermRule {
  /** Candidate sub-event types; the target decides between armed and civilian readings. */
  sub_event_type: string;
  /** When the trigger's target is civilians, code this sub-event type instead. */
  if_civilian_target?: string;
  /** When the target is armed (state forces, militias, armed groups), code this instead. */
  if_armed_target?: string;
  /** Words that must appear in the same sentence for the rule to fire. */
  requires?: string[];
  /** Words that block the rule when in the same sentence. */
  blocked_by?: string[];
  /** A weak trigger only creates an event together with a place or a date in its sentence. */
  weak?: boolean;
}

export interface ClaimKindRule extends TermRule {
  kind: ClaimKind;
}

export type CueKind = 'say' | 'according_to' | 'deny' | 'claim_responsibility';
export interface CueRule extends TermRule {
  kind: CueKind;
  /** Where the claimant sits relative to the cue: after it (verb–subject, "according to X") or before it. */
  claimant: 'after' | 'before' | 'either';
}

/** Parties that speak without being armed actors: officials, witnesses, local sources. */
export interface PartyRule extends TermRule {
  /** `{country}` is replaced by the country of the document (e.g. `Government of Mali`). */
  party: string;
  /** If set, the party is also read as this actor role of the country (for actor matching). */
  role?: TargetRole;
  /** Who within the party speaks, in English ("governor", "local official"): the claimant reads `party (title)`. */
  title?: string;
}

export type TargetRole = 'military' | 'police' | 'gendarmerie' | 'air_force' | 'militia' | 'civilians' | 'government';
/** Nouns that describe a target and imply an actor of the place's country (e.g. a gendarmerie school). */
export interface TargetRule extends TermRule {
  role: TargetRole;
  /** A facility noun (airport, camp) that can also locate the event inside the current city. */
  facility?: string;
}

export interface AnaphorRule extends TermRule {
  /** What the anaphor refers back to: the last armed non-state group, or the last state force. */
  refers_to: 'armed_group' | 'state_force';
}

export interface NumberWord {
  id: string;
  terms: string[];
  value: number;
  /** Multiplier words (hundred, thousand) combine with the number before them. */
  multiplier?: boolean;
}
export interface VagueQuantity extends TermRule {
  min: number;
  max: number | null;
}
export interface NumberQualifier extends TermRule {
  effect: 'at_least' | 'about' | 'at_most';
}
/** Words joining two numbers into a range ("20 to 30", "entre 20 et 30"); `opener` must stand before the first. */
export interface RangeRule extends TermRule {
  opener?: string[];
}
/**
 * Words around a death toll that change how it counts: `attackers` (the dead are the assailants:
 * ACLED adds them to the victims), `provisional` (a first toll that a later figure supersedes).
 */
export interface FatalityCueRule extends TermRule {
  cue: 'attackers' | 'provisional';
}
export interface UnitRule extends TermRule {
  unit: 'km' | 'mile' | 'percent';
  factor_km?: number;
}

export interface MonthName {
  month: number;
  terms: string[];
}
/** Day of the month written as an ordinal word ("السابع من أكتوبر", "le premier mai", "the first of May"). */
export interface DayOrdinal {
  day: number;
  terms: string[];
}
export interface WeekdayName {
  /** 0 Sunday … 6 Saturday */
  day: number;
  terms: string[];
}
export type RelativeAnchor =
  | 'today'
  | 'yesterday'
  | 'day_before_yesterday'
  | 'last_week'
  | 'this_week'
  | 'last_month'
  | 'this_month'
  | 'last_year'
  | 'this_year'
  | 'last_two_years'
  | 'recent_years'
  /** "the same day", "ce jour-là", "في اليوم نفسه": the day of the last dated event told before. */
  | 'same_day';
export interface RelativeDateRule extends TermRule {
  anchor: RelativeAnchor;
}
export interface PartOfRule extends TermRule {
  part: 'early' | 'mid' | 'late' | 'night' | 'morning';
}

export type AssessmentPredicate = 'controls' | 'advances' | 'encircles' | 'spills_into' | 'threatens' | 'attacks_regularly' | 'has_bases_in' | 'active_in';
export interface AssessmentRule extends TermRule {
  predicate: AssessmentPredicate;
}

export interface LanguagePack {
  lang: 'ar' | 'fr' | 'en';
  triggers: TriggerRule[];
  negations: TermRule[];
  claimKinds: ClaimKindRule[];
  cues: CueRule[];
  parties: PartyRule[];
  targets: TargetRule[];
  anaphors: AnaphorRule[];
  numbers: NumberWord[];
  vague: VagueQuantity[];
  qualifiers: NumberQualifier[];
  units: UnitRule[];
  ranges: RangeRule[];
  fatalityCues: FatalityCueRule[];
  months: MonthName[];
  weekdays: WeekdayName[];
  dayOrdinals: DayOrdinal[];
  relativeDates: RelativeDateRule[];
  partsOf: PartOfRule[];
  /** Words introducing a year or date ("in", "في عام"), used to accept bare years as dates. */
  yearMarkers: TermRule[];
  background: TermRule[];
  assessments: AssessmentRule[];
  /** Regularity words ("regularly", بانتظام): a trigger with one of these is a pattern, not an event. */
  regularity: TermRule[];
  /** Words for "the capital" and for "near/outside/south of" relations used to locate events. */
  capitalWords: TermRule[];
  nearWords: TermRule[];
  /** Words that mark a sentence as hypothetical/analytic: triggers there do not create events. */
  irrealis: TermRule[];
}
