/**
 * @module ingest
 * Files, buffers and strings in; documents out. The steps, in order:
 *   1. read      (read.ts)      stat first, bounded read — missing, directory, FIFO, too large
 *   2. sidecar   (sidecar.ts)   NAME.meta.json beside the file, if any
 *   3. decode    (decode.ts)    binary refused; BOM / strict UTF-8 / declared / scored legacy code page
 *   4. html      (html/)        DOM + Readability + metadata, when the input is HTML
 *   5. normalise (normalize.ts) NFC, "\n", no control characters, ≤ 1 blank line
 *   6. chrome    (chrome/)      head and tail site chrome removed; headline found
 *   7. document  fields by precedence: flag > sidecar > page metadata > detection
 * Every data problem is a value: `{ok: false, error: {code, message, uri}}` or a warning.
 *
 * @example
 *   const r = ingestFile('../shared/seed/bamako-attack.ar.txt', { published: '2024-09-18' });
 *   if (r.ok) console.log(r.document.title, r.document.language, r.removed?.length);
 *   else console.error(r.error.code, r.error.message);
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { DocumentRecord, LangOrUnd, PublishedSource, Warning } from '../model/types.ts';
import { identifyLanguage } from '../text/index.ts';
import { readBounded } from './read.ts';
import { readSidecar } from './sidecar.ts';
import { decodeBytes } from './decode.ts';
import { contentTypeCharset, declaredHtmlCharset, sniffHtml } from './sniff.ts';
import { htmlToText } from './html/index.ts';
import type { PageMeta } from './html/meta.ts';
import { normalizeText } from './normalize.ts';
import { stripChrome } from './chrome/index.ts';
import { normalizeDate } from './dates.ts';
import {
  DEFAULT_MAX_BYTES,
  type IngestError,
  type IngestOptions,
  type IngestProvenance,
  type IngestResult,
  type RemovedSpan,
  type SidecarMeta,
  type SourceMeta,
} from './types.ts';

export * from './types.ts';
export { normalizeDate } from './dates.ts';
export { stripChrome, classifyLine, CHROME_RULES } from './chrome/index.ts';

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const fail = (code: IngestError['code'], message: string, uri: string): IngestResult => ({ ok: false, error: { code, message, uri } });

/** Read and ingest one file; a sidecar NAME.meta.json beside it is honoured. */
export function ingestFile(path: string, opts: IngestOptions = {}): IngestResult {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const r = readBounded(path, max);
  if (!r.ok) return r;
  const side = opts.sidecar === false ? { meta: {}, warnings: [] } : readSidecar(path);
  return ingestBytes(r.bytes, { uri: path, kind: 'file', filename: path }, opts, side.meta, side.warnings);
}

/**
 * Ingest bytes that did not come from a path of ours: a fetched URL, an upload, a paste.
 * @example ingestBuffer(body, { uri: 'https://example.org/a', kind: 'url', contentType: 'text/html; charset=windows-1256' })
 */
export function ingestBuffer(buf: Buffer, meta: SourceMeta, opts: IngestOptions = {}): IngestResult {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buf.length > max) return fail('too_large', `${meta.uri} is ${mb(buf.length)}, above the limit of ${mb(max)}`, meta.uri);
  return ingestBytes(buf, meta, opts, {}, []);
}

/**
 * Ingest a string that is already decoded (a paste, a feed item). HTML is recognised by
 * `meta.contentType`, `meta.filename` or its content.
 * @example ingestText('Attaque à Mopti…', { uri: 'paste:1', kind: 'paste' }, { lang: 'fr' })
 */
export function ingestText(text: string, meta: SourceMeta, opts: IngestOptions = {}): IngestResult {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  // UTF-16 length × 3 bounds the UTF-8 size; only count exactly when that bound is over the limit.
  if (text.length * 3 > max && Buffer.byteLength(text, 'utf8') > max) return fail('too_large', `${meta.uri} is above the limit of ${mb(max)}`, meta.uri);
  if (!text.trim()) return fail('empty', `no text in ${meta.uri}`, meta.uri);
  return build(text, sha256(text), undefined, meta, opts, {}, []);
}

