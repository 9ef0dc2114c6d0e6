import { authorizeRoute } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { CallStatus, FundingCall } from './call.js';
import type { FundingErrorCode } from './errors.js';
import { auditFunding, checkVersion, conflict, loadManagedCall } from './funding-helpers.js';
import { todayOf } from './policy.js';
import type { FundingDeps } from './ports.js';

export const CALL_ACTIONS = ['publish', 'close', 'cancel'] as const;
export type CallAction = (typeof CALL_ACTIONS)[number];

/** The lifecycle of a call. Closing ends awarding; cancelling withdraws a call that will not be awarded. */
export const CALL_TRANSITIONS: Record<CallAction, { from: CallStatus[]; to: CallStatus }> = {
  publish: { from: ['draft'], to: 'published' },
  close: { from: ['published'], to: 'closed' },
  cancel: { from: ['draft', 'published'], to: 'cancelled' },
};

/** Applies a lifecycle action; FUNDING_CALL_TRANSITION_NOT_ALLOWED when the status does not allow it, or publishing a call whose window is over. */
export function transitionCall(call: FundingCall, action: CallAction, now: Date): FundingCall {
  const rule = CALL_TRANSITIONS[action];
  if (!rule.from.includes(call.status)) {
    throw new DomainError<FundingErrorCode>('FUNDING_CALL_TRANSITION_NOT_ALLOWED', `A ${call.status} call cannot be ${action === 'publish' ? 'published' : `${action}${action.endsWith('e') ? 'd' : 'ed'}`}.`, {
      status: call.status,
      action,
      allowed_from: rule.from,
    });
  }
  if (action === 'publish' && call.closesOn < todayOf(now)) {
    throw new DomainError<FundingErrorCode>('FUNDING_CALL_TRANSITION_NOT_ALLOWED', `The call closed on ${call.closesOn}; set a later closing date before publishing.`, {
      closes_on: call.closesOn,
    });
  }
  return { ...call, status: rule.to, updatedAt: now, ...(action === 'publish' ? { publishedAt: now } : {}) };
}

/**
 * Publishes, closes or cancels a call at `version`. Errors: FUNDING_CALL_NOT_FOUND,
 * FUNDING_FORBIDDEN, FUNDING_VERSION_CONFLICT, FUNDING_CALL_TRANSITION_NOT_ALLOWED.
 */
export async function changeCallStatus(deps: FundingDeps, actor: Actor, id: string, version: number, action: CallAction): Promise<FundingCall> {
  authorizeRoute(actor, 'verified:write');
  return deps.unitOfWork(async (tx) => {
    const current = await loadManagedCall(tx.calls, actor, id, true);
    checkVersion(current, version, 'call');
    const next = { ...transitionCall(current, action, deps.clock.now()), version: version + 1 };
    if (!(await tx.calls.update(next, version))) throw conflict();
    await auditFunding(tx.audit, actor, action, 'funding_call', id, current, next, next.updatedAt);
    return next;
  });
}
