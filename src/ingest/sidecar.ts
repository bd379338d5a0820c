/**
 * @module ingest/sidecar
 * `NAME.meta.json` beside `NAME.txt` / `NAME.html`: what the person who saved the page knows about
 * it (published, outlet, url, language, title). A sidecar that is unreadable, not JSON, or has a
 * field of the wrong shape is a `bad_sidecar` warning; its good fields are still used.
 */
import { basename, dirname, extname, join } from 'node:path';
import type { Lang, Warning } from '../model/types.ts';
import { readBounded } from './read.ts';
import { normalizeDate } from './dates.ts';
import type { SidecarMeta } from './types.ts';

export const SIDECAR_FIELDS = ['published', 'outlet', 'url', 'language', 'title'] as const;
const LANGS: Lang[] = ['ar', 'fr', 'en'];
const MAX_SIDECAR_BYTES = 1024 * 1024;

/** `dir/NAME.txt` → `dir/NAME.meta.json`. */
export function sidecarPath(path: string): string {
  const base = basename(path);
  const ext = extname(base);
  return join(dirname(path), `${ext ? base.slice(0, -ext.length) : base}.meta.json`);
}

/** Validate a parsed sidecar value. Bad fields are dropped with a warning each. */
export function parseSidecar(value: unknown, where: string): { meta: SidecarMeta; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const warn = (message: string) => warnings.push({ code: 'bad_sidecar', message: `${where}: ${message}` });
  const meta: SidecarMeta = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    warn('not a JSON object; ignored');
    return { meta, warnings };
  }
  const rec = value as Record<string, unknown>;
  const unknown = Object.keys(rec).filter((k) => !(SIDECAR_FIELDS as readonly string[]).includes(k));
  if (unknown.length) warn(`unknown field(s) ignored: ${unknown.join(', ')}`);
  const str = (k: string): string | undefined => {
    const v = rec[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' || !v.trim()) {
      warn(`"${k}" must be a non-empty string; ignored`);
      return undefined;
    }
    return v.trim();
  };
  const published = str('published');
  if (published !== undefined) {
    const d = normalizeDate(published);
    if (d) meta.published = d;
    else warn(`"published" is not a date (YYYY-MM-DD): ${JSON.stringify(published)}; ignored`);
  }
  const language = str('language');
  if (language !== undefined) {
    if ((LANGS as string[]).includes(language)) meta.language = language as Lang;
    else warn(`"language" must be one of ${LANGS.join(', ')}, got ${JSON.stringify(language)}; ignored`);
  }
  const outlet = str('outlet');
  if (outlet !== undefined) meta.outlet = outlet;
  const title = str('title');
  if (title !== undefined) meta.title = title;
  const url = str('url');
  if (url !== undefined) {
    if (/^https?:\/\/[^\s/]+/i.test(url)) meta.url = url;
    else warn(`"url" is not an http(s) URL: ${JSON.stringify(url)}; ignored`);
  }
  return { meta, warnings };
}

/** Read the sidecar of `docPath`, if there is one. No sidecar is not a warning. */
export function readSidecar(docPath: string): { meta: SidecarMeta; warnings: Warning[]; path: string | null } {
  const path = sidecarPath(docPath);
  const r = readBounded(path, MAX_SIDECAR_BYTES);
  if (!r.ok) {
    if (r.error.code === 'not_found') return { meta: {}, warnings: [], path: null };
    return { meta: {}, warnings: [{ code: 'bad_sidecar', message: `${path}: ${r.error.message}; ignored` }], path };
  }
  let value: unknown;
  try {
    value = JSON.parse(r.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    return { meta: {}, warnings: [{ code: 'bad_sidecar', message: `${path}: not valid JSON (${(e as Error).message}); ignored` }], path };
  }
  return { ...parseSidecar(value, path), path };
}
