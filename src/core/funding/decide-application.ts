import { authorizeRoute } from '../accounts/authorize.js';
import { userIdOf, type Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { formatMoney } from '../programs/format-money.js';
import type { FundingApplication, Grant } from './call.js';
import { disbursementSchedule } from './disbursement.js';
import type { FundingErrorCode } from './errors.js';
import { auditFunding, conflict, loadManagedCall } from './funding-helpers.js';
import { applicationNotFound, todayOf } from './policy.js';
import type { FundingDeps } from './ports.js';

export type DecisionInput = {
  applicationId: string;
  decision: 'award' | 'reject';
  amountMinor?: number | undefined;
  /** When given, the award's currency: it must be the call's. */
  currency?: string | undefined;
};
export type DecisionResult = { application: FundingApplication; grant: Grant | null; currency: string };

const fail = (code: FundingErrorCode, message: string, details?: Record<string, unknown>) => new DomainError<FundingErrorCode>(code, message, details);

/**
 * Awards or rejects an application of a call the actor manages. Decisions are made once the
 * call's window has closed and while the call is published. An award needs at least one review
 * and an amount that is a positive whole number of minor units, at most the per-project ceiling,
 * at most what the call's budget has left (checked under a lock on the call, so concurrent
 * awards cannot overspend it) and at most the request. It creates the grant, with one
 * disbursement per milestone (amounts in proportion, summing exactly to the award), in the same
 * transaction. Errors: FUNDING_CALL_NOT_FOUND, FUNDING_FORBIDDEN, FUNDING_APPLICATION_NOT_FOUND,
 * FUNDING_AWARD_NOT_ALLOWED, FUNDING_AWARD_INVALID, FUNDING_AWARD_EXCEEDS_CEILING,
 * FUNDING_AWARD_EXCEEDS_BUDGET (details.remaining_minor), FUNDING_AWARD_EXCEEDS_REQUEST.
 */
export async function decideApplication(deps: FundingDeps, actor: Actor, callId: string, input: DecisionInput): Promise<DecisionResult> {
  authorizeRoute(actor, 'verified:write');
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const call = await loadManagedCall(tx.calls, actor, callId, true);
    if (call.status !== 'published') throw fail('FUNDING_AWARD_NOT_ALLOWED', `Decisions are made on published calls; this one is ${call.status}.`);
    if (todayOf(now) <= call.closesOn) {
      throw fail('FUNDING_AWARD_NOT_ALLOWED', `Decisions are made after the call closes on ${call.closesOn}.`, { closes_on: call.closesOn });
    }
    const application = await tx.applications.findById(input.applicationId);
    if (!application || application.callId !== call.id) throw applicationNotFound(input.applicationId);
    if (application.status !== 'submitted') throw fail('FUNDING_AWARD_NOT_ALLOWED', `The application is already ${application.status}.`);

    if (input.decision === 'reject') {
      const next: FundingApplication = { ...application, status: 'rejected', decidedAt: now, version: application.version + 1 };
      if (!(await tx.applications.update(next, application.version))) throw conflict();
      await auditFunding(tx.audit, actor, 'reject', 'funding_application', next.id, { status: application.status }, { status: next.status }, now, { call_id: call.id });
      return { application: next, grant: null, currency: call.currency };
    }

    const amount = input.amountMinor;
    if (amount === undefined || !Number.isSafeInteger(amount) || amount <= 0) {
      throw fail('FUNDING_AWARD_INVALID', 'An award is a positive whole number of minor units (amount_minor).', { issues: [{ path: 'amount_minor', message: 'Required, positive.' }] });
    }
    if (input.currency !== undefined && input.currency.trim().toUpperCase() !== call.currency) {
      throw fail('FUNDING_AWARD_INVALID', `The call awards in ${call.currency}.`, { issues: [{ path: 'amount.currency', message: `Use ${call.currency}.` }] });
    }
    const money = (m: number) => formatMoney(m, call.currency);
    if (amount > call.ceilingMinor) {
      throw fail('FUNDING_AWARD_EXCEEDS_CEILING', `An award of ${money(amount)} is above the per-project ceiling of ${money(call.ceilingMinor)}.`, {
        ceiling_minor: call.ceilingMinor,
        amount_minor: amount,
      });
    }
    const awarded = await tx.grants.awardedTotal(call.id);
    const remaining = call.budgetMinor - awarded;
    if (amount > remaining) {
      throw fail('FUNDING_AWARD_EXCEEDS_BUDGET', `An award of ${money(amount)} exceeds what is left of the call budget: ${money(remaining)} of ${money(call.budgetMinor)}.`, {
        budget_minor: call.budgetMinor,
        awarded_minor: awarded,
        remaining_minor: remaining,
        amount_minor: amount,
      });
    }
    if (amount > application.requestedMinor) {
      throw fail('FUNDING_AWARD_EXCEEDS_REQUEST', `An award of ${money(amount)} is more than the ${money(application.requestedMinor)} requested.`, {
        requested_minor: application.requestedMinor,
        amount_minor: amount,
      });
    }
    const reviews = (await tx.reviews.listForCall(call.id)).filter((r) => r.applicationId === application.id);
    if (reviews.length === 0) throw fail('FUNDING_AWARD_NOT_ALLOWED', 'Review the application before awarding it.');

    const grant: Grant = {
      id: deps.ids.newId(),
      callId: call.id,
      applicationId: application.id,
      recipientOrganizationId: application.applicantOrganizationId,
      funderOrganizationId: call.funderOrganizationId,
      title: application.title,
      instrument: call.instrument,
      currency: call.currency,
      amountMinor: amount,
      status: 'active',
      disbursements: disbursementSchedule(application.milestones, amount),
      awardedAt: now,
      awardedByUserId: userIdOf(actor),
      version: 1,
    };
    const next: FundingApplication = { ...application, status: 'awarded', decidedAt: now, version: application.version + 1 };
    if (!(await tx.applications.update(next, application.version))) throw conflict();
    await tx.grants.insert(grant);
    await auditFunding(tx.audit, actor, 'award', 'funding_application', next.id, { status: application.status }, { status: next.status }, now, {
      call_id: call.id,
      grant_id: grant.id,
      amount_minor: amount,
      currency: call.currency,
    });
    await auditFunding(tx.audit, actor, 'create', 'grant', grant.id, null, grant, now);
    return { application: next, grant, currency: call.currency };
  });
}
