// Each analysis on small hand-built data sets whose answers are worked out by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latLngToCell } from 'h3-js';
import { drift } from '../../src/analyse/drift.ts';
import { rings } from '../../src/analyse/rings.ts';
import { spread } from '../../src/analyse/spread.ts';
import { claimsGap, claimantIs, isOfficialClaimant } from '../../src/analyse/claims-gap.ts';
import { grid } from '../../src/analyse/grid.ts';
import { KM_PER_DEG } from '../../src/analyse/common.ts';
import type { Claim } from '../../src/model/types.ts';
import { close, dest, FAMA, ISSP, JNIM, rec } from './helpers.ts';

// ------------------------------------------------------------------ drift

test('drift: centroid, median, southward trend and interval per month (worked example)', () => {
  // Month k has three incidents at latitudes L_k - 0.5, L_k, L_k + 2 (centroid L_k + 0.5, median L_k),
  // with L = 14, 13.8, 13.9, 13.5: the centroid series is L + 0.5, so its slope is -0.14°/month.
  const L = [14, 13.8, 13.9, 13.5];
  const records = L.flatMap((l, k) => [l - 0.5, l, l + 2].map((lat) => rec({ date: `2024-0${k + 1}-10`, lat, lon: -4 + k * 0.1 })));
  records.push(rec({ date: '2024-02-10', lat: 5, actor1: ISSP, actor2: FAMA })); // another actor: ignored
  const r = drift(records, { actor: 'JNIM', period: 'month' });
  assert.deepEqual(r.periods.map((p) => p.period), ['2024-01', '2024-02', '2024-03', '2024-04']);
  assert.deepEqual(r.periods.map((p) => p.incidents), [3, 3, 3, 3]);
  r.periods.forEach((p, k) => {
    assert.ok(close(p.centroid_lat, L[k] + 0.5, 1e-5), `centroid ${k}`);
    assert.ok(close(p.median_lat, L[k], 1e-5), `median ${k}`);
    assert.ok(close(p.centroid_lon, -4 + k * 0.1, 1e-5));
  });
  const t = r.trend!;
  assert.equal(t.points, 4);
  assert.ok(close(t.south_km_per_period, 0.14 * KM_PER_DEG, 0.01), `south ${t.south_km_per_period}`);
  const se = Math.sqrt(0.0042) * KM_PER_DEG;
  assert.ok(close(t.south_se_km, se, 0.01));
  assert.ok(close(t.south_ci_km[0], 0.14 * KM_PER_DEG - 4.302653 * se, 0.02));
  assert.ok(close(t.south_ci_km[1], 0.14 * KM_PER_DEG + 4.302653 * se, 0.02));
  // Longitude moves 0.1° a month east at ~14.3°N.
  assert.ok(close(t.east_km_per_period, 0.1 * KM_PER_DEG * Math.cos((14.3 * Math.PI) / 180), 0.2), `east ${t.east_km_per_period}`);
  const median = drift(records, { actor: 'JNIM', trendOf: 'median' }).trend!;
  assert.ok(close(median.south_km_per_period, 0.14 * KM_PER_DEG, 0.01), 'median series has the same slope');
});

test('drift: quarters, empty periods kept as gaps, perfect line has zero error', () => {
  const records = [
    rec({ date: '2023-02-01', lat: 15 }),
    rec({ date: '2023-11-30', lat: 14.25 }), // Q4: Q2 and Q3 empty
    rec({ date: '2024-01-02', lat: 14 }),
  ];
  const r = drift(records, { period: 'quarter' });
  assert.deepEqual(r.periods.map((p) => [p.period, p.incidents]), [['2023-Q1', 1], ['2023-Q2', 0], ['2023-Q3', 0], ['2023-Q4', 1], ['2024-Q1', 1]]);
  assert.equal(r.periods[1].centroid_lat, null);
  assert.ok(close(r.trend!.south_km_per_period, 0.25 * KM_PER_DEG, 0.01));
  assert.ok(close(r.trend!.south_se_km, 0, 1e-9));
  assert.equal(drift([], {}).trend, null);
  assert.equal(drift([rec()], {}).trend, null, 'one period: no trend');
});

