/**
 * bench/analyse: each analysis over 1,000,000 synthetic incidents held in memory (target < 1 s
 * each). The events are plain objects of one shape: dates over 2019-2025, coordinates drawn from
 * 25,000 synthetic places over the Sahel (reports are geocoded to gazetteer places, so incidents
 * share coordinates), 12 actors, JNIM drifting south, claims on 5% of events. Also timed: H3 and
 * border distance on 1,000,000 distinct random points (the worst case for their caches), and the
 * figures (CSV + SVG) of each analysis.
 */
import { latLngToCell } from 'h3-js';
import { claimsGap, drift, grid, loadBorders, rings, spread, toCsv, driftFigure, ringsFigure, spreadFigure, claimsGapFigure, gridFigure } from '../src/analyse/index.ts';
import type { AnalysisRecord } from '../src/analyse/types.ts';
import type { Claim } from '../src/model/types.ts';

const N = 1_000_000;
const PLACES = 25_000;

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const ACTORS: Array<[string, string]> = [
  ['JNIM: Group for Support of Islam and Muslims', 'Rebel group'],
  ['Islamic State (Sahel)', 'Rebel group'],
  ['Military Forces of Mali (2021-)', 'State forces'],
  ['Military Forces of Burkina Faso (2022-)', 'State forces'],
  ['Military Forces of Niger (2023-)', 'State forces'],
  ['Wagner Group', 'External/Other forces'],
  ['VDP: Volunteers for the Defense of the Homeland', 'Identity militia'],
  ['Dozo Communal Militia (Mali)', 'Identity militia'],
  ['CSP-DPA: Strategic Framework for the Defense of the People of Azawad', 'Rebel group'],
  ['Military Forces of Benin (2016-)', 'State forces'],
  ['Civilians (Mali)', 'Civilians'],
  ['Civilians (Burkina Faso)', 'Civilians'],
];
const COUNTRIES = [
  { name: 'Mali', lat: [10.5, 20], lon: [-12, 4] },
  { name: 'Burkina Faso', lat: [9.5, 15], lon: [-5.5, 2.3] },
  { name: 'Niger', lat: [12, 20], lon: [0.5, 14] },
  { name: 'Benin', lat: [9.5, 12.4], lon: [1.5, 3.8] },
  { name: 'Togo', lat: [9.5, 11.1], lon: [0, 1.6] },
];

export function syntheticEvents(n = N, seed = 42): AnalysisRecord[] {
  const r = rng(seed);
  const places = Array.from({ length: PLACES }, (_, i) => {
    const c = COUNTRIES[i % COUNTRIES.length];
    const lat = c.lat[0] + r() * (c.lat[1] - c.lat[0]);
    const lon = c.lon[0] + r() * (c.lon[1] - c.lon[0]);
    return { lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4, country: c.name, admin1: `${c.name} R${Math.floor(lat)}`, admin2: `${c.name} D${Math.floor(lat * 2)}_${Math.floor(lon * 2)}` };
  });
  // Places sorted by latitude, so that "south over time" can be drawn by picking a latitude rank.
  const byLat = [...places].sort((a, b) => b.lat - a.lat);
  const days: string[] = [];
  for (let t = Date.UTC(2019, 0, 1); t <= Date.UTC(2025, 11, 31); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  const out: AnalysisRecord[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const di = Math.floor(r() * days.length);
    const a1 = Math.floor(r() ** 1.6 * 10);
    const a2 = 2 + Math.floor(r() * 10);
    const jnim = a1 === 0;
    // JNIM: latitude rank drifts from the north (early) to the south (late).
    const p = jnim ? byLat[Math.min(PLACES - 1, Math.floor((di / days.length) * PLACES * 0.6 + r() * PLACES * 0.4))] : places[Math.floor(r() * PLACES)];
    const fat = r() < 0.5 ? 0 : Math.floor(r() * 20);
    let claims: Claim[] | undefined;
    if (r() < 0.05) {
      const c = Math.floor(fat * (1 + r() * 3));
      claims = [
        { claimant: ACTORS[a1][0], kind: 'fatalities', value: { min: c, max: c, text: String(c) }, subject: 'soldiers', stance: 'asserts', evidence: [] },
        { claimant: `Government of ${p.country}`, kind: 'fatalities', value: { min: fat, max: fat, text: String(fat) }, subject: 'soldiers', stance: 'asserts', evidence: [] },
      ];
    }
    out[i] = {
      event_id_cnty: `B${i}`,
      event_date: days[di],
      latitude: p.lat,
      longitude: p.lon,
      country: p.country,
      admin1: p.admin1,
      admin2: p.admin2,
      actor1: ACTORS[a1][0],
      inter1: ACTORS[a1][1] as AnalysisRecord['inter1'],
      actor2: ACTORS[a2 === a1 ? 11 : a2][0],
      inter2: ACTORS[a2 === a1 ? 11 : a2][1] as AnalysisRecord['inter2'],
      fatalities: fat,
      location: p.admin2,
      claims,
    };
  }
  return out;
}

/** Wall-clock and CPU time (the machine is shared: CPU time is the steadier figure). */
function time<T>(fn: () => T): { ms: number; cpu: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000, value };
}

