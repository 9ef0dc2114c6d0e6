import { authorizeRoute } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { FundingCall } from './call.js';
import type { FundingErrorCode } from './errors.js';
import { checkFunder } from './create-call.js';
import { auditFunding, checkVersion, conflict, loadManagedCall } from './funding-helpers.js';
import { canManageCall, fundingForbidden } from './policy.js';
import type { FundingDeps } from './ports.js';
import { validateCall, type CallInput } from './validate-call.js';

export type CallPatch = Partial<CallInput>;

/**
 * Changes a draft call at `version`. Published calls are fixed (applicants rely on their
 * rules); cancel and create a new one instead. Errors: FUNDING_CALL_NOT_FOUND,
 * FUNDING_FORBIDDEN, FUNDING_VERSION_CONFLICT, FUNDING_CALL_NOT_EDITABLE, FUNDING_FUNDER_INVALID
 * and the validation codes.
 */
export async function updateCall(deps: FundingDeps, actor: Actor, id: string, version: number, patch: CallPatch): Promise<FundingCall> {
  authorizeRoute(actor, 'verified:write');
  return deps.unitOfWork(async (tx) => {
    const current = await loadManagedCall(tx.calls, actor, id, true);
    checkVersion(current, version, 'call');
    if (current.status !== 'draft') {
      throw new DomainError<FundingErrorCode>('FUNDING_CALL_NOT_EDITABLE', `A ${current.status} call can no longer be changed.`, { status: current.status });
    }
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as CallPatch;
    const merged: CallInput = {
      funderOrganizationId: current.funderOrganizationId,
      title: current.title,
      theme: current.theme,
      description: current.description,
      sectors: current.sectors,
      trlMin: current.trlMin,
      trlMax: current.trlMax,
      instrument: current.instrument,
      currency: current.currency,
      budgetMinor: current.budgetMinor,
      ceilingMinor: current.ceilingMinor,
      eligibility: current.eligibility,
      criteria: current.criteria,
      opensOn: current.opensOn,
      closesOn: current.closesOn,
      ...defined,
    };
    const fields = validateCall(merged);
    if (fields.funderOrganizationId !== current.funderOrganizationId) {
      if (!canManageCall(actor, fields)) throw fundingForbidden('You may move a call only to a funder organization you manage.');
      await checkFunder(tx.organizations, fields.funderOrganizationId);
    }
    const next: FundingCall = { ...current, ...fields, updatedAt: deps.clock.now(), version: version + 1 };
    if (!(await tx.calls.update(next, version))) throw conflict();
    await auditFunding(tx.audit, actor, 'update', 'funding_call', id, current, next, next.updatedAt);
    return next;
  });
}
