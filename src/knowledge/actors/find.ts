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
import { arabicCliticVariants, offsetAfterLetters, scanTokens, type TokenList } from './tokenize.ts';
import type { ActorMatch, AliasRecord, FindOptions } from './types.ts';

const variantCache = new Map<string, Array<{ key: string; drop: number }>>();
/** The first word's key as written, then with its proclitics tried off (cached per key). */
function arabicVariants(key: string): Array<{ key: string; drop: number }> {
  let v = variantCache.get(key);
  if (!v) {
    v = [{ key, drop: 0 }, ...arabicCliticVariants(key)];
    if (variantCache.size > 50000) variantCache.clear();
    variantCache.set(key, v);
  }
  return v;
}

function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function isUpperWord(s: string): boolean {
  return /\p{Lu}/u.test(s) && s === s.toUpperCase();
}

function caseOk(r: AliasRecord, t: TokenList, i: number): boolean {
  if (r.caseForm === 'any') return true;
  if (r.caseForm === 'capital') return /^\p{Lu}/u.test(t.word[i]);
  for (let k = 0; k < r.surface.length; k++) {
    if (t.arabic[i + k] === 1) continue;
    const w = t.word[i + k];
    if (foldAccents(w) !== foldAccents(r.surface[k]) && !isUpperWord(w)) return false;
  }
  return true;
}

function unlessOk(r: AliasRecord, t: TokenList, j: number): boolean {
  for (const seq of r.unlessNext) {
    let hit = true;
    for (let k = 0; k < seq.length; k++) {
      const x = j + 1 + k;
      if (x >= t.n || t.hardBefore[x] === 1 || t.key[x] !== seq[k]) {
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

const NO_DROP = [{ key: '', drop: 0 }];

/** All accepted spans, one (the longest) per start token. */
function scan(root: TrieNode, t: TokenList): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < t.n; i++) {
    const firstKey = t.key[i];
    const isAr = t.arabic[i] === 1;
    if (!isAr && !root.next.has(firstKey)) continue; // the common case: no name starts here
    let best: Span | null = null;
    const variants = isAr ? arabicVariants(firstKey) : NO_DROP;
    for (const v of variants) {
      let node = root.next.get(isAr ? v.key : firstKey);
      let j = i;
      while (node) {
        if (node.records.length > 0) {
          const recs = node.records;
          let ok = recs;
          for (let x = 0; x < recs.length; x++) {
            if (!caseOk(recs[x], t, i) || !unlessOk(recs[x], t, j)) {
              ok = recs.filter((r) => caseOk(r, t, i) && unlessOk(r, t, j));
              break;
            }
          }
          if (ok.length > 0) {
            const word = t.word[i];
            let start = t.start[i] + offsetAfterLetters(word, v.drop);
            if (v.drop > 0) while (start < t.end[i] && /\s/.test(word[start - t.start[i]] ?? '')) start++;
            const cand: Span = { i, j, drop: v.drop, start, end: t.end[j], records: ok };
            if (!best || cand.end - cand.start > best.end - best.start || (cand.end === best.end && cand.drop < best.drop)) best = cand;
          }
        }
        j++;
        if (j >= t.n || t.hardBefore[j] === 1) break;
        node = node.next.get(t.key[j]);
      }
    }
    if (best) spans.push(best);
  }
  return spans;
}

/**
 * Overlapping spans: the longest wins, then the earliest. Spans come in order of their first token;
 * only runs of spans that overlap one another need sorting, and those runs are short.
 */
function keepLongest(spans: Span[]): Span[] {
  const kept: Span[] = [];
  let k = 0;
  while (k < spans.length) {
    let m = k + 1;
    let reach = spans[k].j;
    while (m < spans.length && spans[m].i <= reach) {
      if (spans[m].j > reach) reach = spans[m].j;
      m++;
    }
    if (m === k + 1) kept.push(spans[k]);
    else {
      const run = spans.slice(k, m).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const chosen: Span[] = [];
      for (const s of run) if (chosen.every((c) => s.j < c.i || s.i > c.j)) chosen.push(s);
      kept.push(...chosen.sort((a, b) => a.start - b.start));
    }
    k = m;
  }
  return kept;
}

/**
 * Every registry name in `text`, longest match first, with offsets into `text`.
 * @example findActors(reg, 'هاجمت جماعة نصرة الإسلام والمسلمين الجيش المالي', 'ar', {date: '2024-09-17'})
 *   // → JNIM: Group for Support of Islam and Muslims; Military Forces of Mali (2021-)
 */
export function findActorsIn(registry: Registry, text: string, lang: Lang, opts: FindOptions = {}): ActorMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const tokens = scanTokens(text);
  const spans = keepLongest(scan(registry.root, tokens));
  const out: ActorMatch[] = [];
  const country = countryKey(opts.country);
  // Spans ending on the same trie node share their resolution: compute it once per call.
  const memo = new Map<AliasRecord[], Omit<ActorMatch, 'start' | 'end' | 'text'> | null>();
  for (const s of spans) {
    let base = memo.get(s.records);
    if (base === undefined) {
      const ranked = rank(registry, s.records, lang, opts, country);
      if (ranked.length === 0) base = null;
      else {
        const r = ranked[0];
        const matched = registry.byId(r.actorId)!;
        const resolved = registry.resolve(matched.id, opts) ?? matched;
        let reason = r.kind === 'alias' || r.kind === 'press' ? `${r.kind}.${r.lang}` : r.kind;
        if (resolved.id !== matched.id) reason += resolved.lineage === matched.id ? '>period' : '>rule';
        base = {
          id: resolved.id,
          canonical: resolved.canonical,
          kind: resolved.kind,
          inter: resolved.inter,
          reason,
          matched_id: matched.id,
          lineage: resolved.lineage,
          generic: matched.generic,
          alternatives: ranked.length === 1 ? [] : [...new Set(ranked.slice(1).map((x) => x.actorId))].filter((id) => id !== matched.id),
        };
      }
      memo.set(s.records, base);
    }
    if (!base) continue;
    const reason = s.drop > 0 ? base.reason.replace(/^([^>]*)/, '$1+clitic') : base.reason;
    out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), ...base, reason, alternatives: [...base.alternatives] });
  }
  return out;
}

/** Records at one span, best first: valid on the date, in the country, in the text's language, specific over generic. */
function rank(registry: Registry, records: AliasRecord[], lang: Lang, opts: FindOptions, country: string): AliasRecord[] {
  if (records.length === 1) return registry.byId(records[0].actorId) ? records : [];
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
