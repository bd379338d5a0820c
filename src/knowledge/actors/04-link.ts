/**
 * @module knowledge/actors/04-link
 * Step 4: checks across entries — unique ids, references that exist (parents, memberships,
 * resolution rules, fallbacks), no parent cycles, periods of a lineage in order without overlap,
 * one canonical name per validity period, every alias with a key. Surface forms shared by two
 * entries that can be valid at the same time in the same country are reported as warnings: the
 * matcher then needs a date or country to choose, and the data should say why.
 */
import type { Actor, AliasRecord, Issue } from './types.ts';

const MIN = '0000-01-01';
const MAX = '9999-12-31';

/** The span an entry covers: its own dates, or for a lineage the span of its periods. */
export function span(a: Actor, byId: Map<string, Actor>): [string, string] {
  if (a.periods.length > 0 && !a.valid_from && !a.valid_to) {
    const first = byId.get(a.periods[0]);
    const last = byId.get(a.periods[a.periods.length - 1]);
    return [first?.valid_from ?? MIN, last?.valid_to ?? MAX];
  }
  return [a.valid_from ?? MIN, a.valid_to ?? MAX];
}

export function overlaps(a: [string, string], b: [string, string]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

export function linkCheck(actors: Actor[], aliases: AliasRecord[]): Issue[] {
  const issues: Issue[] = [];
  const err = (a: Actor, code: Issue['code'], message: string, severity: Issue['severity'] = 'error') =>
    issues.push({ code, severity, file: a.file, id: a.id, message });

  const byId = new Map<string, Actor>();
  for (const a of actors) {
    if (byId.has(a.id)) err(a, 'duplicate_id', `id "${a.id}" is also used in ${byId.get(a.id)!.file}`);
    else byId.set(a.id, a);
  }

  for (const a of actors) {
    for (const p of a.parents) {
      const t = byId.get(p.id);
      if (!t) err(a, 'missing_reference', `parent "${p.id}" does not exist`);
      else if (t.kind === 'descriptor' || t.kind === 'person') err(a, 'missing_reference', `parent "${p.id}" is a ${t.kind}`);
    }
    for (const m of a.member_of) {
      const t = byId.get(m.id);
      if (!t) err(a, 'missing_reference', `member_of "${m.id}" does not exist`);
      else if (t.kind === 'descriptor' || t.kind === 'person') err(a, 'missing_reference', `member_of "${m.id}" is a ${t.kind}`);
    }
    for (const r of a.resolves_to) {
      const t = byId.get(r.id);
      if (!t) err(a, 'missing_reference', `resolves_to "${r.id}" does not exist`);
      else if (t.kind === 'descriptor' || t.kind === 'person') err(a, 'bad_rule', `resolves_to "${r.id}" is a ${t.kind}`);
      else if (t.id === a.id) err(a, 'bad_rule', 'an entry cannot resolve to itself');
    }
    if (a.fallback && !byId.has(a.fallback)) err(a, 'missing_reference', `fallback "${a.fallback}" does not exist`);
    if (a.kind === 'state_force' && !a.generic && !a.country && !a.lineage) {
      err(a, 'missing_field', `a ${a.kind} entry needs a country`);
    }
  }

  // Parent cycles (any date): depth-first search with colours.
  const colour = new Map<string, 1 | 2>();
  const visit = (id: string, path: string[]): void => {
    const c = colour.get(id);
    if (c === 2) return;
    if (c === 1) {
      const a = byId.get(id)!;
      err(a, 'parent_cycle', `parent cycle: ${[...path.slice(path.indexOf(id)), id].join(' → ')}`);
      return;
    }
    colour.set(id, 1);
    for (const p of byId.get(id)?.parents ?? []) if (byId.has(p.id)) visit(p.id, [...path, id]);
    colour.set(id, 2);
  };
  for (const a of actors) visit(a.id, []);

  // Periods of one lineage: in order, no overlap, inside the lineage's own dates.
  for (const a of actors) {
    if (a.periods.length === 0) continue;
    const pers = a.periods.map((id) => byId.get(id)!).filter(Boolean);
    for (let i = 1; i < pers.length; i++) {
      const prev = pers[i - 1];
      const cur = pers[i];
      if (!prev.valid_to || !cur.valid_from || cur.valid_from <= prev.valid_to) {
        err(cur, 'period_overlap', `period starts ${cur.valid_from} before ${prev.id} ends (${prev.valid_to ?? 'open'})`);
      }
    }
    for (const p of pers) {
      if ((a.valid_from && p.valid_from && p.valid_from < a.valid_from) || (a.valid_to && (!p.valid_to || p.valid_to > a.valid_to))) {
        err(p, 'period_outside', `period ${p.valid_from}..${p.valid_to ?? ''} lies outside the lineage ${a.valid_from ?? ''}..${a.valid_to ?? ''}`);
      }
    }
  }

  // One canonical per validity period.
  const root = (id: string) => byId.get(id)?.lineage ?? id;
  const byCanon = new Map<string, Actor[]>();
  for (const a of actors) {
    const k = a.canonical.toLowerCase();
    if (!k) continue;
    const l = byCanon.get(k) ?? [];
    l.push(a);
    byCanon.set(k, l);
  }
  for (const list of byCanon.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (root(list[i].id) === root(list[j].id)) continue; // a lineage may bear its current period's name
        if (overlaps(span(list[i], byId), span(list[j], byId))) {
          err(list[j], 'duplicate_canonical', `canonical "${list[j].canonical}" is also ${list[i].id}'s in an overlapping period`);
        }
      }
    }
  }

  // Every alias has a key.
  for (const r of aliases) {
    if (r.keys.length === 0) {
      const a = byId.get(r.actorId);
      if (a) err(a, 'empty_alias', `alias "${r.text}" has no word left once normalised`);
    }
  }

  // Shared surface forms that cannot be told apart by date or country.
  const byKey = new Map<string, Set<string>>();
  for (const r of aliases) {
    if (r.keys.length === 0) continue;
    const k = r.keys.join(' ');
    const s = byKey.get(k) ?? new Set<string>();
    s.add(r.actorId);
    byKey.set(k, s);
  }
  for (const [k, ids] of byKey) {
    const list = [...ids].map((id) => byId.get(id)).filter((a): a is Actor => !!a);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (root(a.id) === root(b.id)) continue;
        const sameCountry = !a.country || !b.country || a.country === b.country;
        if (sameCountry && overlaps(span(a, byId), span(b, byId))) {
          err(b, 'ambiguous_alias', `"${k}" also names ${a.id} in the same period and country`, 'warning');
        }
      }
    }
  }
  return issues;
}
