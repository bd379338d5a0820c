/**
 * @module store/postgres/fts
 * Full-text search for PostgreSQL with the words and folding of store/fts.ts (the SQLite FTS5
 * path): the folded title, body and proclitic stems are cut into words here, in JavaScript, the
 * way FTS5's unicode61 tokenizer cuts them (letters, digits, marks; lower case; diacritics off),
 * and stored as exact lexemes (`array_to_tsvector`), so PostgreSQL's own parser and dictionaries
 * never change a word. A query becomes a tsquery of quoted lexemes: every word must occur (&), a
 * word ending in `*` is a prefix (:*), an Arabic word also matches its stem (|). Operators typed
 * by the user are words, never syntax.
 */
import { fold, splitProclitic } from '../../text/index.ts';
import { ftsFields } from '../fts.ts';
import type { DocumentRecord } from '../../model/types.ts';

const HAS_ARABIC = /[\u0600-\u06FF]/;
const MAX_TERMS = 32;
/** PostgreSQL refuses lexemes of 2 kB or more; longer "words" (blobs) are cut. */
const MAX_LEXEME_BYTES = 2000;

/** One word as indexed: lower case, without combining marks (like unicode61 remove_diacritics). */
function lexeme(w: string): string {
  let s = w.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');
  if (Buffer.byteLength(s) > MAX_LEXEME_BYTES) s = Buffer.from(s).subarray(0, MAX_LEXEME_BYTES).toString().replace(/\uFFFD+$/, '');
  return s;
}

function words(s: string): string[] {
  const out: string[] = [];
  for (const m of s.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) {
    const l = lexeme(m);
    if (l) out.push(l);
  }
  return out;
}

/** The distinct lexemes of a document (title, body and stems, folded as in store/fts.ts). */
export function documentLexemes(doc: Pick<DocumentRecord, 'title' | 'text' | 'language'>): string[] {
  const f = ftsFields(doc);
  return [...new Set([...words(f.title), ...words(f.body), ...words(f.stems)])];
}

/** A tsquery literal lexeme: quoted, with quotes and backslashes escaped. */
const quote = (w: string) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * A user's query → tsquery text (to be cast with `::tsquery`, never parsed), or null when it has
 * no searchable word. @example pgTsQuery('Ségou attaque*') // "'segou' & 'attaque':*"
 */
export function pgTsQuery(q: string): string | null {
  const terms: string[] = [];
  for (const raw of q.split(/\s+/).filter(Boolean)) {
    const prefix = raw.endsWith('*');
    const lang = HAS_ARABIC.test(raw) ? 'ar' : 'und';
    for (const w of words(fold(prefix ? raw.slice(0, -1) : raw, lang))) {
      const p = prefix ? ':*' : '';
      let t = quote(w) + p;
      if (lang === 'ar') {
        const r = splitProclitic(w);
        if (r && r.stem.length >= 2) t = `(${t} | ${quote(lexeme(r.stem))}${p})`;
      }
      terms.push(t);
      if (terms.length >= MAX_TERMS) break;
    }
    if (terms.length >= MAX_TERMS) break;
  }
  return terms.length ? terms.join(' & ') : null;
}
