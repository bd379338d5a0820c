/**
 * @module extract/03-frames
 * Event frames: each clause with a trigger yields frames, one per distinct location it names
 * ("the gendarmerie school in Faladié, Bamako, and the military side of the airport" → two), with
 * the clause's date, the sentence's actors, the target roles, and the flags that say whether the
 * frame is news, background, a pattern or an analyst's judgement.
 */
import type { TargetRule, TriggerRule } from '../lang/types.ts';
import type { DocView, Unit } from './01-document.ts';
import type { Hit, Located, Mentions, PlaceMention } from './02-mentions.ts';
import type { DateMention } from './dates.ts';

export interface Location {
  place: PlaceMention | null;
  /** Facility named by a target noun (airport, camp, school), with its hit. */
  facility: Hit<TargetRule> | null;
  /** Whether the location is "near" rather than at the place. */
  near: boolean;
}

export interface Frame {
  sentence: number;
  clause: number;
  triggers: Array<Hit<TriggerRule> & { negated: boolean; reported: boolean }>;
  location: Location;
  date: Located<DateMention> | null;
  /** The sentence's date was taken from another clause of it. */
  dateFromSentence: boolean;
  targets: Array<Hit<TargetRule>>;
  background: boolean;
  /** Only undated, unplaced words ("the attack"): can enrich an event, never create one. */
  vague: boolean;
}

const clauseOf = (clauses: Unit[], nstart: number) => {
  for (let i = 0; i < clauses.length; i++) if (nstart < clauses[i].nend) return i;
  return clauses.length - 1;
};

/**
 * Chains of location anchors. "ثكنة الدرك في حي بانكوني في باماكو" is one chain; so is
 * "Indelimane, in the Ménaka region, near the border with Niger" (regions, countries and "near X"
 * places only qualify a chain). A new chain starts at a conjunction ("و", "and", "et") followed by
 * another specific place or facility when the current chain already has one.
 */
