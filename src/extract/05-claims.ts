/**
 * @module extract/05-claims
 * Who asserts what: each claim word (killed, destroyed, abducted, responsibility…) with the number
 * that goes with it and the party the sentence attributes it to (an attribution cue and the actor
 * or party next to it), or "the report" when the text says it in its own voice.
 */
import type { Claim, Evidence } from '../model/types.ts';
import type { DocView } from './01-document.ts';
import type { Mentions } from './02-mentions.ts';
import type { SentenceActors } from './04-actors.ts';
import type { ActorKB } from './knowledge.ts';
import type { PlaceKB } from './knowledge.ts';
import { countryAdj } from './demonyms.ts';

export interface SentenceClaim {
  claim: Claim;
  sentence: number;
  nstart: number;
}

const SUBJECT_WORDS = /^[\s"“”«»]*([\p{L}]+(?:\s+[\p{L}]+)?)/u;

export function findClaims(v: DocView, m: Mentions, actors: SentenceActors[], kb: ActorKB, places: PlaceKB, dateOf: (s: number) => string | undefined): SentenceClaim[] {
  const out: SentenceClaim[] = [];
  const t = v.norm.text;
  let lastClaimant: string | null = null;
  for (const s of v.sentences) {
    const words = m.claimWords.filter((w) => w.sentence === s.index && !w.negated);
    if (!words.length) continue;
    const cues = m.cues.filter((c) => c.sentence === s.index);
    const uses = actors[s.index].uses;
    const parties = m.parties.filter((p) => p.sentence === s.index);
    const used = new Set<number>();
    const date = dateOf(s.index);
    const country = m.docCountry;
    const partyName = (p: (typeof parties)[number]) => {
      const iso2 = countryAdj(t.slice(p.nend, p.nend + 20)) ?? country;
      if (p.rule.role === 'military' && iso2) {
        const r = kb.forRole(iso2, 'military', date);
        if (r) return r.canonical;
      }
      const cname = iso2 ? places.country(iso2)?.country ?? iso2 : '';
      return p.rule.party.replace('{country}', cname).trim();
    };
    // Speakers: actors and parties of the sentence, with their positions.
    const speakers = [
      ...uses.filter((u) => u.via !== 'target').map((u) => ({ nstart: u.nstart, name: u.ref.canonical, start: u.start, end: u.end, text: u.text })),
      ...parties.filter((p) => !uses.some((u) => u.start <= p.start && p.end <= u.end)).map((p) => ({ nstart: p.nstart, name: partyName(p), start: p.start, end: p.end, text: p.text })),
    ].sort((a, b) => a.nstart - b.nstart);
    const claimantFor = (at: number): { name: string; cue: (typeof cues)[number] | null; ev: { start: number; end: number; text: string } | null; stance: 'asserts' | 'denies' } => {
      // The cue governing this claim word: the closest one before it, else the first after it.
      const before = cues.filter((c) => c.nend <= at).pop();
      const after = cues.find((c) => c.nstart >= at);
      const cue = before ?? after ?? null;
      if (!cue) return { name: 'the report', cue: null, ev: null, stance: 'asserts' };
      const stance = cue.rule.kind === 'deny' ? 'denies' : 'asserts';
      const afterCue = speakers.find((sp) => sp.nstart >= cue.nend && sp.nstart - cue.nend <= 40);
      const beforeCue = [...speakers].reverse().find((sp) => sp.nstart < cue.nstart);
      // "Either side" cues: Arabic puts the speaker after the verb (قالت الجماعة), French and
      // English before it (the group said), unless inverted ("…, said the army").
      const beforeNear = beforeCue && !/[.!?؟]/.test(t.slice(beforeCue.nstart, cue.nstart)) ? beforeCue : undefined;
      let sp = cue.rule.claimant === 'after' ? afterCue : cue.rule.claimant === 'before' ? beforeCue : v.lang === 'ar' ? (afterCue ?? beforeCue) : (beforeNear ?? afterCue ?? beforeCue);
      if (!sp && cue.rule.claimant !== 'after') sp = beforeCue;
      if (sp) return { name: sp.name, cue, ev: sp, stance };
      return { name: lastClaimant ?? 'the report', cue, ev: null, stance };
    };
    const seen = new Set<string>();
    for (const w of words) {
      const kind = w.rule.kind;
      // The number that goes with the claim word: closest in the same clause, not a distance or a percentage.
      const nums = m.numbers
        .filter((n) => n.sentence === s.index && !n.value.unit && !used.has(n.nstart))
        .map((n) => ({ n, d: n.nstart >= w.nend ? n.nstart - w.nend : w.nstart - n.nend }))
        .filter((x) => x.d >= 0 && x.d <= 40 && !/[.؛;]/u.test(t.slice(Math.min(x.n.nend, w.nend), Math.max(x.n.nstart, w.nstart))))
        .sort((a, b) => a.d - b.d);
      const num = kind === 'responsibility' ? undefined : nums[0]?.n;
      const who = claimantFor(w.nstart);
      const key = `${who.name}|${kind}`;
      if (seen.has(key) && !num) continue;
      if (num) used.add(num.nstart);
      const subjectText = num ? (SUBJECT_WORDS.exec(v.text.slice(num.end, num.end + 40))?.[1] ?? '') : '';
      const evidence: Evidence[] = [{ field: `claim.${kind}`, start: w.start, end: w.end, text: w.text }];
      if (num) evidence.push({ field: 'claim.value', start: num.start, end: num.end, text: num.text });
      if (who.cue) evidence.push({ field: 'claim.cue', start: who.cue.start, end: who.cue.end, text: who.cue.text });
      if (who.ev) evidence.push({ field: 'claim.claimant', start: who.ev.start, end: who.ev.end, text: who.ev.text });
      const claim: Claim = {
        claimant: who.name,
        kind,
        value: { min: num ? num.value.min : null, max: num ? num.value.max : null, text: num ? num.text : '' },
        subject: subjectText,
        stance: who.stance,
        evidence,
      };
      // One claim per claimant and kind in a sentence: keep the one with a number.
      const prev = out.findIndex((c) => c.sentence === s.index && c.claim.claimant === claim.claimant && c.claim.kind === kind);
      if (prev >= 0) {
        if (out[prev].claim.value.min === null && claim.value.min !== null) out[prev] = { claim, sentence: s.index, nstart: w.nstart };
      } else out.push({ claim, sentence: s.index, nstart: w.nstart });
      seen.add(key);
      if (who.name !== 'the report') lastClaimant = who.name;
    }
  }
  // A report that opens by relaying a statement ("L'état-major informe…", "in a statement, the
  // government said…", "أعلنت القوات المسلحة في بيان") speaks in that party's voice afterwards:
  // its unattributed figures are the statement's.
  const opening = out.find((c) => c.sentence <= 3 && c.claim.claimant !== 'the report' && c.claim.evidence.some((e) => e.field === 'claim.cue' && /communiqu|statement|بيان|informe|annonc|أعلن/iu.test(e.text)));
  if (opening) {
    for (const c of out) {
      if (c.claim.claimant === 'the report' && c.claim.kind !== 'responsibility') c.claim.claimant = opening.claim.claimant;
    }
  }
  return out;
}

