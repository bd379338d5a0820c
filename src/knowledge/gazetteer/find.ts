/**
 * @module knowledge/gazetteer/find
 * Finding place mentions in text: an n-gram lookup over tokens (1 to the longest known name) with
 * offsets into the given text. Latin script needs a capitalised first and last word; Arabic tokens
 * lose their proclitics (و ف ب ل ك, and لل for ل+ال) and must either name a significant place
 * (a capital, a regional or district seat, a country, a curated site, or ≥ 20k people) or follow a
 * place cue (في، قرب، منطقة، مدينة، قرية…) with a close spelling. A stop list of frequent words keeps
 * common words that sound like villages ("قال", "بين", "على") from becoming places.
 *
 * @example
 *   findPlaces('هاجموا ثكنة في حي فالادي بباماكو', 'ar').map((m) => m.text) // ['فالادي', 'باماكو']
 */
import { arabicKey, matchKey } from '../../text/keys.ts';
import type { Lang } from '../../model/types.ts';
import { loadGazetteer, placePrior, type Candidate, type Gazetteer, type LookupOptions, type Place } from './load.ts';
import { fineKey } from './translit.ts';
import type { PlaceCues } from './cues.ts';
import { cues as arCues } from './ar/cues.ts';
import { cues as frCues } from './fr/cues.ts';
import { cues as enCues } from './en/cues.ts';

export const CUES: Record<Lang, PlaceCues> = { ar: arCues, fr: frCues, en: enCues };

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  candidates: Candidate[];
  /** the cue word(s) before the mention, if any, and what they announce */
  cue?: { kind: 'region' | 'settlement' | 'near' | 'locative'; text: string };
  /** why the mention was accepted (a reason id) */
  reason: string;
}

interface Token {
  start: number;
  end: number;
  text: string;
}

const ARABIC_RUN = /[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u064B-\u065F\u0670\u0640]+/g;
const LATIN_RUN = /[\p{L}\p{M}\p{N}]+/gu;

