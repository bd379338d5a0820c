/**
 * @module knowledge/actors/types
 * Shapes of the actor registry: the raw records of data/actors/*.json (see data/actors/README.md),
 * the expanded entries the registry serves (one per regime period), validation issues, and
 * matches found in text. Field names follow the README so the data and the code read alike.
 */
import type { InterLabel, Lang } from '../../model/types.ts';

export const ACTOR_KINDS = [
  'group',
  'unit',
  'state_force',
  'foreign_force',
  'militia',
  'movement',
  'person',
  'coalition',
  'civilians',
  'party',
  'descriptor',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** ACLED's inter labels an actor may carry (the empty label is reserved for people and descriptors). */
export const INTER_LABELS: readonly Exclude<InterLabel, ''>[] = [
  'State forces',
  'Rebel group',
  'Political militia',
  'Identity militia',
  'Rioters',
  'Protesters',
  'Civilians',
  'External/Other forces',
];

/** How the canonical name was chosen: ACLED's own actor name, ACLED's pattern applied by us, or ours. */
export type Naming = 'acled' | 'acled-pattern' | 'project';

/** An alias is a plain string, or a string with words after it that cancel the match. */
export type AliasSpec = string | { text: string; unless_next?: string[] };
export type AliasesByLang = Partial<Record<Lang, AliasSpec[]>>;

/** A link to a parent (unit → group → network), possibly for a period only. */
export interface ParentLink {
  id: string;
  relation?: 'unit' | 'branch' | 'affiliate' | 'member' | 'operation';
  from?: string;
  to?: string;
  note?: string;
}

export interface MembershipLink {
  id: string;
  role?: string;
  from?: string;
  to?: string;
}

/** A rule of a generic entry: resolve to `id` when the country and date fit. */
export interface ResolveRule {
  id: string;
  country?: string;
  from?: string;
  to?: string;
}

export interface RawPeriod {
  id: string;
  canonical: string;
  valid_from: string;
  valid_to?: string;
  parent?: string | ParentLink[];
  aliases?: AliasesByLang;
  acronyms?: string[];
  press?: AliasesByLang;
  naming?: Naming;
  note?: string;
}

/** Units of a state force can take their periods from the parent: `{parent}` in the pattern is replaced. */
export interface InheritPeriods {
  inherit: true;
  canonical: string;
}

export interface RawActor {
  id: string;
  canonical: string;
  kind: ActorKind;
  inter?: InterLabel;
  country?: string;
  area?: string[];
  valid_from?: string;
  valid_to?: string;
  parent?: string | ParentLink[];
  aliases?: AliasesByLang;
  acronyms?: string[];
  press?: AliasesByLang;
  periods?: RawPeriod[] | InheritPeriods;
  generic?: boolean;
  resolves_to?: ResolveRule[];
  member_of?: MembershipLink[];
  hint?: string;
  fallback?: string;
  /** `government` for militias that fight alongside the state (VDP, Dan Na Ambassagou, GATIA): they are not the attacker's side. */
  alignment?: 'government';
  naming?: Naming;
  note?: string;
  source?: string;
}

/** What a data file holds. */
export interface ActorFile {
  file: string;
  actors: RawActor[];
}

/** One entry as the registry serves it: a plain actor, a lineage (with periods), or a period. */
export interface Actor {
  id: string;
  canonical: string;
  kind: ActorKind;
  inter: InterLabel;
  country: string;
  area: string[];
  valid_from: string | null;
  valid_to: string | null;
  parents: ParentLink[];
  /** Set on a period entry: the id of its lineage. */
  lineage: string | null;
  /** Set on a lineage: its period ids, oldest first. */
  periods: string[];
  generic: boolean;
  resolves_to: ResolveRule[];
  member_of: MembershipLink[];
  hint: string | null;
  fallback: string | null;
  alignment: 'government' | null;
  naming: Naming | null;
  note: string | null;
  source: string | null;
  file: string;
}

export type AliasKind = 'canonical' | 'alias' | 'acronym' | 'press';

/** One surface form of one entry, as indexed. */
export interface AliasRecord {
  actorId: string;
  text: string;
  lang: Lang | 'any';
  kind: AliasKind;
  /** Keys of the tokens, as the matcher compares them. */
  keys: string[];
  /** The tokens as written in the data (acronyms compare their case against these). */
  surface: string[];
  /** Single-token Latin forms written with a capital, and acronyms, need that capital in the text. */
  caseForm: 'any' | 'capital' | 'acronym';
  /** Word sequences (as keys) that cancel the match when they follow it: القاعدة + العسكرية is a base. */
  unlessNext: string[][];
}

export type IssueCode =
  | 'read_error'
  | 'json_error'
  | 'shape'
  | 'bad_id'
  | 'duplicate_id'
  | 'missing_field'
  | 'bad_kind'
  | 'bad_inter'
  | 'descriptor_inter'
  | 'bad_date'
  | 'period_overlap'
  | 'period_outside'
  | 'duplicate_canonical'
  | 'missing_reference'
  | 'parent_cycle'
  | 'empty_alias'
  | 'bad_acronym'
  | 'bad_rule'
  | 'ambiguous_alias';

export interface Issue {
  code: IssueCode;
  severity: 'error' | 'warning';
  file: string;
  id: string;
  message: string;
}

export interface ResolveOptions {
  /** Event date, `YYYY-MM-DD`: picks the regime period and date-bound rules. */
  date?: string;
  /** ACLED country name of the document or event: picks country-bound rules of generic entries. */
  country?: string;
}

export interface FindOptions extends ResolveOptions {}

export interface ActorMatch {
  start: number;
  end: number;
  text: string;
  /** The resolved entry (a period when a date chose one). */
  id: string;
  canonical: string;
  kind: ActorKind;
  inter: InterLabel;
  /** Which form matched: `alias.ar`, `acronym`, `press.fr`, `canonical`… */
  reason: string;
  /** The entry the surface form belongs to, before date and country resolution. */
  matched_id: string;
  /** The lineage of a resolved period, else null. */
  lineage: string | null;
  /** True for generic forms ("the army", "civilians", "gunmen") whose referent the extractor should confirm. */
  generic: boolean;
  /** Other entries the same surface form could mean, when the form is ambiguous. */
  alternatives: string[];
}
