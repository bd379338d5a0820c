/**
 * @module cli/main
 * `marsad <command> [options]` — dispatches to the commands in ./commands, each with --help.
 */
import { parseArgs } from 'node:util';
import { stdio, UsageError, type CliIO, type Command } from './command.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { evalCommand } from './commands/eval.ts';
import { gazetteerCommand } from './commands/gazetteer.ts';
import { ingestCommand } from './commands/ingest.ts';
import { eventsCommand } from './commands/events.ts';
import { showCommand } from './commands/show.ts';
import { exportCommand } from './commands/export.ts';
import { analyseCommand } from './commands/analyse.ts';
import { alertsCommand } from './commands/alerts.ts';
import { serveCommand } from './commands/serve.ts';
import { fuseEvalCommand } from './commands/fuse-eval.ts';

export const COMMANDS: Command[] = [analyzeCommand, evalCommand, gazetteerCommand, ingestCommand, eventsCommand, showCommand, exportCommand, analyseCommand, alertsCommand, serveCommand, fuseEvalCommand];

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'marsad — turns conflict reporting (Arabic, French, English) into structured, verifiable event data',
    '',
    'Usage: marsad <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `marsad <command> --help` for the options of a command.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO = stdio): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(topHelp());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out('marsad 0.1.0');
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`marsad: unknown command '${name}'\n\n${topHelp()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(cmd.help);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`marsad ${name}: ${(e as Error).message}\n\n${cmd.help}`);
      return 2;
    }
    throw e;
  }
}

export { parseArgs };
