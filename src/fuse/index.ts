/**
 * @module fuse
 * Reports of one incident become one incident. Steps, in order:
 *   01-normalise  events → comparable views (day numbers, folded places and actor families)
 *   02-candidates pairs that can overlap in time and space (date-sorted buckets per admin1 / 1° cell)
 *   03-link       hard rules + a score per pair (date, precision-aware distance, actors, type),
 *                 with the tolerances for extraction errors of ./tolerances.ts (reason ids in the links)
 *   04-cluster    best-first merging, complete linkage on the rules, average linkage on the score
 *   05-merge      the fused ACLED record, every claim kept with its document
 * Pure functions: no I/O, same input (in any order) → same incidents and ids.
 *
 * @example
 * const incidents = fuseEvents(results.flatMap((r) => r.events.map((e) => ({ ...e, document_id: r.document.id }))));
 * // on each ingest, with the incidents near the new events' dates (see candidateWindow):
 * const { incidents: all, changed, removed } = fuseInto(nearby, newEvents);
 */
import { normalise, fusionRange, dayString, type Norm } from './01-normalise.ts';
import { CandidateIndex } from './02-candidates.ts';
import { linkPair, type Resolved } from './03-link.ts';
import { cluster } from './04-cluster.ts';
import { mergeCluster } from './05-merge.ts';
import type { FuseInput, FuseIntoResult, FuseOptions, Incident } from './types.ts';

export type { FuseInput, FuseOptions, FuseIntoResult, Incident, FusedEvent, FusedClaim, FusedEvidence, FusionLink } from './types.ts';
export { incidentId } from './05-merge.ts';
export { DISTANCE_RULES, TYPE_LINKS } from './03-link.ts';

/** Options with defaults, checked (RangeError on a bad value: a configuration bug). */
export function resolve(o: FuseOptions = {}): Resolved & { debug?: FuseOptions['debug'] } {
  const threshold = o.threshold ?? 0.5;
  const slackDays = o.slackDays ?? 1;
  const maxCompare = o.maxCompare ?? 40;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`marsad fuse: threshold must be in (0, 1], got ${threshold}`);
  if (!(Number.isInteger(slackDays) && slackDays >= 0)) throw new RangeError(`marsad fuse: slackDays must be an integer ≥ 0, got ${slackDays}`);
  if (!(Number.isInteger(maxCompare) && maxCompare >= 1)) throw new RangeError(`marsad fuse: maxCompare must be an integer ≥ 1, got ${maxCompare}`);
  return { threshold, slackDays, maxCompare, debug: o.debug };
}

const keyOf = (e: FuseInput) => `${e.document_id}/${e.event_id_cnty}`;

/** Inputs in a canonical order (by key) and without duplicate keys (the last one given wins). */
function canonical(events: FuseInput[]): FuseInput[] {
  const byKey = new Map<string, FuseInput>();
  for (const e of events) {
    if (!e || typeof e.document_id !== 'string' || !e.document_id) throw new TypeError('marsad fuse: every event needs a non-empty document_id');
    byKey.set(keyOf(e), e);
  }
  return [...byKey.keys()].sort().map((k) => byKey.get(k)!);
}

/**
 * Fuse events from many reports into incidents. Events of one document are never fused together
 * (extraction already told them apart); undated events stay alone unless their document's
 * `published` day dates them (tolerance date-from-publication). Output sorted by date, then id.
 */
export function fuseEvents(events: FuseInput[], opts?: FuseOptions): Incident[] {
  const o = resolve(opts);
  const inputs = canonical(events);
  const norms = inputs.map((e, i) => normalise(e, i));
  const clusters = cluster(norms, o, o.debug);
  return clusters.map((c) => mergeCluster(c, inputs)).sort(byDateThenId);
}

function byDateThenId(a: Incident, b: Incident): number {
  const da = a.event.date_start ?? '9999';
  const db = b.event.date_start ?? '9999';
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Incremental fusion: add `newEvents` to `existing` incidents without refusing everything.
 * The incidents any new event links to (plus any holding an event being replaced: same
 * document and event id) are dissolved and re-fused with the new events; the rest are returned
 * untouched. `existing` may be only the incidents near the new events' dates (the store can
 * query them with `candidateWindow`) — incidents not passed are not affected.
 */
export function fuseInto(existing: Incident[], newEvents: FuseInput[], opts?: FuseOptions): FuseIntoResult {
  const o = resolve(opts);
  const fresh = canonical(newEvents);
  const freshKeys = new Set(fresh.map(keyOf));
  const index = new CandidateIndex(o.slackDays);
  const owner: number[] = [];
  const oldNorms: Norm[] = [];
  const affected = new Set<number>();
  existing.forEach((inc, k) => {
    if (!Array.isArray(inc.member_events) || inc.member_events.length === 0) {
      throw new TypeError(`marsad fuse: incident ${inc.id} has no member_events; fuseInto needs them to re-fuse`);
    }
    for (const m of inc.member_events) {
      if (freshKeys.has(keyOf(m))) affected.add(k);
      const n = normalise(m, oldNorms.length);
      oldNorms.push(n);
      owner.push(k);
      index.add(n);
    }
  });
  fresh.forEach((e, i) => {
    const n = normalise(e, -1 - i);
    index.candidates(n, (m) => {
      if (affected.has(owner[m.idx])) return;
      const v = linkPair(n, m, o);
      if (v.ok && v.score >= o.threshold) affected.add(owner[m.idx]);
    });
  });
  const pool: FuseInput[] = [...fresh];
  for (const k of affected) for (const m of existing[k].member_events) if (!freshKeys.has(keyOf(m))) pool.push(m);
  const refused = fuseEvents(pool, opts);
  const oldIds = new Set(existing.map((i) => i.id));
  const newIds = new Set(refused.map((i) => i.id));
  const kept = existing.filter((_, k) => !affected.has(k));
  return {
    incidents: [...kept, ...refused].sort(byDateThenId),
    changed: refused.filter((i) => !oldIds.has(i.id)),
    removed: [...affected].map((k) => existing[k].id).filter((id) => !newIds.has(id)),
  };
}

/**
 * Date window in which incidents may fuse with `event` (its range widened by the slack), for a
 * store to fetch the incidents to pass to `fuseInto`. An undated news event with a `published` day
 * is dated by the days before it; null for an event with neither (it never fuses).
 * Incidents dated only by a wide range (over a month) should be fetched when their range overlaps.
 */
export function candidateWindow(event: FuseInput, opts?: FuseOptions): { from: string; to: string } | null {
  const o = resolve(opts);
  const r = fusionRange(event);
  if (!r) return null;
  return { from: dayString(r.range[0] - o.slackDays), to: dayString(r.range[1] + o.slackDays) };
}
