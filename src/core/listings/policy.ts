import { isMemberOf, isStaff, type Actor } from '../shared/actor.js';
import type { Listing } from './listing.js';

/** Facts about the deployment that change what an actor may do. */
export type ListingPolicyOptions = {
  /** Development mode before accounts: anyone may write, and drafts can be read by id. */
  openWrites: boolean;
};

const isOwnerSide = (actor: Actor, listing: Pick<Listing, 'ownerOrganizationId'>) =>
  isStaff(actor) || isMemberOf(actor, listing.ownerOrganizationId);

/** May the actor see this listing's public part at all? */
export function canReadListing(actor: Actor, listing: Listing, options: ListingPolicyOptions): boolean {
  if (isOwnerSide(actor, listing)) return true;
  if (listing.status === 'published' || listing.status === 'expired') {
    return listing.visibility === 'public' || actor.kind !== 'anonymous';
  }
  return options.openWrites && listing.status === 'draft';
}

/**
 * May the actor see confidential_details? Only the owner organization's members and staff
 * (NDA parties are added by the deals context). Never an anonymous caller, whatever the mode.
 */
export function canSeeConfidential(actor: Actor, listing: Pick<Listing, 'ownerOrganizationId'>): boolean {
  return isOwnerSide(actor, listing);
}

/** May the actor create or change listings of this organization? */
export function canWriteListing(actor: Actor, ownerOrganizationId: string, options: ListingPolicyOptions): boolean {
  return options.openWrites || isStaff(actor) || isMemberOf(actor, ownerOrganizationId);
}

/** The listing as this actor may see it: confidential details removed unless entitled. */
export function redactListing(actor: Actor, listing: Listing): Listing {
  return canSeeConfidential(actor, listing) ? listing : { ...listing, confidentialDetails: null };
}
