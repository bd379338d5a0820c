/**
 * @module extract/06-events
 * Frames → events, one per place and day (ACLED practice). Specific frames (a facility, a
 * neighbourhood, a village) create events; a frame naming only the town, region or country on the
 * same day merges into the specific events inside it (its claims and actors go to each); undated
 * frames join the event at the same place or facility; unplaced, undated words ("the attack")
 * only enrich the main event. Then sides, types, fatalities and the other fields are derived.
 */
import type { Claim, Evidence, InterLabel } from '../model/types.ts';
import { highestPriority, subEventType } from '../model/taxonomy.ts';
import type { DocView } from './01-document.ts';
import type { Mentions, PlaceMention } from './02-mentions.ts';
import type { Frame } from './03-frames.ts';
import type { ActorUse, SentenceActors } from './04-actors.ts';
import type { SentenceClaim } from './05-claims.ts';
import type { ActorRef, Place, PlaceKB } from './knowledge.ts';
import { daysBetween } from './dates.ts';
import { distanceKm } from '../model/geo.ts';

export interface Draft {
  frames: Frame[];
  place: Place | null;
  placeMention: PlaceMention | null;
  facility: string | null;
  from: string | null;
  to: string | null;
  dateText: { text: string; relative: boolean; resolved: boolean } | null;
  dateEvidence: Evidence | null;
  inherited: boolean;
  claims: Claim[];
  background: boolean;
}

const km = distanceKm;

/** 0 facility, 1 small place, 2 town/city, 3 region, 4 country, 5 nothing. */
function specificity(f: { place: Place | null; facility: string | null }): number {
  if (f.facility && f.place) return 0;
  const p = f.place;
  if (!p) return f.facility ? 1 : 5;
  if (p.isCountry) return 4;
  if (p.isRegion || p.precision === 3) return 3;
  if (p.precision === 2) return 2; // "near X", "40 km north of X"

  if ((p.population ?? 0) > 100000 || /^PPLC|^PPLA$/.test(p.featureCode)) return 2;
  return 1;
}

const overlaps = (a: Draft, f: { from: string | null; to: string | null }) =>
  !!(a.from && f.from && a.to && f.to && daysBetween(a.to, f.from) <= 1 && daysBetween(f.to, a.from) <= 1);

function contains(general: Draft | { place: Place | null }, specific: { place: Place | null }): boolean {
  const g = general.place;
  const s = specific.place;
  if (!g || !s) return false;
  if (g.isCountry) return g.iso2 === s.iso2;
  if (g.isRegion) return g.iso2 === s.iso2 && (g.admin1 === s.admin1 || km(g, s) < 150);
  // A district or commune (coded to its seat) holds places up to ~80 km away; "near X" ~60 km.
  if (/^ADM/.test(g.featureCode)) return g.iso2 === s.iso2 && km(g, s) <= 80;
  if (g.precision === 2) return km(g, s) <= 60;
  return km(g, s) <= 25;
}

export function placeOfFrame(f: Frame, kb: PlaceKB, currentTown: Place | null): { place: Place | null; mention: PlaceMention | null; facility: string | null } {
  const fac = f.location.facility?.rule.facility ?? null;
  const pm = f.location.place;
  let place = pm?.place ?? null;
  if (fac && (!place || (!place.isCountry && !place.isRegion))) {
    const town = place ?? currentTown;
    if (town && !f.location.near) {
      const inside = kb.facilityIn(fac, town);
      if (inside) return { place: inside, mention: pm, facility: fac };
    }
    if (town) return { place: f.location.near ? { ...town, precision: 2 } : town, mention: pm, facility: fac };
  }
  return { place, mention: pm, facility: fac };
}

