/**
 * @module fuse/03-link
 * Step 3: may two reports describe the same incident, and how strongly? Hard rules veto a pair
 * (different days, too far apart for the precision the reports give, disjoint actors, incompatible
 * event types, same document); otherwise a score in 0..1 weighs date, place, actors and type.
 * The rules are data records with reason ids so that tests and traces can name them; where real
 * extraction errs (undated or publication-dated events, wrong admin1 of a coarse place, spelling
 * variants, unidentified attackers, aliases and parent groups) the tolerances of ./tolerances.ts
 * apply, each named in the link's reasons.
 */
import { haversineKm, sameFamily, type Norm } from './01-normalise.ts';
import { tolerance } from './tolerances.ts';
import { fineDistance, fineTolerance } from '../knowledge/gazetteer/translit.ts';

export interface Resolved {
  threshold: number;
  slackDays: number;
  maxCompare: number;
}

/** Distance limits by the coarser precision of the pair (geo_precision 1 place, 2 near it, 3 region). */
export const DISTANCE_RULES = [
  { id: 'p1-same-name', precision: 1, sameName: true, maxKm: 15, why: 'one place under two gazetteer entries or a site inside the named town' },
  { id: 'p1-other-name', precision: 1, sameName: false, maxKm: 5, why: 'two named places a few km apart are two places (the two Bamako raids are 7 km apart)' },
  { id: 'p2-near', precision: 2, sameName: null, maxKm: 50, why: '"near X" or a part of a region' },
  { id: 'p3-region', precision: 3, sameName: null, maxKm: 400, why: 'a region coded to its capital: same admin1 (or country) decides, the distance only bounds it' },
] as const;

export type ActorNeed = 'any' | 'strong';

/** Event types that one incident can be given by different reports (ambush with an IED, an attack that destroys property…). */
export const TYPE_LINKS: ReadonlyArray<{ id: string; a: string; b: string; score: number; needs: ActorNeed }> = [
  { id: 'battle-explosion', a: 'Battles', b: 'Explosions/Remote violence', score: 0.75, needs: 'any' },
  { id: 'battle-strategic', a: 'Battles', b: 'Strategic developments', score: 0.6, needs: 'any' },
  { id: 'explosion-strategic', a: 'Explosions/Remote violence', b: 'Strategic developments', score: 0.55, needs: 'any' },
  { id: 'battle-civilians', a: 'Battles', b: 'Violence against civilians', score: 0.6, needs: 'strong' },
  { id: 'explosion-civilians', a: 'Explosions/Remote violence', b: 'Violence against civilians', score: 0.6, needs: 'strong' },
  { id: 'civilians-strategic', a: 'Violence against civilians', b: 'Strategic developments', score: 0.5, needs: 'strong' },
  { id: 'protest-riot', a: 'Protests', b: 'Riots', score: 0.7, needs: 'any' },
];

export type Veto =
  | 'same-document'
  | 'no-date'
  | 'date-apart'
  | 'other-country'
  | 'other-admin1'
  | 'other-admin2'
  | 'too-far'
  | 'actors-disjoint'
  | 'types-incompatible'
  | 'types-need-strong-actors';

export type Verdict = { ok: true; score: number; reasons: string[] } | { ok: false; veto: Veto };

const WEIGHTS = { date: 0.3, place: 0.3, actors: 0.25, type: 0.15 };

