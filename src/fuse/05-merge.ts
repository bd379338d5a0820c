/**
 * @module fuse/05-merge
 * Step 5: one record from the reports of an incident.
 * - date: the narrowest member range that is consistent with every other news member (ties: the
 *   range most reports give, then the earliest); background members decide only when no news does;
 *   members dated only by their publication day never decide (an incident of them alone is undated);
 * - place: the lowest geo_precision (a place naming the area of another member's place counts as
 *   coarser than it), then the location most reports agree on;
 * - actors: sides aligned across reports, actor1/actor2 by votes, every other name kept as associate;
 * - sub_event_type: ACLED's priority order over the members' sub-types, among those that enough
 *   reports support (a third of the reports, at least one) — one outlier report does not upgrade it;
 * - claims and evidence: all of them, side by side, each with its document_id;
 * - fatalities (ACLED-conservative across sources): the lowest POSITIVE member figure; 0 only when
 *   no report gives a toll. A report's 0 means "no toll reported", not "nobody died" — an explicit
 *   denial stays visible among the claims and in fatalities_low. Later revisions are not preferred
 *   over earlier provisional tolls (the inputs carry no publication order): the minimum stands.
 * - fatalities_low/high: min/max over the members; best: median of the members' best figures;
 * - confidence: 1 − Π(1 − c) over independent sources (one per outlet, else per document).
 */
import { createHash } from 'node:crypto';
import { highestPriority, subEventType } from '../model/taxonomy.ts';
import type { InterLabel } from '../model/types.ts';
import { dayString, sameFamily, actorFamily, type Norm } from './01-normalise.ts';
import type { Cluster } from './04-cluster.ts';
import type { FusedClaim, FusedEvent, FusedEvidence, FuseInput, Incident } from './types.ts';

/** `inc-` + 16 hex digits of SHA-256 over the sorted member keys. */
export function incidentId(memberKeys: string[]): string {
  return 'inc-' + createHash('sha256').update([...memberKeys].sort().join('\n')).digest('hex').slice(0, 16);
}

function mostCommon<T>(items: T[], key: (t: T) => string): T | undefined {
  const counts = new Map<string, number>();
  for (const t of items) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  let best: T | undefined;
  let bestN = 0;
  for (const t of items) {
    const n = counts.get(key(t))!;
    if (n > bestN) {
      best = t;
      bestN = n;
    }
  }
  return best;
}

function pickDate(ms: Norm[]): Norm | undefined {
  // A range read off the publication day (the event was undated) never dates the incident.
  const news = ms.filter((m) => m.s !== null && !m.pubDated && !m.background);
  const pool = news.length ? news : ms.filter((m) => m.s !== null && !m.pubDated);
  if (!pool.length) return undefined;
  const ok = pool.filter((m) => pool.every((o) => o.s! <= m.e! + 1 && m.s! <= o.e! + 1));
  const cands = ok.length ? ok : pool;
  const minW = Math.min(...cands.map((m) => m.e! - m.s!));
  const narrowest = cands.filter((m) => m.e! - m.s! === minW);
  narrowest.sort((a, b) => a.s! - b.s! || a.idx - b.idx);
  return mostCommon(narrowest, (m) => `${m.s}:${m.e}`);
}

/** A place that names the area of another member's place ("Bamako" beside "Bamako–Sénou
 * International Airport", "Faladié" beside the school in Faladié) is the coarser of the two. */
function broaderThanAnother(m: Norm, ms: Norm[]): boolean {
  if (!m.loc) return false;
  for (const o of ms) {
    if (o === m || !o.loc || o.loc === m.loc) continue;
    if (o.admins.includes(m.loc) || (o.loc.length > m.loc.length && sameFamily(m.loc, o.loc))) return true;
  }
  return false;
}

function placeRank(m: Norm, ms: Norm[]): number {
  return (m.lat !== null ? m.prec : 4) + (broaderThanAnother(m, ms) ? 0.5 : 0);
}

