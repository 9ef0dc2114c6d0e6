import { DomainError } from '../shared/domain-error.js';
import type { Deal, DealRole, DealStage } from './deal.js';
import type { DealErrorCode } from './errors.js';

/** What a move needs besides permission: stage fields to be given, or a state of the deal. */
export type TransitionNeeds = 'nothing' | 'decline_reason' | 'agreement' | 'registration' | 'lost_reason';
export type TransitionGuard = 'nda_accepted_by_both';

export type TransitionRule = {
  from: DealStage;
  to: DealStage;
  /** Roles that may make the move (admins may make every move). */
  by: readonly DealRole[];
  needs: TransitionNeeds;
  guard?: TransitionGuard;
};

const PARTIES_AND_STAFF: readonly DealRole[] = ['owner', 'interested', 'broker', 'admin'];

/**
 * The deal pipeline: every allowed move, and who may make it. Owner side = members of the
 * listing's owner organization; interested side = members of the interested organization;
 * brokers = the center's staff; admins = platform administrators (and the system).
 *
 * - Only the owner side answers an EOI (brokers advise, the owner decides); the interested side
 *   may withdraw it, and a broker may close one left unanswered.
 * - Negotiation starts only when both sides have accepted the deal's NDA version.
 * - Any open deal can be closed as lost by a party or the staff, with a reason from the list.
 */
export const DEAL_TRANSITIONS: readonly TransitionRule[] = [
  { from: 'interest', to: 'accepted', by: ['owner', 'admin'], needs: 'nothing' },
  { from: 'interest', to: 'declined', by: ['owner', 'admin'], needs: 'decline_reason' },
  { from: 'interest', to: 'closed_lost', by: ['interested', 'broker', 'admin'], needs: 'lost_reason' },
  { from: 'accepted', to: 'nda', by: PARTIES_AND_STAFF, needs: 'nothing' },
  { from: 'accepted', to: 'closed_lost', by: PARTIES_AND_STAFF, needs: 'lost_reason' },
  { from: 'nda', to: 'negotiation', by: PARTIES_AND_STAFF, needs: 'nothing', guard: 'nda_accepted_by_both' },
  { from: 'nda', to: 'closed_lost', by: PARTIES_AND_STAFF, needs: 'lost_reason' },
  { from: 'negotiation', to: 'agreement', by: PARTIES_AND_STAFF, needs: 'agreement' },
  { from: 'negotiation', to: 'closed_lost', by: PARTIES_AND_STAFF, needs: 'lost_reason' },
  { from: 'agreement', to: 'registered', by: PARTIES_AND_STAFF, needs: 'registration' },
  { from: 'agreement', to: 'closed_lost', by: PARTIES_AND_STAFF, needs: 'lost_reason' },
  { from: 'registered', to: 'follow_up', by: PARTIES_AND_STAFF, needs: 'nothing' },
  { from: 'follow_up', to: 'closed_won', by: PARTIES_AND_STAFF, needs: 'nothing' },
  { from: 'follow_up', to: 'closed_lost', by: PARTIES_AND_STAFF, needs: 'lost_reason' },
];

export const findTransition = (from: DealStage, to: DealStage): TransitionRule | undefined =>
  DEAL_TRANSITIONS.find((t) => t.from === from && t.to === to);

export const mayMake = (rule: TransitionRule, roles: readonly DealRole[]): boolean =>
  roles.includes('admin') || rule.by.some((r) => roles.includes(r));

/** Whether the deal's state lets the guarded move happen now. */
export function guardHolds(deal: Deal, guard: TransitionGuard | undefined): boolean {
  if (guard === 'nda_accepted_by_both') return deal.ndaUnlockedAt !== null;
  return true;
}

export type AllowedMove = { to: DealStage; needs: TransitionNeeds; blockedBy: TransitionGuard | null };

/** The moves `roles` may make from the deal's stage now (a move whose guard does not hold yet is listed with blockedBy). */
export function allowedMoves(deal: Deal, roles: readonly DealRole[]): AllowedMove[] {
  return DEAL_TRANSITIONS.filter((t) => t.from === deal.stage && mayMake(t, roles)).map((t) => ({
    to: t.to,
    needs: t.needs,
    blockedBy: guardHolds(deal, t.guard) ? null : (t.guard ?? null),
  }));
}

/**
 * Checks a move against the pipeline. Throws DEAL_TRANSITION_NOT_ALLOWED (no such move from
 * the current stage), DEAL_ACTION_FORBIDDEN (the caller's roles may not make it) or
 * DEAL_NDA_NOT_ACCEPTED (negotiation before both sides accepted the NDA). Returns the rule.
 */
export function checkTransition(deal: Deal, to: DealStage, roles: readonly DealRole[]): TransitionRule {
  const rule = findTransition(deal.stage, to);
  if (!rule) {
    const next = DEAL_TRANSITIONS.filter((t) => t.from === deal.stage).map((t) => t.to);
    throw new DomainError<DealErrorCode>('DEAL_TRANSITION_NOT_ALLOWED', `A deal at stage ${deal.stage} cannot move to ${to}.`, {
      stage: deal.stage,
      to,
      possible: next,
    });
  }
  if (!mayMake(rule, roles)) {
    throw new DomainError<DealErrorCode>('DEAL_ACTION_FORBIDDEN', `You may not move this deal from ${deal.stage} to ${to}.`, {
      stage: deal.stage,
      to,
      allowed_roles: rule.by,
    });
  }
  if (!guardHolds(deal, rule.guard)) {
    throw new DomainError<DealErrorCode>('DEAL_NDA_NOT_ACCEPTED', 'Negotiation starts once both sides have accepted the NDA.', {
      owner_accepted: deal.ndaOwnerAcceptance !== null,
      interested_accepted: deal.ndaInterestedAcceptance !== null,
    });
  }
  return rule;
}
