import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { Deal, DealSide } from './deal.js';
import type { DealErrorCode } from './errors.js';
import type { DealDeps } from './ports.js';
import { authorizeDealCall } from './deal-policy.js';
import { dealAuditSummary, eventOf, loadVisible, notifyAboutDeal, saveVersioned } from './deal-helpers.js';

const fail = (code: DealErrorCode, message: string, details?: Record<string, unknown>) => new DomainError<DealErrorCode>(code, message, details);

/**
 * Accepts the deal's NDA (version `ndaVersion`) for the side(s) the caller is a member of,
 * recording who and when. When both sides have accepted, the NDA takes effect: the interested
 * side may now read the listing's confidential details. Accepting again is a no-op. The row is
 * locked for the transaction, so both sides may accept at the same moment without a conflict.
 * Errors: AUTH_REQUIRED and the route-level codes of authorize.ts, DEAL_NOT_FOUND, DEAL_NDA_NOT_OPEN (the deal is not at stage nda),
 * DEAL_NDA_VERSION_MISMATCH (details.current_version), DEAL_ACTION_FORBIDDEN (not a member of either side).
 */
export async function acceptNda(deps: DealDeps, actor: Actor, dealId: string, ndaVersion: number): Promise<Deal> {
  authorizeDealCall(actor, 'deal:act');
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const { deal, roles } = await loadVisible(tx.deals, actor, dealId, { lock: true });
    if (deal.stage !== 'nda' || deal.ndaVersion === null) {
      throw fail('DEAL_NDA_NOT_OPEN', `The NDA can be accepted only while the deal is at stage nda; it is at ${deal.stage}.`, { stage: deal.stage });
    }
    if (ndaVersion !== deal.ndaVersion) {
      throw fail('DEAL_NDA_VERSION_MISMATCH', `This deal asks for NDA version ${deal.ndaVersion}; read that version and accept it.`, {
        current_version: deal.ndaVersion,
        your_version: ndaVersion,
      });
    }
    const sides: DealSide[] = [];
    if (roles.includes('owner')) sides.push('owner');
    if (roles.includes('interested')) sides.push('interested');
    if (sides.length === 0 || actor.kind !== 'user') {
      throw fail('DEAL_ACTION_FORBIDDEN', 'Only members of the two organizations can accept their NDA; brokers cannot accept it for them.');
    }
    const acceptance = { userId: actor.userId, acceptedAt: now, version: ndaVersion };
    const pending = sides.filter((s) => (s === 'owner' ? deal.ndaOwnerAcceptance : deal.ndaInterestedAcceptance) === null);
    if (pending.length === 0) return deal;
    const next: Deal = {
      ...deal,
      ndaOwnerAcceptance: pending.includes('owner') ? acceptance : deal.ndaOwnerAcceptance,
      ndaInterestedAcceptance: pending.includes('interested') ? acceptance : deal.ndaInterestedAcceptance,
      updatedAt: now,
    };
    const unlocked = next.ndaOwnerAcceptance !== null && next.ndaInterestedAcceptance !== null;
    if (unlocked) next.ndaUnlockedAt = now;
    const saved = await saveVersioned(tx.deals, next, deal.version);
    await tx.deals.appendEvent(
      eventOf(deps.ids.newId(), saved, actor, pending[0]!, 'nda_accepted', now, { sides: pending, nda_version: ndaVersion, in_effect: unlocked }),
    );
    await tx.audit.record({ actor, action: 'deal.nda_accept', entityType: 'deal', entityId: deal.id, at: now, summary: { ...dealAuditSummary(deal, saved), note: { sides: pending, nda_version: ndaVersion } } });
    const others = [deal.ownerOrganizationId, deal.interestedOrganizationId].filter((_, i) => !pending.includes(i === 0 ? 'owner' : 'interested'));
    await notifyAboutDeal(tx, deps, now, saved, actor, 'deal_nda_accepted', { organizationIds: unlocked ? [deal.ownerOrganizationId, deal.interestedOrganizationId] : others, brokers: false }, {
      sides: pending,
      in_effect: unlocked,
    });
    return saved;
  });
}
