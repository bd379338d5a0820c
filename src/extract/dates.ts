/**
 * @module extract/dates
 * Date expressions → date ranges, resolved against the publication date. Absolute dates
 * ("17 سبتمبر/أيلول 2024", "le 3 mai 2019", "May 3, 2019"), months and years ("في عام 2022"),
 * relative expressions ("أمس", "early last month", "mardi dernier") with parts of a period
 * (early/mid/late, night/morning). Without a publication date, relative dates stay unresolved.
 */
import type { LanguagePack, RelativeAnchor } from '../lang/types.ts';
import * as chrono from 'chrono-node';
import { Lexicon, type Folder } from './lexicon.ts';

export interface DateMention {
  /** Normalised-text offsets. */
  start: number;
  end: number;
  text: string;
  from: string | null;
  to: string | null;
  relative: boolean;
  resolved: boolean;
  /** 1 day, 2 week, 3 month, 4 wider. */
  precision: 1 | 2 | 3 | 4;
  rule: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export function addDays(s: string, n: number): string {
  const d = new Date(s + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86400000);
}

function monthRange(y: number, m: number, part?: string): [string, string] {
  const L = lastDay(y, m);
  if (part === 'early') return [iso(utc(y, m, 1)), iso(utc(y, m, 10))];
  if (part === 'mid') return [iso(utc(y, m, 11)), iso(utc(y, m, 20))];
  if (part === 'late') return [iso(utc(y, m, 21)), iso(utc(y, m, L))];
  return [iso(utc(y, m, 1)), iso(utc(y, m, L))];
}
function yearRange(y: number, part?: string): [string, string] {
  if (part === 'early') return [`${y}-01-01`, `${y}-04-30`];
  if (part === 'mid') return [`${y}-05-01`, `${y}-08-31`];
  if (part === 'late') return [`${y}-09-01`, `${y}-12-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

interface Compiled {
  months: Lexicon<{ terms: string[]; month: number }>;
  weekdays: Lexicon<{ terms: string[]; day: number }>;
  ordinals: Lexicon<{ terms: string[]; day: number }>;
  relative: Lexicon<{ terms: string[]; anchor: RelativeAnchor; id: string }>;
  parts: Lexicon<{ terms: string[]; part: string; id: string }>;
  yearMarkers: Lexicon<{ terms: string[]; id: string }>;
  lastWords: RegExp;
}

const cache = new Map<string, Compiled>();
function compile(pack: LanguagePack, fold: Folder): Compiled {
  let c = cache.get(pack.lang);
  if (!c) {
    c = {
      months: new Lexicon(pack.months, pack.lang, fold),
      weekdays: new Lexicon(pack.weekdays, pack.lang, fold),
      ordinals: new Lexicon(pack.dayOrdinals, pack.lang, fold),
      relative: new Lexicon(pack.relativeDates, pack.lang, fold),
      parts: new Lexicon(pack.partsOf, pack.lang, fold),
      yearMarkers: new Lexicon(pack.yearMarkers, pack.lang, fold),
      lastWords: pack.lang === 'ar' ? /^\s*(الماضي|المنصرم|الفائت)/u : pack.lang === 'fr' ? /^\s*(dernier|derniere|passe)/u : /^/u,
    };
    cache.set(pack.lang, c);
  }
  return c;
}

/** Find every date expression in normalised text `t`. */
export function findDates(t: string, pack: LanguagePack, fold: Folder, published: string | null): DateMention[] {
  const c = compile(pack, fold);
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const push = (m: DateMention) => {
    if (!free(m.start, m.end)) return;
    taken.push([m.start, m.end]);
    out.push(m);
  };
  const pubYear = published ? Number(published.slice(0, 4)) : null;

  // Parts-of-period words immediately before a span ("أوائل الشهر الماضي", "early last month").
  const partBefore = (s: number): { part: string; start: number } | null => {
    const window = t.slice(Math.max(0, s - 40), s);
    const hits = c.parts.scan(window);
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i];
      const gap = window.slice(h.end);
      if (/^\s*(?:(?:of|the|de|du|d|la|le|من|في)\s+)*$/u.test(gap)) return { part: h.rule.part, start: s - window.length + h.start };
    }
    return null;
  };

  // 1. Day + month (+ year): "17 سبتمبر/ايلول 2024", "3 mai 2019", "17 september 2024".
  for (const mh of c.months.scan(t)) {
    let end = mh.end;
    // a second month name after a slash ("سبتمبر/أيلول")
    const slash = /^\s*\/\s*/u.exec(t.slice(end));
    if (slash) {
      const second = c.months.scan(t, end + slash[0].length, end + slash[0].length + 20)[0];
      if (second && second.start === end + slash[0].length) end = second.end;
    }
    let before = /(\d{1,2})(?:er)?\s*(?:-|–|و|au|et|to|and)?\s*(\d{1,2})?\s*(?:من\s+(?:شهر\s+)?|de\s+|of\s+)?$/u.exec(t.slice(Math.max(0, mh.start - 14), mh.start));
    if (!before) {
      // An ordinal day in words: "السابع من أكتوبر", "le premier mai", "the first of May".
      const win = t.slice(Math.max(0, mh.start - 40), mh.start);
      const ord = c.ordinals.scan(win).pop();
      const gap = ord ? win.slice(ord.end) : '';
      if (ord && /^\s*(?:من\s+(?:شهر\s+)?|of\s+(?:the\s+)?|de\s+)?$/u.test(gap)) {
        const fake = [win.slice(ord.start), String(ord.rule.day), undefined] as unknown as RegExpExecArray;
        before = fake;
      }
    }
    const after = /^\s*,?\s*(\d{4})/u.exec(t.slice(end, end + 8));
    const dayAfter = /^\s*(\d{1,2})(?:st|nd|rd|th)?(?:\s*,?\s*(\d{4}))?(?![\d])/u.exec(t.slice(end, end + 12));
    const month = mh.rule.month;
    let start = mh.start;
    let year: number | null = null;
    let d1: number | null = null;
    let d2: number | null = null;
    if (before) {
      d1 = Number(before[1]);
      d2 = before[2] ? Number(before[2]) : null;
      start = mh.start - before[0].length;
      if (after) {
        year = Number(after[1]);
        end += after[0].length;
      }
    } else if (dayAfter && pack.lang === 'en') {
      d1 = Number(dayAfter[1]);
      if (dayAfter[2]) year = Number(dayAfter[2]);
      end += dayAfter[0].length;
    } else if (after) {
      year = Number(after[1]);
      end += after[0].length;
    }
    if (d1 !== null && (d1 < 1 || d1 > 31)) continue;
    let relative = false;
    if (year === null) {
      if (!pubYear || !published) {
        push({ start, end, text: t.slice(start, end), from: null, to: null, relative: true, resolved: false, precision: d1 ? 1 : 3, rule: 'date.month_no_year' });
        continue;
      }
      relative = true;
      year = pubYear;
      const probe = iso(utc(year, month, d1 ?? 1));
      if (probe > addDays(published, 7)) year -= 1; // "on 30 December" read in January is last year
    }
    if (d1 !== null) {
      const a = iso(utc(year, month, Math.min(d1, lastDay(year, month))));
      const b = d2 ? iso(utc(year, month, Math.min(d2, lastDay(year, month)))) : a;
      push({ start, end, text: t.slice(start, end), from: a, to: b, relative, resolved: true, precision: 1, rule: 'date.day_month' });
    } else {
      const p = partBefore(start);
      const [a, b] = monthRange(year, month, p?.part);
      const s = p ? p.start : start;
      push({ start: s, end, text: t.slice(s, end), from: a, to: b, relative, resolved: true, precision: p ? 2 : 3, rule: 'date.month' });
    }
  }

  // 2. Numeric dates 17/09/2024, 2024-09-17, 17.09.2024
  for (const m of t.matchAll(/(?<![\d])(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?![\d])|(?<![\d])(\d{4})-(\d{2})-(\d{2})(?![\d])/gu)) {
    const [d, mo, y] = m[4] ? [Number(m[6]), Number(m[5]), Number(m[4])] : [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    const a = iso(utc(y, mo, d));
    push({ start: m.index!, end: m.index! + m[0].length, text: m[0], from: a, to: a, relative: false, resolved: true, precision: 1, rule: 'date.numeric' });
  }

  // 3. Relative expressions.
  const sameDay: DateMention[] = [];
  for (const h of c.relative.scan(t)) {
    const p = partBefore(h.start);
    const start = p ? p.start : h.start;
    const m: DateMention = { start, end: h.end, text: t.slice(start, h.end), from: null, to: null, relative: true, resolved: false, precision: 1, rule: h.rule.id };
    if (h.rule.anchor === 'same_day') {
      // Resolved below, once every dated expression before it is known.
      sameDay.push(m);
      push(m);
      continue;
    }
    if (published) {
      const r = resolveAnchor(h.rule.anchor, published, p?.part);
      m.from = r[0];
      m.to = r[1];
      m.precision = r[2];
      m.resolved = true;
    }
    push(m);
  }

  // 4. Weekdays ("يوم الثلاثاء", "mardi", "on Tuesday"): the latest such day on or before publication.
  for (const h of c.weekdays.scan(t)) {
    // "samedi 15 avril", "Tuesday, June 11", "الثلاثاء 17 سبتمبر": the weekday belongs to the date after it.
    if (out.some((d) => d.start >= h.end && d.start - h.end <= 4 && /^[\s,،]*$/u.test(t.slice(h.end, d.start)))) continue;
    const after = t.slice(h.end, h.end + 16);
    const last = c.lastWords.exec(after);
    const end = last && last[0] ? h.end + last[0].length : h.end;
    const m: DateMention = { start: h.start, end, text: t.slice(h.start, end), from: null, to: null, relative: true, resolved: false, precision: 1, rule: 'date.weekday' };
    if (published) {
      const pub = new Date(published + 'T00:00:00Z');
      let back = (pub.getUTCDay() - h.rule.day + 7) % 7;
      if (back === 0 && last && last[0]) back = 7;
      const day = addDays(published, -back);
      m.from = day;
      m.to = day;
      m.resolved = true;
    }
    push(m);
  }

  // 5. Years after a marker ("في عام 2022", "in 2022", "en 2022") or bare years 19xx/20xx.
  for (const m of t.matchAll(/(?<![\d])(19[6-9]\d|20[0-4]\d)(?![\d%])/gu)) {
    const s = m.index!;
    const e = s + 4;
    if (!free(s, e)) continue;
    const y = Number(m[1]);
    const before = t.slice(Math.max(0, s - 16), s);
    const marker = c.yearMarkers.scan(before).pop();
    const hasMarker = !!marker && /^\s*$/u.test(before.slice(marker.end));
    const start0 = hasMarker ? s - before.length + marker!.start : s;
    const p = partBefore(start0);
    if (!hasMarker && !p) continue; // a bare 2000 is as likely a count as a year
    const start = p ? p.start : start0;
    const [a, b] = yearRange(y, p?.part);
    push({ start, end: e, text: t.slice(start, e), from: a, to: b, relative: false, resolved: true, precision: 4, rule: 'date.year' });
  }
  // 6. French and English: chrono-node for absolute day-and-month forms the rules above miss
  // ("Sept. 16th", "the 3rd of May"); only certain days, never after publication.
  if (pack.lang !== 'ar') {
    const c = compile(pack, fold);
    const parser = pack.lang === 'fr' ? chrono.fr : chrono.en;
    const ref = published ? new Date(published + 'T12:00:00Z') : new Date();
    for (const r of parser.parse(t, ref)) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      // Only dates written with a day number and a month (a name or digits): "now", "for several
      // hours" and clock times are not dates of events.
      if (!/\d/.test(r.text) || (!c.months.has(r.text.toLowerCase()) && !/\d{1,2}[./-]\d{1,2}/.test(r.text))) continue;
      const from = iso(r.start.date());
      const to = r.end ? iso(r.end.date()) : from;
      if (published && from > addDays(published, 1)) continue;
      const start = r.index;
      const end = r.index + r.text.length;
      push({ start, end, text: r.text, from, to: to < from ? from : to, relative: !r.start.isCertain('year'), resolved: true, precision: 1, rule: 'date.chrono' });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "The same day", "ce jour-là": the day of the last date to the day told before it.
  for (const m of sameDay) {
    const prev = out.filter((d) => d.end <= m.start && d.from && d.precision === 1 && !sameDay.includes(d)).pop();
    if (!prev) continue;
    m.from = prev.from;
    m.to = prev.to;
    m.resolved = true;
  }
  return out;
}

export function resolveAnchor(anchor: RelativeAnchor, published: string, part?: string): [string, string, 1 | 2 | 3 | 4] {
  const y = Number(published.slice(0, 4));
  const mo = Number(published.slice(5, 7));
  switch (anchor) {
    case 'today':
      return [published, published, 1];
    case 'yesterday':
      return [addDays(published, -1), addDays(published, -1), 1];
    case 'day_before_yesterday':
      return [addDays(published, -2), addDays(published, -2), 1];
    case 'this_week': {
      const dow = (new Date(published + 'T00:00:00Z').getUTCDay() + 6) % 7; // Monday = 0
      return [addDays(published, -dow), published, 2];
    }
    case 'last_week': {
      const dow = (new Date(published + 'T00:00:00Z').getUTCDay() + 6) % 7;
      const monday = addDays(published, -dow - 7);
      return [monday, addDays(monday, 6), 2];
    }
    case 'last_month': {
      const [py, pm] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
      const r = monthRange(py, pm, part);
      return [r[0], r[1], part === 'early' || part === 'mid' || part === 'late' ? 2 : 3];
    }
    case 'this_month': {
      const r = monthRange(y, mo, part);
      return [r[0], r[1] > published ? published : r[1], 3];
    }
    case 'last_year': {
      const r = yearRange(y - 1, part);
      return [r[0], r[1], 4];
    }
    case 'this_year':
      return [`${y}-01-01`, published, 4];
    case 'last_two_years':
      return [`${y - 2}-${published.slice(5)}`, published, 4];
    case 'recent_years':
      return [`${y - 5}-${published.slice(5)}`, published, 4];
    case 'same_day':
      return [published, published, 1];
  }
}
