/**
 * The deal crash test, as a script: `npx tsx scripts/crash-test.ts [pglite|postgresql] [--workers N] [--kill-after-acks N] [--rounds N]`.
 * PostgreSQL needs TEST_DATABASE_URL (a server where a database may be created and dropped).
 * Prints one JSON report per round and exits non-zero when an acknowledged write is missing or
 * something is half-written. The same check runs in the test suite (test/deal-crash.test.ts).
 */
import { parseArgs } from 'node:util';
import { runDealCrashTest, type CrashReport } from '../test/support/deal-crash.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { workers: { type: 'string' }, 'kill-after-acks': { type: 'string' }, rounds: { type: 'string' } },
});
const kinds = (positionals.length ? positionals : ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgresql'] : [])]) as CrashReport['kind'][];
const rounds = Number(values.rounds ?? 1);
let failed = false;
for (const kind of kinds) {
  for (let round = 1; round <= rounds; round++) {
    const report = await runDealCrashTest({
      kind,
      ...(process.env.TEST_DATABASE_URL ? { postgresUrl: process.env.TEST_DATABASE_URL } : {}),
      ...(values.workers ? { workers: Number(values.workers) } : {}),
      killAfterAcks: Number(values['kill-after-acks'] ?? 60),
      // Vary the moment of the kill from round to round.
      killJitterMs: (round * 137) % 400,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(`${JSON.stringify(report)}\n`);
    if (report.missing.length || report.problems.length || !report.writableAfterRestart) failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
