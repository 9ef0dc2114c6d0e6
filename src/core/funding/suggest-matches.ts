import type { Listing } from '../listings/listing.js';
import type { ListingDeps } from '../listings/ports.js';
import { getListing, listListings } from '../listings/query-listings.js';
import type { Organization } from '../organizations/organization.js';
import type { Actor } from '../shared/actor.js';
import type { FundingCall } from './call.js';
import { callText, listingText, rankCallMatches, scoreCallMatch, textTerms, type CallMatch } from './call-matching.js';
import { loadReadableCall } from './funding-helpers.js';
import { todayOf } from './policy.js';
import type { FundingDeps } from './ports.js';
import { listCalls } from './query-funding.js';

export type CallMatchDeps = { funding: Pick<FundingDeps, 'calls' | 'organizations' | 'clock'>; listings: Pick<ListingDeps, 'listings'> };

/** How many funding_request listings are considered for one call (newest published first). */
const CANDIDATES = 500;

function ownerLookup(deps: CallMatchDeps) {
  const cache = new Map<string, Promise<Organization | null>>();
  return (id: string) => {
    if (!cache.has(id)) cache.set(id, deps.funding.organizations.findById(id));
    return cache.get(id)!;
  };
}

/**
 * Published funding_request listings the actor may see, ranked for a call the actor may see
 * (see call-matching.ts). Errors: FUNDING_CALL_NOT_FOUND.
 */
export async function suggestRequestsForCall(
  deps: CallMatchDeps,
  actor: Actor,
  callId: string,
  limit: number,
): Promise<{ call: FundingCall; items: { match: CallMatch; listing: Listing; owner: Organization | null }[] }> {
  const call = await loadReadableCall(deps.funding.calls, actor, callId);
  const page = await listListings(deps.listings, actor, { kinds: ['funding_request'], statuses: ['published'], sort: 'newest' }, { page: 1, pageSize: CANDIDATES });
  const owner = ownerLookup(deps);
  const callTerms = textTerms(callText(call));
  const scored = await Promise.all(
    page.items.map(async (listing) => {
      const org = await owner(listing.ownerOrganizationId);
      return { match: scoreCallMatch(call, listing, org, { call: callTerms }), listing, owner: org };
    }),
  );
  const byId = new Map(scored.map((s) => [s.listing.id, s]));
  const ranked = rankCallMatches(
    scored.map((s) => s.match),
    'listing',
  );
  return { call, items: ranked.slice(0, limit).map((m) => byId.get(m.listingId)!) };
}

/**
 * Published calls still open for applications (today or later), ranked for a funding_request
 * listing the actor may read; other kinds of listing get none. Errors: LISTING_NOT_FOUND.
 */
export async function suggestCallsForListing(
  deps: CallMatchDeps,
  actor: Actor,
  listingId: string,
  limit: number,
): Promise<{ listing: Listing; items: { match: CallMatch; call: FundingCall }[] }> {
  const listing = await getListing(deps.listings, actor, listingId);
  if (listing.kind !== 'funding_request') return { listing, items: [] };
  const today = todayOf(deps.funding.clock.now());
  const calls = (await listCalls(deps.funding as FundingDeps, actor, { statuses: ['published'] })).filter((c) => c.closesOn >= today);
  const org = await ownerLookup(deps)(listing.ownerOrganizationId);
  const listingTerms = textTerms(listingText(listing));
  const byId = new Map(calls.map((c) => [c.id, c]));
  const ranked = rankCallMatches(
    calls.map((c) => scoreCallMatch(c, listing, org, { listing: listingTerms })),
    'call',
  );
  return { listing, items: ranked.slice(0, limit).map((match) => ({ match, call: byId.get(match.callId)! })) };
}