export default async function bench(): Promise<Record<string, string | number>> {
  const out: Record<string, string | number> = {};
  const gen = time(() => syntheticEvents());
  const recs = gen.value;
  out['generate 1,000,000 events (ms)'] = Math.round(gen.ms);
  const b = time(() => loadBorders());
  out['load Natural Earth 1:50m borders (ms)'] = `${Math.round(b.ms)} (${b.value.segments} border segments)`;
  const BAMAKO = { lat: 12.6392, lon: -8.0029, name: 'Bamako' };
  const runs: Array<[string, () => unknown, (r: never) => unknown]> = [
    ['drift (JNIM, quarter)', () => drift(recs, { actor: 'JNIM', period: 'quarter', from: '2020-01-01' }), (r) => driftFigure(r, { actor: 'JNIM' }, { data: 'bench' })],
    ['drift (all actors, month)', () => drift(recs, { period: 'month' }), (r) => driftFigure(r, {}, { data: 'bench' })],
    ['rings (Bamako, 0-50-100-200 km, month)', () => rings(recs, { center: BAMAKO, period: 'month' }), (r) => ringsFigure(r, { center: BAMAKO }, { data: 'bench' })],
    ['spread (JNIM, quarter, border distances)', () => spread(recs, { actor: 'JNIM', period: 'quarter', from: '2020-01-01' }), (r) => spreadFigure(r, {}, { data: 'bench' })],
    ['spread (all actors, month, border distances)', () => spread(recs, { period: 'month' }), (r) => spreadFigure(r, {}, { data: 'bench' })],
    ['claims-gap (all actors)', () => claimsGap(recs), (r) => claimsGapFigure(r, {}, { data: 'bench' })],
    ['grid (H3 res 4, quarter)', () => grid(recs, { period: 'quarter', resolution: 4 }), (r) => gridFigure(r, {}, { data: 'bench' })],
  ];
  for (const [name, fn, fig] of runs) {
    const first = time(fn);
    const second = time(fn);
    const f = time(() => {
      const figure = fig(second.value as never) as { tables: Array<Parameters<typeof toCsv>[0]>; meta: Parameters<typeof toCsv>[1]; svg: string };
      return toCsv(figure.tables[0], figure.meta).length + figure.svg.length;
    });
    out[`${name} (ms wall, first / second run; CPU)`] = `${Math.round(first.ms)} / ${Math.round(second.ms)}; CPU ${Math.round(first.cpu)} / ${Math.round(second.cpu)}`;
    out[`${name}: figure CSV+SVG (ms)`] = `${Math.round(f.ms)} (${(f.value / 1024).toFixed(0)} KiB)`;
  }
  // Worst cases for the caches: 1,000,000 distinct random points.
  const r = rng(7);
  const la = new Float64Array(N);
  const lo = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    la[i] = 9 + r() * 12;
    lo[i] = -12 + r() * 26;
  }
  const h = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++) s += latLngToCell(la[i], lo[i], 4).length;
    return s;
  });
  out['H3 latLngToCell, 1,000,000 distinct points (ms wall; CPU)'] = `${Math.round(h.ms)}; CPU ${Math.round(h.cpu)}`;
  const bd = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++) s += b.value.nearest(la[i], lo[i])?.km ?? 0;
    return s;
  });
  out['nearest border, 1,000,000 distinct points (ms wall; CPU)'] = `${Math.round(bd.ms)}; CPU ${Math.round(bd.cpu)}`;
  out['heap used after (MB)'] = Math.round(process.memoryUsage().heapUsed / 1048576);
  return out;
}
