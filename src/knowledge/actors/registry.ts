/**
 * @module knowledge/actors/registry
 * The registry as the rest of Marsad sees it: entries by id, the canonical name valid on a date
 * (a lineage such as `mali-armed-forces` is named for the regime of the event date), the parent
 * chain (unit → group → network), inter labels, members, and the trie the matcher walks.
 *
 * Resolution of an entry for a date and country, in order:
 *  1. a generic entry (`"generic": true`) follows the first of its `resolves_to` rules whose country
 *     and dates fit — rules with a country are skipped when no country is known, rules with dates
 *     when no date is known; when none fits, the generic entry itself is the answer;
 *  2. a lineage with periods becomes the period containing the date (no date, or a date outside
 *     every period: the lineage itself, named without a period, e.g. `Military Forces of Mali`).
 */
import type { InterLabel } from '../../model/types.ts';
import { latinKey } from '../../text/keys.ts';
import type { TrieNode } from './05-index.ts';
import { span } from './04-link.ts';
import type { Actor, AliasRecord, Issue, ParentLink, ResolveOptions } from './types.ts';

/** ACLED's country names, with the other names callers may pass. */
const COUNTRY_SYNONYMS: Record<string, string> = {
  'cote d ivoire': 'ivory coast',
  'republic of mali': 'mali',
  'burkina': 'burkina faso',
  'usa': 'united states',
  'united states of america': 'united states',
};

const countryCache = new Map<string, string>();

export function countryKey(name: string | undefined | null): string {
  if (!name) return '';
  let k = countryCache.get(name);
  if (k === undefined) {
    const l = latinKey(name);
    k = COUNTRY_SYNONYMS[l] ?? l;
    if (countryCache.size > 1000) countryCache.clear();
    countryCache.set(name, k);
  }
  return k;
}

/**
 * An event date as the registry compares it: `YYYY-MM-DD` as is; a month (`YYYY-MM`) as its 15th
 * and a year (`YYYY`) as 1 July, the middle of the range as ACLED dates imprecise events; anything
 * else as no date (the answer is then the undated one, never a guess from a malformed string).
 */
