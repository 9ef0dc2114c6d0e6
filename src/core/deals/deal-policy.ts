import { authorizeRoute, can, type Resource } from '../accounts/authorize.js';
import type { Permission } from '../accounts/permissions.js';
import { isMemberOf, type Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { DEAL_ROLES, isOpenStage, type Deal, type DealRole } from './deal.js';
import type { DealErrorCode } from './errors.js';

/**
 * Deal rules as the deals context asks them. Who may see a deal and its thread is decided in the
 * one authorization module (src/core/accounts/authorize.ts, resource kind 'deal'); which move
 * each role may make is the pipeline's (pipeline.ts). This file adapts deals to both.
 */

type DealParties = Pick<Deal, 'ownerOrganizationId' | 'interestedOrganizationId'>;

export const dealResource = (deal: DealParties, thread = false): Resource => ({
  kind: 'deal',
  ownerOrganizationId: deal.ownerOrganizationId,
  interestedOrganizationId: deal.interestedOrganizationId,
  thread,
});

/**
 * The roles `actor` holds in a deal, in precedence order (owner, interested, broker, admin), for
 * the pipeline. A user may hold several (a broker who is also a member of the interested
 * organization). The system (CLI, jobs) acts as admin.
 */
export function dealRolesOf(actor: Actor, deal: DealParties): DealRole[] {
  if (actor.kind === 'system') return ['admin'];
  if (actor.kind !== 'user') return [];
  const held = new Set<DealRole>();
  if (isMemberOf(actor, deal.ownerOrganizationId)) held.add('owner');
  if (isMemberOf(actor, deal.interestedOrganizationId)) held.add('interested');
  if (actor.roles.includes('broker')) held.add('broker');
  if (actor.roles.includes('admin')) held.add('admin');
  return DEAL_ROLES.filter((r) => held.has(r));
}

/** The role an actor speaks in on the thread and the timeline: the first it holds that `preferred` admits. */
export function actingRole(roles: readonly DealRole[], preferred: readonly DealRole[] = DEAL_ROLES): DealRole {
  return roles.find((r) => preferred.includes(r)) ?? roles.find((r) => r === 'admin') ?? roles[0]!;
}

/** May the actor see the deal (record, stage, timeline)? */
export const canViewDeal = (actor: Actor, deal: DealParties): boolean => can(actor, 'deal:read', dealResource(deal));

/** May the actor read the deal's messages and documents? */
export const canReadThread = (actor: Actor, deal: DealParties): boolean => can(actor, 'deal:read', dealResource(deal, true));

/** May the actor add messages and documents (to an open deal)? */
export const canWriteToThread = (actor: Actor, deal: DealParties & Pick<Deal, 'stage'>): boolean =>
  can(actor, 'deal:act', dealResource(deal, true)) && isOpenStage(deal.stage);

export const threadForbidden = () =>
  new DomainError<DealErrorCode>('DEAL_ACTION_FORBIDDEN', 'A deal’s messages and documents are for its parties and the brokers only.');

/**
 * Whether the deal gives its interested side sight of the listing's confidential details:
 * both sides accepted the NDA, and the deal was not declined or lost since.
 */
export const ndaGrantsAccess = (deal: Pick<Deal, 'ndaUnlockedAt' | 'stage'>): boolean =>
  deal.ndaUnlockedAt !== null && deal.stage !== 'closed_lost' && deal.stage !== 'declined';

export const dealNotFound = (id: string) => new DomainError<DealErrorCode>('DEAL_NOT_FOUND', 'No such deal.', { id });

/** The route-level check of a deal use case (signed in, verified, token scope): the authorization module's codes. */
export const authorizeDealCall = (actor: Actor, permission: Extract<Permission, `deal:${string}` | 'match:feedback' | 'staff:read'>): void =>
  authorizeRoute(actor, permission);
