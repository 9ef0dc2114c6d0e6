import { apiRequest } from '../../api/client';

/** The programmes and allocations API (src/server/routes/programmes.ts, allocations.ts). */

export type Money = { amount_minor: number; currency: string };

export type Programme = {
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
  budget_lines: { year: number; key: string; label: string; amount_minor: number }[];
  targets: { year: number; kpi: string; unit: string; value: number }[];
  catalogue_version: string;
  budget_this_year?: Money;
  version: number;
};

export type OutcomeReport = {
  id: string;
  programme_id: string;
  grant_id: string | null;
  year: number;
  note: string;
  values: { kpi: string; value: number; unit: string; declared: true; evidence: { kind: string; note: string; url: string | null } }[];
  submitted_at: string;
};

export type KpiResult = {
  kpi: string;
  unit: string;
  category: string;
  target: number | null;
  actual: number;
  verified: number;
  declared: number;
  attainment: number | null;
  credit: number | null;
  cost_per_outcome: number | null;
  cost_per_outcome_unit: string;
};

export type YearPerformance = {
  year: number;
  budget: Money;
  spent: Money;
  execution_rate: number | null;
  grants_active: number;
  grants_reported: number;
  kpis: KpiResult[];
  ipoe: { weights_version: string; input: number | null; process: number | null; output: number | null; effect: number | null; score: number | null };
  notes: string[];
};

export type Performance = {
  programme_id: string;
  currency: string;
  score_weights: { version: string; input: number; process: number; output: number; effect: number; declared_credit_percent: number };
  years: YearPerformance[];
  grants: {
    grant_id: string;
    title: string;
    recipient_organization_id: string;
    budget_line_key: string | null;
    amount: Money;
    disbursed: Money;
    execution_rate: number;
    years_reported: number[];
  }[];
  contributions: { deal_id: string; kpi: string; year: number; value: number; basis: string }[];
  notes: string[];
};

export type ProgrammeReport = {
  programme: Programme;
  generated_at: string;
  performance: Performance;
  spending: { year: number; key: string; label: string; budget: Money; spent: Money }[];
  outcome_reports: OutcomeReport[];
  top_deals: {
    deal_id: string;
    title: string | null;
    owner_name: string | null;
    interested_name: string | null;
    agreement_type: string | null;
    registration_number: string;
    registered_on: string;
    buyer_country: string;
    seller_country: string;
    value: Money | null;
  }[];
};

export type Kpi = { key: string; unit: string; category: string; en: string; zh: string; definition: string; source: string; automatic: boolean };

export type AllocationLine = {
  programme_id: string;
  name: string;
  current_minor: number;
  proposed_minor: number;
  score: number | null;
  reasons: string[];
  approved_minor: number | null;
};

export type Allocation = {
  id: string;
  period: number;
  budget: Money;
  policy_version: string;
  score_weights_version: string;
  lines: AllocationLine[];
  status: string;
  note: string | null;
  created_at: string;
  approved_at: string | null;
  approved_by_user_id: string | null;
  version: number;
};

type Signal = { signal?: AbortSignal };
const id = (x: string) => encodeURIComponent(x);

export const programmesApi = {
  list: (o: Signal = {}) => apiRequest<{ items: Programme[] }>('/api/programmes', o),
  get: (programmeId: string, o: Signal = {}) =>
    apiRequest<{ programme: Programme; grants: { grant_id: string; budget_line_key: string | null }[]; deals: { deal_id: string }[]; outcome_reports: OutcomeReport[] }>(
      `/api/programmes/${id(programmeId)}`,
      o,
    ),
  performance: (programmeId: string, o: Signal = {}) => apiRequest<Performance>(`/api/programmes/${id(programmeId)}/performance`, o),
  report: (programmeId: string, o: Signal = {}) => apiRequest<ProgrammeReport>(`/api/programmes/${id(programmeId)}/report`, o),
  kpis: () => apiRequest<{ version: string; items: Kpi[] }>('/api/programmes/kpis'),
  csvUrl: (programmeId: string) => `/api/programmes/${id(programmeId)}/report.csv`,
  propose: (body: { period: number; budget: Money }) => apiRequest<Allocation>('/api/allocations/proposal', { method: 'POST', body }),
  allocations: (query: { period?: number }, o: Signal = {}) => apiRequest<{ items: Allocation[] }>('/api/allocations', { query, ...o }),
  approve: (allocationId: string, body: { adjustments?: { programme_id: string; amount_minor: number }[]; note?: string }) =>
    apiRequest<Allocation>(`/api/allocations/${id(allocationId)}/approve`, { method: 'POST', body }),
};
