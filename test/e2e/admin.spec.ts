import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newViewer, screenshot, seriousViolations, watchErrors } from './support.js';

const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? 'ittc-demo-2026';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function axeFree(page: Page, name: string) {
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${name}: ${v.impact} ${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

describe('administration', () => {
  it('an administrator opens users, the audit log and the outbox; others get a 403 state', async () => {
    // A fresh, unverified account: its verification e-mail is what the outbox should show.
    const stamp = Date.now().toString(36);
    const email = `e2e-admin-${stamp}@example.org`;
    const password = `amber tiger pocket ${stamp}`;
    const visitor = await browser.newContext({ baseURL: baseUrl() });
    const signUp = await visitor.request.post('/api/auth/sign-up', { data: { email, password, name: `Outbox Reader ${stamp}` } });
    expect(signUp.status()).toBe(201);

    const context = await newViewer(browser, { language: 'en' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/sign-in?returnTo=%2Fadmin');
    await page.getByLabel('E-mail', { exact: true }).fill('admin@demo.ittc');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/admin$/);

    // Users and roles.
    const users = page.getByTestId('admin-users');
    await users.locator('tbody tr.ant-table-row').first().waitFor();
    const search = page.getByRole('searchbox', { name: 'Search users' });
    await search.fill('admin@demo.ittc');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=admin%40demo\.ittc/);
    const adminRow = users.locator('tbody tr.ant-table-row').filter({ hasText: 'admin@demo.ittc' });
    await adminRow.waitFor();
    expect(await adminRow.innerText()).toContain('Administrator');
    await search.fill(email);
    await page.keyboard.press('Enter');
    await users.getByText(email).waitFor();
    expect(await users.locator('tbody tr.ant-table-row').count()).toBe(1);
    expect(await users.locator('tbody tr.ant-table-row').innerText()).toContain('Not verified');
    await axeFree(page, 'admin users');
    await screenshot(page, 'admin-users-en');

    // The header menu offers administration to administrators.
    await page.getByRole('button', { name: /: account menu$/ }).click();
    expect(await page.locator('.account-menu-panel a').allInnerTexts()).toContain('Administration');
    await page.keyboard.press('Escape');

    // Audit log, filtered to sign-ins.
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(/\/admin\/audit$/);
    await page.getByTestId('audit-entries').waitFor();
    const filters = page.getByTestId('audit-filters');
    await filters.getByLabel('Action', { exact: true }).fill('session.');
    await filters.getByLabel('Actor', { exact: true }).fill('admin@demo.ittc');
    await filters.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/action=session\./);
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('[data-testid="audit-entries"] tbody tr.ant-table-row td:nth-child(3)')].map((c) => c.textContent ?? '');
      return cells.length > 0 && cells.every((c) => c.startsWith('session.'));
    });
    expect(await page.getByTestId('audit-entries').getByText('session.sign_in').count()).toBeGreaterThan(0);
    await axeFree(page, 'admin audit');
    await screenshot(page, 'admin-audit-en');

    // Outbox, filtered by recipient: the verification e-mail with its link.
    await page.getByRole('link', { name: 'Outbox' }).click();
    await page.waitForURL(/\/admin\/outbox$/);
    await page.getByTestId('outbox-filters').getByLabel('Recipient', { exact: true }).fill(email);
    await page.getByTestId('outbox-filters').getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/\/admin\/outbox\?to=/);
    // The filtered answer replaces the unfiltered list: one message, to this address.
    await page.waitForFunction((to) => {
      const items = [...document.querySelectorAll('[data-testid="outbox-message"]')];
      return items.length === 1 && (items[0]?.textContent ?? '').includes(to);
    }, email);
    const message = page.getByTestId('outbox-message');
    const link = message.getByTestId('outbox-text').getByRole('link').first();
    expect(await link.getAttribute('href')).toMatch(/\/verify-email\?token=[\w-]+$/);
    await axeFree(page, 'admin outbox');
    await screenshot(page, 'admin-outbox-en');
    expect(errors).toEqual([]);
    await context.close();

    // Someone who is not an administrator sees a clear 403 state.
    const signIn = await visitor.request.post('/api/auth/sign-in', { data: { email, password } });
    expect(signIn.status()).toBe(200);
    const other = await visitor.newPage();
    await other.goto('/admin/outbox');
    await other.getByTestId('forbidden').waitFor();
    expect(await other.getByTestId('forbidden').innerText()).toContain('This area is for administrators');
    await screenshot(other, 'admin-forbidden-en');
    await visitor.close();
  });
});
