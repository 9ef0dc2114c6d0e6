import { authorizeRoute } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import { findCountry } from '../taxonomy/countries.js';
import { flowRows, flowTotals, SANKEY_MEASURES, sankeyOf, type FlowRow, type SankeyLink, type SankeyMeasure, type SankeyNode, type FlowMeasures, type FlowClass } from './flows.js';
import { formatRange, parsePeriodRange, rangeDays, rangeWindow, type PeriodRange } from './period.js';
import type { InsightDeps } from './ports.js';
import { parseHomeRegion, type HomeRegion, type Label } from './regions.js';
import { queryInvalid } from './scope.js';

export type FlowInput = {
  period?: string | undefined;
  home?: string | undefined;
  /** One row per sector of the deal's listing too (a deal counts in each of its listing's sectors). */
  bySector?: boolean | undefined;
  /** What the Sankey links measure: deals, agreements, registered or registered_value_cny_minor (default deals). */
  measure?: string | undefined;
};

export type FlowResult = {
  period: string | null;
  home: HomeRegion;
  measure: SankeyMeasure;
  rows: FlowRow[];
  totals: (FlowMeasures & { flow: FlowClass })[];
  sankey: { nodes: SankeyNode[]; links: SankeyLink[] };
};

/** All time, for views without a period. */
export const ALL_TIME: PeriodRange = { from: { grain: 'year', year: 1900, index: 1 }, to: { grain: 'year', year: 2999, index: 1 } };

export const countryLabel = (code: string): Label => {
  const c = findCountry(code);
  return c ? { en: c.en, zh: c.zh } : { en: code, zh: code };
};

/**
 * Technology transfer flows from deals and registered contracts in the period: local,
 * domestic-to-home, inbound and outbound international..., by seller and buyer country (and
 * sector), with a Sankey diagram of one measure. Errors: the authorization codes (brokers and
 * administrators), INSIGHT_PERIOD_INVALID, INSIGHT_HOME_REGION_INVALID, INSIGHT_QUERY_INVALID.
 */
export async function getFlows(deps: InsightDeps, actor: Actor, input: FlowInput): Promise<FlowResult> {
  authorizeRoute(actor, 'staff:read');
  const measure = (input.measure ?? 'deals') as SankeyMeasure;
  if (!(SANKEY_MEASURES as readonly string[]).includes(measure)) throw queryInvalid('measure', `measure is one of ${SANKEY_MEASURES.join(', ')}.`);
  const home = input.home ? parseHomeRegion(input.home) : deps.home;
  const range = input.period ? parsePeriodRange(input.period) : null;
  const r = range ?? ALL_TIME;
  const span = { window: rangeWindow(r, deps.utcOffsetMinutes), days: rangeDays(r) };
  // Totals and the diagram count each deal once; sector rows count it in each of its sectors.
  const plain = flowRows(await deps.store.flowFacts(span, home, false), home.country);
  const rows = input.bySector ? flowRows(await deps.store.flowFacts(span, home, true), home.country) : plain;
  return {
    period: range ? formatRange(range) : null,
    home,
    measure,
    rows,
    totals: flowTotals(plain),
    sankey: sankeyOf(plain, measure, countryLabel),
  };
}
