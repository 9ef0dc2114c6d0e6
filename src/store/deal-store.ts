import { sql, type ColumnType, type Generated, type GeneratedAlways, type Kysely, type Selectable } from 'kysely';
import type { Deal, DealEvent, DealMessage } from '../core/deals/deal.js';
import type { DealFilter, DealMessageStore, DealStore } from '../core/deals/ports.js';
import type { Page } from '../core/shared/ports.js';
import { isUuid } from './listing-store.js';
import type { DB } from './schema.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** Row types of the deal tables (migrations 0005 and 0006), as Kysely sees them. */
export type DealsTable = {
  id: string;
  listing_id: string;
  owner_organization_id: string;
  interested_organization_id: string;
  created_by_user_id: string | null;
  stage: string;
  message: string;
  cooperation_type: string;
  decline_reason: string | null;
  nda_version: number | null;
  nda_owner_accepted_by: string | null;
  nda_owner_accepted_at: Timestamp | null;
  nda_owner_version: number | null;
  nda_interested_accepted_by: string | null;
  nda_interested_accepted_at: Timestamp | null;
  nda_interested_version: number | null;
  nda_unlocked_at: Timestamp | null;
  agreement_type: string | null;
  agreement_value_minor: number | null;
  agreement_currency: string | null;
  agreement_signed_on: string | null;
  registration_number: string | null;
  registry: string | null;
  registered_on: string | null;
  buyer_country: string | null;
  buyer_region: string | null;
  seller_country: string | null;
  seller_region: string | null;
  registered_value_minor: number | null;
  registered_currency: string | null;
  lost_reason: string | null;
  lost_reason_text: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  stage_changed_at: Timestamp;
  closed_at: Timestamp | null;
  publish_consent_owner_at: Timestamp | null;
  publish_consent_interested_at: Timestamp | null;
  version: number;
};

export type DealEventsTable = {
  seq: Generated<number>;
  id: string;
  deal_id: string;
  kind: string;
  actor_user_id: string | null;
  actor_role: string;
  from_stage: string | null;
  to_stage: string | null;
  deal_version: number;
  data: ColumnType<Record<string, unknown>, string, string>;
  at: Timestamp;
};

export type DealMessagesTable = {
  seq: Generated<number>;
  id: string;
  deal_id: string;
  author_user_id: string;
  author_role: string;
  body: string;
  created_at: Timestamp;
};

export type DealDocumentsTable = {
  seq: Generated<number>;
  id: string;
  deal_id: string;
  filename: string;
  content_type: string;
  document_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by_user_id: string;
  uploaded_by_role: string;
  created_at: Timestamp;
};

