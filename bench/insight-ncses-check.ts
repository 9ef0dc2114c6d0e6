/**
 * Evaluation of the NCSES loader on the real tables: loads them into an in-memory PGlite through
 * the same per-row validation as any import, checks known values and the tables' internal sums,
 * and prints China against peers as the comparison view shows it. Writes bench/results/insight-ncses.json.
 * Skips with a reason when the shared data directory is absent (ITTC_SHARED_DATA).
 *
 *   npx tsx bench/insight-ncses-check.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareIndicators } from '../src/core/insight/compare-indicators.js';
import { importIndicators } from '../src/core/insight/import-indicators.js';
import { SYSTEM } from '../src/core/shared/actor.js';
import { openDatabase } from '../src/store/db.js';
import { createIndicatorStore } from '../src/store/indicator-store.js';
import { migrate } from '../src/store/migrate.js';
import { loadNcses, ncsesDir } from '../src/store/ncses.js';

const dir = ncsesDir();
if (!fs.existsSync(dir)) {
  console.log(`Skipped: ${dir} does not exist (set ITTC_SHARED_DATA to the shared data directory).`);
  process.exit(0);
}

const started = Date.now();
const load = loadNcses(dir);
const database = await openDatabase({ kind: 'pglite', dataDir: null });
await migrate(database);
const indicators = createIndicatorStore(database.db);
const result = await importIndicators({ indicators, clock: { now: () => new Date() } }, SYSTEM, load.records, { dryRun: false });

// Values read off the tables by hand (the row and column named in each comment).
const expected: [string, string, number, number][] = [
  ['CN', 'gerd_ppp_usd_bn', 2021, 667.64], // 10978 r1029 "Non-OECD -> China", GERD, current PPP, 2021a
  ['CN', 'rd_intensity_pct', 2021, 2.43], // 10978 r1041
  ['DE', 'gerd_ppp_usd_bn', 1990, 35.97], // 10978 r301
  ['CN', 'pct_applications', 2022, 68558], // 10558 last row of the "World -> Asia -> China" block
  ['US-CA', 'rd_expenditure_usd_m', 2021, 236140], // 10482 California, all performers
  ['US-CA', 'vc_firms', 2003, 770], // 10579 California, 2003
];
const checks = [];
for (const [region, indicator, year, value] of expected) {
  const [v] = await indicators.query({ regions: [region], indicators: [indicator], yearFrom: year, yearTo: year });
  checks.push({ region, indicator, year, expected: value, got: v?.value ?? null, ok: v?.value === value });
}

const peers = ['US', 'DE', 'JP', 'KR', 'IL', 'SG', 'GB'];
const comparison = await compareIndicators({ indicators }, SYSTEM, {
  region: 'CN',
  peers,
  indicators: ['rd_intensity_pct', 'gerd_ppp_usd_bn', 'pct_applications', 'uspto_patents'],
  year: 2021,
});
await database.close();

console.log(`Loaded tables ${load.tables.join(', ')} in ${Date.now() - started} ms: ${result.imported} values imported, ${result.invalid.length} invalid, ${load.skipped.length} rows skipped (no known region or no value).`);
for (const c of load.checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} table ${c.table}: ${c.message}`);
for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.region} ${c.indicator} ${c.year}: expected ${c.expected}, got ${c.got}`);
console.log('\nChina against peers, latest value at or before 2021 (normalized: share of the best, 0-100):');
for (const i of comparison.indicators) {
  console.log(`  ${i.indicator.label.en} (${i.indicator.unit})`);
  for (const l of i.latest) console.log(`    ${l.region.padEnd(3)} ${String(l.year ?? '-').padEnd(5)} ${String(l.value ?? '-').padStart(10)}  ${String(l.normalized ?? '-').padStart(6)}`);
}

const file = path.join(import.meta.dirname, 'results', 'insight-ncses.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(
  file,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      tables: load.tables,
      imported: result.imported,
      invalid: result.invalid.length,
      skipped_rows: load.skipped.length,
      table_checks: load.checks,
      value_checks: checks,
      comparison: comparison.indicators.map((i) => ({ indicator: i.indicator.code, latest: i.latest.map((l) => ({ region: l.region, year: l.year, value: l.value, normalized: l.normalized, source: l.source })) })),
    },
    null,
    2,
  )}\n`,
);
const failed = load.checks.some((c) => !c.ok) || checks.some((c) => !c.ok) || result.invalid.length > 0;
console.log(`\nWrote ${path.relative(process.cwd(), file)}.${failed ? ' SOME CHECKS FAILED.' : ''}`);
process.exit(failed ? 1 : 0);
