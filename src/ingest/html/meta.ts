/**
 * @module ingest/html/meta
 * Page metadata from the DOM: title, outlet, canonical URL, publication date, declared language.
 * Sources in order of trust (first found wins):
 *   title     og:title, twitter:title, JSON-LD headline, <title>
 *   outlet    og:site_name, JSON-LD publisher.name, application-name, else host of the canonical URL
 *   url       <link rel=canonical>, og:url
 *   published article:published_time, meta date/pubdate/DC.date…, JSON-LD datePublished (also in
 *             @graph arrays), <time datetime> (a pubdate/itemprop one first, else the first)
 * Dates are normalised to YYYY-MM-DD by ../dates.ts; an unparsable date counts as absent.
 */
import { normalizeDate } from '../dates.ts';

export interface PageMeta {
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** Which tag or field gave `published` (debug). */
  publishedFrom: string | null;
  /** <html lang>, first two letters, lower case. */
  lang: string | null;
}

/** The DOM surface used here (linkedom's Document provides it). */
interface Doc {
  querySelectorAll(sel: string): ArrayLike<El>;
  documentElement: El | null;
}
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** Meta tag keys for the publication date, after article:published_time (lower case). */
export const DATE_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'datepublished',
  'original-publish-date',
];

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Background|Report|Scholarly|Tech)?Article$|^BlogPosting$|^LiveBlogPosting$|^Report$/;

const clean = (s: string | null | undefined) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
};

function metaMap(doc: Doc): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const content = clean(m.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const k = m.getAttribute(attr)?.trim().toLowerCase();
      if (k && !map.has(k)) map.set(k, content);
    }
  }
  return map;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every object in the page's JSON-LD blocks (iteratively, at most `limit` objects). */
export function jsonLdObjects(doc: Doc, limit = 5000): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let value: Json;
    try {
      value = JSON.parse(scripts[i].textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; it just gives nothing
    }
    const stack: Json[] = [value];
    while (stack.length && out.length < limit) {
      const v = stack.pop()!;
      if (Array.isArray(v)) {
        for (let k = v.length - 1; k >= 0; k--) stack.push(v[k]);
      } else if (v && typeof v === 'object') {
        out.push(v);
        for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'hasPart']) {
          const child = v[k];
          if (child && typeof child === 'object') stack.push(child);
        }
      }
    }
  }
  return out;
}

const types = (o: Record<string, Json>): string[] => {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
};

const nameOf = (v: Json | undefined, byId: Map<string, Record<string, Json>>): string | null => {
  if (!v) return null;
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const n = nameOf(x, byId);
      if (n) return n;
    }
    return null;
  }
  if (typeof v === 'object') {
    if (typeof v.name === 'string') return clean(v.name);
    const id = v['@id'];
    if (typeof id === 'string' && byId.get(id) && byId.get(id) !== v) {
      const n = byId.get(id)!.name;
      if (typeof n === 'string') return clean(n);
    }
  }
  return null;
};

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** An absolute http(s) URL from `href`, resolved against `base` when relative. */
function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** Read metadata from a parsed page. `baseUrl` resolves relative canonical links (URL sources). */
export function pageMeta(doc: Doc, baseUrl: string | null = null): PageMeta {
  const metas = metaMap(doc);
  const ld = jsonLdObjects(doc);
  const byId = new Map<string, Record<string, Json>>();
  for (const o of ld) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  const articles = ld.filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  const ldPick = (key: string): string | null => {
    for (const o of [...articles, ...ld]) {
      const v = o[key];
      const s = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : null;
      if (clean(s)) return clean(s);
    }
    return null;
  };

  const first = (sel: string, attr: string): string | null => {
    const list = doc.querySelectorAll(sel);
    for (let i = 0; i < list.length; i++) {
      const v = clean(list[i].getAttribute(attr));
      if (v) return v;
    }
    return null;
  };

  const titleEl = doc.querySelectorAll('title');
  const title = metas.get('og:title') ?? metas.get('twitter:title') ?? ldPick('headline') ?? (titleEl.length ? clean(titleEl[0].textContent) : null);

  const canonical = absolute(first('link[rel~="canonical"]', 'href'), baseUrl) ?? absolute(metas.get('og:url') ?? null, baseUrl);

  let outlet = metas.get('og:site_name') ?? null;
  if (!outlet) {
    for (const o of [...articles, ...ld]) {
      outlet = nameOf(o.publisher, byId);
      if (outlet) break;
    }
  }
  outlet ??= metas.get('application-name') ?? hostOf(canonical);

  let published: string | null = null;
  let publishedFrom: string | null = null;
  for (const k of DATE_META_KEYS) {
    const d = normalizeDate(metas.get(k));
    if (d) {
      published = d;
      publishedFrom = `meta ${k}`;
      break;
    }
  }
  if (!published) {
    for (const o of [...articles, ...ld]) {
      const d = typeof o.datePublished === 'string' ? normalizeDate(o.datePublished) : null;
      if (d) {
        published = d;
        publishedFrom = 'JSON-LD datePublished';
        break;
      }
    }
  }
  if (!published) {
    const times = doc.querySelectorAll('time[datetime]');
    const candidates: El[] = [];
    for (let i = 0; i < times.length; i++) {
      const t = times[i];
      if (t.getAttribute('pubdate') !== null || t.getAttribute('itemprop') === 'datePublished') candidates.unshift(t);
      else candidates.push(t);
    }
    for (const t of candidates) {
      const d = normalizeDate(t.getAttribute('datetime'));
      if (d) {
        published = d;
        publishedFrom = '<time datetime>';
        break;
      }
    }
  }
  const lang = clean(doc.documentElement?.getAttribute('lang') ?? null)?.slice(0, 2).toLowerCase() ?? null;
  return { title, outlet, url: canonical, published, publishedFrom, lang };
}
