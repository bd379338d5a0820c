/**
 * @module sources/feed
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → items (key, title, link, date, HTML content), parsed
 * with fast-xml-parser (entity expansion bounded). The key of an item is its guid / id, else its
 * link, else a hash of title and date: what the store remembers so that a re-run takes new items only.
 */
import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { normalizeDate } from '../ingest/index.ts';

export interface FeedItem {
  key: string;
  title: string | null;
  link: string | null;
  published: string | null;
  /** HTML (or text) of the item: content:encoded / content, else description / summary. */
  content: string;
}

export interface Feed {
  format: 'rss' | 'rdf' | 'atom';
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

export type FeedResult = { ok: true; feed: Feed } | { ok: false; code: 'bad_feed'; message: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: { enabled: true, maxEntityCount: 100, maxEntitySize: 10_000, maxTotalExpansions: 10_000, maxExpandedLength: 1_000_000 },
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
  // Atom content is kept raw: XHTML content is markup whose order the object tree would lose.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
});

/** XML character references and the five predefined entities; CDATA sections unwrapped as is. */
export function decodeXmlText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part
            .replace(/&#x([0-9a-f]{1,6});/gi, (m, h) => safeChar(parseInt(h, 16), m))
            .replace(/&#(\d{1,7});/g, (m, d) => safeChar(parseInt(d, 10), m))
            .replace(/&(lt|gt|quot|apos);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'" })[e]!)
            .replace(/&amp;/g, '&'),
    )
    .join('');
}

function safeChar(cp: number, fallback: string): string {
  return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : fallback;
}

/** Atom text constructs: `type="xhtml"` is markup as is; `html` and `text` are escaped. */
function atomText(v: unknown): string | null {
  const raw = text(v);
  if (raw === null) return null;
  const type = v && typeof v === 'object' && !Array.isArray(v) ? (v as X)['@_type'] : undefined;
  return type === 'xhtml' ? raw : decodeXmlText(raw).trim() || null;
}

type X = Record<string, unknown>;
const arr = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** The text of a node that may be a string, a {#text} object, or a list of either. */
function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') {
    const t = (v as X)['#text'];
    if (t !== undefined) return text(t);
    // Atom XHTML content: a div with markup, already parsed; keep its text values.
    const parts: string[] = [];
    const walk = (n: unknown) => {
      if (typeof n === 'string') parts.push(n);
      else if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') for (const [k, c] of Object.entries(n as X)) if (!k.startsWith('@_')) walk(c);
    };
    walk(v);
    return parts.join(' ').trim() || null;
  }
  return null;
}

function atomLink(v: unknown): string | null {
  const links = arr(v) as Array<X | string>;
  const pick = links.find((l) => typeof l === 'object' && (!l['@_rel'] || l['@_rel'] === 'alternate')) ?? links[0];
  if (!pick) return null;
  return typeof pick === 'string' ? pick.trim() || null : text(pick['@_href']);
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 24);

function item(key: string | null, title: string | null, link: string | null, date: string | null, content: string | null): FeedItem {
  return {
    key: key ?? link ?? `hash:${hash(`${title ?? ''}\u0000${date ?? ''}\u0000${content ?? ''}`)}`,
    title,
    link,
    published: normalizeDate(date),
    content: content ?? '',
  };
}

export function parseFeed(xml: string): FeedResult {
  let doc: X;
  try {
    doc = parser.parse(xml) as X;
  } catch (e) {
    return { ok: false, code: 'bad_feed', message: `not well-formed XML: ${(e as Error).message.split('\n')[0]}` };
  }
  const rss = doc.rss as X | undefined;
  if (rss && typeof rss === 'object') {
    const ch = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as X | undefined;
    if (!ch) return { ok: false, code: 'bad_feed', message: 'RSS without a channel' };
    return {
      ok: true,
      feed: {
        format: 'rss',
        title: text(ch.title),
        link: text(ch.link),
        items: (arr(ch.item) as X[]).map((it) =>
          item(text(it.guid), text(it.title), text(it.link), text(it.pubDate) ?? text(it['dc:date']), text(it['content:encoded']) ?? text(it.description)),
        ),
      },
    };
  }
  const rdf = doc['rdf:RDF'] as X | undefined;
  if (rdf && typeof rdf === 'object') {
    const ch = rdf.channel as X | undefined;
    return {
      ok: true,
      feed: {
        format: 'rdf',
        title: text(ch?.title),
        link: text(ch?.link),
        items: (arr(rdf.item) as X[]).map((it) => item(text(it['@_rdf:about']), text(it.title), text(it.link), text(it['dc:date']), text(it['content:encoded']) ?? text(it.description))),
      },
    };
  }
  const feed = doc.feed as X | undefined;
  if (feed && typeof feed === 'object') {
    return {
      ok: true,
      feed: {
        format: 'atom',
        title: text(feed.title),
        link: atomLink(feed.link),
        items: (arr(feed.entry) as X[]).map((e) => item(text(e.id), text(e.title), atomLink(e.link), text(e.published) ?? text(e.updated), atomText(e.content) ?? atomText(e.summary))),
      },
    };
  }
  return { ok: false, code: 'bad_feed', message: 'neither RSS (<rss>, <rdf:RDF>) nor Atom (<feed>)' };
}

/** Does this text look like a feed (for files and URLs whose type does not say)? */
export function looksLikeFeed(head: string): boolean {
  const s = head.slice(0, 2000).replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<(rss|feed|rdf:RDF)[\s>]/i.test(s);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The item as an HTML page for ingest: its title as the headline, then its content. */
export function itemHtml(it: FeedItem): string {
  const body = /<[a-z][\s\S]*>/i.test(it.content) ? it.content : esc(it.content).replace(/\n{2,}/g, '</p><p>');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${it.title ? `<title>${esc(it.title)}</title>` : ''}</head><body><article>${it.title ? `<h1>${esc(it.title)}</h1>` : ''}<p>${body}</p></article></body></html>`;
}
