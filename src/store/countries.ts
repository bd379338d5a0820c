/**
 * @module store/countries
 * Countries as filters and exports need them: the gazetteer's country table
 * (data/gazetteer/countries.json: ACLED name, ISO numeric and alpha-2, names in ar/fr/en) joined
 * with ISO alpha-3 codes and ACLED's region names, which that table does not carry.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from '../text/index.ts';

/** ISO numeric → [alpha-3, ACLED region]. */
const EXTRA: Record<number, [string, string]> = {
  466: ['MLI', 'Western Africa'],
  854: ['BFA', 'Western Africa'],
  562: ['NER', 'Western Africa'],
  686: ['SEN', 'Western Africa'],
  384: ['CIV', 'Western Africa'],
  324: ['GIN', 'Western Africa'],
  478: ['MRT', 'Western Africa'],
  204: ['BEN', 'Western Africa'],
  768: ['TGO', 'Western Africa'],
  288: ['GHA', 'Western Africa'],
  12: ['DZA', 'Northern Africa'],
  566: ['NGA', 'Western Africa'],
  148: ['TCD', 'Middle Africa'],
  434: ['LBY', 'Northern Africa'],
  270: ['GMB', 'Western Africa'],
  624: ['GNB', 'Western Africa'],
  430: ['LBR', 'Western Africa'],
  694: ['SLE', 'Western Africa'],
};

export interface CountryInfo {
  name: string;
  iso: number;
  iso2: string;
  iso3: string;
  region: string;
  names: string[];
}

let cache: CountryInfo[] | null = null;

export function countries(): CountryInfo[] {
  if (cache) return cache;
  const file = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'data', 'gazetteer', 'countries.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { countries: Array<{ name: string; iso: number; iso2: string; names: Record<string, string[]> }> };
  cache = raw.countries.map((c) => ({
    name: c.name,
    iso: c.iso,
    iso2: c.iso2,
    iso3: EXTRA[c.iso]?.[0] ?? '',
    region: EXTRA[c.iso]?.[1] ?? '',
    names: [c.name, ...Object.values(c.names).flat()],
  }));
  return cache;
}

/** A country by ACLED name, any of its names (ar/fr/en), ISO numeric, alpha-2 or alpha-3 code. */
export function findCountry(q: string | number | null | undefined): CountryInfo | null {
  if (q === null || q === undefined || q === '') return null;
  const s = String(q).trim();
  if (/^\d+$/.test(s)) return countries().find((c) => c.iso === Number(s)) ?? null;
  const up = s.toUpperCase();
  if (/^[A-Z]{2,3}$/.test(up)) {
    const c = countries().find((x) => x.iso2 === up || x.iso3 === up);
    if (c) return c;
  }
  const k = fold(s);
  return countries().find((c) => c.names.some((n) => fold(n) === k)) ?? null;
}
