import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated, testDatabases } from '../../test/support/databases.js';
import { BM, D, ES, FIXTURE_NOW, L, loadInsightFixture, ORG, RB } from '../../test/support/insight-fixture.js';
import { getBalance } from '../core/insight/get-balance.js';
import { getFlows } from '../core/insight/get-flows.js';
import { getKpis } from '../core/insight/get-kpis.js';
import { listGaps } from '../core/insight/list-gaps.js';
import { getPublicStats } from '../core/insight/get-public-stats.js';
import type { InsightDeps } from '../core/insight/ports.js';
import { parseHomeRegion } from '../core/insight/regions.js';
import { ANONYMOUS, type Actor } from '../core/shared/actor.js';
import type { Database } from './db.js';
import { createIndicatorStore } from './indicator-store.js';
import { createKpiSource } from './insight-kpis.js';
import { createInsightStore } from './insight-store.js';
import { createDealStore } from './deal-store.js';
import { createRateStore, toRateTable } from './rate-store.js';
import { dealContributions, DERIVED_KPIS } from '../core/programs/deal-outcomes.js';

const broker: Actor = { kind: 'user', userId: 'u-broker', organizationIds: [], roles: ['broker'] };
const member: Actor = { kind: 'user', userId: 'u-member', organizationIds: [], roles: [] };

const byKey = <T extends { key: string }>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.key, r]));
const counts = (r: { offers: number; requests: number; requestsMatched: number }) => [r.offers, r.requests, r.requestsMatched];

