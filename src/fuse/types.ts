/**
 * @module fuse/types
 * Shapes of report fusion: what goes in (one extracted event per report, tagged with its document),
 * what comes out (an incident: the fused ACLED record plus its members), and the options.
 * The model types are not changed: claims and evidence gain a `document_id` beside them, which
 * keeps a fused event assignable to `EventRecord`.
 */
import type { Claim, EventRecord, Evidence } from '../model/types.ts';

/** One system event as fusion receives it: the record plus the document it was read from. */
export type FuseInput = EventRecord & {
  document_id: string;
  /** Outlet of the document, when known: two reports of one outlet count as one source. */
  outlet?: string | null;
  /** Publication day of the document (`YYYY-MM-DD`), when known: dates an undated news event (see 01-normalise). */
  published?: string | null;
};

export type FusedClaim = Claim & { document_id: string };
export type FusedEvidence = Evidence & { document_id: string };

/** The fused record: an EventRecord whose claims and evidence say which document they came from. */
export type FusedEvent = Omit<EventRecord, 'claims' | 'evidence'> & { claims: FusedClaim[]; evidence: FusedEvidence[] };

/** A pair of members that fusion linked, with the score and the reasons of the link. */
export interface FusionLink {
  a: string;
  b: string;
  score: number;
  reasons: string[];
}

export interface Incident {
  /** `inc-` + 16 hex digits of the SHA-256 of the sorted member keys: same members, same id. */
  id: string;
  event: FusedEvent;
  /** Member keys `document_id/event_id_cnty`, sorted. */
  members: string[];
  /** Document ids of the members, sorted, unique. */
  documents: string[];
  /** The inputs, kept so that `fuseInto` can re-fuse the incident when a new report arrives. */
  member_events: FuseInput[];
  /** The links that made the cluster (a spanning set, not every pair). */
  links: FusionLink[];
}

export interface FuseOptions {
  /** Minimum link score (0..1) for two reports, and average score for two clusters, to fuse. Default 0.5. */
  threshold?: number;
  /** Days of slack allowed between two date ranges of news reports. Default 1. */
  slackDays?: number;
  /** Cap on members per side compared when two clusters are tested (keeps big clusters linear). Default 40. */
  maxCompare?: number;
  /** Lazy trace: called with a thunk only when set (costs nothing otherwise). */
  debug?: (msg: () => string) => void;
}

export interface FuseIntoResult {
  /** Every incident after the update: the untouched ones passed in, plus the re-fused ones. */
  incidents: Incident[];
  /** Incidents created or whose membership changed (new ids). */
  changed: Incident[];
  /** Ids of incidents passed in that no longer exist (merged, grown, or re-split). */
  removed: string[];
}
