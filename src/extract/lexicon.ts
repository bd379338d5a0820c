/**
 * @module extract/lexicon
 * Compiles a language pack's term tables into one regular expression per table, run over the
 * normalised text. Terms are folded with the same normaliser as the text, so table authors write
 * natural spellings. Arabic terms accept the usual proclitics (و ف ب ل ك, the article ال and لل)
 * and `*` lets a stem take suffixes. Longest terms are tried first.
 */
import type { Lang } from '../model/types.ts';

export type Folder = (s: string) => string;

export interface LexHit<R> {
  rule: R;
  /** Normalised-text offsets of the whole match (proclitics included). */
  start: number;
  end: number;
  /** The matched normalised text. */
  text: string;
}

const LETTER = '\\p{L}\\p{M}\\p{N}';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termPattern(folded: string, lang: Lang, wildcard: boolean): string {
  // '*' inside a phrase ("نصب* كمين") lets that word take suffixes too.
  let body = escape(folded).replace(/\\\*/g, `[${LETTER}]*`).replace(/\s+/g, '\\s+');
  if (wildcard) body += `[${LETTER}]*`;
  // A term ending in a lone attached letter ("وفقا ل") glues onto the next word.
  const glued = /(^|\s)[\u0621-\u064A]$/.test(folded);
  const tail = glued || wildcard ? '' : `(?![${LETTER}])`;
  if (lang === 'ar' && /^[\u0621-\u064A]/.test(folded)) {
    let pre: string;
    if (folded.startsWith('ال')) {
      const stem = escape(folded.slice(2)).replace(/\\\*/g, `[${LETTER}]*`).replace(/\s+/g, '\\s+') + (wildcard ? `[${LETTER}]*` : '');
      return `(?:[وف]?[بك]?ال|[وف]?لل)${stem}${tail}`;
    }
    pre = '(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)?';
    return `${pre}${body}${tail}`;
  }
  return `${body}${tail}`;
}

export class Lexicon<R extends { terms: string[] }> {
  private re: RegExp | null;
  private owners: R[] = [];

  constructor(rules: readonly R[], lang: Lang, fold: Folder) {
    const items: Array<{ pat: string; len: number; rule: R }> = [];
    for (const rule of rules) {
      for (const raw of rule.terms) {
        const wildcard = raw.endsWith('*');
        const folded = fold(wildcard ? raw.slice(0, -1) : raw).trim();
        if (!folded) continue;
        items.push({ pat: termPattern(folded, lang, wildcard), len: folded.length + (wildcard ? 0.5 : 0), rule });
      }
    }
    items.sort((a, b) => b.len - a.len);
    this.owners = items.map((i) => i.rule);
    // One word-start check for all alternatives: V8 then rejects most positions at once.
    this.re = items.length ? new RegExp(`(?<![${LETTER}])(?:${items.map((i) => `(${i.pat})`).join('|')})`, 'gu') : null;
  }

  /** All non-overlapping hits in `text[from, to)` (normalised), leftmost-longest. */
  scan(text: string, from = 0, to = text.length): LexHit<R>[] {
    const out: LexHit<R>[] = [];
    if (!this.re || from >= to) return out;
    const re = this.re;
    // Scan only the window (a whole-text scan per sentence would be quadratic); one character of
    // context on each side keeps the word-boundary lookarounds right.
    const lo = Math.max(0, from - 1);
    const hi = Math.min(text.length, to + 1);
    const win = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
    re.lastIndex = from - lo;
    let m: RegExpExecArray | null;
    while ((m = re.exec(win))) {
      const start = m.index + lo;
      if (start >= to) break;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      const end = start + m[0].length;
      if (end <= to) out.push({ rule: this.owners[g - 1], start, end, text: m[0] });
    }
    return out;
  }

  /** Does any term occur in text[from, to)? */
  has(text: string, from = 0, to = text.length): boolean {
    return this.scan(text, from, to).length > 0;
  }
}

