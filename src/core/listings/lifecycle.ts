import { DomainError } from '../shared/domain-error.js';
import { DAY_MS } from '../shared/validation.js';
import {
  LISTING_EXTENSION_MAX_DAYS,
  LISTING_EXTENSION_WINDOW_DAYS,
  LISTING_VALIDITY_DAYS,
  type Listing,
  type ListingStatus,
} from './listing.js';
import type { ListingErrorCode } from './errors.js';

export const LISTING_ACTIONS = ['publish', 'withdraw', 'archive', 'expire'] as const;
export type ListingAction = (typeof LISTING_ACTIONS)[number];

/** The lifecycle: which action moves a listing from which status to which. */
export const LISTING_TRANSITIONS: Record<ListingAction, { from: ListingStatus[]; to: ListingStatus }> = {
  publish: { from: ['draft'], to: 'published' },
  withdraw: { from: ['published'], to: 'withdrawn' },
  archive: { from: ['draft', 'published', 'expired', 'withdrawn'], to: 'archived' },
  expire: { from: ['published'], to: 'expired' },
};

/** Statuses in which the listing's fields may still be edited. */
export const EDITABLE_STATUSES: ListingStatus[] = ['draft', 'published', 'expired'];

/**
 * Applies a lifecycle action. Publishing starts a 365-day validity.
 * Throws LISTING_TRANSITION_NOT_ALLOWED for an action the current status does not allow.
 */
export function transitionListing(listing: Listing, action: ListingAction, now: Date): Listing {
  const rule = LISTING_TRANSITIONS[action];
  if (!rule.from.includes(listing.status)) {
    throw new DomainError<ListingErrorCode>(
      'LISTING_TRANSITION_NOT_ALLOWED',
      `A ${listing.status} listing cannot be ${action === 'publish' ? 'published' : `${action}${action.endsWith('e') ? 'd' : 'ed'}`}.`,
      { status: listing.status, action, allowed_from: rule.from },
    );
  }
  const next: Listing = { ...listing, status: rule.to, updatedAt: now };
  if (action === 'publish') {
    next.publishedAt = now;
    next.expiresAt = new Date(now.getTime() + LISTING_VALIDITY_DAYS * DAY_MS);
    next.extensionCount = 0;
  }
  return next;
}

/**
 * Extends a listing's validity once by up to 365 days, from 30 days before expiry on
 * (an expired listing may be extended too, and is published again from now).
 * Throws LISTING_EXTENSION_NOT_ALLOWED outside those conditions.
 */
export function extendListing(listing: Listing, days: number, now: Date): Listing {
  const refuse = (message: string, details: Record<string, unknown> = {}) => {
    throw new DomainError<ListingErrorCode>('LISTING_EXTENSION_NOT_ALLOWED', message, details);
  };
  if (!Number.isInteger(days) || days < 1 || days > LISTING_EXTENSION_MAX_DAYS) {
    refuse(`An extension is from 1 to ${LISTING_EXTENSION_MAX_DAYS} days.`, { max_days: LISTING_EXTENSION_MAX_DAYS });
  }
  if (listing.status !== 'published' && listing.status !== 'expired') refuse(`A ${listing.status} listing cannot be extended.`);
  if (listing.extensionCount >= 1) refuse('A listing can be extended once only.');
  const expiresAt = listing.expiresAt ?? now;
  const windowOpens = expiresAt.getTime() - LISTING_EXTENSION_WINDOW_DAYS * DAY_MS;
  if (listing.status === 'published' && now.getTime() < windowOpens) {
    refuse(`An extension can be asked for from ${LISTING_EXTENSION_WINDOW_DAYS} days before expiry.`, {
      window_opens_at: new Date(windowOpens).toISOString(),
    });
  }
  const base = listing.status === 'expired' ? now : expiresAt;
  return {
    ...listing,
    status: 'published',
    expiresAt: new Date(base.getTime() + days * DAY_MS),
    extensionCount: listing.extensionCount + 1,
    updatedAt: now,
  };
}
