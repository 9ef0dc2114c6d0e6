/**
 * `npm run eval` (tsx bench/eval.ts [task ...]): runs every evaluation task in bench/eval/ (each
 * file exporting `task: EvalTask`) on the development splits, prints each figure next to its
 * README baseline and writes bench/results/eval.json. Data: ITTC_SHARED_DATA, default
 * ../shared/data relative to the repository root; absent data is reported as skipped.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EvalResult, EvalTask } from './eval/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.ITTC_SHARED_DATA ?? resolve(root, '../shared/data');
const only = new Set(process.argv.slice(2));

const loadTasks = async (): Promise<EvalTask[]> => {
  const dir = join(root, 'bench', 'eval');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .sort();
  const tasks: EvalTask[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { task?: EvalTask };
    if (mod.task !== undefined && typeof mod.task.run === 'function') tasks.push(mod.task);
  }
  return tasks.filter((t) => only.size === 0 || only.has(t.name));
};

const fmt = (x: number | undefined, digits = 3): string => (x === undefined ? '' : x.toFixed(digits));

const main = async (): Promise<void> => {
  const tasks = await loadTasks();
  const results: EvalResult[] = [];
  if (!existsSync(dataDir)) process.stderr.write(`eval: data directory ${dataDir} not found; every task is skipped\n`);
  for (const t of tasks) {
    const t0 = performance.now();
    process.stderr.write(`eval: ${t.name} ...\n`);
    let r: EvalResult;
    try {
      r = existsSync(dataDir)
        ? await t.run(dataDir)
        : { task: t.name, split: '', queries: 0, metrics: [], seconds: 0, skipped: `no data directory ${dataDir}` };
    } catch (e) {
      r = { task: t.name, split: '', queries: 0, metrics: [], seconds: (performance.now() - t0) / 1000, skipped: `error: ${(e as Error).message}` };
    }
    results.push(r);
    process.stderr.write(`eval: ${t.name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  const rows: string[][] = [['task', 'split', 'queries', 'metric', 'value', 'baseline', 'delta', 'seconds']];
  for (const r of results) {
    if (r.skipped !== undefined) {
      rows.push([r.task, r.split, '', `skipped: ${r.skipped}`, '', '', '', '']);
      continue;
    }
    for (const m of r.metrics)
      rows.push([
        r.task,
        r.split,
        String(r.queries),
        m.name,
        fmt(m.value),
        fmt(m.baseline),
        m.baseline === undefined ? '' : (m.value - m.baseline >= 0 ? '+' : '') + fmt(m.value - m.baseline),
        r.seconds.toFixed(1),
      ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  for (const row of rows) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()}\n`);
  const out = join(root, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'eval.json'), `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
  process.stderr.write(`eval: wrote ${join(out, 'eval.json')}\n`);
};

await main();
