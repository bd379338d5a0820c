/**
 * @module knowledge/gazetteer/resolve
 * From a place mention to one gazetteer entry with ACLED's location fields and geo_precision.
 *
 * Candidates come from `lookup`; each is scored by spelling distance, size and rank (placePrior),
 * the kind the context announces (a region cue favours ADM1/ADM2), the document's country, a
 * containing place named around it ("Faladié in Bamako" → the Faladié of Bamako district), other
 * places of the sentence and proximity to places already resolved in the document.
 * Precision: 1 the place itself; 2 near it (resolveRelative) or an area feature; 3 a region or a
 * country, coded to its capital (ACLED's rule) with the region's own id kept.
 *
 * @example
 *   resolvePlace('فالادي', { lang: 'ar', sentence: 'في منطقة فالادي في باماكو' }) // → geonameid 2457816, precision 1
 *   resolveRelative('à 30 km au sud de Mopti', { lang: 'fr' })                  // → Mopti, precision 2, {distanceKm: 30, bearing: 180}
 */
import { arabicKey, foldDigits, matchKey } from '../../text/keys.ts';
import type { GeoPrecision, Lang } from '../../model/types.ts';
import { loadGazetteer, placePrior, type Candidate, type Gazetteer, type Place } from './load.ts';
import { CUES, arabicReadings, findPlaces, type PlaceMention } from './find.ts';
import type { PlaceCues } from './cues.ts';
import { fineKey } from './translit.ts';
import { distanceKm, EARTH_KM } from '../../model/geo.ts';

export interface PlaceContext {
  lang: Lang;
  /** the sentence around the mention */
  sentence?: string;
  /** offset of the mention in `sentence` (default: its first occurrence) */
  at?: number;
  /** ISO2 of the document's main country */
  docCountry?: string;
  /** places already resolved in the document */
  nearby?: Array<{ lat: number; lon: number }>;
  /** names of containing places mentioned with it ("Faladié in Bamako" → ['Bamako']) */
  containers?: string[];
  /** findPlaces(sentence) when the caller already has it (saves finding them again per mention) */
  sentencePlaces?: PlaceMention[];
  /** internal: resolving the anchor of "X near Y" (no further anchor lookup) */
  asAnchor?: boolean;
}

export interface ResolvedPlace {
  ok: true;
  id: string;
  geonameid: number | null;
  name: string;
  /** ACLED country name */
  country: string;
  iso2: string;
  /** ISO 3166-1 numeric */
  iso: number | null;
  admin1: string;
  admin2: string;
  lat: number;
  lon: number;
  featureCode: string;
  precision: GeoPrecision;
  /** reason ids joined by '+', e.g. 'exact+container+doc_country' */
  reason: string;
  /** when coded to a capital: the place whose coordinates are given */
  codedTo?: { id: string; name: string };
  score: number;
  alternatives: number;
}

export type PlaceFailure = { ok: false; reason: 'empty' | 'not_found' | 'no_anchor' | 'no_relation'; detail?: string };

export interface ResolvedRelative extends ResolvedPlace {
  relation: 'offset' | 'direction' | 'near';
  offset: { distanceKm?: number; bearing?: number; text: string };
  anchor: { start: number; end: number; text: string };
  /** the anchor moved by the offset, when both distance and bearing are given */
  projected?: { lat: number; lon: number };
}

const haversineKm = distanceKm;
export { haversineKm };

function project(p: { lat: number; lon: number }, km: number, bearing: number): { lat: number; lon: number } {
  const R = EARTH_KM;
  const r = Math.PI / 180;
  const d = km / R;
  const lat1 = p.lat * r;
  const lon1 = p.lon * r;
  const b = bearing * r;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lon2 = lon1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: Math.round((lat2 / r) * 1e4) / 1e4, lon: Math.round((lon2 / r) * 1e4) / 1e4 };
}

type Kind = 'region' | 'settlement' | null;

