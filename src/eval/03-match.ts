/**
 * @module eval/03-match
 * Step 3: which system event answers which gold event (GOLD-FORMAT.md "Matching events").
 * A pair can match when
 *  - the date ranges overlap, with one day of slack either side (a system event with no date passes
 *    this test; it is scored wrong on date later);
 *  - the system's coordinates lie within `within_km` of the gold point (no coordinates: no match);
 *  - each gold actor group is matched by actor1, actor2 or an associated actor, sides unordered;
 *    each group needs its own system actor (one actor cannot be both sides).
 * A criterion whose gold field is left out is not applied. Pairs are then assigned one-to-one,
 * best-ranked first (the rank comes from the caller: step 4's field score).
 */
import type { EventRecord } from '../model/types.ts';
import { matchesAny, splitActors } from './02-names.ts';
import type { GoldDate, GoldEvent } from './types.ts';
import { haversineKm } from '../model/geo.ts';

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** The system event's date range: date_start/date_end, else event_date; null when it has none. */
export function systemRange(e: EventRecord): GoldDate | null {
  const start = e.date_start ?? e.event_date ?? e.date_end;
  const end = e.date_end ?? e.event_date ?? e.date_start;
  if (!start || !end || !Number.isFinite(dayNumber(start)) || !Number.isFinite(dayNumber(end))) return null;
  return start <= end ? { start, end } : { start: end, end: start };
}

/** Days between two ranges: 0 when they overlap. */
export function dateGapDays(a: GoldDate, b: GoldDate): number {
  const gap = Math.max(dayNumber(a.start) - dayNumber(b.end), dayNumber(b.start) - dayNumber(a.end));
  return Math.max(0, gap);
}

/** The system range lies inside the gold range with `slack` days at each end. */
export function rangeInside(sys: GoldDate, gold: GoldDate, slack = 1): boolean {
  return dayNumber(sys.start) >= dayNumber(gold.start) - slack && dayNumber(sys.end) <= dayNumber(gold.end) + slack;
}

export function formatRange(r: GoldDate | null): string {
  if (!r) return 'no date';
  return r.start === r.end ? r.start : `${r.start}..${r.end}`;
}

export { haversineKm };

/** Distance from the system's coordinates to the gold point, null when either is missing. */
export function distanceKm(g: GoldEvent, s: EventRecord): number | null {
  const p = g.place?.point;
  if (!p || s.latitude == null || s.longitude == null || !Number.isFinite(s.latitude) || !Number.isFinite(s.longitude)) return null;
  return haversineKm(p.lat, p.lon, s.latitude, s.longitude);
}

export interface SystemActor {
  name: string;
  side: 1 | 2;
}

/** actor1, assoc_actor_1 (side 1), actor2, assoc_actor_2 (side 2); empty names left out. */
export function systemActors(e: EventRecord): SystemActor[] {
  const out: SystemActor[] = [];
  for (const [side, main, assoc] of [
    [1, e.actor1, e.assoc_actor_1],
    [2, e.actor2, e.assoc_actor_2],
  ] as const) {
    for (const name of [main ?? '', ...splitActors(assoc ?? '')]) if (name.trim()) out.push({ name, side });
  }
  return out;
}

/**
 * Maximum one-to-one matching of left items to right items (Kuhn's augmenting paths; the inputs
 * here are a handful of actors, claims or assessments). Returns, per left index, the right index or -1.
 */
export function bipartite(nLeft: number, nRight: number, edge: (l: number, r: number) => boolean): number[] {
  const adj = Array.from({ length: nLeft }, (_, l) => Array.from({ length: nRight }, (_, r) => r).filter((r) => edge(l, r)));
  const rightOf = new Array<number>(nLeft).fill(-1);
  const leftOf = new Array<number>(nRight).fill(-1);
  const augment = (l: number, seen: boolean[]): boolean => {
    for (const r of adj[l]) {
      if (seen[r]) continue;
      seen[r] = true;
      if (leftOf[r] === -1 || augment(leftOf[r], seen)) {
        leftOf[r] = l;
        rightOf[l] = r;
        return true;
      }
    }
    return false;
  };
  for (let l = 0; l < nLeft; l++) augment(l, new Array<boolean>(nRight).fill(false));
  return rightOf;
}