function tokenize(text: string, re: RegExp): Token[] {
  const out: Token[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** Sets of folded cue words per language, built once. */
interface Folded {
  stop: Set<string>;
  settlement: Set<string>;
  region: Set<string>;
  regionAfter: Set<string>;
  locative: Set<string>;
  notPlace: Set<string>;
  notPlaceAfter: Set<string>;
  near: string[];
}
const folded = new Map<Lang, Folded>();
function fold(lang: Lang): Folded {
  let f = folded.get(lang);
  if (!f) {
    const c = CUES[lang];
    const set = (a: string[]) => new Set(a.map((w) => matchKey(w)));
    f = {
      stop: set(c.stop), settlement: set(c.settlement), region: set(c.region), regionAfter: set(c.regionAfter),
      locative: set(c.locative), notPlace: set(c.notPlace), notPlaceAfter: set(c.notPlaceAfter),
      near: c.near.map((w) => matchKey(w)).sort((a, b) => b.length - a.length),
    };
    folded.set(lang, f);
  }
  return f;
}

/** Arabic proclitic readings of a token: [prefix length, rest]. The bare token comes first. */
export function arabicReadings(tok: string): Array<[number, string]> {
  const out: Array<[number, string]> = [[0, tok]];
  const seen = new Set([tok]);
  const push = (n: number, s: string) => {
    if (s.length >= 2 && !seen.has(s)) { seen.add(s); out.push([n, s]); }
  };
  let n = 0;
  let t = tok;
  if ((t[0] === 'و' || t[0] === 'ف') && t.length > 3) { n = 1; t = t.slice(1); push(n, t); }
  if ((t[0] === 'ب' || t[0] === 'ك') && t.length > 3) push(n + 1, t.slice(1));
  if (t[0] === 'ل' && t.length > 3) {
    if (t[1] === 'ل') push(n + 1, 'ا' + t.slice(1)); // للنيجر → النيجر (offset keeps the second ل)
    else push(n + 1, t.slice(1));
  }
  return out;
}

const SIGNIFICANT = 2.3;
const EXACT_ONLY: LookupOptions = { fuzzy: false };
const DEFAULT_LOOKUP: LookupOptions = {};

/** Does one of the place's names carry the Arabic article? (memoised per place) */
const articleNames = new WeakMap<Place, boolean>();
function hasArticleName(p: Place): boolean {
  let v = articleNames.get(p);
  if (v === undefined) articleNames.set(p, (v = p.altNames.some((a) => arabicKey(a).startsWith('ال'))));
  return v;
}

function cueBefore(text: string, start: number, lang: Lang, f: Folded): PlaceMention['cue'] | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  const key = matchKey(before);
  for (const n of f.near) if (key.endsWith(n)) return { kind: 'near', text: n };
  const words = key.split(' ').filter(Boolean);
  const last = words[words.length - 1] ?? '';
  const prev = words[words.length - 2] ?? '';
  if (lang === 'fr' && ['de', 'du', 'des', 'd'].includes(last) && prev) {
    if (f.region.has(prev)) return { kind: 'region', text: `${prev} ${last}` };
    if (f.settlement.has(prev)) return { kind: 'settlement', text: `${prev} ${last}` };
  }
  if (lang === 'en' && last === 'of' && prev) {
    if (f.region.has(prev)) return { kind: 'region', text: `${prev} of` };
    if (f.settlement.has(prev)) return { kind: 'settlement', text: `${prev} of` };
  }
  const strip = lang === 'ar' ? arabicReadings(last).map(([, r]) => r) : [last];
  for (const w of strip) {
    if (f.region.has(w)) return { kind: 'region', text: w };
    if (f.settlement.has(w)) return { kind: 'settlement', text: w };
  }
  for (const w of strip) if (f.locative.has(w)) return { kind: 'locative', text: w };
  // An Arabic name glued to its preposition (بباماكو) carries its own cue.
  return undefined;
}

/** Find place mentions. Offsets are UTF-16 code units into `text`. */
export function findPlaces(text: string, lang: Lang, g: Gazetteer = loadGazetteer()): PlaceMention[] {
  if (!text) return [];
  return lang === 'ar' ? findArabic(text, g) : findLatin(text, lang, g);
}

function joinable(text: string, a: Token, b: Token, arabic: boolean): boolean {
  const gap = text.slice(a.end, b.start);
  return arabic ? /^[\s\u00A0-]{1,3}$/.test(gap) : /^[\s\u00A0'’‘-]{1,3}$/.test(gap) || gap === ' d’' || gap === " d'";
}

/** Is an Arabic reading a frequent word (with or without its article)? */
function isArabicStop(r: string, f: Folded): boolean {
  const k = arabicKey(r);
  return f.stop.has(k) || (k.startsWith('ال') && f.stop.has(k.slice(2)));
}

function findArabic(text: string, g: Gazetteer): PlaceMention[] {
  const f = fold('ar');
  const toks = tokenize(text, ARABIC_RUN);
  const out: PlaceMention[] = [];
  const maxN = g.maxNameTokens;
  const nt = toks.length;
  // Per token, computed once: joined to the next one, a frequent word.
  const joined = new Uint8Array(nt);
  const stop = new Uint8Array(nt);
  for (let k = 0; k < nt; k++) {
    if (k + 1 < nt && joinable(text, toks[k], toks[k + 1], true)) joined[k] = 1;
    if (f.stop.has(arabicKey(toks[k].text))) stop[k] = 1;
  }
  let lastEnd = -1;
  for (let i = 0; i < nt; i++) {
    let best: PlaceMention | null = null;
    let bestN = 0;
    const tok = toks[i];
    // "في نيونو ومولودو وسانداري": a name joined by و to the place just found continues its list.
    const listCue = lastEnd >= 0 && tok.text[0] === 'و' && /^[\s،,]*$/.test(text.slice(lastEnd, tok.start));
    // Longest n-gram first: its tokens must be joined, and none after the first a frequent word.
    let reach = 1;
    while (reach < maxN && i + reach < nt && joined[i + reach - 1] && !stop[i + reach]) reach++;
    const readings = arabicReadings(tok.text);
    const stopR = readings.map(([, r]) => isArabicStop(r, f));
    // A token that is a frequent word, or one after its conjunction (وفي → في), is that word;
    // a reading without ب/ل/ك that is a frequent word is only dropped (كاتي is not ك + أتى).
    const wordIsStop = readings.some(([pre], j) => stopR[j] && (pre === 0 || (pre === 1 && (tok.text[0] === 'و' || tok.text[0] === 'ف'))));
    for (let n = reach; n >= 1 && !best; n--) {
      if (n === 1 && wordIsStop) continue;
      const last = toks[i + n - 1];
      const tail = n > 1 ? text.slice(tok.end, last.end) : '';
      let bestScore = Infinity;
      for (let j = 0; j < readings.length; j++) {
        if (n === 1 && stopR[j]) continue;
        const [pre, reading] = readings[j];
        const m = acceptArabic(text, tok.start + pre, last.end, reading + tail, n, pre, g, f, listCue && pre === 1);
        if (!m) continue;
        const sc = m.candidates[0].distance - (m.candidates[0].match === 'exact' ? 1 : 0);
        if (sc < bestScore) { bestScore = sc; best = m; bestN = n; }
      }
    }
    if (best) {
      out.push(best);
      i += bestN - 1;
      lastEnd = best.end;
    }
  }
  return out;
}

function acceptArabic(
  text: string, start: number, end: number, surface: string, n: number, pre: number, g: Gazetteer, f: Folded, listCue = false,
): PlaceMention | null {
  const key = arabicKey(surface);
  const letters = key.replace(/[\sء]/g, '').length;
  if (letters < 3) return null;
  // Phonetic matches: never for short words or words shaped like Arabic nouns (final ة), never with a
  // hamza inside the word (جاءوا، مسؤول: Arabic morphology, not a transliterated name), and only
  // with a long vowel after the first letter. Without them only exact names count, and the
  // (costly) search among near spellings is skipped: it could not add an accepted candidate.
  const phonetic = letters >= 4 && !/[ةه]$/.test(key) && !/[ءؤئ]|.[أإ]/.test(surface.replace(/[\u064B-\u065F\u0670]/g, '')) && /[اوي]/.test(key.slice(1));
  const cands = g.lookup(surface, n > 1 || !phonetic ? EXACT_ONLY : DEFAULT_LOOKUP);
  if (!cands.length) return null;
  const prevWord = matchKey(text.slice(Math.max(0, start - pre - 20), start - pre)).split(' ').pop() ?? '';
  if (f.notPlace.has(prevWord) || f.notPlace.has(prevWord.replace(/^و/, ''))) return null;
  const glued = pre > 0 && /[بل]$/.test(text.slice(start - pre, start));
  const cue = glued ? { kind: 'locative' as const, text: text.slice(start - pre, start) } : cueBefore(text, start - pre, 'ar', f);
  const strongCue = (cue && cue.kind !== 'locative') || listCue;
  const article = key.startsWith('ال');
  const good: Candidate[] = [];
  let reason = '';
  for (const c of cands) {
    const p = c.place;
    const prior = placePrior(p);
    if (c.match === 'exact') {
      if (prior >= SIGNIFICANT || p.source === 'supplement' || p.source === 'country' || cue) { good.push(c); reason ||= 'ar_exact_name'; }
      continue;
    }
    // …and never across an article the place's own names lack; only close spellings.
    if (!phonetic || (article && !hasArticleName(p))) continue;
    if (c.match === 'fine' && prior >= SIGNIFICANT) { good.push(c); reason ||= 'ar_translit_significant'; continue; }
    // A district or regional seat after "في"/"ب" (في نيونو): same phonetic key is enough.
    if (c.match === 'fine' && cue && n === 1 && prior >= 1.5) { good.push(c); reason ||= 'ar_translit_seat_after_locative'; continue; }
    if (c.match === 'fuzzy' && n === 1 && prior >= 3.5 && c.distance <= 0.5) { good.push(c); reason ||= 'ar_translit_near_major'; continue; }
    if (strongCue && n === 1 && c.distance <= 0.5 && 'PSL'.includes(p.featureClass)) { good.push(c); reason ||= 'ar_translit_after_cue'; }
  }
  if (!good.length) return null;
  return { start, end, text: text.slice(start, end), candidates: good, cue, reason };
}

const CAP = /^[\p{Lu}]/u;

function findLatin(text: string, lang: 'fr' | 'en', g: Gazetteer): PlaceMention[] {
  const f = fold(lang);
  const toks = tokenize(text, LATIN_RUN);
  const out: PlaceMention[] = [];
  const maxN = g.maxNameTokens + 1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!CAP.test(t.text)) continue;
    let best: PlaceMention | null = null;
    let bestN = 0;
    for (let n = Math.min(maxN, toks.length - i); n >= 1 && !best; n--) {
      const last = toks[i + n - 1];
      if (!CAP.test(last.text)) continue;
      let ok = true;
      for (let k = i; k < i + n - 1; k++) if (!joinable(text, toks[k], toks[k + 1], false)) { ok = false; break; }
      if (!ok) continue;
      const surface = text.slice(t.start, last.end);
      best = acceptLatin(text, t.start, last.end, surface, n, lang, g, f, toks, i);
      if (best) bestN = n;
    }
    if (best) {
      out.push(best);
      i += bestN - 1;
    }
  }
  return out;
}

