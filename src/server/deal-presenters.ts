import type { z } from 'zod';
import type { Deal, DealDocument, DealEvent, DealMessage, DealRole, MatchFeedback } from '../core/deals/deal.js';
import { canReadThread, dealRolesOf } from '../core/deals/deal-policy.js';
import type { NextActions } from '../core/deals/query-deals.js';
import type { TransitionNeeds } from '../core/deals/pipeline.js';
import type { DealDeps, OrganizationSummary } from '../core/deals/ports.js';
import type { Listing } from '../core/listings/listing.js';
import type { Actor } from '../core/shared/actor.js';
import type * as C from './deal-contracts.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Names and titles the deal JSON shows, loaded once per distinct id. */
export type DealContext = { listings: Map<string, Listing | null>; organizations: Map<string, OrganizationSummary | null> };

export async function loadDealContext(deps: Pick<DealDeps, 'listings' | 'organizations'>, deals: Deal[]): Promise<DealContext> {
  const listingIds = [...new Set(deals.map((d) => d.listingId))];
  const orgIds = [...new Set(deals.flatMap((d) => [d.ownerOrganizationId, d.interestedOrganizationId]))];
  const [ls, os] = await Promise.all([
    Promise.all(listingIds.map(async (id) => [id, await deps.listings.findById(id)] as const)),
    Promise.all(orgIds.map(async (id) => [id, await deps.organizations.findById(id)] as const)),
  ]);
  return { listings: new Map(ls), organizations: new Map(os) };
}

const orgRef = (o: OrganizationSummary | null | undefined) => (o ? { id: o.id, name: o.name, name_zh: o.nameZh, country: o.country } : null);
const acceptance = (a: Deal['ndaOwnerAcceptance']) => (a ? { user_id: a.userId, accepted_at: a.acceptedAt.toISOString(), version: a.version } : null);

/**
 * A deal as JSON for `actor` (who must be entitled to see it; the use case checked). Never the
 * listing's confidential details. What the parties wrote (the EOI, the reasons) is shown to those
 * who may read the deal's thread: an administrator as such sees the record without it (null).
 */
export function presentDeal(d: Deal, actor: Actor, ctx: DealContext, roles: DealRole[] = dealRolesOf(actor, d)): z.infer<typeof C.Deal> {
  const l = ctx.listings.get(d.listingId);
  const words = canReadThread(actor, d);
  return {
    id: d.id,
    listing_id: d.listingId,
    listing: l ? { id: l.id, title: l.title, kind: l.kind, status: l.status } : null,
    owner_organization: orgRef(ctx.organizations.get(d.ownerOrganizationId)),
    interested_organization: orgRef(ctx.organizations.get(d.interestedOrganizationId)),
    stage: d.stage,
    cooperation_type: d.cooperationType,
    message: words ? d.message : null,
    decline_reason: words ? d.declineReason : null,
    nda: {
      version: d.ndaVersion,
      owner_accepted: acceptance(d.ndaOwnerAcceptance),
      interested_accepted: acceptance(d.ndaInterestedAcceptance),
      in_effect_since: iso(d.ndaUnlockedAt),
    },
    agreement: d.agreement
      ? { type: d.agreement.type, value_minor: d.agreement.valueMinor, currency: d.agreement.currency, signed_on: d.agreement.signedOn }
      : null,
    registration: d.registration
      ? {
          registration_number: d.registration.registrationNumber,
          registry: d.registration.registry,
          registered_on: d.registration.registeredOn,
          buyer_country: d.registration.buyerCountry,
          buyer_region: d.registration.buyerRegion,
          seller_country: d.registration.sellerCountry,
          seller_region: d.registration.sellerRegion,
          value_minor: d.registration.valueMinor,
          currency: d.registration.currency,
        }
      : null,
    lost_reason: d.lostReason,
    lost_reason_text: words ? d.lostReasonText : null,
    created_by_user_id: d.createdByUserId,
    created_at: d.createdAt.toISOString(),
    updated_at: d.updatedAt.toISOString(),
    stage_changed_at: d.stageChangedAt.toISOString(),
    closed_at: iso(d.closedAt),
    publish_consent: { owner_at: iso(d.publishConsentOwnerAt), interested_at: iso(d.publishConsentInterestedAt) },
    version: d.version,
    my_roles: roles,
  };
}

/** The body fields of POST /api/deals/:id/transition each kind of move reads. */
export const FIELDS_OF: Record<TransitionNeeds, string[]> = {
  nothing: [],
  decline_reason: ['reason'],
  agreement: ['agreement_type', 'value_minor', 'currency', 'signed_on'],
  registration: [
    'registration_number',
    'registry',
    'registered_on',
    'buyer_country',
    'buyer_region',
    'seller_country',
    'seller_region',
    'value_minor',
    'currency',
  ],
  lost_reason: ['lost_reason', 'reason'],
};

export function presentNextActions(n: NextActions & { deal: Deal }): z.infer<typeof C.NextActions> {
  return {
    stage: n.deal.stage,
    version: n.deal.version,
    items: n.moves.map((m) => ({ to: m.to, needs: m.needs, fields: FIELDS_OF[m.needs], blocked_by: m.blockedBy })),
    nda: { version: n.deal.ndaVersion, can_accept_for: n.ndaAcceptableFor },
    can_post_message: n.canPostMessage,
    can_add_document: n.canAddDocument,
  };
}

export const presentEvent = (e: DealEvent): z.infer<typeof C.DealEvent> => ({
  id: e.id,
  kind: e.kind,
  actor_user_id: e.actorUserId,
  actor_role: e.actorRole,
  from_stage: e.fromStage,
  to_stage: e.toStage,
  deal_version: e.dealVersion,
  data: e.data,
  at: e.at.toISOString(),
});

export const presentMessage = (m: DealMessage): z.infer<typeof C.DealMessage> => ({
  id: m.id,
  author_user_id: m.authorUserId,
  author_role: m.authorRole,
  body: m.body,
  created_at: m.createdAt.toISOString(),
});

export const presentDocument = (d: DealDocument): z.infer<typeof C.DealDocument> => ({
  id: d.id,
  filename: d.filename,
  content_type: d.contentType,
  document_type: d.documentType,
  size_bytes: d.sizeBytes,
  sha256: d.sha256,
  uploaded_by_user_id: d.uploadedByUserId,
  uploaded_by_role: d.uploadedByRole,
  created_at: d.createdAt.toISOString(),
});

export const presentFeedback = (f: MatchFeedback): z.infer<typeof C.MatchFeedback> => ({
  id: f.id,
  listing_id: f.listingId,
  other_listing_id: f.otherListingId,
  user_id: f.userId,
  relevant: f.relevant,
  reason: f.reason,
  comment: f.comment,
  created_at: f.createdAt.toISOString(),
  updated_at: f.updatedAt.toISOString(),
});
