/**
 * @module model/types
 * The output contract of Marsad (../shared/design/EVENT-MODEL.md). Every stage, store, export and
 * API response speaks these types. ACLED field names are kept verbatim; what ACLED cannot say
 * (claims, evidence, date ranges, background) sits beside them.
 */

export type Lang = 'ar' | 'fr' | 'en';
export type LangOrUnd = Lang | 'und';

/** A span of the document's clean text that supports a field. Offsets are UTF-16 code units. */
export interface Evidence {
  field: string;
  start: number;
  end: number;
  text: string;
}

export type ClaimKind =
  | 'fatalities'
  | 'injuries'
  | 'destroyed'
  | 'captured'
  | 'responsibility'
  | 'abducted'
  | 'arrested'
  | 'denial';

export interface Claim {
  /** An actor's canonical name or a party such as `Government of Mali`, `witnesses`, `the report`. */
  claimant: string;
  kind: ClaimKind;
  value: { min: number | null; max: number | null; text: string };
  /** Who or what the claim is about (e.g. `soldiers`, `aircraft`), free text. */
  subject: string;
  stance: 'asserts' | 'denies';
  evidence: Evidence[];
}

export type TimePrecision = 1 | 2 | 3 | null;
export type GeoPrecision = 1 | 2 | 3;

export type InterLabel =
  | 'State forces'
  | 'Rebel group'
  | 'Political militia'
  | 'Identity militia'
  | 'Rioters'
  | 'Protesters'
  | 'Civilians'
  | 'External/Other forces'
  | '';

export interface EventRecord {
  // ACLED fields
  event_id_cnty: string;
  event_date: string | null;
  time_precision: TimePrecision;
  disorder_type: string;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  assoc_actor_1: string;
  inter1: InterLabel;
  actor2: string;
  assoc_actor_2: string;
  inter2: InterLabel;
  interaction: string;
  civilian_targeting: '' | 'Civilian targeting';
  iso: number | null;
  country: string;
  admin1: string;
  admin2: string;
  admin3: string;
  location: string;
  latitude: number | null;
  longitude: number | null;
  geo_precision: GeoPrecision | null;
  fatalities: number;
  source: string;
  source_scale: string;
  notes: string;
  tags: string;
  timestamp: number;
  // Added fields
  date_start: string | null;
  date_end: string | null;
  date_text: { text: string; relative: boolean; resolved: boolean } | null;
  fatalities_low: number | null;
  fatalities_best: number | null;
  fatalities_high: number | null;
  claims: Claim[];
  background: boolean;
  evidence: Evidence[];
  confidence: number;
  source_documents: string[];
}

export interface Assessment {
  subject: string;
  /** e.g. `controls`, `advances`, `encircles`, `spills_into`, `attacks_regularly`, `threatens`. */
  predicate: string;
  object: string[];
  quantity: { value: number; unit: string; text: string; qualifier?: string } | null;
  as_of: { start: string | null; end: string | null; text: string } | null;
  claimant: string;
  evidence: Evidence[];
}

export type MentionKind = 'actor' | 'person' | 'place' | 'date' | 'number' | 'descriptor';

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  /** Registry id, GeoNames id (as string), ISO date range, or numeric value. */
  resolved: string | null;
  /** Canonical label of what it resolved to, when any. */
  label?: string;
  /** Why it did not resolve (when `resolved` is null). */
  reason?: string;
}

export type PublishedSource = 'metadata' | 'sidecar' | 'user' | 'unknown';

export interface DocumentRecord {
  id: string;
  source: { kind: 'file' | 'url' | 'paste' | 'feed' | 'telegram'; uri: string };
  outlet: string | null;
  title: string | null;
  language: LangOrUnd;
  published: string | null;
  published_source: PublishedSource;
  text: string;
  raw_sha256: string;
  clean_sha256: string;
  encoding?: string;
  format?: 'text' | 'html';
  /** Canonical URL of the page (sidecar `url`, <link rel=canonical>/og:url, or the fetched URL). */
  url?: string | null;
}

export interface Warning {
  code: string;
  message: string;
}

export interface AnalysisResult {
  document: DocumentRecord;
  events: EventRecord[];
  assessments: Assessment[];
  mentions: Mention[];
  warnings: Warning[];
}
