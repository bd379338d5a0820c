/**
 * Fusion through the real pipeline on the fusion gold set (gold/fusion): every report analysed
 * (extraction as it stands), all events fused, report mentions scored against the gold incidents —
 * pairwise and B-cubed precision/recall — beside fusion alone on the gold readings (oracle).
 * With MARSAD_BENCH_EXPLAIN=1 the splits and misses are explained (link verdicts, events as extracted).
 */
import { fileURLToPath } from 'node:url';
import { evaluateFusion, formatFusionReport, oracleAnalyzer, type FusionEvalReport } from '../src/fuse/eval.ts';
import type { FusionScores } from '../src/fuse/score.ts';

const GOLD = fileURLToPath(new URL('../gold/fusion/clusters.json', import.meta.url));
const pct = (x: number) => (100 * x).toFixed(1);
const fig = (s: FusionScores) =>
  `${pct(s.pairwise.precision)}/${pct(s.pairwise.recall)}, ${pct(s.bcubed.precision)}/${pct(s.bcubed.recall)} (F1 ${pct(s.bcubed.f1)}; ${s.missing}/${s.items} missing)`;

export default async function (): Promise<Record<string, string | number>> {
  const explain = process.env.MARSAD_BENCH_EXPLAIN === '1';
  const out: Record<string, string | number> = {};
  const runs: Array<[string, FusionEvalReport | { ok: false }]> = [
    ['pipeline → fusion', evaluateFusion(GOLD, { explain })],
    ['oracle readings → fusion', evaluateFusion(GOLD, { analyze: oracleAnalyzer })],
  ];
  for (const [name, r] of runs) {
    if (!('scores' in r)) {
      out[`${name}: error`] = 'gold file could not be loaded';
      continue;
    }
    out[`${name}: all mentions pairwise P/R, B-cubed P/R (%)`] = fig(r.scores);
    out[`${name}: news mentions pairwise P/R, B-cubed P/R (%)`] = fig(r.newsOnly);
    out[`${name}: events (labelled/spurious/duplicates) → incidents`] = `${r.events} (${r.labelled}/${r.spurious}/${r.duplicates}) → ${r.incidents}`;
    if (r.errors.length) out[`${name}: reports not analysed`] = r.errors.map((e) => `${e.file}: ${e.code}`).join('; ');
    if (name.startsWith('pipeline')) console.log(formatFusionReport(r, name));
  }
  return out;
}
