import { sql, type ColumnType, type Kysely, type Selectable } from 'kysely';
import type { KpiKey } from '../core/programs/kpi-catalogue.js';
import type {
  AllocationLine,
  AllocationProposal,
  EvidenceKind,
  OutcomeReport,
  Programme,
  ProgrammeDealLink,
  ProgrammeGrantLink,
  ProgrammeStatus,
} from '../core/programs/programme.js';
import type {
  AllocationStore,
  OutcomeReportStore,
  ProgrammeDeps,
  ProgrammeDirectory,
  ProgrammeLinkStore,
  ProgrammeStore,
  ProgrammeTx,
} from '../core/programs/ports.js';
import type { RateTable } from '../core/shared/money.js';
import type { Clock, IdGenerator } from '../core/shared/ports.js';
import { createAuditStore } from './audit-store.js';
import { createDealStore } from './deal-store.js';
import { createGrantStore } from './funding-store.js';
import { isUuid } from './listing-store.js';
import type { DB } from './schema.js';
import { createUnitOfWork } from './unit-of-work.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** Row types of the programme tables (migrations 0008 and 0009), as Kysely sees them. */
export type ProgrammesTable = {
  id: string;
  name: string;
  name_zh: string | null;
  description: string;
  owner_organization_id: string | null;
  currency: string;
  home_country: string;
  start_year: number;
  end_year: number;
  status: string;
  manager_user_ids: string[];
  catalogue_version: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
};
export type ProgrammeBudgetLinesTable = { programme_id: string; year: number; line_key: string; label: string; amount_minor: number };
export type ProgrammeTargetsTable = { programme_id: string; year: number; kpi: string; target_value: number };
export type ProgrammeGrantsTable = {
  programme_id: string;
  grant_id: string;
  budget_line_key: string | null;
  attached_at: Timestamp;
  attached_by_user_id: string | null;
};
export type ProgrammeDealsTable = {
  programme_id: string;
  deal_id: string;
  grant_id: string | null;
  attached_at: Timestamp;
  attached_by_user_id: string | null;
};
type StoredLine = {
  programme_id: string;
  name: string;
  current_minor: number;
  proposed_minor: number;
  score: number | null;
  reasons: string[];
  approved_minor: number | null;
};
export type AllocationProposalsTable = {
  id: string;
  period: number;
  budget_minor: number;
  currency: string;
  policy_version: string;
  score_weights_version: string;
  lines: ColumnType<StoredLine[], string, string>;
  status: string;
  note: string | null;
  created_at: Timestamp;
  created_by_user_id: string | null;
  approved_at: Timestamp | null;
  approved_by_user_id: string | null;
  version: number;
};
export type OutcomeReportsTable = {
  id: string;
  programme_id: string;
  grant_id: string | null;
  year: number;
  note: string;
  submitted_at: Timestamp;
  submitted_by_user_id: string | null;
};
export type OutcomeValuesTable = {
  report_id: string;
  kpi: string;
  value: number;
  unit: string;
  evidence_kind: string;
  evidence_note: string;
  evidence_url: string | null;
};

/** The database as the programme stores see it: the shared schema plus the programme tables. */
export type ProgrammeDB = DB & {
  programmes: ProgrammesTable;
  programme_budget_lines: ProgrammeBudgetLinesTable;
  programme_targets: ProgrammeTargetsTable;
  programme_grants: ProgrammeGrantsTable;
  programme_deals: ProgrammeDealsTable;
  allocation_proposals: AllocationProposalsTable;
  outcome_reports: OutcomeReportsTable;
  outcome_values: OutcomeValuesTable;
};

export const withProgrammeTables = (db: Kysely<DB>): Kysely<ProgrammeDB> => db as unknown as Kysely<ProgrammeDB>;

function programmeRow(p: Programme) {
  return {
    id: p.id,
    name: p.name,
    name_zh: p.nameZh,
    description: p.description,
    owner_organization_id: p.ownerOrganizationId,
    currency: p.currency,
    home_country: p.homeCountry,
    start_year: p.startYear,
    end_year: p.endYear,
    status: p.status,
    manager_user_ids: p.managerUserIds,
    catalogue_version: p.catalogueVersion,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    version: p.version,
  };
}

