/**
 * @module eval/types
 * Shapes of the scorer (../shared/design/GOLD-FORMAT.md): a validated gold file, the problems a
 * malformed one has, and the scores and misses of one document or of a group of documents.
 * Every list of strings in a gold file is a set of acceptable answers; an optional field that a gold
 * event leaves out is absent here too and is not scored.
 */
import type { Assessment, ClaimKind, EventRecord, Lang } from '../model/types.ts';

// ---------------------------------------------------------------- gold

export interface GoldDocumentInfo {
  /** Path of the annotated document, relative to the gold file. */
  file: string;
  language: Lang;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

/** Inclusive ISO date range, start <= end. */
export interface GoldDate {
  start: string;
  end: string;
}

export interface GoldPoint {
  lat: number;
  lon: number;
  within_km: number;
}

export interface GoldPlace {
  country?: string[];
  admin1?: string[];
  /** Present when the gold gives lat, lon and within_km (all three or none). */
  point?: GoldPoint;
}

export interface GoldClaim {
  claimant: string[];
  kind: ClaimKind;
}

export interface GoldEvent {
  id: string;
  what: string;
  optional: boolean;
  event_type?: string[];
  sub_event_type?: string[];
  date?: GoldDate;
  place?: GoldPlace;
  /** Groups of acceptable names, normally one per side; each needs its own system actor. */
  actors?: string[][];
  /** `max: null` means no upper bound. */
  fatalities?: { min: number; max: number | null };
  background?: boolean;
  claims?: GoldClaim[];
}

export interface GoldAssessment {
  id: string;
  what: string;
  subject: string[];
  object: string[];
}

export interface Gold {
  document: GoldDocumentInfo;
  events: GoldEvent[];
  /** Absent when the gold file has no `assessments` key: assessments are then not scored. */
  assessments?: GoldAssessment[];
}

export type GoldIssueCode =
  | 'not_found'
  | 'unreadable'
  | 'bad_json'
  | 'missing_field'
  | 'bad_type'
  | 'unknown_field'
  | 'empty_list'
  | 'bad_date'
  | 'bad_range'
  | 'bad_number'
  | 'bad_language'
  | 'unknown_event_type'
  | 'unknown_sub_event_type'
  | 'inconsistent_sub_event_type'
  | 'unknown_claim_kind'
  | 'incomplete_point'
  | 'duplicate_id';

/** One problem of a gold file; `at` is where, e.g. `events[2].date.start`. */
export interface GoldIssue {
  code: GoldIssueCode;
  at: string;
  message: string;
}

export type GoldLoad = { ok: true; gold: Gold } | { ok: false; issues: GoldIssue[] };

// ---------------------------------------------------------------- system output

/** What the scorer reads of an AnalysisResult. */
export interface SystemOutput {
  events: EventRecord[];
  assessments: Assessment[];
}

// ---------------------------------------------------------------- scores

export const FIELD_NAMES = ['event_type', 'sub_event_type', 'date', 'place', 'actors', 'fatalities', 'background'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** `value` = correct / total, or null when total is 0 (nothing to score). */
export interface Ratio {
  correct: number;
  total: number;
  value: number | null;
}

export interface EventCounts {
  /** System events. */
  system: number;
  /** System events matched to a gold event (optional or not): precision's numerator. */
  matched_system: number;
  /** Gold events that are not optional: recall's denominator. */
  required: number;
  /** Of those, the matched ones. */
  matched_required: number;
  optional: number;
  matched_optional: number;
  /** matched_system / system; null when the system gave no events. */
  precision: number | null;
  /** matched_required / required; null when the gold has no required events. */
  recall: number | null;
  /** Harmonic mean; 0 when either defined score is 0; null when not both are defined otherwise. */
  f1: number | null;
}

export interface Scores {
  events: EventCounts;
  /** Per field, over matched pairs whose gold event gives that field. */
  fields: Record<FieldName, Ratio>;
  /** Gold claims of matched pairs found among the system event's claims. */
  claims: Ratio;
  /** Gold assessments found among the system's assessments. */
  assessments: Ratio;
}

export interface PairInfo {
  gold: string;
  system: number;
  system_id: string;
  optional: boolean;
  /** Scored fields and gold claims right minus wrong: the rank used to assign pairs best-first. */
  score: number;
  distance_km: number | null;
}

export type Miss =
  | { kind: 'missed_event'; gold: string; what: string; reason: string }
  | { kind: 'spurious_event'; system: number; system_id: string; summary: string; reason: string }
  | { kind: 'field_wrong'; gold: string; system: number; field: FieldName; expected: string; got: string }
  | { kind: 'claim_missed'; gold: string; system: number; claim: number; expected: string; got: string }
  | { kind: 'assessment_missed'; gold: string; what: string; expected: string; reason: string };

/** Score of one gold document against one system output (pure: see scoreDocument). */
export interface DocumentScore extends Scores {
  file: string;
  language: Lang;
  pairs: PairInfo[];
  /** Optional gold events nothing matched (not misses, listed for information). */
  unmatched_optional: string[];
  misses: Miss[];
}

// ---------------------------------------------------------------- report

/** One gold file's score, with where it came from; `error` when the analysis failed (scored as empty). */
export interface DocumentEntry extends DocumentScore {
  /** The gold file, as given. */
  gold: string;
  /** The analysed document, resolved against the gold file's folder. */
  document_path: string;
  error: { code: string; message: string } | null;
}

/** A gold file that could not be loaded (`load`), or whose document could not be analysed (`analyze`). */
export interface EvalError {
  gold: string;
  stage: 'load' | 'analyze';
  code: string;
  /** Where in the gold file (load issues). */
  at: string | null;
  message: string;
}

export interface GroupScores extends Scores {
  documents: number;
}

export interface EvalReport {
  documents: DocumentEntry[];
  /** Keyed by the gold's document language, only languages present. */
  languages: Partial<Record<Lang, GroupScores>>;
  overall: GroupScores;
  errors: EvalError[];
}