function dateTerm(a: Norm, b: Norm, o: Resolved, why: string[] | null): number | Veto {
  if (a.s === null || b.s === null) return 'no-date';
  // Background mentions join news only on overlapping dates: they never pull news of another day.
  const slack = a.background !== b.background ? 0 : o.slackDays;
  // An event dated on its publication day may be the eve's ("last night" read as today, the
  // announcement's day taken for the event's): its range starts a day earlier (date-at-publication).
  const as = a.atPub ? a.s - AT_PUB.days : a.s;
  const bs = b.atPub ? b.s - AT_PUB.days : b.s;
  if (!(as <= b.e! + slack && bs <= a.e! + slack)) return 'date-apart';
  const strict = as <= b.e! && bs <= a.e!;
  if (strict && !(a.s <= b.e! && b.s <= a.e!)) why?.push(`date:${AT_PUB.id}`);
  const narrow = Math.min(a.e! - a.s, b.e! - b.s) + 1;
  const v = !strict ? 0.6 : narrow <= 1 ? 1 : narrow <= 7 ? 0.8 : narrow <= 31 ? 0.6 : 0.4;
  why?.push(!strict ? 'date:within-slack' : `date:overlap-${narrow}d`);
  if (a.pubDated || b.pubDated) {
    // A date read off the publication day says only "recently".
    why?.push(`date:${PUB.id}`);
    return Math.min(v, 0.6);
  }
  return v;
}

const ruleFor = (precision: 1 | 2 | 3, sameName: boolean) =>
  DISTANCE_RULES.find((r) => r.precision === precision && (r.sameName === null || r.sameName === sameName))!;
/** Rules by precision and same-name, looked up once (the pair loop runs millions of times). */
const RULE = { p1same: ruleFor(1, true), p1other: ruleFor(1, false), p2: ruleFor(2, false), p3: ruleFor(3, false) };
const KM_PER_DEG_LAT = 111.2;
const PUB = tolerance('date-from-publication');
const COARSE = tolerance('coarse-near-point');
const UNKNOWN = tolerance('unknown-attacker');
const NAMES_ADMIN = tolerance('coarse-names-admin');
const AT_PUB = tolerance('date-at-publication');
const VARIANT = tolerance('name-variant');

/** Whether two transliteration keys are spellings of one name (Fambita/Fombita, Tchoma Bangou/Tchombangou). */
export function nameVariant(x: string, y: string): boolean {
  if (!x || !y || x === y) return x === y && x !== '';
  const tol = Math.min(fineTolerance(x), fineTolerance(y));
  if (Math.abs(x.length - y.length) * 0.3 > tol) return false;
  return fineDistance(x, y, tol) <= tol;
}
const PARENT = tolerance('registry-parent');
const ALIAS = tolerance('registry-alias');

/** Whether `c` is region-level and its name holds one of `o`'s admin names as whole words. */
function coarseNamesAdmin(c: Norm, o: Norm): boolean {
  if (c.prec !== 3 || c.loc === '') return false;
  for (const ad of o.admins) if (sameFamily(ad, c.loc)) return true;
  return false;
}

