/**
 * @module ingest/chrome/types
 * The shape of a site-chrome rule. Rules are data (one file per language, same kinds in each);
 * the engine in ./index.ts decides what a match does at the head or tail of a text.
 *
 * Rules for entries:
 * - `phrases` are written as a reader sees them; they are folded with the project's matching key
 *   (lower case, accents and Arabic letter variants folded, punctuation dropped) before use, so
 *   "À lire aussi", "a lire aussi" and "À LIRE AUSSI :" are one entry.
 * - A phrase matches a line that is the phrase, or starts with it and has at most `extra` more words
 *   (default 3): "Partager sur Facebook" matches `partager`.
 * - `vocabulary` matches a line made only of those words ("Facebook Twitter WhatsApp").
 * - `pattern` is tested on the folded line (or the raw line when `raw`), up to `maxWords` words.
 * - Never add a string because one test document has it; add what sites in that language use.
 */

export type ChromeKind =
  | 'related' // "Related articles": at the tail, this line and everything after it go
  | 'comments' // a comments section heading: same as related
  | 'top' // "Back to top"
  | 'share' // share buttons and their labels
  | 'tags' // tag lists
  | 'subscribe' // newsletters, follow us
  | 'cookie' // cookie notices
  | 'copyright' // © lines
  | 'nav' // menu items, search, next/previous
  | 'readtime' // "5 min read"
  | 'ad' // advertisement labels
  | 'byline' // "By …": not chrome, kept, but never taken as the headline
  | 'dateline'; // "Published on …": kept, never the headline

export interface ChromeRule {
  /** Unique across all languages, `<lang>.<kind>[.<n>]`. */
  id: string;
  kind: ChromeKind;
  phrases?: string[];
  /** Extra words allowed after a phrase (default 3). */
  extra?: number;
  vocabulary?: string[];
  pattern?: RegExp;
  /** Test `pattern` on the raw line instead of the folded one. */
  raw?: boolean;
  /** Longest line (in words) a pattern may match (default 12). */
  maxWords?: number;
}

/** What a matched kind does. `cut` only applies in the tail (see index.ts). */
export const KIND_EFFECT: Record<ChromeKind, 'cut' | 'drop' | 'keep'> = {
  related: 'cut',
  comments: 'cut',
  top: 'drop',
  share: 'drop',
  tags: 'drop',
  subscribe: 'drop',
  cookie: 'drop',
  copyright: 'drop',
  nav: 'drop',
  readtime: 'drop',
  ad: 'drop',
  byline: 'keep',
  dateline: 'keep',
};
