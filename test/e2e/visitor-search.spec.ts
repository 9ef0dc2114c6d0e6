import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, launchBrowser, newViewer, resultIds, screenshot, waitForResults, watchErrors } from './support.js';

type SearchBody = { items: { listing: { id: string; sectors: string[]; trl: number | null } }[]; total: number };

/** What the API answers for the query in the page's URL: the page must show exactly this. */
async function apiResultsFor(pageUrl: string): Promise<SearchBody> {
  const params = new URL(pageUrl).searchParams;
  params.set('page_size', '20');
  return apiGet<SearchBody>(`/api/search?${params.toString()}`);
}

function countIn(text: string): number {
  return Number(text.replace(/[^\d]/g, ''));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a visitor searching the marketplace', () => {
  it('searches in English from the home page, filters by sector and TRL, and opens a listing', async () => {
    const context = await newViewer(browser, { language: 'en' });
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto('/');
    await page.getByTestId('home-stats').waitFor();
    await page.getByTestId('sector-bars').waitFor();
    await screenshot(page, 'home-en');

    await page.getByRole('searchbox', { name: 'Search listings' }).fill('laser');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=laser$/);
    await waitForResults(page);
    const total = countIn(await page.getByTestId('results-count').innerText());
    expect(total).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="results"] mark').count()).toBeGreaterThan(0);
    await expect.poll(() => resultIds(page), { timeout: 20_000 }).toEqual((await apiResultsFor(page.url())).items.map((i) => i.listing.id));
    await screenshot(page, 'search-en');

    // Sector facet: the first sector listed.
    // The box follows the URL, which updates a moment after the click.
    await page.getByTestId('facet-sector').getByRole('checkbox').first().click();
    await page.waitForURL(/sector=/);
    await waitForResults(page);
    const sector = new URL(page.url()).searchParams.get('sector') ?? '';
    const bySector = await apiResultsFor(page.url());
    expect(bySector.items.length).toBeGreaterThan(0);
    expect(bySector.items.every((i) => i.listing.sectors.includes(sector))).toBe(true);
    await expect.poll(() => resultIds(page), { timeout: 20_000 }).toEqual(bySector.items.map((i) => i.listing.id));
    expect(countIn(await page.getByTestId('results-count').innerText())).toBeLessThanOrEqual(total);

    // TRL range with the keyboard: lowest TRL from 1 up to 3.
    const lowest = page.getByRole('slider', { name: 'Lowest TRL' });
    await lowest.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/trl_min=3/);
    await waitForResults(page);
    const byTrl = await apiResultsFor(page.url());
    expect(byTrl.items.every((i) => i.listing.trl !== null && i.listing.trl >= 3)).toBe(true);
    await expect.poll(() => resultIds(page), { timeout: 20_000 }).toEqual(byTrl.items.map((i) => i.listing.id));

    // Open the first result (back to the unfiltered search if the filters left none).
    if (byTrl.items.length === 0) {
      await page.goBack();
      await waitForResults(page);
    }
    const firstCard = page.locator('[data-testid="results"] [data-testid="listing-card"]').first();
    const id = await firstCard.getAttribute('data-listing-id');
    const title = (await firstCard.getByRole('link').first().innerText()).trim();
    await firstCard.getByRole('link').first().click();
    await page.waitForURL(new RegExp(`/listings/${id}$`));
    await page.getByTestId('listing').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    expect(await page.getByTestId('language-note').innerText()).toMatch(/Written in|Translated/);
    await screenshot(page, 'listing-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('searches as they type in Chinese, with a Chinese interface', async () => {
    const context = await newViewer(browser, { language: 'zh-CN' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/search');
    await waitForResults(page);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('技术市场');

    await page.getByRole('searchbox', { name: '搜索技术与需求' }).pressSequentially('激光', { delay: 40 });
    await page.waitForURL(/\/search\?q=%E6%BF%80%E5%85%89$/);
    await waitForResults(page);
    const countText = await page.getByTestId('results-count').innerText();
    expect(countText).toMatch(/^共 [\d,]+ 条结果$/);
    expect(countIn(countText)).toBeGreaterThan(0);
    const marks = await page.locator('[data-testid="results"] mark').allInnerTexts();
    expect(marks.some((m) => m.includes('激光')), JSON.stringify(marks)).toBe(true);
    await expect.poll(() => resultIds(page), { timeout: 20_000 }).toEqual((await apiResultsFor(page.url())).items.map((i) => i.listing.id));
    await screenshot(page, 'search-zh');
    expect(errors).toEqual([]);
    await context.close();
  });
});
