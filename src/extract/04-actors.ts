/**
 * @module extract/04-actors
 * Actors per sentence, with coreference: anaphors ("الجماعة", "رجالها", "the militants") point to
 * the last armed group named; commanders bring their unit and its group; units bring their group;
 * target nouns ("the gendarmerie school") bring the state force of the place's country.
 */
import type { InterLabel } from '../model/types.ts';
import type { ActorKB, ActorRef } from './knowledge.ts';
import type { DocView } from './01-document.ts';
import type { Mentions } from './02-mentions.ts';

export type Camp = 'insurgent' | 'government' | 'militia' | 'civilian' | 'other';

export interface ActorUse {
  ref: ActorRef;
  camp: Camp;
  /** Clean-text evidence. */
  start: number;
  end: number;
  text: string;
  nstart: number;
  /** How it was found. */
  via: 'name' | 'anaphor' | 'commander' | 'unit' | 'target' | 'party';
  /** The unit (assoc actor) this use came through, if any. */
  unit?: ActorRef;
  /** The use is the doer of an event word of its sentence ("soldiers executed", "killed by the army"). */
  agent?: boolean;
}

export function campOf(a: ActorRef): Camp {
  const inter: InterLabel = a.inter;
  if (a.kind === 'civilians' || inter === 'Civilians') return 'civilian';
  if (inter === 'State forces' || a.kind === 'state_force' || a.kind === 'foreign_force' || a.alignment === 'government') return 'government';
  if (inter === 'External/Other forces') return 'government';
  if (inter === 'Identity militia') return 'militia';
  if (inter === 'Rebel group' || inter === 'Political militia' || a.kind === 'group' || a.kind === 'unit' || a.kind === 'movement') return 'insurgent';
  if (a.kind === 'militia') return 'militia';
  return 'other';
}

const ARMED_KINDS = new Set(['group', 'unit', 'movement', 'coalition']);

export interface SentenceActors {
  uses: ActorUse[];
}

// Words between an actor and the event word after it that make the actor its patient, not its doer
// ("15 soldiers were killed", "le détachement a été attaqué", "تعرض الجيش لهجوم").
const PASSIVE = /(?:^|\s)(?:was|were|been|being|is|are|came under|suffered|target of|a ete|ont ete|ete|sont|est|subi|victimes?|fait l objet|cible d\S*|تعرض\S*|لقي\S*|ضحايا|هدفا)(?:\s|$)/u;
// Words right before an actor after the event word that make it the doer ("killed by the army").
const BY = /(?:^|\s)(?:by|attributed to|par|attribuee?s? a|علي يد|من قبل|بيد)\s+(?:\S+\s+){0,8}$/u;

/**
 * Is this use the doer of an event word of its sentence: before a strong event word with no passive
 * or speech word between ("men in uniform, members of the security forces, surrounded the village and
 * opened fire"), or after one behind "by" ("killed by men wearing army uniforms")? Counts of dead
 * ("15 soldiers killed", "11 جنديا قتلى") name victims, so weak words need the "by" form.
 */
function isAgent(v: DocView, m: Mentions, sentence: number, u: { nstart: number; end: number }): boolean {
  const t = v.norm.text;
  const uend = v.cleanToNorm[u.end] ?? u.nstart;
  // A counted actor ("vingt militaires", "15 soldiers", "11 جنديا") is a toll: victims.
  if (m.numbers.some((n) => n.sentence === sentence && n.nend <= u.nstart && u.nstart - n.nend <= 2)) return false;
  for (const h of m.triggers) {
    if (h.sentence !== sentence || h.negated) continue;
    if (h.nstart >= uend && !h.rule.weak) {
      const gap = t.slice(uend, h.nstart);
      const spoken = m.cues.some((c) => c.sentence === sentence && c.nstart >= uend && c.nend <= h.nstart);
      // another event word in between is the one the actor goes with ("soldiers killed in an attack")
      const between = m.triggers.some((o) => o.sentence === sentence && o.nstart >= uend && o.nend <= h.nstart);
      if (gap.split(/\s+/).filter(Boolean).length <= 30 && !PASSIVE.test(gap) && !spoken && !between) return true;
    } else if (h.nend <= u.nstart) {
      const gap = t.slice(h.nend, u.nstart);
      if (u.nstart - h.nend <= 60 && BY.test(gap)) return true;
    }
  }
  return false;
}

