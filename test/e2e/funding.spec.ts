import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newViewer, screenshot, seriousViolations, watchErrors } from './support.js';

const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? 'ittc-demo-2026';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A viewer signed in as a demo user (the session cookie is shared by the context's pages). */
async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await newViewer(browser, { language: 'en' });
  const response = await context.request.post('/api/auth/sign-in', { data: { email, password: PASSWORD } });
  expect(response.status(), `sign in ${email}`).toBe(200);
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

/** Opens an antd select by its label and picks the option with exactly this text. */
async function choose(page: Page, scope: ReturnType<Page['locator']>, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).click();
  const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).first();
  await item.waitFor();
  await item.click();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('a funding call from publication to award', () => {
  it('the funder publishes a call, a member applies, a reviewer scores, the funder ranks (awards wait for the deadline)', async () => {
    const marker = `Quasar ${Date.now().toString(36)}`;
    const callTitle = `${marker} robotics adoption grant`;
    const appTitle = `${marker} cobot deburring cell`;

    // The funder drafts and publishes the call.
    const funder = await signedIn('funder@demo.ittc');
    await funder.page.goto('/calls/new');
    await funder.page.getByLabel('Title', { exact: true }).fill(callTitle);
    await funder.page.getByLabel('Theme', { exact: true }).fill('Collaborative robots for SMEs');
    await funder.page.getByLabel('Total budget', { exact: true }).fill('1000000');
    await funder.page.getByLabel('Per-project ceiling', { exact: true }).fill('300000');
    await funder.page.getByLabel('Closes', { exact: true }).fill(isoIn(30));
    await funder.page.getByTestId('call-create').click();
    await funder.page.waitForURL(/\/calls\/[^/]+\/manage$/);
    const callId = funder.page.url().split('/').at(-2)!;
    await funder.page.getByTestId('publish-button').click();
    await funder.page.getByText('Open', { exact: true }).first().waitFor();

    // A member of a Shenzhen firm applies with a new application.
    const member = await signedIn('shenzhen@demo.ittc');
    await member.page.goto(`/calls/${callId}`);
    await member.page.getByRole('heading', { level: 1, name: callTitle }).waitFor();
    expect(await member.page.getByTestId('call-ceiling').innerText()).toBe('CN¥300,000');
    await member.page.getByTestId('apply-button').click();
    const form = member.page.getByTestId('apply-form');
    await form.getByLabel('Title', { exact: true }).fill(appTitle);
    await form.getByLabel('Plan', { exact: true }).fill('License a vision system and integrate it into our deburring line.');
    await form.getByLabel('Requested amount (CNY)', { exact: true }).fill('250000');
    await form.getByLabel('Milestone 1', { exact: true }).fill('Pilot cell running');
    await form.getByLabel('Due on', { exact: true }).fill(isoIn(120));
    await form.getByLabel('Tranche (CNY)', { exact: true }).fill('250000');
    await form.getByTestId('apply-submit').click();
    await member.page.getByTestId('apply-done').waitFor();

    // The funder assigns an independent reviewer by e-mail.
    await funder.page.reload();
    const row = funder.page.getByTestId('application-row').filter({ hasText: appTitle });
    await row.getByTestId('reviewer-email').fill('reviewer@demo.ittc');
    await row.getByTestId('assign-button').click();
    await row.getByText('1 reviewer assigned').waitFor();

    // The reviewer declares no conflict and scores every criterion.
    const reviewer = await signedIn('reviewer@demo.ittc');
    await reviewer.page.goto('/reviews');
    const card = reviewer.page.getByTestId('assignment').filter({ hasText: appTitle });
    await choose(reviewer.page, card, 'Economic and technological impact (50%), score 0–10', '8');
    await choose(reviewer.page, card, 'Feasibility of the plan (30%), score 0–10', '7');
    await choose(reviewer.page, card, 'Team and partners (20%), score 0–10', '6');
    await card.getByLabel('Comment on Economic and technological impact').fill('Clear customer pull.');
    await card.getByTestId('declare-no-conflict').click();
    await card.getByTestId('review-submit').click();
    // 50 × 8 + 30 × 7 + 20 × 6 = 730 hundredths.
    expect(await card.getByTestId('review-done').innerText()).toContain('weighted score 7.3');

    // The funder sees the weighted score. Decisions are made once the deadline has passed
    // (src/core/funding/decide-application.ts), so on the day of publication the award is
    // refused with that domain error, shown as is; nothing is written.
    await funder.page.reload();
    const ranked = funder.page.getByTestId('application-row').filter({ hasText: appTitle });
    expect(await ranked.getByTestId('weighted-score').innerText()).toContain('7.3 / 10 from 1 review');
    await ranked.getByTestId('award-amount').fill('250000');
    await ranked.getByTestId('award-button').click();
    expect(await ranked.getByTestId('apply-refusal').innerText()).toContain(`Decisions are made after the call closes on ${isoIn(30)}.`);
    expect(await funder.page.getByTestId('remaining').innerText()).toBe('CN¥1,000,000');

    expect([...funder.errors, ...member.errors, ...reviewer.errors]).toEqual([]);
    await Promise.all([funder.context.close(), member.context.close(), reviewer.context.close()]);
  });

  it('the funder awards within the ceiling on a call that has closed, and is refused above it; the grant appears with its schedule', async () => {
    const funder = await signedIn('funder@demo.ittc');
    const calls = (await (await funder.context.request.get('/api/calls?page_size=100')).json()) as { items: { id: string; title: string }[] };
    const closed = calls.items.find((c) => c.title.startsWith('Lab-to-market validation vouchers'));
    expect(closed, 'the demo call that closed last week').toBeTruthy();
    await funder.page.goto(`/calls/${closed!.id}/manage`);
    const over = funder.page.getByTestId('application-row').filter({ hasText: 'Clinical usability test of the hip exoskeleton controller' });
    await over.waitFor();
    // Above the per-project ceiling (CNY 2 million): the domain error, nothing written.
    await over.getByTestId('award-amount').fill('2500000');
    await over.getByTestId('award-button').click();
    await over.getByTestId('apply-refusal').waitFor();
    expect(await funder.page.getByTestId('remaining').innerText()).toBe('CN¥4,000,000');

    const row = funder.page.getByTestId('application-row').filter({ hasText: 'Qualifying licensed SiC trench MOSFETs for traction inverters' });
    await row.getByTestId('award-amount').fill('1800000');
    await row.getByTestId('award-button').click();
    await funder.page.getByTestId('grants').filter({ hasText: 'Qualifying licensed SiC trench MOSFETs' }).waitFor();
    expect(await funder.page.getByTestId('remaining').innerText()).toBe('CN¥2,200,000');
    expect(await funder.page.getByTestId('grants').innerText()).toContain('CN¥1,800,000');
    await screenshot(funder.page, 'call-awarded-en');
    expect(funder.errors).toEqual([]);
    await funder.context.close();
  });

  it('lists calls without serious accessibility violations', async () => {
    const context = await newViewer(browser, { language: 'en' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/calls');
    await page.getByTestId('call-card').first().waitFor();
    await screenshot(page, 'calls-en');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('call-card').first().getByRole('link').click();
    await page.getByTestId('criteria').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
