/**
 * @module server/analyze
 * POST /api/analyze: a report in (JSON `{text|html}`, a text/plain or text/html body, or a
 * multipart upload), its AnalysisResult out — and with `store=true` stored and fused, with the
 * incidents it fed. Ingest problems (empty, binary, undecodable, too large) come back as 4xx
 * with ingest's own code; nothing here throws on bad input. Reading and analysis (the CPU-heavy
 * part) run where the app's `Analyser` says — on the worker pool under `marsad serve`, so that
 * the event loop keeps answering other requests; a full pool is 503 `busy`, a report analysed for
 * too long 504 `analysis_timeout`. Storing and fusion stay on this thread (the store's one writer).
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { normalizeDate, type IngestError } from '../ingest/index.ts';
import type { Lang } from '../model/types.ts';
import { PoolError, type AnalysisPool } from '../pipeline/pool.ts';
import { ingestAndAnalyze, type IngestAnalysis, type IngestInput } from '../pipeline/tasks.ts';
import type { Store } from '../store/index.ts';
import { HttpError } from './errors.ts';
import type { AnalyzeOptions } from './schemas.ts';

import type { AnalyzeResponse } from './types.ts';

export type { AnalyzeResponse, StoredInfo } from './types.ts';

/** What a request carries once its body is read, whatever its media type. */
export interface AnalyzeInput {
  /** Decoded text (JSON, text/plain, text/html), or bytes of an uploaded file. */
  text?: string;
  bytes?: Buffer;
  html: boolean;
  filename?: string;
  contentType?: string;
  options: AnalyzeOptions;
}

const LANGS = new Set(['ar', 'fr', 'en']);
const FIELD_NAMES = new Set(['published', 'lang', 'store', 'title', 'url']);

function bool(v: string): boolean | null {
  const s = v.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(s)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(s)) return false;
  return null;
}

/** Options given as form fields (multipart): same names and rules as the query string. */
export function optionsFromFields(fields: Record<string, string>): AnalyzeOptions {
  const o: AnalyzeOptions = {};
  for (const [k, v] of Object.entries(fields)) {
    if (!FIELD_NAMES.has(k)) throw new HttpError(400, 'invalid_request', `unknown form field '${k}' (fields: file, ${[...FIELD_NAMES].join(', ')})`);
    if (k === 'lang') {
      if (!v) continue;
      if (!LANGS.has(v)) throw new HttpError(400, 'invalid_request', `lang must be ar, fr or en, got '${v}'`);
      o.lang = v as Lang;
    } else if (k === 'store') {
      const b = bool(v);
      if (b === null) throw new HttpError(400, 'invalid_request', `store must be true or false, got '${v}'`);
      o.store = b;
    } else if (v.trim()) {
      (o as Record<string, string>)[k] = v.trim();
    }
  }
  return o;
}

const MAX_FIELD = 4096;

/** Read a multipart body: one file part (any field name) plus option fields. */
export async function readMultipart(req: FastifyRequest): Promise<AnalyzeInput> {
  const fields: Record<string, string> = {};
  let file: { bytes: Buffer; filename: string; mimetype: string } | null = null;
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      if (file) throw new HttpError(413, 'too_many_files', 'send one file per request');
      const bytes = await part.toBuffer();
      file = { bytes, filename: part.filename || 'upload', mimetype: part.mimetype };
    } else {
      const v = typeof part.value === 'string' ? part.value : String(part.value ?? '');
      if (v.length > MAX_FIELD) throw new HttpError(400, 'invalid_request', `form field '${part.fieldname}' is too long`);
      fields[part.fieldname] = v;
    }
  }
  const options = optionsFromFields(Object.fromEntries(Object.entries(fields).filter(([k]) => k !== 'text' && k !== 'html')));
  if (file) return { bytes: file.bytes, filename: file.filename, contentType: file.mimetype, html: /html/i.test(file.mimetype), options };
  // A form without a file may carry the report in a `text` or `html` field.
  if (fields.text !== undefined) return { text: fields.text, html: false, options };
  if (fields.html !== undefined) return { text: fields.html, html: true, contentType: 'text/html', options };
  throw new HttpError(400, 'no_document', 'multipart body has no file (nor a text or html field)');
}

const INGEST_STATUS: Record<string, number> = { too_large: 413 };

function ingestFailure(error: IngestError): HttpError {
  return new HttpError(INGEST_STATUS[error.code] ?? 422, error.code, error.message);
}

/** Reads and analyses one report: on a worker pool, or in this thread (tests, embedding). */
export type Analyser = (input: IngestInput) => Promise<IngestAnalysis>;

export const inThread: Analyser = async (input) => ingestAndAnalyze(input);

/** The pool's problems as HTTP errors (busy and closing: retry later). */
export function poolAnalyser(pool: AnalysisPool): Analyser {
  return async (input) => {
    try {
      return await pool.ingest(input);
    } catch (e) {
      if (!(e instanceof PoolError)) throw e;
      if (e.code === 'busy') throw new HttpError(503, 'busy', `the server is analysing as many reports as it can; retry in a moment (${e.message})`);
      if (e.code === 'closed') throw new HttpError(503, 'shutting_down', 'the server is shutting down');
      if (e.code === 'timeout') throw new HttpError(504, 'analysis_timeout', `the report was not analysed in time: ${e.message}`);
      throw e;
    }
  };
}

const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex').slice(0, 16);

/** Ingest, analyse and (when asked) store one report. */
export async function analyzeInput(store: Store, input: AnalyzeInput, maxBytes: number, analyse: Analyser = inThread): Promise<AnalyzeResponse> {
  const o = input.options;
  let published: string | undefined;
  if (o.published) {
    const p = normalizeDate(o.published);
    if (!p) throw new HttpError(400, 'bad_published', `published must be a date (YYYY-MM-DD), got '${o.published}'`);
    published = p;
  }
  let url: URL | null = null;
  if (o.url) {
    url = URL.canParse(o.url) ? new URL(o.url) : null;
    if (!url || !/^https?:$/.test(url.protocol)) throw new HttpError(400, 'bad_url', `url must be an http(s) URL, got '${o.url}'`);
  }
  const opts = { published, lang: o.lang, maxBytes };
  const set = { title: o.title || undefined, url: url?.href, outlet: url ? url.hostname.replace(/^www\./, '') || undefined : undefined };
  let job: IngestInput;
  if (input.bytes) {
    const name = input.filename ?? 'upload';
    job = { bytes: input.bytes, meta: { uri: `upload:${name}`, kind: 'file', filename: name, contentType: input.contentType }, opts, set };
  } else {
    const text = input.text ?? '';
    const contentType = input.html ? 'text/html' : input.contentType;
    job = { text, meta: { uri: `paste:${sha(text)}`, kind: 'paste', filename: input.html ? 'paste.html' : 'paste.txt', contentType }, opts, set };
  }
  const r = await analyse(job);
  if (!r.ok) throw ingestFailure(r.error);
  const result: AnalyzeResponse = r.result;
  const doc = result.document;
  if (o.store) {
    const saved = await store.saveAnalysis(result, { kind: doc.source.kind, uri: doc.source.uri, raw_sha256: doc.raw_sha256 });
    await store.fusePending();
    const events = await store.eventsOf(saved.document_id);
    const ids = [...new Set(events.map((e) => e.incident_id).filter((x): x is string => !!x))];
    result.stored = { status: saved.status, document_id: saved.document_id, incident_ids: ids, event_incident_ids: events.map((e) => e.incident_id) };
  }
  return result;
}