export function eventDate(date: string | undefined | null): string | undefined {
  if (typeof date !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-15`;
  if (/^\d{4}$/.test(date)) return `${date}-07-01`;
  return undefined;
}

function inRange(date: string, from?: string | null, to?: string | null): boolean {
  return (!from || date >= from) && (!to || date <= to);
}

export interface RegistryStats {
  entries: number;
  lineages: number;
  periods: number;
  /** Actors in the sense of the brief: not people, not descriptors, not generic pointers; lineages counted once per period. */
  actors: number;
  /** Distinct actors, a lineage counted once. */
  distinctActors: number;
  persons: number;
  descriptors: number;
  generic: number;
  aliases: number;
  trieNodes: number;
  byKind: Record<string, number>;
  files: number;
}

export class Registry {
  readonly issues: Issue[];
  readonly root: TrieNode;
  private readonly map = new Map<string, Actor>();
  private readonly list: Actor[];
  private readonly members = new Map<string, Actor[]>();
  private readonly aliasCount: number;
  private readonly trieSize: number;

  constructor(actors: Actor[], aliases: AliasRecord[], trie: { root: TrieNode; size: number }, issues: Issue[]) {
    this.list = actors;
    for (const a of actors) if (!this.map.has(a.id)) this.map.set(a.id, a);
    for (const a of actors) {
      for (const m of a.member_of) {
        const l = this.members.get(m.id) ?? [];
        l.push(a);
        this.members.set(m.id, l);
      }
    }
    this.root = trie.root;
    this.trieSize = trie.size;
    this.aliasCount = aliases.length;
    this.issues = issues;
  }

  /** @example registry.byId('jnim')?.canonical // 'JNIM: Group for Support of Islam and Muslims' */
  byId(id: string): Actor | undefined {
    return this.map.get(id);
  }

  all(): readonly Actor[] {
    return this.list;
  }

  /** The period of a lineage that contains `date`, if any. */
  periodAt(lineage: Actor, date: string): Actor | undefined {
    for (const pid of lineage.periods) {
      const p = this.map.get(pid);
      if (p && inRange(date, p.valid_from, p.valid_to)) return p;
    }
    return undefined;
  }

  /**
   * The entry an id stands for on a date and in a country (see the module header).
   * @example registry.resolve('mali-armed-forces', {date: '2024-09-17'})?.canonical // 'Military Forces of Mali (2021-)'
   */
  resolve(id: string, opts: ResolveOptions = {}): Actor | undefined {
    let a = this.map.get(id);
    const date = eventDate(opts.date);
    const country = countryKey(opts.country);
    for (let hops = 0; a && a.generic && a.resolves_to.length > 0 && hops < 8; hops++) {
      const rule = a.resolves_to.find(
        (r) =>
          (r.country ? country !== '' && countryKey(r.country) === country : true) &&
          (r.from || r.to ? !!date && inRange(date, r.from, r.to) : true),
      );
      if (!rule) break;
      const next = this.map.get(rule.id);
      if (!next) break;
      a = next;
    }
    if (a && a.periods.length > 0 && date) a = this.periodAt(a, date) ?? a;
    return a;
  }

  /**
   * The canonical name of an entry for an event date.
   * @example registry.canonicalFor('mali-armed-forces', '2013-01-20') // 'Military Forces of Mali (2012-2013)'
   */
  canonicalFor(id: string, date?: string, country?: string): string | undefined {
    return this.resolve(id, { date, country })?.canonical;
  }

  inter(id: string, date?: string): InterLabel {
    return this.resolve(id, { date })?.inter ?? '';
  }

  /** Whether an entry (or its lineage's span) covers a date. */
  validAt(id: string, when: string): boolean {
    const a = this.map.get(id);
    const date = eventDate(when);
    if (!a || !date) return false;
    const [from, to] = span(a, this.map);
    return date >= from && date <= to;
  }

  /** The parent link in force on a date (no date: the latest link). */
  parentLink(a: Actor, when?: string): ParentLink | undefined {
    const date = eventDate(when);
    if (a.parents.length === 0) return undefined;
    if (!date) return a.parents[a.parents.length - 1];
    return a.parents.find((p) => inRange(date, p.from, p.to));
  }

  /**
   * Ancestors of an entry, nearest first (unit → group → network).
   * @example registry.parentChain('katiba-macina', '2024-09-17').map((a) => a.id) // ['jnim', 'al-qaeda']
   */
  parentChain(id: string, when?: string): Actor[] {
    const date = eventDate(when);
    const out: Actor[] = [];
    let cur = this.map.get(id);
    if (cur && date && cur.periods.length > 0) cur = this.periodAt(cur, date) ?? cur;
    const seen = new Set<string>();
    while (cur && !seen.has(cur.id)) {
      seen.add(cur.id);
      const link = this.parentLink(cur, date);
      if (!link) break;
      let p = this.map.get(link.id);
      if (p && date && p.periods.length > 0) p = this.periodAt(p, date) ?? p;
      if (!p || seen.has(p.id)) break;
      out.push(p);
      cur = p;
    }
    return out;
  }

  /**
   * The actor ACLED's actor fields would carry for this entry: units stand for the nearest
   * ancestor that is not a unit (Katiba Macina → JNIM in 2024; the gendarmerie → the army).
   */
  codingActor(id: string, date?: string, country?: string): Actor | undefined {
    let a = this.resolve(id, { date, country });
    if (!a || a.kind !== 'unit') return a;
    for (const p of this.parentChain(a.id, date)) {
      if (p.kind !== 'unit') return p;
    }
    return a;
  }

  /** People recorded as members or leaders of an entry (or of its lineage). */
  membersOf(id: string): Actor[] {
    const a = this.map.get(id);
    const ids = [id, ...(a?.lineage ? [a.lineage] : [])];
    return ids.flatMap((i) => this.members.get(i) ?? []);
  }

  stats(): RegistryStats {
    const byKind: Record<string, number> = {};
    let lineages = 0;
    let periods = 0;
    let actors = 0;
    let distinct = 0;
    let persons = 0;
    let descriptors = 0;
    let generic = 0;
    const files = new Set<string>();
    for (const a of this.list) {
      files.add(a.file);
      byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
      if (a.lineage) periods++;
      if (a.periods.length > 0) lineages++;
      if (a.kind === 'person') persons++;
      else if (a.kind === 'descriptor') descriptors++;
      else if (a.generic) generic++;
      else {
        if (!a.lineage) distinct++;
        if (a.periods.length === 0) actors++;
      }
    }
    return {
      entries: this.list.length,
      lineages,
      periods,
      actors,
      distinctActors: distinct,
      persons,
      descriptors,
      generic,
      aliases: this.aliasCount,
      trieNodes: this.trieSize,
      byKind,
      files: files.size,
    };
  }
}