function placeTerm(a: Norm, b: Norm, why: string[] | null): number | Veto {
  const otherCountry = a.country !== '' && b.country !== '' && a.country !== b.country;
  // Spellings of one name at two points close enough for one place count as the same name (name-variant).
  const variant =
    a.loc !== b.loc && a.prec === 1 && b.prec === 1 && a.lat !== null && b.lat !== null &&
    Math.abs(a.lat - b.lat) * KM_PER_DEG_LAT <= RULE.p1same.maxKm && nameVariant(a.fine, b.fine);
  const sameName = (a.loc !== '' && a.loc === b.loc) || variant;
  // A report that names the area the other's place lies in speaks of that area: compared as a
  // region. The area is an admin unit of the other ("Bamako" vs "Faladié, Bamako"; "Ouallam" vs a
  // village of Ouallam department) or a name inside the other's ("Faladié" vs "École de
  // gendarmerie de Faladié"; "Bamako" vs "Bamako–Sénou International Airport").
  // A region-level place whose name holds the other's admin unit ("Département de Tillabéri",
  // "Province du Yagha") speaks of that unit, whatever admin1 the gazetteer coded (coarse-names-admin).
  const namesAdmin = !sameName && (coarseNamesAdmin(a, b) || coarseNamesAdmin(b, a));
  const broad =
    !sameName &&
    (namesAdmin || (a.loc !== '' && b.admins.includes(a.loc)) || (b.loc !== '' && a.admins.includes(b.loc)) || sameFamily(a.loc, b.loc));
  const p = broad ? 3 : a.prec > b.prec ? a.prec : b.prec;
  const rule = p === 3 ? RULE.p3 : p === 2 ? RULE.p2 : sameName ? RULE.p1same : RULE.p1other;
  const hasXY = a.lat !== null && b.lat !== null;
  // Cheap reject on latitude alone before the great-circle distance.
  if (hasXY && Math.abs(a.lat! - b.lat!) * KM_PER_DEG_LAT > rule.maxKm) return 'too-far';
  // A report coded to the district it names ("in Oudalan province") excludes places of another district.
  if ((a.admin2 !== '' && a.loc === a.admin2 && b.admin2 !== '' && b.admin2 !== a.admin2) || (b.admin2 !== '' && b.loc === b.admin2 && a.admin2 !== '' && a.admin2 !== b.admin2)) {
    return 'other-admin2';
  }
  if (!hasXY) {
    if (otherCountry) return 'other-country';
    if (a.admin1 && b.admin1 && a.admin1 !== b.admin1) return 'other-admin1';
    why?.push('place:no-coordinates');
    return a.admin1 && a.admin1 === b.admin1 ? 0.4 : a.country && a.country === b.country ? 0.25 : 0.1;
  }
  const d = haversineKm(a.lat!, a.lon!, b.lat!, b.lon!);
  if (d > rule.maxKm) return 'too-far';
  if (p === 3) {
    const near = d <= COARSE.km;
    if (otherCountry && !near) return 'other-country';
    if (a.admin1 && b.admin1 && a.admin1 !== b.admin1 && !near && !namesAdmin) return 'other-admin1';
    // Naming the area is better evidence than sharing an admin1; among places in it, the nearer is
    // likelier — a coarse point within "near" distance counts as much as naming the area.
    if (broad) {
      why?.push(namesAdmin ? `place:${NAMES_ADMIN.id}` : 'place:names-the-admin-area');
      return 0.5 - 0.1 * Math.min(1, d / COARSE.km);
    }
    if (near) {
      why?.push(`place:${COARSE.id}:${d.toFixed(1)}km`);
      return 0.5 - 0.1 * (d / COARSE.km);
    }
    why?.push(`place:${rule.id}`);
    return a.admin1 && a.admin1 === b.admin1 ? 0.4 : 0.3;
  }
  why?.push(`place:${rule.id}:${d.toFixed(1)}km`);
  if (variant) why?.push(`place:${VARIANT.id}`);
  if (p === 1) return variant ? 0.9 : sameName ? 1 : 0.85 - 0.2 * (d / rule.maxKm);
  return 0.75 - 0.3 * (d / rule.maxKm) + (sameName ? 0.1 : 0);
}

/** Whether `f` is in the family list `ys` (module-level: see the note in 02-candidates). */
function hasFamily(f: string, ys: string[]): boolean {
  for (const g of ys) if (sameFamily(f, g)) return true;
  return false;
}

/** Whether any of `xs` is in `ys`. */
function anyIn(xs: string[], ys: string[]): boolean {
  if (ys.length === 0) return false;
  for (const x of xs) if (hasFamily(x, ys)) return true;
  return false;
}

/** Whether two sides name a common family, directly or one through the other's registry parents. */
function meet(x: string[], xUp: string[], y: string[], yUp: string[]): boolean {
  for (const f of x) if (hasFamily(f, y) || hasFamily(f, yUp)) return true;
  for (const g of y) if (hasFamily(g, xUp)) return true;
  return false;
}

