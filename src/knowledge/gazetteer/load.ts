/**
 * @module knowledge/gazetteer/load
 * The loaded gazetteer: the bundled GeoNames index, the user's imported indexes, the curated
 * supplement and the country table, behind one lookup. `loadGazetteer()` returns a cached singleton.
 *
 * @example
 *   const g = loadGazetteer();
 *   g.lookup('باماكو')[0].place.name   // 'Bamako'
 *   g.byId(2455558)?.admin2            // 'Kati'
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchKey } from '../../text/keys.ts';
import { decodeIndex, type IndexPart, type RowRecord } from './format.ts';
import { fineDistance, fineKey, fineTolerance, isArabicScript, skeletonOfFine } from './translit.ts';
import { dataDir as defaultDataDir, userIndexFiles } from './userdata.ts';
import type { Lang } from '../../model/types.ts';

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'gazetteer');

export interface Place {
  /** 'gn:<geonameid>' or 'sup:<supplement id>' */
  id: string;
  geonameid: number | null;
  name: string;
  asciiname: string;
  altNames: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  /** ISO 3166-1 alpha-2 */
  countryCode: string;
  admin1Code: string;
  admin1: string;
  admin2Code: string;
  admin2: string;
  population: number;
  source: 'geonames' | 'import' | 'supplement' | 'country';
  /** supplement only: the containing place's id, the kind of site, how exact the coordinates are */
  parent?: string;
  kind?: string;
  coords?: string;
}

export interface Country {
  iso2: string;
  iso: number;
  name: string;
  geonameid: number | null;
  capital: { name: string; geonameid: number | null; lat: number; lon: number };
  bbox: [number, number, number, number];
  names: Record<Lang, string[]>;
}

export interface Candidate {
  place: Place;
  /** exact: a name of the place has the query's matchKey; fine: same phonetic key; fuzzy: near key */
  match: 'exact' | 'fine' | 'fuzzy';
  distance: number;
}

export interface LookupOptions {
  /** ISO2: keep only this country */
  country?: string;
  /** allow near phonetic keys (default: for Arabic script, or when nothing closer is found) */
  fuzzy?: boolean;
  limit?: number;
}

interface SupplementFile {
  places: Array<{
    id: string; country: string; kind: string; featureCode: string; parent: number; name: string;
    lat: number; lon: number; coords: string; names: Record<Lang, string[]>; source: string;
  }>;
  aliases: Array<{ geonameid: number; names: Record<Lang, string[]>; source: string }>;
}

/** How much a place is worth as a default reading of its name: size and administrative rank. */
export function placePrior(p: Place): number {
  let s = Math.log10(p.population + 1) * 0.6;
  switch (p.featureCode) {
    case 'PCLI': s += 8; break;
    case 'PPLC': s += 3.5; break;
    case 'PPLA': s += 2.5; break;
    case 'ADM1': s += 2; break;
    case 'PPLA2': s += 1.6; break;
    case 'ADM2': s += 0.9; break;
    case 'PPLA3': case 'AIRP': s += 0.8; break;
    case 'PPLA4': case 'ADM3': s += 0.4; break;
    case 'PPLQ': case 'PPLW': case 'PPLH': s -= 0.6; break;
  }
  if (p.source === 'supplement') s += 1.2;
  if ('HTV'.includes(p.featureClass)) s -= 1;
  return s;
}

export class Gazetteer {
  readonly parts: Array<{ part: IndexPart; source: 'geonames' | 'import'; path: string }> = [];
  readonly countries: Country[];
  readonly supplement: Place[] = [];
  readonly loadMs: number;
  readonly problems: Array<{ code: string; message: string }> = [];
  private readonly cache = new Map<number, Place | null>();
  private readonly supById = new Map<string, Place>();
  /** fine key → supplement places and alias targets (geonameids) */
  private readonly supFine = new Map<string, Array<Place | number>>();
  private readonly aliasNames = new Map<number, string[]>();
  private readonly lookupCache = new Map<string, Candidate[]>();
  /** Memos behind lookup (a name's fine key recurs under many spellings): fine key → targets, fine key → near keys. */
  private readonly fineMemo = new Map<string, Array<Place | number>>();
  private readonly nearMemo = new Map<string, Array<[string, number]>>();
  /** skeleton → supplement fine keys, built on first use (supFine is complete after the constructor). */
  private supSkel: Map<string, string[]> | null = null;
  private readonly nameKeys = new WeakMap<Place, Set<string>>();