test('drift: admin2 units newly affected per period, with a baseline before --from', () => {
  const records = [
    rec({ date: '2023-12-20', admin2: 'Douentza' }), // before from: baseline
    rec({ date: '2024-01-05', admin2: 'Bandiagara' }),
    rec({ date: '2024-01-25', admin2: 'Douentza' }), // seen in the baseline: not new
    rec({ date: '2024-02-03', admin2: 'Bandiagara' }), // seen in January
    rec({ date: '2024-02-07', admin1: 'Segou', admin2: 'San' }),
    rec({ date: '2024-02-01', admin1: 'Segou', admin2: 'San', event_id_cnty: 'FIRST-SAN' }),
    rec({ date: '2024-02-09', admin2: '' }), // unknown unit: never new
  ];
  const r = drift(records, { from: '2024-01-01' });
  assert.deepEqual(r.periods.map((p) => p.new_admin2), [['Mali / Mopti / Bandiagara'], ['Mali / Segou / San']]);
  assert.equal(r.records.baseline, 1);
  assert.equal(r.new_units[1].incidents, 2);
  assert.equal(r.new_units[1].first_incident, 'FIRST-SAN');
  assert.equal(r.new_units[1].first_date, '2024-02-01');
  const noBase = drift(records, {});
  assert.deepEqual(noBase.periods.map((p) => p.new_admin2), [['Mali / Mopti / Douentza'], ['Mali / Mopti / Bandiagara'], ['Mali / Segou / San']], 'without from, December is in the window');
});

// ------------------------------------------------------------------ rings

const BAMAKO = { lat: 12.65, lon: -8.0, name: 'Bamako' };

test('rings: counts per ring, sectors, encirclement index (worked example)', () => {
  const at = (km: number, deg: number, o = {}) => rec({ ...dest(BAMAKO.lat, BAMAKO.lon, km, deg), ...o });
  const records = [
    at(30, 0, { fatalities: 2 }), // N, ring 0-50, weight 1 - 30/200 = 0.85
    at(60, 5), // N again, farther: the sector keeps 0.85
    at(70, 90, { fatalities: 5 }), // E, ring 50-100, weight 0.65
    at(150, 180), // S, ring 100-200, weight 0.25
    at(250, 270), // W, outside 200 km
    at(0.4, 45), // centre: ring 0-50, no sector
    at(40, 315, { date: '2024-02-10' }), // NW, next month: weight 0.8
    at(45, 135, { actor1: ISSP }), // other actor
  ];
  const r = rings(records, { center: BAMAKO, actor: 'JNIM', period: 'month' });
  assert.deepEqual(r.periods.map((p) => p.period), ['2024-01', '2024-02']);
  const [jan, feb] = r.periods;
  assert.deepEqual(jan.rings, [2, 2, 1]);
  assert.deepEqual(jan.ring_fatalities, [2, 5, 0]);
  assert.deepEqual(jan.sectors, [2, 0, 1, 0, 1, 0, 0, 0]);
  assert.deepEqual(jan.sector_weight, [0.85, 0, 0.65, 0, 0.25, 0, 0, 0]);
  assert.equal(jan.sectors_hit, 3);
  assert.ok(close(jan.encirclement, 1.75, 1e-3));
  assert.ok(close(jan.encirclement_share, 1.75 / 8, 1e-3));
  assert.deepEqual(feb.sectors, [0, 0, 0, 0, 0, 0, 0, 1]);
  assert.ok(close(feb.encirclement, 0.8, 1e-3));
  assert.equal(r.records.outside, 1);
  assert.equal(r.records.centre, 1);
});

