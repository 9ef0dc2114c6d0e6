import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newViewer, screenshot, seriousViolations, watchErrors, type Viewer } from './support.js';

/**
 * The insight dashboards (issue 7) against the demo data: each tab draws its charts, the table
 * view holds the numbers the API answers, CSV downloads work, staff-only tabs say so to visitors.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BROKER = { email: 'broker@demo.ittc', password: process.env.E2E_DEMO_PASSWORD ?? 'ittc-demo-2026' };

type BalanceRow = { key: string; label_en: string; label_zh: string; offers: number; requests: number; requests_matched: number };
type Kpi = { code: string; label_en: string; label_zh: string; kind: string; unit: string; total: number | null; series: { period: string; value: number | null }[] };
type FlowRow = { flow: string; seller_country: string; buyer_country: string; deals: number; agreements: number; registered: number };
type IndicatorValue = { region: string; region_label_en: string; year: number; value: number; source: string; note: string | null };

async function viewer(v: Viewer, staff = false): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await newViewer(browser, v);
  const page = await context.newPage();
  const errors = watchErrors(page);
  if (staff) {
    const response = await page.request.post('/api/auth/sign-in', { data: BROKER });
    expect(response.status()).toBe(200);
  }
  return { context, page, errors };
}

/** The API's answer for the same visitor (same cookies). */
async function api<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

/** Canvas drawn inside a chart figure. */
async function chartDrawn(page: Page, testId: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"] canvas`).first().waitFor();
}

/**
 * Serious and critical axe violations in the page's main region (the dashboards); the header's
 * account menu belongs to another feature and is checked by its own specs.
 */
async function noSeriousViolations(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  const inMain: string[] = [];
  for (const v of violations) {
    for (const node of v.nodes) {
      const selector = node.target.at(-1) ?? '';
      const isInMain = await page.evaluate((sel) => !!document.querySelector(sel)?.closest('#main'), selector);
      if (isInMain) inMain.push(`${v.impact} ${v.id}: ${v.help} @ ${selector}`);
    }
  }
  expect(inMain).toEqual([]);
}

/** Cell texts of a table's body rows. */
async function tableCells(page: Page, testId: string): Promise<string[][]> {
  const table = page.getByTestId(testId);
  await table.locator('tbody tr.ant-table-row').first().waitFor();
  return table.locator('tbody tr.ant-table-row').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td')).map((td) => (td.textContent ?? '').trim())));
}

const num = (text: string | undefined) => Number((text ?? '').replace(/[^\d.-]/g, ''));

