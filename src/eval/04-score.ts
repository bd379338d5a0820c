/**
 * @module eval/04-score
 * Step 4: scores of one document (GOLD-FORMAT.md "Scores"). `scoreDocument(gold, output)` is pure:
 * it needs no pipeline, so the scorer is unit-tested on hand-made outputs before anything is scored.
 *
 * Conventions where the format is silent (all documented in the report too):
 *  - a ratio with a zero denominator is `null` ("n/a"): precision of an empty output, recall of a
 *    gold with only optional events, a field no matched gold event gives;
 *  - F1 is 0 when precision or recall is 0 (a harmonic mean with a zero term), the harmonic mean
 *    when both are defined, otherwise null;
 *  - a system event matched to an optional gold event counts as matched (not a false positive);
 *  - fields, claims and assessments are counted over all items and summed (micro averages);
 *  - country and admin1 compare folded names for equality (not containment: `Niger` ≠ `Nigeria`);
 *  - the `actors` field, stricter than the matching criterion, wants the gold groups on different
 *    sides (side 1 = actor1 + assoc_actor_1, side 2 = actor2 + assoc_actor_2), in either order
 *    (with more than two groups: each its own actor and both sides used);
 *  - claims and assessments are paired one-to-one, so one system item finds at most one gold item.
 */
import type { Claim, EventRecord } from '../model/types.ts';
import { anyMatchesAny, matchesAny, nameKey } from './02-names.ts';
import type { Criteria } from './03-match.ts';
import { assignGroups, bipartite, distanceKm, formatRange, matchEvents, rangeInside, systemActors, systemRange, type SystemActor } from './03-match.ts';
import {
  FIELD_NAMES,
  type DocumentScore,
  type EventCounts,
  type FieldName,
  type Gold,
  type GoldClaim,
  type GoldEvent,
  type Miss,
  type PairInfo,
  type Ratio,
  type Scores,
  type SystemOutput,
} from './types.ts';

export function ratio(correct: number, total: number): Ratio {
  return { correct, total, value: total > 0 ? correct / total : null };
}

export function f1(p: number | null, r: number | null): number | null {
  if (p === 0 || r === 0) return 0;
  if (p === null || r === null) return null;
  return (2 * p * r) / (p + r);
}

export function eventCounts(c: Pick<EventCounts, 'system' | 'matched_system' | 'required' | 'matched_required' | 'optional' | 'matched_optional'>): EventCounts {
  const precision = c.system > 0 ? c.matched_system / c.system : null;
  const recall = c.required > 0 ? c.matched_required / c.required : null;
  return { ...c, precision, recall, f1: f1(precision, recall) };
}

export interface FieldCheck {
  field: FieldName;
  ok: boolean;
  expected: string;
  got: string;
}

const sameName = (a: string, b: string) => {
  const k = nameKey(a);
  return !!k && k === nameKey(b);
};
const oneOf = (set: readonly string[]) => set.join(' | ');
const orEmpty = (s: string) => (s && s.trim() ? s : '(empty)');

function sideLabel(s: EventRecord, side: 1 | 2): string {
  const names = systemActors(s)
    .filter((a) => a.side === side)
    .map((a) => a.name);
  return names.length ? names.join('; ') : '(none)';
}

/**
 * The actors field: every gold group has its own system actor and, with two or more groups, the
 * groups use both sides — so two groups sit on opposite sides, in either order.
 */
export function actorsOnSides(groups: string[][], actors: SystemActor[]): boolean {
  const names = actors.map((a) => a.name);
  if (groups.length < 2) return assignGroups(groups, names) !== null;
  const fits = (gi: number, ai: number) => matchesAny(names[ai], groups[gi]);
  for (let i = 0; i < groups.length; i++) {
    for (let j = 0; j < groups.length; j++) {
      if (i === j) continue;
      for (let a = 0; a < actors.length; a++) {
        if (actors[a].side !== 1 || !fits(i, a)) continue;
        for (let b = 0; b < actors.length; b++) {
          if (actors[b].side !== 2 || !fits(j, b)) continue;
          const restG = groups.filter((_, k) => k !== i && k !== j);
          const restN = names.filter((_, k) => k !== a && k !== b);
          if (assignGroups(restG, restN)) return true;
        }
      }
    }
  }
  return false;
}

