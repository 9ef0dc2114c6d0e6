import { authorizeRoute } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import {
  attributesFor,
  expandBalance,
  parseDimensions,
  sumFacts,
  totalsOf,
  type BalanceDimension,
  type BalanceRow,
  type BalanceTotals,
  type FactAttributes,
} from './balance.js';
import { formatPeriod, formatRange, isGrain, periodsIn, type Grain } from './period.js';
import type { CoverageMethod, InsightDeps, MatchedBy } from './ports.js';
import { REGION_LEVELS, type RegionLevel } from './regions.js';
import { queryInvalid, scopeOf, visibilitiesFor, type ScopeInput } from './scope.js';

/** Above this many requests in scope the engine is not asked; coverage falls back to sector overlap. */
export const ENGINE_COVERAGE_LIMIT = 2_000;

export type BalanceInput = ScopeInput & {
  /** One or two dimensions: 'sector', 'sector,region'. */
  by: string | string[];
  /** month | quarter | year: one row per period of publication. */
  interval?: string | undefined;
  /** For the region dimension: province or city (default city). */
  regionLevel?: string | undefined;
  /** Rows with zero counts for every key of closed dimensions. */
  includeEmpty?: boolean | undefined;
};

export type BalanceResult = {
  dimensions: BalanceDimension[];
  period: string | null;
  interval: Grain | null;
  regionLevel: RegionLevel;
  coverageMethod: CoverageMethod;
  rows: BalanceRow[];
  /** Over distinct listings in scope (a listing in two cells counts once here). */
  totals: BalanceTotals;
};

/**
 * Supply and demand balance of published technology offers and requests the actor may see,
 * per cell of one or two dimensions, optionally per period of publication. Offers and requests
 * count listings exactly as GET /api/listings counts them with the same filters.
 * Errors: INSIGHT_DIMENSION_INVALID, INSIGHT_PERIOD_INVALID, INSIGHT_QUERY_INVALID.
 */
export async function getBalance(deps: InsightDeps, actor: Actor, input: BalanceInput): Promise<BalanceResult> {
  authorizeRoute(actor, 'public');
  const dims = parseDimensions(input.by);
  const regionLevel = (input.regionLevel ?? 'city') as RegionLevel;
  if (!(REGION_LEVELS as readonly string[]).includes(regionLevel) || regionLevel === 'country') {
    throw queryInvalid('region_level', 'region_level is province or city.');
  }
  let grain: Grain | null = null;
  if (input.interval !== undefined) {
    if (!isGrain(input.interval)) throw queryInvalid('interval', 'interval is month, quarter or year.');
    grain = input.interval;
  }
  const visibilities = visibilitiesFor(actor);
  const { scope, range } = scopeOf(input, visibilities, deps.utcOffsetMinutes);
  if (grain && !range) throw queryInvalid('period', 'A series (interval) needs a period, e.g. period=2026 or 2025Q1..2026Q2.');

  let matched: MatchedBy = { method: 'sector_overlap' };
  if (deps.coverage) {
    const ids = await deps.store.requestIds({ ...scope, statuses: ['published'] }, ENGINE_COVERAGE_LIMIT);
    const strong = ids === null ? null : await deps.coverage.strongMatched(ids, visibilities);
    if (strong !== null) matched = { method: 'engine', requestIds: [...strong] };
  }
  const attributes = [...new Set(dims.flatMap(attributesFor))] as (keyof FactAttributes)[];
  const series = grain ? { grain, utcOffsetMinutes: deps.utcOffsetMinutes } : null;
  const { facts, totals } = await deps.store.balanceFacts(scope, attributes, series, matched);

  const periods = grain && range ? periodsIn(range, grain).map(formatPeriod) : undefined;
  const rows = expandBalance(facts, dims, { regionLevel, includeEmpty: input.includeEmpty ?? false, ...(periods ? { periods } : {}) });
  const { offers, requests, requestsMatched } = totals ?? sumFacts(facts);
  return {
    dimensions: dims,
    period: range ? formatRange(range) : null,
    interval: grain,
    regionLevel,
    coverageMethod: matched.method,
    rows,
    totals: totalsOf(offers, requests, requestsMatched),
  };
}
