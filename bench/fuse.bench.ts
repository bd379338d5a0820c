/**
 * Fusion throughput on synthetic reports: 10,000 and 100,000 events (about 50 a day) in five
 * countries, each synthetic incident reported 1-4 times with the noise real coverage has (a day
 * off, "near X" 10-40 km away, region-level reports, missing or swapped actors, other sub-types).
 * Figures: time, events/s, heap held by the result, and the clustering against the synthetic truth
 * (pairwise and B-cubed). Then incremental ingest: reports added one at a time with fuseInto,
 * given the incidents in the report's date window (as a store would fetch them).
 */
import { fuseEvents, fuseInto, candidateWindow, type FuseInput, type Incident } from '../src/fuse/index.ts';
import { scoreFusion } from '../src/fuse/score.ts';
import { subEventType } from '../src/model/taxonomy.ts';
import type { EventRecord } from '../src/model/types.ts';

/** Small deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  { name: 'Mali', iso3: 'MLI', lat: [11, 20], lon: [-11, 3] },
  { name: 'Burkina Faso', iso3: 'BFA', lat: [10, 15], lon: [-5, 2] },
  { name: 'Niger', iso3: 'NER', lat: [12, 17], lon: [0, 8] },
  { name: 'Benin', iso3: 'BEN', lat: [10, 12.3], lon: [1, 3.8] },
  { name: 'Togo', iso3: 'TGO', lat: [9, 11], lon: [0, 1.5] },
];
const ACTORS = ['JNIM: Group for Support of Islam and Muslims', 'Islamic State (Sahel)', 'Military Forces of Mali (2021-)', 'Military Forces of Burkina Faso (2022-)', 'Military Forces of Niger (2023-)', 'Wagner Group', 'VDP: Volunteers for the Defense of the Homeland', 'Civilians (Mali)', 'Civilians (Burkina Faso)', 'Civilians (Niger)'];
const SUBS = ['Armed clash', 'Attack', 'Remote explosive/landmine/IED', 'Air/drone strike', 'Abduction/forced disappearance', 'Looting/property destruction'];
const DAY0 = Date.UTC(2022, 0, 1) / 86_400_000;
const day = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

export function synth(nEvents: number, seed: number): { events: FuseInput[]; truth: Map<string, string> } {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const events: FuseInput[] = [];
  const truth = new Map<string, string>();
  let inc = 0;
  let doc = 0;
  // About 50 reports a day across the five countries (ACLED counts some 25-30 events a day in the
  // central Sahel; each reported 1-4 times here).
  const days = Math.max(60, Math.round(nEvents / 50));
  while (events.length < nEvents) {
    inc++;
    const c = pick(COUNTRIES);
    const lat = c.lat[0] + r() * (c.lat[1] - c.lat[0]);
    const lon = c.lon[0] + r() * (c.lon[1] - c.lon[0]);
    const d = DAY0 + Math.floor(r() * days);
    const sub = pick(SUBS);
    const a1 = pick(ACTORS.slice(0, 2));
    const a2 = pick(ACTORS.slice(2));
    const region = `${c.iso3}-R${Math.floor(lat / 2)}${Math.floor(lon / 2)}`;
    const village = `V${inc}`;
    const reports = 1 + Math.floor(r() * r() * 4);
    for (let k = 0; k < reports && events.length < nEvents; k++) {
      doc++;
      const roll = r();
      const prec = roll < 0.65 ? 1 : roll < 0.9 ? 2 : 3;
      const off = prec === 1 ? r() * 0.01 : prec === 2 ? 0.1 + r() * 0.25 : 0;
      const plat = prec === 3 ? Math.floor(lat / 2) * 2 + 1 : lat + off * (r() < 0.5 ? -1 : 1);
      const plon = prec === 3 ? Math.floor(lon / 2) * 2 + 1 : lon + off * (r() < 0.5 ? -1 : 1);
      const dd = d + (r() < 0.15 ? (r() < 0.5 ? -1 : 1) : 0);
      const wide = r() < 0.05;
      const st = subEventType(r() < 0.8 ? sub : pick(SUBS))!;
      const fat = Math.floor(r() * 30);
      const e: EventRecord = {
        event_id_cnty: `${c.iso3}-${doc}-1`,
        event_date: day(dd),
        time_precision: wide ? 3 : 1,
        disorder_type: st.disorder_type,
        event_type: st.event_type,
        sub_event_type: st.sub_event_type,
        actor1: r() < 0.15 ? '' : a1,
        assoc_actor_1: '',
        inter1: 'Rebel group',
        actor2: r() < 0.3 ? '' : a2,
        assoc_actor_2: '',
        inter2: 'State forces',
        interaction: '',
        civilian_targeting: '',
        iso: null,
        country: c.name,
        admin1: region,
        admin2: '',
        admin3: '',
        location: prec === 3 ? region : prec === 2 ? `near ${village}` : village,
        latitude: plat,
        longitude: plon,
        geo_precision: prec,
        fatalities: fat,
        source: '',
        source_scale: '',
        notes: '',
        tags: '',
        timestamp: 0,
        date_start: wide ? day(dd - 10) : day(dd),
        date_end: wide ? day(dd + 10) : day(dd),
        date_text: null,
        fatalities_low: fat,
        fatalities_best: fat,
        fatalities_high: fat,
        claims: [{ claimant: 'the report', kind: 'fatalities', value: { min: fat, max: fat, text: String(fat) }, subject: '', stance: 'asserts', evidence: [] }],
        background: false,
        evidence: [],
        confidence: 0.6,
        source_documents: [],
      };
      const input: FuseInput = { ...e, document_id: `d${doc}` };
      events.push(input);
      truth.set(`d${doc}/${e.event_id_cnty}`, `i${inc}`);
    }
  }
  return { events, truth };
}

const pct = (x: number) => (100 * x).toFixed(1);

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export default async function (): Promise<Record<string, string | number>> {
  const out: Record<string, string | number> = {};
  for (const n of [10_000, 100_000]) {
    const { events, truth } = synth(n, 42);
    gc();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const incidents = fuseEvents(events);
    const ms = performance.now() - t0;
    gc();
    const held = process.memoryUsage().heapUsed - before;
    const pred = new Map<string, string>();
    for (const i of incidents) for (const m of i.members) pred.set(m, i.id);
    const s = scoreFusion(pred, truth);
    const k = `${n / 1000}k events`;
    out[`${k}: fuseEvents time (s), events/s`] = `${(ms / 1000).toFixed(2)} s, ${Math.round(n / (ms / 1000))}/s`;
    out[`${k}: incidents (true ${new Set(truth.values()).size})`] = incidents.length;
    out[`${k}: heap held by result (MB)`] = `${(held / 1e6).toFixed(0)}${(globalThis as { gc?: unknown }).gc ? '' : ' (no --expose-gc: approximate)'}`;
    out[`${k}: pairwise P/R, B-cubed P/R (%)`] = `${pct(s.pairwise.precision)}/${pct(s.pairwise.recall)}, ${pct(s.bcubed.precision)}/${pct(s.bcubed.recall)}`;
  }
  // Incremental: 100k events in state, then 1,000 new reports one at a time; the incidents passed
  // are those whose dates fall in the new report's window (a store's date query, simulated).
  const { events } = synth(101_000, 7);
  const base = events.slice(0, 100_000);
  const fresh = events.slice(100_000);
  let state = fuseEvents(base);
  const byDay = new Map<string, Set<Incident>>();
  const index = (inc: Incident) => {
    for (const m of inc.member_events) {
      const w = candidateWindow(m);
      if (!w) continue;
      for (let d = Date.parse(w.from); d <= Date.parse(w.to); d += 86_400_000) {
        const key = new Date(d).toISOString().slice(0, 10);
        let set = byDay.get(key);
        if (!set) byDay.set(key, (set = new Set()));
        set.add(inc);
      }
    }
  };
  const unindex = (id: string) => {
    for (const set of byDay.values()) for (const i of set) if (i.id === id) set.delete(i);
  };
  for (const i of state) index(i);
  const lat: number[] = [];
  for (const e of fresh) {
    const w = candidateWindow(e)!;
    const near = new Set<Incident>();
    for (let d = Date.parse(w.from); d <= Date.parse(w.to); d += 86_400_000) for (const i of byDay.get(new Date(d).toISOString().slice(0, 10)) ?? []) near.add(i);
    const t0 = performance.now();
    const res = fuseInto([...near], [e]);
    lat.push(performance.now() - t0);
    for (const id of res.removed) unindex(id);
    for (const i of res.changed) index(i);
  }
  state = [];
  lat.sort((a, b) => a - b);
  out['fuseInto, 1 report into 100k events (date-window fetch): p50 / p95 ms'] = `${lat[Math.floor(lat.length * 0.5)].toFixed(2)} / ${lat[Math.floor(lat.length * 0.95)].toFixed(2)}`;
  out['peak RSS so far (MB)'] = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  return out;
}
