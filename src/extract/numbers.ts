/**
 * @module extract/numbers
 * Numbers and quantities in normalised text: digits ("40", "1,200"), number words with their
 * compounds ("خمسة وعشرين", "vingt-cinq", "twenty-five"), multipliers (ألف, hundred), vague
 * quantities mapped the ACLED way (dozens → 12), ranges ("20 to 30", "entre 20 et 30", "بين 20 و30"),
 * qualifiers (at least, about) and units (40 ميلاً → 64 km, 40% → percent).
 */
import type { LanguagePack } from '../lang/types.ts';
import { Lexicon, type Folder } from './lexicon.ts';

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  min: number;
  max: number | null;
  vague: boolean;
  unit?: 'km' | 'percent';
  /** Distance in km when a length unit followed. */
  km?: number;
  rule: string;
}

interface Compiled {
  words: Lexicon<LanguagePack['numbers'][number]>;
  vague: Lexicon<LanguagePack['vague'][number]>;
  qualifiers: Lexicon<LanguagePack['qualifiers'][number]>;
  units: Lexicon<LanguagePack['units'][number]>;
  joiner: RegExp;
  ranges: Array<{ joiners: Set<string>; opener: RegExp | null }>;
}
const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cache = new Map<string, Compiled>();
function compile(pack: LanguagePack, fold: Folder): Compiled {
  let c = cache.get(pack.lang);
  if (!c) {
    c = {
      words: new Lexicon(pack.numbers, pack.lang, fold),
      vague: new Lexicon(pack.vague, pack.lang, fold),
      qualifiers: new Lexicon(pack.qualifiers, pack.lang, fold),
      units: new Lexicon(pack.units, pack.lang, fold),
      joiner: pack.lang === 'ar' ? /^\s*و\s*$|^\s+$/u : /^\s*(?:-|and|et|-et-)?\s*$/u,
      ranges: pack.ranges.map((r) => ({
        joiners: new Set(r.terms.map((x) => fold(x).trim())),
        opener: r.opener?.length ? new RegExp(`(?:^|[^\\p{L}])(?:${r.opener.map((o) => reEscape(fold(o).trim())).join('|')})\\s*$`, 'u') : null,
      })),
    };
    cache.set(pack.lang, c);
  }
  return c;
}

export function findNumbers(t: string, pack: LanguagePack, fold: Folder): NumberMention[] {
  const c = compile(pack, fold);
  const raw: NumberMention[] = [];
  // Digits may carry an Arabic proclitic ("و30", "ب20").
  const pre = pack.lang === 'ar' ? '(?<![\\d.,])(?<=^|[^\\p{L}]|(?:^|[^\\p{L}])[وفبلك])' : '(?<![\\p{L}\\d.,])';
  const digits = new RegExp(`${pre}\\d{1,3}(?:[, ]\\d{3})+(?![\\d])|${pre}\\d+(?:[.,]\\d+)?(?![\\d])`, 'gu');
  for (const m of t.matchAll(digits)) {
    const v = Number(m[0].replace(/[, ](?=\d{3}\b)/g, '').replace(',', '.'));
    if (!Number.isFinite(v)) continue;
    raw.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], min: v, max: v, vague: false, rule: 'num.digits' });
  }
  // Number words, joined into compounds ("خمسة وعشرين", "vingt-cinq", "two hundred").
  const words = c.words.scan(t);
  for (let i = 0; i < words.length; i++) {
    let j = i;
    let total = 0;
    let current = words[i].rule.multiplier ? 1 : words[i].rule.value;
    if (words[i].rule.multiplier) current = words[i].rule.value;
    while (j + 1 < words.length && c.joiner.test(t.slice(words[j].end, words[j + 1].start))) {
      const nx = words[j + 1].rule;
      if (nx.multiplier) current = (current || 1) * nx.value;
      else if (nx.value === 100 && current < 10) current = current * 100;
      else current += nx.value;
      j++;
    }
    total += current;
    const overlapsDigit = raw.some((r) => r.start < words[j].end && words[i].start < r.end);
    if (!overlapsDigit) raw.push({ start: words[i].start, end: words[j].end, text: t.slice(words[i].start, words[j].end), min: total, max: total, vague: false, rule: words[i].rule.id });
    i = j;
  }
  // A multiplier right after digits: "3 آلاف", "2 000".
  for (const r of raw) {
    const mult = c.words.scan(t, r.end, r.end + 12).find((h) => h.rule.multiplier && /^\s*$/u.test(t.slice(r.end, h.start)));
    if (mult && r.rule === 'num.digits') {
      r.min *= mult.rule.value;
      r.max = r.min;
      r.end = mult.end;
      r.text = t.slice(r.start, r.end);
    }
  }
  for (const h of c.vague.scan(t)) {
    if (raw.some((r) => r.start < h.end && h.start < r.end)) continue;
    raw.push({ start: h.start, end: h.end, text: h.text, min: h.rule.min, max: h.rule.max, vague: true, rule: h.rule.id });
  }
  raw.sort((a, b) => a.start - b.start);
  // Ranges: two numbers joined by "to", "-", "or", or "and" after "between" (the second larger).
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i];
    const b = raw[i + 1];
    if (a.vague || b.vague || b.min <= a.min || a.min >= 1900) continue;
    const between = t.slice(a.end, b.start);
    const gap = between.trim();
    // A dash joins a range only when it touches both numbers ("5-7", not "Sept 8 - Forty-nine").
    if (!gap || gap.length > 8 || (/^[-–]$/u.test(gap) && between !== gap)) continue;
    const rule = c.ranges.find((r) => r.joiners.has(gap) && (!r.opener || r.opener.test(t.slice(Math.max(0, a.start - 16), a.start))));
    if (!rule) continue;
    a.max = b.max;
    a.end = b.end;
    a.text = t.slice(a.start, a.end);
    a.rule = `${a.rule}+range`;
    raw.splice(i + 1, 1);
  }
  // Qualifiers before or right after, and units after.
  const quals = c.qualifiers.scan(t);
  for (const r of raw) {
    const q = quals.find((q) => (q.end <= r.start && /^\s*$/u.test(t.slice(q.end, r.start))) || (q.start >= r.end && q.start - r.end <= 24 && /^[\s\p{L}]{0,20}$/u.test(t.slice(r.end, q.start)) && /^\s*\p{L}*\s*$/u.test(t.slice(r.end, q.start))));
    if (q) {
      if (q.rule.effect === 'at_least') r.max = null;
      else if (q.rule.effect === 'about') {
        r.max = r.max === null ? null : Math.round(r.max * 1.1);
        r.min = Math.floor(r.min * 0.9);
      } else if (q.rule.effect === 'at_most') r.min = 0;
      if (q.end <= r.start) {
        r.start = q.start;
      } else r.end = q.end;
      r.text = t.slice(r.start, r.end);
    }
    const pct = /^\s*%/u.exec(t.slice(r.end, r.end + 3));
    if (pct) {
      r.unit = 'percent';
      r.end += pct[0].length;
      r.text = t.slice(r.start, r.end);
      continue;
    }
    const u = c.units.scan(t, r.end, r.end + 24).find((h) => /^\s*$/u.test(t.slice(r.end, h.start)) || /^%/.test(h.text));
    if (u) {
      if (u.rule.unit === 'percent') r.unit = 'percent';
      else {
        r.unit = 'km';
        r.km = Math.round(r.min * (u.rule.factor_km ?? 1));
      }
      r.end = Math.max(r.end, u.end);
      r.text = t.slice(r.start, r.end);
    }
  }
  return raw;
}
