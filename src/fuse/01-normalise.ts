/**
 * @module fuse/01-normalise
 * Step 1: each input event becomes a compact, comparison-ready view — dates as day numbers,
 * places as folded keys and coordinates, actors as folded "families". Comparing folded keys once
 * here keeps the pairwise step cheap (fusion of 100,000 events compares millions of pairs).
 */
import { matchKey } from '../text/keys.ts';
import type { FuseInput } from './types.ts';
import { haversineKm } from '../model/geo.ts';
import { findActors, loadRegistry } from '../knowledge/actors/index.ts';
import { tolerance } from './tolerances.ts';
import { fineKey } from '../knowledge/gazetteer/translit.ts';

export interface Norm {
  idx: number;
  /** `document_id/event_id_cnty`: unique per input. */
  key: string;
  doc: string;
  /** Independence unit: the outlet when known, else the document. */
  source: string;
  /** First and last day (days since 1970-01-01), or null when the event has no date. */
  s: number | null;
  e: number | null;
  /** The range comes from the publication day (the event itself was undated): weak date evidence. */
  pubDated: boolean;
  /** A one-day event dated on its document's publication day (tolerance date-at-publication). */
  atPub: boolean;
  background: boolean;
  country: string;
  admin1: string;
  admin2: string;
  /** Folded admin1..admin3 names (non-empty ones). */
  admins: string[];
  /** Folded location name. */
  loc: string;
  /** Transliteration key of the location name (vowels and related consonants folded), for spelling variants. */
  fine: string;
  lat: number | null;
  lon: number | null;
  prec: 1 | 2 | 3;
  /** Folded actor families on each side (unidentified groups left out: they match anything). */
  side1: string[];
  side2: string[];
  /** Families of the registry parents of each side's actors (not counted as the event's own). */
  up1: string[];
  up2: string[];
  families: string[];
  /** Registry parents of each of `families` (same order). */
  famUp: string[][];
  /** Some actor name was read as a registry alias (tolerance registry-alias). */
  aliased: boolean;
  type: string;
  sub: string;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → days since the epoch; null when not a valid calendar date. */
export function dayNumber(s: string | null | undefined): number | null {
  if (!s) return null;
  const m = ISO_DAY.exec(s);
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  const d = new Date(t);
  if (d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return null;
  return t / DAY_MS;
}

const dayMemo = new Map<number, string>();
export function dayString(n: number): string {
  let d = dayMemo.get(n);
  if (d === undefined) {
    if (dayMemo.size >= 100_000) dayMemo.clear();
    d = new Date(n * DAY_MS).toISOString().slice(0, 10);
    dayMemo.set(n, d);
  }
  return d;
}

/** Half-width in days of a date known only as `event_date` with a time precision (ACLED: middle of the range). */
const HALF_WIDTH: Record<string, number> = { '1': 0, '2': 3, '3': 15, null: 15 };

export function dateRange(ev: FuseInput): [number, number] | null {
  let s = dayNumber(ev.date_start);
  let e = dayNumber(ev.date_end);
  if (s !== null || e !== null) {
    s ??= e!;
    e ??= s;
    return s <= e ? [s, e] : [e, s];
  }
  const mid = dayNumber(ev.event_date);
  if (mid === null) return null;
  const h = HALF_WIDTH[String(ev.time_precision)] ?? 15;
  return [mid - h, mid + h];
}

/**
 * The range fusion uses: the event's own, else — for a news event of a document whose publication
 * day is known — the days just before publication (tolerance `date-from-publication`).
 */
export function fusionRange(ev: FuseInput): { range: [number, number]; pubDated: boolean } | null {
  const r = dateRange(ev);
  if (r) return { range: r, pubDated: false };
  if (ev.background === true) return null; // a recall without a date: when is unknown
  const p = dayNumber(ev.published);
  if (p === null) return null;
  return { range: [p - tolerance('date-from-publication').days, p], pubDated: true };
}

/**
 * Actor family key: folded name without parenthesised qualifiers (`(2021-)`, `(Mali)`), so that
 * `Military Forces of Mali (2021-)` and `Military Forces of Mali (2012-2021)` are one family.
 * Empty for unidentified actors, which any named actor may turn out to be.
 */
const familyMemo = new Map<string, string>();
export function actorFamily(name: string): string {
  let f = familyMemo.get(name);
  if (f === undefined) {
    if (familyMemo.size >= 50_000) familyMemo.clear();
    const k = key(name.replace(/\([^)]*\)/g, ' '));
    f = !k || /^unidentified\b|^unknown\b/.test(k) ? '' : k;
    familyMemo.set(name, f);
  }
  return f;
}

/** Two family keys are one family when one holds the other as whole words (`jnim` ⊂ `jnim group for …`). */
export function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  for (let i = long.indexOf(short); i >= 0; i = long.indexOf(short, i + 1)) {
    const j = i + short.length;
    if ((i === 0 || long.charCodeAt(i - 1) === 32) && (j === long.length || long.charCodeAt(j) === 32)) return true;
  }
  return false;
}

const fineMemo = new Map<string, string>();
function fine(s: string): string {
  let k = fineMemo.get(s);
  if (k === undefined) {
    if (fineMemo.size >= 200_000) fineMemo.clear();
    k = fineKey(s);
    fineMemo.set(s, k);
  }
  return k;
}

/** matchKey with a bounded memo: place, admin and actor names repeat across thousands of events. */
const keyMemo = new Map<string, string>();
export function key(s: string): string {
  let k = keyMemo.get(s);
  if (k === undefined) {
    if (keyMemo.size >= 200_000) keyMemo.clear();
    k = matchKey(s);
    keyMemo.set(s, k);
  }
  return k;
}

