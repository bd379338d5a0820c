/**
 * @module fuse/05-merge
 * Step 5: one record from the reports of an incident.
 * - date: the narrowest member range that is consistent with every other news member (ties: the
 *   range most reports give, then the earliest); background members decide only when no news does;
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
  const news = ms.filter((m) => m.s !== null && !m.background);
  const pool = news.length ? news : ms.filter((m) => m.s !== null);
  if (!pool.length) return undefined;
  const consistent = (m: Norm) => pool.every((o) => o.s! <= m.e! + 1 && m.s! <= o.e! + 1);
  const ok = pool.filter(consistent);
  const cands = ok.length ? ok : pool;
  const minW = Math.min(...cands.map((m) => m.e! - m.s!));
  const narrowest = cands.filter((m) => m.e! - m.s! === minW);
  narrowest.sort((a, b) => a.s! - b.s! || a.idx - b.idx);
  return mostCommon(narrowest, (m) => `${m.s}:${m.e}`);
}

function pickPlace(ms: Norm[], ev: (m: Norm) => FuseInput): Norm {
  const located = ms.filter((m) => m.lat !== null || m.loc || m.country);
  const pool = located.length ? located : ms;
  // A place that names the area of another member's place ("Bamako" beside "Bamako–Sénou
  // International Airport", "Faladié" beside the school in Faladié) is the coarser of the two.
  const broader = (m: Norm) => ms.some((o) => o !== m && !!m.loc && !!o.loc && m.loc !== o.loc && (o.admins.includes(m.loc) || (o.loc.length > m.loc.length && sameFamily(m.loc, o.loc))));
  const rank = (m: Norm) => (m.lat !== null ? m.prec : 4) + (broader(m) ? 0.5 : 0);
  const best = Math.min(...pool.map(rank));
  const top = pool.filter((m) => rank(m) === best);
  // Votes for a location come from every member naming it (a broader report naming the same place counts).
  const votes = (m: Norm) => ms.filter((o) => o.loc && m.loc && sameFamily(o.loc, m.loc)).length;
  return [...top].sort((a, b) => votes(b) - votes(a) || (ev(a).location ?? "").length - (ev(b).location ?? "").length || a.idx - b.idx)[0];
}

interface ActorVote {
  name: string;
  inter: InterLabel;
  fam: string;
  n: number;
  first: number;
}

/** actor1/actor2 by votes after aligning each report's sides with the incident's majority. */
function pickActors(members: FuseInput[]) {
  const sides = members.map((m) => ({
    s1: [m.actor1, ...splitAssoc(m.assoc_actor_1)].filter(Boolean).map((n, i) => ({ name: n, inter: i === 0 ? m.inter1 : ('' as InterLabel) })),
    s2: [m.actor2, ...splitAssoc(m.assoc_actor_2)].filter(Boolean).map((n, i) => ({ name: n, inter: i === 0 ? m.inter2 : ('' as InterLabel) })),
  }));
  // Reference: the member naming most actors (ties: first); others flip when that agrees better.
  const ref = sides.reduce((best, s) => (s.s1.length + s.s2.length > best.s1.length + best.s2.length ? s : best), sides[0]);
  const fams = (xs: { name: string }[]) => xs.map((x) => actorFamily(x.name)).filter(Boolean);
  const meet = (a: string[], b: string[]) => a.filter((f) => b.some((g) => sameFamily(f, g))).length;
  const r1 = fams(ref.s1);
  const r2 = fams(ref.s2);
  const tally = [new Map<string, ActorVote>(), new Map<string, ActorVote>()];
  let order = 0;
  for (const s of sides) {
    const f1 = fams(s.s1);
    const f2 = fams(s.s2);
    const flip = meet(f1, r2) + meet(f2, r1) > meet(f1, r1) + meet(f2, r2);
    const [a, b] = flip ? [s.s2, s.s1] : [s.s1, s.s2];
    [a, b].forEach((side, k) => {
      for (const x of side) {
        const v = tally[k].get(x.name);
        if (v) {
          v.n++;
          if (!v.inter && x.inter) v.inter = x.inter;
        } else tally[k].set(x.name, { name: x.name, inter: x.inter, fam: actorFamily(x.name), n: 1, first: order++ });
      }
    });
  }
  // A name voted on both sides stays on the side with more votes.
  for (const [name, v] of tally[0]) {
    const w = tally[1].get(name);
    if (w) {
      if (w.n > v.n) tally[0].delete(name);
      else tally[1].delete(name);
    }
  }
  const lead = (t: Map<string, ActorVote>) => {
    const vs = [...t.values()];
    if (!vs.length) return { actor: '', inter: '' as InterLabel, assoc: '' };
    // Votes per family first (all spellings of a group count together), then the most voted name in it.
    const famVotes = (v: ActorVote) => vs.filter((w) => v.fam && w.fam && sameFamily(v.fam, w.fam)).reduce((n, w) => n + w.n, 0) || v.n;
    const unidentified = (v: ActorVote) => (v.fam ? 0 : 1);
    vs.sort((a, b) => unidentified(a) - unidentified(b) || famVotes(b) - famVotes(a) || b.n - a.n || a.first - b.first);
    const top = vs[0];
    const rest = vs.slice(1).filter((v) => v.name !== top.name && !(unidentified(v) && !unidentified(top)));
    return { actor: top.name, inter: top.inter, assoc: rest.map((v) => v.name).join('; ') };
  };
  let A = lead(tally[0]);
  let B = lead(tally[1]);
  if (!A.actor && B.actor) [A, B] = [B, A];
  return { A, B };
}

function splitAssoc(s: string): string[] {
  return s ? s.split(/;\s*/).filter(Boolean) : [];
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
  const ev = (m: Norm) => inputs[m.idx];
  const members = ms.map(ev);
  const keys = ms.map((m) => m.key).sort();
  const id = incidentId(keys);

  const dm = pickDate(ms);
  const dEv = dm ? ev(dm) : undefined;
  const date_start = dm ? dayString(dm.s!) : null;
  const date_end = dm ? dayString(dm.e!) : null;
  const width = dm ? dm.e! - dm.s! : null;
  const time_precision = width === null ? null : width === 0 ? 1 : width <= 7 ? 2 : width <= 31 ? 3 : null;
  const event_date = dm ? dayString(dm.s! + Math.floor(width! / 2)) : null;

  const pm = pickPlace(ms, ev);
  const pEv = ev(pm);

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
  for (const m of ms) perSource.set(m.source, Math.max(perSource.get(m.source) ?? 0, clamp01(ev(m).confidence)));
  let miss = 1;
  for (const c of perSource.values()) miss *= 1 - c;
  const confidence = Math.round(Math.min(0.99, 1 - miss) * 100) / 100;

  const documents = [...new Set(members.map((m) => m.document_id))].sort();
  const source_documents = [...new Set(members.flatMap((m) => [m.document_id, ...(m.source_documents ?? [])]))].sort();
  const uniq = (xs: string[]) => [...new Set(xs.flatMap((x) => (x ? x.split(/;\s*/) : [])).filter(Boolean))];
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
    source: uniq(members.map((m) => m.source)).join('; '),
    source_scale: uniq(members.map((m) => m.source_scale)).join('; '),
    notes: '',
    tags: uniq([...members.map((m) => m.tags), members.length > 1 ? 'fused' : ''])
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
