/**
 * @module cli/command
 * The shape every `marsad` sub-command has: a name, one-line summary, full help, and run().
 * Commands are thin: they parse arguments, call the core, print. Exit codes: 0 ok, 1 data problems
 * (some inputs failed), 2 usage errors.
 */
export interface Command {
  name: string;
  summary: string;
  help: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

export interface CliIO {
  out(s: string): void;
  err(s: string): void;
}

export const stdio: CliIO = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
};

export class UsageError extends Error {
  code = 'usage' as const;
}
