/**
 * Programmes: government S&T programmes under results-based budgeting. A programme has a
 * period of calendar years, a budget per year split into lines, KPI targets per year from the
 * catalogue, grants and deals attached to it, and outcome reports. Money is integer minor
 * units of the programme's one currency.
 */
import type { KpiKey } from './kpi-catalogue.js';

export const PROGRAMME_STATUSES = ['draft', 'active', 'closed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export type BudgetLine = { year: number; key: string; label: string; amountMinor: number };
export type KpiTarget = { year: number; kpi: KpiKey; value: number };

export type Programme = {
  id: string;
  name: string;
  nameZh: string | null;
  description: string;
  /** The government body (or fund) that runs it, when registered. */
  ownerOrganizationId: string | null;
  /** ISO 4217; every amount of the programme is in it. */
  currency: string;
  /** ISO 3166-1 alpha-2: what "inbound" and "outbound" transfers are relative to. */
  homeCountry: string;
  startYear: number;
  endYear: number;
  status: ProgrammeStatus;
  /** Users who manage it (programme managers); the creator is one. */
  managerUserIds: string[];
  budgetLines: BudgetLine[];
  targets: KpiTarget[];
  /** The KPI catalogue version its targets refer to. */
  catalogueVersion: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

export const PROGRAMME_LIMITS = {
  name: 200,
  description: 4000,
  lineKey: 40,
  lineLabel: 200,
  budgetLines: 50,
  periodYears: 10,
  managers: 20,
  evidenceNote: 2000,
  evidenceUrl: 2000,
  reportNote: 4000,
} as const;

/** A grant counted in a programme, charged to one of its budget lines. */
export type ProgrammeGrantLink = {
  programmeId: string;
  grantId: string;
  budgetLineKey: string | null;
  attachedAt: Date;
  attachedByUserId: string | null;
};

/** A deal whose registered contract counts towards a programme (optionally through one of its grants). */
export type ProgrammeDealLink = {
  programmeId: string;
  dealId: string;
  grantId: string | null;
  attachedAt: Date;
  attachedByUserId: string | null;
};

export const EVIDENCE_KINDS = ['document', 'url', 'statement'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A value declared in an outcome report: always flagged as declared, with its evidence. */
export type OutcomeValue = {
  kpi: KpiKey;
  /** Whole units (count) or minor units of the programme currency (money). */
  value: number;
  /** 'count' or the programme's currency code. */
  unit: string;
  evidenceKind: EvidenceKind;
  evidenceNote: string;
  evidenceUrl: string | null;
};

/** A periodic (yearly) report of outcomes, per grant, or for the programme as a whole (grantId null). */
export type OutcomeReport = {
  id: string;
  programmeId: string;
  grantId: string | null;
  year: number;
  note: string;
  values: OutcomeValue[];
  submittedAt: Date;
  submittedByUserId: string | null;
};

export const ALLOCATION_STATUSES = ['proposed', 'approved'] as const;
export type AllocationStatus = (typeof ALLOCATION_STATUSES)[number];

export type AllocationLine = {
  programmeId: string;
  name: string;
  currentMinor: number;
  proposedMinor: number;
  /** The performance score (0-100) used, or null when none was measured (neutral used). */
  score: number | null;
  reasons: string[];
  /** What the manager approved (equal to proposedMinor unless adjusted); null until approval. */
  approvedMinor: number | null;
};

export type AllocationProposal = {
  id: string;
  /** The budget year the proposal is for. */
  period: number;
  budgetMinor: number;
  currency: string;
  policyVersion: string;
  scoreWeightsVersion: string;
  lines: AllocationLine[];
  status: AllocationStatus;
  note: string | null;
  createdAt: Date;
  createdByUserId: string | null;
  approvedAt: Date | null;
  approvedByUserId: string | null;
  version: number;
};

export const yearsOf = (p: Pick<Programme, 'startYear' | 'endYear'>): number[] =>
  Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.startYear + i);

export const budgetOfYear = (p: Pick<Programme, 'budgetLines'>, year: number): number =>
  p.budgetLines.filter((l) => l.year === year).reduce((s, l) => s + l.amountMinor, 0);