describe.each(testDatabases())('insight aggregations on $kind', (factory) => {
  let database: Database;
  let deps: InsightDeps;

  beforeAll(async () => {
    database = await openMigrated(factory);
    await loadInsightFixture(database);
    const db = database.db;
    deps = {
      store: createInsightStore(db),
      kpis: createKpiSource(db),
      indicators: createIndicatorStore(db),
      coverage: null,
      clock: { now: () => FIXTURE_NOW },
      home: parseHomeRegion('CN/Guangdong/Shenzhen'),
      utcOffsetMinutes: 480,
    };
  }, 120_000);
  afterAll(async () => database?.close());

  it('counts public published offers and requests by sector for anonymous visitors, with sector-overlap coverage', async () => {
    const r = await getBalance(deps, ANONYMOUS, { by: 'sector' });
    const rows = byKey(r.rows);
    // Offers L1 (ES, wipo-01), L2 (RB), L3 (ES), L12 (wipo-08); requests L4 (ES), L5 (RB, ES), L7 (RB), L13 (wipo-08).
    expect(Object.keys(rows)).toEqual([ 'wipo-01', 'wipo-08', ES, RB ]);
    expect(counts(rows[ES]!)).toEqual([2, 2, 2]);
    expect(counts(rows['wipo-01']!)).toEqual([1, 0, 0]);
    expect(counts(rows[RB]!)).toEqual([1, 2, 2]);
    expect(counts(rows['wipo-08']!)).toEqual([1, 1, 1]);
    expect(rows[RB]!.gapIndex).toBe(0.3333);
    expect(rows['wipo-01']!.gapIndex).toBe(-1);
    expect(rows[ES]!.label).toEqual({ en: 'Batteries and energy storage', zh: '电池与储能' });
    expect(r.totals).toMatchObject({ offers: 4, requests: 4, requestsMatched: 4 });
    expect(r.coverageMethod).toBe('sector_overlap');
  });

  it('adds members-only listings for signed-in users', async () => {
    const rows = byKey((await getBalance(deps, member, { by: 'sector' })).rows);
    // L10 (members, DE offer in BM) and L6 (members, SZ1 request in BM); BM is now offered, so L6 is matched.
    expect(counts(rows[BM]!)).toEqual([1, 1, 1]);
  });

  it('restricts to listings published in the period, in the center calendar (UTC+8)', async () => {
    const rows = byKey((await getBalance(deps, ANONYMOUS, { by: 'sector', period: '2026Q3' })).rows);
    // L3 was published at 04:00 on 1 October Shenzhen time: not in Q3.
    expect(counts(rows[ES]!)).toEqual([1, 2, 2]);
    const q4 = byKey((await getBalance(deps, ANONYMOUS, { by: 'sector', period: '2026Q4' })).rows);
    expect(counts(q4[ES]!)).toEqual([1, 0, 0]);
  });

  it('gives a series by month with every month of the range', async () => {
    const r = await getBalance(deps, ANONYMOUS, { by: 'trl_band', period: '2026-07..2026-09', interval: 'month', includeEmpty: true });
    const july = r.rows.filter((x) => x.period === '2026-07');
    // July: offer L1 (TRL 6); requests L4 (TRL 4), L7 (TRL 5).
    expect(july.find((x) => x.key === '4-6')).toMatchObject({ offers: 1, requests: 2 });
    expect(new Set(r.rows.map((x) => x.period))).toEqual(new Set(['2026-07', '2026-08', '2026-09']));
    expect(r.rows).toHaveLength(3 * 4);
  });

  it('maps IPC codes to WIPO fields', async () => {
    const rows = byKey((await getBalance(deps, ANONYMOUS, { by: 'wipo' })).rows);
    // H01M -> field 1 (L1, L3 offers; L4 request); B25J -> field 25 (L2 offer; L5 request); H01L -> field 8 (L12; L13).
    expect(counts(rows['wipo-01']!).slice(0, 2)).toEqual([2, 1]);
    expect(counts(rows['wipo-25']!).slice(0, 2)).toEqual([1, 1]);
    expect(counts(rows['wipo-08']!).slice(0, 2)).toEqual([1, 1]);
  });

  it('places Chinese owners by province and city, whatever the script they wrote them in', async () => {
    const rows = byKey((await getBalance(deps, ANONYMOUS, { by: 'region' })).rows);
    // SZ1 (Shenzhen) offers L3; SZ2 (广东省/深圳市) offers L12 and asks L5; SZ1 asks L4; GZ asks L7.
    expect(counts(rows['CN-GD-SZ']!).slice(0, 2)).toEqual([2, 2]);
    expect(counts(rows['CN-GD-GZ']!).slice(0, 2)).toEqual([0, 1]);
    expect(rows['CN-GD-SZ']!.label).toEqual({ en: 'Shenzhen, Guangdong', zh: '广东深圳' });
    const provinces = byKey((await getBalance(deps, ANONYMOUS, { by: 'region', regionLevel: 'province' })).rows);
    expect(counts(provinces['CN-GD']!).slice(0, 2)).toEqual([2, 3]);
  });

  it('crosses two dimensions', async () => {
    const rows = byKey((await getBalance(deps, ANONYMOUS, { by: 'sector,country' })).rows);
    expect(counts(rows[`${ES}|DE`]!).slice(0, 2)).toEqual([1, 0]);
    expect(counts(rows[`${ES}|CN`]!).slice(0, 2)).toEqual([1, 2]);
  });

  it('lists sectors where Shenzhen demand outstrips local supply, with foreign offers ranked by IPC affinity', async () => {
    const r = await listGaps(deps, broker, { direction: 'import' });
    // ES: home requests L4, L5 vs home offer L3 (gap 1, two requests); BM: L6 vs none; RB: L5 vs none.
    expect(r.rows.map((x) => [x.sector, x.homeRequests, x.homeOffers, x.gap])).toEqual([
      [ES, 2, 1, 1],
      [BM, 1, 0, 1],
      [RB, 1, 0, 1],
    ]);
    expect(r.rows[0]!.counterparts.map((c) => [c.id, c.country, c.affinity])).toEqual([[L.L1, 'DE', 1]]);
    expect(r.rows[2]!.counterparts.map((c) => [c.id, c.affinity])).toEqual([[L.L2, 1]]);
    expect(r.rows[2]!.domesticRequests).toBe(1);
  });

  it('lists the mirror: home supply above home demand, with foreign requests', async () => {
    const r = await listGaps(deps, broker, { direction: 'export' });
    expect(r.rows.map((x) => x.sector)).toEqual(['wipo-08']);
    expect(r.rows[0]!.counterparts.map((c) => [c.id, c.affinity])).toEqual([[L.L13, 1]]);
  });

  it('refuses the gap list to visitors and plain members', async () => {
    await expect(listGaps(deps, ANONYMOUS, {})).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
    await expect(listGaps(deps, member, {})).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  });

  it('classifies flows and converts registered values with the dated rates', async () => {
    const r = await getFlows(deps, broker, { period: '2026Q3' });
    const totals = Object.fromEntries(r.totals.map((t) => [t.flow, t]));
    expect(totals.inbound).toMatchObject({ deals: 1, agreements: 1, registered: 1, registeredValueCnyMinor: 783_000_000, registeredValueUsdMinor: 120_461_538 });
    expect(totals.outbound).toMatchObject({ deals: 1, agreements: 1, registered: 1, registeredValueCnyMinor: 130_000_000, registeredValueUsdMinor: 20_000_000 });
    expect(totals.local).toMatchObject({ deals: 1, agreements: 1, registered: 0 });
    expect(totals.domestic_outbound).toMatchObject({ deals: 1 });
    expect(totals.domestic_inbound).toMatchObject({ deals: 1 });
    expect(r.rows.map((x) => [x.flow, x.sellerCountry, x.buyerCountry])).toEqual([
      ['local', 'CN', 'CN'],
      ['domestic_inbound', 'CN', 'CN'],
      ['domestic_outbound', 'CN', 'CN'],
      ['inbound', 'DE', 'CN'],
      ['outbound', 'CN', 'US'],
    ]);
    expect(r.sankey.links.find((x) => x.source === 'seller:DE')).toMatchObject({ target: 'buyer:CN', value: 1, flow: 'inbound' });
  });

  it('computes KPIs that agree with the fixture and with the flows', async () => {
    const r = await getKpis(deps, broker, { period: '2026Q3' });
    const k = Object.fromEntries(r.kpis.map((x) => [x.code, x.total]));
    expect(k).toMatchObject({
      listings_published: 10,
      offers_published: 4,
      requests_published: 6,
      matches_suggested: 2,
      matches_acted_on: 1,
      eois: 5,
      ndas: 3, // D1 (25 July), D2 (5 August), D4 (8 July)
      agreements: 3,
      registered_contracts: 2,
      registered_value_cny_minor: 913_000_000,
      registered_value_usd_minor: 140_461_538,
      registered_unconverted: 0,
      closed_won: 1,
      eoi_to_agreement_days_median: 20,
      stale_listings: 1,
    });
    expect(k.eoi_to_agreement_days_p90).toBeCloseTo(32.8, 9);
    expect(r.funnel.map((s) => s.deals)).toEqual([5, 4, 3, 3, 3, 2, 1]);
    expect(r.funnel[1]!.fromPrevious).toBe(0.8);
    const flows = await getFlows(deps, broker, { period: '2026Q3' });
    const sum = (f: 'deals' | 'agreements' | 'registered' | 'registeredValueCnyMinor') => flows.totals.reduce((s, t) => s + t[f], 0);
    expect([sum('deals'), sum('agreements'), sum('registered'), sum('registeredValueCnyMinor')]).toEqual([k.eois, k.agreements, k.registered_contracts, k.registered_value_cny_minor]);
  });

  it('gives KPI series per month that sum to the totals', async () => {
    const r = await getKpis(deps, broker, { period: '2026Q3', interval: 'month' });
    const eois = r.kpis.find((x) => x.code === 'eois')!;
    expect(eois.series).toEqual([
      { period: '2026-07', value: 3 },
      { period: '2026-08', value: 1 },
      { period: '2026-09', value: 1 },
    ]);
    for (const kpi of r.kpis.filter((x) => x.unit === 'count' && x.kind === 'flow')) {
      expect(kpi.series.reduce((s, p) => s + (p.value ?? 0), 0)).toBe(kpi.total);
    }
  });

  it('computes the programmes’ deal-derived KPIs center-wide exactly as their per-deal rules do', async () => {
    const deals = createDealStore(database.db);
    const rates = toRateTable(await createRateStore(database.db).ratesOn('2026-12-31'));
    const expected = new Map<string, number>();
    for (const id of Object.values(D)) {
      const { contributions } = dealContributions((await deals.findById(id))!, 'CNY', 'CN', rates);
      for (const c of contributions) if (c.year === 2026) expected.set(c.kpi, (expected.get(c.kpi) ?? 0) + c.value);
    }
    const mapped = (await getKpis(deps, broker, { period: '2026' })).kpis.filter((k) => k.programmeKpi);
    expect(mapped.map((k) => k.programmeKpi).sort()).toEqual([...DERIVED_KPIS].sort());
    expect(mapped.map((k) => [k.programmeKpi, k.total])).toEqual(mapped.map((k) => [k.programmeKpi, expected.get(k.programmeKpi!) ?? 0]));
    expect(expected.get('assignments')).toBe(3);
  });

  it('restricts KPIs to organizations, as a programme would', async () => {
    // SZ1 is a party to D1, D2, D3 and D4; it owns L4 and L6 (published in Q3).
    const r = await getKpis(deps, broker, { period: '2026Q3', organizationIds: [ORG.SZ1] });
    const k = Object.fromEntries(r.kpis.map((x) => [x.code, x.total]));
    expect([k.eois, k.agreements, k.listings_published]).toEqual([4, 3, 2]);
  });

  it('publishes public figures only', async () => {
    const s = await getPublicStats(deps, ANONYMOUS);
    expect(s.headline).toMatchObject({ offers: 4, requests: 4, organizations: 6, countries: 3, agreements: 3, registeredContracts: 2 });
    expect(s.bySector.find((x) => x.key === BM)).toBeUndefined();
    expect(s.trend).toHaveLength(12);
    // Public offers and requests published in August 2026: L2, L12 / L5, L13.
    expect(s.trend.find((t) => t.period === '2026-08')).toEqual({ period: '2026-08', offers: 2, requests: 2 });
  });

  it('finds success stories only where both parties consented', async () => {
    const stories = await deps.store.successStories(10);
    expect(stories.map((x) => [x.dealId, x.sellerCountry, x.buyerCountry])).toEqual([[D.D4, 'CN', 'US']]);
  });
});
