import { isStaff, type Actor } from '../shared/actor.js';
import type { Page, PageRequest } from '../shared/ports.js';
import type { Listing } from './listing.js';
import type { ListingDeps, ListingFilter } from './ports.js';
import { loadReadable } from './listing-helpers.js';

/** One listing the actor may read. Errors: LISTING_NOT_FOUND (also for listings the actor may not see). */
export function getListing(deps: Pick<ListingDeps, 'listings' | 'policy'>, actor: Actor, id: string): Promise<Listing> {
  return loadReadable(deps, deps.listings, actor, id);
}

export type ListingQuery = Omit<ListingFilter, 'visibilities' | 'includeUnpublished' | 'unpublishedOwnerScope'>;

/**
 * Lists listings with filters, only those the actor may see: published and expired ones
 * by visibility, unpublished ones only for their owners and staff (or anyone in open-write
 * development mode, drafts only).
 */
export function listListings(
  deps: Pick<ListingDeps, 'listings' | 'policy'>,
  actor: Actor,
  query: ListingQuery,
  page: PageRequest,
): Promise<Page<Listing>> {
  const filter: ListingFilter = {
    ...query,
    visibilities: actor.kind === 'anonymous' ? ['public'] : ['public', 'members'],
    includeUnpublished: isStaff(actor) || actor.kind === 'user' || deps.policy.openWrites,
  };
  if (!isStaff(actor)) {
    if (actor.kind === 'user') filter.unpublishedOwnerScope = actor.organizationIds;
    else if (deps.policy.openWrites) {
      // In development mode drafts are visible to everyone; withdrawn and archived are not.
      filter.statuses = (query.statuses ?? ['draft', 'published', 'expired']).filter((s) => s !== 'withdrawn' && s !== 'archived');
    }
  }
  return deps.listings.list(filter, page);
}
