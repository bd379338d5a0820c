/**
 * @module fuse/04-cluster
 * Step 4: group reports into incidents. Candidate pairs that pass the link rules become edges;
 * edges are taken best first, and two clusters merge only when EVERY cross pair passes the hard
 * rules (complete linkage: a vague report cannot chain two precise incidents together — "Bamako"
 * may join the Faladié raid or the airport raid, not both) and the AVERAGE cross score reaches the
 * threshold (average linkage: one strong pair does not carry a weak cluster).
 */
import { candidatePairs } from './02-candidates.ts';
import { linkPair, type Resolved } from './03-link.ts';
import type { Norm } from './01-normalise.ts';

export interface Cluster {
  members: Norm[];
  links: Array<{ a: Norm; b: Norm; score: number; reasons: string[] }>;
}

interface Edge {
  a: Norm;
  b: Norm;
  score: number;
}

/** Members compared when testing a merge: most precise places first, then input order. */
function sample(ms: Norm[], cap: number): Norm[] {
  if (ms.length <= cap) return ms;
  return [...ms].sort((x, y) => x.prec - y.prec || x.idx - y.idx).slice(0, cap);
}

export function cluster(norms: Norm[], o: Resolved, debug?: (m: () => string) => void): Cluster[] {
  const edges: Edge[] = [];
  candidatePairs(norms, o.slackDays, (a, b) => {
    const v = linkPair(a, b, o);
    if (v.ok && v.score >= o.threshold) edges.push({ a, b, score: v.score });
  });
  edges.sort((x, y) => y.score - x.score || x.a.idx - y.a.idx || x.b.idx - y.b.idx);
  debug?.(() => `fuse: ${norms.length} events, ${edges.length} edges ≥ ${o.threshold}`);

  const parent = norms.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const groups = new Map<number, Cluster>();
  const docs = new Map<number, Set<string>>();
  const get = (r: number): Cluster => {
    let c = groups.get(r);
    if (!c) {
      groups.set(r, (c = { members: [norms[r]], links: [] }));
      docs.set(r, new Set([norms[r].doc]));
    }
    return c;
  };

  for (const e of edges) {
    const ra = find(e.a.idx);
    const rb = find(e.b.idx);
    if (ra === rb) continue;
    const A = get(ra);
    const B = get(rb);
    const da = docs.get(ra)!;
    const db = docs.get(rb)!;
    // One document's events were already told apart by extraction: never fuse two of them.
    let clash = false;
    for (const d of db.size < da.size ? db : da) if ((db.size < da.size ? da : db).has(d)) clash = true;
    if (clash) continue;
    let sum = 0;
    let count = 0;
    let vetoed: string | null = null;
    for (const x of sample(A.members, o.maxCompare)) {
      for (const y of sample(B.members, o.maxCompare)) {
        const v = linkPair(x, y, o);
        if (!v.ok) {
          vetoed = `${x.key} × ${y.key}: ${v.veto}`;
          break;
        }
        sum += v.score;
        count++;
      }
      if (vetoed) break;
    }
    if (vetoed || sum / count < o.threshold) {
      debug?.(() => `fuse: no merge over ${e.a.key} — ${e.b.key} (${vetoed ?? `average ${(sum / count).toFixed(3)}`})`);
      continue;
    }
    const v = linkPair(e.a, e.b, o, true);
    const [keep, drop] = A.members.length >= B.members.length ? [ra, rb] : [rb, ra];
    const K = groups.get(keep)!;
    const D = groups.get(drop)!;
    K.members.push(...D.members);
    K.links.push(...D.links, { a: e.a, b: e.b, score: e.score, reasons: v.ok ? v.reasons : [] });
    for (const d of docs.get(drop)!) docs.get(keep)!.add(d);
    parent[drop] = keep;
    groups.delete(drop);
    docs.delete(drop);
  }
  const out: Cluster[] = [];
  for (let i = 0; i < norms.length; i++) {
    if (find(i) !== i) continue;
    out.push(groups.get(i) ?? { members: [norms[i]], links: [] });
  }
  return out;
}
