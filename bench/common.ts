/**
 * Shared by the store and ingest benches: a seeded random generator, percentiles, the synthetic
 * wire reports and incidents they store, and the filtered-list queries they time.
 * (Not a bench itself: bench/index.ts runs only *.bench.ts.)
 */
import { SUB_EVENT_TYPES } from '../src/model/taxonomy.ts';
import type { EventRecord } from '../src/model/types.ts';
import type { IncidentFilter } from '../src/store/types.ts';

export const num = (k: string, d: number) => (process.env[k] ? Number(process.env[k]) : d);

export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = {
  ar: ['موبتي', 'غاو', 'كيدال', 'تمبكتو', 'سيغو', 'جيبو', 'تيلابيري', 'باماكو'],
  fr: ['Mopti', 'Gao', 'Kidal', 'Tombouctou', 'Ségou', 'Djibo', 'Tillabéri', 'Bamako'],
  en: ['Mopti', 'Gao', 'Kidal', 'Timbuktu', 'Segou', 'Djibo', 'Tillaberi', 'Bamako'],
};
const MONTHS = { ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'], fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'], en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] };

/** A short wire report, in turn Arabic, French, English. */
export function report(i: number, rand: () => number): string {
  const lang = (['ar', 'fr', 'en'] as const)[i % 3];
  const p = PLACES[lang][Math.floor(rand() * 8)];
  const d = 1 + Math.floor(rand() * 28);
  const m = MONTHS[lang][Math.floor(rand() * 12)];
  const n = 2 + Math.floor(rand() * 40);
  if (lang === 'ar') return `هاجم مسلحون يشتبه في انتمائهم إلى جماعة نصرة الإسلام والمسلمين موقعا للجيش قرب ${p} يوم ${d} ${m} 2024، مما أسفر عن مقتل ${n} جنديا، وفقا لمصادر أمنية. وقالت الجماعة في بيان إنها استولت على أسلحة. (تقرير ${i})`;
  if (lang === 'fr') return `Des hommes armés présumés du JNIM ont attaqué un poste de l'armée près de ${p} le ${d} ${m} 2024, tuant ${n} soldats, selon des sources sécuritaires. Le groupe a revendiqué l'attaque dans un communiqué. (dépêche ${i})`;
  return `Suspected JNIM gunmen attacked an army post near ${p} on ${m} ${d}, 2024, killing ${n} soldiers, security sources said. The group claimed the attack in a statement. (report ${i})`;
}

export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
export const ms = (x: number) => `${x.toFixed(2)} ms`;

const COUNTRIES = [
  { iso: 466, country: 'Mali', bbox: [10.2, -12.2, 25, 4.2], admin1: ['Bamako', 'Kayes', 'Koulikoro', 'Sikasso', 'Ségou', 'Mopti', 'Tombouctou', 'Gao', 'Kidal', 'Ménaka'] },
  { iso: 854, country: 'Burkina Faso', bbox: [9.4, -5.5, 15, 2.4], admin1: ['Sahel', 'Centre-Nord', 'Est', 'Nord', 'Boucle du Mouhoun', 'Centre-Est'] },
  { iso: 562, country: 'Niger', bbox: [11.7, 0.2, 23.5, 15.9], admin1: ['Tillabéri', 'Tahoua', 'Diffa', 'Maradi', 'Niamey'] },
  { iso: 204, country: 'Benin', bbox: [6.2, 0.8, 12.4, 3.8], admin1: ['Alibori', 'Atacora'] },
  { iso: 768, country: 'Togo', bbox: [6.1, -0.1, 11.1, 1.8], admin1: ['Savanes'] },
];
const ACTORS = [
  'JNIM: Group for Support of Islam and Muslims', 'Islamic State (Sahel)', 'Military Forces of Mali (2021-)', 'Military Forces of Burkina Faso (2022-)',
  'Military Forces of Niger (2023-)', 'Wagner Group', 'Africa Corps', 'CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad',
  'VDP: Volunteers for the Defense of the Homeland', 'Dozo Communal Militia (Mali)', 'Civilians (Mali)', 'Civilians (Burkina Faso)', 'Civilians (Niger)',
  'Katiba Macina', 'Ansaroul Islam', 'Unidentified Armed Group (Mali)', 'Military Forces of Benin (2016-)', 'Military Forces of Togo (2005-)',
];

