/**
 * @module extract/knowledge
 * What extraction needs from the knowledge bases, as two small interfaces. The default adapters
 * (./knowledge-default.ts) bind them to the actor registry and the gazetteer; tests may pass
 * their own. Extraction never imports a knowledge base directly (STYLE.md §10).
 */
import type { InterLabel, Lang } from '../model/types.ts';
import type { TargetRole } from '../lang/types.ts';

export type ActorKind = 'group' | 'unit' | 'state_force' | 'foreign_force' | 'militia' | 'movement' | 'person' | 'coalition' | 'civilians' | 'party' | 'descriptor' | string;

export interface ActorRef {
  id: string;
  canonical: string;
  kind: ActorKind;
  inter: InterLabel;
  /** ISO2 country the actor belongs to, when any. */
  country?: string;
  /** `government` for militias that fight alongside the state. */
  alignment?: 'government';
}

export interface ActorHit extends ActorRef {
  /** Clean-text offsets. */
  start: number;
  end: number;
  text: string;
}

export interface ActorKB {
  /** Every actor, person and descriptor mention in `text` (clean-text offsets), names valid at `date`. */
  find(text: string, lang: Lang, date?: string): ActorHit[];
  /** The actor of a country in a role at a date (e.g. ML + military + 2024-09-17 → Military Forces of Mali (2021-)). */
  forRole(iso2: string, role: TargetRole | 'armed_group', date?: string): ActorRef | null;
  /** The top armed group a unit or person belongs to (Katiba Macina → JNIM), or null. */
  groupOf(id: string, date?: string): ActorRef | null;
  /** The unit a person commands or belongs to (Salman al-Bambari → Katiba Macina), or null. */
  unitOf(id: string, date?: string): ActorRef | null;
  /** Re-name an actor for another date (state forces change names with regimes). */
  rename(id: string, date?: string, iso2?: string | null): ActorRef | null;
}

export interface Place {
  id: string;
  name: string;
  iso2: string;
  country: string;
  iso: number | null;
  admin1: string;
  admin2: string;
  lat: number;
  lon: number;
  featureCode: string;
  /** 1 the place itself, 2 near it or part of it, 3 a region coded to a point. */
  precision: 1 | 2 | 3;
  population?: number;
  /** True for a whole country. */
  isCountry?: boolean;
  /** True for a first-level region (coded to its capital/centre). */
  isRegion?: boolean;
  /** Supplement facilities (airports, camps) carry a kind. */
  facility?: string;
}

export interface PlaceHit {
  start: number;
  end: number;
  text: string;
  place: Place | null;
  reason: string;
}

export interface PlaceContext {
  lang: Lang;
  docCountry?: string;
  nearby?: Array<{ lat: number; lon: number }>;
}

export interface PlaceKB {
  /** Place mentions in a sentence (clean-text offsets relative to `sentence`), resolved in context. */
  find(sentence: string, ctx: PlaceContext): PlaceHit[];
  /** A facility of a kind (airport, camp, school) inside or near a town, when the gazetteer knows one. */
  facilityIn(kind: string, town: Place): Place | null;
  /** The capital of a country (for "the capital", "العاصمة"). */
  capitalOf(iso2: string): Place | null;
  /** The country record (coded to its capital or centre). */
  country(iso2: string): Place | null;
  /** The country a whole text is most about, by the country names it uses (a prior for ambiguous places). */
  countryHint(text: string): string | null;
}
