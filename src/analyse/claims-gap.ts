/**
 * @module analyse/claims-gap
 * How far apart are an armed group's claims and the official toll? For each incident and each
 * non-state actor of it (actor1, actor2, associated; not state forces, not civilians), where both
 * exist:
 *   claimed  = the largest fatality figure the actor itself asserts (claimant names the actor),
 *   official = the largest fatality figure an official party asserts: a claimant starting with
 *              "Government of", "Military Forces of", "Police Forces of", "Armed Forces of",
 *              "Ministry of", "Presidency of", "National Guard of", or a claimant that is a
 *              state-forces actor of the incident.
 * A claim's figure is its lower bound (`value.min`, else `value.max`): "more than 100" counts 100,
 * "20 to 30" counts 20 — ACLED's conservative reading, the same on both sides. Several claims by
 * one side about one incident are usually restatements of one toll, so the largest is taken, not
 * the sum. Per actor: totals over the incidents where both exist, the ratio claimed/official, and
 * the median of the per-incident ratios (robust to one outsized claim).
 *
 * @example
 *   claimsGap(records, { actor: 'JNIM' }).actors[0].ratio   // e.g. 3.2
 */
import type { Claim } from '../model/types.ts';
import { fold } from '../text/index.ts';
import { actorsOf, cmp, dayOf, medianInPlace, nameMatcher, round, selector } from './common.ts';
import type { AnalysisFilter, AnalysisRecord } from './types.ts';

export type ClaimsGapOptions = AnalysisFilter;

export interface GapIncident {
  actor: string;
  incident: string;
  date: string;
  country: string;
  location: string;
  claimed: number;
  official: number;
  ratio: number | null;
  /** Claimants and wording behind each side, e.g. `JNIM: "killed 40 soldiers"`. */
  claimed_by: string;
  official_by: string;
}

export interface GapActor {
  actor: string;
  incidents: number;
  claimed_total: number;
  official_total: number;
  ratio: number | null;
  median_ratio: number | null;
}

export interface ClaimsGapResult {
  actors: GapActor[];
  incidents: GapIncident[];
  records: { read: number; used: number; with_claims: number };
}

const OFFICIAL_PREFIXES = ['government of', 'military forces of', 'police forces of', 'armed forces of', 'ministry of', 'presidency of', 'national guard of'].map((s) => fold(s));
const NON_PARTY_INTER = new Set(['Civilians', 'Protesters', 'Rioters', 'State forces']);

const foldCache = new Map<string, string>();
function f(s: string): string {
  let v = foldCache.get(s);
  if (v === undefined) {
    v = fold(s).replace(/\s+/g, ' ').trim();
    if (foldCache.size < 100_000) foldCache.set(s, v);
  }
  return v;
}

const officialCache = new Map<string, boolean>();
export function isOfficialClaimant(claimant: string): boolean {
  let v = officialCache.get(claimant);
  if (v === undefined) {
    const c = f(claimant);
    v = OFFICIAL_PREFIXES.some((p) => c.startsWith(p));
    if (officialCache.size < 100_000) officialCache.set(claimant, v);
  }
  return v;
}

const sameCache = new Map<string, Map<string, boolean>>();
/** Does a claimant name this actor ("JNIM" ↔ "JNIM: Group for Support of Islam and Muslims")? */
export function claimantIs(claimant: string, actor: string): boolean {
  let m = sameCache.get(claimant);
  if (!m) {
    if (sameCache.size > 10_000) sameCache.clear();
    sameCache.set(claimant, (m = new Map()));
  }
  let v = m.get(actor);
  if (v === undefined) m.set(actor, (v = claimantIsUncached(claimant, actor)));
  return v;
}

function claimantIsUncached(claimant: string, actor: string): boolean {
  const c = f(claimant);
  const a = f(actor);
  if (c.length < 3 || a.length < 3) return c === a && c.length > 0;
  const head = (s: string) => s.split(':')[0].trim();
  return a === c || a.startsWith(c) || c.startsWith(a) || (head(c).length >= 3 && head(c) === head(a));
}

