import { DomainError } from '../shared/domain-error.js';
import { toCnyMinor, type RateTable } from '../shared/money.js';
import type { Actor } from '../shared/actor.js';
import type { Listing, PriceRange } from './listing.js';
import type { ListingErrorCode } from './errors.js';
import { authorize } from '../accounts/authorize.js';
import { summarizeChange, type SummarizeOptions } from '../audit/summarize.js';
import type { AuditLog } from '../audit/audit.js';
import type { ListingStore } from './ports.js';
import { canReadListing, listingResource } from './policy.js';

/** The CNY-normalized form of a price range (null when there is no price or no rate). */
export function priceInCny(price: PriceRange | null, rates: RateTable): Listing['priceCny'] {
  if (!price) return null;
  const min = price.minMinor === null ? null : toCnyMinor(price.minMinor, price.currency, rates);
  const max = price.maxMinor === null ? null : toCnyMinor(price.maxMinor, price.currency, rates);
  return min === null && max === null ? null : { minMinor: min, maxMinor: max };
}

export const listingNotFound = (id: string) =>
  new DomainError<ListingErrorCode>('LISTING_NOT_FOUND', 'No such listing.', { id });

/** Loads a listing the actor may read; hides others as not found. */
export async function loadReadable(store: ListingStore, actor: Actor, id: string): Promise<Listing> {
  const listing = await store.findById(id);
  if (!listing || !canReadListing(actor, listing)) throw listingNotFound(id);
  return listing;
}

/**
 * Loads a listing the actor may change: LISTING_NOT_FOUND when the actor may not even see it,
 * the authorization codes (PERMISSION_DENIED...) when they see it but may not change it.
 */
export async function loadWritable(store: ListingStore, actor: Actor, id: string): Promise<Listing> {
  const listing = await loadReadable(store, actor, id);
  authorize(actor, 'listing:update', listingResource(listing));
  return listing;
}

/** What the audit log keeps of a listing change: never the confidential details' text. */
export const LISTING_AUDIT: SummarizeOptions = {
  confidential: ['confidentialDetails'],
  ignore: ['id', 'createdAt', 'updatedAt', 'version', 'priceCny'],
};

/** Records a listing write in the audit log of the same transaction. */
export function auditListing(audit: AuditLog, actor: Actor, action: string, before: Listing | null, after: Listing | null, at: Date): Promise<void> {
  const id = (after ?? before)!.id;
  return audit.record({ actor, action: `listing.${action}`, entityType: 'listing', entityId: id, summary: summarizeChange(before, after, LISTING_AUDIT), at });
}

export function checkVersion(listing: Listing, version: number): void {
  if (listing.version !== version) {
    throw new DomainError<ListingErrorCode>(
      'LISTING_VERSION_CONFLICT',
      'The listing was changed by someone else since you loaded it. Reload and apply your change again.',
      { current_version: listing.version, your_version: version },
    );
  }
}

/** Saves with optimistic concurrency inside a unit of work. */
export async function saveVersioned(store: ListingStore, next: Listing, expectedVersion: number): Promise<Listing> {
  const saved = { ...next, version: expectedVersion + 1 };
  if (!(await store.update(saved, expectedVersion))) {
    const current = await store.findById(next.id);
    if (!current) throw listingNotFound(next.id);
    checkVersion(current, expectedVersion);
    throw new DomainError<ListingErrorCode>('LISTING_VERSION_CONFLICT', 'The listing was changed concurrently. Reload and retry.');
  }
  return saved;
}
