/**
 * @module ingest/html
 * HTML → main text + metadata, through a real DOM (linkedom) and Mozilla's Readability.
 *   1. parse; read metadata first (Readability rewrites the DOM);
 *   2. measure nesting depth and size iteratively: Readability recurses and slows down fast, so a
 *      page deeper than MAX_READABILITY_DEPTH (warning `html_too_deep`) or larger than
 *      MAX_READABILITY_ELEMENTS (warning `html_fallback`) skips it;
 *   3. Readability's article node → text by the iterative walk (paragraphs as "\n\n");
 *   4. when Readability throws, returns nothing, or keeps too little, the whole body is walked
 *      without <nav>/<aside>/<footer> (warning `html_fallback`).
 * Pages over MAX_DOM_CHARS get no DOM (./rough.ts). The headline is put first in the text when the article body does not already start with it,
 * as plain-text pages have it there too. <script>/<style> never reach the text (walk.ts skips them).
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Warning } from '../../model/types.ts';
import { pageMeta, type PageMeta } from './meta.ts';
import { domStats, walkText, type WalkNode } from './walk.ts';
import { roughHtmlText } from './rough.ts';

/** Deeper pages skip Readability (it recurses per level and slows down quadratically; some 4,000 levels overflow the stack). */
export const MAX_READABILITY_DEPTH = 300;
/** Larger pages skip Readability too: its time grows faster than the page (40,000 elements ≈ 4 s). */
export const MAX_READABILITY_ELEMENTS = 20000;
/** Larger pages get no DOM at all (memory): a linear tag-stripping pass, metadata from <head> only. */
export const MAX_DOM_CHARS = 8 * 1024 * 1024;
/** An article shorter than this (characters) is not trusted over the body text. */
const MIN_ARTICLE_CHARS = 140;

export interface HtmlText {
  text: string;
  meta: PageMeta;
  /** The headline put first in `text`, when there was one. */
  headline: string | null;
  warnings: Warning[];
  /** Which way the text was obtained (debug). */
  method: 'readability' | 'body' | 'body-deep' | 'rough';
}

type DomDoc = Document & { body: (Element & WalkNode) | null; documentElement: Element & WalkNode };

function parse(html: string): DomDoc {
  // linkedom needs a full document to give a <body>; fragments (pastes) are wrapped.
  const full = /<(?:html|body)[\s>]/i.test(html.slice(0, 65536)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document as unknown as DomDoc;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A title without a trailing " | Outlet" / " - Outlet" part naming the outlet. */
export function cleanTitle(title: string | null, outlet: string | null): string | null {
  if (!title) return null;
  let t = squash(title);
  if (outlet) {
    const o = squash(outlet).toLowerCase();
    const m = t.match(/^(.*\S)\s*[|\-–—:·•]\s*([^|\-–—:·•]+)$/);
    if (m && m[2].trim().toLowerCase() === o && m[1].length >= 10) t = m[1].trim();
    const m2 = t.match(/^([^|\-–—:·•]+)\s*[|\-–—:·•]\s*(.*\S)$/);
    if (m2 && m2[1].trim().toLowerCase() === o && m2[2].length >= 10) t = m2[2].trim();
  }
  return t || null;
}

function bodyText(doc: DomDoc): string {
  const root = (doc.body ?? doc.documentElement) as WalkNode | null;
  return root ? walkText(root, { skipChrome: true }) : '';
}

export function htmlToText(html: string, opts: { baseUrl?: string | null } = {}): HtmlText {
  if (html.length > MAX_DOM_CHARS) return roughPage(html, opts.baseUrl ?? null, 'is too large for a DOM');
  try {
    return domPage(html, opts.baseUrl ?? null);
  } catch (e) {
    // The DOM library choking on some input is a data problem: fall back, do not crash.
    return roughPage(html, opts.baseUrl ?? null, `could not be parsed (${(e as Error).message})`);
  }
}

function domPage(html: string, baseUrl: string | null): HtmlText {
  const warnings: Warning[] = [];
  const doc = parse(html);
  const meta = pageMeta(doc as never, baseUrl);
  const root = (doc.documentElement ?? doc.body) as WalkNode | null;
  const stats = root ? domStats(root, MAX_READABILITY_DEPTH + 1, MAX_READABILITY_ELEMENTS + 1) : { depth: 0, elements: 0 };

  let text = '';
  let method: HtmlText['method'] = 'readability';
  let articleTitle: string | null = null;
  if (stats.depth > MAX_READABILITY_DEPTH) {
    warnings.push({ code: 'html_too_deep', message: `HTML nested more than ${MAX_READABILITY_DEPTH} levels: main-content extraction skipped, body text used` });
    method = 'body-deep';
    text = bodyText(doc);
  } else if (stats.elements > MAX_READABILITY_ELEMENTS) {
    warnings.push({ code: 'html_fallback', message: `more than ${MAX_READABILITY_ELEMENTS} elements: main-content extraction skipped, body text used` });
    method = 'body';
    text = bodyText(doc);
  } else {
    let reason = '';
    try {
      const article = new Readability<WalkNode>(doc as never, { serializer: (n) => n as unknown as WalkNode }).parse();
      articleTitle = article?.title ? squash(article.title) : null;
      const node = article?.content;
      const t = node ? walkText(node) : '';
      if (squash(t).length >= MIN_ARTICLE_CHARS) text = t;
      else reason = t ? `article too short (${squash(t).length} characters)` : 'no article found';
    } catch (e) {
      reason = `Readability failed: ${(e as Error).message}`;
    }
    if (!text) {
      method = 'body';
      text = bodyText(parse(html)); // Readability rewrote the first DOM
      if (text.trim()) warnings.push({ code: 'html_fallback', message: `${reason}; body text used` });
    }
  }

  const headline = cleanTitle(meta.title ?? articleTitle, meta.outlet);
  if (headline && text.trim()) {
    const start = squash(text.slice(0, headline.length * 3 + 400));
    if (!start.includes(headline)) text = `${headline}\n\n${text}`;
  }
  return { text, meta, headline, warnings, method };
}

/** A page too large for (or unparsable by) the DOM: metadata from the <head> alone, text by the linear pass. */
function roughPage(html: string, baseUrl: string | null, why: string): HtmlText {
  const headEnd = html.slice(0, 2 * 1024 * 1024).search(/<\/head\s*>|<body[\s>]/i);
  const head = headEnd > 0 ? html.slice(0, headEnd) : '';
  let meta: PageMeta = { title: null, outlet: null, url: null, published: null, publishedFrom: null, lang: null };
  try {
    meta = pageMeta(parse(`${head.replace(/<html[^>]*>/i, '')}<body></body>`) as never, baseUrl);
  } catch {
    /* no metadata then */
  }
  const lang = html.slice(0, 4096).match(/<html[^>]*\blang\s*=\s*["']?([a-z]{2})/i);
  if (lang && !meta.lang) meta.lang = lang[1].toLowerCase();
  let text = roughHtmlText(headEnd > 0 ? html.slice(headEnd) : html);
  const headline = cleanTitle(meta.title, meta.outlet);
  if (headline && text.trim() && !squash(text.slice(0, headline.length * 3 + 400)).includes(headline)) text = `${headline}\n\n${text}`;
  const mb = (html.length / 1024 / 1024).toFixed(1);
  return {
    text,
    meta,
    headline,
    warnings: [{ code: 'html_fallback', message: `page of ${mb} M characters ${why}: tags stripped, no main-content extraction` }],
    method: 'rough',
  };
}
