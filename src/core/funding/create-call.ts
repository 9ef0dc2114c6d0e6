import { authorizeRoute } from '../accounts/authorize.js';
import { userIdOf, type Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { FUNDER_TYPES, type FundingCall } from './call.js';
import type { FundingErrorCode } from './errors.js';
import { auditFunding } from './funding-helpers.js';
import { canManageCall, fundingForbidden } from './policy.js';
import type { FundingDeps, FundingOrganizationReader } from './ports.js';
import { validateCall, type CallInput } from './validate-call.js';

/** Checks the funder organization exists and is an investor or a government body. */
export async function checkFunder(organizations: FundingOrganizationReader, funderOrganizationId: string): Promise<void> {
  const org = await organizations.findById(funderOrganizationId);
  if (!org || !FUNDER_TYPES.includes(org.type)) {
    throw new DomainError<FundingErrorCode>(
      'FUNDING_FUNDER_INVALID',
      org ? `Calls are published by investors and government bodies; this organization is ${org.type}.` : 'The funder organization does not exist.',
      { issues: [{ path: 'funder_organization_id', message: org ? 'Not an investor or government organization.' : 'No such organization.' }] },
    );
  }
}

/**
 * Creates a call as a draft for a funder organization (investor or government) the actor
 * manages (funder role and membership). Errors: the validation codes of validateCall,
 * FUNDING_FUNDER_INVALID, FUNDING_FORBIDDEN, and the authorization codes.
 */
export async function createCall(deps: FundingDeps, actor: Actor, input: CallInput): Promise<FundingCall> {
  authorizeRoute(actor, 'verified:write');
  const fields = validateCall(input);
  if (!canManageCall(actor, fields)) throw fundingForbidden('Only users with the funder role who belong to the funder organization may create its calls.');
  const now = deps.clock.now();
  const call: FundingCall = {
    ...fields,
    id: deps.ids.newId(),
    status: 'draft',
    publishedAt: null,
    createdByUserId: userIdOf(actor),
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await deps.unitOfWork(async (tx) => {
    await checkFunder(tx.organizations, fields.funderOrganizationId);
    await tx.calls.insert(call);
    await auditFunding(tx.audit, actor, 'create', 'funding_call', call.id, null, call, now);
  });
  return call;
}
