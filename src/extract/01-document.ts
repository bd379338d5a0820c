/**
 * @module extract/01-document
 * The working view of one document: clean text, normalised text with its map, paragraphs,
 * sentences and clauses (the unit that ties a trigger to its place and date), and the language
 * pack's compiled tables.
 */
import type { Lang } from '../model/types.ts';
import type { LanguagePack } from '../lang/types.ts';
import type { Normalised } from '../text/types.ts';
import { normalise, sentences as segment } from '../text/index.ts';
import { Lexicon, type Folder } from './lexicon.ts';
import { packFor } from '../lang/index.ts';

export interface Unit {
  /** Clean-text offsets. */
  start: number;
  end: number;
  /** Normalised-text offsets. */
  nstart: number;
  nend: number;
}
export interface Sentence extends Unit {
  index: number;
  para: number;
  clauses: Unit[];
}

export interface Tables {
  pack: LanguagePack;
  fold: Folder;
  triggers: Lexicon<LanguagePack['triggers'][number]>;
  negations: Lexicon<LanguagePack['negations'][number]>;
  claimKinds: Lexicon<LanguagePack['claimKinds'][number]>;
  cues: Lexicon<LanguagePack['cues'][number]>;
  parties: Lexicon<LanguagePack['parties'][number]>;
  targets: Lexicon<LanguagePack['targets'][number]>;
  anaphors: Lexicon<LanguagePack['anaphors'][number]>;
  background: Lexicon<LanguagePack['background'][number]>;
  assessments: Lexicon<LanguagePack['assessments'][number]>;
  regularity: Lexicon<LanguagePack['regularity'][number]>;
  capital: Lexicon<LanguagePack['capitalWords'][number]>;
  near: Lexicon<LanguagePack['nearWords'][number]>;
  irrealis: Lexicon<LanguagePack['irrealis'][number]>;
  /** Words of the rules' `requires` / `blocked_by` lists, one lexicon per rule id. */
  requires: Map<string, Lexicon<{ terms: string[] }>>;
  blocked: Map<string, Lexicon<{ terms: string[] }>>;
}

const tableCache = new Map<Lang, Tables>();
export function tablesFor(lang: Lang): Tables {
  let t = tableCache.get(lang);
  if (t) return t;
  const pack = packFor(lang);
  const fold: Folder = (s) => normalise(s, lang).text;
  const lx = <R extends { terms: string[] }>(rules: readonly R[]) => new Lexicon(rules, lang, fold);
  const requires = new Map<string, Lexicon<{ terms: string[] }>>();
  const blocked = new Map<string, Lexicon<{ terms: string[] }>>();
  for (const r of pack.triggers) {
    if (r.requires) requires.set(r.id, lx([{ terms: r.requires }]));
    if (r.blocked_by) blocked.set(r.id, lx([{ terms: r.blocked_by }]));
  }
  t = {
    pack,
    fold,
    triggers: lx(pack.triggers),
    negations: lx(pack.negations),
    claimKinds: lx(pack.claimKinds),
    cues: lx(pack.cues),
    parties: lx(pack.parties),
    targets: lx(pack.targets),
    anaphors: lx(pack.anaphors),
    background: lx(pack.background),
    assessments: lx(pack.assessments),
    regularity: lx(pack.regularity),
    capital: lx(pack.capitalWords),
    near: lx(pack.nearWords),
    irrealis: lx(pack.irrealis),
    requires,
    blocked,
  };
  tableCache.set(lang, t);
  return t;
}

export interface DocView {
  lang: Lang;
  text: string;
  norm: Normalised;
  /** cleanToNorm[c] = first normalised offset whose clean offset is ≥ c. */
  cleanToNorm: Int32Array;
  sentences: Sentence[];
  tables: Tables;
}

/** Clause boundaries inside a sentence: commas, semicolons, and the language's clause openers. */
const CLAUSE_SPLIT: Record<Lang, RegExp> = {
  ar: /[,;،؛:]|\s(?=(?:على الرغم من|رغم أن|لكن|بينما|في حين|حيث|إلا أن)\s)/gu,
  fr: /[,;:]|\s(?=(?:alors que|tandis que|bien que|mais|même si)\s)/gu,
  en: /[,;:]|\s(?=(?:although|while|whereas|but|though)\s)/gu,
};

export function viewOf(text: string, lang: Lang): DocView {
  const tables = tablesFor(lang);
  const norm = normalise(text, lang);
  const cleanToNorm = new Int32Array(text.length + 1);
  {
    let c = 0;
    for (let i = 0; i <= norm.text.length; i++) {
      const at = norm.toClean(i);
      while (c <= at && c <= text.length) cleanToNorm[c++] = i;
    }
    while (c <= text.length) cleanToNorm[c++] = norm.text.length;
  }
  // Paragraphs: blank-line separated (a single newline also ends a heading line).
  const paraStarts: number[] = [0];
  for (const m of text.matchAll(/\n\s*\n/g)) paraStarts.push(m.index! + m[0].length);
  const paraOf = (pos: number) => {
    let p = 0;
    while (p + 1 < paraStarts.length && paraStarts[p + 1] <= pos) p++;
    return p;
  };
  const spans = segment(text, lang);
  const sentences: Sentence[] = spans.map((s, index) => {
    const nstart = cleanToNorm[s.start];
    const nend = cleanToNorm[s.end];
    const clauses: Unit[] = [];
    // Commas inside parentheses ("near Boni (Douentza, Mopti)") do not end a clause.
    const seg = norm.text.slice(nstart, nend).replace(/\([^()]*\)/g, (p) => p.replace(/[,;،؛:]/g, ' '));
    let last = 0;
    const re = new RegExp(CLAUSE_SPLIT[lang].source, 'gu');
    for (const m of seg.matchAll(re)) {
      const cut = m.index! + (m[0].trim() ? m[0].length : 1);
      if (cut - last > 1) clauses.push(unitN(nstart + last, nstart + cut, norm));
      last = cut;
    }
    if (seg.length - last > 0) clauses.push(unitN(nstart + last, nend, norm));
    return { start: s.start, end: s.end, nstart, nend, index, para: paraOf(s.start), clauses };
  });
  return { lang, text, norm, cleanToNorm, sentences, tables };
}

function unitN(nstart: number, nend: number, norm: Normalised): Unit {
  const [start, end] = norm.toCleanSpan(nstart, nend);
  return { start, end, nstart, nend };
}

/** Clean span of a normalised span, trimmed of surrounding spaces and Arabic proclitics kept. */
export function cleanSpan(v: DocView, nstart: number, nend: number): { start: number; end: number; text: string } {
  let [start, end] = v.norm.toCleanSpan(nstart, nend);
  while (start < end && /\s/.test(v.text[start])) start++;
  while (end > start && /\s/.test(v.text[end - 1])) end--;
  return { start, end, text: v.text.slice(start, end) };
}
