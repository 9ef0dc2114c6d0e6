import type { ParseArgsConfig } from 'node:util';

/**
 * One CLI command. Each lives in src/cli/commands/<verb>-<noun>.ts and is listed in
 * src/cli/commands/index.ts. `run` returns the process exit code.
 */
export type CliCommand = {
  /** Words that select the command, e.g. ['db', 'migrate'] or ['match']. */
  path: string[];
  summary: string;
  /** Lines shown by `ittc <path> --help` after the usage line. */
  usage: string;
  options?: ParseArgsConfig['options'];
  /** Whether positional arguments are accepted. */
  allowPositionals?: boolean;
  run: (ctx: CliContext, args: CliArgs) => Promise<number>;
};

export type CliArgs = {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
};

export type CliContext = {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** True when stderr is a terminal: draw progress bars there. */
  isTty: boolean;
};

/** Exit codes: 0 ok, 1 failure of the work, 2 usage or configuration error. */
export const EXIT = { ok: 0, failure: 1, usage: 2, busy: 3 } as const;
