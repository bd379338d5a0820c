/**
 * @module ingest
 * Files in, documents out: read, decode, strip, attach metadata. (Minimal first cut: UTF-8 text.)
 */
import { readFileSync, statSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { IngestOptions, IngestResult } from './types.ts';
import { identifyLanguage } from '../text/index.ts';

export * from './types.ts';

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

export function ingestFile(path: string, opts: IngestOptions = {}): IngestResult {
  if (!existsSync(path)) return { ok: false, error: { code: 'not_found', message: `no such file: ${path}`, uri: path } };
  const st = statSync(path);
  if (st.isDirectory()) return { ok: false, error: { code: 'is_directory', message: `is a directory: ${path}`, uri: path } };
  const raw = readFileSync(path);
  const text = raw.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
  if (!text) return { ok: false, error: { code: 'empty', message: `no text in ${path}`, uri: path } };
  const language = opts.lang ?? identifyLanguage(text);
  return {
    ok: true,
    warnings: [],
    document: {
      id: sha256(text).slice(0, 16),
      source: { kind: 'file', uri: path },
      outlet: null,
      title: basename(path),
      language,
      published: opts.published ?? null,
      published_source: opts.published ? 'user' : 'unknown',
      text,
      raw_sha256: sha256(raw),
      clean_sha256: sha256(text),
      format: 'text',
    },
  };
}
