import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { Deal, DealSide, DealStage } from './deal.js';
import type { DealErrorCode } from './errors.js';
import type { DealDeps } from './ports.js';
import { authorizeDealCall } from './deal-policy.js';
import { dealAuditSummary, eventOf, loadVisible, saveVersioned, versionConflict } from './deal-helpers.js';

/** Stages at which a side may give (or withdraw) its consent: the contract is signed and registered. */
export const CONSENT_STAGES: readonly DealStage[] = ['registered', 'follow_up', 'closed_won'];

/**
 * Records whether the caller's side(s) agree that the center publishes the deal as a success
 * story (the feed shows closed_won deals both sides agreed to). Brokers cannot consent for a
 * party. Giving the consent again, or withdrawing one not given, changes nothing.
 * Errors: DEAL_NOT_FOUND, DEAL_ACTION_FORBIDDEN (not a member of either side), DEAL_CONSENT_NOT_OPEN
 * (the deal has not reached a registered contract, or was lost), DEAL_VERSION_CONFLICT.
 */
export async function setPublishConsent(deps: DealDeps, actor: Actor, dealId: string, input: { consent: boolean; version: number }): Promise<Deal> {
  authorizeDealCall(actor, 'deal:act');
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const { deal, roles } = await loadVisible(tx.deals, actor, dealId, { lock: true });
    const sides: DealSide[] = [];
    if (roles.includes('owner')) sides.push('owner');
    if (roles.includes('interested')) sides.push('interested');
    if (sides.length === 0 || actor.kind !== 'user') {
      throw new DomainError<DealErrorCode>('DEAL_ACTION_FORBIDDEN', 'Only members of the two organizations can agree to publish their deal; brokers cannot agree for them.');
    }
    if (!CONSENT_STAGES.includes(deal.stage)) {
      throw new DomainError<DealErrorCode>('DEAL_CONSENT_NOT_OPEN', `A deal can be published as a success story once its contract is registered; it is at ${deal.stage}.`, {
        stage: deal.stage,
        allowed_stages: [...CONSENT_STAGES],
      });
    }
    if (input.version !== deal.version) throw versionConflict(deal.version, input.version);
    const value = input.consent ? now : null;
    const changed = sides.filter((s) => ((s === 'owner' ? deal.publishConsentOwnerAt : deal.publishConsentInterestedAt) === null) === input.consent);
    if (changed.length === 0) return deal;
    const next: Deal = {
      ...deal,
      publishConsentOwnerAt: changed.includes('owner') ? value : deal.publishConsentOwnerAt,
      publishConsentInterestedAt: changed.includes('interested') ? value : deal.publishConsentInterestedAt,
      updatedAt: now,
    };
    const saved = await saveVersioned(tx.deals, next, deal.version);
    await tx.deals.appendEvent(eventOf(deps.ids.newId(), saved, actor, changed[0]!, 'publish_consent_changed', now, { sides: changed, consent: input.consent }));
    await tx.audit.record({
      actor,
      action: 'deal.publish_consent',
      entityType: 'deal',
      entityId: deal.id,
      at: now,
      summary: { ...dealAuditSummary(deal, saved), note: { sides: changed, consent: input.consent } },
    });
    return saved;
  });
}
