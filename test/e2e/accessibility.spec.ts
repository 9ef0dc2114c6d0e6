import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiGet,
  launchBrowser,
  newViewer,
  screenshot,
  seriousViolations,
  signIn,
  waitForResults,
  watchErrors,
  type Viewer,
} from './support.js';

let browser: Browser;
let listingId = '';
let organizationId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const search = await apiGet<{ items: { listing: { id: string; owner_organization_id: string } }[] }>('/api/search?q=battery&page_size=1');
  listingId = search.items[0]?.listing.id ?? '';
  organizationId = search.items[0]?.listing.owner_organization_id ?? '';
});
afterAll(async () => {
  await browser?.close();
});

type PageCase = { name: string; path: () => string; ready: (page: Page) => Promise<void> };

const PAGES: PageCase[] = [
  { name: 'home', path: () => '/', ready: (p) => p.getByTestId('sector-bars').waitFor() },
  { name: 'search', path: () => '/search?q=battery', ready: (p) => waitForResults(p) },
  { name: 'listing', path: () => `/listings/${listingId}`, ready: (p) => p.getByTestId('listing').waitFor() },
  { name: 'listing-form', path: () => '/listings/new?kind=technology_offer', ready: (p) => p.locator('form').waitFor() },
  { name: 'organizations', path: () => '/organizations', ready: (p) => p.getByTestId('organization-card').first().waitFor() },
  { name: 'organization', path: () => `/organizations/${organizationId}`, ready: (p) => p.getByTestId('organization').waitFor() },
];

const VIEWERS: (Viewer & { tag: string })[] = [
  { language: 'en', tag: 'en' },
  { language: 'zh-CN', tag: '360-zh', width: 360, height: 740 },
];

describe('accessibility and small screens', () => {
  for (const viewer of VIEWERS) {
    it(`main pages have no serious or critical axe violations (${viewer.tag})`, async () => {
      const context = await newViewer(browser, viewer);
      const page = await context.newPage();
      const errors = watchErrors(page);
      const found: Record<string, string[]> = {};
      const check = async (name: string) => {
        const violations = await seriousViolations(page);
        if (violations.length > 0) {
          found[name] = violations.map((v) => `${v.impact} ${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
        }
        if (viewer.width) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) (found[name] ??= []).push(`page is ${overflow}px wider than the ${viewer.width}px screen`);
        }
      };
      // Signed out: the sign-in page; then signed in, as a member, for the rest (the form needs it).
      await page.goto('/sign-in');
      await page.locator('form').waitFor();
      await check('sign-in');
      await screenshot(page, `sign-in-${viewer.tag}`);
      await signIn(page, viewer.language === 'zh-CN' ? { email: '电子邮箱', password: '密码', submit: '登录' } : undefined);
      for (const pageCase of PAGES) {
        await page.goto(pageCase.path());
        await pageCase.ready(page);
        await page.waitForLoadState('networkidle');
        await screenshot(page, `${pageCase.name}-${viewer.tag}`);
        await check(pageCase.name);
      }
      expect(found).toEqual({});
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('the keyboard reaches the skip link first and it moves focus to the content', async () => {
    const context = await newViewer(browser, { language: 'en' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByTestId('home-stats').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