function splitAssoc(s: string): string[] {
  return s ? s.split(/;\s*/).filter(Boolean) : [];
}

/**
 * What fusion asks of an actor registry: the canonical name a name stands for (aliases,
 * acronyms, press names: "FAMa", "Malian army" → Military Forces of Mali; the name itself when
 * unknown), and the canonical names of its parents, nearest first (Katiba Macina → JNIM → Al Qaeda).
 */
export interface ActorKnowledge {
  canonical(name: string): string;
  parents(name: string): readonly string[];
}

let registryKnowledge: ActorKnowledge | null = null;
const LANGS = ['en', 'fr', 'ar'] as const;

/** The project's actor registry (loaded once, on first use) as ActorKnowledge; memoised per name. */
export function defaultActorKnowledge(): ActorKnowledge {
  if (registryKnowledge) return registryKnowledge;
  const reg = loadRegistry();
  const byName = new Map<string, string>();
  for (const a of reg.all()) {
    const k = actorFamily(a.canonical);
    if (k && !byName.has(k)) byName.set(k, a.lineage ?? a.id);
  }
  const canonMemo = new Map<string, string>();
  const parentMemo = new Map<string, readonly string[]>();
  const canonical = (name: string): string => {
    let c = canonMemo.get(name);
    if (c === undefined) {
      c = name;
      if (!byName.has(actorFamily(name)) && actorFamily(name)) {
        // A known form covering the name (not a generic one such as "the army").
        const len = name.trim().length;
        for (const lang of LANGS) {
          const m = findActors(name, lang, { registry: reg }).find((x) => !x.generic && x.end - x.start >= 0.7 * len);
          if (m) {
            c = m.canonical;
            break;
          }
        }
      }
      if (canonMemo.size >= 50_000) canonMemo.clear();
      canonMemo.set(name, c);
    }
    return c;
  };
  registryKnowledge = {
    canonical,
    parents(name) {
      let out = parentMemo.get(name);
      if (out === undefined) {
        const id = byName.get(actorFamily(canonical(name)));
        out = id ? reg.parentChain(id).map((p) => p.canonical) : [];
        if (parentMemo.size >= 50_000) parentMemo.clear();
        parentMemo.set(name, out);
      }
      return out;
    },
  };
  return registryKnowledge;
}

/** Families of the parents of `names`, leaving out those already among `own`. */
function parentFamilies(names: string[], own: string[], know: ActorKnowledge): string[] {
  const out: string[] = [];
  for (const n of names) {
    for (const p of know.parents(n)) {
      const f = actorFamily(p);
      if (f && !own.includes(f) && !out.includes(f)) out.push(f);
    }
  }
  return out;
}

function families(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const f = actorFamily(n);
    if (f && !out.includes(f)) out.push(f);
  }
  return out;
}

export function normalise(ev: FuseInput, idx: number, know: ActorKnowledge | null = defaultActorKnowledge()): Norm {
  const fr = fusionRange(ev);
  const range = fr?.range ?? null;
  let aliased = false;
  const canon = (n: string) => {
    const c = know ? know.canonical(n) : n;
    if (c !== n) aliased = true;
    return c;
  };
  const names1 = [ev.actor1, ...splitAssoc(ev.assoc_actor_1)].filter(Boolean).map(canon);
  const names2 = [ev.actor2, ...splitAssoc(ev.assoc_actor_2)].filter(Boolean).map(canon);
  const side1 = families(names1);
  const side2 = families(names2);
  const fams = [...side1];
  for (const f of side2) if (!fams.includes(f)) fams.push(f);
  const hasXY = typeof ev.latitude === 'number' && typeof ev.longitude === 'number' && Number.isFinite(ev.latitude) && Number.isFinite(ev.longitude);
  const prec = ev.geo_precision === 1 || ev.geo_precision === 2 || ev.geo_precision === 3 ? ev.geo_precision : hasXY ? 2 : 3;
  const admins = [ev.admin1, ev.admin2, ev.admin3].map((a) => (a ? key(a) : '')).filter(Boolean);
  return {
    idx,
    key: `${ev.document_id}/${ev.event_id_cnty}`,
    doc: ev.document_id,
    source: ev.outlet ? `outlet:${key(ev.outlet)}` : `doc:${ev.document_id}`,
    s: range ? range[0] : null,
    e: range ? range[1] : null,
    pubDated: fr?.pubDated ?? false,
    atPub: !!range && !fr!.pubDated && range[0] === range[1] && range[0] === dayNumber(ev.published),
    background: ev.background === true,
    country: ev.country ? key(ev.country) : '',
    admin1: ev.admin1 ? key(ev.admin1) : '',
    admin2: ev.admin2 ? key(ev.admin2) : '',
    admins,
    loc: ev.location ? key(ev.location) : '',
    fine: ev.location ? fine(ev.location) : '',
    lat: hasXY ? ev.latitude : null,
    lon: hasXY ? ev.longitude : null,
    prec,
    side1,
    side2,
    up1: know ? parentFamilies(names1, side1, know) : [],
    up2: know ? parentFamilies(names2, side2, know) : [],
    families: fams,
    aliased,
    famUp: fams.map((f) => (know ? parentFamilies(names1.concat(names2).filter((n) => actorFamily(n) === f), [f], know) : [])),
    type: ev.event_type ?? '',
    sub: ev.sub_event_type ?? '',
  };
}

export { haversineKm };
