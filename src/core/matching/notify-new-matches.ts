import { notifyStrongMatches, STRONG_MATCH_SCORE } from '../deals/notify-listing-owners.js';
import type { DealDeps } from '../deals/ports.js';
import type { ListingDeps } from '../listings/ports.js';
import { toMatchDoc } from './match-doc.js';
import type { MarketIndex } from './ports.js';

export type NewMatchDeps = {
  index: Pick<MarketIndex, 'matches'>;
  listings: Pick<ListingDeps['listings'], 'findById'>;
  notices: Pick<DealDeps, 'unitOfWork' | 'clock' | 'publicUrl'>;
};

/** How many of a listing's best matches are looked at for strong ones. */
export const NEW_MATCH_CANDIDATES = 10;

/**
 * After listings change: for each published one, its strong matches (score >= STRONG_MATCH_SCORE)
 * are told to both sides, the listing's owner and each matched listing's owner, once per pair
 * (the notice log admits a pair once, so later edits do not repeat the news). Matches come from the
 * members' view of the index: every party is a signed-in organization, and notices carry titles only, never
 * confidential details. Returns how many notices were queued.
 */
export async function notifyNewMatches(deps: NewMatchDeps, listingIds: string[], threshold = STRONG_MATCH_SCORE): Promise<number> {
  let queued = 0;
  for (const id of new Set(listingIds)) {
    const listing = await deps.listings.findById(id);
    if (!listing || listing.status !== 'published') continue;
    const hits = await deps.index.matches('members', toMatchDoc(listing), { limit: NEW_MATCH_CANDIDATES, explain: false });
    const strong = hits.filter((h) => h.score >= threshold).map((h) => ({ listingId: h.id, score: h.score }));
    if (strong.length === 0) continue;
    if ((await notifyStrongMatches(deps.notices, id, strong, threshold)).length > 0) queued++;
    for (const m of strong) {
      if ((await notifyStrongMatches(deps.notices, m.listingId, [{ listingId: id, score: m.score }], threshold)).length > 0) queued++;
    }
  }
  return queued;
}
