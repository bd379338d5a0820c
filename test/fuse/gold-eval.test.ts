// The fusion gold set (gold/fusion): well-formed and self-consistent; fusion scored on the gold
// readings alone ("oracle extraction"); then the full pipeline (analyzeFile on every report) →
// fuseEvents → pairwise and B-cubed figures, printed. Through the pipeline precision must stay
// ≥ 0.95; recall is limited by extraction (another stage), so only a floor is asserted for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadFusionGold } from '../../src/fuse/gold.ts';
import { evaluateFusion, formatFusionReport, oracleAnalyzer } from '../../src/fuse/eval.ts';
import { dayNumber, haversineKm } from '../../src/fuse/01-normalise.ts';

const DIR = fileURLToPath(new URL('../../gold/fusion/', import.meta.url));
const GOLD = join(DIR, 'clusters.json');

test('fusion gold: ≥30 reports in ar/fr/en with sidecars, ≥10 incidents reported more than once, same-day neighbours', () => {
  const g = loadFusionGold(GOLD);
  assert.ok(g.ok, JSON.stringify(!g.ok && g.problems));
  const { incidents, reports } = g.gold;
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
  assert.deepEqual(Object.keys(reports).sort(), files, 'clusters.json lists exactly the report files');
  assert.ok(files.length >= 30, `${files.length} reports`);
  const langs = new Map<string, number>();
  for (const f of files) {
    const meta = JSON.parse(readFileSync(join(DIR, f.replace(/\.txt$/, '.meta.json')), 'utf8'));
    assert.match(meta.published, /^\d{4}-\d{2}-\d{2}$/, f);
    assert.ok(typeof meta.outlet === 'string' && meta.outlet, f);
    assert.ok(['ar', 'fr', 'en'].includes(meta.language), f);
    langs.set(meta.language, (langs.get(meta.language) ?? 0) + 1);
    const words = readFileSync(join(DIR, f), 'utf8').split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 60 && words <= 450, `${f}: ${words} words`);
    // The report appears 0-4 days after the news it reports.
    for (const id of reports[f].incidents) {
      const lag = dayNumber(meta.published)! - dayNumber(incidents[id].date.end)!;
      assert.ok(lag >= 0 && lag <= 4, `${f}: published ${lag} days after ${id}`);
    }
  }
  for (const l of ['ar', 'fr', 'en']) assert.ok((langs.get(l) ?? 0) >= 8, `${l}: ${langs.get(l)}`);
  const count = new Map<string, number>();
  for (const r of Object.values(reports)) for (const id of [...r.incidents, ...(r.background ?? [])]) count.set(id, (count.get(id) ?? 0) + 1);
  const multi = [...count].filter(([, n]) => n >= 2).map(([id]) => id);
  assert.ok(multi.length >= 10, `${multi.length} incidents with ≥2 reports`);
  // Same-day incidents a few km apart, the hard cases for fusion, are in the set.
  const pairs: Array<[string, string, number]> = [
    ['bamako-faladie-2024', 'bamako-airport-2024', 10],
    ['tchoma-bangou-2021', 'zaroumadareye-2021', 10],
    ['tombouctou-boat-2023', 'bamba-2023', 60],
  ];
  for (const [a, b, km] of pairs) {
    assert.equal(incidents[a].date.start, incidents[b].date.start);
    assert.ok(haversineKm(incidents[a].place.lat, incidents[a].place.lon, incidents[b].place.lat, incidents[b].place.lon) < km, `${a}/${b}`);
  }
});

test('fusion gold: every reading agrees with its incident on date and place', () => {
  const g = loadFusionGold(GOLD);
  assert.ok(g.ok);
  const allow: Record<number, number> = { 1: 25, 2: 60, 3: 300 };
  for (const [f, r] of Object.entries(g.gold.reports)) {
    for (const rd of r.readings ?? []) {
      const inc = g.gold.incidents[rd.incident];
      const [s, e] = [dayNumber(rd.date.start)!, dayNumber(rd.date.end)!];
      assert.ok(s <= dayNumber(inc.date.end)! + 1 && dayNumber(inc.date.start)! <= e + 1, `${f}: ${rd.incident} date`);
      const km = haversineKm(rd.place.lat, rd.place.lon, inc.place.lat, inc.place.lon);
      assert.ok(km <= Math.max(inc.place.within_km, allow[rd.place.precision]), `${f}: ${rd.incident} at ${km.toFixed(0)} km`);
      assert.equal(rd.background === true, (r.background ?? []).includes(rd.incident), `${f}: ${rd.incident} background flag`);
    }
  }
});

test('fusion alone on the gold readings (oracle extraction): pairwise and B-cubed ≥ 0.95', () => {
  const r = evaluateFusion(GOLD, { analyze: oracleAnalyzer });
  assert.ok(!('problems' in r));
  console.log(formatFusionReport(r, 'fusion on gold readings'));
  assert.equal(r.errors.length, 0);
  for (const s of [r.scores, r.newsOnly]) {
    for (const v of [s.pairwise.precision, s.pairwise.recall, s.bcubed.precision, s.bcubed.recall]) assert.ok(v >= 0.95, formatFusionReport(r));
  }
});

test('full pipeline → fusion on the gold set: precision ≥ 0.95 (fusion must not join what extraction got wrong), recall floor', () => {
  assert.ok(existsSync(GOLD));
  const r = evaluateFusion(GOLD, { explain: true });
  assert.ok(!('problems' in r));
  const { explain, ...short } = r;
  console.log(formatFusionReport({ ...short }, 'pipeline → fusion'));
  assert.equal(r.errors.length, 0, JSON.stringify(r.errors));
  // Recall is bounded by extraction (a report whose event is not found cannot be fused); precision
  // is fusion's own: tolerances for extraction errors must not join different incidents.
  for (const s of [r.scores, r.newsOnly]) {
    assert.ok(s.pairwise.precision >= 0.95, `pairwise precision ${s.pairwise.precision}\n${formatFusionReport(r)}`);
    assert.ok(s.bcubed.precision >= 0.95, `B-cubed precision ${s.bcubed.precision}\n${formatFusionReport(r)}`);
  }
  assert.ok(r.scores.bcubed.f1 >= 0.7, `B-cubed F1 floor\n${formatFusionReport(r)}`);
  assert.ok(Array.isArray(explain), 'splits and misses are explained');
});
