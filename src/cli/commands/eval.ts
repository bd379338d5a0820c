/**
 * @module cli/commands/eval
 * `marsad eval GOLD.json...` — score the pipeline against gold files (GOLD-FORMAT.md).
 */
import { type Command, UsageError } from '../command.ts';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score extraction against gold files (GOLD-FORMAT.md)',
  help: 'Usage: marsad eval GOLD.json... [--json]\n\n(scorer not yet implemented)',
  async run(argv) {
    if (argv.length === 0) throw new UsageError('give at least one GOLD.json');
    return 2;
  },
};
