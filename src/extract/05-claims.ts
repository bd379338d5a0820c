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
import type { Located } from './02-mentions.ts';
import type { NumberMention } from './numbers.ts';
import { cleanSpan } from './01-document.ts';
import { Lexicon } from './lexicon.ts';
import type { FatalityCueRule } from '../lang/types.ts';

export interface SentenceClaim {
  claim: Claim;
  sentence: number;
  nstart: number;
}

/** Sentences that can open a statement (headings included). */
const OPENING = 4;
const STATEMENT = /communiqu|statement|press release|بيان|informe|annonc|أعلن/iu;
const BY = /(^|\s)(par|by|من قبل|من طرف)(\s|$)/u;
const SUBJECT_WORDS = /^[\s"“”«»]*([\p{L}]+(?:\s+[\p{L}]+)?)/u;

export function findClaims(v: DocView, m: Mentions, actors: SentenceActors[], kb: ActorKB, places: PlaceKB, dateOf: (s: number) => string | undefined): SentenceClaim[] {
  const out: SentenceClaim[] = [];
  const t = v.norm.text;
  let lastClaimant: string | null = null;
  // The voice of a report that is, or opens by relaying, a statement (see the end).
  let voice: string | null = null;
  let header: string | null = null;
  for (const s of v.sentences) {
    const words = m.claimWords.filter((w) => w.sentence === s.index && !w.negated);
    if (!words.length && s.index > OPENING) continue;
    const cues = m.cues.filter((c) => c.sentence === s.index);
    const uses = actors[s.index].uses;
    const parties = m.parties.filter((p) => p.sentence === s.index);
    const date = dateOf(s.index);
    const country = m.docCountry;
    const partyName = (p: (typeof parties)[number]) => {
      const iso2 = countryAdj(t.slice(p.nend, p.nend + 20)) ?? country;
      if (p.rule.role === 'military' && iso2) {
        const r = kb.forRole(iso2, 'military', date);
        if (r) return r.canonical;
      }
      const cname = iso2 ? places.country(iso2)?.country ?? iso2 : '';
      const party = p.rule.party.replace('{country}', cname).trim();
      return p.rule.title ? `${party} (${p.rule.title})` : party;
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
    if (s.index <= OPENING && !voice) {
      // "COMMUNIQUÉ" / "PRESS RELEASE" / "بيان" as a heading: the party named in the heading lines speaks.
      const line = t.slice(s.nstart, s.nend).trim();
      if (STATEMENT.test(line) && line.length <= 40 && header) voice = header;
      const cue = cues.find((c) => STATEMENT.test(c.text) || STATEMENT.test(t.slice(c.nstart, Math.min(s.nend, c.nend + 30))));
      if (!voice && cue) {
        const who = claimantFor(cue.nend);
        if (who.ev) voice = who.name;
      }
      if (!header && speakers.length && !cues.length && s.nend - s.nstart <= 80) header = speakers[0].name;
    }
    if (!words.length) continue;
    const seen = new Set<string>();
    const owned = assignCounts(v, m, s.index, words);
    for (const w of words) {
      const kind = w.rule.kind;
      const group = owned.get(w) ?? null;
      const num = group ? { start: group[0].start, end: group[group.length - 1].end, text: v.text.slice(group[0].start, group[group.length - 1].end), value: sumOf(group) } : undefined;
      let who = claimantFor(w.nstart);
      // "L'attaque a été revendiquée par le GSIM", "claimed by the Islamic State group".
      if (kind === 'responsibility' && !who.ev) {
        const near = speakers.filter((sp) => sp.nstart >= w.nend && sp.nstart - w.nend <= 30 && BY.test(t.slice(w.nend, sp.nstart)));
        const by = near.find((sp) => !/^Unidentified/.test(sp.name)) ?? near[0];
        if (by) who = { name: by.name, cue: null, ev: by, stance: 'asserts' };
      }
      // Responsibility is claimed by an armed group, whoever relays it ("the attack was claimed by
      // JNIM, local sources said"): the nearest armed group of the sentence is the claimant.
      if (kind === 'responsibility' && (/^Unidentified/.test(who.name) || !uses.some((u) => u.ref.canonical === who.name && (u.camp === 'insurgent' || u.camp === 'militia')))) {
        const armed = uses
          .filter((u) => u.via !== 'target' && (u.camp === 'insurgent' || u.camp === 'militia') && !/^Unidentified/.test(u.ref.canonical))
          .map((u) => ({ u, d: Math.abs(u.nstart - w.nstart) }))
          .filter((x) => x.d <= 80)
          .sort((a, b) => a.d - b.d)[0]?.u;
        if (armed) who = { name: armed.ref.canonical, cue: who.cue, ev: { start: armed.start, end: armed.end, text: armed.text }, stance: who.stance };
      }
      const key = `${who.name}|${kind}`;
      if (seen.has(key) && !num) continue;
      const subjectText = num ? (SUBJECT_WORDS.exec(v.text.slice(num.end, num.end + 40))?.[1] ?? '') : '';
      const evidence: Evidence[] = [{ field: `claim.${kind}`, start: w.start, end: w.end, text: w.text }];
      if (num) evidence.push({ field: 'claim.value', start: num.start, end: num.end, text: num.text });
      if (num && kind === 'fatalities') evidence.push(...tollMarks(v, s.index, w, group!));
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
      // One claim per claimant and kind in a sentence, keeping the one with a number; the
      // attackers' dead are counted apart ("25 soldiers killed … 63 assailants neutralised").
      const side = (c: Claim) => c.evidence.some((e) => e.field === 'claim.attackers');
      const prev = out.findIndex((c) => c.sentence === s.index && c.claim.claimant === claim.claimant && c.claim.kind === kind && (c.claim.value.min === null || claim.value.min === null || side(c.claim) === side(claim)));
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
  // A heading ("COMMUNIQUÉ" under the issuing ministry) makes the whole text that party's.
  if (voice) {
    for (const c of out) {
      if (c.claim.claimant === 'the report' && c.claim.kind !== 'responsibility') c.claim.claimant = voice;
    }
  }
  return out;
}


type Num = Located<NumberMention>;
type Word = Mentions['claimWords'][number];

const CONJ: Record<string, RegExp> = { ar: /(^|\s)و/u, fr: /(^|[\s,])(et|ou)(\s|$)|,/u, en: /(^|[\s,])(and|or)(\s|$)|,/u };
const COORD: Record<string, RegExp> = { ar: /(^|\s)و\s*$/u, fr: /\s(et)\s+$/u, en: /\s(and)\s+$/u };
/** Words saying a count is part of another ("including 21 children"): never coordinated with it. */
const PART = /including|among|of whom|dont|parmi|y compris|بينهم|منهم|بينهن/u;

const sumOf = (g: Num[]): { min: number; max: number | null; text: string } => ({
  min: g.reduce((a, n) => a + n.value.min, 0),
  max: g.some((n) => n.value.max === null) ? null : g.reduce((a, n) => a + (n.value.max ?? n.value.min), 0),
  text: '',
});

/**
 * Which count belongs to which claim word of a sentence. Coordinated counts ("eight soldiers and 32
 * VDP members were killed", "سبعة جنود وخمسة حراس") form one group, summed. Each group goes to the
 * nearest claim word it is not separated from by another claim word or a clause end; a group after a
 * word across "and"/"," belongs to the next word rather ("25 killed and six wounded"); an exact
 * count wins over a vague one ("dozens").
 */
function assignCounts(v: DocView, m: Mentions, sentence: number, words: Word[]): Map<Word, Num[]> {
  const t = v.norm.text;
  const all = m.claimWords.filter((w) => w.sentence === sentence);
  const nums = m.numbers.filter((n) => n.sentence === sentence && !n.value.unit).sort((a, b) => a.nstart - b.nstart);
  const between = (a: number, b: number) => all.some((w) => w.nstart >= a && w.nend <= b);
  const groups: Num[][] = [];
  for (const n of nums) {
    const g = groups[groups.length - 1];
    const last = g?.[g.length - 1];
    if (last && !n.value.vague && !last.value.vague) {
      const gap = t.slice(last.nend, n.nstart);
      // "soldiers and 32", "soldats et cinq", "جنود و2": the conjunction stands right before the next count.
      const joined = COORD[v.lang].test(gap) || (v.lang === 'ar' && /^و/u.test(n.text) && /\s$/u.test(gap));
      if (gap.length <= 40 && joined && !/[.;؛:,]/u.test(gap) && !PART.test(gap) && !between(last.nend, n.nstart) && /\p{L}{3}/u.test(gap)) {
        g.push(n);
        continue;
      }
    }
    groups.push([n]);
  }
  const takers = words.filter((w) => w.rule.kind !== 'responsibility');
  const best = new Map<Word, { g: Num[]; score: number }>();
  for (const g of groups) {
    const gs = g[0].nstart;
    const ge = g[g.length - 1].nend;
    let pick: { w: Word; score: number } | null = null;
    for (const w of takers) {
      const after = gs >= w.nend;
      const d = after ? gs - w.nend : w.nstart - ge;
      if (d < 0 || d > 60) continue;
      const gap = after ? t.slice(w.nend, gs) : t.slice(ge, w.nstart);
      if (/[.;؛]/u.test(gap) || between(after ? w.nend : ge, after ? gs : w.nstart)) continue;
      const score = d + (after && CONJ[v.lang].test(gap) ? 25 : 0) + (g[0].value.vague ? 15 : 0);
      if (!pick || score < pick.score) pick = { w, score };
    }
    if (!pick) continue;
    const prev = best.get(pick.w);
    if (!prev || pick.score < prev.score) best.set(pick.w, { g, score: pick.score });
  }
  return new Map([...best].map(([w, x]) => [w, x.g]));
}

const cueLex = new Map<string, Lexicon<FatalityCueRule>>();
/**
 * Marks on a death toll, as evidence: `claim.attackers` when the dead are the assailants (the noun
 * after each count, or the claim word: "63 assailants", "neutralised"), and
 * `claim.provisional` when the sentence gives a first toll ("first reported", "bilan provisoire").
 */
function tollMarks(v: DocView, sentence: number, w: Word, g: Num[]): Evidence[] {
  let lex = cueLex.get(v.lang);
  if (!lex) cueLex.set(v.lang, (lex = new Lexicon(v.tables.pack.fatalityCues, v.lang, v.tables.fold)));
  const t = v.norm.text;
  const s = v.sentences[sentence];
  const out: Evidence[] = [];
  const hits = lex.scan(t, s.nstart, s.nend);
  // The noun after each count of the group says who died; the claim word itself may ("neutralised").
  const nounHit = (n: Num) => {
    const noun = /^[\s"“”«»]*(?:\p{L}+\s+){0,2}\p{L}+/u.exec(t.slice(n.nend, n.nend + 40));
    return hits.find((h) => h.rule.cue === 'attackers' && ((noun && h.start >= n.nend && h.end <= n.nend + noun[0].length) || (h.start >= w.nstart && h.end <= w.nend)));
  };
  const marks = g.map(nounHit);
  if (marks.every(Boolean)) out.push({ field: 'claim.attackers', ...cleanSpan(v, marks[0]!.start, marks[0]!.end) });
  const prov = hits.find((h) => h.rule.cue === 'provisional');
  if (prov) out.push({ field: 'claim.provisional', ...cleanSpan(v, prov.start, prov.end) });
  return out;
}
