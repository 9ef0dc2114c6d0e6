import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newViewer, resultIds, screenshot, waitForResults, watchErrors } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('language switch', () => {
  it('switches the whole page to Chinese and back, and remembers the choice', async () => {
    const context = await newViewer(browser, { language: 'en' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await page.getByTestId('home-stats').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Move technology across borders');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '让技术跨越国界流动' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '技术市场' }).count()).toBe(1);
    expect(await page.title()).toBe('ITTC · 国际技术转移中心');
    await page.getByTestId('sector-bars').waitFor();
    await screenshot(page, 'home-zh');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: '让技术跨越国界流动' }).waitFor();

    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Move technology across borders' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a shared search URL', () => {
  it('restores the same query, filters, sort and results in another browser', async () => {
    const shared = '/search?q=battery&kind=technology_offer&sort=newest';
    const first = await newViewer(browser, { language: 'en' });
    const a = await first.newPage();
    await a.goto(shared);
    await waitForResults(a);
    const idsA = await resultIds(a);
    expect(idsA.length).toBeGreaterThan(0);

    const second = await newViewer(browser, { language: 'zh-CN' });
    const b = await second.newPage();
    const errors = watchErrors(b);
    await b.goto(`${shared}`);
    await waitForResults(b);
    expect(await resultIds(b)).toEqual(idsA);
    expect(await b.getByRole('searchbox', { name: '搜索技术与需求' }).inputValue()).toBe('battery');
    expect(await b.getByTestId('facet-kind').getByRole('checkbox', { name: /技术成果/ }).isChecked()).toBe(true);
    expect(await b.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: '最新发布' }).count()).toBeGreaterThan(0);
    expect(new URL(b.url()).search).toBe(new URL(`http://x${shared}`).search);
    expect(errors).toEqual([]);
    await first.close();
    await second.close();
  });
});
