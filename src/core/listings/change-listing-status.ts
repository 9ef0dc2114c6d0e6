import { SYSTEM, type Actor } from '../shared/actor.js';
import type { Listing } from './listing.js';
import type { ListingDeps } from './ports.js';
import { extendListing, transitionListing, type ListingAction } from './lifecycle.js';
import { publicationIssues } from './validate-listing.js';
import { auditListing, checkVersion, loadWritable, saveVersioned } from './listing-helpers.js';

/**
 * Publishes, withdraws or archives a listing at `version`.
 * Errors: LISTING_NOT_FOUND, LISTING_VERSION_CONFLICT, LISTING_TRANSITION_NOT_ALLOWED,
 * LISTING_INCOMPLETE (publishing a listing without summary or sector).
 */
export async function changeListingStatus(
  deps: ListingDeps,
  actor: Actor,
  id: string,
  version: number,
  action: Exclude<ListingAction, 'expire'>,
): Promise<Listing> {
  const saved = await deps.unitOfWork(async (tx) => {
    const current = await loadWritable(tx.listings, actor, id);
    checkVersion(current, version);
    const next = transitionListing(current, action, deps.clock.now());
    if (action === 'publish') publicationIssues(current).throwIfAny('LISTING_INCOMPLETE', 'The listing');
    const saved = await saveVersioned(tx.listings, next, version);
    await auditListing(tx.audit, actor, action, current, saved, saved.updatedAt);
    return saved;
  });
  deps.onChange([saved.id]);
  return saved;
}

/**
 * Extends a published (or expired) listing's validity once by `days` (default 365).
 * Errors: LISTING_NOT_FOUND, LISTING_VERSION_CONFLICT, LISTING_EXTENSION_NOT_ALLOWED.
 */
export async function extendListingValidity(deps: ListingDeps, actor: Actor, id: string, version: number, days = 365): Promise<Listing> {
  const saved = await deps.unitOfWork(async (tx) => {
    const current = await loadWritable(tx.listings, actor, id);
    checkVersion(current, version);
    const saved = await saveVersioned(tx.listings, extendListing(current, days, deps.clock.now()), version);
    await auditListing(tx.audit, actor, 'extend', current, saved, saved.updatedAt);
    return saved;
  });
  deps.onChange([saved.id]);
  return saved;
}

/**
 * The scheduled job: marks published listings past their expiry as expired.
 * Returns how many were expired. Safe to run concurrently (versions guard each row).
 */
export async function expireDueListings(deps: ListingDeps, batchSize = 500): Promise<number> {
  const now = deps.clock.now();
  const changed: string[] = [];
  for (;;) {
    const due = await deps.listings.findDueForExpiry(now, batchSize);
    if (due.length === 0) break;
    let progressed = 0;
    await deps.unitOfWork(async (tx) => {
      for (const listing of due) {
        const expired = { ...transitionListing(listing, 'expire', now), version: listing.version + 1 };
        if (await tx.listings.update(expired, listing.version)) {
          await auditListing(tx.audit, SYSTEM, 'expire', listing, expired, now);
          changed.push(listing.id);
          progressed++;
        }
      }
    });
    if (progressed === 0 || due.length < batchSize) break;
  }
  if (changed.length > 0) deps.onChange(changed);
  return changed.length;
}
