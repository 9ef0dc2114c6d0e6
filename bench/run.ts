/**
 * `npm run bench`: every benchmark at its default size, one after another. Each prints its
 * figures and writes bench/results/<name>.json. Pass names to run some: npm run bench -- match
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const BENCHES: Record<string, string[]> = {
  match: ['bench/match-bench.ts', '--sizes', '10000,100000', '--queries', '500', '--pg-queries', '200'],
  insight: ['bench/insight-bench.ts'],
  load: ['bench/load.ts', '--duration', '10'],
};
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BENCHES);
let failed = 0;
for (const name of wanted) {
  const args = BENCHES[name];
  if (!args) {
    console.error(`unknown benchmark ${name}; known: ${Object.keys(BENCHES).join(', ')}`);
    failed++;
    continue;
  }
  console.error(`\n== ${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { stdio: 'inherit', cwd: path.resolve(import.meta.dirname, '..') });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
