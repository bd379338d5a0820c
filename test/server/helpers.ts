// API test helpers: an app on a temporary SQLite store, driven with inject() (no socket), and a
// hand-made corpus so that filter tests do not depend on extraction decisions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/server/app.ts';
import { openStore, standInFuse, type Store } from '../../src/store/index.ts';
import type { EventRecord } from '../../src/model/types.ts';
import { doc, result } from '../store/fixtures.ts';

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  dir: string;
  cleanup(): Promise<void>;
}

export async function makeApp(opts: Partial<AppOptions> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-server-'));
  const store = openStore({ db: join(dir, 'm.db'), fuse: standInFuse });
  const app = await buildApp({ store, ...opts });
  return {
    app,
    store,
    dir,
    async cleanup() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const EN = 'Gunmen attacked a gendarmerie post in Bamako on Tuesday. The army said three soldiers died; the group claimed dozens.';
/** The span of `word` in `text`, as evidence of `field`. */
function at(text: string, word: string, field: string) {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`fixture: '${word}' not in text`);
  return { field, start, end: start + word.length, text: word };
}

/** Three made-up reports, six events across Mali, Niger and Burkina Faso. */
export const CORPUS: Array<{ text: string; lang: 'en' | 'fr' | 'ar'; events: Array<Partial<EventRecord>> }> = [
  {
    text: EN,
    lang: 'en',
    events: [
      {
        event_date: '2024-09-17', date_start: '2024-09-17', date_end: '2024-09-17', location: 'Bamako', admin1: 'Bamako', latitude: 12.65, longitude: -8.0, fatalities: 3,
        claims: [
          { claimant: 'JNIM: Group for Support of Islam and Muslims', kind: 'fatalities', value: { min: 12, max: null, text: 'dozens' }, subject: 'soldiers', stance: 'asserts', evidence: [at(EN, 'dozens', 'claim.value'), at(EN, 'claimed', 'claim.cue')] },
          { claimant: 'Military Forces of Mali (2021-)', kind: 'fatalities', value: { min: 3, max: 3, text: 'three' }, subject: 'soldiers', stance: 'asserts', evidence: [at(EN, 'three', 'claim.value'), at(EN, 'said', 'claim.cue')] },
        ],
        evidence: [at(EN, 'Bamako', 'location'), at(EN, 'attacked', 'sub_event_type'), at(EN, 'Tuesday', 'date')],
      },
      { event_date: '2022-07-22', date_start: '2022-07-22', date_end: '2022-07-22', location: 'Kati', admin1: 'Koulikoro', latitude: 12.744, longitude: -8.072, background: true, sub_event_type: 'Suicide bomb', event_type: 'Explosions/Remote violence' },
    ],
  },
  {
    text: 'Des hommes armés ont enlevé deux ressortissants étrangers près de Niamey début août.',
    lang: 'fr',
    events: [
      {
        event_date: '2024-08-05', date_start: '2024-08-01', date_end: '2024-08-10', time_precision: 2, location: 'Niamey', admin1: 'Niamey', country: 'Niger', iso: 562,
        latitude: 13.51, longitude: 2.11, event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance', actor2: 'Civilians (Russia)', inter2: 'Civilians',
      },
    ],
  },
  {
    text: 'هاجم مسلحون من تنظيم الدولة الإسلامية في الساحل قافلة للجيش قرب دوري في بوركينا فاسو.',
    lang: 'ar',
    events: [
      {
        event_date: '2024-06-11', date_start: '2024-06-11', date_end: '2024-06-11', location: 'Dori', admin1: 'Sahel', country: 'Burkina Faso', iso: 854,
        latitude: 14.035, longitude: -0.035, actor1: 'Islamic State (Sahel)', actor2: 'Military Forces of Burkina Faso (2022-)', fatalities: 20,
      },
      { event_date: '2024-06-12', date_start: '2024-06-12', date_end: '2024-06-12', location: 'Djibo', admin1: 'Sahel', country: 'Burkina Faso', iso: 854, latitude: 14.1, longitude: -1.63, fatalities: 0 },
      { event_date: null, date_start: null, date_end: null, time_precision: null, location: 'Mopti', admin1: 'Mopti', latitude: 14.49, longitude: -4.19, fatalities: 0 },
    ],
  },
];

/** Store the corpus and fuse; returns every incident as the API lists it. */
export async function loadCorpus(t: TestApp) {
  for (const c of CORPUS) {
    const d = doc(c.text, { language: c.lang });
    await t.store.saveAnalysis(result(d, c.events), { kind: 'file', uri: `mem:${d.id}` });
  }
  await t.store.fusePending();
  const r = await t.app.inject({ method: 'GET', url: '/api/incidents?limit=1000' });
  return (r.json() as { incidents: Array<{ id: string; record: EventRecord }> }).incidents;
}

export const SEED_PATH = new URL('../../../shared/seed/bamako-attack.ar.txt', import.meta.url);
