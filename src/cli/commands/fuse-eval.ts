/**
 * @module cli/commands/fuse-eval
 * `marsad fuse-eval [CLUSTERS.json] [--oracle] [--json]` — score report fusion on a fusion gold
 * set (gold/fusion/clusters.json by default): analyse every report, fuse all events, print
 * pairwise and B-cubed precision/recall and where incidents were split or merged.
 */
import { parseArgs } from 'node:util';
import { type Command } from '../command.ts';
import { evaluateFusion, formatFusionReport, oracleAnalyzer } from '../../fuse/eval.ts';

const HELP = `Usage: marsad fuse-eval [CLUSTERS.json] [--oracle] [--threshold X] [--explain] [--json]

Reads a fusion gold file (default: gold/fusion/clusters.json) and the report files beside it
(with their .meta.json sidecars), runs the analysis on each report, fuses all events into
incidents, and scores how report mentions were grouped against the gold incidents:
pairwise precision/recall and B-cubed precision/recall/F1, over all mentions and over news
mentions only; then the incidents that were split or fused together, and the reports whose
event was not found.

Options:
  --oracle        use the gold readings instead of the pipeline (scores fusion alone)
  --threshold X   link threshold for fusion, 0 < X ≤ 1 (default 0.5)
  --explain       for each split or missed incident: the link verdict of every pair of its
                  reports (veto, or score and reasons) and the events extraction produced
  --json          print the report as JSON (scores, detail, errors; no incidents)
  -h, --help      this help

Exit status: 0 scored (whatever the scores), 1 the gold file could not be loaded or a report
could not be analysed (listed on stderr), 2 usage error.

Example:
  marsad fuse-eval --oracle`;

export const fuseEvalCommand: Command = {
  name: 'fuse-eval',
  summary: 'score fusion of reports into incidents on a fusion gold set',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { oracle: { type: 'boolean' }, json: { type: 'boolean' }, threshold: { type: 'string' }, explain: { type: 'boolean' } },
    });
    const path = positionals[0] ?? 'gold/fusion/clusters.json';
    const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
    if (threshold !== undefined && !(threshold > 0 && threshold <= 1)) {
      io.err(`marsad fuse-eval: --threshold must be a number in (0, 1], got ${values.threshold}\n\n${HELP}`);
      return 2;
    }
    const r = evaluateFusion(path, { analyze: values.oracle ? oracleAnalyzer : undefined, fuse: { threshold }, explain: values.explain === true });
    if ('problems' in r) {
      for (const p of r.problems) io.err(`marsad fuse-eval: ${path}: ${p.code}${p.at ? ` at ${p.at}` : ''}: ${p.message}`);
      return 1;
    }
    if (values.json) {
      const { incidentsOut: _omit, ...rest } = r;
      io.out(JSON.stringify(rest, null, 2));
    } else io.out(formatFusionReport(r, values.oracle ? 'Fusion on gold readings' : 'Pipeline → fusion'));
    for (const e of r.errors) io.err(`marsad fuse-eval: ${e.file}: ${e.code}: ${e.message}`);
    return r.errors.length ? 1 : 0;
  },
};
