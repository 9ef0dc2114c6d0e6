import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { Page, PageRequest } from '../shared/ports.js';
import { IssueCollector } from '../shared/validation.js';
import { canReadListing } from '../listings/policy.js';
import { listingNotFound } from '../listings/listing-helpers.js';
import { DEAL_LIMITS, MATCH_FEEDBACK_REASONS, type MatchFeedback, type MatchFeedbackReason } from './deal.js';
import type { DealErrorCode } from './errors.js';
import type { DealDeps, MatchFeedbackFilter } from './ports.js';
import { authorizeDealCall } from './deal-policy.js';

export type MatchFeedbackInput = {
  listingId: string;
  otherListingId: string;
  relevant: boolean;
  reason?: string | null | undefined;
  comment?: string | null | undefined;
};

/**
 * Records a signed-in user's judgement of a suggested match (`otherListingId` suggested for
 * `listingId`): relevant or not, and if not, why (wrong_field, wrong_trl, wrong_region,
 * too_expensive, already_known, other; `other` needs a comment). One judgement per user and
 * pair: a new one replaces the old. Both listings must be visible to the user.
 * Errors: AUTH_REQUIRED and the route-level codes of authorize.ts, LISTING_NOT_FOUND, MATCH_FEEDBACK_INVALID.
 */
export async function recordMatchFeedback(deps: DealDeps, actor: Actor, input: MatchFeedbackInput): Promise<MatchFeedback> {
  authorizeDealCall(actor, 'match:feedback');
  if (actor.kind !== 'user') throw new DomainError<DealErrorCode>('DEAL_ACTION_FORBIDDEN', 'Feedback is given by people, not by the system.');
  const issues = new IssueCollector();
  const reason = input.reason?.trim() || null;
  const comment = input.comment?.normalize('NFC').trim() || null;
  if (input.listingId === input.otherListingId) issues.add('other_listing_id', 'MATCH_FEEDBACK_INVALID', 'A listing is not a match of itself.');
  if (reason !== null && !(MATCH_FEEDBACK_REASONS as readonly string[]).includes(reason)) {
    issues.add('reason', 'MATCH_FEEDBACK_INVALID', `reason must be one of ${MATCH_FEEDBACK_REASONS.join(', ')}.`);
  }
  if (!input.relevant && reason === null) issues.add('reason', 'MATCH_FEEDBACK_INVALID', 'Say why the match is not relevant (reason).');
  if (input.relevant && reason !== null) issues.add('reason', 'MATCH_FEEDBACK_INVALID', 'A reason is given only for a match marked not relevant.');
  if (reason === 'other' && comment === null) issues.add('comment', 'MATCH_FEEDBACK_INVALID', 'Reason other needs a comment.');
  if (comment !== null && [...comment].length > DEAL_LIMITS.feedbackComment) {
    issues.add('comment', 'MATCH_FEEDBACK_INVALID', `A comment may have at most ${DEAL_LIMITS.feedbackComment} characters.`);
  }
  issues.throwIfAny('MATCH_FEEDBACK_INVALID', 'The feedback');

  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    for (const id of [input.listingId, input.otherListingId]) {
      const l = await tx.listings.findById(id);
      if (!l || !canReadListing(actor, l)) throw listingNotFound(id);
    }
    const stored = await tx.feedback.upsert({
      id: deps.ids.newId(),
      listingId: input.listingId,
      otherListingId: input.otherListingId,
      userId: actor.userId,
      relevant: input.relevant,
      reason: reason as MatchFeedbackReason | null,
      comment,
      createdAt: now,
      updatedAt: now,
    });
    await tx.audit.record({
      actor,
      action: 'match.feedback',
      entityType: 'match_feedback',
      entityId: stored.id,
      at: now,
      summary: {
        changed: ['relevant', 'reason', ...(stored.comment ? ['comment'] : [])],
        after: { listing_id: stored.listingId, other_listing_id: stored.otherListingId, relevant: stored.relevant, reason: stored.reason },
      },
    });
    return stored;
  });
}

/** Feedback for tuning the ranker, newest first, with counts per judgement and reason. Brokers and admins only (PERMISSION_DENIED). */
export async function listMatchFeedback(
  deps: Pick<DealDeps, 'feedback'>,
  actor: Actor,
  filter: MatchFeedbackFilter,
  page: PageRequest,
): Promise<Page<MatchFeedback> & { summary: Awaited<ReturnType<DealDeps['feedback']['summary']>> }> {
  authorizeDealCall(actor, 'staff:read');
  const [items, summary] = await Promise.all([deps.feedback.list(filter, page), deps.feedback.summary(filter)]);
  return { ...items, summary };
}
