/**
 * @module sources/types
 * What every source (files and folders, URLs, RSS/Atom feeds, Telegram exports) hands to the
 * ingest runner: candidates, each able to load one document; and what the runner reports back.
 * Problems are values with a `code` (STYLE.md §7).
 */
import type { AnalysisResult, DocumentRecord, Warning } from '../model/types.ts';
import type { IngestError, IngestResult } from '../ingest/index.ts';
import type { IngestInput } from '../pipeline/tasks.ts';

export type SourceErrorCode =
  | IngestError['code']
  | 'bad_url'
  | 'network'
  | 'timeout'
  | 'http_status'
  | 'too_many_redirects'
  | 'content_type'
  | 'bad_feed'
  | 'bad_export'
  | 'internal_error';

export interface SourceError {
  code: SourceErrorCode;
  message: string;
  uri: string;
}

export type LoadResult = Extract<IngestResult, { ok: true }> | { ok: false; error: SourceError };

/** One document-to-be. `load` reads, fetches or decodes it; nothing happens before. */
export interface Candidate {
  /** Where it was seen (the retrieval's URI). */
  uri: string;
  kind: DocumentRecord['source']['kind'];
  /** The source it came through and its key there, remembered once taken (see Store.seenItems). */
  source_id?: number;
  item_key?: string;
  load(): Promise<LoadResult>;
  /**
   * The same load as plain data (a file path and ingest options), when it has one: the runner may
   * then have it done on a worker thread (RunOptions.read) instead of calling `load`.
   */
  input?: IngestInput;
}

/** Errors that will not change on a retry: the item is remembered as seen anyway. */
export const PERMANENT: ReadonlySet<SourceErrorCode> = new Set(['empty', 'binary', 'undecodable', 'no_text', 'too_large', 'content_type', 'is_directory', 'not_a_file']);

export type Outcome =
  | { status: 'new'; uri: string; document_id: string; events: number }
  | { status: 'duplicate'; uri: string; document_id: string }
  | { status: 'failed'; uri: string; code: SourceErrorCode; message: string };

export interface IngestSummary {
  new: number;
  duplicate: number;
  failed: number;
  /** Items a source had already given (unchanged files, old feed items, known messages). */
  unchanged: number;
  events: number;
  /** Incidents touched by fusion at the end of the run. */
  incidents: number;
  seconds: number;
  failures: Array<{ uri: string; code: SourceErrorCode; message: string }>;
  /** Source-level notes (a feed that could not be read, service messages skipped…). */
  notes: Warning[];
}

/** The analysis of one document: in this thread, or in a worker (then a promise). */
export type Analyze = (doc: DocumentRecord, warnings: Warning[]) => AnalysisResult | Promise<AnalysisResult>;

/** Fill document fields the source knows and the page did not say (outlet, date, title, url). */
export function withSourceMeta(
  doc: DocumentRecord,
  meta: { outlet?: string | null; published?: string | null; title?: string | null; url?: string | null },
): DocumentRecord {
  const d = { ...doc };
  if (!d.outlet && meta.outlet) d.outlet = meta.outlet;
  if (!d.published && meta.published) {
    d.published = meta.published;
    d.published_source = 'metadata';
  }
  if (!d.title && meta.title) d.title = meta.title;
  if (!d.url && meta.url) d.url = meta.url;
  return d;
}
