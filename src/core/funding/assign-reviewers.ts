import { authorizeRoute } from '../accounts/authorize.js';
import { userIdOf, type Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { ReviewAssignment } from './call.js';
import type { FundingErrorCode } from './errors.js';
import { auditFunding, loadManagedCall } from './funding-helpers.js';
import { applicationNotFound } from './policy.js';
import type { FundingDeps } from './ports.js';

const fail = (code: FundingErrorCode, message: string, details?: Record<string, unknown>) => new DomainError<FundingErrorCode>(code, message, details);

/**
 * Assigns one reviewer to applications of a call the actor manages, all or none. The
 * reviewer's organization memberships are recorded with each assignment; a reviewer who
 * belongs to an applicant organization is refused (conflict of interest), as is an assignment
 * to an application already decided. Errors: FUNDING_CALL_NOT_FOUND, FUNDING_FORBIDDEN,
 * FUNDING_APPLICATION_NOT_FOUND, FUNDING_REVIEW_CLOSED, FUNDING_REVIEWER_NOT_FOUND,
 * FUNDING_REVIEWER_CONFLICT (details.application_id), FUNDING_REVIEWER_ALREADY_ASSIGNED.
 */
export async function assignReviewers(
  deps: FundingDeps,
  actor: Actor,
  callId: string,
  input: { reviewerUserId: string; applicationIds: string[] },
): Promise<ReviewAssignment[]> {
  authorizeRoute(actor, 'verified:write');
  const now = deps.clock.now();
  const applicationIds = [...new Set(input.applicationIds)];
  if (applicationIds.length === 0) throw fail('FUNDING_APPLICATION_NOT_FOUND', 'Name at least one application to assign.');
  const reviewer = await deps.reviewers.find(input.reviewerUserId);
  if (!reviewer) {
    throw fail('FUNDING_REVIEWER_NOT_FOUND', 'No such user to assign as reviewer.', { issues: [{ path: 'reviewer_user_id', message: 'No such user.' }] });
  }
  return deps.unitOfWork(async (tx) => {
    const call = await loadManagedCall(tx.calls, actor, callId);
    const out: ReviewAssignment[] = [];
    for (const applicationId of applicationIds) {
      const application = await tx.applications.findById(applicationId);
      if (!application || application.callId !== call.id) throw applicationNotFound(applicationId);
      if (application.status !== 'submitted') {
        throw fail('FUNDING_REVIEW_CLOSED', `The application is ${application.status}; it is no longer reviewed.`, { application_id: applicationId });
      }
      if (reviewer.organizationIds.includes(application.applicantOrganizationId)) {
        throw fail('FUNDING_REVIEWER_CONFLICT', 'The reviewer belongs to the applicant organization and cannot review its application.', {
          application_id: applicationId,
          reviewer_user_id: reviewer.userId,
        });
      }
      const assignment: ReviewAssignment = {
        id: deps.ids.newId(),
        callId: call.id,
        applicationId,
        reviewerUserId: reviewer.userId,
        reviewerOrganizationIds: [...reviewer.organizationIds].sort(),
        assignedAt: now,
        assignedByUserId: userIdOf(actor),
      };
      if ((await tx.assignments.insert(assignment)) === 'duplicate') {
        throw fail('FUNDING_REVIEWER_ALREADY_ASSIGNED', 'The reviewer is already assigned to this application.', { application_id: applicationId });
      }
      await auditFunding(tx.audit, actor, 'assign', 'review_assignment', assignment.id, null, assignment, now, { call_id: call.id });
      out.push(assignment);
    }
    return out;
  });
}
