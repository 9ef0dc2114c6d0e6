import type { AppDeps } from '../compose.js';
import { STRONG_MATCH_SCORE } from '../core/deals/notify-listing-owners.js';
import type { MatchCoverage } from '../core/insight/ports.js';
import { toMatchDoc } from '../core/matching/match-doc.js';

/**
 * Match coverage from the in-process matching engine: a request is covered when its best
 * complementary listing (another owner's published offer the viewer's audience may see) scores
 * at least STRONG_MATCH_SCORE — the threshold of the strong-match notices. Answers are cached per
 * audience until a listing changes; when the engine cannot answer within `budgetMs` it says so
 * (null) and the balance falls back to sector overlap.
 */
export function createEngineCoverage(deps: Pick<AppDeps, 'listings' | 'market' | 'listingListeners'>, budgetMs = 2_000): MatchCoverage {
  const cache = new Map<string, boolean>();
  deps.listingListeners.add(() => cache.clear());
  return {
    async strongMatched(requestIds, visibilities) {
      const audience = visibilities.includes('members') ? 'members' : 'public';
      const started = Date.now();
      const missing = requestIds.filter((id) => !cache.has(`${audience}:${id}`));
      for (let i = 0; i < missing.length; i += 500) {
        for (const listing of await deps.listings.listings.findByIds(missing.slice(i, i + 500))) {
          if (Date.now() - started > budgetMs) return null;
          const [best] = await deps.market.matches(audience, toMatchDoc(listing), { limit: 1, explain: false });
          cache.set(`${audience}:${listing.id}`, (best?.score ?? 0) >= STRONG_MATCH_SCORE);
        }
      }
      return new Set(requestIds.filter((id) => cache.get(`${audience}:${id}`) === true));
    },
  };
}
