import { hasRole, isMemberOf, type Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { FundingApplication, FundingCall, Grant, ReviewAssignment } from './call.js';
import type { FundingErrorCode } from './errors.js';

/**
 * Funding rules as the funding context asks them. Route-level checks (signed in, verified,
 * token scope) are made by the one authorization module (src/core/accounts/authorize.ts)
 * before a use case runs; these are the resource rules: funders manage their own calls,
 * applicants see their own applications, reviewers see only their assignments.
 */

/** The funder's staff: users with the funder role who belong to the call's funder organization (and administrators, the system). */
export function canManageCall(actor: Actor, call: Pick<FundingCall, 'funderOrganizationId'>): boolean {
  if (actor.kind === 'system' || hasRole(actor, 'admin')) return true;
  return hasRole(actor, 'funder') && isMemberOf(actor, call.funderOrganizationId);
}

/** Published and closed calls are public; drafts and cancelled calls only for those who manage them (and brokers). */
export function canReadCall(actor: Actor, call: Pick<FundingCall, 'funderOrganizationId' | 'status'>): boolean {
  if (call.status === 'published' || call.status === 'closed') return true;
  return canManageCall(actor, call) || hasRole(actor, 'broker');
}

/**
 * An application is seen by the applicant organization's members, the call's managers, its
 * assigned reviewers (`assignedReviewer`), brokers, administrators and the system.
 */
export function canReadApplication(
  actor: Actor,
  application: Pick<FundingApplication, 'applicantOrganizationId'>,
  call: Pick<FundingCall, 'funderOrganizationId'>,
  assignedReviewer: boolean,
): boolean {
  if (canManageCall(actor, call) || assignedReviewer || hasRole(actor, 'broker')) return true;
  return isMemberOf(actor, application.applicantOrganizationId);
}

/** Whether the actor is the reviewer of this assignment (the system acts for anyone). */
export const isAssignedReviewer = (actor: Actor, assignment: Pick<ReviewAssignment, 'reviewerUserId'>): boolean =>
  actor.kind === 'system' || (actor.kind === 'user' && actor.userId === assignment.reviewerUserId);

/**
 * A grant is seen by its recipient's members, its funder's managers, and those who oversee
 * public money: brokers, programme managers (who attach grants to programmes), administrators.
 */
export function canReadGrant(actor: Actor, grant: Pick<Grant, 'recipientOrganizationId' | 'funderOrganizationId'>): boolean {
  return (
    canManageCall(actor, { funderOrganizationId: grant.funderOrganizationId }) ||
    seesAllGrants(actor) ||
    isMemberOf(actor, grant.recipientOrganizationId)
  );
}

export const seesAllGrants = (actor: Actor): boolean =>
  actor.kind === 'system' || hasRole(actor, 'broker') || hasRole(actor, 'programme_manager') || hasRole(actor, 'admin');

export const fundingForbidden = (message: string) => new DomainError<FundingErrorCode>('FUNDING_FORBIDDEN', message);
export const callNotFound = (id: string) => new DomainError<FundingErrorCode>('FUNDING_CALL_NOT_FOUND', 'No such funding call.', { id });
export const applicationNotFound = (id: string) => new DomainError<FundingErrorCode>('FUNDING_APPLICATION_NOT_FOUND', 'No such application.', { id });
export const grantNotFound = (id: string) => new DomainError<FundingErrorCode>('FUNDING_GRANT_NOT_FOUND', 'No such grant.', { id });

/** Today's date (UTC) as YYYY-MM-DD: the calendar the application window is in. */
export const todayOf = (now: Date): string => now.toISOString().slice(0, 10);
