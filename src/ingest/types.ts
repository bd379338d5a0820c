/**
 * @module ingest/types
 * What the ingest stage returns: a decoded, cleaned document, or an error value that says why not.
 * Data problems are values, never exceptions (STYLE.md §7).
 */
import type { DocumentRecord, Lang, Warning } from '../model/types.ts';

export type IngestErrorCode =
  | 'not_found'
  | 'unreadable'
  | 'is_directory'
  | 'empty'
  | 'binary'
  | 'too_large'
  | 'undecodable'
  | 'no_text'
  | 'bad_sidecar';

export interface IngestError {
  code: IngestErrorCode;
  message: string;
  uri: string;
}

export type IngestResult =
  | { ok: true; document: DocumentRecord; warnings: Warning[] }
  | { ok: false; error: IngestError };

export interface IngestOptions {
  /** Publication date given by the user (`--published`); wins over sidecar and metadata. */
  published?: string;
  /** Language forced by the user (`--lang`). */
  lang?: Lang;
  /** Largest input accepted, in bytes (default 50 MB). */
  maxBytes?: number;
}
