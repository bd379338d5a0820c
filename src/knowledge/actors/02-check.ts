/**
 * @module knowledge/actors/02-check
 * Step 2: check each raw record on its own — id slug, canonical, kind, inter label, ISO dates,
 * periods, aliases, acronyms, rule shapes. Records too broken to use (no id, no kind) are dropped
 * from what later steps see; everything else goes on, with its issues reported.
 */
import { ACTOR_KINDS, INTER_LABELS, type ActorFile, type AliasesByLang, type Issue, type RawActor, type RawPeriod } from './types.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGS = ['ar', 'fr', 'en'] as const;

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export interface CheckResult {
  files: ActorFile[];
  issues: Issue[];
}

export function checkRecords(files: ActorFile[]): CheckResult {
  const issues: Issue[] = [];
  const kept: ActorFile[] = [];
  for (const f of files) {
    const actors: RawActor[] = [];
    for (const a of f.actors) {
      const mine: Issue[] = [];
      const issue = (code: Issue['code'], message: string, severity: Issue['severity'] = 'error') =>
        mine.push({ code, severity, file: f.file, id: typeof a.id === 'string' ? a.id : '?', message });
      let fatal = false;
      if (typeof a.id !== 'string' || !ID.test(a.id)) {
        issue('bad_id', `id must be a lower-case slug, got ${JSON.stringify(a.id)}`);
        fatal = true;
      }
      if (typeof a.canonical !== 'string' || a.canonical.trim() === '') issue('missing_field', 'canonical is required');
      if (!ACTOR_KINDS.includes(a.kind)) {
        issue('bad_kind', `kind must be one of ${ACTOR_KINDS.join('|')}, got ${JSON.stringify(a.kind)}`);
        fatal = true;
      }
      const inter = a.inter ?? '';
      if (a.kind === 'descriptor' || a.kind === 'person') {
        if (inter !== '') issue('descriptor_inter', `a ${a.kind} is not inter-coded (inter "${inter}")`);
      } else if (!INTER_LABELS.includes(inter as (typeof INTER_LABELS)[number])) {
        issue('bad_inter', `inter must be one of ACLED's labels, got ${JSON.stringify(a.inter)}`);
      }
      if (a.kind === 'descriptor' && (a.parent || a.periods || a.resolves_to)) {
        issue('shape', 'a descriptor has no parent, periods or resolution rules');
      }
      if (a.member_of && a.kind !== 'person') issue('shape', 'only a person has member_of');
      checkDates(a.valid_from, a.valid_to, issue);
      checkAliases(a.aliases, 'aliases', issue);
      checkAliases(a.press, 'press', issue);
      checkAcronyms(a.acronyms, issue);
      checkLinks(a.parent, 'parent', issue);
      if (a.member_of !== undefined) {
        if (!Array.isArray(a.member_of)) issue('shape', 'member_of must be a list');
        else for (const m of a.member_of) {
          if (!m || typeof m.id !== 'string') issue('shape', 'member_of entries need an id');
          else checkDates(m.from, m.to, issue);
        }
      }
      if (a.resolves_to !== undefined) {
        if (!a.generic) issue('bad_rule', 'resolves_to is only for generic entries ("generic": true)');
        if (!Array.isArray(a.resolves_to) || a.resolves_to.length === 0) issue('bad_rule', 'resolves_to must be a non-empty list');
        else for (const r of a.resolves_to) {
          if (!r || typeof r.id !== 'string') issue('bad_rule', 'a rule needs an id');
          else checkDates(r.from, r.to, issue);
        }
      }
      if (a.periods !== undefined) checkPeriods(a, issue);
      if (a.fallback !== undefined && a.kind !== 'descriptor') issue('shape', 'fallback is for descriptors');
      issues.push(...mine);
      if (!fatal) actors.push(a);
    }
    kept.push({ file: f.file, actors });
  }
  return { files: kept, issues };
}

type IssueFn = (code: Issue['code'], message: string, severity?: Issue['severity']) => void;

function checkDates(from: unknown, to: unknown, issue: IssueFn): void {
  if (from !== undefined && !isIsoDate(from)) issue('bad_date', `not an ISO date: ${JSON.stringify(from)}`);
  if (to !== undefined && !isIsoDate(to)) issue('bad_date', `not an ISO date: ${JSON.stringify(to)}`);
  if (isIsoDate(from) && isIsoDate(to) && from > to) issue('bad_date', `valid_from ${from} is after valid_to ${to}`);
}

function checkAliases(al: AliasesByLang | undefined, field: string, issue: IssueFn): void {
  if (al === undefined) return;
  if (al === null || typeof al !== 'object' || Array.isArray(al)) {
    issue('shape', `${field} must be {ar:[], fr:[], en:[]}`);
    return;
  }
  for (const k of Object.keys(al)) {
    if (!(LANGS as readonly string[]).includes(k)) issue('shape', `${field}: unknown language "${k}"`);
    const list = (al as Record<string, unknown>)[k];
    if (!Array.isArray(list)) {
      issue('shape', `${field}.${k} must be a list`);
      continue;
    }
    for (const s of list) {
      const text = typeof s === 'string' ? s : (s as { text?: unknown })?.text;
      if (typeof text !== 'string' || text.trim() === '') issue('empty_alias', `${field}.${k} has an empty alias`);
    }
  }
}

function checkAcronyms(ac: unknown, issue: IssueFn): void {
  if (ac === undefined) return;
  if (!Array.isArray(ac)) {
    issue('shape', 'acronyms must be a list');
    return;
  }
  for (const s of ac) {
    if (typeof s !== 'string' || s.trim() === '') issue('empty_alias', 'an acronym is empty');
    else if (!/\p{Lu}/u.test(s) && !/[\u0600-\u06FF]/.test(s)) issue('bad_acronym', `acronym "${s}" has no capital letter: matching would not be case-sensitive`);
  }
}

function checkLinks(p: unknown, field: string, issue: IssueFn): void {
  if (p === undefined || typeof p === 'string') return;
  if (!Array.isArray(p)) {
    issue('shape', `${field} must be an id or a list of {id, from?, to?}`);
    return;
  }
  for (const l of p) {
    if (!l || typeof l.id !== 'string') issue('shape', `${field} entries need an id`);
    else checkDates(l.from, l.to, issue);
  }
}

function checkPeriods(a: RawActor, issue: IssueFn): void {
  const p = a.periods;
  if (!Array.isArray(p)) {
    const inh = p as { inherit?: unknown; canonical?: unknown };
    if (inh?.inherit !== true || typeof inh.canonical !== 'string' || !inh.canonical.includes('{parent}')) {
      issue('shape', 'periods must be a list, or {"inherit": true, "canonical": "{parent} …"}');
    }
    if (!a.parent) issue('shape', 'inherited periods need a parent');
    return;
  }
  for (const per of p as RawPeriod[]) {
    if (!per || typeof per.id !== 'string' || !ID.test(per.id)) issue('bad_id', `period id must be a slug, got ${JSON.stringify(per?.id)}`);
    if (typeof per?.canonical !== 'string' || per.canonical.trim() === '') issue('missing_field', 'a period needs a canonical');
    if (!isIsoDate(per?.valid_from)) issue('bad_date', `period ${per?.id}: valid_from is required and must be ISO`);
    checkDates(per?.valid_from, per?.valid_to, issue);
    checkAliases(per?.aliases, 'aliases', issue);
    checkAliases(per?.press, 'press', issue);
    checkAcronyms(per?.acronyms, issue);
    checkLinks(per?.parent, 'parent', issue);
  }
}
