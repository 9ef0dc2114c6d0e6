import { DAY_MS } from '../shared/validation.js';
import type { DealDeps } from './ports.js';
import { queueNotification } from './notifications.js';

/** How long before expiry an owner is told their listing is about to expire. */
export const EXPIRY_NOTICE_DAYS = 14;
/** The score from which a match counts as strong enough to tell the listing's owner (scores are 0..1). */
export const STRONG_MATCH_SCORE = 0.75;

/**
 * The scheduled job: tells owner organizations whose published listings expire within the next
 * 14 days, once per listing and expiry date (an extension moves the date and earns a new notice).
 * Returns how many notices were queued. Safe to run concurrently: the notice log admits a key once.
 */
export async function notifyExpiringListings(deps: Pick<DealDeps, 'listings' | 'unitOfWork' | 'clock' | 'publicUrl'>, batchSize = 500): Promise<number> {
  const now = deps.clock.now();
  const until = new Date(now.getTime() + EXPIRY_NOTICE_DAYS * DAY_MS);
  const due = await deps.listings.findExpiringBetween(now, until, batchSize);
  let queued = 0;
  for (const listing of due) {
    const expiresAt = listing.expiresAt!;
    await deps.unitOfWork(async (tx) => {
      if (!(await tx.notices.claim('listing_expiring', `${listing.id}@${expiresAt.toISOString()}`, now))) return;
      await queueNotification(tx, {
        kind: 'listing_expiring',
        toOrganizationIds: [listing.ownerOrganizationId],
        toBrokers: false,
        actorUserId: null,
        dealId: null,
        listingId: listing.id,
        data: {
          listing_title: listing.title,
          expires_at: expiresAt.toISOString(),
          days_left: Math.max(0, Math.ceil((expiresAt.getTime() - now.getTime()) / DAY_MS)),
          can_extend: listing.extensionCount === 0,
        },
      }, deps.publicUrl, now);
      queued++;
    });
  }
  return queued;
}

export type SuggestedMatch = { listingId: string; score: number };

/**
 * The hook for the matching engine: call it with the matches just computed for `listingId`.
 * Tells the listing's owner organization about strong matches (score >= STRONG_MATCH_SCORE) it
 * was not told about before, in one notification. Returns the ids newly notified.
 * Called by notifyNewMatches (core/matching) after every listing write, for both sides of a match.
 */
export async function notifyStrongMatches(
  deps: Pick<DealDeps, 'unitOfWork' | 'clock' | 'publicUrl'>,
  listingId: string,
  matches: SuggestedMatch[],
  threshold = STRONG_MATCH_SCORE,
): Promise<string[]> {
  const strong = matches.filter((m) => m.score >= threshold && m.listingId !== listingId);
  if (strong.length === 0) return [];
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const listing = await tx.listings.findById(listingId);
    if (!listing || listing.status !== 'published') return [];
    const fresh: { id: string; title: string; score: number }[] = [];
    for (const m of strong) {
      const other = await tx.listings.findById(m.listingId);
      // Only published listings are news; titles are public facts, never confidential details.
      if (!other || other.status !== 'published' || other.ownerOrganizationId === listing.ownerOrganizationId) continue;
      if (await tx.notices.claim('strong_match', `${listingId}>${m.listingId}`, now)) fresh.push({ id: other.id, title: other.title, score: m.score });
    }
    if (fresh.length === 0) return [];
    await queueNotification(tx, {
      kind: 'listing_strong_matches',
      toOrganizationIds: [listing.ownerOrganizationId],
      toBrokers: false,
      actorUserId: null,
      dealId: null,
      listingId,
      data: { listing_title: listing.title, matches: fresh.map((f) => ({ listing_id: f.id, title: f.title, score: Math.round(f.score * 100) / 100 })) },
    }, deps.publicUrl, now);
    return fresh.map((f) => f.id);
  });
}