export function createProgrammeStore(base: Kysely<DB>): ProgrammeStore {
  const db = withProgrammeTables(base);
  const hydrate = async (rows: Selectable<ProgrammesTable>[]): Promise<Programme[]> => {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [lines, targets] = await Promise.all([
      db.selectFrom('programme_budget_lines').selectAll().where('programme_id', 'in', ids).orderBy('year').orderBy('line_key').execute(),
      db.selectFrom('programme_targets').selectAll().where('programme_id', 'in', ids).orderBy('year').orderBy('kpi').execute(),
    ]);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      nameZh: r.name_zh,
      description: r.description,
      ownerOrganizationId: r.owner_organization_id,
      currency: r.currency,
      homeCountry: r.home_country,
      startYear: r.start_year,
      endYear: r.end_year,
      status: r.status as ProgrammeStatus,
      managerUserIds: r.manager_user_ids,
      budgetLines: lines
        .filter((l) => l.programme_id === r.id)
        .map((l) => ({ year: l.year, key: l.line_key, label: l.label, amountMinor: l.amount_minor })),
      targets: targets.filter((t) => t.programme_id === r.id).map((t) => ({ year: t.year, kpi: t.kpi as KpiKey, value: t.target_value })),
      catalogueVersion: r.catalogue_version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      version: r.version,
    }));
  };
  const writeChildren = async (p: Programme) => {
    await db.deleteFrom('programme_budget_lines').where('programme_id', '=', p.id).execute();
    await db.deleteFrom('programme_targets').where('programme_id', '=', p.id).execute();
    if (p.budgetLines.length) {
      await db
        .insertInto('programme_budget_lines')
        .values(p.budgetLines.map((l) => ({ programme_id: p.id, year: l.year, line_key: l.key, label: l.label, amount_minor: l.amountMinor })))
        .execute();
    }
    if (p.targets.length) {
      await db
        .insertInto('programme_targets')
        .values(p.targets.map((t) => ({ programme_id: p.id, year: t.year, kpi: t.kpi, target_value: t.value })))
        .execute();
    }
  };
  const one = async (id: string, lock: boolean) => {
    if (!isUuid(id)) return null;
    let q = db.selectFrom('programmes').selectAll().where('id', '=', id);
    if (lock) q = q.forUpdate();
    return (await hydrate(await q.execute()))[0] ?? null;
  };
  return {
    findById: (id) => one(id, false),
    findByIdForUpdate: (id) => one(id, true),
    async insert(p) {
      await db.insertInto('programmes').values(programmeRow(p)).execute();
      await writeChildren(p);
    },
    async update(p, expectedVersion) {
      const { id: _id, created_at: _c, ...row } = programmeRow(p);
      const r = await db.updateTable('programmes').set(row).where('id', '=', p.id).where('version', '=', expectedVersion).executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) return false;
      await writeChildren(p);
      return true;
    },
    async list(filter) {
      let q = db.selectFrom('programmes').selectAll();
      if (filter.statuses?.length) q = q.where('status', 'in', filter.statuses);
      return hydrate(await q.orderBy('name').orderBy('id').execute());
    },
  };
}

