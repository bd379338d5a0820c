/**
 * @module cli/commands/eval
 * `marsad eval GOLD.json... [--json]` — score the pipeline against gold files (GOLD-FORMAT.md).
 * Thin: parse arguments, call evaluateGoldFiles, print. Scores are not pass/fail: exit 0 when
 * everything was scored, 1 when a gold file could not be loaded or its document not analysed.
 */
import { parseArgs } from 'node:util';
import { type Command, UsageError } from '../command.ts';
import { evaluateGoldFiles, formatReport } from '../../eval/index.ts';

const HELP = `Usage: marsad eval GOLD.json... [--json]

Runs the analysis on the document of each gold file (its "document.file", relative to the gold
file, with the gold's "published" date and language), matches system events to gold events and
prints, per document, per language and overall:
  events: precision, recall (optional gold events left out of it), F1;
  fields over matched pairs: event_type, sub_event_type, date, place, actors, fatalities,
  background; claims recall; assessments recall;
then every miss with its reason (missed gold event, spurious system event, wrong field with the
expected and obtained value, missed claim or assessment). Scoring: ../shared/design/GOLD-FORMAT.md.

Options:
  --json       print one JSON object {documents, languages, overall, errors} instead of tables
  -h, --help   this help

Exit status: 0 all gold files scored (whatever the scores), 1 a gold file could not be loaded
or its document could not be analysed (listed on stderr; the others are still scored),
2 usage error.

Example:
  marsad eval ../shared/seed/bamako-attack.gold.json`;

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score extraction against gold files (GOLD-FORMAT.md)',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' } } });
    if (positionals.length === 0) throw new UsageError('give at least one GOLD.json');
    const report = evaluateGoldFiles(positionals);
    io.out(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    for (const e of report.errors) io.err(`marsad eval: ${e.gold}: ${e.stage} ${e.code}${e.at ? ` at ${e.at}` : ''}: ${e.message}`);
    return report.errors.length ? 1 : 0;
  },
};
