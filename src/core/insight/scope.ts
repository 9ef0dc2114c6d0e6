import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { isSectorCode } from '../taxonomy/sectors.js';
import type { InsightErrorCode } from './errors.js';
import { parsePeriodRange, rangeWindow, type PeriodRange } from './period.js';
import { MARKET_STATUSES, type ListingScope, type MarketStatus, type Visibility } from './ports.js';

/** The filters every insight view over listings takes, as the HTTP API and the CLI give them. */
export type ScopeInput = {
  period?: string | undefined;
  status?: string[] | undefined;
  sectors?: string[] | undefined;
  countries?: string[] | undefined;
  trlMin?: number | undefined;
  trlMax?: number | undefined;
  ipc?: string | undefined;
};

/** Which visibilities an actor may count: the same rule as GET /api/listings. */
export const visibilitiesFor = (actor: Actor): Visibility[] => (actor.kind === 'anonymous' ? ['public'] : ['public', 'members']);

export const queryInvalid = (path: string, message: string) =>
  new DomainError<InsightErrorCode>('INSIGHT_QUERY_INVALID', message, { issues: [{ path, message }] });

/**
 * Builds the listing scope of a view. Throws INSIGHT_PERIOD_INVALID, INSIGHT_QUERY_INVALID
 * (status other than published/expired, unknown sector, TRL outside 1..9 or min > max).
 */
export function scopeOf(input: ScopeInput, visibilities: Visibility[], utcOffsetMinutes: number): { scope: ListingScope; range: PeriodRange | null } {
  const statuses = (input.status?.length ? input.status : ['published']) as MarketStatus[];
  const bad = statuses.find((s) => !(MARKET_STATUSES as readonly string[]).includes(s));
  if (bad) throw queryInvalid('status', `status is published or expired (the market's statuses), not ${bad.slice(0, 20)}.`);
  const unknown = input.sectors?.find((s) => !isSectorCode(s));
  if (unknown) throw queryInvalid('sector', `Unknown sector ${unknown.slice(0, 40)} (see GET /api/taxonomies/sectors).`);
  for (const [path, v] of [['trl_min', input.trlMin], ['trl_max', input.trlMax]] as const) {
    if (v !== undefined && (!Number.isInteger(v) || v < 1 || v > 9)) throw queryInvalid(path, `${path} is a TRL from 1 to 9.`);
  }
  if (input.trlMin !== undefined && input.trlMax !== undefined && input.trlMin > input.trlMax) throw queryInvalid('trl_min', 'trl_min is above trl_max.');
  const range = input.period ? parsePeriodRange(input.period) : null;
  const scope: ListingScope = { statuses: [...new Set(statuses)], visibilities };
  if (input.sectors?.length) scope.sectors = input.sectors;
  if (input.countries?.length) scope.countries = input.countries.map((c) => c.toUpperCase());
  if (input.trlMin !== undefined) scope.trlMin = input.trlMin;
  if (input.trlMax !== undefined) scope.trlMax = input.trlMax;
  if (input.ipc?.trim()) scope.ipcPrefix = input.ipc.trim().toUpperCase();
  if (range) scope.window = rangeWindow(range, utcOffsetMinutes);
  return { scope, range };
}
