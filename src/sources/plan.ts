/**
 * @module sources/plan
 * What the user named (paths, folders, URLs, feeds, Telegram exports) → a stream of candidates for
 * the runner, with what each source had already given filtered out:
 *   - a folder is a source whose items are its files, keyed by path, size and modification time
 *     (an unchanged file is not read again; an edited one is);
 *   - a feed is a source whose items are keyed by guid / id / link;
 *   - a Telegram export gives one source per channel, items keyed by message id.
 * Sources that cannot be read at all (a feed that is not XML, a missing export) become one failed
 * candidate, so that the summary reports them like any other failure.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { ingestBuffer, ingestFile, ingestText, type IngestOptions } from '../ingest/index.ts';
import { readBounded } from '../ingest/read.ts';
import { sidecarPath } from '../ingest/sidecar.ts';
import type { Warning } from '../model/types.ts';
import type { Store } from '../store/types.ts';
import { itemHtml, looksLikeFeed, parseFeed, type FeedItem } from './feed.ts';
import { parseTelegramExport } from './telegram.ts';
import { FEED_TYPES, PAGE_TYPES, fetchBounded, mediaType, type FetchOptions } from './url.ts';
import { withSourceMeta, type Candidate, type LoadResult, type SourceError } from './types.ts';

export type SourceSpec =
  | { kind: 'path'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'feed'; location: string }
  | { kind: 'telegram'; path: string };

export interface PlanOptions {
  ingest?: IngestOptions;
  fetch?: FetchOptions;
  /** Feeds: fetch each new item's link and ingest the page (the item's own content if that fails). */
  follow?: boolean;
  /** Read files again even when unchanged since the last run (duplicates are still stored once). */
  again?: boolean;
  /** Largest Telegram export read, default 512 MB. */
  maxExportBytes?: number;
}

export type PlanEvent =
  | { type: 'candidate'; candidate: Candidate }
  | { type: 'unchanged'; count: number }
  | { type: 'total'; count: number }
  | { type: 'note'; warning: Warning };

export const DOC_EXT = /\.(txt|html?|xhtml)$/i;
const FEED_EXT = /\.(xml|rss|atom|rdf)$/i;
const SEEN_CHUNK = 500;

const failed = (uri: string, kind: Candidate['kind'], error: SourceError): Candidate => ({ uri, kind, load: async () => ({ ok: false, error }) });
const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Specs from command-line words: URLs, and paths told apart by what they are. */
export function classify(word: string): SourceSpec {
  if (isUrl(word)) return { kind: 'url', url: word };
  return { kind: 'path', path: word };
}

export async function* plan(store: Store, specs: SourceSpec[], opts: PlanOptions = {}): AsyncGenerator<PlanEvent> {
  for (const s of specs) {
    if (s.kind === 'url') yield* planUrl(store, s.url, opts);
    else if (s.kind === 'feed') yield* planFeed(store, s.location, null, opts);
    else if (s.kind === 'telegram') yield* planTelegram(store, s.path, opts);
    else yield* planPath(store, s.path, opts);
  }
}

async function* planPath(store: Store, path: string, opts: PlanOptions): AsyncGenerator<PlanEvent> {
  const abs = resolve(path);
  let isDir = false;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    // Missing: ingest reports it as a value.
  }
  if (isDir) return yield* planFolder(store, abs, opts);
  const ext = extname(abs).toLowerCase();
  if (ext === '.json' && !abs.endsWith('.meta.json')) return yield* planTelegram(store, abs, opts);
  if (FEED_EXT.test(abs)) return yield* planFeed(store, abs, null, opts);
  yield { type: 'total', count: 1 };
  yield { type: 'candidate', candidate: fileCandidate(abs, opts.ingest ?? {}) };
}

/** A file to read, in this thread (`load`) or on a worker (`input`). */
function fileCandidate(path: string, ingest: IngestOptions, extra: { source_id?: number; item_key?: string } = {}): Candidate {
  return { uri: path, kind: 'file', ...extra, input: { path, meta: { uri: path, kind: 'file' }, opts: ingest }, load: async () => ingestFile(path, ingest) };
}

/**
 * Documents under a folder (sorted, recursive), with what makes each version distinct and whether
 * a sidecar NAME.meta.json is beside it (so that files without one are not looked for one again).
 */
