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
  | 'not_a_file'
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

/** Warning codes ingest can emit next to a document (never fatal). */
export type IngestWarningCode =
  | 'invalid_utf8' // mostly UTF-8 with some bad bytes: decoded with U+FFFD replacements
  | 'encoding_guess' // not UTF-8 and the detector was unsure: the encoding is a best guess
  | 'bad_sidecar' // NAME.meta.json unreadable, not JSON, or a field of the wrong shape: ignored
  | 'html_fallback' // Readability found no article (or could not run): plain body text used
  | 'html_too_deep' // DOM nested deeper than Readability can take: iterative text walk used
  | 'control_chars' // NUL or other control characters were removed from the text
  | 'bad_published'; // the user's publication date is not a calendar date: ignored

/** A line cut from the head or tail of the text as site chrome; for debugging, not part of the document. */
export interface RemovedSpan {
  side: 'head' | 'tail';
  /** Offsets into the normalised text *before* chrome removal (not into document.text). */
  start: number;
  end: number;
  text: string;
  /** Rule id (`head.label`, `ar.related`, …) that removed it. */
  reason: string;
}

/** Where each document field came from (debugging and provenance). */
export interface IngestProvenance {
  title: 'sidecar' | 'metadata' | 'headline' | 'none';
  outlet: 'sidecar' | 'metadata' | 'url' | 'none';
  language: 'user' | 'sidecar' | 'detected' | 'metadata';
  url: 'sidecar' | 'metadata' | 'source' | 'none';
}

export type IngestResult =
  | {
      ok: true;
      document: DocumentRecord;
      warnings: Warning[];
      /** Site chrome cut from the edges of the text (debug aid; the document never holds it). */
      removed?: RemovedSpan[];
      provenance?: IngestProvenance;
    }
  | { ok: false; error: IngestError };

export interface IngestOptions {
  /** Publication date given by the user (`--published`); wins over sidecar and metadata. */
  published?: string;
  /** Language forced by the user (`--lang`). */
  lang?: Lang;
  /** Largest input accepted, in bytes (default 50 MB). */
  maxBytes?: number;
  /** Look for NAME.meta.json beside a file (default true; ingestFile only). */
  sidecar?: boolean;
  /** Keep the text's head and tail as they are (default false: site chrome is removed). */
  keepChrome?: boolean;
}

/** What the caller knows about a buffer or string that did not come from a file path. */
export interface SourceMeta {
  uri: string;
  kind: DocumentRecord['source']['kind'];
  /** Name used to guess the format (`.html`, `.txt`); defaults to the last part of `uri`. */
  filename?: string;
  /** An HTTP Content-Type such as `text/html; charset=windows-1256`. */
  contentType?: string;
}

/** The fields a sidecar NAME.meta.json may carry (all optional). */
export interface SidecarMeta {
  published?: string;
  outlet?: string;
  url?: string;
  language?: Lang;
  title?: string;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
