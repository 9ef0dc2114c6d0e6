import { DomainError } from '../shared/domain-error.js';
import type { Actor } from '../shared/actor.js';
import type { Listing } from './listing.js';
import type { ListingErrorCode } from './errors.js';
import type { ListingDeps } from './ports.js';
import { authorizeRoute } from '../accounts/authorize.js';
import { canWriteListing } from './policy.js';
import { validateListing, type ListingInput } from './validate-listing.js';
import { auditListing, priceInCny } from './listing-helpers.js';

/**
 * Creates a listing as a draft owned by `input.ownerOrganizationId`.
 * Errors: every validation code of validateListing; LISTING_OWNER_NOT_FOUND (also when the
 * actor does not belong to that organization); the authorization codes.
 */
export async function createListing(deps: ListingDeps, actor: Actor, input: ListingInput): Promise<Listing> {
  authorizeRoute(actor, 'listing:create');
  const fields = validateListing(input);
  if (!canWriteListing(actor, fields.ownerOrganizationId)) {
    throw new DomainError<ListingErrorCode>('LISTING_OWNER_NOT_FOUND', 'You can list only for an organization you belong to.', {
      issues: [{ path: 'owner_organization_id', message: 'Not an organization you belong to.' }],
    });
  }
  const rates = await deps.rates.current();
  const now = deps.clock.now();
  const listing: Listing = {
    ...fields,
    id: deps.ids.newId(),
    priceCny: priceInCny(fields.price, rates),
    status: 'draft',
    publishedAt: null,
    expiresAt: null,
    extensionCount: 0,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await deps.unitOfWork(async (tx) => {
    if (!(await tx.owners.organizationExists(fields.ownerOrganizationId))) {
      throw new DomainError<ListingErrorCode>('LISTING_OWNER_NOT_FOUND', 'The owner organization does not exist.', {
        issues: [{ path: 'owner_organization_id', message: 'No such organization.' }],
      });
    }
    await tx.listings.insert(listing);
    await auditListing(tx.audit, actor, 'create', null, listing, now);
  });
  deps.onChange([listing.id]);
  return listing;
}
