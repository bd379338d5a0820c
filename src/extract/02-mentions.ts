/**
 * @module extract/02-mentions
 * Everything the later steps reason over, found once per document: actors (registry), places
 * (gazetteer, with "the capital" and facilities), dates, numbers, triggers, claim words, cues,
 * parties, targets, anaphors, and sentence flags (negation, background, regularity, assessment).
 * Offsets: `start/end` clean text; `nstart/nend` normalised text.
 */
import type { TriggerRule, ClaimKindRule, CueRule, PartyRule, TargetRule, AnaphorRule, AssessmentRule } from '../lang/types.ts';
import type { ActorHit, ActorKB, Place, PlaceKB } from './knowledge.ts';
import { cleanSpan, type DocView } from './01-document.ts';
import { findDates, type DateMention } from './dates.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import type { LexHit } from './lexicon.ts';
import { countryAdj } from './demonyms.ts';

export interface Hit<R> {
  rule: R;
  start: number;
  end: number;
  nstart: number;
  nend: number;
  text: string;
  sentence: number;
}
export interface PlaceMention {
  start: number;
  end: number;
  nstart: number;
  nend: number;
  text: string;
  sentence: number;
  place: Place;
  /** A near/outside/“40 miles from” relation before the name. */
  near: boolean;
  offsetKm?: number;
  /** Came from "the capital" rather than a name. */
  viaCapital?: boolean;
}
export interface Located<T> {
  start: number;
  end: number;
  nstart: number;
  nend: number;
  text: string;
  sentence: number;
  value: T;
}

export interface Mentions {
  actors: Array<ActorHit & { nstart: number; nend: number; sentence: number }>;
  places: PlaceMention[];
  unresolvedPlaces: Array<{ start: number; end: number; text: string; reason: string }>;
  dates: Array<Located<DateMention>>;
  numbers: Array<Located<NumberMention>>;
  triggers: Array<Hit<TriggerRule> & { negated: boolean; reported: boolean }>;
  claimWords: Array<Hit<ClaimKindRule> & { negated: boolean }>;
  cues: Array<Hit<CueRule>>;
  parties: Array<Hit<PartyRule>>;
  targets: Array<Hit<TargetRule>>;
  anaphors: Array<Hit<AnaphorRule>>;
  assessmentCues: Array<Hit<AssessmentRule>>;
  flags: Array<{ background: boolean; regular: boolean; irrealis: boolean }>;
  /** ISO2 country of the document: the most mentioned country among resolved places. */
  docCountry: string | null;
}