export type MatchFeedbackTable = {
  id: string;
  listing_id: string;
  other_listing_id: string;
  user_id: string;
  relevant: boolean;
  reason: string | null;
  comment: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type ListingNoticesTable = {
  kind: string;
  key: string;
  noticed_at: Timestamp;
  /** Generated from the key of a strong-match notice (migration 0013); never written. */
  a_id: GeneratedAlways<string | null>;
  b_id: GeneratedAlways<string | null>;
};

/** The database as the deal stores see it: the shared schema plus the deal tables. */
export type DealDB = DB & {
  deals: DealsTable;
  deal_events: DealEventsTable;
  deal_messages: DealMessagesTable;
  deal_documents: DealDocumentsTable;
  match_feedback: MatchFeedbackTable;
  listing_notices: ListingNoticesTable;
};

/** The same connection or transaction, typed with the deal tables. */
export const withDealTables = (db: Kysely<DB>): Kysely<DealDB> => db as unknown as Kysely<DealDB>;

export const OPEN_STAGES_SQL = sql<boolean>`stage NOT IN ('declined', 'closed_won', 'closed_lost')`;

type Row = Selectable<DealsTable>;

function acceptance(by: string | null, at: Date | null, version: number | null): Deal['ndaOwnerAcceptance'] {
  return by && at && version !== null ? { userId: by, acceptedAt: at, version } : null;
}

export function rowToDeal(r: Row): Deal {
  return {
    id: r.id,
    listingId: r.listing_id,
    ownerOrganizationId: r.owner_organization_id,
    interestedOrganizationId: r.interested_organization_id,
    createdByUserId: r.created_by_user_id,
    stage: r.stage as Deal['stage'],
    message: r.message,
    cooperationType: r.cooperation_type as Deal['cooperationType'],
    declineReason: r.decline_reason,
    ndaVersion: r.nda_version,
    ndaOwnerAcceptance: acceptance(r.nda_owner_accepted_by, r.nda_owner_accepted_at, r.nda_owner_version),
    ndaInterestedAcceptance: acceptance(r.nda_interested_accepted_by, r.nda_interested_accepted_at, r.nda_interested_version),
    ndaUnlockedAt: r.nda_unlocked_at,
    agreement:
      r.agreement_type !== null && r.agreement_value_minor !== null
        ? { type: r.agreement_type as NonNullable<Deal['agreement']>['type'], valueMinor: r.agreement_value_minor, currency: r.agreement_currency!, signedOn: r.agreement_signed_on! }
        : null,
    registration:
      r.registration_number !== null && r.registered_value_minor !== null
        ? {
            registrationNumber: r.registration_number,
            registry: r.registry!,
            registeredOn: r.registered_on!,
            buyerCountry: r.buyer_country!,
            buyerRegion: r.buyer_region!,
            sellerCountry: r.seller_country!,
            sellerRegion: r.seller_region!,
            valueMinor: r.registered_value_minor,
            currency: r.registered_currency!,
          }
        : null,
    lostReason: r.lost_reason as Deal['lostReason'],
    lostReasonText: r.lost_reason_text,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    stageChangedAt: r.stage_changed_at,
    closedAt: r.closed_at,
    publishConsentOwnerAt: r.publish_consent_owner_at,
    publishConsentInterestedAt: r.publish_consent_interested_at,
    version: r.version,
  };
}

export function dealToRow(d: Deal) {
  return {
    id: d.id,
    listing_id: d.listingId,
    owner_organization_id: d.ownerOrganizationId,
    interested_organization_id: d.interestedOrganizationId,
    created_by_user_id: d.createdByUserId,
    stage: d.stage,
    message: d.message,
    cooperation_type: d.cooperationType,
    decline_reason: d.declineReason,
    nda_version: d.ndaVersion,
    nda_owner_accepted_by: d.ndaOwnerAcceptance?.userId ?? null,
    nda_owner_accepted_at: d.ndaOwnerAcceptance?.acceptedAt ?? null,
    nda_owner_version: d.ndaOwnerAcceptance?.version ?? null,
    nda_interested_accepted_by: d.ndaInterestedAcceptance?.userId ?? null,
    nda_interested_accepted_at: d.ndaInterestedAcceptance?.acceptedAt ?? null,
    nda_interested_version: d.ndaInterestedAcceptance?.version ?? null,
    nda_unlocked_at: d.ndaUnlockedAt,
    agreement_type: d.agreement?.type ?? null,
    agreement_value_minor: d.agreement?.valueMinor ?? null,
    agreement_currency: d.agreement?.currency ?? null,
    agreement_signed_on: d.agreement?.signedOn ?? null,
    registration_number: d.registration?.registrationNumber ?? null,
    registry: d.registration?.registry ?? null,
    registered_on: d.registration?.registeredOn ?? null,
    buyer_country: d.registration?.buyerCountry ?? null,
    buyer_region: d.registration?.buyerRegion ?? null,
    seller_country: d.registration?.sellerCountry ?? null,
    seller_region: d.registration?.sellerRegion ?? null,
    registered_value_minor: d.registration?.valueMinor ?? null,
    registered_currency: d.registration?.currency ?? null,
    lost_reason: d.lostReason,
    lost_reason_text: d.lostReasonText,
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    stage_changed_at: d.stageChangedAt,
    closed_at: d.closedAt,
    publish_consent_owner_at: d.publishConsentOwnerAt,
    publish_consent_interested_at: d.publishConsentInterestedAt,
    version: d.version,
  };
}

function rowToEvent(r: Selectable<DealEventsTable>): DealEvent {
  return {
    id: r.id,
    dealId: r.deal_id,
    kind: r.kind as DealEvent['kind'],
    actorUserId: r.actor_user_id,
    actorRole: r.actor_role as DealEvent['actorRole'],
    fromStage: r.from_stage as DealEvent['fromStage'],
    toStage: r.to_stage as DealEvent['toStage'],
    dealVersion: r.deal_version,
    data: r.data ?? {},
    at: r.at,
  };
}

/** Deal persistence on PGlite or PostgreSQL (same SQL). */
export function createDealStore(base: Kysely<DB>): DealStore {
  const db = withDealTables(base);
  const one = async (id: string, lock: boolean) => {
    if (!isUuid(id)) return null;
    let q = db.selectFrom('deals').selectAll().where('id', '=', id);
    if (lock) q = q.forUpdate();
    const r = await q.executeTakeFirst();
    return r ? rowToDeal(r) : null;
  };

  return {
    findById: (id) => one(id, false),
    findByIdForUpdate: (id) => one(id, true),
    async findOpen(listingId, interestedOrganizationId) {
      if (!isUuid(listingId) || !isUuid(interestedOrganizationId)) return null;
      const r = await db
        .selectFrom('deals')
        .selectAll()
        .where('listing_id', '=', listingId)
        .where('interested_organization_id', '=', interestedOrganizationId)
        .where(OPEN_STAGES_SQL)
        .executeTakeFirst();
      return r ? rowToDeal(r) : null;
    },
    async insert(deal) {
      // ON CONFLICT keeps the transaction usable when the open-deal index refuses the row
      // (a concurrent EOI of the same organization committed first).
      const r = await db.insertInto('deals').values(dealToRow(deal)).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
      return r ? 'inserted' : 'duplicate';
    },
    async update(deal, expectedVersion) {
      const { id: _id, created_at: _c, ...row } = dealToRow(deal);
      const r = await db.updateTable('deals').set(row).where('id', '=', deal.id).where('version', '=', expectedVersion).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async list(filter: DealFilter, page) {
      let q = db.selectFrom('deals');
      if (filter.stages?.length) q = q.where('stage', 'in', filter.stages);
      if (filter.listingId) q = isUuid(filter.listingId) ? q.where('listing_id', '=', filter.listingId) : q.where(sql<boolean>`false`);
      const ids = (xs: string[] | undefined) => (xs ?? []).filter(isUuid);
      if (filter.ownerOrganizationIds) {
        const o = ids(filter.ownerOrganizationIds);
        q = o.length ? q.where('owner_organization_id', 'in', o) : q.where(sql<boolean>`false`);
      }
      if (filter.interestedOrganizationIds) {
        const o = ids(filter.interestedOrganizationIds);
        q = o.length ? q.where('interested_organization_id', 'in', o) : q.where(sql<boolean>`false`);
      }
      if (filter.partyOrganizationIds) {
        const o = ids(filter.partyOrganizationIds);
        q = o.length ? q.where((eb) => eb.or([eb('owner_organization_id', 'in', o), eb('interested_organization_id', 'in', o)])) : q.where(sql<boolean>`false`);
      }
      const count = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirst();
      const rows = await q
        .selectAll()
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      return { items: rows.map(rowToDeal), total: count?.n ?? 0, page: page.page, pageSize: page.pageSize } satisfies Page<Deal>;
    },
    async disclosedListings(organizationIds, listingIds) {
      const orgs = organizationIds.filter(isUuid);
      const listings = listingIds.filter(isUuid);
      if (orgs.length === 0 || listings.length === 0) return [];
      const rows = await db
        .selectFrom('deals')
        .select('listing_id')
        .distinct()
        .where('listing_id', 'in', listings)
        .where('interested_organization_id', 'in', orgs)
        .where('nda_unlocked_at', 'is not', null)
        .where('stage', 'not in', ['declined', 'closed_lost'])
        .execute();
      return rows.map((r) => r.listing_id);
    },
    async appendEvent(e) {
      await db
        .insertInto('deal_events')
        .values({
          id: e.id,
          deal_id: e.dealId,
          kind: e.kind,
          actor_user_id: e.actorUserId,
          actor_role: e.actorRole,
          from_stage: e.fromStage,
          to_stage: e.toStage,
          deal_version: e.dealVersion,
          data: JSON.stringify(e.data),
          at: e.at,
        })
        .execute();
    },
    async events(dealId) {
      if (!isUuid(dealId)) return [];
      const rows = await db.selectFrom('deal_events').selectAll().where('deal_id', '=', dealId).orderBy('seq').execute();
      return rows.map(rowToEvent);
    },
  };
}

/** The deal thread on PGlite or PostgreSQL. */
export function createDealMessageStore(base: Kysely<DB>): DealMessageStore {
  const db = withDealTables(base);
  return {
    async insert(m: DealMessage) {
      await db
        .insertInto('deal_messages')
        .values({ id: m.id, deal_id: m.dealId, author_user_id: m.authorUserId, author_role: m.authorRole, body: m.body, created_at: m.createdAt })
        .execute();
    },
    async list(dealId, page) {
      const q = db.selectFrom('deal_messages').where('deal_id', '=', dealId);
      const count = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirst();
      const rows = await q
        .selectAll()
        .orderBy('seq')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          dealId: r.deal_id,
          authorUserId: r.author_user_id,
          authorRole: r.author_role as DealMessage['authorRole'],
          body: r.body,
          createdAt: r.created_at,
        })),
        total: count?.n ?? 0,
        page: page.page,
        pageSize: page.pageSize,
      };
    },
  };
}
