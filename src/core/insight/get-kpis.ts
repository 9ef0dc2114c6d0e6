import { authorizeRoute } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import { isSectorCode } from '../taxonomy/sectors.js';
import { funnelOf, KPI_CATALOGUE, type FunnelStep, type KpiCode, type KpiDefinition, type KpiValues } from './kpis.js';
import { formatPeriod, formatRange, isGrain, parsePeriodRange, periodsIn, rangeDays, rangeWindow, trailingRange, type Grain } from './period.js';
import type { InsightDeps, KpiQuery } from './ports.js';
import { queryInvalid } from './scope.js';

export type KpiInput = {
  /** Default: the last 12 months, by month. */
  period?: string | undefined;
  interval?: string | undefined;
  organizationIds?: string[] | undefined;
  sectors?: string[] | undefined;
};

export type KpiSeriesPoint = { period: string; value: number | null };
export type KpiReport = KpiDefinition & { total: number | null; series: KpiSeriesPoint[] };

export type KpiResult = {
  period: string;
  interval: Grain | null;
  periods: string[];
  kpis: KpiReport[];
  /** Conversion at each stage for the deals opened in the period. */
  funnel: FunnelStep[];
  asOf: Date;
};

const zeroFor = (k: KpiDefinition): number | null => (k.unit === 'days' || k.kind === 'snapshot' ? null : 0);

/**
 * The center's KPIs over a period, in total and per interval, with the deal conversion funnel.
 * Counts and sums come from src/store/insight-kpis.ts, shared with the programmes.
 * Errors: the authorization codes (brokers and administrators), INSIGHT_PERIOD_INVALID, INSIGHT_QUERY_INVALID.
 */
export async function getKpis(deps: InsightDeps, actor: Actor, input: KpiInput): Promise<KpiResult> {
  authorizeRoute(actor, 'staff:read');
  const now = deps.clock.now();
  let grain: Grain | null = null;
  if (input.interval !== undefined) {
    if (!isGrain(input.interval)) throw queryInvalid('interval', 'interval is month, quarter or year.');
    grain = input.interval;
  }
  const range = input.period ? parsePeriodRange(input.period) : trailingRange(now, 'month', 12, deps.utcOffsetMinutes);
  if (!input.period && !grain) grain = 'month';
  const unknown = input.sectors?.find((s) => !isSectorCode(s));
  if (unknown) throw queryInvalid('sector', `Unknown sector ${unknown.slice(0, 40)}.`);

  const q: KpiQuery = { window: rangeWindow(range, deps.utcOffsetMinutes), days: rangeDays(range), grain, utcOffsetMinutes: deps.utcOffsetMinutes, now, homeCountry: deps.home.country };
  if (input.organizationIds?.length) q.organizationIds = input.organizationIds;
  if (input.sectors?.length) q.sectors = input.sectors;
  const facts = await deps.kpis.kpiFacts(q);

  const periods = grain ? periodsIn(range, grain).map(formatPeriod) : [];
  const byPeriod = new Map<string, KpiValues>(facts.series.map((s) => [s.period, s.values]));
  const kpis: KpiReport[] = KPI_CATALOGUE.map((k) => ({
    ...k,
    total: facts.total[k.code as KpiCode] ?? zeroFor(k),
    series: k.kind === 'snapshot' ? [] : periods.map((p) => ({ period: p, value: byPeriod.get(p)?.[k.code as KpiCode] ?? zeroFor(k) })),
  }));
  return { period: formatRange(range), interval: grain, periods, kpis, funnel: funnelOf(facts.funnel), asOf: now };
}
