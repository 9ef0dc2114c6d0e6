import { userIdOf, type Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { IssueCollector } from '../shared/validation.js';
import { COOPERATION_TYPES, type CooperationType } from '../listings/listing.js';
import { canReadListing } from '../listings/policy.js';
import { listingNotFound } from '../listings/listing-helpers.js';
import { DEAL_LIMITS, type Deal } from './deal.js';
import type { DealErrorCode } from './errors.js';
import type { DealDeps } from './ports.js';
import { actingRole, authorizeDealCall, dealRolesOf } from './deal-policy.js';
import { dealAuditSummary, eventOf, notifyAboutDeal } from './deal-helpers.js';

export type InterestInput = {
  listingId: string;
  message: string;
  cooperationType: string;
  /** Needed when the caller belongs to several organizations. */
  interestedOrganizationId?: string | undefined;
};

const fail = (code: DealErrorCode, message: string, details?: Record<string, unknown>) => new DomainError<DealErrorCode>(code, message, details);

function chooseOrganization(actor: Actor, ownerOrganizationId: string, requested: string | undefined): string {
  const mine = actor.kind === 'user' ? actor.organizationIds : [];
  if (requested !== undefined) {
    if (requested === ownerOrganizationId) throw fail('DEAL_OWN_LISTING', 'An organization cannot express interest in its own listing.');
    // The system (demo seeding, imports) acts for any organization; people only for their own.
    if (!mine.includes(requested) && actor.kind !== 'system') {
      throw fail('DEAL_ORGANIZATION_REQUIRED', 'You can express interest only for an organization you belong to.', {
        issues: [{ path: 'interested_organization_id', message: 'Not an organization you belong to.' }],
      });
    }
    return requested;
  }
  const candidates = mine.filter((o) => o !== ownerOrganizationId);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0 && mine.includes(ownerOrganizationId)) {
    throw fail('DEAL_OWN_LISTING', 'An organization cannot express interest in its own listing.');
  }
  throw fail(
    'DEAL_ORGANIZATION_REQUIRED',
    candidates.length === 0
      ? 'Join or create an organization before expressing interest.'
      : 'You belong to several organizations: say which one is interested (interested_organization_id).',
    { issues: [{ path: 'interested_organization_id', message: 'Required.' }] },
  );
}

/**
 * Expresses an organization's interest in a published listing: opens a deal at stage `interest`,
 * records the event, the audit entry and a notification to the owner organization and brokers,
 * in one transaction. One open deal per listing and interested organization.
 * Errors: AUTH_REQUIRED and the route-level codes of authorize.ts, LISTING_NOT_FOUND, DEAL_LISTING_NOT_OPEN (not published),
 * DEAL_OWN_LISTING, DEAL_ORGANIZATION_REQUIRED, DEAL_ALREADY_OPEN (details.deal_id),
 * DEAL_FIELD_REQUIRED, DEAL_TEXT_TOO_LONG, DEAL_COOPERATION_TYPE_INVALID, DEAL_INVALID.
 */
export async function expressInterest(deps: DealDeps, actor: Actor, input: InterestInput): Promise<Deal> {
  authorizeDealCall(actor, 'deal:create');
  const issues = new IssueCollector();
  const message = (input.message ?? '').normalize('NFC').trim();
  if (message.length === 0) issues.add('message', 'DEAL_FIELD_REQUIRED', 'Say briefly why you are interested (message).');
  const n = [...message].length;
  if (n > DEAL_LIMITS.message) issues.add('message', 'DEAL_TEXT_TOO_LONG', `message is ${n} characters long; the limit is ${DEAL_LIMITS.message}.`);
  const cooperationType = (input.cooperationType ?? '').trim();
  if (!(COOPERATION_TYPES as readonly string[]).includes(cooperationType)) {
    issues.add('cooperation_type', 'DEAL_COOPERATION_TYPE_INVALID', `cooperation_type must be one of ${COOPERATION_TYPES.join(', ')}.`);
  }
  issues.throwIfAny('DEAL_INVALID', 'The expression of interest');

  const now = deps.clock.now();
  const deal = await deps.unitOfWork(async (tx) => {
    const listing = await tx.listings.findById(input.listingId);
    if (!listing || !canReadListing(actor, listing)) throw listingNotFound(input.listingId);
    if (listing.status !== 'published') {
      throw fail('DEAL_LISTING_NOT_OPEN', `Interest can be expressed only in a published listing; this one is ${listing.status}.`, {
        status: listing.status,
      });
    }
    const interestedOrganizationId = chooseOrganization(actor, listing.ownerOrganizationId, input.interestedOrganizationId);
    if (!(await tx.organizations.findById(interestedOrganizationId))) {
      throw fail('DEAL_ORGANIZATION_REQUIRED', 'The interested organization does not exist.', {
        issues: [{ path: 'interested_organization_id', message: 'No such organization.' }],
      });
    }
    const open = await tx.deals.findOpen(listing.id, interestedOrganizationId);
    const alreadyOpen = (id: string | null) =>
      fail('DEAL_ALREADY_OPEN', 'Your organization already has an open deal on this listing.', id ? { deal_id: id } : {});
    if (open) throw alreadyOpen(open.id);
    const created: Deal = {
      id: deps.ids.newId(),
      listingId: listing.id,
      ownerOrganizationId: listing.ownerOrganizationId,
      interestedOrganizationId,
      createdByUserId: userIdOf(actor),
      stage: 'interest',
      message,
      cooperationType: cooperationType as CooperationType,
      declineReason: null,
      ndaVersion: null,
      ndaOwnerAcceptance: null,
      ndaInterestedAcceptance: null,
      ndaUnlockedAt: null,
      agreement: null,
      registration: null,
      lostReason: null,
      lostReasonText: null,
      createdAt: now,
      updatedAt: now,
      stageChangedAt: now,
      closedAt: null,
      publishConsentOwnerAt: null,
      publishConsentInterestedAt: null,
      version: 1,
    };
    // The unique index on open deals settles a race between two concurrent EOIs.
    if ((await tx.deals.insert(created)) === 'duplicate') throw alreadyOpen((await tx.deals.findOpen(listing.id, interestedOrganizationId))?.id ?? null);
    const role = actingRole(dealRolesOf(actor, created), ['interested', 'broker', 'admin']);
    await tx.deals.appendEvent(
      eventOf(deps.ids.newId(), created, actor, role, 'interest_expressed', now, { cooperation_type: created.cooperationType }, { from: null, to: 'interest' }),
    );
    await tx.audit.record({ actor, action: 'deal.create', entityType: 'deal', entityId: created.id, at: now, summary: dealAuditSummary(null, created) });
    await notifyAboutDeal(tx, deps, now, created, actor, 'deal_interest_expressed', { organizationIds: [created.ownerOrganizationId], brokers: true }, {
      interested_organization_id: interestedOrganizationId,
      cooperation_type: created.cooperationType,
    });
    return created;
  });
  return deal;
}
