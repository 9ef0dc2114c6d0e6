import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, launchBrowser, newViewer, resultIds, screenshot, signIn, waitForResults, watchErrors } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Types into an antd select found by its label and picks the option whose text matches. */
async function choose(page: Page, label: string, typed: string, option: string | RegExp) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(typed);
  const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first();
  await item.waitFor();
  await item.click();
  await page.keyboard.press('Escape');
}

/** The form item (label, control, messages) around a labelled control. */
function formItem(page: Page, label: string) {
  return page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
}

describe('posting a technology request', () => {
  it('shows the API message next to an invalid field, then publishes the fixed listing and finds it by search', async () => {
    type Sector = { code: string; en: string };
    const sectors = await apiGet<{ items: Sector[] }>('/api/taxonomies/sectors');
    const sector = sectors.items[0];
    if (!sector) throw new Error('the server lists no sectors');
    const marker = `zephyrquartz${Date.now().toString(36)}`;

    const context = await newViewer(browser, { language: 'en' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Signed out, the form asks to sign in and comes back here afterwards.
    await page.goto('/listings/new');
    await page.getByTestId('sign-in-required').getByRole('link', { name: 'Sign in' }).click();
    await signIn(page);
    await page.waitForURL(/\/listings\/new$/);

    await page.getByText('Technology need', { exact: true }).click();
    await page.getByText('A technical problem your organization needs solved', { exact: false }).waitFor();

    await page.getByLabel('Title', { exact: true }).fill(`Seeking ${marker} sensors for thermal runaway detection in battery packs`);
    await page.getByLabel('Summary', { exact: true }).fill('We need an early-warning gas sensor that detects thermal runaway in lithium battery packs.');
    await page.getByLabel('Description', { exact: true }).fill('The sensor must fit in a module housing, run on 12 V and report within two seconds.');
    // Suggestions from the text (POST /api/classify) come as tags to add.
    await page.getByRole('button', { name: 'Suggest sectors and IPC classes from the text' }).click();
    expect(await page.getByTestId('classify-suggestions').locator('.ant-tag').first().innerText()).toMatch(/^\+ /);
    await choose(page, 'Sectors', sector.en.slice(0, 6), sector.en);
    const ipc = page.getByLabel('IPC classes', { exact: true });
    await ipc.click();
    await ipc.fill('not-an-ipc');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    // The owner is preselected: the user's own organization.
    expect(await formItem(page, 'Organization').locator('.ant-select-content, .ant-select-selection-item').first().innerText()).not.toBe('');
    await choose(page, 'Country or region', 'China', /^China$/);
    await screenshot(page, 'listing-form-en');

    await page.getByTestId('publish').click();
    const ipcItem = formItem(page, 'IPC classes');
    await ipcItem.locator('.ant-form-item-explain-error').filter({ hasText: 'is not an IPC code' }).waitFor();
    expect(await page.getByTestId('form-error').innerText()).toContain('Please correct the marked fields');
    expect(new URL(page.url()).pathname).toBe('/listings/new');
    await screenshot(page, 'listing-form-error-en');

    // Fix it: remove the bad code, enter a real one.
    await ipcItem.locator('.ant-select-selection-item-remove, .ant-select-selection-item .anticon-close').first().click();
    await ipc.click();
    await ipc.fill('G01N 33/00');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByTestId('publish').click();
    await page.waitForURL(/\/listings\/[^/]+$/);
    await page.getByTestId('listing').waitFor();
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(marker);
    expect(await page.getByTestId('listing').getByText('Published', { exact: true }).count()).toBeGreaterThan(0);

    await page.goto('/search');
    await waitForResults(page);
    await page.getByRole('searchbox', { name: 'Search listings' }).fill(marker);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`q=${marker}`));
    await waitForResults(page);
    expect(await resultIds(page)).toContain(id);
    expect(errors).toEqual([]);
    await context.close();
  });
});
