/**
 * @module ingest/html
 * HTML → main text + metadata, through a real DOM (linkedom) and Mozilla's Readability.
 *   1. parse; read metadata first (Readability rewrites the DOM);
 *   2. measure nesting depth iteratively: Readability recurses, so a page deeper than
 *      MAX_READABILITY_DEPTH skips it (warning `html_too_deep`);
 *   3. Readability's article node → text by the iterative walk (paragraphs as "\n\n");
 *   4. when Readability throws, returns nothing, or keeps too little, the whole body is walked
 *      without <nav>/<aside>/<footer> (warning `html_fallback`).
 * The headline is put first in the text when the article body does not already start with it,
 * as plain-text pages have it there too. <script>/<style> never reach the text (walk.ts skips them).
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Warning } from '../../model/types.ts';
import { pageMeta, type PageMeta } from './meta.ts';
import { maxDepth, walkText, type WalkNode } from './walk.ts';

/** Deeper pages skip Readability (it recurses per level and slows down quadratically; some 4,000 levels overflow the stack). */
export const MAX_READABILITY_DEPTH = 300;
/** An article shorter than this (characters) is not trusted over the body text. */
const MIN_ARTICLE_CHARS = 140;

export interface HtmlText {
  text: string;
  meta: PageMeta;
  /** The headline put first in `text`, when there was one. */
  headline: string | null;
  warnings: Warning[];
  /** Which way the text was obtained (debug). */
  method: 'readability' | 'body' | 'body-deep';
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
  const warnings: Warning[] = [];
  const doc = parse(html);
  const meta = pageMeta(doc as never, opts.baseUrl ?? null);
  const root = (doc.documentElement ?? doc.body) as WalkNode | null;
  const depth = root ? maxDepth(root, MAX_READABILITY_DEPTH + 1) : 0;

  let text = '';
  let method: HtmlText['method'] = 'readability';
  let articleTitle: string | null = null;
  if (depth > MAX_READABILITY_DEPTH) {
    warnings.push({ code: 'html_too_deep', message: `HTML nested more than ${MAX_READABILITY_DEPTH} levels: main-content extraction skipped, body text used` });
    method = 'body-deep';
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