export function mergeFrames(v: DocView, m: Mentions, frames: Frame[], claims: SentenceClaim[], kb: PlaceKB, published: string | null): Draft[] {
  const drafts: Draft[] = [];
  // The town the text is talking about so far (for "the city's airport").
  // Towns, not their quarters: "the city's airport" is the airport of the city, not of a neighbourhood.
  const towns: Array<{ sentence: number; place: Place }> = m.places
    .filter((p) => !p.place.isCountry && !p.place.isRegion && p.place.featureCode !== 'PPLX' && !p.place.facility)
    .map((p) => ({ sentence: p.sentence, place: p.place }));
  const townAt = (s: number) => [...towns].reverse().find((t) => t.sentence <= s)?.place ?? towns[0]?.place ?? null;
  const located = frames.map((f) => ({ f, ...placeOfFrame(f, kb, townAt(f.sentence)) }));
  // A report often names the place in one sentence and the day in the next ("the assault on the
  // post at Chinagodrar … the attackers struck on Thursday"): a dated frame with no place lends its
  // date to the nearest undated, placed frame within two sentences of the same paragraph.
  const paraOf = (k: number) => v.sentences[k]?.para ?? -1;
  for (const x of located) {
    // (A bare year is too vague to date an incident told in another sentence.)
    if (x.place || !x.f.date?.value.from || x.f.date.value.precision > 3) continue;
    // …unless its own sentence has a dated, placed event already ("…: on 1 September a boat came
    // under fire near Mopti"): the date is that event's.
    if (located.some((y) => y.f.sentence === x.f.sentence && y.f.date && y.f.location.place && !y.f.location.place.place.isCountry)) continue;
    const partner = located
      .filter((y) => y !== x && y.place && !y.f.date && Math.abs(y.f.sentence - x.f.sentence) <= 2 && paraOf(y.f.sentence) === paraOf(x.f.sentence))
      .sort((a, b) => Math.abs(a.f.sentence - x.f.sentence) - Math.abs(b.f.sentence - x.f.sentence))[0];
    if (partner) {
      // The dated frame takes the place (it keeps its own sentence, hence its actors); the placed
      // frame then joins it as an undated frame at the same place.
      x.place = partner.place;
      x.mention = partner.mention;
      x.facility = x.facility ?? partner.facility;
      x.f = { ...x.f, vague: false };
    }
  }
  const dated = located.filter((x) => x.f.date?.value.from);
  const undated = located.filter((x) => !x.f.date?.value.from);
  const newDraft = (x: (typeof located)[number]): Draft => {
    const d = x.f.date;
    return {
      frames: [x.f],
      place: x.place,
      placeMention: x.mention,
      facility: x.facility,
      from: d?.value.from ?? null,
      to: d?.value.to ?? null,
      dateText: d ? { text: d.text, relative: d.value.relative, resolved: d.value.resolved } : null,
      dateEvidence: d ? { field: 'date', start: d.start, end: d.end, text: d.text } : null,
      inherited: false,
      claims: [],
      background: x.f.background,
    };
  };
  // 1. Dated frames, most specific first.
  dated.sort((a, b) => specificity(a) - specificity(b) || a.f.sentence - b.f.sentence);
  for (const x of dated) {
    const f = { from: x.f.date!.value.from, to: x.f.date!.value.to };
    const same = drafts.find((d) => overlaps(d, f) && ((d.place && x.place && d.place.id === x.place.id && d.facility === x.facility) || (x.facility && d.facility === x.facility && d.place && x.place && km(d.place, x.place) < 25)));
    if (same) {
      same.frames.push(x.f);
      continue;
    }
    // A vaguer range ("this week", "last month") without a place does not join an event known to the
    // day: it is more likely another incident of that period whose place went unrecognised.
    const wide = !x.place && daysBetween(f.from!, f.to!) > 1;
    const fits = (d: Draft) => overlaps(d, f) && !(wide && d.from && d.to && daysBetween(d.from, d.to) <= 1);
    const inside = drafts.filter((d) => fits(d) && specificity(d) < specificity(x) && (x.place ? contains({ place: x.place }, d) : true));
    if (inside.length && specificity(x) >= 2) {
      for (const d of inside) d.frames.push(x.f);
      continue;
    }
    if (!x.place || x.place.isCountry) {
      // Dated but unplaced (or placed only in a country): it adds to the events of that day, never
      // creates one — ACLED needs a location, and "in Mali" is too vague to be one.
      drafts.filter(fits).forEach((d) => d.frames.push(x.f));
      continue;
    }
    drafts.push(newDraft(x));
  }
  // 2. Undated frames join the event at their facility or place; else take the news date: the
  // first day or week the report tells an incident on, even when that sentence names no place
  // ("15 soldiers were killed on Thursday in two attacks in northern Mali … The vessel was hit …").
  const newsDate =
    frames
      .filter((f) => f.date?.value.from && f.date.value.to && f.date.value.precision <= 2 && !f.background && (!published || Math.abs(daysBetween(f.date.value.to, published)) <= 14))
      .sort((a, b) => a.sentence - b.sentence)[0]?.date ?? null;
  const news = () => drafts.filter((d) => !d.background).sort((a, b) => a.frames[0].sentence - b.frames[0].sentence)[0];
  for (const x of undated) {
    const byFacility = x.facility ? drafts.find((d) => d.facility === x.facility && (!x.place || !d.place || km(d.place, x.place) < 25)) : undefined;
    const byPlace = x.place ? drafts.find((d) => d.place && (d.place.id === x.place!.id || (contains({ place: x.place }, d) && specificity(d) <= specificity(x)) || km(d.place, x.place!) < 5)) : undefined;
    const target = byFacility ?? byPlace;
    if (target) {
      target.frames.push(x.f);
      continue;
    }
    if (x.f.vague) {
      const main = news();
      if (main) main.frames.push(x.f);
      continue;
    }
    if (!x.place || x.place.isCountry) continue; // no date and no real place: a reference, not an event
    if (x.f.triggers.every((h) => h.rule.weak)) continue; // "killed" with a place but no date: a detail of something else
    const main = news();
    const d = newDraft(x);
    if (newsDate) {
      d.from = newsDate.value.from;
      d.to = newsDate.value.to;
      d.dateText = { text: newsDate.text, relative: newsDate.value.relative, resolved: newsDate.value.resolved };
      d.inherited = true;
    } else if (main && main.from) {
      d.from = main.from;
      d.to = main.to;
      d.dateText = main.dateText;
      d.inherited = true;
    } else if (published) {
      d.dateText = null;
    }
    drafts.push(d);
  }
  // 3. Claims go to the events of their sentence, else to the event whose facility the sentence
  // names, else to the single event told just before in the same paragraph (a report's or a note's
  // "18 civilians were killed" after the sentence naming the attack), else to the main event.
  for (const c of claims) {
    const here = drafts.filter((d) => d.frames.some((f) => f.sentence === c.sentence && !f.vague));
    if (here.length) {
      here.forEach((d) => d.claims.push(c.claim));
      continue;
    }
    const facs = m.targets.filter((h) => h.sentence === c.sentence && h.rule.facility).map((h) => h.rule.facility);
    const byFac = drafts.filter((d) => d.facility && facs.includes(d.facility));
    if (byFac.length === 1) {
      byFac[0].claims.push(c.claim);
      continue;
    }
    const told = (k: number) => drafts.filter((d) => d.frames.some((f) => f.sentence === k && !f.vague));
    let prior: Draft[] = [];
    for (let k = c.sentence - 1; k >= Math.max(0, c.sentence - 2) && paraOf(k) === paraOf(c.sentence) && !prior.length; k--) prior = told(k);
    if (prior.length === 1) {
      prior[0].claims.push(c.claim);
      continue;
    }
    const main = news();
    if (main && c.claim.kind !== 'responsibility') main.claims.push(c.claim);
    else if (main) drafts.filter((d) => !d.background).forEach((d) => d.claims.push(c.claim));
  }
  // 4. Background: a date well before publication, or days before the report's lead event (the
  // first dated event it tells, usually in its headline or first paragraph); without dates, cues.
  const lead = drafts
    .filter((d) => d.to && !d.inherited && (!published || daysBetween(d.to, published) <= 14))
    .sort((a, b) => a.frames[0].sentence - b.frames[0].sentence)[0];
  for (const d of drafts) {
    if (published && d.to) d.background = daysBetween(d.to, published) > 14 || (!!lead && lead !== d && !!lead.from && daysBetween(d.to, lead.from) > 2);
    else d.background = d.frames.length > 0 && d.frames.every((f) => f.background);
  }
  return drafts;
}

