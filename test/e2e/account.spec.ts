import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newViewer, screenshot, seriousViolations, watchErrors } from './support.js';

const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? 'ittc-demo-2026';
const ADMIN = { email: 'admin@demo.ittc', password: DEMO_PASSWORD };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type OutboxPage = { items: { kind: string; text: string; created_at: string }[] };

/** The path and query of the newest link of `kind` the outbox holds for `to`, read as the administrator. */
async function linkFromOutbox(admin: APIRequestContext, to: string, kind: string, path: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await admin.get(`/api/admin/outbox?to=${encodeURIComponent(to)}&kind=${kind}`);
    expect(response.status()).toBe(200);
    const page = (await response.json()) as OutboxPage;
    const newest = page.items.sort((a, b) => b.created_at.localeCompare(a.created_at))[0];
    const url = newest?.text.match(new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`))?.[0];
    if (url) {
      const link = new URL(url);
      return `${link.pathname}${link.search}`;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no ${kind} message with a ${path} link for ${to}`);
}

async function adminRequest(): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL: baseUrl() });
  const response = await context.request.post('/api/auth/sign-in', { data: ADMIN });
  expect(response.status()).toBe(200);
  return context.request;
}

/** Opens an antd select found by its label, types into it when searchable, and picks the option whose text matches. */
async function choose(page: Page, scope: ReturnType<Page['getByTestId']>, label: string, typed: string, option: string | RegExp) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  if (typed) await input.fill(typed);
  const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first();
  await item.waitFor();
  await item.click();
}

/** Waits for `testId` or an error message; an error fails the test with the API's own words. */
async function settled(page: Page, testId: string) {
  await page
    .locator(`[data-testid="${testId}"], [data-testid="error-message"]`)
    .first()
    .waitFor()
    .catch(async (e: Error) => {
      // Neither came: say what the page shows instead.
      throw new Error(`${e.message}\nThe page (${page.url()}) shows:\n${(await page.locator('main').innerText()).slice(0, 1500)}`);
    });
  const error = page.getByTestId('error-message');
  expect(await error.count(), (await error.count()) ? await error.first().innerText() : '').toBe(0);
}

async function axeFree(page: Page, name: string) {
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${name}: ${v.impact} ${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

describe('accounts', () => {
  it('signs up, verifies through the outbox link, signs in, registers an organization and resets the password', async () => {
    const stamp = Date.now().toString(36);
    const email = `e2e-${stamp}@example.org`;
    const name = `Erika Tester ${stamp}`;
    const password = `copper kettle lantern ${stamp}`;
    const admin = await adminRequest();

    const context = await newViewer(browser, { language: 'en' });
    const page = await context.newPage();
    const errors = watchErrors(page);

    // Sign-in page -> sign-up.
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL(/\/sign-up$/);
    const form = page.getByTestId('sign-up-form');
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('E-mail', { exact: true }).fill(email);
    // Twelve characters but common: the API refuses it and the page says why at the field.
    await form.getByLabel('Password', { exact: true }).fill('password1234');
    await page.getByRole('button', { name: 'Create account' }).click();
    const passwordItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('Password', { exact: true }) });
    await passwordItem.locator('.ant-form-item-explain-error').filter({ hasText: 'too easy to guess' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-up');
    await axeFree(page, 'sign-up');
    await screenshot(page, 'account-sign-up-error-en');

    await form.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await settled(page, 'check-email');
    expect(await page.getByTestId('check-email').innerText()).toContain(email);
    await screenshot(page, 'account-check-email-en');

    // Not verified yet: the API refuses to create an organization.
    const verifyLink = await linkFromOutbox(admin, email, 'verify_email', '/verify-email');
    await page.goto(verifyLink);
    await page.getByText('Your e-mail address is verified').waitFor();
    await page.getByTestId('verified-sign-in').click();
    await page.waitForURL(/\/sign-in\?returnTo=/);
    await page.getByLabel('E-mail', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/my\/organization$/);
    expect(await page.getByTestId('signed-in-as').innerText()).toBe(name);

    // Register an organization: the creator becomes its org admin.
    const orgName = `Erika Labs ${stamp}`;
    await page.getByText('You do not belong to an organization yet.').waitFor();
    const create = page.getByTestId('create-organization');
    await create.getByLabel('Name in English', { exact: true }).fill(orgName);
    await choose(page, create, 'Type', '', 'Enterprise');
    await choose(page, create, 'Country or region', 'Germ', /^Germany$/);
    await create.getByLabel('City', { exact: true }).fill('Freiburg');
    await create.getByRole('button', { name: 'Register organization' }).click();
    await page.waitForURL(/\/my\/organization\?org=/);
    const heading = page.getByTestId('organization-name');
    expect(await heading.innerText()).toContain(orgName);
    expect(await heading.innerText()).toContain('Organization admin');
    const members = page.getByTestId('members');
    await members.getByText(email).waitFor();
    await screenshot(page, 'account-organization-en');

    // The account menu leads to the same page; no "Administration" for this user.
    await page.getByRole('button', { name: `${name}: account menu` }).click();
    const menuLinks = await page.locator('.account-menu-panel a').allInnerTexts();
    expect(menuLinks).toEqual(['My organization', 'My listings', 'Account']);
    await page.getByRole('link', { name: 'My listings' }).click();
    await page.waitForURL(/\/my\/listings$/);
    await page.getByText('This organization has no listings yet.').waitFor();
    expect(await page.getByTestId('listings-organization').innerText()).toBe(orgName);

    // Sign out from the menu, then reset the password through the outbox link.
    await page.getByRole('button', { name: `${name}: account menu` }).click();
    await page.getByTestId('sign-out').click();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    await page.goto('/sign-in');
    await page.getByTestId('forgot-password-link').click();
    await page.waitForURL(/\/forgot-password$/);
    // The sign-in form stays on screen while the next page loads: wait for the new page before typing.
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('E-mail', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Send the reset link' }).click();
    await settled(page, 'reset-requested');
    const resetLink = await linkFromOutbox(admin, email, 'reset_password', '/reset-password');
    await page.goto(resetLink);
    const newPassword = `violet harbour engine ${stamp}`;
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Repeat the new password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByTestId('password-reset-done').waitFor();
    await screenshot(page, 'account-reset-done-en');
    // The same link does not work twice.
    await page.goto(resetLink);
    await page.getByLabel('New password', { exact: true }).fill(`${newPassword} again`);
    await page.getByLabel('Repeat the new password', { exact: true }).fill(`${newPassword} again`);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('link', { name: 'Ask for a new reset link' }).waitFor();

    await page.goto('/sign-in?returnTo=%2Faccount');
    await page.getByLabel('E-mail', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/account$/);
    await page.getByTestId('account-email').waitFor();
    expect(await page.getByTestId('account-email').innerText()).toBe(email);
    await axeFree(page, 'account');
    await screenshot(page, 'account-page-en');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('the sign-up page is accessible and fits a 360 px screen in Chinese', async () => {
    const context = await newViewer(browser, { language: 'zh-CN', width: 360, height: 740 });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/sign-up');
    await page.getByTestId('sign-up-form').waitFor();
    await page.getByRole('heading', { level: 1, name: '注册账户' }).waitFor();
    await axeFree(page, 'sign-up 360 zh');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'account-sign-up-360-zh');
    expect(errors).toEqual([]);
    await context.close();
  });
});
