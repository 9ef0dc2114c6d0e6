import { seesAllListings } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import type { Page, PageRequest } from '../shared/ports.js';
import type { Listing } from './listing.js';
import type { ListingDeps, ListingFilter } from './ports.js';
import { loadReadable } from './listing-helpers.js';

/** One listing the actor may read. Errors: LISTING_NOT_FOUND (also for listings the actor may not see). */
export function getListing(deps: Pick<ListingDeps, 'listings'>, actor: Actor, id: string): Promise<Listing> {
  return loadReadable(deps.listings, actor, id);
}

export type ListingQuery = Omit<ListingFilter, 'visibilities' | 'includeUnpublished' | 'unpublishedOwnerScope'>;

/**
 * Lists listings with filters, only those the actor may see: published and expired ones by
 * visibility (members-only ones for signed-in users), unpublished ones only for their owner
 * organizations' members, brokers and administrators.
 */
export function listListings(deps: Pick<ListingDeps, 'listings'>, actor: Actor, query: ListingQuery, page: PageRequest): Promise<Page<Listing>> {
  const filter: ListingFilter = {
    ...query,
    visibilities: actor.kind === 'anonymous' ? ['public'] : ['public', 'members'],
    includeUnpublished: actor.kind !== 'anonymous',
  };
  if (!seesAllListings(actor)) filter.unpublishedOwnerScope = actor.kind === 'user' ? actor.organizationIds : [];
  return deps.listings.list(filter, page);
}
