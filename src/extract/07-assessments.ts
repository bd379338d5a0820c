/**
 * @module extract/07-assessments
 * Analysts' judgements recorded as assessments, not events: control with a quantity ("40% of
 * Burkina Faso"), advances, encirclement, spillover, threats, regular attacks in a region.
 */
import type { Assessment, Evidence } from '../model/types.ts';
import type { DocView } from './01-document.ts';
import type { Mentions } from './02-mentions.ts';
import type { SentenceActors } from './04-actors.ts';

/** Words that make a generic subject when no named group is the subject, each read as the
 * English word for that kind of actor ("les rebelles" → rebels, "المسلحين" → militants). */
const GENERIC: Array<[RegExp, string]> = [
  [/جهادي|jihadist|djihadist|jihadiste|إرهابي|terroris/u, 'jihadists'],
  [/islamist|islamiste|اسلامي/u, 'Islamists'],
  [/rebels|rebelles|المتمردين|المتمردون|separatist|separatiste|انفصالي/u, 'rebels'],
  [/bandits armes|armed bandits|العصابات المسلحه|قطاع الطرق/u, 'armed bandits'],
  [/\bmilitants\b|المسلحين|المسلحون/u, 'militants'],
  [/الجماعات المسلحه|الجماعات المتطرفه|groupes armes|armed groups?|armed group activity|insurgents|insurges|extremist/u, 'armed groups'],
];
/** Cue rules saying a place is outside the state's control ("hors du contrôle de l'État"). */
const OUTSIDE = /\.as\.outside$/;
const genericOf = (s: string) => GENERIC.find(([re]) => re.test(s))?.[1];
const GOVERNMENT = /الحكومه|السلطات|government|authorities|gouvernement|autorites/u;

export function findAssessments(v: DocView, m: Mentions, actors: SentenceActors[], claimantOf: (s: number) => string, countryName: (iso2: string) => string = (x) => x): Assessment[] {
  const out: Assessment[] = [];
  const t = v.norm.text;
  for (const s of v.sentences) {
    const cues = m.assessmentCues.filter((c) => c.sentence === s.index);
    const regular = m.flags[s.index].regular;
    const attacks = regular ? m.triggers.filter((h) => h.sentence === s.index && !h.negated) : [];
    if (!cues.length && !attacks.length) continue;
    // A sentence that reports a dated incident is news, not a judgement.
    const precise = m.dates.some((d) => d.sentence === s.index && d.value.precision <= 3);
    if (precise && m.triggers.some((h) => h.sentence === s.index && !h.negated) && !cues.some((c) => c.rule.predicate !== 'active_in')) continue;
    const named = actors[s.index].uses.filter((u) => (u.via === 'name' || u.via === 'unit') && !/^Unidentified/.test(u.ref.canonical));
    const armed = named.filter((u) => u.camp === 'insurgent' || u.camp === 'militia');
    const state = named.filter((u) => u.camp === 'government');
    const sentNorm = t.slice(s.nstart, s.nend);
    const anaphoric = actors[s.index].uses.filter((u) => u.via === 'anaphor' && u.camp === 'insurgent' && !/^Unidentified/.test(u.ref.canonical));
    const generic = genericOf(sentNorm);
    const subjectUse = armed[0] ?? (generic ? undefined : (state[0] ?? anaphoric[0]));
    const subject = subjectUse
      ? subjectUse.ref.canonical
      : generic
        ? generic
        : GOVERNMENT.test(sentNorm) && m.docCountry
            ? `Government of ${countryName(m.docCountry)}`
            : actors[s.index].uses.some((u) => u.camp === 'insurgent')
              ? 'armed groups'
              : cues.some((c) => OUTSIDE.test(c.rule.id))
                ? 'armed groups'
                : '';
    if (!subject) continue;
    // Several armed groups named, or a named one beside the generic word ("militants linked to al
    // Qaeda and Islamic State"): the judgement is said of each.
    const subjects = [...new Set([subject, ...armed.map((u) => u.ref.canonical), ...(armed.length && generic ? [generic] : [])])].slice(0, 3);
    const places = m.places.filter((p) => p.sentence === s.index);
    const pct = m.numbers.find((n) => n.sentence === s.index && n.value.unit === 'percent');
    const date = m.dates.find((d) => d.sentence === s.index);
    const predicates = new Map<string, { start: number; end: number; text: string; nend: number; outside?: boolean }>();
    for (const c of cues) {
      let p: string = c.rule.predicate;
      const outside = OUTSIDE.test(c.rule.id);
      if (p === 'controls' && !outside && !pct && !/اراض|ارض|territo|zones?|مناطق|غالبي|نصف|areas?|half|moitie|capitales?|عواصم|localit|villages|towns|قري|بلدات/u.test(sentNorm)) continue;
      if (!predicates.has(p)) predicates.set(p, { start: c.start, end: c.end, text: c.text, nend: c.nend, outside });
    }
    if (attacks.length && !predicates.has('attacks_regularly')) predicates.set('attacks_regularly', { start: attacks[0].start, end: attacks[0].end, text: attacks[0].text, nend: attacks[0].nend });
    // Only the generic "active in" when nothing more specific was said.
    if (predicates.size > 1) predicates.delete('active_in');
    for (const [predicate, cue] of predicates) {
      let objs = places.filter((p) => p.nstart >= cue.nend);
      if (!objs.length || predicate === 'controls' || predicate === 'threatens') objs = places;
      // A judgement about a place is one about its region and country too ("active around Kaya" is
      // said of Burkina Faso).
      const object = [...new Set(objs.flatMap((p) => [p.place.name, ...(p.place.isCountry ? [] : [p.place.admin1, p.place.country])]).filter(Boolean))];
      // Said of "the border area", "the neighbouring states": the document's own country.
      if (!object.length && m.docCountry) object.push(countryName(m.docCountry));
      if (!object.length) continue;
      const evidence: Evidence[] = [
        { field: 'predicate', start: cue.start, end: cue.end, text: cue.text },
        ...(subjectUse ? [{ field: 'subject', start: subjectUse.start, end: subjectUse.end, text: subjectUse.text }] : []),
        ...objs.map((p) => ({ field: 'object', start: p.start, end: p.end, text: p.text })),
      ];
      const quantity = predicate === 'controls' && pct ? { value: pct.value.min, unit: 'percent', text: pct.text, qualifier: pct.value.max === null ? 'at least' : undefined } : null;
      if (quantity) evidence.push({ field: 'quantity', start: pct!.start, end: pct!.end, text: pct!.text });
      // "Outside government control", "under the sway of": armed groups hold it, not the state.
      const who = cue.outside ? [...new Set([...armed.map((u) => u.ref.canonical), generic ?? 'armed groups'])] : subjects;
      for (const subject of who) {
        out.push({
          subject,
          predicate,
          object,
          quantity,
          as_of: date ? { start: date.value.from, end: date.value.to, text: date.text } : null,
          claimant: claimantOf(s.index),
          evidence,
        });
      }
    }
  }
  return out;
}