function sentenceInitial(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return start === 0 || /(^|[.!?:;«"“\n]\s*)$/.test(before) || /^\s*$/.test(text.slice(0, start));
}

function acceptLatin(
  text: string, start: number, end: number, surface: string, n: number, lang: 'fr' | 'en', g: Gazetteer, f: Folded, toks: Token[], i: number,
): PlaceMention | null {
  const key = matchKey(surface);
  if (n === 1 && f.stop.has(key)) return null;
  if (key.length < 2) return null;
  const cands = g.lookup(surface, { fuzzy: false });
  if (!cands.length) return null;
  const prev = i > 0 ? toks[i - 1] : null;
  const prevKey = prev ? matchKey(prev.text) : '';
  if (prev && (f.notPlace.has(prevKey) || f.notPlace.has(matchKey(text.slice(prev.start, start).trim())))) return null;
  const next = toks[i + n];
  if (next && f.notPlaceAfter.has(matchKey(next.text)) && /^\s+$/.test(text.slice(end, next.start))) return null;
  // A capitalised word right after another capitalised non-place word is a person's surname
  // (Amadou Koufa), unless the place is significant.
  const bigPlace = (w: string) => g.lookup(w, { fuzzy: false }).some((c) => c.match === 'exact' && placePrior(c.place) >= SIGNIFICANT);
  const afterName = prev && CAP.test(prev.text) && /^\s+$/.test(text.slice(prev.end, start)) && !sentenceInitial(text, prev.start) &&
    !f.stop.has(prevKey) && !bigPlace(prev.text);
  // …and one right before another capitalised word is a first name (Amadou Koufa).
  const beforeName = next && CAP.test(next.text) && /^\s+$/.test(text.slice(end, next.start)) && !f.stop.has(matchKey(next.text)) && !bigPlace(next.text);
  const cue = cueBefore(text, start, lang, f);
  const good: Candidate[] = [];
  let reason = '';
  for (const c of cands) {
    const prior = placePrior(c.place);
    const special = c.place.source === 'supplement' || c.place.source === 'country';
    if (c.match === 'exact') {
      if ((afterName || beforeName) && prior < SIGNIFICANT && !special) continue;
      if (sentenceInitial(text, start) && n === 1 && prior < 1 && !cue && !special) continue;
      good.push(c);
      reason ||= 'latin_exact_name';
    } else if (c.distance <= 0.1 && prior >= SIGNIFICANT && !afterName) {
      good.push(c);
      reason ||= 'latin_spelling_variant';
    } else if (cue && c.distance <= 0.1 && !afterName && !beforeName && 'PSLAHT'.includes(c.place.featureClass)) {
      // "at Inates" (GeoNames: Inatess): a spelling variant right after a place cue.
      good.push(c);
      reason ||= 'latin_variant_after_cue';
    }
  }
  if (!good.length) return null;
  return { start, end, text: surface, candidates: good, cue, reason };
}

/** For tests and tools: the fine key a mention was matched on. */
export function mentionKey(m: PlaceMention): string {
  return fineKey(m.text);
}