/** Shared families, and whether the actors match strongly (both sides, or two families shared). */
function actorOverlap(a: Norm, b: Norm, why: string[] | null): { shared: number; strong: boolean } {
  // Count matched families on the side with fewer matches (FAMa and its Gendarmerie are one match).
  const aUp = a.up1.length || a.up2.length ? [...a.up1, ...a.up2] : a.up1;
  const bUp = b.up1.length || b.up2.length ? [...b.up1, ...b.up2] : b.up1;
  let sa = 0;
  let sb = 0;
  let viaParent = false;
  for (let i = 0; i < a.families.length; i++) {
    const f = a.families[i];
    if (hasFamily(f, b.families)) sa++;
    else if (hasFamily(f, bUp) || anyIn(b.families, a.famUp[i])) (sa++, (viaParent = true));
  }
  for (let i = 0; i < b.families.length; i++) {
    const g = b.families[i];
    if (hasFamily(g, a.families)) sb++;
    else if (hasFamily(g, aUp) || anyIn(a.families, b.famUp[i])) (sb++, (viaParent = true));
  }
  const shared = Math.min(sa, sb);
  if (shared > 0 && viaParent) why?.push(`actors:${PARENT.id}`);
  if (shared > 0 && (a.aliased || b.aliased)) why?.push(`actors:${ALIAS.id}`);
  // Same orientation: an attacker left unidentified by either report agrees (tolerance unknown-attacker).
  const s11 = meet(a.side1, a.up1, b.side1, b.up1);
  const s22 = meet(a.side2, a.up2, b.side2, b.up2);
  const unknown = !s11 && (a.side1.length === 0 || b.side1.length === 0);
  const same = s22 && (s11 || unknown);
  const crossed = meet(a.side1, a.up1, b.side2, b.up2) && meet(a.side2, a.up2, b.side1, b.up1);
  if (same && unknown && !crossed && shared < 2) why?.push(`actors:${UNKNOWN.id}`);
  return { shared, strong: same || crossed || shared >= 2 };
}

function typeTerm(a: Norm, b: Norm, strong: boolean, why: string[] | null): number | Veto {
  if (!a.type || !b.type) return 0.7;
  if (a.sub && a.sub === b.sub) {
    why?.push('type:same-sub');
    return 1;
  }
  if (a.type === b.type) {
    why?.push('type:same-type');
    return 0.85;
  }
  let rule: (typeof TYPE_LINKS)[number] | undefined;
  for (const r of TYPE_LINKS) if ((r.a === a.type && r.b === b.type) || (r.a === b.type && r.b === a.type)) rule = r;
  if (!rule) return 'types-incompatible';
  if (rule.needs === 'strong' && !strong) return 'types-need-strong-actors';
  why?.push(`type:${rule.id}`);
  return rule.score;
}

/** Judge one pair. Pass `explain` to collect the reasons (costly strings are built only then). */
export function linkPair(a: Norm, b: Norm, o: Resolved, explain = false): Verdict {
  if (a.doc === b.doc) return { ok: false, veto: 'same-document' };
  const why: string[] | null = explain ? [] : null;
  const dt = dateTerm(a, b, o, why);
  if (typeof dt === 'string') return { ok: false, veto: dt };
  const pl = placeTerm(a, b, why);
  if (typeof pl === 'string') return { ok: false, veto: pl };
  let ac: number;
  let strong = false;
  if (!a.families.length || !b.families.length) {
    ac = 0.4;
    why?.push('actors:missing-on-one-side');
  } else {
    const ov = actorOverlap(a, b, why);
    if (ov.shared === 0) return { ok: false, veto: 'actors-disjoint' };
    strong = ov.strong;
    // Overlap over the shorter list: a report naming fewer actors is not evidence against the other.
    ac = 0.55 + 0.45 * (ov.shared / Math.min(a.families.length, b.families.length));
    why?.push(`actors:${ov.shared}-shared${strong ? '-strong' : ''}`);
  }
  const ty = typeTerm(a, b, strong, why);
  if (typeof ty === 'string') return { ok: false, veto: ty };
  const score = WEIGHTS.date * dt + WEIGHTS.place * pl + WEIGHTS.actors * ac + WEIGHTS.type * ty;
  return { ok: true, score: Math.round(score * 1000) / 1000, reasons: why ?? [] };
}
