import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/ports.js';
import type { BalanceFact, FactAttributes } from './balance.js';
import type { FlowFact } from './flows.js';
import type { IndicatorValue } from './indicators.js';
import type { KpiValues } from './kpis.js';
import type { Grain, TimeWindow } from './period.js';
import type { HomeRegion, Place } from './regions.js';

export type Visibility = 'public' | 'members';
/** The statuses in which listings are part of the market a balance weighs. */
export const MARKET_STATUSES = ['published', 'expired'] as const;
export type MarketStatus = (typeof MARKET_STATUSES)[number];

/**
 * Which listings a balance counts: the same filters as GET /api/listings (kind aside, which the
 * balance sets), plus a publication window.
 */
export type ListingScope = {
  statuses: MarketStatus[];
  visibilities: Visibility[];
  sectors?: string[];
  countries?: string[];
  trlMin?: number;
  trlMax?: number;
  /** IPC prefix as GET /api/listings?ipc= takes it ('H01M'). */
  ipcPrefix?: string;
  /** published_at within [start, end). */
  window?: TimeWindow;
};

/** A period as instants (for timestamps) and as local calendar days [startDay, endDay) (for date columns). */
export type TimeSpan = { window: TimeWindow; days: { startDay: string; endDay: string } };

export type SeriesSpec = { grain: Grain; utcOffsetMinutes: number };

/** How a request's "at least one strong match" is decided. */
export type MatchedBy = { method: 'sector_overlap' } | { method: 'engine'; requestIds: string[] };
export type CoverageMethod = MatchedBy['method'];

/** Listings per sector, kind and side of the home region (owner organization's place). */
export type GapFact = { sector: string; kind: 'technology_offer' | 'technology_request'; side: 'home' | 'domestic' | 'foreign'; count: number };

/** A listing proposed to fill a gap: public fields only. */
export type CounterpartListing = {
  id: string;
  kind: string;
  title: string;
  language: string;
  titleEn: string | null;
  titleZh: string | null;
  country: string;
  ownerOrganizationId: string;
  ownerName: string | null;
  ownerNameZh: string | null;
  trl: number | null;
  publishedAt: Date | null;
  /** How well it fits the home listings of the sector (see docs/insight.md); higher is better. */
  affinity: number;
};

export type SuccessStory = {
  dealId: string;
  listingId: string;
  listingTitle: string;
  listingLanguage: string;
  listingTitleEn: string | null;
  listingTitleZh: string | null;
  sectors: string[];
  sellerName: string | null;
  sellerNameZh: string | null;
  sellerCountry: string;
  buyerName: string | null;
  buyerNameZh: string | null;
  buyerCountry: string;
  agreementType: string | null;
  closedAt: Date;
};

/** Counts over distinct listings (a listing in two sectors counts once). */
export type BalanceCounts = { offers: number; requests: number; requestsMatched: number };

/**
 * Aggregated listings. `totals` is null when the facts partition the listings (each listing in
 * exactly one fact, so the totals are their sums); a store reading a per-sector rollup gives
 * facts per sector (a listing in each of its sectors) and the totals apart.
 */
export type BalanceFactSet = { facts: BalanceFact[]; totals: BalanceCounts | null };

export type InsightStore = {
  /** Listings in scope, aggregated by kind, matched flag and the attributes asked for. */
  balanceFacts: (scope: ListingScope, attributes: (keyof FactAttributes)[], series: SeriesSpec | null, matched: MatchedBy) => Promise<BalanceFactSet>;
  /** Ids of published technology requests in scope, or null when there are more than `limit`. */
  requestIds: (scope: ListingScope, limit: number) => Promise<string[] | null>;
  gapFacts: (scope: ListingScope, home: Place) => Promise<GapFact[]>;
  /**
   * For each sector, the best `perSector` listings of kind `want` whose owner is outside the
   * home country, ranked by affinity with the home region's listings of the other kind.
   */
  counterparts: (scope: ListingScope, home: Place, sectors: string[], want: 'technology_offer' | 'technology_request', perSector: number) => Promise<Map<string, CounterpartListing[]>>;
  /** Deals grouped by seller and buyer location (and sector), with measures for the window. */
  flowFacts: (span: TimeSpan, home: Place, bySector: boolean) => Promise<FlowFact[]>;
  /** Organizations in the registry and the distinct countries they are in. */
  organizationCounts: () => Promise<{ organizations: number; countries: number }>;
  /** Closed-won deals on public listings whose two parties agreed to publish them, newest first. */
  successStories: (limit: number) => Promise<SuccessStory[]>;
};

export type KpiQuery = {
  window: TimeWindow;
  /** Local calendar days [startDay, endDay) of the same period, for date columns. */
  days: { startDay: string; endDay: string };
  grain: Grain | null;
  utcOffsetMinutes: number;
  /** For snapshot KPIs (stale listings). */
  now: Date;
  /** For international transfers: the home country. */
  homeCountry: string;
  /** Only deals and listings of these organizations (either side of a deal). */
  organizationIds?: string[];
  /** Only deals and listings whose listing has one of these sectors. */
  sectors?: string[];
};

/** Reached counts per FUNNEL_STAGES entry for the cohort of deals opened in the window. */
export type KpiFacts = { total: KpiValues; series: { period: string; values: KpiValues }[]; funnel: number[] };

export type KpiSource = { kpiFacts: (q: KpiQuery) => Promise<KpiFacts> };

/**
 * The matching engine's answer to "which of these requests has at least one strong match",
 * plugged in by the server where the engine runs. Without it, coverage is approximated by
 * sector overlap.
 */
export type MatchCoverage = {
  /** The requests with a strong match, or null when the engine cannot answer now (coverage then falls back to sector overlap). */
  strongMatched: (requestIds: string[], visibilities: Visibility[]) => Promise<Set<string> | null>;
};

export type IndicatorFilter = { regions?: string[]; indicators?: string[]; yearFrom?: number; yearTo?: number };

export type IndicatorSummary = { indicator: string; unit: string; regions: number; yearMin: number; yearMax: number; sources: string[] };

export type IndicatorStore = {
  /** Inserts or replaces rows (one value per region, indicator and year); returns how many were written. */
  upsert: (rows: IndicatorValue[], at: Date) => Promise<number>;
  query: (filter: IndicatorFilter) => Promise<IndicatorValue[]>;
  summary: () => Promise<IndicatorSummary[]>;
  regions: () => Promise<{ region: string; indicators: number; values: number }[]>;
};

export type InsightDeps = {
  store: InsightStore;
  kpis: KpiSource;
  indicators: IndicatorStore;
  /** The engine's strong-match answer when the server runs one; null to approximate by sector overlap. */
  coverage: MatchCoverage | null;
  clock: Clock;
  /** The center's home region (default CN/Guangdong/Shenzhen). */
  home: HomeRegion;
  /** The center's calendar, minutes east of UTC. */
  utcOffsetMinutes: number;
};

export type { Actor };