/** A claim's figure: its lower bound, else its upper bound; null when it has none. */
export function claimFigure(c: Claim): number | null {
  const v = c.value?.min ?? c.value?.max ?? null;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
}

function isStateActor(r: AnalysisRecord, name: string): boolean {
  return (name === r.actor1 && r.inter1 === 'State forces') || (name === r.actor2 && r.inter2 === 'State forces') || isOfficialClaimant(name);
}

function partyActors(r: AnalysisRecord): string[] {
  const out: string[] = [];
  for (const a of actorsOf(r)) {
    const inter = a === r.actor1 ? r.inter1 : a === r.actor2 ? r.inter2 : undefined;
    if (inter && NON_PARTY_INTER.has(inter)) continue;
    if (isOfficialClaimant(a) || /^civilians\b/i.test(a)) continue;
    out.push(a);
  }
  return out;
}

const quote = (c: Claim) => {
  const t = c.value?.text || String(claimFigure(c));
  return `${c.claimant}: "${t.length > 120 ? t.slice(0, 120) : t}"${c.subject ? ` (${c.subject})` : ''}`;
};

export function claimsGap(records: readonly AnalysisRecord[], opts: ClaimsGapOptions = {}): ClaimsGapResult {
  const sel = selector({ from: opts.from, to: opts.to, country: opts.country });
  const want = opts.actor?.trim() ? nameMatcher(opts.actor) : null;
  const rec = { read: records.length, used: 0, with_claims: 0 };
  const rows: GapIncident[] = [];
  for (const r of records) {
    if (!sel(r)) continue;
    rec.used++;
    const claims = r.claims;
    if (!claims || claims.length === 0) continue;
    const fat = claims.filter((c) => c.kind === 'fatalities' && c.stance === 'asserts' && claimFigure(c) !== null);
    if (fat.length === 0) continue;
    rec.with_claims++;
    const official = fat.filter((c) => isOfficialClaimant(c.claimant) || isStateActor(r, c.claimant));
    if (official.length === 0) continue;
    const off = Math.max(...official.map((c) => claimFigure(c)!));
    for (const a of partyActors(r)) {
      if (want && !want(a)) continue;
      const own = fat.filter((c) => !official.includes(c) && claimantIs(c.claimant, a));
      if (own.length === 0) continue;
      const cl = Math.max(...own.map((c) => claimFigure(c)!));
      rows.push({
        actor: a,
        incident: r.event_id_cnty ?? '',
        date: dayOf(r) ?? '',
        country: r.country ?? '',
        location: r.location ?? '',
        claimed: cl,
        official: off,
        ratio: off > 0 ? round(cl / off, 3) : null,
        claimed_by: own.map(quote).join('; '),
        official_by: official.map(quote).join('; '),
      });
    }
  }
  rows.sort((x, y) => cmp(x.actor, y.actor) || cmp(x.date, y.date) || cmp(x.incident, y.incident));
  const by = new Map<string, GapIncident[]>();
  for (const row of rows) {
    const l = by.get(row.actor);
    if (l) l.push(row);
    else by.set(row.actor, [row]);
  }
  const actors: GapActor[] = [...by.entries()].map(([actor, l]) => {
    const c = l.reduce((s, x) => s + x.claimed, 0);
    const o = l.reduce((s, x) => s + x.official, 0);
    const ratios = Float64Array.from(l.filter((x) => x.ratio !== null).map((x) => x.ratio!));
    return { actor, incidents: l.length, claimed_total: c, official_total: o, ratio: o > 0 ? round(c / o, 3) : null, median_ratio: ratios.length ? round(medianInPlace(ratios), 3) : null };
  });
  actors.sort((a, b) => b.incidents - a.incidents || cmp(a.actor, b.actor));
  return { actors, incidents: rows, records: rec };
}
