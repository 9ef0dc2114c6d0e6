import { authorizeRoute } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import { compareRegions, INDICATOR_CODE, type IndicatorComparison, type IndicatorValue } from './indicators.js';
import type { IndicatorFilter, InsightDeps } from './ports.js';
import { isIndicatorRegion } from './regions.js';
import { queryInvalid } from './scope.js';

export type IndicatorQueryInput = { regions?: string[] | undefined; indicators?: string[] | undefined; yearFrom?: number | undefined; yearTo?: number | undefined };

function filterOf(input: IndicatorQueryInput): IndicatorFilter {
  const regions = input.regions?.map((r) => r.trim().toUpperCase()).filter(Boolean);
  const bad = regions?.find((r) => !isIndicatorRegion(r));
  if (bad) throw queryInvalid('region', `${bad.slice(0, 20)} is not a region key (DE, CN-GD, US-CA, WORLD...).`);
  const indicators = input.indicators?.map((i) => i.trim()).filter(Boolean);
  const badIndicator = indicators?.find((i) => !INDICATOR_CODE.test(i));
  if (badIndicator) throw queryInvalid('indicator', `${badIndicator.slice(0, 40)} is not an indicator code.`);
  for (const [path, y] of [['from', input.yearFrom], ['to', input.yearTo]] as const) {
    if (y !== undefined && (!Number.isInteger(y) || y < 1900 || y > 2100)) throw queryInvalid(path, `${path} is a year from 1900 to 2100.`);
  }
  const f: IndicatorFilter = {};
  if (regions?.length) f.regions = regions;
  if (indicators?.length) f.indicators = indicators;
  if (input.yearFrom !== undefined) f.yearFrom = input.yearFrom;
  if (input.yearTo !== undefined) f.yearTo = input.yearTo;
  return f;
}

/** Indicator values by region, indicator and years, each with its unit and source. Public. Errors: INSIGHT_QUERY_INVALID. */
export async function listIndicatorValues(deps: Pick<InsightDeps, 'indicators'>, actor: Actor, input: IndicatorQueryInput): Promise<IndicatorValue[]> {
  authorizeRoute(actor, 'public');
  return deps.indicators.query(filterOf(input));
}

export type ComparisonInput = { region: string; peers: string[]; indicators: string[]; year?: number | undefined; yearFrom?: number | undefined };

/**
 * A region against chosen peers on chosen indicators: series and values normalized to the best
 * of the compared regions (0..100), each number with its source. Public.
 * Errors: INSIGHT_QUERY_INVALID (no indicator, more than 12 regions or 12 indicators, bad keys).
 */
export async function compareIndicators(deps: Pick<InsightDeps, 'indicators'>, actor: Actor, input: ComparisonInput): Promise<{ regions: string[]; year: number | null; indicators: IndicatorComparison[] }> {
  authorizeRoute(actor, 'public');
  const regions = [...new Set([input.region, ...input.peers].map((r) => r.trim().toUpperCase()).filter(Boolean))];
  if (regions.length === 0) throw queryInvalid('region', 'Name a region to compare.');
  if (regions.length > 12) throw queryInvalid('peers', 'Compare at most 12 regions.');
  if (input.indicators.length === 0) throw queryInvalid('indicator', 'Name at least one indicator.');
  if (input.indicators.length > 12) throw queryInvalid('indicator', 'Compare at most 12 indicators.');
  const filter = filterOf({ regions, indicators: input.indicators, yearFrom: input.yearFrom, yearTo: input.year });
  const values = await deps.indicators.query(filter);
  return { regions, year: input.year ?? null, indicators: compareRegions(values, regions, filter.indicators!, input.year ?? null) };
}