  /** matchKeys of all names of a place, computed once. */
  private keysOf(p: Place): Set<string> {
    let k = this.nameKeys.get(p);
    if (!k) this.nameKeys.set(p, (k = new Set([p.name, p.asciiname, ...p.altNames].map(matchKey))));
    return k;
  }
  /** longest name (in tokens) of supplement/alias/country entries, for n-gram finders */
  maxNameTokens = 3;

  constructor(opts: { baseFile?: string; dataDir?: string; userIndexes?: boolean; dataFolder?: string } = {}) {
    const t0 = performance.now();
    const folder = opts.dataFolder ?? DATA;
    const base = opts.baseFile ?? join(folder, 'geonames.tsv.gz');
    const files: Array<{ path: string; source: 'geonames' | 'import' }> = [{ path: base, source: 'geonames' }];
    if (opts.userIndexes !== false) for (const f of userIndexFiles(opts.dataDir ?? defaultDataDir())) files.push({ path: f, source: 'import' });
    for (const f of files) {
      if (!existsSync(f.path)) {
        if (f.source === 'geonames') throw new Error(`marsad gazetteer: bundled index missing at ${f.path}; run npx tsx scripts/build-gazetteer.ts`);
        continue;
      }
      const r = decodeIndex(readFileSync(f.path));
      if (!r.ok) {
        if (f.source === 'geonames') throw new Error(`marsad gazetteer: ${f.path}: ${r.message}`);
        this.problems.push({ code: r.code, message: `${f.path}: ${r.message}` });
        continue;
      }
      this.parts.push({ part: r.part, source: f.source, path: f.path });
    }
    // Parts are merged: for one geonameid the latest part (a user import) wins; see byId.
    this.countries = (JSON.parse(readFileSync(join(folder, 'countries.json'), 'utf8')) as { countries: Country[] }).countries;
    this.loadSupplement(JSON.parse(readFileSync(join(folder, 'supplement.json'), 'utf8')) as SupplementFile);
    for (const c of this.countries) {
      const p = this.countryPlace(c);
      this.supById.set(p.id, p);
      for (const n of Object.values(c.names).flat()) this.addSupFine(n, p);
    }
    this.loadMs = performance.now() - t0;
  }

