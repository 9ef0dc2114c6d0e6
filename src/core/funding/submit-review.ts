import { authorizeRoute } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { CONFLICT_DECLARATION, FUNDING_LIMITS, type Review } from './call.js';
import type { FundingErrorCode } from './errors.js';
import { auditFunding } from './funding-helpers.js';
import { isAssignedReviewer } from './policy.js';
import type { FundingDeps } from './ports.js';
import { validateScores, weightedHundredths, type ScoreInput } from './scoring.js';

export type ReviewInput = {
  scores: ScoreInput[];
  comment?: string | undefined;
  /** The reviewer's conflict-of-interest declaration (CONFLICT_DECLARATION); must be true. */
  declaresNoConflict: boolean;
};

const fail = (code: FundingErrorCode, message: string, details?: Record<string, unknown>) => new DomainError<FundingErrorCode>(code, message, details);

/**
 * Submits the assigned reviewer's review: a whole score from 0 to 10 per criterion with
 * comments, and the conflict-of-interest declaration. A reviewer who now belongs to the
 * applicant organization, or does not declare, is refused; so is a second review of the same
 * assignment and a review of an application already decided. Nothing is written on refusal.
 * Errors: FUNDING_ASSIGNMENT_NOT_FOUND (also someone else's assignment), FUNDING_REVIEWER_CONFLICT,
 * FUNDING_REVIEW_CLOSED, FUNDING_SCORE_OUT_OF_RANGE, FUNDING_SCORES_INCOMPLETE,
 * FUNDING_REVIEW_INVALID, FUNDING_REVIEW_ALREADY_SUBMITTED.
 */
export async function submitReview(deps: FundingDeps, actor: Actor, assignmentId: string, input: ReviewInput): Promise<Review> {
  authorizeRoute(actor, 'verified:write');
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const assignment = await tx.assignments.findById(assignmentId);
    if (!assignment || !isAssignedReviewer(actor, assignment)) {
      throw fail('FUNDING_ASSIGNMENT_NOT_FOUND', 'No such review assignment of yours.', { id: assignmentId });
    }
    const [call, application] = [await tx.calls.findById(assignment.callId), await tx.applications.findById(assignment.applicationId)];
    if (!call || !application) throw fail('FUNDING_ASSIGNMENT_NOT_FOUND', 'No such review assignment of yours.', { id: assignmentId });
    if (application.status !== 'submitted' || call.status === 'closed' || call.status === 'cancelled') {
      throw fail('FUNDING_REVIEW_CLOSED', `Reviews are closed: the application is ${application.status} and the call ${call.status}.`);
    }
    if (actor.kind === 'user' && actor.organizationIds.includes(application.applicantOrganizationId)) {
      throw fail('FUNDING_REVIEWER_CONFLICT', 'You belong to the applicant organization: you cannot review this application. Ask the call manager to reassign it.');
    }
    if (input.declaresNoConflict !== true) {
      throw fail('FUNDING_REVIEWER_CONFLICT', 'Declare that you have no conflict of interest (declares_no_conflict: true), or ask the call manager to reassign the application.', {
        declaration: CONFLICT_DECLARATION,
      });
    }
    const scores = validateScores(call.criteria, input.scores);
    const comment = (input.comment ?? '').normalize('NFC').trim();
    if ([...comment].length > FUNDING_LIMITS.comment) {
      throw fail('FUNDING_REVIEW_INVALID', `The overall comment has at most ${FUNDING_LIMITS.comment} characters.`, { issues: [{ path: 'comment', message: 'Too long.' }] });
    }
    const review: Review = {
      id: deps.ids.newId(),
      assignmentId,
      callId: call.id,
      applicationId: application.id,
      reviewerUserId: assignment.reviewerUserId,
      scores,
      comment,
      weightedHundredths: weightedHundredths(call.criteria, scores),
      conflictDeclaration: CONFLICT_DECLARATION,
      submittedAt: now,
    };
    if ((await tx.reviews.insert(review)) === 'duplicate') throw fail('FUNDING_REVIEW_ALREADY_SUBMITTED', 'This assignment already has a review.');
    await auditFunding(tx.audit, actor, 'submit', 'review', review.id, null, { applicationId: review.applicationId, weightedHundredths: review.weightedHundredths }, now, {
      call_id: call.id,
    });
    return review;
  });
}