export function createProgrammeLinkStore(base: Kysely<DB>): ProgrammeLinkStore {
  const db = withProgrammeTables(base);
  const grantLink = (r: Selectable<ProgrammeGrantsTable>): ProgrammeGrantLink => ({
    programmeId: r.programme_id,
    grantId: r.grant_id,
    budgetLineKey: r.budget_line_key,
    attachedAt: r.attached_at,
    attachedByUserId: r.attached_by_user_id,
  });
  return {
    async grantLinks(programmeId) {
      if (!isUuid(programmeId)) return [];
      return (await db.selectFrom('programme_grants').selectAll().where('programme_id', '=', programmeId).orderBy('attached_at').orderBy('grant_id').execute()).map(grantLink);
    },
    async findGrantLink(grantId) {
      if (!isUuid(grantId)) return null;
      const r = await db.selectFrom('programme_grants').selectAll().where('grant_id', '=', grantId).executeTakeFirst();
      return r ? grantLink(r) : null;
    },
    async insertGrantLink(l) {
      const r = await db
        .insertInto('programme_grants')
        .values({ programme_id: l.programmeId, grant_id: l.grantId, budget_line_key: l.budgetLineKey, attached_at: l.attachedAt, attached_by_user_id: l.attachedByUserId })
        .onConflict((oc) => oc.column('grant_id').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1 ? 'inserted' : 'duplicate';
    },
    async dealLinks(programmeId) {
      if (!isUuid(programmeId)) return [];
      const rows = await db.selectFrom('programme_deals').selectAll().where('programme_id', '=', programmeId).orderBy('attached_at').orderBy('deal_id').execute();
      return rows.map(
        (r): ProgrammeDealLink => ({ programmeId: r.programme_id, dealId: r.deal_id, grantId: r.grant_id, attachedAt: r.attached_at, attachedByUserId: r.attached_by_user_id }),
      );
    },
    async insertDealLink(l) {
      const r = await db
        .insertInto('programme_deals')
        .values({ programme_id: l.programmeId, deal_id: l.dealId, grant_id: l.grantId, attached_at: l.attachedAt, attached_by_user_id: l.attachedByUserId })
        .onConflict((oc) => oc.column('deal_id').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1 ? 'inserted' : 'duplicate';
    },
  };
}

export function createOutcomeReportStore(base: Kysely<DB>): OutcomeReportStore {
  const db = withProgrammeTables(base);
  return {
    async insert(r) {
      // Both partial unique indexes are possible conflict targets: check first, inside the caller's transaction.
      let existing = db.selectFrom('outcome_reports').select('id').where('programme_id', '=', r.programmeId).where('year', '=', r.year);
      existing = r.grantId === null ? existing.where('grant_id', 'is', null) : existing.where('grant_id', '=', r.grantId);
      if (await existing.executeTakeFirst()) return 'duplicate';
      try {
        await db
          .insertInto('outcome_reports')
          .values({ id: r.id, programme_id: r.programmeId, grant_id: r.grantId, year: r.year, note: r.note, submitted_at: r.submittedAt, submitted_by_user_id: r.submittedByUserId })
          .execute();
      } catch (e) {
        if ((e as { code?: string }).code === '23505') return 'duplicate';
        throw e;
      }
      if (r.values.length) {
        await db
          .insertInto('outcome_values')
          .values(
            r.values.map((v) => ({
              report_id: r.id,
              kpi: v.kpi,
              value: v.value,
              unit: v.unit,
              evidence_kind: v.evidenceKind,
              evidence_note: v.evidenceNote,
              evidence_url: v.evidenceUrl,
            })),
          )
          .execute();
      }
      return 'inserted';
    },
    async listForProgramme(programmeId) {
      if (!isUuid(programmeId)) return [];
      const reports = await db.selectFrom('outcome_reports').selectAll().where('programme_id', '=', programmeId).orderBy('year').orderBy('submitted_at').orderBy('id').execute();
      if (reports.length === 0) return [];
      const values = await db
        .selectFrom('outcome_values')
        .selectAll()
        .where(
          'report_id',
          'in',
          reports.map((r) => r.id),
        )
        .orderBy('kpi')
        .execute();
      return reports.map(
        (r): OutcomeReport => ({
          id: r.id,
          programmeId: r.programme_id,
          grantId: r.grant_id,
          year: r.year,
          note: r.note,
          values: values
            .filter((v) => v.report_id === r.id)
            .map((v) => ({
              kpi: v.kpi as KpiKey,
              value: v.value,
              unit: v.unit,
              evidenceKind: v.evidence_kind as EvidenceKind,
              evidenceNote: v.evidence_note,
              evidenceUrl: v.evidence_url,
            })),
          submittedAt: r.submitted_at,
          submittedByUserId: r.submitted_by_user_id,
        }),
      );
    },
  };
}

function rowToProposal(r: Selectable<AllocationProposalsTable>): AllocationProposal {
  return {
    id: r.id,
    period: r.period,
    budgetMinor: r.budget_minor,
    currency: r.currency,
    policyVersion: r.policy_version,
    scoreWeightsVersion: r.score_weights_version,
    lines: r.lines.map(
      (l): AllocationLine => ({
        programmeId: l.programme_id,
        name: l.name,
        currentMinor: l.current_minor,
        proposedMinor: l.proposed_minor,
        score: l.score,
        reasons: l.reasons,
        approvedMinor: l.approved_minor,
      }),
    ),
    status: r.status as AllocationProposal['status'],
    note: r.note,
    createdAt: r.created_at,
    createdByUserId: r.created_by_user_id,
    approvedAt: r.approved_at,
    approvedByUserId: r.approved_by_user_id,
    version: r.version,
  };
}

function proposalRow(p: AllocationProposal) {
  return {
    id: p.id,
    period: p.period,
    budget_minor: p.budgetMinor,
    currency: p.currency,
    policy_version: p.policyVersion,
    score_weights_version: p.scoreWeightsVersion,
    lines: JSON.stringify(
      p.lines.map((l) => ({
        programme_id: l.programmeId,
        name: l.name,
        current_minor: l.currentMinor,
        proposed_minor: l.proposedMinor,
        score: l.score,
        reasons: l.reasons,
        approved_minor: l.approvedMinor,
      })),
    ),
    status: p.status,
    note: p.note,
    created_at: p.createdAt,
    created_by_user_id: p.createdByUserId,
    approved_at: p.approvedAt,
    approved_by_user_id: p.approvedByUserId,
    version: p.version,
  };
}

export function createAllocationStore(base: Kysely<DB>): AllocationStore {
  const db = withProgrammeTables(base);
  const one = async (id: string, lock: boolean) => {
    if (!isUuid(id)) return null;
    let q = db.selectFrom('allocation_proposals').selectAll().where('id', '=', id);
    if (lock) q = q.forUpdate();
    const r = await q.executeTakeFirst();
    return r ? rowToProposal(r) : null;
  };
  return {
    findById: (id) => one(id, false),
    findByIdForUpdate: (id) => one(id, true),
    async insert(p) {
      await db.insertInto('allocation_proposals').values(proposalRow(p)).execute();
    },
    async update(p, expectedVersion) {
      const { id: _id, created_at: _c, ...row } = proposalRow(p);
      const r = await db.updateTable('allocation_proposals').set(row).where('id', '=', p.id).where('version', '=', expectedVersion).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async list(filter) {
      let q = db.selectFrom('allocation_proposals').selectAll();
      if (filter.period !== undefined) q = q.where('period', '=', filter.period);
      return (await q.orderBy('created_at', 'desc').orderBy('id').limit(200).execute()).map(rowToProposal);
    },
  };
}

/** Names of organizations and titles of listings, for programme reports (public fields only). */
export function createProgrammeDirectory(base: Kysely<DB>): ProgrammeDirectory {
  return {
    async organizationNames(ids) {
      const valid = [...new Set(ids.filter(isUuid))];
      if (valid.length === 0) return new Map();
      const rows = await base.selectFrom('organizations').select(['id', 'name', 'name_zh', 'country']).where('id', 'in', valid).execute();
      return new Map(rows.map((r) => [r.id, { name: r.name, nameZh: r.name_zh, country: r.country }]));
    },
    async listingTitles(ids) {
      const valid = [...new Set(ids.filter(isUuid))];
      if (valid.length === 0) return new Map();
      const rows = await base.selectFrom('listings').select(['id', 'title']).where('id', 'in', valid).execute();
      return new Map(rows.map((r) => [r.id, r.title]));
    },
    async organizationExists(id) {
      if (!isUuid(id)) return false;
      const r = await base.selectFrom('organizations').select(sql<number>`1`.as('one')).where('id', '=', id).executeTakeFirst();
      return r !== undefined;
    },
  };
}

/** The programmes context's ports on a database: stores, readers of grants and deals, the unit of work. */
export function createProgrammeDeps(db: Kysely<DB>, clock: Clock, ids: IdGenerator, rates: { current: () => Promise<RateTable> }): ProgrammeDeps {
  const dealReader = (q: Kysely<DB>) => {
    const store = createDealStore(q);
    return {
      async findByIds(dealIds: string[]) {
        const found = await Promise.all([...new Set(dealIds)].map((id) => store.findById(id)));
        return found.filter((d): d is NonNullable<typeof d> => d !== null);
      },
    };
  };
  const bind = (q: Kysely<DB>): Omit<ProgrammeTx, 'audit'> => ({
    programmes: createProgrammeStore(q),
    links: createProgrammeLinkStore(q),
    reports: createOutcomeReportStore(q),
    allocations: createAllocationStore(q),
    grants: { findByIds: (grantIds) => createGrantStore(q).findByIds(grantIds) },
    deals: dealReader(q),
  });
  return {
    ...bind(db),
    // Inside a transaction already (the demo seeder), work joins it instead of nesting one.
    unitOfWork: db.isTransaction ? (work) => work({ ...bind(db), audit: createAuditStore(db) }) : createUnitOfWork(db, (tx) => ({ ...bind(tx), audit: createAuditStore(tx) })),
    directory: createProgrammeDirectory(db),
    rates,
    clock,
    ids,
  };
}