/** Each gold group gets its own system actor among `names` (null when impossible). */
export function assignGroups(groups: string[][], names: string[]): number[] | null {
  const a = bipartite(groups.length, names.length, (l, r) => matchesAny(names[r], groups[l]));
  return a.every((r) => r >= 0) ? a : null;
}

export interface Criteria {
  ok: boolean;
  /** Why not, one phrase per failed criterion. */
  failures: string[];
  distance_km: number | null;
  /** Days between the ranges (0 overlapping); null when either has no date. */
  date_gap_days: number | null;
}

/** Apply the matching criteria to one gold/system pair. */
export function checkCriteria(g: GoldEvent, s: EventRecord): Criteria {
  const failures: string[] = [];
  const sr = systemRange(s);
  const gap = g.date && sr ? dateGapDays(sr, g.date) : null;
  if (gap !== null && gap > 1) failures.push(`date ${formatRange(sr)} is ${gap} days from ${formatRange(g.date!)} (1 day allowed)`);
  const dist = distanceKm(g, s);
  const point = g.place?.point;
  if (point) {
    if (dist === null) failures.push('system event has no coordinates');
    else if (dist > point.within_km) failures.push(`place ${dist.toFixed(1)} km from the gold point (within_km ${point.within_km})`);
  }
  if (g.actors) {
    const actors = systemActors(s);
    const names = actors.map((a) => a.name);
    if (!assignGroups(g.actors, names)) {
      const lone = g.actors.filter((grp) => !names.some((n) => matchesAny(n, grp)));
      const got = names.length ? names.join(' | ') : 'none';
      failures.push(
        lone.length
          ? `no system actor matches ${lone.map((grp) => `[${grp.join(' | ')}]`).join(' or ')} (system actors: ${got})`
          : `the gold actor groups need different system actors (system actors: ${got})`,
      );
    }
  }
  return { ok: failures.length === 0, failures, distance_km: dist, date_gap_days: gap };
}

export interface MatchedPair {
  gold: number;
  system: number;
  score: number;
}

export interface EventMatching {
  pairs: MatchedPair[];
  /** criteria[gold][system] */
  criteria: Criteria[][];
}

/**
 * Assign pairs one-to-one, best first. Candidates are the pairs meeting the criteria, ranked by
 * `score` (higher first), then a required gold event before an optional one, then closer
 * (distance / within_km), then nearer in date, then document order — so the result is deterministic.
 */
export function matchEvents(gold: GoldEvent[], system: EventRecord[], score: (g: GoldEvent, s: EventRecord) => number): EventMatching {
  const criteria = gold.map((g) => system.map((s) => checkCriteria(g, s)));
  const cands: Array<MatchedPair & { req: number; near: number; gap: number }> = [];
  gold.forEach((g, gi) =>
    system.forEach((s, si) => {
      const c = criteria[gi][si];
      if (!c.ok) return;
      const p = g.place?.point;
      cands.push({
        gold: gi,
        system: si,
        score: score(g, s),
        req: g.optional ? 0 : 1,
        near: p && c.distance_km !== null ? c.distance_km / p.within_km : 0,
        gap: c.date_gap_days ?? 0,
      });
    }),
  );
  cands.sort((a, b) => b.score - a.score || b.req - a.req || a.near - b.near || a.gap - b.gap || a.gold - b.gold || a.system - b.system);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const c of cands) {
    if (usedG.has(c.gold) || usedS.has(c.system)) continue;
    usedG.add(c.gold);
    usedS.add(c.system);
    pairs.push({ gold: c.gold, system: c.system, score: c.score });
  }
  pairs.sort((a, b) => a.gold - b.gold);
  return { pairs, criteria };
}
