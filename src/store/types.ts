/**
 * @module store/types
 * The one store interface (ARCHITECTURE.md "one store interface, two engines"). Every method is
 * async so that a PostgreSQL engine can implement the same interface; the SQLite engine answers
 * synchronously underneath. The shared test suite (test/store/suite.ts) runs against every engine.
 *
 * What is kept: sources (folders, feeds, channels) and the items already taken from them;
 * documents (once per clean-text hash) with every retrieval of them; per document its mentions,
 * events (with claims and evidence) and assessments; incidents, each the fusion of one or more
 * events from any number of documents.
 *
 * @example
 *   const store = openStore({ path: 'marsad.db' });
 *   const r = await store.saveAnalysis(analyzeDocument(doc), { kind: 'file', uri: 'a.txt' });
 *   await store.fusePending();
 *   const list = await store.listIncidents({ country: 'Mali', from: '2024-09-01', limit: 20 });
 *   await store.close();
 */
import type { AnalysisResult, Assessment, DocumentRecord, EventRecord, Mention, Warning } from '../model/types.ts';

/** Where a document was seen: one row per (document, kind, uri), with a count of sightings. */
export interface Retrieval {
  kind: DocumentRecord['source']['kind'];
  uri: string;
  /** The source (folder, feed, channel) it came through, if any (see `upsertSource`). */
  source_id?: number | null;
  /** The item's key inside that source (feed guid, message id); remembered as seen. */
  item_key?: string | null;
  raw_sha256?: string | null;
}

export interface RetrievalRow extends Required<Omit<Retrieval, 'source_id' | 'item_key' | 'raw_sha256'>> {
  document_id: string;
  source_id: number | null;
  item_key: string | null;
  raw_sha256: string | null;
  first_seen: string;
  last_seen: string;
  times: number;
}

export type SourceKind = 'folder' | 'feed' | 'telegram' | 'url';

export interface SourceRow {
  id: number;
  kind: SourceKind;
  uri: string;
  name: string | null;
  created_at: string;
  last_polled_at: string | null;
}

/** What happened to one document offered to the store. */
export type SaveStatus = 'new' | 'duplicate';

export interface SaveResult {
  status: SaveStatus;
  document_id: string;
  events: number;
}

export interface StoredDocument extends DocumentRecord {
  warnings: Warning[];
  stored_at: string;
  retrievals: RetrievalRow[];
}

/** An event as extracted from one document; `key` is `<document id>:<n>`, unique in the store. */
export interface StoredEvent {
  key: string;
  document_id: string;
  incident_id: string | null;
  record: EventRecord;
}

/** The fused view of one real-world incident. `record.source_documents` lists every report. */
export interface IncidentRow {
  id: string;
  record: EventRecord;
  event_keys: string[];
}

export interface IncidentDetail extends IncidentRow {
  events: StoredEvent[];
  documents: Array<Pick<StoredDocument, 'id' | 'title' | 'outlet' | 'language' | 'published' | 'url' | 'source'>>;
}

/**
 * Filters of `marsad events` / `marsad export`. Text filters are matched on folded text
 * (case, accents and Arabic letter variants ignored). All given filters must hold. Stores
 * normalise them (store/filter.ts: `BF` → Burkina Faso, `2024-09` → a day, `battles` →
 * Battles); a filter that names nothing (unknown country, impossible date) matches nothing.
 */
export interface IncidentFilter {
  /** Part of an actor's name (actor1, actor2 or an associated actor), e.g. `JNIM`. */
  actor?: string;
  /** An event type, sub-event type or disorder type, e.g. `Battles`, `Air/drone strike`. */
  type?: string;
  /** Country name, ISO 3166 numeric, alpha-2 or alpha-3 code. */
  country?: string;
  admin1?: string;
  /** Inclusive YYYY-MM-DD bounds; an incident matches when its date range overlaps them. */
  from?: string;
  to?: string;
  /** Within `km` of a point (great-circle distance from the incident's coordinates). */
  near?: { lat: number; lon: number; km: number };
  /** Most recent first; default 50, at most 1,000,000. */
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  document_id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string;
  rank: number;
}

export interface StoreCounts {
  sources: number;
  documents: number;
  retrievals: number;
  mentions: number;
  events: number;
  claims: number;
  evidence: number;
  assessments: number;
  incidents: number;
  pending_fusion: number;
}

/** The event passed to fusion: an extracted event, its store key in `event_id_cnty`, its document, outlet and publication day. */
export type FusionInput = EventRecord & { document_id: string; outlet?: string | null; published?: string | null };

/** What fusion returns: one incident per group of events (`members` are the inputs' `event_id_cnty`). */
export interface FusedIncident {
  record: EventRecord;
  members: string[];
}

export type FuseFn = (events: FusionInput[]) => FusedIncident[];

export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /** Latest schema version applied. */
  schemaVersion(): Promise<number>;

  // ---- sources
  upsertSource(s: { kind: SourceKind; uri: string; name?: string | null }): Promise<SourceRow>;
  listSources(): Promise<SourceRow[]>;
  /** Which of `keys` were already taken from this source (feed guids, message ids). */
  seenItems(sourceId: number, keys: string[]): Promise<Set<string>>;
  /** Remember items that produced no document (e.g. empty), so that a re-run skips them. */
  markItemsSeen(sourceId: number, items: Array<{ key: string; status: string }>): Promise<void>;
  touchSource(sourceId: number): Promise<void>;

  // ---- documents
  /** The stored document with this clean-text hash, if any (lets ingest skip analysis). */
  findByHash(cleanSha256: string): Promise<string | null>;
  /** Note one more sighting of a stored document. */
  addRetrieval(documentId: string, r: Retrieval): Promise<void>;
  /**
   * Store one document's analysis in one transaction: document, retrieval, mentions, events,
   * claims, evidence, assessments, and its events queued for fusion. A document whose clean-text
   * hash is already stored only gains the retrieval (`status: 'duplicate'`).
   */
  saveAnalysis(result: AnalysisResult, r: Retrieval): Promise<SaveResult>;
  /**
   * Several documents' analyses in one transaction (each as in saveAnalysis, in order): all are
   * stored or none. Cheaper per document for bulk ingest; each document is still whole or absent.
   */
  saveAnalyses(items: Array<{ result: AnalysisResult; retrieval: Retrieval }>): Promise<SaveResult[]>;
  getDocument(id: string): Promise<StoredDocument | null>;
  mentionsOf(documentId: string): Promise<Mention[]>;
  assessmentsOf(documentId: string): Promise<Assessment[]>;
  eventsOf(documentId: string): Promise<StoredEvent[]>;
  /** Full-text search over documents; the query is folded like the text (see store/fts.ts). */
  searchDocuments(query: string, opts?: { limit?: number }): Promise<SearchHit[]>;

  // ---- incidents
  /** Fuse every queued event with its neighbours (same dates) into incidents; returns counts. */
  fusePending(): Promise<{ events: number; incidents: number }>;
  listIncidents(filter?: IncidentFilter): Promise<IncidentRow[]>;
  /** Same filters, streamed in pages (for exports of any size). */
  iterateIncidents(filter?: IncidentFilter): AsyncIterable<IncidentRow>;
  getIncident(id: string): Promise<IncidentDetail | null>;

  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
