import { sql, type ColumnType, type Kysely, type Selectable } from 'kysely';
import type {
  CallStatus,
  Criterion,
  Disbursement,
  EligibilityRules,
  FundingApplication,
  FundingCall,
  Grant,
  Milestone,
  Review,
  ReviewAssignment,
} from '../core/funding/call.js';
import type { ApplicationStore, AssignmentStore, CallStore, FundingDeps, FundingTx, GrantStore, ReviewStore } from '../core/funding/ports.js';
import type { Clock, IdGenerator } from '../core/shared/ports.js';
import { createAuditStore } from './audit-store.js';
import { createListingStore, isUuid } from './listing-store.js';
import { createMembershipStore } from './membership-store.js';
import { createOrganizationStore } from './organization-store.js';
import type { DB } from './schema.js';
import { createUnitOfWork } from './unit-of-work.js';
import { createUserStore } from './user-store.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** Row types of the funding tables (migration 0007), as Kysely sees them. */
export type FundingCallsTable = {
  id: string;
  funder_organization_id: string;
  title: string;
  theme: string;
  description: string;
  sectors: string[];
  trl_min: number | null;
  trl_max: number | null;
  instrument: string;
  currency: string;
  budget_minor: number;
  ceiling_minor: number;
  eligibility: Json<{ organization_types: string[]; countries: string[]; regions: string[]; size_classes: string[] }>;
  criteria: Json<Criterion[]>;
  opens_on: string;
  closes_on: string;
  status: string;
  published_at: Timestamp | null;
  created_by_user_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
};

export type FundingApplicationsTable = {
  id: string;
  call_id: string;
  applicant_organization_id: string;
  listing_id: string | null;
  title: string;
  plan: string;
  requested_minor: number;
  co_funding_minor: number;
  trl: number | null;
  milestones: Json<{ seq: number; title: string; due_on: string; amount_minor: number }[]>;
  status: string;
  submitted_at: Timestamp;
  submitted_by_user_id: string | null;
  decided_at: Timestamp | null;
  version: number;
};

export type FundingReviewAssignmentsTable = {
  id: string;
  call_id: string;
  application_id: string;
  reviewer_user_id: string;
  reviewer_organization_ids: string[];
  assigned_at: Timestamp;
  assigned_by_user_id: string | null;
};

export type FundingReviewsTable = {
  id: string;
  assignment_id: string;
  call_id: string;
  application_id: string;
  reviewer_user_id: string;
  scores: Json<{ criterion_key: string; score: number; comment: string }[]>;
  comment: string;
  weighted_hundredths: number;
  conflict_declaration: string;
  submitted_at: Timestamp;
};

export type GrantsTable = {
  id: string;
  call_id: string;
  application_id: string;
  recipient_organization_id: string;
  funder_organization_id: string;
  title: string;
  instrument: string;
  currency: string;
  amount_minor: number;
  status: string;
  awarded_at: Timestamp;
  awarded_by_user_id: string | null;
  version: number;
};

export type GrantDisbursementsTable = {
  grant_id: string;
  seq: number;
  milestone_title: string;
  due_on: string;
  amount_minor: number;
  status: string;
  released_on: string | null;
};

/** The database as the funding stores see it: the shared schema plus the funding tables. */
export type FundingDB = DB & {
  funding_calls: FundingCallsTable;
  funding_applications: FundingApplicationsTable;
  funding_review_assignments: FundingReviewAssignmentsTable;
  funding_reviews: FundingReviewsTable;
  grants: GrantsTable;
  grant_disbursements: GrantDisbursementsTable;
};

/** The same connection or transaction, typed with the funding tables. */
export const withFundingTables = (db: Kysely<DB>): Kysely<FundingDB> => db as unknown as Kysely<FundingDB>;

