/**
 * @module store/records
 * What both store engines share between rows and records: incident ids, the actor names an
 * incident is indexed by, and stored events reassembled from their event, claim and evidence rows.
 * The engines only differ in how they query those rows.
 */
import type { Claim, EventRecord, Evidence } from '../model/types.ts';
import type { StoredEvent } from './types.ts';

export type Row = Record<string, unknown>;

export const incidentId = (n: number | bigint) => `M${n}`;
export function incidentNumber(id: string): number | null {
  const m = /^M(\d{1,15})$/i.exec(id.trim());
  return m ? Number(m[1]) : null;
}

/** Actor names an incident carries: actor1, actor2 and every associated actor. */
export function actorNames(r: EventRecord): string[] {
  const out = new Set<string>();
  for (const a of [r.actor1, r.actor2]) if (a && a.trim()) out.add(a.trim());
  for (const s of [r.assoc_actor_1, r.assoc_actor_2]) for (const a of (s ?? '').split(';')) if (a.trim()) out.add(a.trim());
  return [...out];
}

const parse = <T>(s: unknown): T => JSON.parse(String(s)) as T;

/**
 * Stored events from event rows (`n`, `key`, `document_id`, `record`, `incident_n`) and the claim
 * rows (`event_n`, `seq`, …) and evidence rows (`owner`, `owner_n`, `owner_seq`, …) that belong to them.
 */
export function assembleEvents(rows: readonly Row[], claimRows: Iterable<Row>, evidenceRows: Iterable<Row>): StoredEvent[] {
  const claimsBy = new Map<number, Row[]>();
  for (const c of claimRows) {
    const k = c.event_n as number;
    if (!claimsBy.has(k)) claimsBy.set(k, []);
    claimsBy.get(k)!.push(c);
  }
  const evidenceBy = new Map<string, Evidence[]>();
  for (const e of evidenceRows) {
    const k = `${e.owner}:${e.owner_n}:${e.owner_seq}`;
    if (!evidenceBy.has(k)) evidenceBy.set(k, []);
    evidenceBy.get(k)!.push({ field: e.field as string, start: e.start as number, end: e.end as number, text: e.text as string });
  }
  return rows.map((r) => {
    const n = r.n as number;
    const rec = parse<Omit<EventRecord, 'claims' | 'evidence'>>(r.record);
    const claims: Claim[] = (claimsBy.get(n) ?? []).map((c) => ({
      claimant: c.claimant as string,
      kind: c.kind as Claim['kind'],
      value: { min: c.value_min as number | null, max: c.value_max as number | null, text: c.value_text as string },
      subject: c.subject as string,
      stance: c.stance as Claim['stance'],
      evidence: evidenceBy.get(`claim:${n}:${c.seq}`) ?? [],
    }));
    const inc = r.incident_n as number | null;
    return {
      key: r.key as string,
      document_id: r.document_id as string,
      incident_id: inc == null ? null : incidentId(inc),
      record: { ...rec, claims, evidence: evidenceBy.get(`event:${n}:0`) ?? [] } as EventRecord,
    };
  });
}
