/**
 * @module extract/knowledge-places
 * Binds the PlaceKB interface to the gazetteer (src/knowledge/gazetteer).
 */
import type { Place, PlaceHit, PlaceKB } from './knowledge.ts';
import { loadGazetteer, placePrior, type Gazetteer, type Place as GPlace } from '../knowledge/gazetteer/load.ts';

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const R = 6371;
  const dLat = ((b.lat - a.lat) * Math.PI) / 180;
  const dLon = ((b.lon - a.lon) * Math.PI) / 180;
  const x = Math.sin(dLat / 2) ** 2 + Math.cos((a.lat * Math.PI) / 180) * Math.cos((b.lat * Math.PI) / 180) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(x));
}

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
      for (const h of findInterim(g, sentence, ctx.lang)) {
        const cands = h.cands;
        if (h.country) {
          out.push({ start: h.start, end: h.end, text: h.text, place: countryPlace(h.country), reason: 'country' });
          continue;
        }
        const scored = cands.map((c) => {
          let s = placePrior(c.place) - c.distance * 2;
          if (ctx.docCountry && c.place.countryCode === ctx.docCountry) s += 1.5;
          if (ctx.nearby?.length) s += Math.max(...ctx.nearby.map((n) => (km(n, c.place) < 50 ? 1.5 : km(n, c.place) < 200 ? 0.5 : 0)));
          return { c, s };
        });
        scored.sort((a, b) => b.s - a.s);
        const best = scored[0];
        out.push(best ? { start: h.start, end: h.end, text: h.text, place: toPlace(best.c.place), reason: `${best.c.match}` } : { start: h.start, end: h.end, text: h.text, place: null, reason: 'no candidate' });
      }
      return out;
    },
    facilityIn(kind, town) {
      const sup = g.supplement.filter((p) => (p.kind ?? '').includes(kind) || (kind === 'airport' && p.featureCode === 'AIRP') || (kind === 'camp' && /MILB|INSM|camp/i.test(`${p.featureCode} ${p.kind}`)));
      const near = sup.filter((p) => km(p, town) < 25).sort((a, b) => km(a, town) - km(b, town));
      return near[0] ? { ...toPlace(near[0]), precision: 1 } : null;
    },
    capitalOf(iso2) {
      const c = g.countryByIso2(iso2);
      if (!c) return null;
      const p = c.capital.geonameid ? g.byId(c.capital.geonameid) : null;
      return p ? toPlace(p) : { ...countryPlace(iso2)!, name: c.capital.name, isCountry: false, precision: 1, featureCode: 'PPLC' };
    },
    country: countryPlace,
  };
}

// ---- interim mention finder (n-grams of words looked up in the gazetteer) ----
const STOP = new Set(['في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'بين', 'قال', 'قالت', 'أن', 'ان', 'التي', 'الذي', 'هذا', 'هذه', 'كما', 'وقد', 'قد', 'بعد', 'قبل', 'حيث', 'عند', 'منذ', 'كل', 'أو', 'ثم', 'لا', 'لم', 'ما', 'هو', 'هي']);
function findInterim(g: Gazetteer, s: string, lang: string) {
  const out: Array<{ start: number; end: number; text: string; cands: ReturnType<Gazetteer['lookup']>; country?: string }> = [];
  const words = [...s.matchAll(/[\p{L}\p{M}'’-]+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
  for (let i = 0; i < words.length; i++) {
    let found = false;
    for (let n = 3; n >= 1 && !found; n--) {
      if (i + n > words.length) continue;
      const start = words[i].start;
      const end = words[i + n - 1].end;
      let text = s.slice(start, end);
      let off = 0;
      if (lang === 'ar') {
        const m = /^(?:و?(?:ب|ل|ف)?(?:ال)?|لل|وال|بال)/u.exec(text);
        const variants = [text];
        if (m && m[0]) variants.push(text.slice(m[0].length));
        for (const v of variants) {
          if (STOP.has(v) || v.length < 3) continue;
          const c = countryOf(g, v);
          if (c) {
            off = text.length - v.length;
            out.push({ start: start + off, end, text: v, cands: [], country: c });
            found = true;
            break;
          }
          const cands = g.lookup(v, { fuzzy: false }).filter((c) => c.match !== 'fuzzy' && (c.place.population > 5000 || c.place.source === 'supplement' || /^ADM1|^PPLA|PPLC|PPLX/.test(c.place.featureCode)));
          if (cands.length) {
            off = text.length - v.length;
            out.push({ start: start + off, end, text: v, cands });
            found = true;
            break;
          }
        }
      } else {
        if (!/^\p{Lu}/u.test(text)) continue;
        const c = countryOf(g, text);
        if (c) {
          out.push({ start, end, text, cands: [], country: c });
          found = true;
          break;
        }
        const cands = g.lookup(text, { fuzzy: false }).filter((c) => c.match === 'exact');
        if (cands.length) {
          out.push({ start, end, text, cands });
          found = true;
        }
      }
      if (found) i += n - 1;
    }
  }
  return out;
}
function countryOf(g: Gazetteer, name: string): string | null {
  const key = name.replace(/^ال/, '');
  for (const c of g.countries) {
    for (const list of Object.values(c.names)) if (list.some((n) => n === name || n.replace(/^ال/, '') === key)) return c.iso2;
  }
  return null;
}
