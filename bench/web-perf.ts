/**
 * Web performance of the built SPA (web/dist):
 *  - initial JS (and CSS) gzip size: what index.html loads before any route chunk, against the
 *    300 KB budget, plus all JS a first visit to home and to search fetches;
 *  - LCP and FCP of home and of a search on localhost, median of fresh browser contexts (cold cache);
 *  - time from the last keystroke in the search box to the results of that query rendered
 *    (includes the typing debounce).
 * Prints the figures and writes bench/results/web-perf.json.
 *
 *   npx tsx bench/web-perf.ts [--runs 5]        (ITTC_URL=http://host:port to use a running server)
 *
 * Browser-side code is passed as strings: this file is type-checked without the DOM library.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../test/e2e/server.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'web/dist');
const BUDGET_INITIAL_JS_GZIP = 300 * 1024;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Math.max(1, Number(values.runs) || 5);

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

const round = (n: number) => Math.round(n * 10) / 10;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What index.html loads up front: its module script, modulepreloads and stylesheets. */
function initialAssets() {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1] ?? '');
  const js = refs.filter((r) => r.endsWith('.js'));
  const css = refs.filter((r) => r.endsWith('.css'));
  const size = (files: string[]) => files.reduce((sum, f) => sum + gzipBytes(path.join(DIST, f)), 0);
  return { js, css, jsGzip: size(js), cssGzip: size(css) };
}

const LCP_SCRIPT = `new Promise((resolve) => {
  const out = { lcp: 0, fcp: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) out.lcp = Math.max(out.lcp, e.renderTime || e.startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  out.fcp = paint ? paint.startTime : 0;
  setTimeout(() => resolve(out), 300);
})`;

type PageFigures = { lcp_ms: number[]; fcp_ms: number[]; js_gzip_bytes: number };

/** Loads a page in fresh contexts; LCP is read once the page's content is on screen. */
async function measurePage(browser: Browser, baseUrl: string, route: string, ready: string): Promise<PageFigures> {
  const lcp: number[] = [];
  const fcp: number[] = [];
  let jsBytes = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await context.addInitScript("localStorage.setItem('ittc.language', 'en')");
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
    });
    await page.goto(`${baseUrl}${route}`);
    await page.waitForSelector(ready);
    await page.waitForLoadState('networkidle');
    const figures = (await page.evaluate(LCP_SCRIPT)) as { lcp: number; fcp: number };
    lcp.push(figures.lcp);
    fcp.push(figures.fcp);
    if (run === 0) jsBytes = [...scripts].reduce((sum, p) => sum + gzipBytes(path.join(DIST, p)), 0);
    await context.close();
  }
  return { lcp_ms: lcp.map(round), fcp_ms: fcp.map(round), js_gzip_bytes: jsBytes };
}

const WATCH_SCRIPT = `(() => {
  const results = document.querySelector('[data-testid="results"]');
  window.__ittcRendered = {};
  new MutationObserver(() => {
    const key = results.getAttribute('data-loaded-query');
    if (key && results.getAttribute('aria-busy') !== 'true' && !(key in window.__ittcRendered)) {
      window.__ittcRendered[key] = performance.now();
    }
  }).observe(results, { attributes: true, subtree: false });
})()`;

/** Types each query and measures from its last keystroke to its results being rendered. */
async function measureTyping(page: Page, baseUrl: string, queries: string[]): Promise<number[]> {
  await page.goto(`${baseUrl}/search`);
  await page.waitForSelector('[data-testid="results"][data-loaded-query=""]');
  await page.evaluate(WATCH_SCRIPT);
  const box = page.getByRole('searchbox');
  const samples: number[] = [];
  for (const q of queries) {
    await box.fill('');
    await page.waitForSelector('[data-testid="results"][data-loaded-query=""]');
    await box.pressSequentially(q, { delay: 60 });
    const typedAt = (await page.evaluate('performance.now()')) as number;
    const key = new URLSearchParams({ q }).toString();
    // A function, not a string: the app's CSP forbids eval, which string predicates need.
    await page.waitForFunction((k) => {
      const rendered = (globalThis as unknown as { __ittcRendered?: Record<string, number> }).__ittcRendered;
      return rendered !== undefined && k in rendered;
    }, key);
    const renderedAt = (await page.evaluate(`window.__ittcRendered[${JSON.stringify(key)}]`)) as number;
    samples.push(round(renderedAt - typedAt));
  }
  return samples;
}