function chains(v: DocView, anchors: Array<{ nstart: number; nend: number; place?: PlaceMention; facility?: Hit<TargetRule> }>): Location[] {
  const t = v.norm.text;
  const out: Location[] = [];
  let cur: typeof anchors = [];
  // Admin areas (provinces, cercles, communes) qualify a chain like regions do.
  // …and so do names in parentheses after a place, ACLED-note style: "near Boni (Douentza, Mopti)".
  const inParens = (p: PlaceMention) => /\([^()]*$/.test(t.slice(Math.max(0, p.nstart - 40), p.nstart));
  const isArea = (p: PlaceMention) => p.place.isCountry || p.place.isRegion || /^ADM/.test(p.place.featureCode) || inParens(p);
  const isSpecific = (a: (typeof anchors)[number]) => !!a.facility || (!!a.place && !isArea(a.place) && !a.place.near);
  const flush = () => {
    if (!cur.length) return;
    const places = cur.filter((a) => a.place).map((a) => a.place!);
    const specific =
      places.find((p) => !isArea(p) && !p.near) ??
      places.find((p) => !p.place.isCountry && !p.place.isRegion && !p.near) ??
      places.find((p) => !p.place.isCountry && !p.place.isRegion) ??
      places.find((p) => !p.place.isCountry) ??
      places[0] ??
      null;
    const facility = cur.find((a) => a.facility)?.facility ?? null;
    out.push({ place: specific, facility, near: !!specific?.near });
    cur = [];
  };
  anchors.sort((a, b) => a.nstart - b.nstart);
  for (const a of anchors) {
    if (cur.length && isSpecific(a) && cur.some(isSpecific)) {
      const prev = cur[cur.length - 1];
      const gap = t.slice(prev.nend, a.nstart);
      // "و" is usually glued to the next word: a word of the gap starting with "وال" ("and the …") coordinates.
      const conj = /(^|\s)(و|and|et|ou|or|as well as|ainsi que)(\s|$)/u.test(gap) || /(^|\s)وال/u.test(gap) || (v.lang === 'ar' && /^و/.test(t.slice(a.nstart, a.nend)));
      const far = gap.split(/\s+/).filter(Boolean).length > 8;
      if (conj || far) flush();
    }
    cur.push(a);
  }
  flush();
  // Chains that resolve to the same place with no facility of their own are one location.
  return out.filter((l, i) => i === 0 || l.facility || !out.slice(0, i).some((o) => o.place && l.place && o.place.place.id === l.place.place.id));
}

/** A country, region or admin area mention: it qualifies a location more than it is one. */
const isAreaMention = (p: PlaceMention) => p.place.isCountry || p.place.isRegion || /^ADM/.test(p.place.featureCode);

export function buildFrames(v: DocView, m: Mentions): Frame[] {
  const frames: Frame[] = [];
  const speech = (d: Located<DateMention>) => m.cues.some((c) => c.sentence === d.sentence && c.nend <= d.nstart && d.nstart - c.nend <= 12);
  // "since 2015", "depuis 2015", "منذ عام 2015" measure from a date; they do not date the event.
  // …unless the clause goes on to tell what happened then ("since May 2014, when the army…").
  // …and so do years a few words after "since" ("since Wagner forces deployed there at the end of 2021").
  const sinceBefore = (d: Located<DateMention>) => {
    const before = v.norm.text.slice(Math.max(0, d.nstart - 60), d.nstart).split(/[,.،؛;:!?؟]/).pop() ?? '';
    const hit = /(?:^|\s)(?:since|depuis|منذ|مند)\s+((?:\S+\s+){0,7})$/u.exec(before);
    return !!hit && (d.value.precision === 4 || !hit[1].trim());
  };
  const since = (d: Located<DateMention>) =>
    (/(?:since|depuis|منذ|مند)\s*$/u.test(v.norm.text.slice(Math.max(0, d.nstart - 12), d.nstart)) || /^(?:since|depuis|منذ)/u.test(d.text) || sinceBefore(d)) &&
    !/^\s*,?\s*(?:when|lorsque|quand|ou|عندما|حين|حينما)\b/u.test(v.norm.text.slice(d.nend, d.nend + 14));
  const eventDates = (ds: Array<Located<DateMention>>) => ds.filter((d) => !speech(d) && !since(d));
  for (const s of v.sentences) {
    const trigs = m.triggers.filter((h) => h.sentence === s.index && !h.negated);
    if (!trigs.length) continue;
    const flags = m.flags[s.index];
    const dates = eventDates(m.dates.filter((d) => d.sentence === s.index));
    // A dated incident (to the month or better) is an event even in an analytic sentence.
    const precise = dates.some((d) => d.value.precision <= 3);
    // A sentence that judges (control, advance, encirclement) without a precise date is an assessment.
    const judged = m.assessmentCues.some((a) => a.sentence === s.index);
    if ((judged && !precise) || flags.regular) continue;
    if (flags.irrealis && !precise) continue;
    const places = m.places.filter((p) => p.sentence === s.index);
    const targets = m.targets.filter((h) => h.sentence === s.index);
    const byClause = new Map<number, typeof trigs>();
    for (const h of trigs) {
      const c = clauseOf(s.clauses, h.nstart);
      byClause.set(c, [...(byClause.get(c) ?? []), h]);
    }
    const clauseHasTrigger = (c: number) => byClause.has(c);
    const made: Frame[] = [];
    for (const [c, hits] of byClause) {
      const clause = s.clauses[c];
      const inClause = <T extends { nstart: number }>(xs: T[]) => xs.filter((x) => clauseOf(s.clauses, x.nstart) === c);
      // A later clause with only weak words ("killed", "مقتل") and neither its own place nor its own
      // date tells the toll of the clause before it ("…attacked units near Aorema, and, according to
      // the army, resulted in the death of six soldiers"): its words join that event.
      if (made.length && hits.every((h) => h.rule.weak) && !inClause(places).length && !inClause(dates).length) {
        for (const f of made.filter((x) => x.clause === made[made.length - 1].clause)) f.triggers = [...f.triggers, ...hits];
        continue;
      }
      let cPlaces = inClause(places);
      let cTargets = inClause(targets);
      // Places in trigger-less clauses of the sentence also belong to it ("في الساعات الأولى…، دوى إطلاق نار في…").
      if (!cPlaces.length) cPlaces = places.filter((p) => !clauseHasTrigger(clauseOf(s.clauses, p.nstart)));
      // …and so do the precise places that spell out a clause naming only an area ("attacked two
      // positions in the far north of Alibori on 17 April, at Point Triple, … and at the Koudou falls").
      else if (cPlaces.every(isAreaMention)) {
        const spelled = places.filter((p) => !clauseHasTrigger(clauseOf(s.clauses, p.nstart)) && !isAreaMention(p) && p.nstart > hits[0].nstart);
        if (spelled.length) cPlaces = [...cPlaces, ...spelled];
      }
      if (!cTargets.length) cTargets = targets.filter((p) => !clauseHasTrigger(clauseOf(s.clauses, p.nstart)));
      let date = pickDate(inClause(dates), hits[0].nstart, speech);
      let dateFromSentence = false;
      if (!date) {
        date = pickDate(dates.filter((d) => !clauseHasTrigger(clauseOf(s.clauses, d.nstart))), hits[0].nstart, speech);
        dateFromSentence = !!date;
      }
      // A clause telling more of the incident dated in the clause before it ("…dates back to 20
      // January 2019, when ten peacekeepers died in the assault on their camp at Aguelhok").
      if (!date) {
        date = pickDate(dates.filter((d) => d.nend <= hits[0].nstart && d.value.precision <= 3), hits[0].nstart, speech);
        dateFromSentence = !!date;
      }
      const anchors = [
        ...cPlaces.map((p) => ({ nstart: p.nstart, nend: p.nend, place: p })),
        ...cTargets.filter((h) => h.rule.facility).map((h) => ({ nstart: h.nstart, nend: h.nend, facility: h })),
      ];
      const locs = anchors.length ? chains(v, anchors) : [{ place: null, facility: null, near: false }];
      // Countries alone only locate when nothing finer is named.
      const useful = locs.filter((l) => l.place || l.facility);
      const list = useful.length ? useful : [{ place: null, facility: null, near: false }];
      for (const location of list) {
        made.push({
          sentence: s.index,
          clause: c,
          triggers: hits,
          location,
          date,
          dateFromSentence,
          targets: cTargets.length ? cTargets : targets,
          background: flags.background,
          vague: !date && !location.place && !location.facility,
        });
      }
      void clause;
    }
    frames.push(...made);
  }
  // Weak triggers ("killed") only make a frame when the clause has a place or a date.
  return frames.filter((f) => f.triggers.some((h) => !h.rule.weak) || f.date || f.location.place);
}

function pickDate(dates: Array<Located<DateMention>>, near: number, speech: (d: Located<DateMention>) => boolean): Located<DateMention> | null {
  if (!dates.length) return null;
  // Prefer dates of the event over the date something was said ("the ministry said on Wednesday"),
  // then resolved ones, then the closest to the trigger.
  return [...dates].sort((a, b) => Number(speech(a)) - Number(speech(b)) || Number(b.value.from !== null) - Number(a.value.from !== null) || Math.abs(a.nstart - near) - Math.abs(b.nstart - near))[0];
}
