import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, newViewer, screenshot, seriousViolations, watchErrors, type AxeViolation } from './support.js';

/** Serious violations inside <main> (this feature's pages; the shared header is checked by its own spec). */
async function pageViolations(page: Page): Promise<AxeViolation[]> {
  const out: AxeViolation[] = [];
  for (const v of await seriousViolations(page)) {
    const inMain = await page.evaluate((targets) => targets.some((t) => document.querySelector(t)?.closest('main') != null), v.nodes.map((n) => n.target[0] ?? ''));
    if (inMain) out.push(v);
  }
  return out;
}

const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? 'ittc-demo-2026';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the programme manager', () => {
  it('opens a programme dashboard whose charts render, and gets an allocation proposal that sums to the budget', async () => {
    const context = await newViewer(browser, { language: 'en' });
    expect((await context.request.post('/api/auth/sign-in', { data: { email: 'pm@demo.ittc', password: PASSWORD } })).status()).toBe(200);
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto('/programmes');
    const card = page.getByTestId('programme-card').filter({ hasText: 'Technology Transfer Subsidy' });
    await card.getByRole('link').click();
    await page.getByTestId('ipoe-score').waitFor();
    expect(await page.getByTestId('ipoe-score').innerText()).toMatch(/^\d+(\.\d+)?$/);
    for (const chart of ['chart-targets', 'chart-burn', 'chart-cost']) {
      await page.getByTestId(chart).locator('canvas').first().waitFor();
    }
    expect(await page.getByTestId('table-targets').locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'programme-en');
    expect(await pageViolations(page)).toEqual([]);

    await page.goto('/allocations');
    await page.getByLabel('Total budget', { exact: true }).fill('100000000');
    await page.getByTestId('propose-button').click();
    await page.getByTestId('allocation-table').waitFor();
    await page.getByTestId('chart-allocation').locator('canvas').first().waitFor();
    const proposed = await page.getByTestId('proposed').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-minor'))));
    expect(proposed.length).toBeGreaterThanOrEqual(2);
    expect(proposed.reduce((s, x) => s + x, 0)).toBe(100_000_000 * 100);
    expect(await page.getByTestId('proposed-total').innerText()).toBe('CN¥100,000,000');
    await screenshot(page, 'allocation-en');
    expect(await pageViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