export interface Sides {
  a: ActorUse[];
  b: ActorUse[];
}

/** Split the actors of an event into two sides: the attacker's camp and the others. */
export function sides(d: Draft, actors: SentenceActors[], subTypes: string[], unidentified: ActorRef | null = null, context?: { para(s: number): number }): Sides {
  const uses: ActorUse[] = [];
  for (const f of d.frames) uses.push(...actors[f.sentence].uses);
  // No perpetrator in the event's own sentences: look back two sentences ("The assailants arrived at
  // 2 a.m. … They first targeted the VDP post").
  if (!uses.some((u) => u.camp === 'insurgent') && context) {
    const first = Math.min(...d.frames.map((f) => f.sentence));
    for (let k = first - 1; k >= Math.max(0, first - 2); k--) {
      if (context.para(k) !== context.para(first)) break;
      const found = actors[k].uses.filter((u) => u.camp === 'insurgent');
      if (found.length) {
        uses.push(...found);
        break;
      }
    }
  }
  if (!uses.length) return { a: [], b: [] };
  const top = highestPriority(subTypes)?.sub_event_type;
  const stateFirst = top === 'Air/drone strike' || top === 'Government regains territory' || top === 'Arrests';
  const camps = new Set(uses.map((u) => u.camp));
  const attackTypes = ['Armed clash', 'Attack', 'Remote explosive/landmine/IED', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Grenade', 'Abduction/forced disappearance', 'Non-state actor overtakes territory'];
  if (camps.size === 1 && camps.has('government') && unidentified && !stateFirst && subTypes.some((s) => attackTypes.includes(s))) {
    // An attack on state forces with no attacker named: an unidentified armed group attacked them.
    return { a: [{ ...uses[0], ref: unidentified, camp: 'insurgent', via: 'target' }], b: uses };
  }
  // State forces and civilians both hit, no armed group named, and the state forces are not the doers
  // of the violence ("the attack on the gendarmerie detachment killed 28 gendarmes and four
  // civilians"): an unidentified armed group attacked them all. Violence told with the state as
  // its doer ("soldiers executed villagers", "killed by men in army uniform") stays the state's.
  const stateDoer = uses.some((u) => u.camp === 'government' && u.agent);
  if (camps.size === 2 && camps.has('government') && camps.has('civilian') && unidentified && !stateFirst && !stateDoer && subTypes.some((s) => attackTypes.includes(s))) {
    return { a: [{ ...uses[0], ref: unidentified, camp: 'insurgent', via: 'target' }], b: uses };
  }
  if (camps.size === 1 && camps.has('civilian') && unidentified) {
    // Violence with only victims named: ACLED codes the perpetrator as an unidentified armed group.
    return { a: [{ ...uses[0], ref: unidentified, camp: 'insurgent', via: 'target' }], b: uses };
  }
  let attacker: ActorUse['camp'];
  if (stateFirst && camps.has('government')) attacker = 'government';
  else if (camps.has('insurgent')) attacker = 'insurgent';
  else if (camps.has('militia')) attacker = 'militia';
  else if (camps.has('government')) attacker = 'government';
  else attacker = uses[0].camp;
  const a = uses.filter((u) => u.camp === attacker);
  const b = uses.filter((u) => u.camp !== attacker);
  return { a, b };
}

function leadOf(uses: ActorUse[]): { actor: string; inter: InterLabel; assoc: string[] } {
  if (!uses.length) return { actor: '', inter: '', assoc: [] };
  const counts = new Map<string, { n: number; u: ActorUse; firstTarget: boolean }>();
  for (const u of uses) {
    const c = counts.get(u.ref.canonical) ?? { n: 0, u, firstTarget: u.via === 'target' };
    c.n += u.via === 'target' ? 0.5 : 1;
    counts.set(u.ref.canonical, c);
  }
  const generic = (u: ActorUse) => Number(u.ref.kind === 'foreign_force') + 2 * Number(/^Unidentified /.test(u.ref.canonical));
  const ranked = [...counts.values()].sort((x, y) => generic(x.u) - generic(y.u) || y.n - x.n);
  const lead = ranked[0].u.ref;
  const assoc = new Set<string>();
  for (const u of uses) {
    if (u.unit && u.unit.canonical !== lead.canonical) assoc.add(u.unit.canonical);
    if (u.ref.canonical !== lead.canonical) assoc.add(u.ref.canonical);
  }
  return { actor: lead.canonical, inter: lead.inter, assoc: [...assoc] };
}

/**
 * The sub-event type, the way ACLED codes mixed tactics: a suicide bombing is one; a change of
 * territory that the text itself reports wins; then air or drone strikes; a massacre, abduction or
 * sexual violence named as such; any direct fighting between armed groups (an armed clash, even
 * when mortars or mines were used in it); remote violence alone (shelling, mines, grenades); an
 * attack on civilians; and the strategic developments last.
 */
export function decideType(d: Draft, s: Sides): { sub: string; evidence: Evidence[] } {
  const civilianTarget = s.b.length > 0 && s.b.every((u) => u.camp === 'civilian');
  const armedTarget = s.b.some((u) => u.camp !== 'civilian');
  const found: Array<{ sub: string; reported: boolean; generic: boolean; ev: Evidence }> = [];
  for (const f of d.frames) {
    for (const h of f.triggers) {
      let sub = h.rule.sub_event_type;
      const generic = !!h.rule.if_civilian_target;
      if (civilianTarget && h.rule.if_civilian_target) sub = h.rule.if_civilian_target;
      else if (armedTarget && h.rule.if_armed_target) sub = h.rule.if_armed_target;
      if (sub === 'Non-state actor overtakes territory' && s.a.some((u) => u.camp === 'government')) sub = 'Government regains territory';
      found.push({ sub, reported: h.reported, generic, ev: { field: 'sub_event_type', start: h.start, end: h.end, text: h.text } });
    }
  }
  const has = (subs: string[], pred: (x: (typeof found)[number]) => boolean = () => true) => found.filter((x) => subs.includes(x.sub) && pred(x));
  const tiers: Array<(typeof found)> = [
    has(['Suicide bomb', 'Chemical weapon']),
    has(['Non-state actor overtakes territory', 'Government regains territory'], (x) => !x.reported),
    has(['Air/drone strike']),
    has(['Sexual violence', 'Attack', 'Abduction/forced disappearance'], (x) => !x.generic),
    has(['Armed clash']),
    has(['Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade']),
    has(['Attack', 'Abduction/forced disappearance', 'Sexual violence']),
  ];
  for (const tier of tiers) {
    if (!tier.length) continue;
    const best = highestPriority(tier.map((x) => x.sub))!;
    return { sub: best.sub_event_type, evidence: tier.filter((x) => x.sub === best.sub_event_type).map((x) => x.ev) };
  }
  const rest = found.filter((x) => !x.reported);
  const pool = rest.length ? rest : found;
  const best = highestPriority(pool.map((x) => x.sub)) ?? subEventType('Armed clash')!;
  return { sub: best.sub_event_type, evidence: pool.filter((x) => x.sub === best.sub_event_type).map((x) => x.ev) };
}

export { leadOf };
