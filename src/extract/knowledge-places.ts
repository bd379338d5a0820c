/**
 * @module extract/knowledge-places
 * Binds the PlaceKB interface to the gazetteer (src/knowledge/gazetteer).
 */
import type { Place, PlaceHit, PlaceKB } from './knowledge.ts';
import { loadGazetteer, type Gazetteer, type Place as GPlace } from '../knowledge/gazetteer/load.ts';
import { CUES, findPlaces } from '../knowledge/gazetteer/find.ts';
import { resolvePlace } from '../knowledge/gazetteer/resolve.ts';
import { matchKey } from '../text/keys.ts';
import { distanceKm } from '../model/geo.ts';

const km = distanceKm;

export function gazetteerPlaces(g: Gazetteer = loadGazetteer()): PlaceKB {
  const toPlace = (p: GPlace): Place => {
    const c = g.countryByIso2(p.countryCode);
    const isRegion = p.featureCode === 'ADM1';
    return {
      id: p.id,
      name: p.name,
      iso2: p.countryCode,
      country: c?.name ?? p.countryCode,
      iso: c?.iso ?? null,
      admin1: p.admin1,
      admin2: p.admin2,
      lat: p.lat,
      lon: p.lon,
      featureCode: p.featureCode,
      precision: isRegion || /^ADM/.test(p.featureCode) ? 3 : 1,
      population: p.population,
      isRegion,
      facility: p.kind,
    };
  };
  const countryPlace = (iso2: string): Place | null => {
    const c = g.countryByIso2(iso2);
    if (!c) return null;
    return { id: `country:${iso2}`, name: c.name, iso2, country: c.name, iso: c.iso, admin1: '', admin2: '', lat: c.capital.lat, lon: c.capital.lon, featureCode: 'PCLI', precision: 3, isCountry: true };
  };
  return {
    find(sentence, ctx) {
      const out: PlaceHit[] = [];
      const found = findPlaces(sentence, ctx.lang, g);
      for (const m of found) {
        // An Arabic word written with the accusative ending -ًا (حدادًا, موقعًا, أخيرًا) is a common noun
        // or adverb: place names do not take it.
        if (/[\u0621-\u064A](?:\u064B\u0627|\u0627\u064B)$/.test(m.text)) continue;
        const r = resolvePlace(m.text, { lang: ctx.lang, sentence, at: m.start, docCountry: ctx.docCountry, nearby: ctx.nearby, sentencePlaces: found }, g);
        if (!r.ok) {
          out.push({ start: m.start, end: m.end, text: m.text, place: null, reason: r.reason });
          continue;
        }
        const isCountry = r.featureCode.startsWith('PCL') || r.id.startsWith('country:');
        // "the Niger river", "le fleuve Niger", "نهر النيجر" name the river, not the country.
        if (isCountry && (/(?:river|fleuve|نهر|الفرع|rive|boucle du)\s*(?:de |du |d')?$/iu.test(sentence.slice(Math.max(0, m.start - 14), m.start)) || /^\s*(?:river|River)/u.test(sentence.slice(m.end, m.end + 8)))) continue;
        const isRegion = r.featureCode === 'ADM1';
        out.push({
          start: m.start,
          end: m.end,
          text: m.text,
          reason: `${m.reason}+${r.reason}`,
          place: {
            id: r.id,
            name: r.name,
            iso2: r.iso2,
            country: r.country,
            iso: r.iso,
            admin1: r.admin1,
            admin2: r.admin2,
            lat: r.lat,
            lon: r.lon,
            featureCode: r.featureCode,
            precision: r.precision,
            population: g.byId(r.id)?.population,
            isCountry,
            isRegion,
            facility: g.byId(r.id)?.kind,
          },
        });
      }
      return out;
    },
    facilityIn(kind, town) {
      // Curated sites (air bases, camps, schools) within reach of the town: an airport 25 km, a camp 12 km.
      const kinds: Record<string, { kinds: string[]; codes: string[]; km: number }> = {
        airport: { kinds: ['air_base', 'airport'], codes: ['AIRB', 'AIRP'], km: 25 },
        camp: { kinds: ['military_camp', 'camp'], codes: ['MILB', 'INSM'], km: 12 },
        school: { kinds: ['school'], codes: ['SCH'], km: 15 },
      };
      const want = kinds[kind] ?? { kinds: [kind], codes: [], km: 15 };
      const sup = g.supplement.filter((p) => want.kinds.includes(p.kind ?? '') || want.codes.includes(p.featureCode));
      const near = sup.filter((p) => km(p, town) < want.km).sort((a, b) => km(a, town) - km(b, town));
      return near[0] ? { ...toPlace(near[0]), precision: 1 } : null;
    },
    capitalOf(iso2) {
      const c = g.countryByIso2(iso2);
      if (!c) return null;
      const p = c.capital.geonameid ? g.byId(c.capital.geonameid) : null;
      return p ? toPlace(p) : { ...countryPlace(iso2)!, name: c.capital.name, isCountry: false, precision: 1, featureCode: 'PPLC' };
    },
    country: countryPlace,
    countryHint(text) {
      const key = ` ${matchKey(text)} `;
      const votes = new Map<string, number>();
      const vote = (iso2: string, n: number) => { if (n > 0) votes.set(iso2, (votes.get(iso2) ?? 0) + n); };
      for (const c of g.countries) {
        // Each mention once: "Burkina Faso" is not also a "Burkina" and a "Faso".
        const spans: Array<[number, number]> = [];
        const keys = Object.values(c.names).flat().flatMap((name) => {
          const k = matchKey(name);
          const ka = k.replace(/^ال/, '');
          return ka !== k ? [k, ka] : [k];
        }).filter((k) => k.length >= 4).sort((a, b) => b.length - a.length);
        for (const k of new Set(keys)) {
          const kk = ` ${k} `;
          for (let i = key.indexOf(kk); i >= 0; i = key.indexOf(kk, i + 1)) {
            if (!spans.some(([a, b]) => i + 1 < b && a < i + 1 + k.length)) spans.push([i + 1, i + 1 + k.length]);
          }
        }
        vote(c.iso2, spans.length);
      }
      // Country adjectives ("l'armée malienne", "Nigerien soldiers", "الجيش المالي") name the country too.
      for (const [re, iso2] of DEMONYM_HINTS) vote(iso2, (key.match(re) ?? []).length);
      // So do the names of its capitals and regional capitals, when no other country has a capital so named.
      for (const name of majorNameCandidates(text)) {
        if (STOP.has(matchKey(name))) continue; // "Sahel" is the wider region, not Burkina's Sahel region
        const cs = g.lookup(name, { fuzzy: false }).filter((c) => c.match === 'exact');
        const major = cs.filter((c) => MAJOR.has(c.place.featureCode));
        const iso = new Set(major.map((c) => c.place.countryCode));
        if (iso.size === 1) vote(major[0].place.countryCode, 1);
      }
      let best: string | null = null;
      let bestN = 0;
      for (const [iso2, n] of votes) if (n > bestN) { bestN = n; best = iso2; }
      return best;
    },
  };
}

const MAJOR = new Set(['PPLC', 'PPLA', 'ADM1']);
const STOP = new Set(Object.values(CUES).flatMap((c) => c.stop.map((w) => matchKey(w))));

/** Country adjectives on matchKey text (lower case, accents and Arabic variants folded), one pattern per country. */
const DEMONYM_HINTS: Array<[RegExp, string]> = [
  // Arabic مالي alone is also 'financial': only the plural of people counts.
  [/ (?:malien(?:ne)?s?|malians?|(?:ال|و|ب|ل)?ماليين|(?:ال|و|ب|ل)?ماليون) /gu, 'ML'],
  [/ (?:burkinab[ea]s?|burkinabes?|(?:ال|و|ب|ل)?بوركيني(?:ون|ين|ه|ة)?) /gu, 'BF'],
  [/ (?:nigerien(?:ne)?s?|(?:ال|و|ب|ل)?نيجري(?:ون|ين|ه|ة)?) /gu, 'NE'],
  [/ (?:beninois(?:e|es)?|beninese|(?:ال|و|ب|ل)?بنيني(?:ون|ين|ه|ة)?) /gu, 'BJ'],
  [/ (?:togolais(?:e|es)?|togolese|(?:ال|و|ب|ل)?توغولي(?:ون|ين|ه|ة)?) /gu, 'TG'],
];

/** Distinct words that may be a major place name: capitalised Latin words, or Arabic words of 4+ letters (at most 300). */
function majorNameCandidates(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}])(?:\p{Lu}[\p{L}'’-]{2,}|[\u0621-\u064A]{4,})/gu)) {
    out.add(m[0]);
    if (out.size >= 300) break;
  }
  return [...out];
}


