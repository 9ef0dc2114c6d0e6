import { authorizeRoute } from '../accounts/authorize.js';
import { isMemberOf, userIdOf, type Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { formatMoney } from '../programs/format-money.js';
import type { FundingApplication, FundingCall } from './call.js';
import type { FundingErrorCode } from './errors.js';
import { assertEligible, eligibilityProblems } from './eligibility.js';
import { auditFunding, loadReadableCall } from './funding-helpers.js';
import { todayOf } from './policy.js';
import type { FundingDeps } from './ports.js';
import { validateApplication, type ApplicationInput } from './validate-application.js';

const fail = (code: FundingErrorCode, message: string, details?: Record<string, unknown>) => new DomainError<FundingErrorCode>(code, message, details);

/** Refuses an application outside the call's window: FUNDING_CALL_NOT_OPEN before it opens or when not published, FUNDING_DEADLINE_PASSED after it closes. */
export function assertOpenForApplications(call: FundingCall, now: Date): void {
  const today = todayOf(now);
  if (call.status !== 'published') throw fail('FUNDING_CALL_NOT_OPEN', `The call is ${call.status}; it does not take applications.`, { status: call.status });
  if (today < call.opensOn) throw fail('FUNDING_CALL_NOT_OPEN', `The call opens on ${call.opensOn}.`, { opens_on: call.opensOn });
  if (today > call.closesOn) throw fail('FUNDING_DEADLINE_PASSED', `The call closed on ${call.closesOn}; applications are no longer accepted.`, { closes_on: call.closesOn });
}

/**
 * Applies to a call for an organization the actor belongs to, as a new application or from one
 * of its funding_request listings (whose title, summary and TRL are the defaults). Checks, in
 * order: the call is published and today (UTC) is within its window; the applicant and listing;
 * the application's fields; the request against the per-project ceiling; eligibility. Nothing
 * is written when any check fails. One live application per organization and call.
 * Errors: FUNDING_CALL_NOT_FOUND, FUNDING_CALL_NOT_OPEN, FUNDING_DEADLINE_PASSED,
 * FUNDING_APPLICANT_INVALID, FUNDING_LISTING_INVALID, the codes of validateApplication,
 * FUNDING_REQUEST_ABOVE_CEILING, FUNDING_NOT_ELIGIBLE (details.reasons), FUNDING_APPLICATION_DUPLICATE.
 */
export async function submitApplication(deps: FundingDeps, actor: Actor, callId: string, input: ApplicationInput): Promise<FundingApplication> {
  authorizeRoute(actor, 'verified:write');
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const call = await loadReadableCall(tx.calls, actor, callId);
    assertOpenForApplications(call, now);

    const applicantId = input.applicantOrganizationId;
    if (actor.kind !== 'system' && !isMemberOf(actor, applicantId)) {
      throw fail('FUNDING_APPLICANT_INVALID', 'You can apply only for an organization you belong to.', {
        issues: [{ path: 'applicant_organization_id', message: 'Not an organization you belong to.' }],
      });
    }
    const applicant = await tx.organizations.findById(applicantId);
    if (!applicant) {
      throw fail('FUNDING_APPLICANT_INVALID', 'The applicant organization does not exist.', { issues: [{ path: 'applicant_organization_id', message: 'No such organization.' }] });
    }
    if (applicant.id === call.funderOrganizationId) throw fail('FUNDING_APPLICANT_INVALID', 'A funder cannot apply to its own call.');

    let defaults = { title: '', plan: '', trl: null as number | null };
    const listingId = input.listingId ?? null;
    if (listingId !== null) {
      const listing = await tx.listings.findById(listingId);
      if (!listing || listing.ownerOrganizationId !== applicantId || listing.kind !== 'funding_request') {
        throw fail('FUNDING_LISTING_INVALID', 'Apply from a funding_request listing of the applicant organization.', {
          issues: [{ path: 'listing_id', message: listing ? 'Not a funding_request listing of the applicant.' : 'No such listing.' }],
        });
      }
      defaults = { title: listing.title, plan: [listing.summary, listing.description].filter(Boolean).join('\n\n'), trl: listing.trl };
    }
    const fields = validateApplication(input, defaults, call.currency);
    if (fields.requestedMinor > call.ceilingMinor) {
      throw fail(
        'FUNDING_REQUEST_ABOVE_CEILING',
        `The request of ${formatMoney(fields.requestedMinor, call.currency)} is above the call's per-project ceiling of ${formatMoney(call.ceilingMinor, call.currency)}.`,
        { ceiling_minor: call.ceilingMinor, requested_minor: fields.requestedMinor, currency: call.currency },
      );
    }
    assertEligible(eligibilityProblems(call, applicant, fields.trl));

    const application: FundingApplication = {
      ...fields,
      id: deps.ids.newId(),
      callId: call.id,
      applicantOrganizationId: applicantId,
      listingId,
      status: 'submitted',
      submittedAt: now,
      submittedByUserId: userIdOf(actor),
      decidedAt: null,
      version: 1,
    };
    if ((await tx.applications.insert(application)) === 'duplicate') {
      throw fail('FUNDING_APPLICATION_DUPLICATE', 'This organization has already applied to the call.');
    }
    await auditFunding(tx.audit, actor, 'submit', 'funding_application', application.id, null, { ...application, plan: undefined }, now, { call_id: call.id });
    return application;
  });
}