function ingestBytes(buf: Buffer, meta: SourceMeta, opts: IngestOptions, sidecar: SidecarMeta, sideWarnings: Warning[]): IngestResult {
  if (buf.length === 0) return fail('empty', `empty file: ${meta.uri}`, meta.uri);
  const declared = contentTypeCharset(meta.contentType) ?? declaredHtmlCharset(buf);
  const d = decodeBytes(buf, declared);
  if (!d.ok) return fail(d.code, `${meta.uri}: ${d.message}`, meta.uri);
  if (!d.text.trim()) return fail('empty', `no text in ${meta.uri} (only white space)`, meta.uri);
  return build(d.text, sha256(buf), d.encoding, meta, opts, sidecar, [...sideWarnings, ...d.warnings]);
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function build(
  decoded: string,
  rawSha: string,
  encoding: string | undefined,
  meta: SourceMeta,
  opts: IngestOptions,
  sidecar: SidecarMeta,
  warnings: Warning[],
): IngestResult {
  const uri = meta.uri;
  const isHtml = sniffHtml(decoded, { filename: meta.filename ?? basename(uri), contentType: meta.contentType });
  let body = decoded;
  let page: PageMeta | null = null;
  let pageHeadline: string | null = null;
  if (isHtml) {
    const baseUrl = meta.kind === 'url' ? uri : (sidecar.url ?? null);
    const h = htmlToText(decoded, { baseUrl });
    body = h.text;
    page = h.meta;
    pageHeadline = h.headline;
    warnings.push(...h.warnings);
  }

  const n = normalizeText(body);
  if (n.controls) warnings.push({ code: 'control_chars', message: `${n.controls} NUL/control character(s) removed` });
  if (!n.text) return fail(isHtml ? 'no_text' : 'empty', isHtml ? `no readable text in the HTML of ${uri}` : `no text in ${uri}`, uri);

  let text = n.text;
  let removed: RemovedSpan[] = [];
  let headline: string | null = null;
  if (!opts.keepChrome) {
    const c = stripChrome(n.text, { knownTitle: sidecar.title ?? pageHeadline });
    // Whole normalised lines joined by "\n\n": still normalised, no second pass needed.
    if (c.text.trim()) {
      text = c.text;
      removed = c.removed;
      headline = c.headline;
    }
  }

  // Fields by precedence.
  const provenance: IngestProvenance = { title: 'none', outlet: 'none', language: 'detected', url: 'none' };
  let title: string | null = null;
  if (sidecar.title) [title, provenance.title] = [sidecar.title, 'sidecar'];
  else if (pageHeadline) [title, provenance.title] = [pageHeadline, 'metadata'];
  else if (headline) [title, provenance.title] = [headline, 'headline'];

  let url: string | null = null;
  if (sidecar.url) [url, provenance.url] = [sidecar.url, 'sidecar'];
  else if (page?.url) [url, provenance.url] = [page.url, 'metadata'];
  else if (meta.kind === 'url' && hostOf(uri)) [url, provenance.url] = [uri, 'source'];

  let outlet: string | null = null;
  if (sidecar.outlet) [outlet, provenance.outlet] = [sidecar.outlet, 'sidecar'];
  else if (page?.outlet) [outlet, provenance.outlet] = [page.outlet, 'metadata'];
  else if (hostOf(url)) [outlet, provenance.outlet] = [hostOf(url), 'url'];

  let published: string | null = null;
  let publishedSource: PublishedSource = 'unknown';
  if (opts.published) {
    const p = normalizeDate(opts.published);
    if (p) [published, publishedSource] = [p, 'user'];
    else warnings.push({ code: 'bad_published', message: `--published ${JSON.stringify(opts.published)} is not a date (YYYY-MM-DD); ignored` });
  }
  if (!published && sidecar.published) [published, publishedSource] = [sidecar.published, 'sidecar'];
  if (!published && page?.published) [published, publishedSource] = [page.published, 'metadata'];

  let language: LangOrUnd;
  if (opts.lang) [language, provenance.language] = [opts.lang, 'user'];
  else if (sidecar.language) [language, provenance.language] = [sidecar.language, 'sidecar'];
  else {
    language = identifyLanguage(text);
    const declared = page?.lang;
    if (language === 'und' && (declared === 'ar' || declared === 'fr' || declared === 'en')) [language, provenance.language] = [declared, 'metadata'];
  }

  const cleanSha = sha256(text);
  const document: DocumentRecord = {
    id: cleanSha.slice(0, 16),
    source: { kind: meta.kind, uri },
    outlet,
    title,
    language,
    published,
    published_source: publishedSource,
    text,
    raw_sha256: rawSha,
    clean_sha256: cleanSha,
    ...(encoding ? { encoding } : {}),
    format: isHtml ? 'html' : 'text',
    url,
  };
  return { ok: true, document, warnings, removed, provenance };
}
