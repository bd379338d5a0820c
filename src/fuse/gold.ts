/**
 * @module fuse/gold
 * The fusion gold file (`gold/fusion/clusters.json`): the real incidents, and for each report file
 * the incidents it reports (news) and recalls (background), with optionally the reading a careful
 * annotator takes from the report for each of them (place as the report gives it, with its
 * precision; date range; actors; type; toll) — the input of an "oracle extraction" run that scores
 * fusion alone. Loading returns problems as values with a `code`.
 */
import { readFileSync } from 'node:fs';
import { subEventType } from '../model/taxonomy.ts';

export interface GoldIncident {
  what: string;
  date: { start: string; end: string };
  place: { country: string; admin1: string[]; lat: number; lon: number; within_km: number };
  /** Names a report may give the place (any script): village, site, district. */
  names: string[];
  facts_source?: string;
}

export interface GoldReading {
  incident: string;
  background?: boolean;
  place: { name: string; lat: number; lon: number; precision: 1 | 2 | 3; country: string; admin1: string; admin2?: string };
  date: { start: string; end: string };
  /** Actor names per side, ACLED-style canonical names. */
  actors: [string[], string[]];
  sub_event_type: string;
  fatalities: number;
  claims?: Array<{ claimant: string; kind: string; min: number | null }>;
}

export interface GoldReport {
  /** Incidents the report gives as news. */
  incidents: string[];
  /** Incidents the report recalls as context. */
  background?: string[];
  readings?: GoldReading[];
}

export interface FusionGold {
  incidents: Record<string, GoldIncident>;
  reports: Record<string, GoldReport>;
}

export interface GoldProblem {
  code: 'unreadable' | 'not_json' | 'bad_shape' | 'unknown_incident' | 'bad_field';
  message: string;
  at?: string;
}

export type LoadResult = { ok: true; gold: FusionGold } | { ok: false; problems: GoldProblem[] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStrs = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function validateFusionGold(value: unknown): LoadResult {
  const problems: GoldProblem[] = [];
  const bad = (at: string, message: string, code: GoldProblem['code'] = 'bad_field') => problems.push({ code, at, message });
  if (!isObj(value) || !isObj(value.incidents) || !isObj(value.reports)) {
    return { ok: false, problems: [{ code: 'bad_shape', message: 'expected {"incidents": {...}, "reports": {...}}' }] };
  }
  for (const [id, inc] of Object.entries(value.incidents)) {
    const at = `incidents.${id}`;
    if (!isObj(inc)) {
      bad(at, 'not an object');
      continue;
    }
    if (typeof inc.what !== 'string') bad(at, '"what" must be a string');
    if (!isObj(inc.date) || !DATE.test(String(inc.date.start)) || !DATE.test(String(inc.date.end))) bad(at, '"date" must be {start, end} YYYY-MM-DD');
    const p = inc.place;
    if (!isObj(p) || typeof p.country !== 'string' || !isStrs(p.admin1) || !isNum(p.lat) || !isNum(p.lon) || !isNum(p.within_km)) {
      bad(at, '"place" must be {country, admin1: [..], lat, lon, within_km}');
    }
    if (!isStrs(inc.names) || inc.names.length === 0) bad(at, '"names" must be a non-empty list of strings');
  }
  for (const [file, rep] of Object.entries(value.reports)) {
    const at = `reports.${file}`;
    if (!isObj(rep) || !isStrs(rep.incidents) || (rep.background !== undefined && !isStrs(rep.background))) {
      bad(at, 'expected {incidents: [...], background?: [...], readings?: [...]}');
      continue;
    }
    const listed = [...rep.incidents, ...((rep.background as string[] | undefined) ?? [])];
    if (listed.length === 0) bad(at, 'lists no incident');
    for (const id of listed) if (!(id in value.incidents)) bad(at, `unknown incident ${id}`, 'unknown_incident');
    const bg = (rep.background as string[] | undefined) ?? [];
    for (const id of rep.incidents as string[]) if (bg.includes(id)) bad(at, `incident ${id} listed both as news and background`);
    if (rep.readings === undefined) continue;
    if (!Array.isArray(rep.readings)) {
      bad(at, '"readings" must be a list');
      continue;
    }
    rep.readings.forEach((r: unknown, k: number) => {
      const rat = `${at}.readings[${k}]`;
      if (!isObj(r)) return bad(rat, 'not an object');
      if (typeof r.incident !== 'string' || !listed.includes(r.incident)) bad(rat, `incident ${String(r.incident)} is not listed for the report`, 'unknown_incident');
      const p = r.place;
      if (!isObj(p) || typeof p.name !== 'string' || !isNum(p.lat) || !isNum(p.lon) || ![1, 2, 3].includes(p.precision as number) || typeof p.country !== 'string' || typeof p.admin1 !== 'string') {
        bad(rat, '"place" must be {name, lat, lon, precision 1|2|3, country, admin1, admin2?}');
      }
      if (!isObj(r.date) || !DATE.test(String(r.date.start)) || !DATE.test(String(r.date.end))) bad(rat, '"date" must be {start, end}');
      if (!Array.isArray(r.actors) || r.actors.length !== 2 || !r.actors.every(isStrs)) bad(rat, '"actors" must be [[side 1 names], [side 2 names]]');
      if (typeof r.sub_event_type !== 'string' || !subEventType(r.sub_event_type)) bad(rat, `unknown sub_event_type ${String(r.sub_event_type)}`);
      if (!isNum(r.fatalities) || r.fatalities < 0) bad(rat, '"fatalities" must be a number ≥ 0');
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, gold: value as unknown as FusionGold };
}

export function loadFusionGold(path: string): LoadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ok: false, problems: [{ code: 'unreadable', message: `${path}: ${(e as Error).message}` }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ code: 'not_json', message: `${path}: ${(e as Error).message}` }] };
  }
  return validateFusionGold(value);
}