/** The fields a gold event gives, checked against its matched system event. */
export function checkFields(g: GoldEvent, s: EventRecord): FieldCheck[] {
  const out: FieldCheck[] = [];
  if (g.event_type) out.push({ field: 'event_type', ok: g.event_type.includes(s.event_type?.trim()), expected: oneOf(g.event_type), got: orEmpty(s.event_type) });
  if (g.sub_event_type) {
    out.push({ field: 'sub_event_type', ok: g.sub_event_type.includes(s.sub_event_type?.trim()), expected: oneOf(g.sub_event_type), got: orEmpty(s.sub_event_type) });
  }
  if (g.date) {
    const sr = systemRange(s);
    out.push({ field: 'date', ok: !!sr && rangeInside(sr, g.date, 1), expected: `inside ${formatRange(g.date)} (±1 day)`, got: formatRange(sr) });
  }
  if (g.place) {
    const p = g.place;
    const exp: string[] = [];
    const got: string[] = [];
    let ok = true;
    if (p.point) {
      const d = distanceKm(g, s);
      exp.push(`within ${p.point.within_km} km of ${p.point.lat},${p.point.lon}`);
      got.push(d === null ? 'no coordinates' : `${d.toFixed(1)} km away (${s.latitude},${s.longitude})`);
      ok &&= d !== null && d <= p.point.within_km;
    }
    if (p.admin1) {
      exp.push(`admin1 ${oneOf(p.admin1)}`);
      got.push(`admin1 ${orEmpty(s.admin1)}`);
      ok &&= p.admin1.some((a) => sameName(s.admin1 ?? '', a));
    }
    if (p.country) {
      exp.push(`country ${oneOf(p.country)}`);
      got.push(`country ${orEmpty(s.country)}`);
      ok &&= p.country.some((c) => sameName(s.country ?? '', c));
    }
    if (exp.length) out.push({ field: 'place', ok, expected: exp.join('; '), got: got.join('; ') });
  }
  if (g.actors) {
    const groups = g.actors;
    const label = groups.map((grp) => `[${oneOf(grp)}]`);
    out.push({
      field: 'actors',
      ok: actorsOnSides(groups, systemActors(s)),
      expected:
        groups.length === 1 ? `${label[0]} on either side` : groups.length === 2 ? `${label.join(' vs ')} (sides in either order)` : `${label.join(' + ')} (each its own actor, both sides used)`,
      got: `${sideLabel(s, 1)} vs ${sideLabel(s, 2)}`,
    });
  }
  if (g.fatalities) {
    const { min, max } = g.fatalities;
    const n = s.fatalities;
    out.push({
      field: 'fatalities',
      ok: typeof n === 'number' && n >= min && (max === null || n <= max),
      expected: max === null ? `≥ ${min}` : min === max ? `${min}` : `${min}..${max}`,
      got: String(n),
    });
  }
  if (g.background !== undefined) out.push({ field: 'background', ok: s.background === g.background, expected: String(g.background), got: String(s.background) });
  return out;
}

/** For each gold claim, the index of the system claim that finds it (same kind, matching claimant), or -1. */
export function matchClaims(gold: readonly GoldClaim[], system: readonly Claim[]): number[] {
  return bipartite(gold.length, system.length, (l, r) => system[r].kind === gold[l].kind && matchesAny(system[r].claimant ?? '', gold[l].claimant));
}

/**
 * Rank of a pair for best-first assignment: scored fields and gold claims right minus wrong. A net
 * count, not a share, so that a gold event saying much (types, date, fatalities, claims) outranks a
 * sparse optional pattern whose one or two fields any nearby event satisfies.
 */
export function pairScore(g: GoldEvent, s: EventRecord): number {
  const checks = checkFields(g, s);
  const claims = g.claims ?? [];
  const found = matchClaims(claims, s.claims ?? []).filter((r) => r >= 0).length;
  const right = checks.filter((c) => c.ok).length + found;
  return right - (checks.length + claims.length - right);
}

function summary(s: EventRecord): string {
  const where = s.location || s.admin1 || s.country || '?';
  return `${formatRange(systemRange(s))} ${s.sub_event_type || s.event_type || '?'} at ${where}: ${s.actor1 || '?'} vs ${s.actor2 || '—'}`;
}

