import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { DEAL_STAGES, type Deal, type DealStage } from './deal.js';
import type { DealErrorCode } from './errors.js';
import type { DealDeps, DealTx } from './ports.js';
import { CURRENT_NDA_VERSION } from './nda.js';
import { checkTransition } from './pipeline.js';
import { actingRole, authorizeDealCall } from './deal-policy.js';
import { applyMove, registrationDefaultsFor, summarizeChange, validateStageFields, type RegistrationDefaults, type StageFieldsInput } from './stage-fields.js';
import { dealAuditSummary, eventOf, loadVisible, notifyAboutDeal, saveVersioned, versionConflict } from './deal-helpers.js';

export type MoveInput = { to: string; version: number; fields: StageFieldsInput };

async function registrationDefaults(tx: DealTx, deal: Deal): Promise<RegistrationDefaults | null> {
  const [listing, owner, interested] = await Promise.all([
    tx.listings.findById(deal.listingId),
    tx.organizations.findById(deal.ownerOrganizationId),
    tx.organizations.findById(deal.interestedOrganizationId),
  ]);
  return listing && owner && interested ? registrationDefaultsFor(listing.kind, owner, interested) : null;
}

const BROKER_NEWS: readonly DealStage[] = ['declined', 'agreement', 'registered', 'closed_won', 'closed_lost'];

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Moves a deal to stage `to` at `version` (optimistic concurrency), with the fields the move
 * needs (decline reason, agreement, registration, lost reason). Writes the deal, its timeline
 * event, the audit entry and the notifications in one transaction.
 * Errors: AUTH_REQUIRED and the route-level codes of authorize.ts, DEAL_STAGE_INVALID, DEAL_NOT_FOUND, DEAL_VERSION_CONFLICT,
 * DEAL_TRANSITION_NOT_ALLOWED, DEAL_ACTION_FORBIDDEN, DEAL_NDA_NOT_ACCEPTED and the field codes
 * of validateStageFields.
 */
export async function advanceDeal(deps: DealDeps, actor: Actor, dealId: string, input: MoveInput): Promise<Deal> {
  authorizeDealCall(actor, 'deal:act');
  if (!(DEAL_STAGES as readonly string[]).includes(input.to)) {
    throw new DomainError<DealErrorCode>('DEAL_STAGE_INVALID', `to must be one of ${DEAL_STAGES.join(', ')}.`, {
      issues: [{ path: 'to', message: 'Unknown stage.' }],
    });
  }
  const to = input.to as DealStage;
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const { deal, roles } = await loadVisible(tx.deals, actor, dealId);
    if (deal.version !== input.version) throw versionConflict(deal.version, input.version);
    const rule = checkTransition(deal, to, roles);
    const change = validateStageFields(rule.needs, input.fields, {
      today: utcDay(now),
      agreement: deal.agreement,
      registrationDefaults: rule.needs === 'registration' ? await registrationDefaults(tx, deal) : null,
    });
    let next = applyMove(deal, to, change, now);
    if (to === 'nda') next = { ...next, ndaVersion: CURRENT_NDA_VERSION, ndaOwnerAcceptance: null, ndaInterestedAcceptance: null, ndaUnlockedAt: null };
    const saved = await saveVersioned(tx.deals, next, input.version);
    const role = actingRole(roles, rule.by);
    const summary = summarizeChange(change);
    await tx.deals.appendEvent(
      eventOf(deps.ids.newId(), saved, actor, role, 'stage_changed', now, { ...summary, ...(to === 'nda' ? { nda_version: CURRENT_NDA_VERSION } : {}) }, {
        from: deal.stage,
        to,
      }),
    );
    await tx.audit.record({ actor, action: 'deal.transition', entityType: 'deal', entityId: deal.id, at: now, summary: { ...dealAuditSummary(deal, saved), note: { from: deal.stage, to } } });
    const both = [deal.ownerOrganizationId, deal.interestedOrganizationId];
    // Brokers hear of the outcomes; the parties of every step.
    const brokers = BROKER_NEWS.includes(to);
    if (to === 'accepted') await notifyAboutDeal(tx, deps, now, saved, actor, 'deal_accepted', { organizationIds: [deal.interestedOrganizationId], brokers });
    else if (to === 'declined') await notifyAboutDeal(tx, deps, now, saved, actor, 'deal_declined', { organizationIds: [deal.interestedOrganizationId], brokers });
    else await notifyAboutDeal(tx, deps, now, saved, actor, 'deal_stage_changed', { organizationIds: both, brokers }, { from_stage: deal.stage });
    return saved;
  });
}