/** Votes for a location: every member naming it (a broader report naming the same place counts). */
function placeVotes(m: Norm, ms: Norm[]): number {
  let n = 0;
  for (const o of ms) if (o.loc && m.loc && sameFamily(o.loc, m.loc)) n++;
  return n;
}

function pickPlace(ms: Norm[], inputs: FuseInput[]): Norm {
  const located = ms.filter((m) => m.lat !== null || m.loc || m.country);
  const pool = located.length ? located : ms;
  if (pool.length === 1) return pool[0];
  const ranks = pool.map((m) => placeRank(m, ms));
  const best = Math.min(...ranks);
  const top = pool.filter((_, i) => ranks[i] === best);
  return [...top].sort((a, b) => placeVotes(b, ms) - placeVotes(a, ms) || (inputs[a.idx].location ?? '').length - (inputs[b.idx].location ?? '').length || a.idx - b.idx)[0];
}

interface ActorVote {
  name: string;
  inter: InterLabel;
  fam: string;
  n: number;
  first: number;
}

interface Named {
  name: string;
  inter: InterLabel;
}

function famsOf(xs: Named[]): string[] {
  const out: string[] = [];
  for (const x of xs) {
    const f = actorFamily(x.name);
    if (f) out.push(f);
  }
  return out;
}

function countMeet(a: string[], b: string[]): number {
  let n = 0;
  for (const f of a) {
    for (const g of b) {
      if (sameFamily(f, g)) {
        n++;
        break;
      }
    }
  }
  return n;
}

function sideOf(names: string[], inter: InterLabel): Named[] {
  const out: Named[] = [];
  for (const n of names) if (n) out.push({ name: n, inter: out.length === 0 ? inter : '' });
  return out;
}

/** Votes of every name in the same family as `v` (all spellings of a group count together). */
function familyVotes(v: ActorVote, vs: ActorVote[]): number {
  let n = 0;
  if (v.fam) for (const w of vs) if (w.fam && sameFamily(v.fam, w.fam)) n += w.n;
  return n || v.n;
}

/** The side's actor: named before unidentified, then family votes, own votes, first seen. */
function leadOf(t: Map<string, ActorVote>): { actor: string; inter: InterLabel; assoc: string } {
  const vs = [...t.values()];
  if (!vs.length) return { actor: '', inter: '', assoc: '' };
  const votes = new Map(vs.map((v) => [v, familyVotes(v, vs)]));
  vs.sort((a, b) => (a.fam ? 0 : 1) - (b.fam ? 0 : 1) || votes.get(b)! - votes.get(a)! || b.n - a.n || a.first - b.first);
  const top = vs[0];
  const rest = vs.slice(1).filter((v) => v.name !== top.name && !(!v.fam && top.fam));
  return { actor: top.name, inter: top.inter, assoc: rest.map((v) => v.name).join('; ') };
}

/** actor1/actor2 by votes after aligning each report's sides with the incident's majority. */
function pickActors(members: FuseInput[]) {
  const sides = members.map((m) => ({
    s1: sideOf([m.actor1, ...splitAssoc(m.assoc_actor_1)], m.inter1),
    s2: sideOf([m.actor2, ...splitAssoc(m.assoc_actor_2)], m.inter2),
  }));
  // Reference: the member naming most actors (ties: first); others flip when that agrees better.
  const ref = sides.reduce((best, s) => (s.s1.length + s.s2.length > best.s1.length + best.s2.length ? s : best), sides[0]);
  const r1 = famsOf(ref.s1);
  const r2 = famsOf(ref.s2);
  const tally = [new Map<string, ActorVote>(), new Map<string, ActorVote>()];
  let order = 0;
  for (const s of sides) {
    const f1 = famsOf(s.s1);
    const f2 = famsOf(s.s2);
    const flip = countMeet(f1, r2) + countMeet(f2, r1) > countMeet(f1, r1) + countMeet(f2, r2);
    const pair = flip ? [s.s2, s.s1] : [s.s1, s.s2];
    for (let k = 0; k < 2; k++) {
      for (const x of pair[k]) {
        const v = tally[k].get(x.name);
        if (v) {
          v.n++;
          if (!v.inter && x.inter) v.inter = x.inter;
        } else tally[k].set(x.name, { name: x.name, inter: x.inter, fam: actorFamily(x.name), n: 1, first: order++ });
      }
    }
  }
  // A name voted on both sides stays on the side with more votes.
  for (const [name, v] of tally[0]) {
    const w = tally[1].get(name);
    if (w) {
      if (w.n > v.n) tally[0].delete(name);
      else tally[1].delete(name);
    }
  }
  let A = leadOf(tally[0]);
  let B = leadOf(tally[1]);
  if (!A.actor && B.actor) [A, B] = [B, A];
  return { A, B };
}