test('rings: custom edges, full encirclement, quarter gaps', () => {
  const records = [0, 45, 90, 135, 180, 225, 270, 315].map((deg) => rec({ ...dest(BAMAKO.lat, BAMAKO.lon, 10, deg), date: '2024-01-10' }));
  records.push(rec({ ...dest(BAMAKO.lat, BAMAKO.lon, 10, 0), date: '2024-10-01' }));
  const r = rings(records, { center: BAMAKO, rings: [0, 20, 100], period: 'quarter' });
  assert.deepEqual(r.periods.map((p) => p.period), ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
  assert.equal(r.periods[0].sectors_hit, 8);
  assert.ok(close(r.periods[0].encirclement, 8 * 0.9, 1e-3));
  assert.deepEqual(r.periods[0].rings, [8, 0]);
  assert.equal(r.periods[1].encirclement, 0);
  assert.throws(() => rings(records, { center: BAMAKO, rings: [0, 100, 50] }), /increase/);
});

// ------------------------------------------------------------------ spread

test('spread: incidents by country over time, first appearances, baseline', () => {
  const records = [
    rec({ date: '2020-06-01', country: 'Burkina Faso', admin1: 'Est', lat: 12.06, lon: 0.36 }), // baseline
    rec({ date: '2021-01-10', country: 'Burkina Faso', admin1: 'Est', lat: 12.0, lon: 1.0 }),
    rec({ date: '2021-01-20', country: 'Burkina Faso', admin1: 'Centre-Est', lat: 11.5, lon: -0.3, fatalities: 3 }),
    rec({ date: '2021-03-05', country: 'Benin', admin1: 'Alibori', lat: 11.6, lon: 2.9, event_id_cnty: 'BEN-1', fatalities: 4 }),
    rec({ date: '2021-03-01', country: 'Benin', admin1: 'Atacora', lat: 11.1, lon: 1.5, event_id_cnty: 'BEN-0' }),
    rec({ date: '2021-05-15', country: 'Togo', admin1: 'Savanes', lat: 10.9, lon: 0.4 }),
    rec({ date: '2021-05-16', country: 'Togo', admin1: 'Savanes', lat: 10.95, lon: 0.45, actor1: ISSP }), // other actor
  ];
  const r = spread(records, { actor: 'JNIM', from: '2021-01-01', period: 'month', borders: null });
  assert.deepEqual(r.countries, ['Burkina Faso', 'Benin', 'Togo']);
  assert.deepEqual(r.periods.map((p) => [p.period, ...p.by_country]), [
    ['2021-01', 2, 0, 0],
    ['2021-02', 0, 0, 0],
    ['2021-03', 0, 2, 0],
    ['2021-04', 0, 0, 0],
    ['2021-05', 0, 0, 1],
  ]);
  assert.deepEqual(r.periods.map((p) => p.fatalities_by_country), [[3, 0, 0], [0, 0, 0], [0, 4, 0], [0, 0, 0], [0, 0, 0]]);
  assert.deepEqual(r.new_countries.map((c) => [c.country, c.first_date, c.first_incident]), [['Benin', '2021-03-01', 'BEN-0'], ['Togo', '2021-05-15', r.new_countries[1].first_incident]]);
  assert.deepEqual(r.new_admin1.map((a) => `${a.country}/${a.admin1}`), ['Burkina Faso/Centre-Est', 'Benin/Atacora', 'Benin/Alibori', 'Togo/Savanes']);
  assert.deepEqual(r.periods.map((p) => p.new_admin1), [1, 0, 2, 0, 1]);
  assert.equal(r.records.baseline, 1);
  assert.equal(r.periods[0].median_border_km, null, 'no borders asked');
});

test('spread: border distances (Natural Earth) with medians and near-border share', () => {
  const records = [
    rec({ date: '2021-01-10', country: 'Benin', admin1: 'Alibori', lat: 11.87, lon: 3.39 }), // Malanville, on the Niger river border
    rec({ date: '2021-01-12', country: 'Mali', admin1: 'Bamako', lat: 12.65, lon: -8.0 }), // Bamako, ~100 km from Guinea
    rec({ date: '2021-01-14', country: 'Mali', admin1: 'Bamako', lat: 12.65, lon: -8.0 }),
  ];
  const r = spread(records, { nearKm: 50, perIncident: true });
  const [mal, bko] = r.incidents!;
  assert.ok(mal.border_km! < 10, `Malanville ${mal.border_km} km`);
  assert.equal(mal.nearest_border, 'Benin – Niger');
  assert.ok(bko.border_km! > 80 && bko.border_km! < 140, `Bamako ${bko.border_km} km`);
  assert.equal(bko.nearest_border, 'Guinea – Mali');
  assert.equal(r.periods[0].median_border_km, bko.border_km);
  assert.ok(close(r.periods[0].near_border_share, 1 / 3, 1e-3));
});

// ------------------------------------------------------------------ claims gap

const claim = (claimant: string, min: number | null, max: number | null = min, o: Partial<Claim> = {}): Claim => ({
  claimant, kind: 'fatalities', value: { min, max, text: String(min ?? max) }, subject: 'soldiers', stance: 'asserts', evidence: [], ...o,
});

test('claims gap: claimed vs official per actor, ratio, the incidents behind it', () => {
  const records = [
    rec({ event_id_cnty: 'I1', claims: [claim('JNIM', 40), claim('Government of Mali', 10), claim('witnesses', 25)] }),
    rec({ event_id_cnty: 'I2', date: '2024-02-01', claims: [claim('JNIM: Group for Support of Islam and Muslims', 15), claim(JNIM, 20, null), claim(FAMA, 5)] }),
    rec({ event_id_cnty: 'I3', claims: [claim('JNIM', 100)] }), // no official figure
    rec({ event_id_cnty: 'I4', actor1: ISSP, actor2: 'Military Forces of Niger (2023-)', country: 'Niger', claims: [claim('Islamic State (Sahel)', 30), claim('Government of Niger', 30)] }),
    rec({ event_id_cnty: 'I5', claims: [claim('JNIM', 50, 50, { stance: 'denies' }), claim('Government of Mali', 3)] }), // a denial is not a claim of a toll
    rec({ event_id_cnty: 'I6', claims: [claim('JNIM', 12, 12, { kind: 'injuries' }), claim('Government of Mali', 3)] }), // injuries are not fatalities
  ];
  const r = claimsGap(records);
  assert.deepEqual(r.actors.map((a) => [a.actor, a.incidents, a.claimed_total, a.official_total, a.ratio, a.median_ratio]), [
    [JNIM, 2, 60, 15, 4, 4],
    [ISSP, 1, 30, 30, 1, 1],
  ]);
  assert.deepEqual(r.incidents.filter((i) => i.actor === JNIM).map((i) => [i.incident, i.claimed, i.official, i.ratio]), [['I1', 40, 10, 4], ['I2', 20, 5, 4]]);
  const i1 = r.incidents.find((i) => i.incident === 'I1')!;
  assert.match(i1.claimed_by, /JNIM: "40"/);
  assert.match(i1.official_by, /Government of Mali/);
  assert.doesNotMatch(i1.official_by, /witnesses/);
  const only = claimsGap(records, { actor: 'Islamic State' });
  assert.deepEqual(only.actors.map((a) => a.actor), [ISSP]);
  assert.equal(claimsGap(records, { from: '2024-02-01' }).actors[0].incidents, 1);
});

test('claims gap: who is official, who is the actor', () => {
  const official: Array<[string, boolean]> = [
    ['Government of Mali', true], ['Military Forces of Burkina Faso (2022-)', true], ['Ministry of Defence of Niger', true],
    ['JNIM', false], ['witnesses', false], ['the report', false], ['Governor of Mopti', false],
  ];
  for (const [c, v] of official) assert.equal(isOfficialClaimant(c), v, c);
  const same: Array<[string, string, boolean]> = [
    ['JNIM', JNIM, true], [JNIM, JNIM, true], ['Islamic State (Sahel)', ISSP, true], ['Islamic State', ISSP, true],
    ['IS', ISSP, false], ['witnesses', JNIM, false], ['Katiba Macina', JNIM, false],
  ];
  for (const [c, a, v] of same) assert.equal(claimantIs(c, a), v, `${c} ~ ${a}`);
});

// ------------------------------------------------------------------ grid

test('grid: incidents and fatalities per H3 cell and period, dominant actor', () => {
  const A = { lat: 14.5, lon: -4.2 };
  const B = { lat: 11.0, lon: 1.0 };
  const records = [
    rec({ ...A, fatalities: 3 }),
    rec({ ...A, fatalities: 1 }),
    rec({ ...A, actor1: ISSP, fatalities: 2 }),
    rec({ ...A, date: '2024-02-10', actor1: ISSP, actor2: 'Civilians (Mali)', inter2: 'Civilians' }),
    rec({ ...B, actor1: ISSP, actor2: 'Civilians (Burkina Faso)', inter2: 'Civilians' }),
  ];
  const r = grid(records, { resolution: 5, period: 'month' });
  const ca = latLngToCell(A.lat, A.lon, 5);
  const cb = latLngToCell(B.lat, B.lon, 5);
  assert.deepEqual(r.cells.map((c) => [c.period, c.cell, c.incidents, c.fatalities]), [
    ['2024-01', ca, 3, 6],
    ['2024-01', cb, 1, 0],
    ['2024-02', ca, 1, 0],
  ]);
  // In A over the window: FAMA named in 3 of 4, JNIM 2, ISSP 2; civilians never count.
  const ta = r.total.find((c) => c.cell === ca)!;
  assert.equal(ta.dominant_actor, FAMA);
  assert.equal(ta.dominant_share, 0.75);
  assert.equal(r.total.find((c) => c.cell === cb)!.dominant_actor, ISSP);
  assert.equal(r.cells.find((c) => c.cell === cb)!.dominant_share, 1);
  assert.equal(r.label, 'rough picture of zones of influence');
  const j = grid(records, { actor: 'JNIM', resolution: 5 });
  assert.deepEqual(j.total.map((c) => [c.cell, c.incidents]), [[ca, 2]]);
  assert.throws(() => grid(records, { resolution: 16 }), /resolution/);
});

test('grid: tie between actors goes to the alphabetically first; unlocated records are counted aside', () => {
  const records = [rec({ actor2: '', inter2: '' }), rec({ actor1: ISSP, actor2: '', inter2: '' }), rec({ latitude: null, longitude: null })];
  const r = grid(records, {});
  assert.equal(r.total[0].dominant_actor, ISSP < JNIM ? ISSP : JNIM);
  assert.equal(r.records.unlocated, 1);
});
