import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results/screenshots');

/** Debian's Chromium; never a downloaded one. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the specs through test/e2e/run.ts');
  return url.replace(/\/$/, '');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export type Viewer = { language: 'en' | 'zh-CN'; width?: number; height?: number };

/** A fresh context whose stored UI language is set before any page script runs. */
export async function newViewer(browser: Browser, viewer: Viewer): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: viewer.language === 'zh-CN' ? 'zh-CN' : 'en-US',
    viewport: { width: viewer.width ?? 1280, height: viewer.height ?? 900 },
    deviceScaleFactor: 1,
  });
  await context.addInitScript((lang: string) => {
    if (!window.localStorage.getItem('ittc.language')) window.localStorage.setItem('ittc.language', lang);
  }, viewer.language);
  return context;
}

/** Fails the test on a page crash or an uncaught script error. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Copies the screenshots the README shows into docs/screenshots/. */
export function publishScreenshots(names: string[]): void {
  const target = path.join(ROOT, 'docs/screenshots');
  mkdirSync(target, { recursive: true });
  for (const name of names) copyFileSync(path.join(SCREENSHOT_DIR, `${name}.png`), path.join(target, `${name}.png`));
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Runs axe-core (WCAG 2.1 A/AA rules) and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') stays in force.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Waits until the results on the page are those of the address bar's search: the SPA marks the
 * URL it has rendered (data-url; it lags the address bar during a navigation), the query that URL
 * means (data-query) and the query whose results it shows (data-loaded-query). With `expected`,
 * a canonical query string such as "q=battery&sort=newest", waits for that query's results.
 */
export async function waitForResults(page: Page, expected?: string): Promise<void> {
  await page.waitForFunction((want) => {
    const results = document.querySelector('[data-testid="results"]');
    if (!results || results.getAttribute('aria-busy') === 'true') return false;
    if (results.getAttribute('data-url') !== window.location.search.replace(/^\?/, '')) return false;
    const loaded = results.getAttribute('data-loaded-query');
    return loaded !== null && loaded === (want ?? results.getAttribute('data-query'));
  }, expected ?? null);
}

export type ApiListing = {
  id: string;
  language: 'zh' | 'en';
  title: string;
  kind: string;
  sectors: string[];
  trl: number | null;
  translations: Partial<Record<'zh' | 'en', { title: string }>>;
};

export async function apiGet<T>(pathAndQuery: string): Promise<T> {
  const response = await fetch(`${baseUrl()}${pathAndQuery}`);
  if (!response.ok) throw new Error(`GET ${pathAndQuery} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export function resultIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="results"] [data-testid="listing-card"]', (cards) =>
    cards.map((c) => c.getAttribute('data-listing-id') ?? ''),
  );
}

/** A demo user who administers a Shenzhen firm (src/store/seed-demo.ts: DEMO_USERS, DEMO_PASSWORD). */
export const DEMO_MEMBER = { email: 'shenzhen@demo.ittc', password: process.env.E2E_DEMO_PASSWORD ?? 'ittc-demo-2026' };

/** Signs in through the sign-in page (the form labels follow the page language). */
export async function signIn(page: Page, labels = { email: 'E-mail', password: 'Password', submit: 'Sign in' }): Promise<void> {
  await page.getByLabel(labels.email).fill(DEMO_MEMBER.email);
  await page.getByLabel(labels.password, { exact: true }).fill(DEMO_MEMBER.password);
  await page.getByRole('button', { name: labels.submit }).click();
  await page.getByTestId('signed-in-as').waitFor({ state: 'attached' });
}
