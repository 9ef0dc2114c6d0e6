/**
 * Runs the end-to-end specs against the real built app: starts `node bin/ittc.js serve` on a free
 * port with a fresh data directory (demo data seeded on first start), waits for /api/health, runs
 * the specs with vitest, stops the server and removes the data directory.
 *
 *   npx tsx test/e2e/run.ts [vitest filters...]
 *
 * It builds nothing: web/dist must exist (npm run build:web). Set E2E_BASE_URL to test a server
 * that is already running instead.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startTestServer, type TestServer } from './server.js';
import { CHROMIUM_PATH, publishScreenshots, ROOT, SCREENSHOT_DIR } from './support.js';

/** The screenshots the README shows; copied to docs/screenshots/ after a complete green run. */
const DOC_SCREENSHOTS = [
  'home-en',
  'home-zh',
  'search-en',
  'search-zh',
  'listing-en',
  'listing-form-en',
  'listing-form-error-en',
  'organizations-en',
  'organization-en',
  'home-360-zh',
  'search-360-zh',
  'listing-360-zh',
  'account-sign-up-error-en',
  'account-organization-en',
  'admin-audit-en',
  'deals-kanban-en',
  'deal-page-en',
  'pipeline-en',
  'calls-en',
  'programme-en',
  'allocation-en',
  'insight-balance-en',
  'insight-kpis-zh',
  'insight-benchmarks-en',
];

async function main(): Promise<number> {
  if (!existsSync(path.join(ROOT, 'web/dist/index.html'))) {
    console.error('e2e: web/dist/index.html is missing; build the web app first (npm run build:web).');
    return 2;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`e2e: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH).`);
    return 2;
  }
  let server: TestServer | null = null;
  let baseUrl = process.env.E2E_BASE_URL ?? '';
  try {
    if (!baseUrl) {
      const started = Date.now();
      server = await startTestServer(ROOT);
      baseUrl = server.url;
      console.log(`e2e: server ready at ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
    const filters = process.argv.slice(2);
    const vitest = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'test/e2e/vitest.config.ts', ...filters],
      { cwd: ROOT, env: { ...process.env, E2E_BASE_URL: baseUrl }, stdio: 'inherit' },
    );
    const code = await new Promise<number>((resolve) => vitest.on('exit', (c) => resolve(c ?? 1)));
    if (code === 0 && filters.length === 0) {
      const taken = new Set(readdirSync(SCREENSHOT_DIR).map((f) => f.replace(/\.png$/, '')));
      const names = DOC_SCREENSHOTS.filter((n) => taken.has(n));
      publishScreenshots(names);
      console.log(`e2e: copied ${names.length} screenshots to docs/screenshots/`);
    }
    if (code !== 0 && server && /"level":(50|60)/.test(server.log())) {
      console.error(`e2e: the server logged errors:\n${server.log().slice(-4000)}`);
    }
    return code;
  } catch (error) {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await server?.stop();
  }
}

process.exitCode = await main();
