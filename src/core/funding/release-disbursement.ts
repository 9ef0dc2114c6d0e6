import { authorizeRoute } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { Grant } from './call.js';
import type { FundingErrorCode } from './errors.js';
import { auditFunding, checkVersion, conflict } from './funding-helpers.js';
import { canManageCall, canReadGrant, fundingForbidden, grantNotFound, todayOf } from './policy.js';
import type { FundingDeps } from './ports.js';

/**
 * Releases the disbursement of milestone `seq` of a grant (the funder confirms the milestone is
 * reached), dated today. Milestones are released in order; the last release completes the grant.
 * Errors: FUNDING_GRANT_NOT_FOUND, FUNDING_FORBIDDEN, FUNDING_VERSION_CONFLICT,
 * FUNDING_DISBURSEMENT_NOT_FOUND, FUNDING_DISBURSEMENT_NOT_ALLOWED.
 */
export async function releaseDisbursement(deps: FundingDeps, actor: Actor, grantId: string, seq: number, version: number): Promise<Grant> {
  authorizeRoute(actor, 'verified:write');
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const grant = await tx.grants.findById(grantId);
    if (!grant || !canReadGrant(actor, grant)) throw grantNotFound(grantId);
    if (!canManageCall(actor, { funderOrganizationId: grant.funderOrganizationId })) throw fundingForbidden('Only the funder releases disbursements.');
    checkVersion(grant, version, 'grant');
    const d = grant.disbursements.find((x) => x.seq === seq);
    if (!d) throw new DomainError<FundingErrorCode>('FUNDING_DISBURSEMENT_NOT_FOUND', `The grant has no milestone ${seq}.`, { seq });
    const fail = (message: string) => new DomainError<FundingErrorCode>('FUNDING_DISBURSEMENT_NOT_ALLOWED', message, { seq });
    if (grant.status !== 'active') throw fail(`The grant is ${grant.status}.`);
    if (d.status === 'released') throw fail(`Milestone ${seq} was released on ${d.releasedOn}.`);
    const earlier = grant.disbursements.find((x) => x.seq < seq && x.status !== 'released');
    if (earlier) throw fail(`Release milestone ${earlier.seq} first: milestones are paid in order.`);
    const disbursements = grant.disbursements.map((x) => (x.seq === seq ? { ...x, status: 'released' as const, releasedOn: todayOf(now) } : x));
    const done = disbursements.every((x) => x.status === 'released');
    const next: Grant = { ...grant, disbursements, status: done ? 'completed' : grant.status, version: version + 1 };
    if (!(await tx.grants.update(next, version))) throw conflict();
    await auditFunding(tx.audit, actor, 'release', 'grant', grant.id, null, null, now, { seq, amount_minor: d.amountMinor, currency: grant.currency, completed: done });
    return next;
  });
}