  private noteTokens(n: string) {
    const t = n.split(/[\s'’-]+/).filter(Boolean).length;
    if (t > this.maxNameTokens) this.maxNameTokens = Math.min(t, 6);
  }

  private addSupFine(name: string, target: Place | number) {
    const k = fineKey(name);
    if (!k) return;
    const list = this.supFine.get(k) ?? [];
    list.push(target);
    this.supFine.set(k, list);
    this.noteTokens(name);
  }

  private loadSupplement(s: SupplementFile) {
    for (const a of s.aliases) {
      const names = Object.values(a.names).flat();
      this.aliasNames.set(a.geonameid, [...(this.aliasNames.get(a.geonameid) ?? []), ...names]);
      for (const n of names) this.addSupFine(n, a.geonameid);
    }
    for (const e of s.places) {
      const parent = this.byId(e.parent);
      const names = [...new Set(Object.values(e.names).flat())];
      const p: Place = {
        id: `sup:${e.id}`, geonameid: null, name: e.name, asciiname: e.name, altNames: names,
        lat: e.lat, lon: e.lon, featureClass: 'S', featureCode: e.featureCode, countryCode: e.country,
        admin1Code: parent?.admin1Code ?? '', admin1: parent?.admin1 ?? '', admin2Code: parent?.admin2Code ?? '', admin2: parent?.admin2 ?? '',
        population: 0, source: 'supplement', parent: `gn:${e.parent}`, kind: e.kind, coords: e.coords,
      };
      this.supplement.push(p);
      this.supById.set(p.id, p);
      for (const n of [e.name, ...names]) this.addSupFine(n, p);
    }
  }

  private readonly countryPlaces = new Map<string, Place>();

  /** A country as a place: its ACLED name, coded to its capital (geo_precision 3). */
  countryPlace(c: Country): Place {
    let p = this.countryPlaces.get(c.iso2);
    if (!p) {
      p = {
        id: `country:${c.iso2}`, geonameid: c.geonameid, name: c.name, asciiname: c.name, altNames: Object.values(c.names).flat(),
        lat: c.capital.lat, lon: c.capital.lon, featureClass: 'A', featureCode: 'PCLI', countryCode: c.iso2,
        admin1Code: '', admin1: '', admin2Code: '', admin2: '', population: 0, source: 'country',
        coords: `country coded to its capital, ${c.capital.name}`,
      };
      this.countryPlaces.set(c.iso2, p);
    }
    return p;
  }

  private toPlace(r: RowRecord, source: 'geonames' | 'import', meta: IndexPart['meta']): Place {
    const extra = this.aliasNames.get(r.id) ?? [];
    return {
      id: `gn:${r.id}`, geonameid: r.id, name: r.name, asciiname: r.ascii, altNames: extra.length ? [...r.alts, ...extra] : r.alts,
      lat: r.lat, lon: r.lon, featureClass: r.fclass, featureCode: r.fcode, countryCode: r.cc,
      admin1Code: r.a1, admin1: meta.admin1[`${r.cc}.${r.a1}`] ?? '', admin2Code: r.a2, admin2: meta.admin2[`${r.cc}.${r.a1}.${r.a2}`] ?? '',
      population: r.pop, source,
    };
  }

  /** A place by geonameid or by id string ('gn:123', 'sup:ml-kati-camp-soundiata-keita'). */
  byId(id: number | string): Place | null {
    if (typeof id === 'string') {
      if (id.startsWith('sup:') || id.startsWith('country:')) return this.supById.get(id) ?? null;
      const n = Number(id.replace(/^gn:/, ''));
      return Number.isInteger(n) ? this.byId(n) : null;
    }
    if (this.cache.has(id)) return this.cache.get(id)!;
    let found: Place | null = null;
    for (let i = this.parts.length - 1; i >= 0 && !found; i--) {
      const { part, source } = this.parts[i];
      const r = part.byId(id);
      if (r) found = this.toPlace(r, source, part.meta);
    }
    this.cache.set(id, found);
    return found;
  }

  countryByIso2(iso2: string): Country | undefined {
    return this.countries.find((c) => c.iso2 === iso2);
  }

  /** Places (or geonameids) with this fine key; memoised, callers must not modify the array. */
  private idsForFine(fk: string): Array<Place | number> {
    let out = this.fineMemo.get(fk);
    if (out) return out;
    out = [];
    for (const { part } of this.parts) out.push(...part.fine(fk));
    const s = this.supFine.get(fk);
    if (s) out.push(...s);
    if (this.fineMemo.size > 50000) this.fineMemo.clear();
    this.fineMemo.set(fk, out);
    return out;
  }

  private skeletonFines(skel: string): Set<string> {
    const out = new Set<string>();
    for (const { part } of this.parts) for (const f of part.skeletonFines(skel)) out.add(f);
    if (!this.supSkel) {
      this.supSkel = new Map();
      for (const f of this.supFine.keys()) {
        const k = skeletonOfFine(f);
        const list = this.supSkel.get(k);
        if (list) list.push(f);
        else this.supSkel.set(k, [f]);
      }
    }
    for (const f of this.supSkel.get(skel) ?? []) out.add(f);
    return out;
  }

  /** Other fine keys within `fineTolerance` of `fk`, with their distances, in bucket order; memoised. */
  private nearFines(fk: string): Array<[string, number]> {
    let out = this.nearMemo.get(fk);
    if (out) return out;
    out = [];
    const tol = fineTolerance(fk);
    for (const f2 of this.skeletonFines(skeletonOfFine(fk))) {
      // Each letter of length difference costs at least 0.3 (an inserted h): skip keys that cannot be near.
      if (f2 === fk || Math.abs(f2.length - fk.length) * 0.3 > tol + 1e-9) continue;
      const d = fineDistance(fk, f2, tol);
      if (d <= tol) out.push([f2, d]);
    }
    if (this.nearMemo.size > 50000) this.nearMemo.clear();
    this.nearMemo.set(fk, out);
    return out;
  }

  /** Forget memoised lookups (user data changed, or a bench wants first-sight figures). */
  clearCaches(): void {
    this.lookupCache.clear();
    this.fineMemo.clear();
    this.nearMemo.clear();
  }

  /**
   * Candidates for a name in any script, best first: exact spellings, then same phonetic key, then
   * (for Arabic, or when nothing closer exists) near phonetic keys within a length-scaled tolerance.
   */
  lookup(name: string, opts: LookupOptions = {}): Candidate[] {
    const ck = `${name}\u0000${opts.country ?? ''}\u0000${opts.fuzzy ?? ''}\u0000${opts.limit ?? ''}`;
    const hit = this.lookupCache.get(ck);
    if (hit) return hit;
    const res = this.lookupUncached(name, opts);
    if (this.lookupCache.size > 20000) this.lookupCache.clear();
    this.lookupCache.set(ck, res);
    return res;
  }

  private lookupUncached(name: string, opts: LookupOptions): Candidate[] {
    const mk = matchKey(name);
    const fk = fineKey(name);
    if (!mk || !fk) return [];
    const ids = this.idsForFine(fk);
    if (!ids.length && opts.fuzzy === false) return [];
    const byId = new Map<string, Candidate>();
    for (const t of ids) this.consider(byId, mk, opts, t, 'fine', 0);
    // Near keys: asked for, or by default for Arabic script and when no exact spelling was found.
    let wantFuzzy = opts.fuzzy ?? isArabicScript(name);
    if (!wantFuzzy) {
      wantFuzzy = opts.fuzzy === undefined;
      for (const c of byId.values()) if (c.match === 'exact') { wantFuzzy = false; break; }
    }
    if (wantFuzzy && fk.length >= 2) {
      for (const [f2, d] of this.nearFines(fk)) for (const t of this.idsForFine(f2)) this.consider(byId, mk, opts, t, 'fuzzy', d);
    }
    const out = [...byId.values()];
    out.sort((a, b) => a.distance - b.distance || placePrior(b.place) - placePrior(a.place));
    return out.slice(0, opts.limit ?? 50);
  }

  /** Add one target of a lookup (by fine or near key) to the candidates, keeping each place's closest match. */
  private consider(byId: Map<string, Candidate>, mk: string, opts: LookupOptions, t: Place | number, match: Candidate['match'], distance: number): void {
    let p = typeof t === 'number' ? this.byId(t) : t;
    if (!p || (opts.country && p.countryCode !== opts.country)) return;
    if (p.featureCode === 'PCLI' && p.source !== 'country') {
      const c = this.countryByIso2(p.countryCode);
      if (c) p = this.countryPlace(c);
    }
    let m = match;
    let d = distance;
    if (m !== 'exact' && this.keysOf(p).has(mk)) { m = 'exact'; d = 0; }
    else if (m === 'fine') d = 0.1;
    // Country names are matched as written, never by sound (Djenné is not Guinée).
    if (p.source === 'country' && m !== 'exact') return;
    const prev = byId.get(p.id);
    if (!prev || d < prev.distance) byId.set(p.id, { place: p, match: m, distance: d });
  }

  stats(): { places: number; parts: Array<{ path: string; source: string; rows: number; countries: string[] }>; supplement: number; countries: number; loadMs: number } {
    return {
      places: this.parts.reduce((s, p) => s + p.part.rowCount, 0),
      parts: this.parts.map((p) => ({ path: p.path, source: p.source, rows: p.part.rowCount, countries: p.part.meta.countries })),
      supplement: this.supplement.length,
      countries: this.countries.length,
      loadMs: Math.round(this.loadMs),
    };
  }
}

let singleton: Gazetteer | null = null;

/** The gazetteer, loaded once per process (bundled index + user imports + supplement). */
export function loadGazetteer(opts?: ConstructorParameters<typeof Gazetteer>[0] & { reload?: boolean }): Gazetteer {
  if (opts) {
    const { reload, ...rest } = opts;
    if (reload || Object.keys(rest).length) {
      const g = new Gazetteer(rest);
      if (reload && !Object.keys(rest).length) singleton = g;
      return g;
    }
  }
  return (singleton ??= new Gazetteer());
}