/** Walk the document once, resolving every actor use per sentence, keeping the salient group. */
export function resolveActors(v: DocView, m: Mentions, kb: ActorKB, dateOf: (sentence: number) => string | undefined, countryOf: (sentence: number) => string | null): SentenceActors[] {
  const out: SentenceActors[] = v.sentences.map(() => ({ uses: [] }));
  let lastGroup: ActorUse | null = null;
  let lastState: ActorUse | null = null;
  const counts = new Map<string, number>();
  for (const s of v.sentences) {
    const date = dateOf(s.index);
    const uses: ActorUse[] = [];
    const actors = m.actors.filter((a) => a.sentence === s.index);
    const iso2 = countryOf(s.index);
    for (const a of actors) {
      if (a.kind === 'descriptor' || a.kind === 'party') continue;
      const base = { start: a.start, end: a.end, text: a.text, nstart: a.nstart };
      if (a.kind === 'person') {
        const unit = kb.unitOf(a.id, date);
        const group = unit ? kb.groupOf(unit.id, date) ?? unit : kb.groupOf(a.id, date);
        if (group && ARMED_KINDS.has(String(group.kind))) uses.push({ ...base, ref: group, camp: campOf(group), via: 'commander', unit: unit && unit.id !== group.id ? unit : undefined });
        continue;
      }
      const ref = kb.rename(a.id, date, iso2) ?? a;
      if (a.kind === 'unit') {
        const group = kb.groupOf(a.id, date);
        if (group && group.id !== a.id) {
          uses.push({ ...base, ref: group, camp: campOf(group), via: 'unit', unit: ref });
          continue;
        }
      }
      uses.push({ ...base, ref, camp: campOf(ref), via: 'name' });
    }
    for (const h of m.anaphors.filter((x) => x.sentence === s.index)) {
      if (uses.some((u) => u.start <= h.start && h.end <= u.end)) continue;
      let target = h.rule.refers_to === 'armed_group' ? lastGroup : lastState;
      if (!target && h.rule.refers_to === 'armed_group' && iso2) {
        // "Gunmen" with no group named before: ACLED's Unidentified Armed Group of the country.
        const r = kb.forRole(iso2, 'armed_group', date);
        if (r) target = { ref: r, camp: 'insurgent', start: h.start, end: h.end, text: h.text, nstart: h.nstart, via: 'anaphor' };
      }
      if (target) uses.push({ ...target, start: h.start, end: h.end, text: h.text, nstart: h.nstart, via: 'anaphor' });
    }
    if (iso2) {
      for (const h of m.targets.filter((x) => x.sentence === s.index)) {
        if (uses.some((u) => u.start <= h.start && h.end <= u.end)) continue;
        const role = h.rule.role;
        const r = kb.forRole(iso2, role, date);
        if (!r) continue;
        const top = role === 'gendarmerie' || role === 'air_force' || role === 'police' ? kb.groupOf(r.id, date) : null;
        if (top && top.id !== r.id) uses.push({ ref: top, camp: campOf(top), start: h.start, end: h.end, text: h.text, nstart: h.nstart, via: 'target', unit: r });
        else uses.push({ ref: r, camp: campOf(r), start: h.start, end: h.end, text: h.text, nstart: h.nstart, via: 'target' });
      }
    }
    uses.sort((a, b) => a.start - b.start);
    for (const u of uses) u.agent = isAgent(v, m, s.index, u);
    for (const u of uses) {
      if (u.via === 'anaphor') continue;
      if (u.camp === 'insurgent') {
        counts.set(u.ref.id, (counts.get(u.ref.id) ?? 0) + 1);
        lastGroup = u;
      } else if (u.camp === 'government' && u.via !== 'target') lastState = u;
    }
    // The salient group wins ties: an anaphor after two groups points to the most mentioned one.
    if (lastGroup) {
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
      if (best && best[0] !== lastGroup.ref.id && best[1] >= 3 * (counts.get(lastGroup.ref.id) ?? 0)) {
        const u = uses.find((x) => x.ref.id === best[0]);
        if (u) lastGroup = u;
      }
    }
    out[s.index].uses = uses;
  }
  return out;
}
