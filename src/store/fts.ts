/**
 * @module store/fts
 * What full-text search indexes and how a query is turned into an FTS5 expression, shared by every
 * engine. Both sides go through `fold` (src/text), so Arabic letter variants (أ/إ/آ → ا, ة → ه,
 * ى → ي), harakat, tatweel, French accents and ligatures match whatever way they were typed.
 * Arabic words carrying proclitics (و، ب، ل، ف، ال…) also contribute their stem, on both sides, so
 * that "باماكو" finds "وباماكو" and "الجيش" finds "والجيش".
 * Queries are made of quoted terms only: FTS5 operators typed by the user are words, never syntax.
 */
import { fold, splitProclitic } from '../text/index.ts';
import type { DocumentRecord } from '../model/types.ts';

const ARABIC_WORD = /[\u0621-\u064A\u0671-\u06D3]{3,}/g;
const HAS_ARABIC = /[\u0600-\u06FF]/;
const MAX_TERMS = 32;

export interface FtsFields {
  title: string;
  body: string;
  /** Stems of Arabic words that carry proclitics, space-separated. */
  stems: string;
}

function stemsOf(folded: string): string {
  if (!HAS_ARABIC.test(folded)) return '';
  const out: string[] = [];
  for (const m of folded.matchAll(ARABIC_WORD)) {
    const r = splitProclitic(m[0]);
    if (r && r.stem.length >= 2) out.push(r.stem);
  }
  return out.join(' ');
}

/** The folded text of a document, as indexed. */
export function ftsFields(doc: Pick<DocumentRecord, 'title' | 'text' | 'language'>): FtsFields {
  const title = doc.title ? fold(doc.title, doc.language) : '';
  const body = fold(doc.text, doc.language);
  return { title, body, stems: [stemsOf(title), stemsOf(body)].filter(Boolean).join(' ') };
}

/** Split like FTS5's unicode61 tokenizer: runs of letters, digits and combining marks. */
function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

const quote = (w: string) => `"${w.replace(/"/g, '""')}"`;

/**
 * A user's query → an FTS5 MATCH expression, or null when it has no searchable word.
 * Every word must occur (AND); a word ending in `*` is a prefix; an Arabic word also matches its
 * stem. @example ftsQuery('Ségou attaque*') // '"segou" "attaque"*'
 */
export function ftsQuery(q: string): string | null {
  const terms: string[] = [];
  for (const raw of q.split(/\s+/).filter(Boolean)) {
    const prefix = raw.endsWith('*');
    const lang = HAS_ARABIC.test(raw) ? 'ar' : 'und';
    for (const w of words(fold(prefix ? raw.slice(0, -1) : raw, lang))) {
      let t = quote(w) + (prefix ? '*' : '');
      if (lang === 'ar') {
        const r = splitProclitic(w);
        if (r && r.stem.length >= 2) t = `(${t} OR ${quote(r.stem)}${prefix ? '*' : ''})`;
      }
      terms.push(t);
      if (terms.length >= MAX_TERMS) break;
    }
  }
  return terms.length ? terms.join(' AND ') : null;
}