export function rowToCall(r: Selectable<FundingCallsTable>): FundingCall {
  const e = r.eligibility;
  return {
    id: r.id,
    funderOrganizationId: r.funder_organization_id,
    title: r.title,
    theme: r.theme,
    description: r.description,
    sectors: r.sectors,
    trlMin: r.trl_min,
    trlMax: r.trl_max,
    instrument: r.instrument as FundingCall['instrument'],
    currency: r.currency,
    budgetMinor: r.budget_minor,
    ceilingMinor: r.ceiling_minor,
    eligibility: {
      organizationTypes: e.organization_types as EligibilityRules['organizationTypes'],
      countries: e.countries,
      regions: e.regions,
      sizeClasses: e.size_classes as EligibilityRules['sizeClasses'],
    },
    criteria: r.criteria,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    status: r.status as CallStatus,
    publishedAt: r.published_at,
    createdByUserId: r.created_by_user_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

function callToRow(c: FundingCall) {
  return {
    id: c.id,
    funder_organization_id: c.funderOrganizationId,
    title: c.title,
    theme: c.theme,
    description: c.description,
    sectors: c.sectors,
    trl_min: c.trlMin,
    trl_max: c.trlMax,
    instrument: c.instrument,
    currency: c.currency,
    budget_minor: c.budgetMinor,
    ceiling_minor: c.ceilingMinor,
    eligibility: JSON.stringify({
      organization_types: c.eligibility.organizationTypes,
      countries: c.eligibility.countries,
      regions: c.eligibility.regions,
      size_classes: c.eligibility.sizeClasses,
    }),
    criteria: JSON.stringify(c.criteria),
    opens_on: c.opensOn,
    closes_on: c.closesOn,
    status: c.status,
    published_at: c.publishedAt,
    created_by_user_id: c.createdByUserId,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    version: c.version,
  };
}

export function createCallStore(base: Kysely<DB>): CallStore {
  const db = withFundingTables(base);
  const one = async (id: string, lock: boolean) => {
    if (!isUuid(id)) return null;
    let q = db.selectFrom('funding_calls').selectAll().where('id', '=', id);
    if (lock) q = q.forUpdate();
    const r = await q.executeTakeFirst();
    return r ? rowToCall(r) : null;
  };
  return {
    findById: (id) => one(id, false),
    findByIdForUpdate: (id) => one(id, true),
    async insert(call) {
      await db.insertInto('funding_calls').values(callToRow(call)).execute();
    },
    async update(call, expectedVersion) {
      const { id: _id, created_at: _c, ...row } = callToRow(call);
      const r = await db.updateTable('funding_calls').set(row).where('id', '=', call.id).where('version', '=', expectedVersion).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async list(filter) {
      let q = db.selectFrom('funding_calls').selectAll();
      if (filter.statuses?.length) q = q.where('status', 'in', filter.statuses);
      if (filter.funderOrganizationId) {
        q = isUuid(filter.funderOrganizationId) ? q.where('funder_organization_id', '=', filter.funderOrganizationId) : q.where(sql<boolean>`false`);
      }
      const scope = filter.unpublishedFunderScope;
      if (scope !== undefined && scope !== 'all') {
        const ids = scope.filter(isUuid);
        q = q.where((eb) =>
          eb.or([eb('status', 'in', ['published', 'closed']), ...(ids.length ? [eb('funder_organization_id', 'in', ids)] : [])]),
        );
      }
      const rows = await q.orderBy('opens_on', 'desc').orderBy('id').execute();
      return rows.map(rowToCall);
    },
  };
}

function rowToApplication(r: Selectable<FundingApplicationsTable>): FundingApplication {
  return {
    id: r.id,
    callId: r.call_id,
    applicantOrganizationId: r.applicant_organization_id,
    listingId: r.listing_id,
    title: r.title,
    plan: r.plan,
    requestedMinor: r.requested_minor,
    coFundingMinor: r.co_funding_minor,
    trl: r.trl,
    milestones: r.milestones.map((m): Milestone => ({ seq: m.seq, title: m.title, dueOn: m.due_on, amountMinor: m.amount_minor })),
    status: r.status as FundingApplication['status'],
    submittedAt: r.submitted_at,
    submittedByUserId: r.submitted_by_user_id,
    decidedAt: r.decided_at,
    version: r.version,
  };
}

function applicationToRow(a: FundingApplication) {
  return {
    id: a.id,
    call_id: a.callId,
    applicant_organization_id: a.applicantOrganizationId,
    listing_id: a.listingId,
    title: a.title,
    plan: a.plan,
    requested_minor: a.requestedMinor,
    co_funding_minor: a.coFundingMinor,
    trl: a.trl,
    milestones: JSON.stringify(a.milestones.map((m) => ({ seq: m.seq, title: m.title, due_on: m.dueOn, amount_minor: m.amountMinor }))),
    status: a.status,
    submitted_at: a.submittedAt,
    submitted_by_user_id: a.submittedByUserId,
    decided_at: a.decidedAt,
    version: a.version,
  };
}

export function createApplicationStore(base: Kysely<DB>): ApplicationStore {
  const db = withFundingTables(base);
  return {
    async findById(id) {
      if (!isUuid(id)) return null;
      const r = await db.selectFrom('funding_applications').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? rowToApplication(r) : null;
    },
    async listForCall(callId) {
      if (!isUuid(callId)) return [];
      const rows = await db.selectFrom('funding_applications').selectAll().where('call_id', '=', callId).orderBy('submitted_at').orderBy('id').execute();
      return rows.map(rowToApplication);
    },
    async listForApplicants(organizationIds) {
      const ids = organizationIds.filter(isUuid);
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('funding_applications')
        .selectAll()
        .where('applicant_organization_id', 'in', ids)
        .orderBy('submitted_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(rowToApplication);
    },
    async insert(application) {
      // ON CONFLICT DO NOTHING against the partial unique index: a duplicate inserts no row.
      const r = await db
        .insertInto('funding_applications')
        .values(applicationToRow(application))
        .onConflict((oc) => oc.columns(['call_id', 'applicant_organization_id']).where('status', '<>', 'withdrawn').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1 ? 'inserted' : 'duplicate';
    },
    async update(application, expectedVersion) {
      const { id: _id, ...row } = applicationToRow(application);
      const r = await db
        .updateTable('funding_applications')
        .set(row)
        .where('id', '=', application.id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}

function rowToAssignment(r: Selectable<FundingReviewAssignmentsTable>): ReviewAssignment {
  return {
    id: r.id,
    callId: r.call_id,
    applicationId: r.application_id,
    reviewerUserId: r.reviewer_user_id,
    reviewerOrganizationIds: r.reviewer_organization_ids,
    assignedAt: r.assigned_at,
    assignedByUserId: r.assigned_by_user_id,
  };
}

export function createAssignmentStore(base: Kysely<DB>): AssignmentStore {
  const db = withFundingTables(base);
  return {
    async findById(id) {
      if (!isUuid(id)) return null;
      const r = await db.selectFrom('funding_review_assignments').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? rowToAssignment(r) : null;
    },
    async listForCall(callId) {
      if (!isUuid(callId)) return [];
      const rows = await db.selectFrom('funding_review_assignments').selectAll().where('call_id', '=', callId).orderBy('assigned_at').orderBy('id').execute();
      return rows.map(rowToAssignment);
    },
    async listForReviewer(userId) {
      if (!isUuid(userId)) return [];
      const rows = await db
        .selectFrom('funding_review_assignments')
        .selectAll()
        .where('reviewer_user_id', '=', userId)
        .orderBy('assigned_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(rowToAssignment);
    },
    async insert(a) {
      const r = await db
        .insertInto('funding_review_assignments')
        .values({
          id: a.id,
          call_id: a.callId,
          application_id: a.applicationId,
          reviewer_user_id: a.reviewerUserId,
          reviewer_organization_ids: a.reviewerOrganizationIds,
          assigned_at: a.assignedAt,
          assigned_by_user_id: a.assignedByUserId,
        })
        .onConflict((oc) => oc.columns(['application_id', 'reviewer_user_id']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1 ? 'inserted' : 'duplicate';
    },
  };
}

function rowToReview(r: Selectable<FundingReviewsTable>): Review {
  return {
    id: r.id,
    assignmentId: r.assignment_id,
    callId: r.call_id,
    applicationId: r.application_id,
    reviewerUserId: r.reviewer_user_id,
    scores: r.scores.map((s) => ({ criterionKey: s.criterion_key, score: s.score, comment: s.comment })),
    comment: r.comment,
    weightedHundredths: r.weighted_hundredths,
    conflictDeclaration: r.conflict_declaration,
    submittedAt: r.submitted_at,
  };
}

export function createReviewStore(base: Kysely<DB>): ReviewStore {
  const db = withFundingTables(base);
  return {
    async listForCall(callId) {
      if (!isUuid(callId)) return [];
      const rows = await db.selectFrom('funding_reviews').selectAll().where('call_id', '=', callId).orderBy('submitted_at').orderBy('id').execute();
      return rows.map(rowToReview);
    },
    async findByAssignment(assignmentId) {
      if (!isUuid(assignmentId)) return null;
      const r = await db.selectFrom('funding_reviews').selectAll().where('assignment_id', '=', assignmentId).executeTakeFirst();
      return r ? rowToReview(r) : null;
    },
    async insert(v) {
      const r = await db
        .insertInto('funding_reviews')
        .values({
          id: v.id,
          assignment_id: v.assignmentId,
          call_id: v.callId,
          application_id: v.applicationId,
          reviewer_user_id: v.reviewerUserId,
          scores: JSON.stringify(v.scores.map((s) => ({ criterion_key: s.criterionKey, score: s.score, comment: s.comment }))),
          comment: v.comment,
          weighted_hundredths: v.weightedHundredths,
          conflict_declaration: v.conflictDeclaration,
          submitted_at: v.submittedAt,
        })
        .onConflict((oc) => oc.column('assignment_id').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1 ? 'inserted' : 'duplicate';
    },
  };
}

function rowToGrant(r: Selectable<GrantsTable>, ds: Selectable<GrantDisbursementsTable>[]): Grant {
  return {
    id: r.id,
    callId: r.call_id,
    applicationId: r.application_id,
    recipientOrganizationId: r.recipient_organization_id,
    funderOrganizationId: r.funder_organization_id,
    title: r.title,
    instrument: r.instrument as Grant['instrument'],
    currency: r.currency,
    amountMinor: r.amount_minor,
    status: r.status as Grant['status'],
    disbursements: ds
      .filter((d) => d.grant_id === r.id)
      .sort((a, b) => a.seq - b.seq)
      .map(
        (d): Disbursement => ({
          seq: d.seq,
          milestoneTitle: d.milestone_title,
          dueOn: d.due_on,
          amountMinor: d.amount_minor,
          status: d.status as Disbursement['status'],
          releasedOn: d.released_on,
        }),
      ),
    awardedAt: r.awarded_at,
    awardedByUserId: r.awarded_by_user_id,
    version: r.version,
  };
}

export function createGrantStore(base: Kysely<DB>): GrantStore {
  const db = withFundingTables(base);
  const hydrate = async (rows: Selectable<GrantsTable>[]) => {
    if (rows.length === 0) return [];
    const ds = await db
      .selectFrom('grant_disbursements')
      .selectAll()
      .where(
        'grant_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return rows.map((r) => rowToGrant(r, ds));
  };
  const writeDisbursements = async (g: Grant) => {
    await db.deleteFrom('grant_disbursements').where('grant_id', '=', g.id).execute();
    if (g.disbursements.length === 0) return;
    await db
      .insertInto('grant_disbursements')
      .values(
        g.disbursements.map((d) => ({
          grant_id: g.id,
          seq: d.seq,
          milestone_title: d.milestoneTitle,
          due_on: d.dueOn,
          amount_minor: d.amountMinor,
          status: d.status,
          released_on: d.releasedOn,
        })),
      )
      .execute();
  };
  return {
    async findById(id) {
      if (!isUuid(id)) return null;
      const rows = await db.selectFrom('grants').selectAll().where('id', '=', id).execute();
      return (await hydrate(rows))[0] ?? null;
    },
    async findByIds(ids) {
      const valid = [...new Set(ids.filter(isUuid))];
      if (valid.length === 0) return [];
      return hydrate(await db.selectFrom('grants').selectAll().where('id', 'in', valid).orderBy('awarded_at').orderBy('id').execute());
    },
    async list(filter) {
      let q = db.selectFrom('grants').selectAll();
      if (filter.callId) q = isUuid(filter.callId) ? q.where('call_id', '=', filter.callId) : q.where(sql<boolean>`false`);
      if (filter.recipientOrganizationIds) {
        const ids = filter.recipientOrganizationIds.filter(isUuid);
        q = ids.length ? q.where('recipient_organization_id', 'in', ids) : q.where(sql<boolean>`false`);
      }
      if (filter.funderOrganizationIds) {
        const ids = filter.funderOrganizationIds.filter(isUuid);
        q = ids.length ? q.where('funder_organization_id', 'in', ids) : q.where(sql<boolean>`false`);
      }
      return hydrate(await q.orderBy('awarded_at', 'desc').orderBy('id').execute());
    },
    async awardedTotal(callId) {
      if (!isUuid(callId)) return 0;
      const r = await db
        .selectFrom('grants')
        .select(sql<number>`coalesce(sum(amount_minor), 0)::bigint`.as('total'))
        .where('call_id', '=', callId)
        .where('status', '<>', 'terminated')
        .executeTakeFirst();
      return Number(r?.total ?? 0);
    },
    async insert(g) {
      await db
        .insertInto('grants')
        .values({
          id: g.id,
          call_id: g.callId,
          application_id: g.applicationId,
          recipient_organization_id: g.recipientOrganizationId,
          funder_organization_id: g.funderOrganizationId,
          title: g.title,
          instrument: g.instrument,
          currency: g.currency,
          amount_minor: g.amountMinor,
          status: g.status,
          awarded_at: g.awardedAt,
          awarded_by_user_id: g.awardedByUserId,
          version: g.version,
        })
        .execute();
      await writeDisbursements(g);
    },
    async update(g, expectedVersion) {
      const r = await db
        .updateTable('grants')
        .set({ status: g.status, title: g.title, version: g.version })
        .where('id', '=', g.id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) return false;
      await writeDisbursements(g);
      return true;
    },
  };
}

/** The funding context's ports on a database: stores, readers, the reviewer directory, the unit of work. */
export function createFundingDeps(db: Kysely<DB>, clock: Clock, ids: IdGenerator): FundingDeps {
  const bind = (q: Kysely<DB>): Omit<FundingTx, 'audit'> => ({
    calls: createCallStore(q),
    applications: createApplicationStore(q),
    assignments: createAssignmentStore(q),
    reviews: createReviewStore(q),
    grants: createGrantStore(q),
    organizations: createOrganizationStore(q),
    listings: { findById: (id) => createListingStore(q).findById(id) },
  });
  return {
    ...bind(db),
    // Inside a transaction already (the demo seeder), work joins it instead of nesting one.
    unitOfWork: db.isTransaction ? (work) => work({ ...bind(db), audit: createAuditStore(db) }) : createUnitOfWork(db, (tx) => ({ ...bind(tx), audit: createAuditStore(tx) })),
    reviewers: {
      async find(userId) {
        const user = await createUserStore(db).findById(userId);
        if (!user) return null;
        const memberships = await createMembershipStore(db).listForUser(userId);
        return { userId: user.id, organizationIds: memberships.map((m) => m.organizationId) };
      },
    },
    clock,
    ids,
  };
}