export function synthetic(i: number, rand: () => number): EventRecord {
  const c = COUNTRIES[Math.floor(rand() * rand() * COUNTRIES.length)];
  const t = SUB_EVENT_TYPES[Math.floor(rand() * 14)];
  const day = Math.floor(rand() * 3650);
  const start = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const u = rand();
  const span = u < 0.85 ? 0 : u < 0.95 ? 6 : u < 0.99 ? 30 : 364;
  const end = new Date(Date.parse(start) + span * 86_400_000).toISOString().slice(0, 10);
  const mid = new Date(Date.parse(start) + Math.floor(span / 2) * 86_400_000).toISOString().slice(0, 10);
  const undated = rand() < 0.02;
  const [la0, lo0, la1, lo1] = c.bbox;
  const a1 = ACTORS[Math.floor(rand() * rand() * ACTORS.length)];
  const a2 = ACTORS[Math.floor(rand() * ACTORS.length)];
  return {
    event_id_cnty: `B${i}`, event_date: undated ? null : mid, time_precision: span === 0 ? 1 : span <= 6 ? 2 : span <= 30 ? 3 : null,
    disorder_type: t.disorder_type, event_type: t.event_type, sub_event_type: t.sub_event_type,
    actor1: a1, assoc_actor_1: rand() < 0.2 ? ACTORS[Math.floor(rand() * ACTORS.length)] : '', inter1: 'Rebel group', actor2: a2, assoc_actor_2: '', inter2: 'State forces',
    interaction: 'Rebel group-State forces', civilian_targeting: '', iso: c.iso, country: c.country, admin1: c.admin1[Math.floor(rand() * c.admin1.length)], admin2: '', admin3: '',
    location: `Place ${i % 5000}`, latitude: +(la0 + rand() * (la1 - la0)).toFixed(4), longitude: +(lo0 + rand() * (lo1 - lo0)).toFixed(4), geo_precision: 1,
    fatalities: Math.floor(rand() * rand() * 50), source: 'Bench', source_scale: '', notes: '', tags: '', timestamp: 0,
    date_start: undated ? null : start, date_end: undated ? null : end, date_text: null, fatalities_low: null, fatalities_best: null, fatalities_high: null,
    claims: [], background: false, evidence: [], confidence: 0.5, source_documents: [],
  };
}

/** The filtered-list queries every store bench times (one per kind of filter and their mixes). */
export const LIST_QUERIES: Array<[string, IncidentFilter]> = [
  ['no filter', {}],
  ['country', { country: 'Burkina Faso' }],
  ['country + year', { country: 'Mali', from: '2022', to: '2022' }],
  ['month', { from: '2024-09', to: '2024-09' }],
  ['from only', { from: '2024-12-01' }],
  ['to only', { to: '2015-02-01' }],
  ['actor', { actor: 'wagner' }],
  ['rare actor', { actor: 'togo' }],
  ['actor matching many names', { actor: 'forces' }],
  ['actor + country + dates', { actor: 'JNIM', country: 'Mali', from: '2023-01', to: '2023-06' }],
  ['type', { type: 'Air/drone strike' }],
  ['disorder type', { type: 'Demonstrations' }],
  ['admin1 + type', { admin1: 'Tillabéri', type: 'Battles' }],
  ['admin1 + actor', { admin1: 'Kidal', actor: 'JNIM' }],
  ['type + country + year', { type: 'Armed clash', country: 'Niger', from: '2019', to: '2019' }],
  ['near Bamako 50 km', { near: { lat: 12.65, lon: -8, km: 50 } }],
  ['near Djibo 30 km + year', { near: { lat: 14.1, lon: -1.63, km: 30 }, from: '2021', to: '2021' }],
  ['near Bamako 50 km + actor', { near: { lat: 12.65, lon: -8, km: 50 }, actor: 'wagner' }],
  ['near 500 km + type', { near: { lat: 14, lon: -4, km: 500 }, type: 'Battles' }],
];
