import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.js';
import { createTestUser, type TestUser } from '../../../test/support/accounts.js';
import { testDatabases } from '../../../test/support/databases.js';
import { ES, L, loadInsightFixture, SECRET } from '../../../test/support/insight-fixture.js';
import type { AppDeps } from '../../compose.js';
import type { Database } from '../../store/db.js';
import type { ZApp } from '../app.js';

type Row = { key: string; keys: string[]; offers: number; requests: number; requests_matched: number; gap_index: number | null };

describe.each(testDatabases())('insight API on $kind', (factory) => {
  let database: Database;
  let app: ZApp;
  let deps: AppDeps;
  let broker: TestUser;
  let member: TestUser;

  beforeAll(async () => {
    database = await factory.open();
    ({ app, deps } = await testApp(database));
    await loadInsightFixture(database);
    broker = await createTestUser(deps, { roles: ['broker'] });
    member = await createTestUser(deps);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const get = async (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
  const listingsTotal = async (query: string, headers: Record<string, string> = {}) => {
    const r = await get(`/api/listings?status=published&page_size=1&${query}`, headers);
    expect(r.statusCode).toBe(200);
    return r.json().total as number;
  };

  /** The brief's equality: every balance row counts what GET /api/listings counts with the same filters. */
  const expectAgreesWithListings = async (by: string, filterOf: (key: string) => string | null, extra = '', headers: Record<string, string> = {}) => {
    const r = await get(`/api/insight/balance?by=${by}${extra}`, headers);
    expect(r.statusCode).toBe(200);
    const rows = r.json().rows as Row[];
    expect(rows.length).toBeGreaterThan(0);
    let compared = 0;
    for (const row of rows) {
      const filter = filterOf(row.key);
      if (filter === null) continue;
      expect([row.key, row.offers]).toEqual([row.key, await listingsTotal(`kind=technology_offer&${filter}${extra}`, headers)]);
      expect([row.key, row.requests]).toEqual([row.key, await listingsTotal(`kind=technology_request&${filter}${extra}`, headers)]);
      compared++;
    }
    return compared;
  };

  it('counts each sector exactly as GET /api/listings does, for visitors and members', async () => {
    expect(await expectAgreesWithListings('sector', (k) => `sector=${k}`)).toBe(4);
    expect(await expectAgreesWithListings('sector', (k) => `sector=${k}`, '', member.headers())).toBe(5);
  });

  it('agrees with GET /api/listings by country, TRL and TRL band, and under extra filters', async () => {
    expect(await expectAgreesWithListings('country', (k) => `country=${k}`)).toBe(3);
    expect(await expectAgreesWithListings('trl', (k) => (k === 'none' ? null : `trl_min=${k}&trl_max=${k}`))).toBeGreaterThan(3);
    expect(await expectAgreesWithListings('trl_band', (k) => (k === 'none' ? null : `trl_min=${k[0]}&trl_max=${k[2]}`))).toBe(2);
    expect(await expectAgreesWithListings('sector', (k) => `sector=${k}`, '&country=CN&ipc=H01', member.headers())).toBeGreaterThan(0);
  });

  it('answers the brief’s shape with bilingual labels and the gap index', async () => {
    const r = await get('/api/insight/balance?by=sector&period=2026Q3&locale=zh');
    const body = r.json();
    expect(body.period).toBe('2026Q3');
    const es = body.rows.find((x: Row) => x.key === ES);
    expect(es).toMatchObject({ label: '电池与储能', label_en: 'Batteries and energy storage', label_zh: '电池与储能', offers: 1, requests: 2 });
    expect(es.gap_index).toBeCloseTo(1 / 3, 4);
    // The server asks the matching engine (the fixture's texts match nothing strongly); the store tests cover sector overlap.
    expect(body.coverage_method).toBe('engine');
    expect(body.rows.every((r: Row) => r.requests_matched <= r.requests)).toBe(true);
  });

  it('downloads the balance as CSV', async () => {
    const r = await get('/api/insight/balance?by=sector,country&format=csv');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    expect(r.headers['content-disposition']).toContain('balance-sector-country.csv');
    const lines = r.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('sector,country,sector_label_en,sector_label_zh,country_label_en,country_label_zh,offers,requests,requests_matched,coverage,gap_index');
    expect(lines).toContain(`${ES},DE,Batteries and energy storage,电池与储能,Germany,德国,1,0,0,,-1`);
  });

  it('reports bad parameters with their codes', async () => {
    expect((await get('/api/insight/balance?by=colour')).json().error.code).toBe('INSIGHT_DIMENSION_INVALID');
    expect((await get('/api/insight/balance?period=2026Q5')).json().error.code).toBe('INSIGHT_PERIOD_INVALID');
    const r = await get('/api/insight/balance?status=draft');
    expect([r.statusCode, r.json().error.code]).toEqual([400, 'INSIGHT_QUERY_INVALID']);
  });

  it('keeps the broker views for brokers', async () => {
    for (const path of ['/api/insight/gaps', '/api/insight/flows', '/api/insight/kpis']) {
      expect((await get(path)).statusCode).toBe(401);
      expect((await get(path, member.headers())).statusCode).toBe(403);
      expect((await get(path, broker.headers())).statusCode).toBe(200);
    }
  });

  it('serves the gap list, flows and KPIs with CSV forms', async () => {
    const gaps = (await get('/api/insight/gaps?direction=import', broker.headers())).json();
    expect(gaps.home).toMatchObject({ key: 'CN-GD-SZ', label_en: 'Shenzhen, Guangdong, China' });
    expect(gaps.rows[0]).toMatchObject({ sector: ES, home_requests: 2, home_offers: 1, gap: 1 });
    expect(gaps.rows[0].counterparts[0]).toMatchObject({ id: L.L1, country: 'DE', owner_name: 'Isar Batterie GmbH' });
    expect(JSON.stringify(gaps)).not.toContain(SECRET);

    const flows = (await get('/api/insight/flows?period=2026Q3&measure=registered_value_cny_minor', broker.headers())).json();
    expect(flows.sankey.links).toEqual([
      { source: 'seller:DE', target: 'buyer:CN', value: 783_000_000, flow: 'inbound' },
      { source: 'seller:CN', target: 'buyer:US', value: 130_000_000, flow: 'outbound' },
    ]);
    const flowCsv = await get('/api/insight/flows?period=2026Q3&format=csv', broker.headers());
    expect(flowCsv.body).toContain('inbound,Inbound international,国际引进,DE,CN,,,1,1,1,783000000,120461538,0');

    const kpis = (await get('/api/insight/kpis?period=2026Q3&interval=month', broker.headers())).json();
    expect(kpis.periods).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(kpis.kpis.find((k: { code: string }) => k.code === 'registered_contracts')).toMatchObject({ total: 2, series: [{ period: '2026-07', value: 0 }, { period: '2026-08', value: 1 }, { period: '2026-09', value: 1 }] });
    const kpiCsv = await get('/api/insight/kpis?period=2026Q3&interval=month&format=csv', broker.headers());
    expect(kpiCsv.body).toContain('eois,Expressions of interest,合作意向数,count,5,3,1,1');
  });

  it('renders the public statistics page at /stats, bilingual, without confidential text', async () => {
    const r = await get('/stats');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.body).toContain('Supply and demand by sector · 分领域供需');
    expect(r.body).toContain('Batteries and energy storage · 电池与储能');
    expect(r.body).not.toContain(SECRET);
    const zh = await get('/stats?lang=zh');
    expect(zh.body).toContain('<html lang="zh-CN">');
    const json = (await get('/api/public/stats')).json();
    expect(json.headline).toMatchObject({ offers: 4, requests: 4, registered_contracts: 2 });
    const csv = await get('/api/public/stats?format=csv&table=trend');
    expect(csv.body).toContain('2026-08,2,2');
  });

  it('publishes public listings in the Atom feed, per sector too, and never confidential details', async () => {
    const r = await get('/feeds/listings.atom');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(r.body).toContain(`urn:uuid:${L.L12}`);
    expect(r.body).not.toContain(`urn:uuid:${L.L10}`); // members only
    expect(r.body).not.toContain(`urn:uuid:${L.L8}`); // expired
    expect(r.body).not.toContain(SECRET);
    const sector = await get('/feeds/listings.atom?sector=wipo-08');
    expect((sector.body.match(/<entry>/g) ?? []).length).toBe(2);
    expect((await get('/feeds/listings.atom?sector=nonsense')).statusCode).toBe(400);
  });

  it('publishes success stories only with both parties’ consent', async () => {
    const r = await get('/feeds/success-stories.atom');
    expect((r.body.match(/<entry>/g) ?? []).length).toBe(1);
    expect(r.body).toContain('Pengcheng Storage (China) and Valley Robotics Inc. (United States)');
  });

  it('lists and compares indicators with the source of every number', async () => {
    const now = deps.clock.now();
    await deps.insight.indicators.upsert(
      [
        { region: 'CN', year: 2021, indicator: 'rd_intensity_pct', value: 2.43, unit: 'percent', source: 'Test source A', sourceUrl: null, note: null },
        { region: 'DE', year: 2021, indicator: 'rd_intensity_pct', value: 3.13, unit: 'percent', source: 'Test source A', sourceUrl: null, note: null },
        { region: 'DE', year: 2020, indicator: 'rd_intensity_pct', value: 3.11, unit: 'percent', source: 'Test source B', sourceUrl: null, note: null },
      ],
      now,
    );
    const list = (await get('/api/indicators?region=DE&indicator=rd_intensity_pct')).json();
    expect(list.items.map((i: { year: number; source: string }) => [i.year, i.source])).toEqual([[2020, 'Test source B'], [2021, 'Test source A']]);
    const cmp = (await get('/api/indicators/compare?region=CN&peers=DE&indicator=rd_intensity_pct')).json();
    expect(cmp.indicators[0].latest).toEqual([
      expect.objectContaining({ region: 'CN', year: 2021, value: 2.43, normalized: 77.64, source: 'Test source A' }),
      expect.objectContaining({ region: 'DE', year: 2021, value: 3.13, normalized: 100 }),
    ]);
    const catalogue = (await get('/api/indicators/catalogue')).json();
    expect(catalogue.indicators.find((i: { code: string }) => i.code === 'rd_intensity_pct')).toMatchObject({ regions: 2, year_min: 2020, year_max: 2021 });
    expect((await get('/api/indicators?region=XX-!!')).json().error.code).toBe('INSIGHT_QUERY_INVALID');
  });

  it('documents the insight routes in the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).json();
    for (const p of ['/api/insight/balance', '/api/insight/gaps', '/api/insight/flows', '/api/insight/kpis', '/api/indicators', '/api/indicators/compare', '/api/public/stats']) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
  });
});
