/**
 * @module store/fusion
 * The engine-independent half of the store's fusion step (SqliteStore and PgStore `fuseBatch`):
 * which date windows to look for neighbours in, and — once the engine has read the neighbourhood —
 * which incidents stay, which go and which are written, keeping ids stable. The engines only run
 * the queries. The real algorithm lives in src/fuse; `standInFuse` (one incident per event) is
 * kept for tests that must not depend on fusion decisions.
 */
import type { EventRecord } from '../model/types.ts';
import { dayNumber } from './filter.ts';
import type { FusedIncident, FuseFn, FusionInput } from './types.ts';

/** Days either side of an event's range in which neighbours are looked for. */
export const FUSION_WINDOW_DAYS = 3;
/** Neighbours read per queued event at most (a guard on pathological days). */
export const MAX_CANDIDATES = 2000;

/** The record of an incident: its members' documents added, fusion's input-only fields removed. */
export function incidentRecord(rec0: EventRecord, memberDocs: readonly string[]): EventRecord {
  const docs = new Set(rec0.source_documents ?? []);
  for (const d of memberDocs) docs.add(d);
  const { document_id: _d, outlet: _o, published: _p, ...rec } = rec0 as Partial<FusionInput> & EventRecord;
  return { ...rec, source_documents: [...docs] };
}

/** One incident per event, its record the event's own. */
export function standInFuse(events: FusionInput[]): FusedIncident[] {
  return events.map((e) => ({ record: { ...incidentRecord(e, []), source_documents: [e.document_id] }, members: [e.event_id_cnty] }));
}

/**
 * Where to look for a batch of queued events' neighbours: per country, the events' days ± the
 * window, merged, each with how many queued events it covers (`k`, which scales its limit); and
 * the countries of undated events.
 */
export function candidateWindows(batch: ReadonlyArray<{ date_start?: unknown; date_end?: unknown; country?: unknown }>): {
  windows: Array<{ country: string; from: number; to: number; k: number }>;
  undated: Set<string>;
} {
  const byCountry = new Map<string, Array<[number, number]>>();
  const undated = new Set<string>();
  for (const b of batch) {
    const d0 = dayNumber(b.date_start as string | null);
    const d1 = dayNumber(b.date_end as string | null) ?? d0;
    const country = (b.country as string | undefined) ?? '';
    if (d0 === null || d1 === null) {
      undated.add(country);
      continue;
    }
    if (!byCountry.has(country)) byCountry.set(country, []);
    byCountry.get(country)!.push([Math.min(d0, d1) - FUSION_WINDOW_DAYS, Math.max(d0, d1) + FUSION_WINDOW_DAYS]);
  }
  const windows: Array<{ country: string; from: number; to: number; k: number }> = [];
  for (const [country, ws] of byCountry) {
    ws.sort((a, b) => a[0] - b[0]);
    let last: { country: string; from: number; to: number; k: number } | null = null;
    for (const [a, b] of ws) {
      if (last && a <= last.to) {
        last.to = Math.max(last.to, b);
        last.k++;
      } else windows.push((last = { country, from: a, to: b, k: 1 }));
    }
  }
  return { windows, undated };
}

/** An incident to write: `reuse` is the number of a former incident whose id it keeps, or null. */
export interface NewIncident {
  reuse: number | null;
  record: EventRecord;
  members: number[];
  memberDocs: string[];
}

/**
 * Fuse a neighbourhood and decide what changes. `events` are the neighbourhood's events by row
 * number (sorted), `oldIncident` maps each to the incident it belonged to and `oldMembers` each
 * such incident to its sorted members. Every event ends in exactly one group (fusion may not
 * repeat or drop any). Unchanged incidents (same members) stay; the rest are dropped and written
 * again, keeping the id of the oldest member's former incident when free, so ids survive a
 * report joining or a merge.
 */
export function planIncidents(
  events: ReadonlyArray<{ n: number; input: FusionInput }>,
  oldIncident: ReadonlyMap<number, number>,
  oldMembers: ReadonlyMap<number, number[]>,
  fuse: FuseFn,
): { drop: number[]; create: NewIncident[] } {
  const inputOf = new Map<number, FusionInput>();
  const byKey = new Map<string, number>();
  for (const e of events) {
    inputOf.set(e.n, e.input);
    byKey.set(e.input.event_id_cnty, e.n);
  }
  const placed = new Set<number>();
  const groups: Array<{ record: EventRecord; members: number[] }> = [];
  for (const f of fuse(events.map((e) => e.input))) {
    const members = [...new Set(f.members.map((k) => byKey.get(k)).filter((n): n is number => n !== undefined && !placed.has(n)))].sort((a, b) => a - b);
    if (!members.length) continue;
    for (const n of members) placed.add(n);
    groups.push({ record: f.record, members });
  }
  for (const { n } of events) if (!placed.has(n)) groups.push({ record: standInFuse([inputOf.get(n)!])[0].record, members: [n] });
  groups.sort((a, b) => a.members[0] - b.members[0]);

  const kept = new Set<number>();
  const changed: typeof groups = [];
  for (const g of groups) {
    const o = oldIncident.get(g.members[0]);
    const om = o === undefined ? undefined : oldMembers.get(o);
    if (o !== undefined && om && om.length === g.members.length && om.every((m, i) => m === g.members[i])) kept.add(o);
    else changed.push(g);
  }
  const drop = [...oldMembers.keys()].filter((o) => !kept.has(o));
  const taken = new Set<number>(kept);
  const create = changed.map((g) => {
    const reuse = g.members.map((m) => oldIncident.get(m)).find((o): o is number => o !== undefined && !taken.has(o)) ?? null;
    if (reuse !== null) taken.add(reuse);
    return { reuse, record: g.record, members: g.members, memberDocs: g.members.map((m) => inputOf.get(m)!.document_id) };
  });
  return { drop, create };
}

/** The fusion input of a stored event: its record, keyed by its store key, with its document's outlet and day. */
export function fusionInput(ev: { key: string; document_id: string; record: EventRecord }, doc: { outlet?: unknown; published?: unknown }): FusionInput {
  return { ...ev.record, event_id_cnty: ev.key, document_id: ev.document_id, outlet: (doc.outlet as string | null) ?? null, published: (doc.published as string | null) ?? null };
}