async function main(): Promise<void> {
  const initial = initialAssets();
  let server: TestServer | null = null;
  const baseUrl = process.env.ITTC_URL ?? (server = await startTestServer(ROOT)).url;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    // One warm-up visit so the server's first-query costs do not count against the page.
    const warm = await browser.newPage();
    await warm.goto(`${baseUrl}/search?q=battery`);
    await warm.waitForSelector('[data-testid="listing-card"]');
    await warm.close();

    const home = await measurePage(browser, baseUrl, '/', '[data-testid="sector-bars"]');
    const search = await measurePage(browser, baseUrl, '/search?q=battery', '[data-testid="listing-card"]');

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript("localStorage.setItem('ittc.language', 'en')");
    const page = await context.newPage();
    const queries = ['battery', 'laser cutting', '电池', 'motor', 'sensor', '固态电解质', 'water', 'robot'];
    const typing = await measureTyping(page, baseUrl, queries);
    await context.close();

    const result = {
      measured_at: new Date().toISOString(),
      server: process.env.ITTC_URL ? 'external' : 'ittc serve (PGlite, demo data)',
      // The machine is shared: figures taken under load are slower than the app is.
      load_average_1m: round(os.loadavg()[0] ?? 0),
      cpus: os.cpus().length,
      runs_per_page: RUNS,
      bundle: {
        initial_js_files: initial.js,
        initial_js_gzip_bytes: initial.jsGzip,
        initial_css_gzip_bytes: initial.cssGzip,
        budget_js_gzip_bytes: BUDGET_INITIAL_JS_GZIP,
        within_budget: initial.jsGzip <= BUDGET_INITIAL_JS_GZIP,
      },
      pages: {
        home: { lcp_ms_median: round(median(home.lcp_ms)), fcp_ms_median: round(median(home.fcp_ms)), ...home },
        search: { lcp_ms_median: round(median(search.lcp_ms)), fcp_ms_median: round(median(search.fcp_ms)), ...search },
      },
      typing_to_results: {
        note: 'from the last keystroke to the rendered results of that query; includes the 250 ms debounce',
        queries,
        samples_ms: typing,
        median_ms: round(median(typing)),
        p95_ms: round(percentile(typing, 95)),
      },
    };
    console.log(`load average ${result.load_average_1m} on ${result.cpus} CPUs`);
    console.log(`initial JS (gzip)      ${kb(initial.jsGzip)} of ${kb(BUDGET_INITIAL_JS_GZIP)} budget (${initial.js.length} files), CSS ${kb(initial.cssGzip)}`);
    console.log(`home                   LCP ${result.pages.home.lcp_ms_median} ms, FCP ${result.pages.home.fcp_ms_median} ms, JS ${kb(home.js_gzip_bytes)}`);
    console.log(`search ?q=battery      LCP ${result.pages.search.lcp_ms_median} ms, FCP ${result.pages.search.fcp_ms_median} ms, JS ${kb(search.js_gzip_bytes)}`);
    console.log(`typing -> results      median ${result.typing_to_results.median_ms} ms, p95 ${result.typing_to_results.p95_ms} ms (${typing.length} queries)`);
    const out = path.join(ROOT, 'bench/results/web-perf.json');
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${path.relative(ROOT, out)}`);
  } finally {
    await browser.close();
    await server?.stop();
  }
}

await main();
