/**
 * @module knowledge/actors/find
 * Finds registry names in running text: from every token, walk the alias trie as far as the
 * words allow and keep the longest accepted form; then keep the longest of overlapping spans.
 * Offsets are UTF-16 offsets into the text as given. Arabic proclitics (و ف ب ل ك, لل) on the
 * first word are tried off; Latin articles are simply not part of any alias. An alias written
 * with a capital (one word) or an acronym needs that capital in the text, so "platform" or
 * "msa" in lower case are not names. A form shared by several entries is settled by the event
 * date, the country, the language of the form, then the order of the data.
 */
import type { Lang } from '../../model/types.ts';
import type { TrieNode } from './05-index.ts';
import type { Registry } from './registry.ts';
import { countryKey } from './registry.ts';
import { arabicCliticVariants, offsetAfterLetters, tokenize, type Token } from './tokenize.ts';
import type { ActorMatch, AliasRecord, FindOptions } from './types.ts';

const cliticCache = new Map<string, Array<{ key: string; drop: number }>>();
function clitics(key: string): Array<{ key: string; drop: number }> {
  let v = cliticCache.get(key);
  if (!v) {
    v = arabicCliticVariants(key);
    if (cliticCache.size > 50000) cliticCache.clear();
    cliticCache.set(key, v);
  }
  return v;
}

function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function isUpperWord(s: string): boolean {
  return /\p{Lu}/u.test(s) && s === s.toUpperCase();
}

function caseOk(r: AliasRecord, tokens: Token[], i: number): boolean {
  if (r.caseForm === 'any') return true;
  if (r.caseForm === 'capital') return /^\p{Lu}/u.test(tokens[i].text);
  for (let k = 0; k < r.surface.length; k++) {
    const t = tokens[i + k];
    if (t.arabic) continue;
    if (foldAccents(t.text) !== foldAccents(r.surface[k]) && !isUpperWord(t.text)) return false;
  }
  return true;
}

function unlessOk(r: AliasRecord, tokens: Token[], j: number): boolean {
  for (const seq of r.unlessNext) {
    let hit = true;
    for (let k = 0; k < seq.length; k++) {
      const t = tokens[j + 1 + k];
      if (!t || t.hardBefore || t.key !== seq[k]) {
        hit = false;
        break;
      }
    }
    if (hit) return false;
  }
  return true;
}

interface Span {
  i: number;
  j: number;
  drop: number;
  start: number;
  end: number;
  records: AliasRecord[];
}

/** All accepted spans, one (the longest) per start token. */
function scan(root: TrieNode, tokens: Token[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    let best: Span | null = null;
    const variants = first.arabic ? [{ key: first.key, drop: 0 }, ...clitics(first.key)] : [{ key: first.key, drop: 0 }];
    for (const v of variants) {
      let node = root.next.get(v.key);
      let j = i;
      while (node) {
        if (node.records.length > 0) {
          const ok = node.records.filter((r) => caseOk(r, tokens, i) && unlessOk(r, tokens, j));
          if (ok.length > 0) {
            let start = first.start + offsetAfterLetters(first.text, v.drop);
            if (v.drop > 0) while (start < first.end && /\s/.test(first.text[start - first.start] ?? '')) start++;
            const cand: Span = { i, j, drop: v.drop, start, end: tokens[j].end, records: ok };
            if (!best || cand.end - cand.start > best.end - best.start || (cand.end === best.end && cand.drop < best.drop)) best = cand;
          }
        }
        j++;
        if (j >= tokens.length || tokens[j].hardBefore) break;
        node = node.next.get(tokens[j].key);
      }
    }
    if (best) spans.push(best);
  }
  return spans;
}

/** Overlapping spans: the longest wins, then the earliest. */
function keepLongest(spans: Span[], nTokens: number): Span[] {
  const order = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const used = new Uint8Array(nTokens);
  const kept: Span[] = [];
  for (const s of order) {
    let free = true;
    for (let k = s.i; k <= s.j; k++) if (used[k]) free = false;
    if (!free) continue;
    for (let k = s.i; k <= s.j; k++) used[k] = 1;
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every registry name in `text`, longest match first, with offsets into `text`.
 * @example findActors(reg, 'هاجمت جماعة نصرة الإسلام والمسلمين الجيش المالي', 'ar', {date: '2024-09-17'})
 *   // → JNIM: Group for Support of Islam and Muslims; Military Forces of Mali (2021-)
 */
export function findActorsIn(registry: Registry, text: string, lang: Lang, opts: FindOptions = {}): ActorMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const tokens = tokenize(text);
  const spans = keepLongest(scan(registry.root, tokens), tokens.length);
  const out: ActorMatch[] = [];
  const country = countryKey(opts.country);
  for (const s of spans) {
    const ranked = rank(registry, s.records, lang, opts, country);
    if (ranked.length === 0) continue;
    const r = ranked[0];
    const matched = registry.byId(r.actorId)!;
    const resolved = registry.resolve(matched.id, opts) ?? matched;
    let reason = r.kind === 'alias' || r.kind === 'press' ? `${r.kind}.${r.lang}` : r.kind;
    if (s.drop > 0) reason += '+clitic';
    if (resolved.id !== matched.id) reason += resolved.lineage === matched.id ? '>period' : '>rule';
    out.push({
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      id: resolved.id,
      canonical: resolved.canonical,
      kind: resolved.kind,
      inter: resolved.inter,
      reason,
      matched_id: matched.id,
      lineage: resolved.lineage,
      generic: matched.generic,
      alternatives: [...new Set(ranked.slice(1).map((x) => x.actorId))].filter((id) => id !== matched.id),
    });
  }
  return out;
}

/** Records at one span, best first: valid on the date, in the country, in the text's language, specific over generic. */
function rank(registry: Registry, records: AliasRecord[], lang: Lang, opts: FindOptions, country: string): AliasRecord[] {
  const scored = records.map((r, idx) => {
    const a = registry.byId(r.actorId);
    let s = 0;
    if (a) {
      if (opts.date && registry.validAt(a.id, opts.date)) s += 8;
      if (country) {
        if (countryKey(a.country) === country || a.area.some((c) => countryKey(c) === country)) s += 4;
        else if (a.country) s -= 2;
      }
      if (!a.generic) s += 1;
    }
    if (r.lang === lang || r.lang === 'any') s += 2;
    return { r, s, idx, ok: !!a };
  });
  return scored
    .filter((x) => x.ok)
    .sort((a, b) => b.s - a.s || a.idx - b.idx)
    .map((x) => x.r);
}