function walk(root: string, notes: Warning[]): Array<{ path: string; key: string; sidecar: boolean }> {
  const out: Array<{ path: string; key: string; sidecar: boolean }> = [];
  const visit = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      notes.push({ code: 'unreadable', message: `cannot list ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    const sidecars = new Set(names.filter((n) => n.endsWith('.meta.json')).map((n) => join(dir, n)));
    for (const n of names) {
      const p = join(dir, n);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue; // vanished or broken link
      }
      if (st.isDirectory()) visit(p);
      else if (st.isFile() && DOC_EXT.test(n)) out.push({ path: p, key: `${relative(root, p)}|${st.size}|${Math.floor(st.mtimeMs)}`, sidecar: sidecars.has(sidecarPath(p)) });
    }
  };
  visit(root);
  return out;
}

async function* planFolder(store: Store, abs: string, opts: PlanOptions): AsyncGenerator<PlanEvent> {
  const src = await store.upsertSource({ kind: 'folder', uri: abs, name: abs });
  const notes: Warning[] = [];
  const files = walk(abs, notes);
  for (const w of notes) yield { type: 'note', warning: w };
  for (let i = 0; i < files.length; i += SEEN_CHUNK) {
    const chunk = files.slice(i, i + SEEN_CHUNK);
    const seen = opts.again ? new Set<string>() : await store.seenItems(src.id, chunk.map((f) => f.key));
    const fresh = chunk.filter((f) => !seen.has(f.key));
    if (seen.size) yield { type: 'unchanged', count: seen.size };
    yield { type: 'total', count: fresh.length };
    for (const f of fresh) {
      const ingest = f.sidecar || opts.ingest?.sidecar === false ? (opts.ingest ?? {}) : { ...opts.ingest, sidecar: false };
      yield { type: 'candidate', candidate: fileCandidate(f.path, ingest, { source_id: src.id, item_key: f.key }) };
    }
  }
  await store.touchSource(src.id);
}

async function* planUrl(store: Store, url: string, opts: PlanOptions): AsyncGenerator<PlanEvent> {
  const r = await fetchBounded(url, { ...opts.fetch, accept: opts.fetch?.accept ?? [...PAGE_TYPES, ...FEED_TYPES] });
  if (!r.ok) return yield* failOne(url, r.error, 'url');
  const mt = mediaType(r.contentType);
  // A feed is known by its root element, whatever type the server gives it.
  if (looksLikeFeed(r.body.subarray(0, 4096).toString('utf8'))) return yield* planFeed(store, url, r.body.toString('utf8'), opts);
  if (FEED_TYPES.includes(mt)) return yield* failOne(url, { code: 'bad_feed', message: `${r.url} is ${mt} but not an RSS or Atom feed`, uri: url }, 'url');
  // A page is a source whose items are its versions: the same bytes again are "unchanged".
  const src = await store.upsertSource({ kind: 'url', uri: url, name: null });
  const key = createHash('sha256').update(r.body).digest('hex');
  await store.touchSource(src.id);
  if (!opts.again && (await store.seenItems(src.id, [key])).size) return yield { type: 'unchanged', count: 1 };
  yield { type: 'total', count: 1 };
  yield { type: 'candidate', candidate: { uri: url, kind: 'url', source_id: src.id, item_key: key, load: async () => ingestBuffer(r.body, { uri: r.url, kind: 'url', contentType: r.contentType }, opts.ingest) } };
}

async function* planFeed(store: Store, location: string, body: string | null, opts: PlanOptions): AsyncGenerator<PlanEvent> {
  const remote = isUrl(location);
  const where = remote ? location : resolve(location);
  if (body === null) {
    if (remote) {
      const r = await fetchBounded(location, { ...opts.fetch, accept: [...FEED_TYPES, 'text/plain', 'text/html'] });
      if (!r.ok) return yield* failOne(where, r.error);
      body = r.body.toString('utf8');
    } else {
      const r = readBounded(where, opts.fetch?.maxBytes ?? 50 * 1024 * 1024);
      if (!r.ok) return yield* failOne(where, r.error);
      body = r.bytes.toString('utf8');
    }
  }
  const f = parseFeed(body);
  if (!f.ok) return yield* failOne(where, { code: 'bad_feed', message: `${where}: ${f.message}`, uri: where });
  const feed = f.feed;
  const src = await store.upsertSource({ kind: 'feed', uri: where, name: feed.title });
  const keys = [...new Set(feed.items.map((i) => i.key))];
  const seen = await store.seenItems(src.id, keys);
  const taken = new Set<string>();
  const fresh: FeedItem[] = [];
  for (const it of feed.items) {
    if (seen.has(it.key) || taken.has(it.key)) continue;
    taken.add(it.key);
    fresh.push(it);
  }
  if (seen.size) yield { type: 'unchanged', count: seen.size };
  yield { type: 'total', count: fresh.length };
  const outlet = feed.title ?? (remote ? new URL(location).hostname.replace(/^www\./, '') : null);
  for (const it of fresh) {
    const uri = it.link ?? `${where}#${it.key}`;
    yield {
      type: 'candidate',
      candidate: {
        uri,
        kind: 'feed',
        source_id: src.id,
        item_key: it.key,
        load: async (): Promise<LoadResult> => {
          const meta = { outlet, published: it.published ?? opts.ingest?.published ?? null, title: it.title, url: it.link };
          const ingestOpts = { ...opts.ingest, published: undefined };
          if (opts.follow && it.link && isUrl(it.link)) {
            const page = await fetchBounded(it.link, { ...opts.fetch, accept: PAGE_TYPES });
            if (page.ok) {
              const r = ingestBuffer(page.body, { uri: page.url, kind: 'feed', contentType: page.contentType }, ingestOpts);
              if (r.ok) return { ...r, document: withSourceMeta(r.document, meta) };
            }
          }
          if (!it.content.trim() && !it.title) return { ok: false, error: { code: 'empty', message: `feed item ${it.key} has no title or content`, uri } };
          const r = ingestText(itemHtml(it), { uri, kind: 'feed', contentType: 'text/html' }, ingestOpts);
          return r.ok ? { ...r, document: withSourceMeta(r.document, meta) } : r;
        },
      },
    };
  }
  await store.touchSource(src.id);
}

async function* failOne(uri: string, error: SourceError, kind: Candidate['kind'] = 'feed'): AsyncGenerator<PlanEvent> {
  yield { type: 'total', count: 1 };
  yield { type: 'candidate', candidate: failed(uri, kind, error) };
}

async function* planTelegram(store: Store, path: string, opts: PlanOptions): AsyncGenerator<PlanEvent> {
  const abs = resolve(path);
  const r = readBounded(abs, opts.maxExportBytes ?? 512 * 1024 * 1024);
  if (!r.ok) return yield* failOne(abs, r.error, 'telegram');
  const t = parseTelegramExport(r.bytes.toString('utf8'));
  if (!t.ok) return yield* failOne(abs, { code: 'bad_export', message: `${abs}: ${t.message}`, uri: abs }, 'telegram');
  for (const ch of t.channels) {
    const skipped = ch.skipped.service + ch.skipped.empty + ch.skipped.malformed;
    if (skipped) {
      yield {
        type: 'note',
        warning: { code: 'telegram_skipped', message: `${ch.name}: ${ch.skipped.service} service message(s), ${ch.skipped.empty} without text, ${ch.skipped.malformed} malformed skipped` },
      };
    }
    const src = await store.upsertSource({ kind: 'telegram', uri: `telegram:${ch.key}`, name: ch.name });
    const seen = new Set<string>();
    for (let i = 0; i < ch.messages.length; i += SEEN_CHUNK) {
      for (const k of await store.seenItems(src.id, ch.messages.slice(i, i + SEEN_CHUNK).map((m) => String(m.id)))) seen.add(k);
    }
    const fresh = ch.messages.filter((m) => !seen.has(String(m.id)));
    if (seen.size) yield { type: 'unchanged', count: seen.size };
    yield { type: 'total', count: fresh.length };
    for (const m of fresh) {
      const uri = `telegram:${ch.key}/${m.id}`;
      yield {
        type: 'candidate',
        candidate: {
          uri,
          kind: 'telegram',
          source_id: src.id,
          item_key: String(m.id),
          load: async (): Promise<LoadResult> => {
            // A message is its own text: no site chrome to cut, and its date is the message's.
            const res = ingestText(m.text, { uri, kind: 'telegram', contentType: 'text/plain' }, { ...opts.ingest, published: undefined, keepChrome: true });
            if (!res.ok) return res;
            return { ...res, document: withSourceMeta(res.document, { outlet: ch.name, published: m.date ?? opts.ingest?.published ?? null }) };
          },
        },
      };
    }
    await store.touchSource(src.id);
  }
}
