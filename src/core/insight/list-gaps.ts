import { authorizeRoute } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import { findSector } from '../taxonomy/sectors.js';
import { gapIndex } from './balance.js';
import { formatRange } from './period.js';
import type { CounterpartListing, InsightDeps } from './ports.js';
import { parseHomeRegion, type HomeRegion, type Label } from './regions.js';
import { queryInvalid, scopeOf, visibilitiesFor, type ScopeInput } from './scope.js';

export const GAP_DIRECTIONS = ['import', 'export'] as const;
export type GapDirection = (typeof GAP_DIRECTIONS)[number];

export type GapInput = ScopeInput & {
  /** import: home demand above home supply, with foreign offers; export: the mirror, with foreign requests. */
  direction?: string | undefined;
  /** COUNTRY[/REGION[/CITY]]; default the center's home region. */
  home?: string | undefined;
  /** How many sectors (default 10, at most 50). */
  limit?: number | undefined;
  /** How many foreign listings per sector (default 5, at most 20). */
  perSector?: number | undefined;
};

export type GapRow = {
  sector: string;
  label: Label;
  homeOffers: number;
  homeRequests: number;
  /** Elsewhere in the home country. */
  domesticOffers: number;
  domesticRequests: number;
  foreignOffers: number;
  foreignRequests: number;
  /** How far home demand exceeds home supply (import) or supply exceeds demand (export). */
  gap: number;
  /** gapIndex(homeOffers, homeRequests): +1 demand only, −1 supply only. */
  gapIndex: number | null;
  /** Foreign offers (import) or requests (export) that would fill the gap, best first. */
  counterparts: CounterpartListing[];
};

export type GapResult = { direction: GapDirection; home: HomeRegion; period: string | null; rows: GapRow[] };

/**
 * The broker's gap list. import: sectors where the home region's published technology requests
 * outnumber its own offers (candidates for bringing technology in), each with the strongest
 * foreign offers; export: sectors where home offers outnumber home requests, each with foreign
 * requests to promote them to. Home = the listing owner organization's place.
 * Errors: the authorization codes (brokers and administrators), INSIGHT_HOME_REGION_INVALID,
 * INSIGHT_PERIOD_INVALID, INSIGHT_QUERY_INVALID.
 */
export async function listGaps(deps: InsightDeps, actor: Actor, input: GapInput): Promise<GapResult> {
  authorizeRoute(actor, 'staff:read');
  const direction = (input.direction ?? 'import') as GapDirection;
  if (!(GAP_DIRECTIONS as readonly string[]).includes(direction)) throw queryInvalid('direction', 'direction is import or export.');
  const limit = input.limit ?? 10;
  const perSector = input.perSector ?? 5;
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw queryInvalid('limit', 'limit is from 1 to 50.');
  if (!Number.isInteger(perSector) || perSector < 0 || perSector > 20) throw queryInvalid('per_sector', 'per_sector is from 0 to 20.');
  const home = input.home ? parseHomeRegion(input.home) : deps.home;
  const { scope, range } = scopeOf(input, visibilitiesFor(actor), deps.utcOffsetMinutes);

  const facts = await deps.store.gapFacts(scope, home);
  const bySector = new Map<string, Omit<GapRow, 'gap' | 'gapIndex' | 'counterparts' | 'label'>>();
  for (const f of facts) {
    let r = bySector.get(f.sector);
    if (!r) bySector.set(f.sector, (r = { sector: f.sector, homeOffers: 0, homeRequests: 0, domesticOffers: 0, domesticRequests: 0, foreignOffers: 0, foreignRequests: 0 }));
    const offer = f.kind === 'technology_offer';
    if (f.side === 'home') {
      if (offer) r.homeOffers += f.count;
      else r.homeRequests += f.count;
    } else if (f.side === 'domestic') {
      if (offer) r.domesticOffers += f.count;
      else r.domesticRequests += f.count;
    } else if (offer) r.foreignOffers += f.count;
    else r.foreignRequests += f.count;
  }
  const ranked = [...bySector.values()]
    .map((r) => ({ ...r, gap: direction === 'import' ? r.homeRequests - r.homeOffers : r.homeOffers - r.homeRequests }))
    .filter((r) => r.gap > 0)
    .sort((a, b) => b.gap - a.gap || (direction === 'import' ? b.homeRequests - a.homeRequests : b.homeOffers - a.homeOffers) || a.sector.localeCompare(b.sector))
    .slice(0, limit);
  const want = direction === 'import' ? 'technology_offer' : 'technology_request';
  const counterparts = perSector > 0 && ranked.length > 0 ? await deps.store.counterparts(scope, home, ranked.map((r) => r.sector), want, perSector) : new Map<string, CounterpartListing[]>();
  const rows: GapRow[] = ranked.map((r) => {
    const s = findSector(r.sector);
    return {
      ...r,
      label: s ? { en: s.en, zh: s.zh } : { en: r.sector, zh: r.sector },
      gapIndex: gapIndex(r.homeOffers, r.homeRequests),
      counterparts: counterparts.get(r.sector) ?? [],
    };
  });
  return { direction, home, period: range ? formatRange(range) : null, rows };
}
