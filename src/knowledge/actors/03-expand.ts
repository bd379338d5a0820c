/**
 * @module knowledge/actors/03-expand
 * Step 3: turn raw records into the entries the registry serves. A record with `periods` becomes a
 * lineage plus one entry per regime period; a unit with `{"inherit": true}` gets one period per
 * period of its parent lineage (named by the pattern, e.g. `{parent} Gendarmerie`). Every surface
 * form (canonical, aliases, acronyms, press forms) becomes an alias record with its token keys.
 */
import type { Lang } from '../../model/types.ts';
import { LEADING_ARTICLES, tokenize } from './tokenize.ts';
import type { Actor, ActorFile, AliasesByLang, AliasKind, AliasRecord, InheritPeriods, Issue, ParentLink, RawActor, RawPeriod } from './types.ts';

export interface Expanded {
  actors: Actor[];
  aliases: AliasRecord[];
  issues: Issue[];
}

function links(p: string | ParentLink[] | undefined): ParentLink[] {
  if (p === undefined) return [];
  if (typeof p === 'string') return [{ id: p }];
  return p.filter((l) => l && typeof l.id === 'string').map((l) => ({ ...l }));
}

function baseActor(a: RawActor, file: string): Actor {
  return {
    id: a.id,
    canonical: String(a.canonical ?? '').trim(),
    kind: a.kind,
    inter: a.inter ?? '',
    country: a.country ?? '',
    area: Array.isArray(a.area) ? a.area : [],
    valid_from: a.valid_from ?? null,
    valid_to: a.valid_to ?? null,
    parents: links(a.parent),
    lineage: null,
    periods: [],
    generic: a.generic === true,
    resolves_to: Array.isArray(a.resolves_to) ? a.resolves_to : [],
    member_of: Array.isArray(a.member_of) ? a.member_of : [],
    hint: a.hint ?? null,
    alignment: a.alignment ?? null,
    fallback: a.fallback ?? null,
    naming: a.naming ?? null,
    note: a.note ?? null,
    source: a.source ?? null,
    file,
  };
}

export function expand(files: ActorFile[]): Expanded {
  const actors: Actor[] = [];
  const aliases: AliasRecord[] = [];
  const issues: Issue[] = [];
  const byId = new Map<string, Actor>();
  const inherit: Array<{ raw: RawActor; actor: Actor }> = [];
  const put = (a: Actor) => {
    actors.push(a);
    if (!byId.has(a.id)) byId.set(a.id, a);
  };

  for (const f of files) {
    for (const raw of f.actors) {
      const lineage = baseActor(raw, f.file);
      put(lineage);
      addForms(aliases, lineage.id, raw, lineage.canonical);
      if (Array.isArray(raw.periods)) {
        for (const p of raw.periods as RawPeriod[]) {
          if (!p || typeof p.id !== 'string') continue;
          const per: Actor = {
            ...lineage,
            id: p.id,
            canonical: String(p.canonical ?? '').trim(),
            valid_from: p.valid_from ?? null,
            valid_to: p.valid_to ?? null,
            parents: p.parent !== undefined ? links(p.parent) : lineage.parents.map((l) => ({ ...l })),
            lineage: lineage.id,
            periods: [],
            naming: p.naming ?? lineage.naming,
            note: p.note ?? null,
            source: null,
          };
          lineage.periods.push(per.id);
          put(per);
          addForms(aliases, per.id, p, per.canonical);
        }
      } else if (raw.periods && (raw.periods as InheritPeriods).inherit === true) {
        inherit.push({ raw, actor: lineage });
      }
    }
  }

  // Inherited periods: after every file is read, since the parent may live in another file.
  for (const { raw, actor } of inherit) {
    const parentId = actor.parents[0]?.id;
    const parent = parentId ? byId.get(parentId) : undefined;
    if (!parent || parent.periods.length === 0) {
      issues.push({ code: 'missing_reference', severity: 'error', file: actor.file, id: actor.id, message: `inherited periods need a parent lineage with periods (parent "${parentId ?? ''}")` });
      continue;
    }
    const pattern = (raw.periods as InheritPeriods).canonical;
    for (const pid of parent.periods) {
      const pp = byId.get(pid)!;
      const from = maxDate(pp.valid_from, actor.valid_from);
      const to = minDate(pp.valid_to, actor.valid_to);
      if (from && to && from > to) continue; // no overlap with the unit's own life
      const suffix = pid.startsWith(parent.id) ? pid.slice(parent.id.length) : `-${pid}`;
      const per: Actor = {
        ...actor,
        id: actor.id + suffix,
        canonical: pattern.replace('{parent}', pp.canonical),
        valid_from: from,
        valid_to: to,
        parents: [{ id: pp.id, relation: actor.parents[0]?.relation ?? 'unit' }],
        lineage: actor.id,
        periods: [],
        note: null,
        source: null,
      };
      actor.periods.push(per.id);
      put(per);
      aliases.push(aliasRecord(per.id, per.canonical, 'any', 'canonical'));
    }
  }
  return { actors, aliases, issues };
}

function maxDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
function minDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

function addForms(out: AliasRecord[], id: string, src: { aliases?: AliasesByLang; press?: AliasesByLang; acronyms?: string[] }, canonical: string): void {
  if (canonical) out.push(aliasRecord(id, canonical, 'any', 'canonical'));
  for (const [field, kind] of [['aliases', 'alias'], ['press', 'press']] as const) {
    const al = src[field];
    if (!al || typeof al !== 'object') continue;
    for (const lang of ['ar', 'fr', 'en'] as const) {
      const list = al[lang];
      if (!Array.isArray(list)) continue;
      for (const s of list) {
        const text = typeof s === 'string' ? s : s?.text;
        if (typeof text !== 'string') continue;
        const unless = typeof s === 'string' ? [] : Array.isArray(s.unless_next) ? s.unless_next : [];
        out.push(aliasRecord(id, text, lang, kind, unless));
      }
    }
  }
  if (Array.isArray(src.acronyms)) {
    for (const a of src.acronyms) if (typeof a === 'string') out.push(aliasRecord(id, a, 'any', 'acronym'));
  }
}

/** One surface form → its token keys (leading Latin articles dropped) and its case rule. */
export function aliasRecord(actorId: string, text: string, lang: Lang | 'any', kind: AliasKind, unlessNext: string[] = []): AliasRecord {
  let toks = tokenize(text);
  let i = 0;
  while (i < toks.length && !toks[i].arabic && LEADING_ARTICLES.has(toks[i].key)) i++;
  toks = toks.slice(i);
  const keys = toks.map((t) => t.key);
  let caseForm: AliasRecord['caseForm'] = 'any';
  const one = toks.length === 1 && !toks[0].arabic ? toks[0].text : null;
  if (kind === 'acronym' || (one && one.length >= 2 && /\p{Lu}/u.test(one) && one === one.toUpperCase())) caseForm = 'acronym';
  else if (one && /^\p{Lu}/u.test(one)) caseForm = 'capital';
  return {
    actorId,
    text,
    lang,
    kind,
    keys,
    surface: toks.map((t) => t.text),
    caseForm,
    unlessNext: unlessNext.map((u) => tokenize(u).map((t) => t.key)).filter((u) => u.length > 0),
  };
}
