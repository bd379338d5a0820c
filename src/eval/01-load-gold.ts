/**
 * @module eval/01-load-gold
 * Step 1: read and validate a gold file (GOLD-FORMAT.md). Every problem is returned as a value with
 * a code and the place it occurs, all of them at once, so an annotator fixes a file in one pass.
 * Normalisations: a bare string where a set of answers is expected counts as a one-answer set;
 * `optional` defaults to false; `fatalities.max` may be left out (no upper bound). Keys the format
 * does not know are annotators' metadata and ignored (e.g. a `facts_source` note), unless they look
 * like a misspelt known key (`actor`, `lng`, `fatality`): that is an error, because the field would
 * silently go unscored. Keys starting with `_` are never checked.
 */
import { readFileSync, statSync } from 'node:fs';
import type { ClaimKind, Lang } from '../model/types.ts';
import { EVENT_TYPES, subEventType } from '../model/taxonomy.ts';
import type {
  Gold,
  GoldAssessment,
  GoldClaim,
  GoldDate,
  GoldDocumentInfo,
  GoldEvent,
  GoldIssue,
  GoldIssueCode,
  GoldLoad,
  GoldPlace,
} from './types.ts';

/** Every ClaimKind of the model; `satisfies` keeps it in step with the type. */
export const CLAIM_KINDS = ['fatalities', 'injuries', 'destroyed', 'captured', 'responsibility', 'abducted', 'arrested', 'denial'] as const satisfies readonly ClaimKind[];
const LANGS: readonly Lang[] = ['ar', 'fr', 'en'];
const MAX_GOLD_BYTES = 20e6;

const KEYS = {
  root: ['document', 'events', 'assessments'],
  document: ['file', 'language', 'published', 'outlet', 'url'],
  event: ['id', 'what', 'optional', 'event_type', 'sub_event_type', 'date', 'place', 'actors', 'fatalities', 'background', 'claims'],
  date: ['start', 'end'],
  place: ['country', 'admin1', 'lat', 'lon', 'within_km'],
  fatalities: ['min', 'max'],
  claim: ['claimant', 'kind'],
  assessment: ['id', 'what', 'subject', 'object'],
};

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Other names annotators may reach for, by the key the format uses. */
const ALIASES: Record<string, string[]> = {
  lon: ['lng', 'long', 'longitude'],
  lat: ['latitude'],
  within_km: ['radius', 'radius_km', 'within', 'km'],
  event_type: ['type'],
  sub_event_type: ['subtype', 'sub_type'],
  fatalities: ['deaths', 'killed', 'dead'],
  place: ['location'],
  date: ['dates', 'event_date'],
};