const claimLabel = (c: { claimant: string; kind: string }) => `${c.claimant || '(empty)'}/${c.kind}`;

export function emptyScores(): Scores {
  return {
    events: eventCounts({ system: 0, matched_system: 0, required: 0, matched_required: 0, optional: 0, matched_optional: 0 }),
    fields: Object.fromEntries(FIELD_NAMES.map((f) => [f, ratio(0, 0)])) as Record<FieldName, Ratio>,
    claims: ratio(0, 0),
    assessments: ratio(0, 0),
  };
}

/** Sum the counts of several scores and recompute every ratio (micro averages). */
export function sumScores(list: readonly Scores[]): Scores {
  const e = { system: 0, matched_system: 0, required: 0, matched_required: 0, optional: 0, matched_optional: 0 };
  const fields = Object.fromEntries(FIELD_NAMES.map((f) => [f, [0, 0]])) as Record<FieldName, [number, number]>;
  const claims = [0, 0];
  const assessments = [0, 0];
  for (const s of list) {
    for (const k of Object.keys(e) as Array<keyof typeof e>) e[k] += s.events[k];
    for (const f of FIELD_NAMES) {
      fields[f][0] += s.fields[f].correct;
      fields[f][1] += s.fields[f].total;
    }
    claims[0] += s.claims.correct;
    claims[1] += s.claims.total;
    assessments[0] += s.assessments.correct;
    assessments[1] += s.assessments.total;
  }
  return {
    events: eventCounts(e),
    fields: Object.fromEntries(FIELD_NAMES.map((f) => [f, ratio(...fields[f])])) as Record<FieldName, Ratio>,
    claims: ratio(claims[0], claims[1]),
    assessments: ratio(assessments[0], assessments[1]),
  };
}

