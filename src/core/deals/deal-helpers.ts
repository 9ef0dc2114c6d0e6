import { userIdOf, type Actor } from '../shared/actor.js';
import { summarizeChange } from '../audit/summarize.js';
import type { AuditSummary } from '../audit/audit.js';
import { DomainError } from '../shared/domain-error.js';
import type { Deal, DealEvent, DealRole } from './deal.js';
import type { DealErrorCode } from './errors.js';
import type { DealNotification, DealStore, DealTx } from './ports.js';
import { canViewDeal, dealNotFound, dealRolesOf } from './deal-policy.js';
import { queueNotification } from './notifications.js';

/** Loads a deal the actor may see, with the actor's roles in it; DEAL_NOT_FOUND otherwise (also for deals of others). */
export async function loadVisible(
  store: Pick<DealStore, 'findById' | 'findByIdForUpdate'>,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<{ deal: Deal; roles: DealRole[] }> {
  const deal = options.lock ? await store.findByIdForUpdate(id) : await store.findById(id);
  if (!deal) throw dealNotFound(id);
  if (!canViewDeal(actor, deal)) throw dealNotFound(id);
  const roles = dealRolesOf(actor, deal);
  return { deal, roles };
}

/** Refuses writes to the thread or documents of a closed deal. */
export const closedDeal = (stage: string) =>
  new DomainError<DealErrorCode>('DEAL_CLOSED', `The deal is ${stage}; its thread and documents are read-only.`, { stage });

export function versionConflict(current: number, yours: number): DomainError<DealErrorCode> {
  return new DomainError<DealErrorCode>(
    'DEAL_VERSION_CONFLICT',
    'The deal was changed by someone else since you loaded it. Reload and try again.',
    { current_version: current, your_version: yours },
  );
}

/** Saves `next` as version `expectedVersion + 1` if nobody wrote in between; DEAL_VERSION_CONFLICT otherwise. */
export async function saveVersioned(store: DealStore, next: Deal, expectedVersion: number): Promise<Deal> {
  const saved: Deal = { ...next, version: expectedVersion + 1 };
  if (!(await store.update(saved, expectedVersion))) {
    const current = await store.findById(next.id);
    if (!current) throw dealNotFound(next.id);
    throw versionConflict(current.version, expectedVersion);
  }
  return saved;
}

/** Appends a timeline event for `deal`. */
export function eventOf(
  id: string,
  deal: Deal,
  actor: Actor,
  role: DealRole | 'system',
  kind: DealEvent['kind'],
  at: Date,
  data: Record<string, unknown> = {},
  stages: { from: Deal['stage'] | null; to: Deal['stage'] | null } = { from: null, to: null },
): DealEvent {
  return {
    id,
    dealId: deal.id,
    kind,
    actorUserId: userIdOf(actor),
    actorRole: actor.kind === 'system' ? 'system' : role,
    fromStage: stages.from,
    toStage: stages.to,
    dealVersion: deal.version,
    data,
    at,
  };
}

/** Deal fields whose text never goes to the audit log (named as changed, never valued). */
export const DEAL_AUDIT_OPTIONS = {
  confidential: ['message', 'declineReason', 'lostReasonText'],
  ignore: ['updatedAt', 'stageChangedAt', 'createdAt'],
} as const;

/** The audit summary of a deal write (before null for a creation). */
export const dealAuditSummary = (before: Deal | null, after: Deal): AuditSummary => summarizeChange(before, after, DEAL_AUDIT_OPTIONS);

/**
 * Queues a notification about a deal in the transaction's outbox (public facts only: listing
 * title, organization names, stages). Returns how many messages were queued.
 */
export async function notifyAboutDeal(
  tx: Pick<DealTx, 'outbox' | 'recipients' | 'listings' | 'organizations'>,
  settings: { publicUrl: string },
  at: Date,
  deal: Deal,
  actor: Actor,
  kind: DealNotification['kind'],
  to: { organizationIds: string[]; brokers: boolean },
  data: Record<string, unknown> = {},
): Promise<number> {
  const listing = await tx.listings.findById(deal.listingId);
  const interested = await tx.organizations.findById(deal.interestedOrganizationId);
  return queueNotification(
    tx,
    {
      kind,
      toOrganizationIds: to.organizationIds,
      toBrokers: to.brokers,
      actorUserId: userIdOf(actor),
      dealId: deal.id,
      listingId: deal.listingId,
      data: { listing_title: listing?.title ?? null, interested_organization_name: interested?.name ?? interested?.nameZh ?? null, stage: deal.stage, ...data },
    },
    settings.publicUrl,
    at,
  );
}
