import type { Actor } from '../shared/actor.js';
import { authorizeRoute } from '../accounts/authorize.js';
import { expandBalance, sumFacts, totalsOf, type BalanceRow, type BalanceTotals } from './balance.js';
import { flowRows, flowTotals, type FlowClass } from './flows.js';
import { ALL_TIME } from './get-flows.js';
import { formatPeriod, formatRange, periodsIn, rangeDays, rangeWindow, trailingRange } from './period.js';
import type { InsightDeps, ListingScope } from './ports.js';
import type { HomeRegion } from './regions.js';

export type PublicStats = {
  generatedAt: Date;
  home: HomeRegion;
  headline: {
    offers: number;
    requests: number;
    organizations: number;
    countries: number;
    agreements: number;
    registeredContracts: number;
    registeredValueCnyMinor: number;
  };
  /** Public, published listings by sector (every sector with at least one listing). */
  bySector: BalanceRow[];
  totals: BalanceTotals;
  /** Agreements and registered contracts (all time) by flow class; counts only. */
  flows: { flow: FlowClass; agreements: number; registered: number }[];
  /** Public offers and requests (published or expired now) by month of publication, the last 12 months. */
  trend: { period: string; offers: number; requests: number }[];
  trendPeriod: string;
};

/**
 * The public statistics page's figures: only public listings, no confidential details, no
 * deal-level data (flows are counts per class, not per country pair). Anyone may read them.
 */
export async function getPublicStats(deps: InsightDeps, actor: Actor): Promise<PublicStats> {
  authorizeRoute(actor, 'public');
  const now = deps.clock.now();
  const live: ListingScope = { statuses: ['published'], visibilities: ['public'] };
  const sectors = await deps.store.balanceFacts(live, ['sectors'], null, { method: 'sector_overlap' });
  const bySector = expandBalance(sectors.facts, ['sector'], { regionLevel: 'city' });
  const { offers, requests, requestsMatched: matched } = sectors.totals ?? sumFacts(sectors.facts);

  const trendRange = trailingRange(now, 'month', 12, deps.utcOffsetMinutes);
  const { facts: trendFacts } = await deps.store.balanceFacts(
    { statuses: ['published', 'expired'], visibilities: ['public'], window: rangeWindow(trendRange, deps.utcOffsetMinutes) },
    [],
    { grain: 'month', utcOffsetMinutes: deps.utcOffsetMinutes },
    { method: 'sector_overlap' },
  );
  const trend = periodsIn(trendRange, 'month').map((p) => {
    const period = formatPeriod(p);
    const at = trendFacts.filter((f) => f.attrs.period === period);
    return {
      period,
      offers: at.filter((f) => f.kind === 'technology_offer').reduce((s, f) => s + f.count, 0),
      requests: at.filter((f) => f.kind === 'technology_request').reduce((s, f) => s + f.count, 0),
    };
  });

  const flowFacts = await deps.store.flowFacts({ window: rangeWindow(ALL_TIME, deps.utcOffsetMinutes), days: rangeDays(ALL_TIME) }, deps.home, false);
  const totals = flowTotals(flowRows(flowFacts, deps.home.country));
  const orgs = await deps.store.organizationCounts();
  return {
    generatedAt: now,
    home: deps.home,
    headline: {
      offers,
      requests,
      organizations: orgs.organizations,
      countries: orgs.countries,
      agreements: totals.reduce((s, t) => s + t.agreements, 0),
      registeredContracts: totals.reduce((s, t) => s + t.registered, 0),
      registeredValueCnyMinor: totals.reduce((s, t) => s + t.registeredValueCnyMinor, 0),
    },
    bySector,
    totals: totalsOf(offers, requests, matched),
    flows: totals.map((t) => ({ flow: t.flow, agreements: t.agreements, registered: t.registered })),
    trend,
    trendPeriod: formatRange(trendRange),
  };
}
