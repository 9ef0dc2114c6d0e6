import { parseArgs } from 'node:util';
import { ConfigError } from '../config.js';
import { DatabaseBusyError } from '../store/db.js';
import { isDomainError } from '../core/shared/domain-error.js';
import { EXIT, type CliCommand, type CliContext } from './command.js';
import { COMMANDS } from './commands/index.js';

function findCommand(argv: string[]): { command: CliCommand; rest: string[] } | null {
  let best: { command: CliCommand; rest: string[] } | null = null;
  for (const c of COMMANDS) {
    if (c.path.every((w, i) => argv[i] === w) && (!best || c.path.length > best.command.path.length)) {
      best = { command: c, rest: argv.slice(c.path.length) };
    }
  }
  return best;
}

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.path.join(' ').length));
  return [
    'ittc: the command line of ITTC, an open platform for an international technology transfer center.',
    '',
    'Usage: ittc <command> [options]   (ittc <command> --help for its options)',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    'Every command uses the configured database: DATABASE_URL (PostgreSQL) or the embedded one in ITTC_DATA_DIR (./var/data).',
  ].join('\n');
}

function commandHelp(c: CliCommand): string {
  const opts = Object.entries(c.options ?? {}).map(([k, o]) => `  --${k}${o.type === 'string' ? ' VALUE' : ''}`);
  return [`Usage: ittc ${c.path.join(' ')} ${c.usage}`, '', c.summary, ...(opts.length ? ['', 'Options:', ...opts] : [])].join('\n');
}

export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    ctx.stdout.write(`${help()}\n`);
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  const found = findCommand(argv);
  if (!found) {
    ctx.stderr.write(`ittc: unknown command "${argv.join(' ')}".\n\n${help()}\n`);
    return EXIT.usage;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.stdout.write(`${commandHelp(command)}\n`);
    return EXIT.ok;
  }
  let args;
  try {
    args = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: command.allowPositionals ?? false, strict: true });
  } catch (err) {
    ctx.stderr.write(`ittc ${command.path.join(' ')}: ${(err as Error).message}\n${commandHelp(command)}\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(ctx, { values: args.values as Record<string, string | boolean | undefined>, positionals: args.positionals });
  } catch (err) {
    if (err instanceof ConfigError) {
      ctx.stderr.write(`${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof DatabaseBusyError) {
      ctx.stderr.write(`ittc: ${err.message}\n`);
      return EXIT.busy;
    }
    if (isDomainError(err)) {
      ctx.stderr.write(`ittc: ${err.code}: ${err.message}\n`);
      return EXIT.failure;
    }
    ctx.stderr.write(`ittc: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.failure;
  }
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const code = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTty: Boolean(process.stderr.isTTY) });
  process.exitCode = code;
}