function splitAssoc(s: string): string[] {
  return s ? s.split(/;\s*/).filter(Boolean) : [];
}

/** Unique non-empty parts of `; `-joined fields. */
function uniqParts(xs: string[]): string[] {
  const out = new Set<string>();
  for (const x of xs) if (x) for (const p of x.split(/;\s*/)) if (p) out.add(p);
  return [...out];
}

function pickSubType(members: FuseInput[]): string {
  const news = members.filter((m) => !m.background && m.sub_event_type);
  const pool = news.length ? news : members.filter((m) => m.sub_event_type);
  if (!pool.length) return '';
  const counts = new Map<string, number>();
  for (const m of pool) counts.set(m.sub_event_type, (counts.get(m.sub_event_type) ?? 0) + 1);
  const need = Math.max(1, Math.ceil(pool.length / 3));
  const supported = [...counts].filter(([, n]) => n >= need).map(([s]) => s);
  const best = highestPriority(supported.length ? supported : [...counts.keys()]);
  return best?.sub_event_type ?? mostCommon(pool, (m) => m.sub_event_type)!.sub_event_type;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

function notes(e: FusedEvent, nSources: number): string {
  const when = e.date_start ? (e.date_start === e.date_end ? `On ${e.date_start}` : `Between ${e.date_start} and ${e.date_end}`) : 'On an unknown date';
  const where = e.location ? ` in ${e.location}${e.admin1 && e.admin1 !== e.location ? ` (${e.admin1}, ${e.country})` : e.country && e.country !== e.location ? ` (${e.country})` : ''}` : '';
  const who = e.actor1 || 'an unidentified actor';
  const whom = e.actor2 ? ` involving ${e.actor2}` : '';
  const fat = e.fatalities ? `; fatalities ${e.fatalities} (conservative across sources)` : '';
  const src = `; ${nSources} source${nSources === 1 ? '' : 's'}`;
  return `${when}, ${who} — ${(e.sub_event_type || 'event').toLowerCase()}${where}${whom}${fat}${src}${e.background ? ' [mentioned as background]' : ''}.`;
}

export function mergeCluster(c: Cluster, inputs: FuseInput[]): Incident {
  const ms = [...c.members].sort((a, b) => a.idx - b.idx);
  const members = ms.map((m) => inputs[m.idx]);
  const keys = ms.map((m) => m.key).sort();
  const id = incidentId(keys);

  const dm = pickDate(ms);
  const dEv = dm ? inputs[dm.idx] : undefined;
  const date_start = dm ? dayString(dm.s!) : null;
  const date_end = dm ? dayString(dm.e!) : null;
  const width = dm ? dm.e! - dm.s! : null;
  const time_precision = width === null ? null : width === 0 ? 1 : width <= 7 ? 2 : width <= 31 ? 3 : null;
  const event_date = dm ? dayString(dm.s! + Math.floor(width! / 2)) : null;

  const pm = pickPlace(ms, inputs);
  const pEv = inputs[pm.idx];

  const { A, B } = pickActors(members);
  const sub = pickSubType(members);
  const st = subEventType(sub);
  const event_type = st?.event_type ?? members[0].event_type;
  const civ = st?.event_type === 'Violence against civilians' || members.filter((m) => m.civilian_targeting).length * 2 > members.length;

  const claims: FusedClaim[] = [];
  const evidence: FusedEvidence[] = [];
  for (const m of members) {
    for (const cl of m.claims ?? []) claims.push({ ...cl, document_id: m.document_id });
    for (const e of m.evidence ?? []) evidence.push({ ...e, document_id: m.document_id });
  }

  const figs = members.map((m) => m.fatalities).filter((f) => Number.isFinite(f) && f > 0);
  const fatalities = figs.length ? Math.min(...figs) : 0;
  const lows = members.map((m) => m.fatalities_low).filter((x): x is number => typeof x === 'number');
  const highs = members.map((m) => m.fatalities_high).filter((x): x is number => typeof x === 'number');
  const bests = members.map((m) => m.fatalities_best).filter((x): x is number => typeof x === 'number');
  const anyFig = lows.length + highs.length + bests.length + figs.length > 0;
  const fatalities_low = anyFig ? Math.min(fatalities, ...lows) : null;
  const fatalities_high = anyFig ? Math.max(fatalities, ...highs, ...figs) : null;
  const fatalities_best = bests.length ? Math.min(fatalities_high!, Math.max(fatalities_low!, median(bests))) : anyFig ? fatalities : null;

  const perSource = new Map<string, number>();
  for (const m of ms) perSource.set(m.source, Math.max(perSource.get(m.source) ?? 0, clamp01(inputs[m.idx].confidence)));
  let miss = 1;
  for (const c of perSource.values()) miss *= 1 - c;
  const confidence = Math.round(Math.min(0.99, 1 - miss) * 100) / 100;

  const documents = [...new Set(members.map((m) => m.document_id))].sort();
  const source_documents = [...new Set(members.flatMap((m) => [m.document_id, ...(m.source_documents ?? [])]))].sort();
  const prefix = /^[A-Z]{3}-/.test(pEv.event_id_cnty) ? pEv.event_id_cnty.slice(0, 3) : 'INC';
  const background = members.every((m) => m.background);

  const event: FusedEvent = {
    event_id_cnty: `${prefix}-${id.slice(4, 12)}`,
    event_date,
    time_precision,
    disorder_type: st?.disorder_type ?? members[0].disorder_type,
    event_type,
    sub_event_type: st?.sub_event_type ?? members[0].sub_event_type,
    actor1: A.actor,
    assoc_actor_1: A.assoc,
    inter1: A.inter,
    actor2: B.actor,
    assoc_actor_2: B.assoc,
    inter2: B.inter,
    interaction: A.inter ? (B.inter ? `${A.inter}-${B.inter}` : `${A.inter} only`) : '',
    civilian_targeting: civ ? 'Civilian targeting' : '',
    iso: pEv.iso,
    country: pEv.country,
    admin1: pEv.admin1,
    admin2: pEv.admin2,
    admin3: pEv.admin3,
    location: pEv.location,
    latitude: pEv.latitude,
    longitude: pEv.longitude,
    geo_precision: pEv.geo_precision,
    fatalities,
    source: uniqParts(members.map((m) => m.source)).join('; '),
    source_scale: uniqParts(members.map((m) => m.source_scale)).join('; '),
    notes: '',
    tags: uniqParts([...members.map((m) => m.tags), members.length > 1 ? 'fused' : ''])
      .filter((t) => t !== 'background' || background)
      .join('; '),
    timestamp: Math.max(...members.map((m) => m.timestamp || 0)),
    date_start,
    date_end,
    date_text: dEv?.date_text ?? null,
    fatalities_low,
    fatalities_best,
    fatalities_high,
    claims,
    background,
    evidence,
    confidence,
    source_documents,
  };
  event.notes = notes(event, perSource.size);
  return {
    id,
    event,
    members: keys,
    documents,
    member_events: members,
    links: c.links.map((l) => ({ a: l.a.key, b: l.b.key, score: l.score, reasons: l.reasons })),
  };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0;
}
