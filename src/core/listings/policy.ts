import { can, canSeeConfidential as mayReadConfidential, type Resource } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import type { Listing } from './listing.js';

/**
 * Listing rules as the listings context asks them. The decisions themselves are made in the
 * one authorization module (src/core/accounts/authorize.ts); this file only adapts listings
 * to its resources.
 */

export const listingResource = (l: Pick<Listing, 'ownerOrganizationId' | 'status' | 'visibility'>): Resource => ({
  kind: 'listing',
  ownerOrganizationId: l.ownerOrganizationId,
  status: l.status,
  visibility: l.visibility,
});

/** May the actor see this listing's public part at all? */
export function canReadListing(actor: Actor, listing: Pick<Listing, 'ownerOrganizationId' | 'status' | 'visibility'>): boolean {
  return can(actor, 'listing:read', listingResource(listing));
}

/**
 * May the actor see confidential_details? The owner organization's members, brokers, and
 * parties whose NDA for the listing is accepted (`disclosed`, computed by the deals context).
 */
export function canSeeConfidential(actor: Actor, listing: Pick<Listing, 'ownerOrganizationId'>, disclosed = false): boolean {
  return mayReadConfidential(actor, listing, disclosed);
}

/** May the actor create or change listings of this organization (route-level checks included)? */
export function canWriteListing(actor: Actor, ownerOrganizationId: string): boolean {
  return can(actor, 'listing:create', { kind: 'organization', organizationId: ownerOrganizationId });
}

/** The listing as this actor may see it: confidential details removed unless entitled. */
export function redactListing(actor: Actor, listing: Listing, disclosed = false): Listing {
  return canSeeConfidential(actor, listing, disclosed) ? listing : { ...listing, confidentialDetails: null };
}