/** Score one system output against one gold file. Pure; never throws on well-typed input. */
export function scoreDocument(gold: Gold, output: SystemOutput): DocumentScore {
  const sys = output.events ?? [];
  const gev = gold.events;
  const m = matchEvents(gev, sys, pairScore);
  const misses: Miss[] = [];
  const pairs: PairInfo[] = [];
  const fieldCounts = Object.fromEntries(FIELD_NAMES.map((f) => [f, [0, 0]])) as Record<FieldName, [number, number]>;
  let claimsFound = 0;
  let claimsTotal = 0;
  const goldOf = new Map<number, number>();
  const sysOf = new Map<number, number>();

  for (const p of m.pairs) {
    const g = gev[p.gold];
    const s = sys[p.system];
    goldOf.set(p.system, p.gold);
    sysOf.set(p.gold, p.system);
    pairs.push({ gold: g.id, system: p.system, system_id: s.event_id_cnty ?? '', optional: g.optional, score: p.score, distance_km: m.criteria[p.gold][p.system].distance_km });
    for (const c of checkFields(g, s)) {
      fieldCounts[c.field][1]++;
      if (c.ok) fieldCounts[c.field][0]++;
      else misses.push({ kind: 'field_wrong', gold: g.id, system: p.system, field: c.field, expected: c.expected, got: c.got });
    }
    const gc = g.claims ?? [];
    const sc = s.claims ?? [];
    matchClaims(gc, sc).forEach((r, i) => {
      claimsTotal++;
      if (r >= 0) claimsFound++;
      else {
        misses.push({
          kind: 'claim_missed',
          gold: g.id,
          system: p.system,
          claim: i,
          expected: `[${oneOf(gc[i].claimant)}]/${gc[i].kind}`,
          got: sc.length ? sc.map(claimLabel).join(', ') : 'no claims',
        });
      }
    });
  }

  const unmatchedOptional: string[] = [];
  gev.forEach((g, gi) => {
    if (sysOf.has(gi)) return;
    if (g.optional) {
      unmatchedOptional.push(g.id);
      return;
    }
    misses.push({ kind: 'missed_event', gold: g.id, what: g.what, reason: whyUnmatched(m.criteria[gi], (si) => goldOf.get(si), (i) => `system #${i}`, (i) => gev[i].id, sys.length ? null : 'the system gave no events') });
  });
  sys.forEach((s, si) => {
    if (goldOf.has(si)) return;
    const col = gev.map((_, gi) => m.criteria[gi][si]);
    misses.push({
      kind: 'spurious_event',
      system: si,
      system_id: s.event_id_cnty ?? '',
      summary: summary(s),
      reason: whyUnmatched(col, (gi) => sysOf.get(gi), (i) => gev[i].id, (i) => `system #${i}`, gev.length ? null : 'the gold has no events'),
    });
  });

  let assessments = ratio(0, 0);
  if (gold.assessments) {
    const ga = gold.assessments;
    const sa = output.assessments ?? [];
    const subj = (l: number, r: number) => matchesAny(sa[r].subject ?? '', ga[l].subject);
    const obj = (l: number, r: number) => anyMatchesAny(sa[r].object ?? [], ga[l].object);
    const a = bipartite(ga.length, sa.length, (l, r) => subj(l, r) && obj(l, r));
    a.forEach((r, l) => {
      if (r >= 0) return;
      const g = ga[l];
      let reason: string;
      if (!sa.length) reason = 'the system gave no assessments';
      else {
        const both = sa.findIndex((_, j) => subj(l, j) && obj(l, j));
        const s1 = sa.flatMap((_, j) => (subj(l, j) ? [j] : []));
        const o1 = sa.flatMap((_, j) => (obj(l, j) ? [j] : []));
        const ids = (js: number[]) => js.map((j) => `#${j}`).join(', ');
        if (both >= 0) reason = `system assessment #${both} matches but was paired with another gold assessment`;
        else if (s1.length) reason = `subject matches system ${ids(s1)} but none of their objects (${s1.map((j) => sa[j].object.join(', ') || 'none').join('; ')})`;
        else if (o1.length) reason = `object matches system ${ids(o1)} but none of their subjects (${o1.map((j) => sa[j].subject || 'none').join('; ')})`;
        else reason = `no system assessment has this subject or object (system subjects: ${[...new Set(sa.map((x) => x.subject))].join(', ')})`;
      }
      misses.push({ kind: 'assessment_missed', gold: g.id, what: g.what, expected: `[${oneOf(g.subject)}] → [${oneOf(g.object)}]`, reason });
    });
    assessments = ratio(a.filter((r) => r >= 0).length, ga.length);
  }

  const required = gev.filter((g) => !g.optional).length;
  const matchedRequired = m.pairs.filter((p) => !gev[p.gold].optional).length;
  return {
    file: gold.document.file,
    language: gold.document.language,
    events: eventCounts({
      system: sys.length,
      matched_system: m.pairs.length,
      required,
      matched_required: matchedRequired,
      optional: gev.length - required,
      matched_optional: m.pairs.length - matchedRequired,
    }),
    fields: Object.fromEntries(FIELD_NAMES.map((f) => [f, ratio(...fieldCounts[f])])) as Record<FieldName, Ratio>,
    claims: ratio(claimsFound, claimsTotal),
    assessments,
    pairs,
    unmatched_optional: unmatchedOptional,
    misses,
  };
}

/**
 * Why an item found no partner: the closest candidate that fails the criteria (fewest failures, then
 * nearest) and what it fails; and any candidate that meets them but went to a better pair.
 */
function whyUnmatched(
  row: readonly Criteria[],
  partnerOf: (i: number) => number | undefined,
  name: (i: number) => string,
  partnerName: (i: number) => string,
  empty: string | null,
): string {
  if (empty) return empty;
  const parts: string[] = [];
  let best = -1;
  row.forEach((c, i) => {
    if (c.ok) return;
    const b = row[best];
    if (!b || c.failures.length < b.failures.length || (c.failures.length === b.failures.length && (c.distance_km ?? Infinity) < (b.distance_km ?? Infinity))) best = i;
  });
  if (best >= 0) {
    const other = partnerOf(best);
    parts.push(`closest is ${name(best)}${other === undefined ? '' : ` (paired with ${partnerName(other)})`}: ${row[best].failures.join('; ')}`);
  }
  row.forEach((c, i) => {
    if (!c.ok) return;
    const other = partnerOf(i);
    parts.push(`${name(i)} meets the criteria but was paired with ${other === undefined ? 'another event' : partnerName(other)}`);
  });
  return parts.join('; ');
}
