import type { AuditLog } from '../audit/audit.js';
import type { Grant } from '../funding/call.js';
import type { RateTable } from '../shared/money.js';
import type { Clock, IdGenerator, UnitOfWork } from '../shared/ports.js';
import type { DealOutcome } from './deal-outcomes.js';
import type { AllocationProposal, OutcomeReport, Programme, ProgrammeDealLink, ProgrammeGrantLink, ProgrammeStatus } from './programme.js';

export type ProgrammeFilter = { statuses?: ProgrammeStatus[] };

export type ProgrammeStore = {
  findById: (id: string) => Promise<Programme | null>;
  /** Reads and locks the programme row until the transaction ends. */
  findByIdForUpdate: (id: string) => Promise<Programme | null>;
  /** Inserts the programme with its budget lines and targets. */
  insert: (programme: Programme) => Promise<void>;
  /** Writes the programme (replacing its budget lines and targets) if the stored version is `expectedVersion`. */
  update: (programme: Programme, expectedVersion: number) => Promise<boolean>;
  /** By name, then id. */
  list: (filter: ProgrammeFilter) => Promise<Programme[]>;
};

export type ProgrammeLinkStore = {
  grantLinks: (programmeId: string) => Promise<ProgrammeGrantLink[]>;
  findGrantLink: (grantId: string) => Promise<ProgrammeGrantLink | null>;
  /** 'duplicate' when the grant is already attached to a programme (a grant counts in one programme only). */
  insertGrantLink: (link: ProgrammeGrantLink) => Promise<'inserted' | 'duplicate'>;
  dealLinks: (programmeId: string) => Promise<ProgrammeDealLink[]>;
  /** 'duplicate' when the deal is already attached to a programme (a deal counts in one programme only). */
  insertDealLink: (link: ProgrammeDealLink) => Promise<'inserted' | 'duplicate'>;
};

export type OutcomeReportStore = {
  /** 'duplicate' when the programme already has a report for that grant (or the programme itself) and year. */
  insert: (report: OutcomeReport) => Promise<'inserted' | 'duplicate'>;
  listForProgramme: (programmeId: string) => Promise<OutcomeReport[]>;
};

export type AllocationStore = {
  findById: (id: string) => Promise<AllocationProposal | null>;
  findByIdForUpdate: (id: string) => Promise<AllocationProposal | null>;
  insert: (proposal: AllocationProposal) => Promise<void>;
  update: (proposal: AllocationProposal, expectedVersion: number) => Promise<boolean>;
  /** Newest first. */
  list: (filter: { period?: number }) => Promise<AllocationProposal[]>;
};

export type GrantReader = { findByIds: (ids: string[]) => Promise<Grant[]> };
export type DealOutcomeReader = { findByIds: (ids: string[]) => Promise<DealOutcome[]> };

/** Names for reports: organizations and listing titles (public fields only). */
export type ProgrammeDirectory = {
  organizationNames: (ids: string[]) => Promise<Map<string, { name: string | null; nameZh: string | null; country: string }>>;
  listingTitles: (ids: string[]) => Promise<Map<string, string>>;
  organizationExists: (id: string) => Promise<boolean>;
};

/** The stores bound to one transaction; `audit` records every write in it. */
export type ProgrammeTx = {
  programmes: ProgrammeStore;
  links: ProgrammeLinkStore;
  reports: OutcomeReportStore;
  allocations: AllocationStore;
  grants: GrantReader;
  deals: DealOutcomeReader;
  audit: AuditLog;
};

export type ProgrammeDeps = Omit<ProgrammeTx, 'audit'> & {
  unitOfWork: UnitOfWork<ProgrammeTx>;
  directory: ProgrammeDirectory;
  rates: { current: () => Promise<RateTable> };
  clock: Clock;
  ids: IdGenerator;
};