/** Curated area sites (a park, a named zone) are areas whatever their class: precision 2, like class L. */
const AREA_CODES = new Set(['PRK', 'RESN', 'RES', 'AREA', 'RGN', 'ZN']);

/** A language's cue words folded for matching, computed once per cue table. */
interface CueSets {
  /** arabicKey forms (Arabic mentions) */
  regionAr: Set<string>;
  settlementAr: Set<string>;
  /** matchKey forms */
  region: Set<string>;
  settlement: Set<string>;
  regionAfter: Set<string>;
  conj: Set<string>;
}
const cueSetCache = new WeakMap<PlaceCues, CueSets>();
function cueSets(c: PlaceCues): CueSets {
  let s = cueSetCache.get(c);
  if (!s) {
    s = {
      regionAr: new Set(c.region.map(arabicKey)), settlementAr: new Set(c.settlement.map(arabicKey)),
      region: new Set(c.region.map(matchKey)), settlement: new Set(c.settlement.map(matchKey)),
      regionAfter: new Set(c.regionAfter.map(matchKey)), conj: new Set(c.conjunctions.map(matchKey).filter(Boolean)),
    };
    cueSetCache.set(c, s);
  }
  return s;
}

/** Strip cue words the mention itself carries ("région de Kayes", "منطقة كوليكورو", "Mopti region"). */
function stripCues(text: string, lang: Lang): { core: string; kind: Kind } {
  const c = cueSets(CUES[lang]);
  let core = text.trim();
  let kind: Kind = null;
  const lower = (s: string) => matchKey(s);
  const words = core.split(/\s+/);
  if (lang === 'ar') {
    const first = arabicReadings(arabicKey(words[0])).map(([, r]) => r);
    if (words.length > 1 && first.some((w) => c.regionAr.has(w))) { kind = 'region'; core = words.slice(1).join(' '); }
    else if (words.length > 1 && first.some((w) => c.settlementAr.has(w))) { kind = 'settlement'; core = words.slice(1).join(' '); }
    return { core, kind };
  }
  const m = core.match(/^(?:(?:la|le|les|l['’]|the)\s*)?(\S+)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+(?:the\s+)?)(.+)$/i);
  if (m) {
    const w = lower(m[1]);
    if (c.region.has(w)) return { core: m[2], kind: 'region' };
    if (c.settlement.has(w)) return { core: m[2], kind: 'settlement' };
  }
  const m2 = core.match(/^(.+?)\s+(\S+)$/);
  if (m2 && c.regionAfter.has(lower(m2[2]))) return { core: m2[1], kind: 'region' };
  if (m2 && lang === 'en' && ['town', 'village', 'city'].includes(lower(m2[2]))) return { core: m2[1], kind: 'settlement' };
  return { core, kind };
}

/** What the sentence says just around the mention: a region cue before (also across "X and"), or after. */
function kindFromSentence(sentence: string, at: number, len: number, lang: Lang): Kind {
  const before = matchKey(sentence.slice(Math.max(0, at - 60), at)).split(' ').filter(Boolean);
  const { region, settlement, conj, regionAfter } = cueSets(CUES[lang]);
  const isRegion = (w: string) => (lang === 'ar' ? arabicReadings(w).some(([, r]) => region.has(r)) : region.has(w));
  const isSettlement = (w: string) => (lang === 'ar' ? arabicReadings(w).some(([, r]) => settlement.has(r)) : settlement.has(w));
  // Walk back over "de", "of", one earlier name and a conjunction: "régions de Kayes et [Sikasso]".
  for (let i = before.length - 1, steps = 0; i >= 0 && steps < 5; i--, steps++) {
    const w = before[i];
    if (isRegion(w)) return 'region';
    if (isSettlement(w)) return steps === 0 || ['de', 'du', 'of', 'd'].includes(before[i + 1] ?? '') ? 'settlement' : null;
    if (!['de', 'du', 'des', 'd', 'la', 'l', 'of', 'the'].includes(w) && !conj.has(w) && steps > 0 && !(lang === 'ar' && w.startsWith('و'))) {
      if (steps > 2) break;
    }
  }
  // "Mopti region", "the Kayes and Sikasso regions": a region word within a few words, same clause.
  const clause = sentence.slice(at + len, at + len + 40).split(/[.;:!?()«»"“”،؛]/)[0];
  const words = matchKey(clause).split(' ').filter(Boolean).slice(0, 4);
  for (let i = 0; i < words.length; i++) {
    if (regionAfter.has(words[i])) return 'region';
    if (i === 0 && !conj.has(words[i]) && !/^\s*[\p{Lu}]/u.test(clause.trim())) break;
  }
  return null;
}

function capitalOf(g: Gazetteer, p: Place): Place | null {
  if (p.featureCode !== 'ADM1' && p.featureCode !== 'ADM2') return null;
  const want = p.featureCode === 'ADM1' ? ['PPLC', 'PPLA'] : ['PPLC', 'PPLA', 'PPLA2'];
  const short = p.name.replace(/\s+(Region|Cercle|Department|Province|Prefecture|District)$/i, '').replace(/^(Cercle|Département|Préfecture|Province|Région|Region)\s+(de la |de l'|du |des |de |d')?/i, '');
  let best: Place | null = null;
  for (const c of g.lookup(short, { country: p.countryCode, fuzzy: false })) {
    const q = c.place;
    if (!want.includes(q.featureCode) || q.admin1Code !== p.admin1Code) continue;
    if (p.featureCode === 'ADM2' && q.featureCode === 'PPLA2' && q.admin2Code && q.admin2Code !== p.admin2Code) continue;
    if (!best || want.indexOf(q.featureCode) < want.indexOf(best.featureCode)) best = q;
  }
  if (best) return best;
  return null;
}

/** The ADM1 feature a place lies in (found through its admin1 name). */
function admin1Feature(g: Gazetteer, p: Place): Place | null {
  if (!p.admin1) return null;
  for (const c of g.lookup(p.admin1, { country: p.countryCode, fuzzy: false })) {
    if (c.place.featureCode === 'ADM1' && c.place.admin1Code === p.admin1Code) return c.place;
  }
  return null;
}

/** fineKey of a place's main name, memoised per place. */
const nameFine = new WeakMap<Place, string>();
function fineOfName(p: Place): string {
  let k = nameFine.get(p);
  if (k === undefined) nameFine.set(p, (k = fineKey(p.name)));
  return k;
}

function related(a: Place, b: Place): boolean {
  if (a.id === b.id || a.countryCode !== b.countryCode) return false;
  if (b.featureCode === 'ADM1' || b.featureCode === 'PPLC' || b.featureCode === 'PPLA') {
    if (a.admin1Code && a.admin1Code === b.admin1Code) return true;
  }
  if (b.featureCode === 'ADM2' || b.featureCode === 'PPLA2') {
    if (a.admin2Code && a.admin2Code === b.admin2Code) return true;
  }
  return haversineKm(a, b) < 25;
}

/** Resolve one place mention. */
export function resolvePlace(text: string, ctx: PlaceContext, g: Gazetteer = loadGazetteer()): ResolvedPlace | PlaceFailure {
  const raw = (text ?? '').trim();
  if (!raw) return { ok: false, reason: 'empty' };
  const lang = ctx.lang;
  // A name that is itself in the gazetteer ("camp de Kati", "مطار باماكو") keeps its cue words.
  const whole = g.lookup(raw, { fuzzy: false }).some((c) => c.match === 'exact');
  let { core, kind } = whole ? { core: raw, kind: null as Kind } : stripCues(raw, lang);
  const sentence = ctx.sentence ?? '';
  const at = ctx.at ?? (sentence ? sentence.indexOf(raw) : -1);
  if (!kind && sentence && at >= 0) kind = kindFromSentence(sentence, at, raw.length, lang);
  // Arabic proclitics on the mention itself (وباماكو, للنيجر): take the reading that finds something.
  let cands: Candidate[] = [];
  if (lang === 'ar' || /[\u0600-\u06FF]/.test(core)) {
    const first = core.split(/\s+/)[0];
    const rest = core.slice(first.length);
    let bestD = Infinity;
    for (const [, r] of arabicReadings(first)) {
      const c = g.lookup(r + rest);
      const d = c.length ? c[0].distance - (c[0].match === 'exact' ? 1 : 0) : Infinity;
      if (d < bestD) { bestD = d; cands = c; }
    }
  } else {
    cands = g.lookup(core);
    if (!cands.length) cands = g.lookup(core.replace(/^(?:l['’]|d['’]|the\s+)/i, ''));
  }
  if (!cands.length) return { ok: false, reason: 'not_found', detail: core };

  // Containers: given, or the other places of the sentence (weaker).
  const given = (ctx.containers ?? []).flatMap((n) => g.lookup(n, { fuzzy: lang === 'ar' }).slice(0, 6).map((c) => c.place));
  let others: Place[] = [];
  if (sentence && !ctx.containers) {
    const ms: PlaceMention[] = ctx.sentencePlaces ?? findPlaces(sentence, lang, g);
    others = ms.filter((m) => at < 0 || m.end <= at || m.start >= at + raw.length).flatMap((m) => m.candidates.slice(0, 4).map((c) => c.place));
  }
  const explicitContainer = !ctx.containers && sentence && at >= 0 ? containerAfter(sentence, at + raw.length, lang, g) : [];

  const latin = !/[\u0600-\u06FF]/.test(core);
  const coreFine = fineKey(core);
  let best: { c: Candidate; score: number; reasons: string[] } | null = null;
  for (const c of cands) {
    const p = c.place;
    const reasons: string[] = [c.match];
    let s = -4 * c.distance + placePrior(p);
    if (fineOfName(p) === coreFine) s += 0.5; // its main name, not an alternate
    // In Latin script the press mostly spells a place as GeoNames does: a name written exactly so
    // outweighs a same-sounding name elsewhere (Tillia in Niger, not Tilèya in Mali), even in the document's country.
    if (latin && c.match === 'exact') s += 3;
    // In Arabic an exact name is an Arabic name the place carries (GeoNames or curated): notable places only.
    else if (!latin && c.match === 'exact') s += 2;
    const admin = p.featureClass === 'A' && p.featureCode !== 'PCLI';
    if (kind === 'region') {
      if (p.featureCode === 'ADM1') { s += 6; reasons.push('region_cue'); }
      else if (p.featureCode === 'ADM2') { s += 3; reasons.push('region_cue'); }
      else s -= 2;
    } else if (admin) s -= 5;
    if (kind === 'settlement' && 'PS'.includes(p.featureClass)) s += 1;
    if (ctx.docCountry && p.countryCode === ctx.docCountry) { s += 2.5; reasons.push('doc_country'); }
    if (given.some((q) => related(p, q))) { s += 6; reasons.push('container'); }
    else if (explicitContainer.some((q) => related(p, q))) { s += 6; reasons.push('container'); }
    else if (others.length) {
      const d = Math.min(...others.filter((q) => q.id !== p.id && q.featureCode !== 'PCLI').map((q) => (related(p, q) ? 0 : haversineKm(p, q))), Infinity);
      if (d < 150) { s += 2.5 * (1 - d / 150); reasons.push('sentence_place'); }
    }
    if (ctx.nearby?.length) {
      const d = Math.min(...ctx.nearby.map((q) => haversineKm(p, q)));
      if (d < 300) { s += 2 * (1 - d / 300); reasons.push('nearby'); }
    }
    if (!best || s > best.score) best = { c, score: s, reasons };
  }
  // "Wabila near Kokorou", "Deykoukou, près de Banibangou": when no reading of the name lies near the
  // place it is said to be near, the gazetteer lacks this village and its namesakes are elsewhere;
  // the anchor is coded instead, at precision 2 (near it), as ACLED does for unlisted villages.
  const top = best!.c.place;
  if (sentence && at >= 0 && !ctx.containers && !ctx.asAnchor && !best!.reasons.includes('container') && top.source !== 'supplement' && !/^(?:PPLC|PPLA|PPLA2|ADM|PCL)/.test(top.featureCode)) {
    const anchor = anchorAfter(sentence, at + raw.length, lang);
    if (anchor) {
      const ra = resolvePlace(anchor.text, { ...ctx, sentence, at: anchor.at, asAnchor: true }, g);
      if (ra.ok && ra.precision < 3 && !cands.some((c) => haversineKm(c.place, ra) < 100)) {
        return { ...ra, precision: 2, reason: `${ra.reason}+unlisted_near_anchor`, alternatives: cands.length };
      }
    }
  }
  let p = best!.c.place;
  if (kind === 'region' && (p.featureCode === 'PPLA' || p.featureCode === 'PPLC')) {
    const a1 = admin1Feature(g, p);
    if (a1) { p = a1; best!.reasons.push('region_of_town'); }
  }
  let precision: GeoPrecision = 1;
  let coords = { lat: p.lat, lon: p.lon };
  let codedTo: ResolvedPlace['codedTo'];
  if (p.featureCode === 'PCLI') {
    precision = 3;
    codedTo = { id: p.id, name: (p.coords ?? '').replace(/^.*capital, /, '') };
    best!.reasons.push('country');
  } else if (p.featureClass === 'A') {
    precision = 3;
    const cap = capitalOf(g, p);
    if (cap) { coords = { lat: cap.lat, lon: cap.lon }; codedTo = { id: cap.id, name: cap.name }; }
  } else if ('HTLV'.includes(p.featureClass) || AREA_CODES.has(p.featureCode)) precision = 2;
  const country = g.countryByIso2(p.countryCode);
  const adminName = (x: string) => x;
  return {
    ok: true, id: p.id, geonameid: p.geonameid, name: p.featureCode === 'ADM1' ? p.admin1 || p.name : p.name,
    country: country?.name ?? p.countryCode, iso2: p.countryCode, iso: country?.iso ?? null,
    admin1: adminName(p.featureCode === 'PCLI' ? '' : p.admin1), admin2: p.admin2,
    lat: coords.lat, lon: coords.lon, featureCode: p.featureCode, precision,
    reason: best!.reasons.join('+'), codedTo, score: Math.round(best!.score * 100) / 100, alternatives: cands.length - 1,
  };
}

/** "X in Y", "X à Y", "X في Y", "X (Y)", "X, Y": places named right after the mention. */
function containerAfter(sentence: string, end: number, lang: Lang, g: Gazetteer): Place[] {
  const tail = sentence.slice(end, end + 60);
  const m =
    lang === 'ar'
      ? tail.match(/^\s*(?:،\s*)?(?:في|ب|داخل|بمدينة|في مدينة|بالعاصمة|في العاصمة)\s*([\u0621-\u064A]+(?:\s[\u0621-\u064A]+)?)/)
      : tail.match(/^\s*(?:,\s*|\(\s*|\s)(?:(?:in|à|a|dans|de|near|outside)\s+(?:the\s+|la\s+|le\s+)?(?:(?:capital|capitale|city|ville|town)\s+(?:of\s+|de\s+)?)?)?([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?)/u);
  if (!m) return [];
  return findPlaces(m[1], lang, g).flatMap((x) => x.candidates.slice(0, 4).map((c) => c.place));
}

/** The place a mention is said to be near, right after it: "X near Y", "X, près de Y", "X قرب Y". */
function anchorAfter(sentence: string, end: number, lang: Lang): { text: string; at: number } | null {
  const tail = sentence.slice(end, end + 80);
  const m =
    lang === 'ar'
      ? tail.match(/^\s*،?\s*(?:قرب|بالقرب من|على مقربة من|بمحاذاة|في ضواحي|قريبا من|قريبة من)\s+((?:مدينة|بلدة|قرية)\s+)?([\u0621-\u064A]+(?:\s[\u0621-\u064A]+)?)/)
      : tail.match(/^\s*,?\s*(?:near|close to|outside|not far from|près de|pres de|non loin de|à proximité de|aux abords de|dans les environs de)\s+((?:the\s+)?(?:town|village|city|ville|localité|commune)\s+(?:of\s+|de\s+|d['’])?)?([\p{Lu}][\p{L}'’-]+(?:[\s-][\p{Lu}][\p{L}'’-]+)?)/u);
  if (!m) return null;
  const text = m[2];
  return { text, at: end + tail.indexOf(text, m[0].length - m[2].length - 1) };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Resolve a relative location: "40 miles from Niamey", "على بعد 40 ميلاً من نيامي", "near Kati",
 * "à 30 km au sud de Mopti", "south of Mopti". The anchor gets precision 2 and the offset is kept.
 */
export function resolveRelative(text: string, ctx: PlaceContext, g: Gazetteer = loadGazetteer()): ResolvedRelative | PlaceFailure {
  const t = foldDigits(text ?? '');
  if (!t.trim()) return { ok: false, reason: 'empty' };
  const lang = ctx.lang;
  const c = CUES[lang];
  const mentions = findPlaces(t, lang, g);
  if (!mentions.length) return { ok: false, reason: 'no_anchor' };
  // The anchor: the first mention preceded by a relation word, else the last one.
  const folded = (s: string) => (lang === 'ar' ? arabicKey(s) : s.toLowerCase());
  const nearWords = [...c.near].sort((a, b) => b.length - a.length).map(folded);
  const dirWords = Object.keys(c.directions).sort((a, b) => b.length - a.length);
  const unitWords = Object.keys(c.units).sort((a, b) => b.length - a.length);
  let anchor = mentions[mentions.length - 1];
  for (const m of mentions) {
    const before = folded(t.slice(Math.max(0, m.start - 60), m.start));
    if (nearWords.some((w) => before.includes(w)) || dirWords.some((w) => before.includes(folded(w))) || /\d/.test(before)) { anchor = m; break; }
  }
  const before = folded(t.slice(Math.max(0, anchor.start - 80), anchor.start));
  const unitRe = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*(${unitWords.map((u) => escapeRe(folded(u))).join('|')})(?![\\p{L}])`, 'u');
  const num = before.match(unitRe);
  let distanceKm: number | undefined;
  if (num) distanceKm = Math.round(Number(num[1].replace(',', '.')) * c.units[Object.keys(c.units).find((u) => folded(u) === num[2])!] * 10) / 10;
  let bearing: number | undefined;
  for (const w of dirWords) {
    const re = lang === 'ar' ? new RegExp(`(^|[\\s\\u0600-\\u06FF])(?:ال)?${escapeRe(folded(w))}(?![\\u0621-\\u064A])`) : new RegExp(`(^|[^\\p{L}])${escapeRe(w)}(?![\\p{L}-])`, 'u');
    const tail = before.slice(Math.max(0, before.length - 40));
    if (re.test(tail)) { bearing = c.directions[w]; break; }
  }
  const near = nearWords.some((w) => before.includes(w));
  if (distanceKm === undefined && bearing === undefined && !near) return { ok: false, reason: 'no_relation' };
  const r = resolvePlace(anchor.text, { ...ctx, sentence: t, at: anchor.start }, g);
  if (!r.ok) return r;
  const relation: ResolvedRelative['relation'] = distanceKm !== undefined ? 'offset' : bearing !== undefined ? 'direction' : 'near';
  const offsetText = t.slice(Math.max(0, anchor.start - 60), anchor.start).trim();
  return {
    ...r,
    precision: r.precision === 3 ? 3 : 2,
    reason: `${r.reason}+relative_${relation}`,
    relation,
    offset: { ...(distanceKm !== undefined ? { distanceKm } : {}), ...(bearing !== undefined ? { bearing } : {}), text: offsetText },
    anchor: { start: anchor.start, end: anchor.end, text: anchor.text },
    ...(distanceKm !== undefined && bearing !== undefined ? { projected: project(r, distanceKm, bearing) } : {}),
  };
}