function sentenceOf(v: DocView, nstart: number): number {
  let lo = 0;
  let hi = v.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (v.sentences[mid].nstart <= nstart) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function located<R>(v: DocView, hits: LexHit<R>[]): Array<Hit<R>> {
  return hits.map((h) => {
    const c = cleanSpan(v, h.start, h.end);
    return { rule: h.rule, start: c.start, end: c.end, nstart: h.start, nend: h.end, text: c.text, sentence: sentenceOf(v, h.start) };
  });
}

/** Is there a negation word right before normalised offset `at` (within two words, same clause)? */
function negatedAt(v: DocView, at: number): boolean {
  const from = Math.max(0, at - 24);
  const window = v.norm.text.slice(from, at).split(/[,.،؛;:!?؟]/).pop() ?? '';
  const words = window.split(/\s+/).filter(Boolean);
  const lastTwo = words.slice(-3).join(' ');
  const hits = v.tables.negations.scan(lastTwo);
  return hits.length > 0;
}

export function findMentions(v: DocView, published: string | null, actorsKb: ActorKB, placesKb: PlaceKB): Mentions {
  const t = v.norm.text;
  const T = v.tables;
  const actors = actorsKb.find(v.text, v.lang, published ?? undefined).map((a) => {
    const nstart = v.cleanToNorm[a.start];
    return { ...a, nstart, nend: v.cleanToNorm[a.end], sentence: sentenceOf(v, nstart) };
  });
  const dates = findDates(t, T.pack, T.fold, published).map((d) => {
    const c = cleanSpan(v, d.start, d.end);
    return { ...c, nstart: d.start, nend: d.end, sentence: sentenceOf(v, d.start), value: d };
  });
  // Datelines ("NIAMEY, Dec 11 -", "باماكو – الأربعاء 2 يوليو 2025") date the report, not the event.
  const datelines: Array<[number, number]> = [];
  for (let i = dates.length - 1; i >= 0; i--) {
    const d = dates[i];
    const lineStart = v.text.lastIndexOf('\n', d.start - 1) + 1;
    const lineEndRaw = v.text.indexOf('\n', d.end);
    const lineEnd = lineEndRaw < 0 ? v.text.length : lineEndRaw;
    const prefix = v.text.slice(lineStart, d.start);
    const suffix = v.text.slice(d.end, lineEnd);
    const shortLine = lineEnd - lineStart <= 70 && !/[.!?؟]\s*$/.test(v.text.slice(lineStart, lineEnd));
    const dashAfter = /^\s*\)?\s*(?:\([^)]{0,20}\)\s*)?[-–—]/.test(suffix) && prefix.length <= 48 && (/[,،]\s*$/.test(prefix) || /[-–—]\s*$/.test(prefix) || prefix.trim() === '');
    if (dashAfter || (shortLine && prefix.length <= 40)) {
      datelines.push([lineStart, d.end]);
      dates.splice(i, 1);
    }
  }
  const inDateline = (start: number) => datelines.some(([a, b]) => start >= a && start < b);
  const dateSpans = dates.map((d) => [d.nstart, d.nend]);
  const numbers = findNumbers(t, T.pack, T.fold)
    .filter((n) => !dateSpans.some(([a, b]) => n.start < b && a < n.end))
    .map((n) => {
      const c = cleanSpan(v, n.start, n.end);
      return { ...c, nstart: n.start, nend: n.end, sentence: sentenceOf(v, n.start), value: n };
    });
  const triggers = located(v, T.triggers.scan(t))
    .filter((h) => {
      const s = v.sentences[h.sentence];
      const req = T.requires.get(h.rule.id);
      if (req && !req.has(t, s.nstart, s.nend)) return false;
      const blk = T.blocked.get(h.rule.id);
      if (blk && blk.has(t, s.nstart, s.nend)) return false;
      return true;
    })
    .map((h) => ({ ...h, negated: negatedAt(v, h.nstart), reported: false }));
  const claimWords = located(v, T.claimKinds.scan(t)).map((h) => ({ ...h, negated: negatedAt(v, h.nstart) }));
  const cues = located(v, T.cues.scan(t));
  const parties = located(v, T.parties.scan(t));
  const targets = located(v, T.targets.scan(t));
  const anaphors = located(v, T.anaphors.scan(t));
  const assessmentCues = located(v, T.assessments.scan(t));
  // A trigger inside reported speech ("JNIM claimed it had taken three barracks") is a claim.
  for (const h of triggers) h.reported = cues.some((c) => c.sentence === h.sentence && c.nend <= h.nstart);
  const flags = v.sentences.map((s) => ({
    background: T.background.has(t, s.nstart, s.nend),
    regular: T.regularity.has(t, s.nstart, s.nend),
    irrealis: T.irrealis.has(t, s.nstart, s.nend),
  }));

  // Places, sentence by sentence, each resolved in the context of what came before.
  const places: PlaceMention[] = [];
  const unresolvedPlaces: Mentions['unresolvedPlaces'] = [];
  const countryVotes = new Map<string, number>();
  // Start from the country the text names most, so a first ambiguous name (Boni, Kati) gets a prior.
  let docCountry: string | null = placesKb.countryHint(v.text);
  const nearby: Array<{ lat: number; lon: number }> = [];
  for (const s of v.sentences) {
    const sentText = v.text.slice(s.start, s.end);
    for (const h of placesKb.find(sentText, { lang: v.lang, docCountry: docCountry ?? undefined, nearby })) {
      const start = s.start + h.start;
      const end = s.start + h.end;
      if (!h.place) {
        unresolvedPlaces.push({ start, end, text: h.text, reason: h.reason });
        continue;
      }
      if (inDateline(start)) continue;
      // Names that are also actor names (a group named after a region) stay actors.
      if (actors.some((a) => a.start <= start && end <= a.end && a.end - a.start > end - start)) continue;
      const nstart = v.cleanToNorm[start];
      const before = t.slice(Math.max(s.nstart, nstart - 48), nstart);
      const nearHit = T.near.scan(before).pop();
      const near = !!nearHit && before.length - nearHit.end < 32;
      let offsetKm: number | undefined;
      if (near) {
        const num = findNumbers(before, T.pack, T.fold).find((n) => n.unit === 'km');
        if (num) offsetKm = num.km;
      }
      const place: Place = near ? { ...h.place, precision: Math.max(2, h.place.precision) as 2 | 3 } : h.place;
      places.push({ start, end, nstart, nend: v.cleanToNorm[end], text: h.text, sentence: s.index, place, near, offsetKm });
      countryVotes.set(place.iso2, (countryVotes.get(place.iso2) ?? 0) + (place.isCountry ? 1 : 2));
      if (!place.isCountry) nearby.push({ lat: place.lat, lon: place.lon });
      docCountry = [...countryVotes.entries()].sort((a, b) => b[1] - a[1])[0][0];
    }
    // "The capital" (العاصمة): the capital of the country named next to it, else of the document's country.
    for (const cap of T.capital.scan(t, s.nstart, s.nend)) {
      const cs = cleanSpan(v, cap.start, cap.end);
      if (places.some((p) => p.sentence === s.index && p.nstart >= cap.end && p.nstart - cap.end <= 16 && !p.place.isCountry)) continue; // "العاصمة باماكو" names it
      const after = places.find((p) => p.sentence === s.index && p.place.isCountry && p.nstart >= cap.end && p.nstart - cap.end <= 24);
      const iso2 = after?.place.iso2 ?? countryAdj(t.slice(cap.end, cap.end + 16)) ?? docCountry;
      const capital = iso2 ? placesKb.capitalOf(iso2) : null;
      if (!capital) continue;
      const before = t.slice(Math.max(s.nstart, cap.start - 32), cap.start);
      const nearHit = T.near.scan(before).pop();
      const near = !!nearHit && before.length - nearHit.end < 16;
      places.push({ ...cs, nstart: cap.start, nend: cap.end, sentence: s.index, place: near ? { ...capital, precision: 2 } : capital, near, viaCapital: true });
    }
  }
  places.sort((a, b) => a.start - b.start);
  return { actors, places, unresolvedPlaces, dates, numbers, triggers, claimWords, cues, parties, targets, anaphors, assessmentCues, flags, docCountry };
}


