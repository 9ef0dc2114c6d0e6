/**
 * `npm run bench`: every benchmark at its default size, one after another. Each prints its
 * figures and writes bench/results/<name>.json. Pass names to run some: npm run bench -- match
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

// node: Node's own flags (--expose-gc lets the match benchmark read memory after a collection).
const BENCHES: Record<string, { node?: string[]; args: string[] }> = {
  match: { node: ['--expose-gc'], args: ['bench/match-bench.ts', '--sizes', '10000,100000', '--queries', '500', '--pg-queries', '200', '--startup'] },
  insight: { args: ['bench/insight-bench.ts'] },
  load: { args: ['bench/load.ts', '--duration', '10'] },
  batch: { args: ['bench/batch-bench.ts'] },
};
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BENCHES);
let failed = 0;
for (const name of wanted) {
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`unknown benchmark ${name}; known: ${Object.keys(BENCHES).join(', ')}`);
    failed++;
    continue;
  }
  console.error(`\n== ${name}`);
  const r = spawnSync(process.execPath, [...(bench.node ?? []), '--import', 'tsx', ...bench.args], { stdio: 'inherit', cwd: path.resolve(import.meta.dirname, '..') });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