/** Clicks a CSV download and returns the file's text. */
async function download(page: Page, scope: ReturnType<Page['getByTestId']>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), scope.getByTestId('csv-download').first().click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('insight dashboards for a visitor', () => {
  it('balance: chart, table with the API numbers, CSV, drill-down, staff-only tabs, language switch', async () => {
    const { context, page, errors } = await viewer({ language: 'en' });
    // The numbers the page was given (coverage may come from the engine or its fallback, call by call).
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/insight/balance' && r.status() === 200);
    await page.goto('/insight');
    await page.waitForURL(/\/insight\/balance$/);
    await chartDrawn(page, 'balance-chart');
    await noSeriousViolations(page);
    await screenshot(page, 'insight-balance-en');

    const balance = (await (await answered).json()) as { rows: BalanceRow[]; totals: { offers: number; requests: number } };
    // Offers and requests do not depend on the coverage method: the API answers them the same again.
    const again = await api<{ rows: BalanceRow[] }>(page, '/api/insight/balance?by=sector&locale=en');
    expect(again.rows.map((r) => [r.key, r.offers, r.requests])).toEqual(balance.rows.map((r) => [r.key, r.offers, r.requests]));
    const industries = balance.rows.filter((r) => !r.key.startsWith('wipo-'));
    expect(industries.length).toBeGreaterThan(5);
    expect(await page.getByTestId('balance-totals').innerText()).toContain(`${balance.totals.offers} offers and ${balance.totals.requests} requests`);

    const figure = page.getByTestId('balance-figure');
    await figure.getByText('Table', { exact: true }).click();
    const cells = await tableCells(page, 'balance-table');
    expect(cells.length).toBe(industries.length);
    const byLabel = new Map(industries.map((r) => [r.label_en, r]));
    for (const row of cells) {
      const api = byLabel.get(row[0] ?? '');
      expect(api, row[0]).toBeDefined();
      expect([num(row[1]), num(row[2]), num(row[3])]).toEqual([api!.offers, api!.requests, api!.requests_matched]);
    }

    const csv = await download(page, figure);
    expect(csv.name).toMatch(/^balance-sector.*\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('sector,sector_label_en,sector_label_zh,offers,requests,requests_matched,coverage,gap_index');
    expect(lines.length - 1).toBe(balance.rows.length);
    const first = industries[0]!;
    expect(lines.some((l) => l.startsWith(`${first.key},`) && l.includes(`,${first.offers},${first.requests},${first.requests_matched},`))).toBe(true);

    // Drill-down: a sector's public listings.
    const sector = industries.find((r) => r.offers > 0 && r.requests > 0)!;
    await page.getByRole('button', { name: `Show the listings of ${sector.label_en}` }).click();
    const drill = page.getByTestId('balance-drill');
    await drill.getByRole('heading', { name: `Listings in ${sector.label_en}` }).waitFor();
    await drill.locator('[data-testid="drill-offers"], [data-testid="drill-requests"]').first().waitFor();
    const shownIds = await drill.locator('a[href^="/listings/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.replace('/listings/', '')));
    expect(shownIds.length).toBeGreaterThan(0);
    const publicIds = new Set<string>();
    for (const kind of ['technology_offer', 'technology_request']) {
      const page1 = await api<{ items: { id: string; visibility: string }[] }>(page, `/api/listings?sector=${sector.key}&kind=${kind}&status=published&page_size=100`);
      for (const l of page1.items) if (l.visibility === 'public') publicIds.add(l.id);
    }
    expect(shownIds.every((id) => publicIds.has(id))).toBe(true);

    // Staff-only tabs tell a visitor to sign in.
    await page.getByTestId('tab-kpis').click();
    await page.getByTestId('staff-only').getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.locator('canvas').count()).toBe(0);
    await noSeriousViolations(page);

    // Language switch.
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '数据洞察' }).waitFor();
    await page.getByTestId('tab-balance').click();
    await chartDrawn(page, 'balance-chart');
    expect(await page.getByTestId('tab-balance').innerText()).toBe('供需平衡');
    expect(await page.getByTestId('balance-totals').innerText()).toContain(`共 ${balance.totals.offers} 项供给`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('benchmarks: the region against peers, with source, notes, table and CSV', async () => {
    const { context, page, errors } = await viewer({ language: 'en' });
    await page.goto('/insight/benchmarks');
    await chartDrawn(page, 'benchmark-chart');
    await chartDrawn(page, 'benchmark-latest-chart');
    await noSeriousViolations(page);
    await screenshot(page, 'insight-benchmarks-en');

    const values = await api<{ items: IndicatorValue[] }>(page, '/api/indicators?region=CN-GD-SZ,DE,US,KR,SG&indicator=rd_intensity_pct');
    expect(values.items.length).toBeGreaterThan(0);
    const sources = await page.getByTestId('benchmark-sources').innerText();
    for (const s of new Set(values.items.map((v) => v.source))) expect(sources).toContain(s);
    for (const n of new Set(values.items.map((v) => v.note).filter(Boolean))) expect(sources).toContain(n);

    const panel = page.getByTestId('benchmark-series');
    await panel.getByText('Table', { exact: true }).click();
    const cells = await tableCells(page, 'benchmark-table');
    expect(cells.length).toBe(values.items.length);
    for (const v of values.items) {
      expect(cells.some((c) => c[0] === v.region_label_en && c[1] === String(v.year) && num(c[2]) === v.value), `${v.region} ${v.year}`).toBe(true);
    }
    const csv = await download(page, panel);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('region,region_label_en,region_label_zh,indicator,year,value,unit,source,source_url,note');
    expect(lines.length - 1).toBe(values.items.length);

    // Success stories: what the feed publishes (with both parties' consent).
    await page.getByTestId('tab-stories').click();
    const feed = await (await page.request.get('/feeds/success-stories.atom?lang=en')).text();
    const entries = (feed.match(/<entry>/g) ?? []).length;
    if (entries === 0) await page.getByText('No success story has been published yet.').waitFor();
    else {
      await page.getByTestId('stories').locator('li').first().waitFor();
      expect(await page.getByTestId('stories').locator('li').count()).toBe(entries);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('insight dashboards for a broker', () => {
  it('KPIs in Chinese: series and funnel charts, a table with the API numbers, CSV', async () => {
    const { context, page, errors } = await viewer({ language: 'zh-CN' }, true);
    await page.goto('/insight/kpis');
    await chartDrawn(page, 'kpi-chart');
    await chartDrawn(page, 'funnel-chart');
    await noSeriousViolations(page);
    await screenshot(page, 'insight-kpis-zh');

    const kpis = await api<{ periods: string[]; kpis: Kpi[]; funnel: { stage: string; label_zh: string; deals: number }[] }>(page, '/api/insight/kpis?interval=month&locale=zh');
    const eois = kpis.kpis.find((k) => k.code === 'eois')!;
    expect(await page.locator('[data-kpi="eois"] .stat-value').innerText()).toBe(String(eois.total));

    const panel = page.getByTestId('kpi-series');
    await panel.getByText('表格', { exact: true }).click();
    const cells = await tableCells(page, 'kpi-table');
    const flowKpis = kpis.kpis.filter((k) => k.kind === 'flow');
    expect(cells.length).toBe(flowKpis.length);
    for (const k of flowKpis.filter((k) => k.unit === 'count')) {
      const row = cells.find((c) => c[0] === k.label_zh)!;
      expect(row, k.code).toBeDefined();
      expect(row.slice(1, 1 + kpis.periods.length).map(num), k.code).toEqual(k.series.map((s) => s.value));
      expect(num(row.at(-1)), k.code).toBe(k.total);
    }
    const csv = await download(page, panel);
    expect(csv.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(['code', 'label_en', 'label_zh', 'unit', 'total', ...kpis.periods].join(','));

    const funnel = page.getByTestId('kpi-funnel');
    await funnel.getByText('表格', { exact: true }).click();
    const stages = await tableCells(page, 'funnel-table');
    expect(stages.map((s) => [s[0], num(s[1])])).toEqual(kpis.funnel.map((s) => [s.label_zh, s.deals]));
    const funnelCsv = await download(page, funnel);
    expect(funnelCsv.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('stage,label_en,label_zh,deals,from_previous,from_start');

    // Grain: quarters.
    const quarterly = page.waitForResponse((r) => r.url().includes('/api/insight/kpis') && r.url().includes('interval=quarter'));
    await page.getByLabel('粒度').click();
    await page.getByTitle('季度', { exact: true }).click();
    expect((await quarterly).status()).toBe(200);
    await panel.locator('th', { hasText: /^\d{4}Q\d$/ }).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('flows: Sankey and class bars, a table in CNY and USD matching the API, CSV; gap list on the balance', async () => {
    const { context, page, errors } = await viewer({ language: 'en' }, true);
    await page.goto('/insight/flows');
    await chartDrawn(page, 'flows-chart');
    await chartDrawn(page, 'flows-bars');
    await noSeriousViolations(page);

    const flows = await api<{ rows: FlowRow[] }>(page, '/api/insight/flows?measure=deals');
    const panel = page.getByTestId('flows-sankey');
    await panel.getByText('Table', { exact: true }).click();
    const cells = await tableCells(page, 'flows-table');
    expect(cells.length).toBe(flows.rows.length);
    expect(cells.map((c) => [num(c[3]), num(c[4]), num(c[5])])).toEqual(flows.rows.map((r) => [r.deals, r.agreements, r.registered]));
    expect(cells.some((c) => /CN¥/.test(c[6] ?? '') && /\$/.test(c[7] ?? ''))).toBe(true);
    const csv = await download(page, panel);
    expect(csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/).length - 1).toBe(flows.rows.length);

    await page.getByTestId('tab-balance').click();
    await chartDrawn(page, 'balance-chart');
    const gaps = await api<{ rows: { label_en: string }[] }>(page, '/api/insight/gaps?direction=import&locale=en');
    const list = page.getByTestId('gap-list');
    if (gaps.rows.length) await list.getByRole('heading', { name: new RegExp(gaps.rows[0]!.label_en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().waitFor();
    await noSeriousViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a 360 px screen in Chinese', async () => {
    const { context, page, errors } = await viewer({ language: 'zh-CN', width: 360, height: 740 }, true);
    for (const tab of ['balance', 'kpis', 'flows', 'benchmarks']) {
      await page.goto(`/insight/${tab}`);
      await page.locator('.insight-figure canvas').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, tab).toBeLessThanOrEqual(0);
    }
    await noSeriousViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