/** The known key an unknown key is probably a misspelling of (alias, close edit or same 5-letter stem). */
export function misspeltOf(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  const alias = known.find((c) => ALIASES[c]?.includes(k));
  if (alias) return alias;
  return known.find((c) => {
    if (k === c) return true;
    const limit = Math.max(k.length, c.length) <= 5 ? 1 : 2;
    return editDistance(k, c) <= limit || (k.length >= 5 && c.length >= 5 && k.slice(0, 5) === c.slice(0, 5));
  });
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Checker {
  issues: GoldIssue[] = [];
  add(code: GoldIssueCode, at: string, message: string) {
    this.issues.push({ code, at, message });
  }
  object(v: unknown, at: string, keys: string[]): Obj | undefined {
    if (!isObj(v)) {
      this.add('bad_type', at, `${at} must be an object`);
      return undefined;
    }
    for (const k of Object.keys(v)) {
      if (keys.includes(k) || k.startsWith('_')) continue;
      const near = misspeltOf(k, keys);
      if (near) this.add('unknown_field', `${at}.${k}`, `unknown field '${k}': did you mean '${near}'? (start a key with _ to have it ignored)`);
    }
    return v;
  }
  required(o: Obj, k: string, at: string): unknown {
    if (!(k in o) || o[k] === undefined || o[k] === null) {
      this.add('missing_field', `${at}.${k}`, `missing ${at}.${k}`);
      return undefined;
    }
    return o[k];
  }
  string(v: unknown, at: string): string | undefined {
    if (typeof v !== 'string' || !v.trim()) {
      this.add('bad_type', at, `${at} must be a non-empty string`);
      return undefined;
    }
    return v;
  }
  /** A set of acceptable answers: a non-empty list of non-empty strings (or one string). */
  stringSet(v: unknown, at: string): string[] | undefined {
    if (typeof v === 'string') return this.string(v, at) === undefined ? undefined : [v];
    if (!Array.isArray(v)) {
      this.add('bad_type', at, `${at} must be a list of strings`);
      return undefined;
    }
    if (v.length === 0) {
      this.add('empty_list', at, `${at} is an empty list: no answer could ever match`);
      return undefined;
    }
    const out: string[] = [];
    v.forEach((x, i) => {
      const s = this.string(x, `${at}[${i}]`);
      if (s !== undefined) out.push(s);
    });
    return out.length === v.length ? out : undefined;
  }
  number(v: unknown, at: string, test: (n: number) => boolean, what: string): number | undefined {
    if (typeof v !== 'number' || !Number.isFinite(v) || !test(v)) {
      this.add('bad_number', at, `${at} must be ${what}, got ${JSON.stringify(v)}`);
      return undefined;
    }
    return v;
  }
  date(v: unknown, at: string): string | undefined {
    if (!isIsoDate(v)) {
      this.add('bad_date', at, `${at} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(v)}`);
      return undefined;
    }
    return v;
  }
  list(v: unknown, at: string): unknown[] | undefined {
    if (!Array.isArray(v)) {
      this.add('bad_type', at, `${at} must be a list`);
      return undefined;
    }
    return v;
  }
}

function documentInfo(c: Checker, v: unknown): GoldDocumentInfo | undefined {
  const o = c.object(v, 'document', KEYS.document);
  if (!o) return undefined;
  const file = c.string(c.required(o, 'file', 'document'), 'document.file');
  const langRaw = c.required(o, 'language', 'document');
  let language: Lang | undefined;
  if (langRaw !== undefined) {
    if (LANGS.includes(langRaw as Lang)) language = langRaw as Lang;
    else c.add('bad_language', 'document.language', `document.language must be one of ${LANGS.join(', ')}, got ${JSON.stringify(langRaw)}`);
  }
  const published = o.published == null ? null : c.date(o.published, 'document.published') ?? null;
  const outlet = o.outlet == null ? null : c.string(o.outlet, 'document.outlet') ?? null;
  const url = o.url == null ? null : c.string(o.url, 'document.url') ?? null;
  if (file === undefined || language === undefined) return undefined;
  return { file, language, published, outlet, url };
}

function dateRange(c: Checker, v: unknown, at: string): GoldDate | undefined {
  const o = c.object(v, at, KEYS.date);
  if (!o) return undefined;
  const start = c.date(c.required(o, 'start', at), `${at}.start`);
  const end = c.date(c.required(o, 'end', at), `${at}.end`);
  if (start === undefined || end === undefined) return undefined;
  if (start > end) {
    c.add('bad_range', at, `${at}: start ${start} is after end ${end}`);
    return undefined;
  }
  return { start, end };
}

function place(c: Checker, v: unknown, at: string): GoldPlace | undefined {
  const o = c.object(v, at, KEYS.place);
  if (!o) return undefined;
  const p: GoldPlace = {};
  if (o.country != null) p.country = c.stringSet(o.country, `${at}.country`);
  if (o.admin1 != null) p.admin1 = c.stringSet(o.admin1, `${at}.admin1`);
  const given = (['lat', 'lon', 'within_km'] as const).filter((k) => o[k] != null);
  if (given.length > 0 && given.length < 3) {
    c.add('incomplete_point', at, `${at} must give lat, lon and within_km together (has only ${given.join(', ')})`);
  } else if (given.length === 3) {
    const lat = c.number(o.lat, `${at}.lat`, (n) => n >= -90 && n <= 90, 'a latitude in [-90, 90]');
    const lon = c.number(o.lon, `${at}.lon`, (n) => n >= -180 && n <= 180, 'a longitude in [-180, 180]');
    const within_km = c.number(o.within_km, `${at}.within_km`, (n) => n > 0, 'a distance in km > 0');
    if (lat !== undefined && lon !== undefined && within_km !== undefined) p.point = { lat, lon, within_km };
  }
  return p;
}

/** Groups of acceptable names, normally one per side; more are accepted (e.g. an associated actor
 *  the system must find), each then needing its own system actor. */
function actors(c: Checker, v: unknown, at: string): string[][] | undefined {
  const groups = c.list(v, at);
  if (!groups) return undefined;
  if (groups.length === 0) {
    c.add('empty_list', at, `${at} is an empty list: leave the field out when no actor is scored`);
    return undefined;
  }
  const out = groups.map((g, i) => c.stringSet(g, `${at}[${i}]`));
  return out.every((g) => g !== undefined) ? (out as string[][]) : undefined;
}

function claim(c: Checker, v: unknown, at: string): GoldClaim | undefined {
  const o = c.object(v, at, KEYS.claim);
  if (!o) return undefined;
  const claimant = c.stringSet(c.required(o, 'claimant', at), `${at}.claimant`);
  const kindRaw = c.required(o, 'kind', at);
  let kind: GoldClaim['kind'] | undefined;
  if (kindRaw !== undefined) {
    if ((CLAIM_KINDS as readonly unknown[]).includes(kindRaw)) kind = kindRaw as GoldClaim['kind'];
    else c.add('unknown_claim_kind', `${at}.kind`, `${at}.kind ${JSON.stringify(kindRaw)} is not one of ${CLAIM_KINDS.join(', ')}`);
  }
  return claimant && kind ? { claimant, kind } : undefined;
}

function types(c: Checker, o: Obj, at: string, e: GoldEvent) {
  if (o.event_type != null) {
    const set = c.stringSet(o.event_type, `${at}.event_type`);
    if (set) {
      const bad = set.filter((t) => !(EVENT_TYPES as readonly string[]).includes(t));
      for (const t of bad) c.add('unknown_event_type', `${at}.event_type`, `unknown event type ${JSON.stringify(t)} (ACLED types: ${EVENT_TYPES.join(', ')})`);
      if (!bad.length) e.event_type = set;
    }
  }
  if (o.sub_event_type != null) {
    const set = c.stringSet(o.sub_event_type, `${at}.sub_event_type`);
    if (set) {
      let ok = true;
      for (const s of set) {
        const row = subEventType(s);
        if (!row) {
          ok = false;
          c.add('unknown_sub_event_type', `${at}.sub_event_type`, `unknown sub-event type ${JSON.stringify(s)}`);
        } else if (e.event_type && !e.event_type.includes(row.event_type)) {
          ok = false;
          c.add('inconsistent_sub_event_type', `${at}.sub_event_type`, `${JSON.stringify(s)} belongs to ${row.event_type}, which is not among ${at}.event_type`);
        }
      }
      if (ok) e.sub_event_type = set;
    }
  }
}

function event(c: Checker, v: unknown, at: string): GoldEvent | undefined {
  const o = c.object(v, at, KEYS.event);
  if (!o) return undefined;
  const before = c.issues.length;
  const id = c.string(c.required(o, 'id', at), `${at}.id`);
  const what = o.what == null ? '' : c.string(o.what, `${at}.what`) ?? '';
  let optional = false;
  if (o.optional != null) {
    if (typeof o.optional === 'boolean') optional = o.optional;
    else c.add('bad_type', `${at}.optional`, `${at}.optional must be true or false`);
  }
  const e: GoldEvent = { id: id ?? '', what, optional };
  types(c, o, at, e);
  if (o.date != null) e.date = dateRange(c, o.date, `${at}.date`);
  if (o.place != null) e.place = place(c, o.place, `${at}.place`);
  if (o.actors != null) e.actors = actors(c, o.actors, `${at}.actors`);
  if (o.fatalities != null) {
    const f = c.object(o.fatalities, `${at}.fatalities`, KEYS.fatalities);
    if (f) {
      const isCount = (n: number) => Number.isInteger(n) && n >= 0;
      const min = c.number(c.required(f, 'min', `${at}.fatalities`), `${at}.fatalities.min`, isCount, 'a whole number >= 0');
      const max = f.max == null ? null : c.number(f.max, `${at}.fatalities.max`, isCount, 'a whole number >= 0');
      if (min !== undefined && max !== undefined) {
        if (max !== null && max < min) c.add('bad_range', `${at}.fatalities`, `${at}.fatalities: min ${min} is above max ${max}`);
        else e.fatalities = { min, max };
      }
    }
  }
  if (o.background != null) {
    if (typeof o.background === 'boolean') e.background = o.background;
    else c.add('bad_type', `${at}.background`, `${at}.background must be true or false`);
  }
  if (o.claims != null) {
    const list = c.list(o.claims, `${at}.claims`);
    if (list) e.claims = list.map((x, i) => claim(c, x, `${at}.claims[${i}]`)).filter((x): x is GoldClaim => !!x);
  }
  return c.issues.length === before ? e : undefined;
}

function assessment(c: Checker, v: unknown, at: string): GoldAssessment | undefined {
  const o = c.object(v, at, KEYS.assessment);
  if (!o) return undefined;
  const id = c.string(c.required(o, 'id', at), `${at}.id`);
  const what = o.what == null ? '' : c.string(o.what, `${at}.what`) ?? '';
  const subject = c.stringSet(c.required(o, 'subject', at), `${at}.subject`);
  const object = c.stringSet(c.required(o, 'object', at), `${at}.object`);
  return id && subject && object ? { id, what, subject, object } : undefined;
}

function uniqueIds(c: Checker, items: Array<{ id: string }>, at: string) {
  const seen = new Map<string, number>();
  items.forEach((x, i) => {
    const j = seen.get(x.id);
    if (j !== undefined) c.add('duplicate_id', `${at}[${i}].id`, `id ${JSON.stringify(x.id)} already used by ${at}[${j}]`);
    else seen.set(x.id, i);
  });
}

/** Validate a parsed gold value. Never throws. */
export function parseGold(value: unknown): GoldLoad {
  const c = new Checker();
  const root = c.object(value, 'gold', KEYS.root);
  if (!root) return { ok: false, issues: c.issues };
  const document = documentInfo(c, c.required(root, 'document', 'gold'));
  const evList = c.required(root, 'events', 'gold');
  const events: GoldEvent[] = [];
  const evRaw = evList === undefined ? undefined : c.list(evList, 'events');
  evRaw?.forEach((x, i) => {
    const e = event(c, x, `events[${i}]`);
    if (e) events.push(e);
  });
  let assessments: GoldAssessment[] | undefined;
  if (root.assessments != null) {
    const list = c.list(root.assessments, 'assessments');
    if (list) assessments = list.map((x, i) => assessment(c, x, `assessments[${i}]`)).filter((x): x is GoldAssessment => !!x);
  }
  if (evRaw && events.length === evRaw.length) uniqueIds(c, events, 'events');
  if (assessments) uniqueIds(c, assessments, 'assessments');
  if (c.issues.length || !document) return { ok: false, issues: c.issues };
  const gold: Gold = { document, events };
  if (assessments) gold.assessments = assessments;
  return { ok: true, gold };
}

/** Read and validate a gold file. Never throws: a missing or unreadable file is an issue too. */
export function loadGold(path: string): GoldLoad {
  let text: string;
  try {
    if (statSync(path).size > MAX_GOLD_BYTES) {
      return { ok: false, issues: [{ code: 'unreadable', at: path, message: `${path} is larger than ${MAX_GOLD_BYTES / 1e6} MB: not a gold file` }] };
    }
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not_found' : 'unreadable';
    return { ok: false, issues: [{ code, at: path, message: code === 'not_found' ? `no such file: ${path}` : `cannot read ${path}: ${(e as Error).message}` }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, issues: [{ code: 'bad_json', at: path, message: `${path} is not valid JSON: ${(e as Error).message}` }] };
  }
  return parseGold(value);
}
