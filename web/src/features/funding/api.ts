import { apiRequest } from '../../api/client';
import type { Listing, Page } from '../../api/types';

/** The funding API (src/server/routes/funding.ts): calls, applications, reviews, awards, grants. */

export type Money = { amount_minor: number; currency: string };
export const INSTRUMENTS = ['grant', 'equity', 'loan', 'voucher', 'prize'] as const;
export const CALL_STATUSES = ['draft', 'published', 'closed', 'cancelled'] as const;
export const SIZE_CLASSES = ['1-10', '11-49', '50-249', '250+'] as const;

export type Criterion = { key: string; label: string; weight: number };
export type Eligibility = { organization_types: string[]; countries: string[]; regions: string[]; size_classes: string[] };

export type Call = {
  id: string;
  funder_organization_id: string;
  title: string;
  theme: string;
  description: string;
  sectors: string[];
  trl_min: number | null;
  trl_max: number | null;
  instrument: string;
  budget: Money;
  ceiling: Money;
  eligibility: Eligibility;
  criteria: Criterion[];
  score_scale: { min: number; max: number };
  opens_on: string;
  closes_on: string;
  status: string;
  is_open: boolean;
  awarded?: Money;
  application_count?: number | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type Milestone = { seq: number; title: string; due_on: string; amount_minor: number };
export type Ranking = { rank: number | null; score: number | null; review_count: number; criterion_means: Record<string, number> };

export type Application = {
  id: string;
  call_id: string;
  applicant_organization_id: string;
  listing_id: string | null;
  title: string;
  plan: string;
  requested: Money;
  co_funding: Money;
  trl: number | null;
  milestones: Milestone[];
  status: string;
  submitted_at: string;
  decided_at: string | null;
  version: number;
  ranking?: Ranking | null;
};

export type Review = {
  id: string;
  assignment_id: string;
  application_id: string;
  reviewer_user_id: string;
  scores: { criterion_key: string; score: number; comment: string }[];
  comment: string;
  weighted_score: number;
  conflict_declaration: string;
  submitted_at: string;
};

export type Assignment = { id: string; call_id: string; application_id: string; reviewer_user_id: string; reviewer_organization_ids: string[]; assigned_at: string };

export type Disbursement = { seq: number; milestone_title: string; due_on: string; amount_minor: number; status: string; released_on: string | null };
export type Grant = {
  id: string;
  call_id: string;
  application_id: string;
  recipient_organization_id: string;
  funder_organization_id: string;
  title: string;
  instrument: string;
  amount: Money;
  disbursed: Money;
  status: string;
  disbursements: Disbursement[];
  awarded_at: string;
  version: number;
};

export type CallInput = {
  funder_organization_id: string;
  title: string;
  theme?: string;
  description?: string;
  sectors?: string[];
  trl_min?: number | null;
  trl_max?: number | null;
  instrument: string;
  budget: Money;
  ceiling: Money;
  eligibility?: Partial<Eligibility>;
  criteria: Criterion[];
  opens_on: string;
  closes_on: string;
};

export type ApplicationInput = {
  applicant_organization_id: string;
  listing_id?: string | null;
  title?: string;
  plan?: string;
  requested: Money;
  co_funding?: Money;
  trl?: number | null;
  milestones: { title: string; due_on: string; amount_minor: number }[];
};

export type MatchReason = {
  kind: 'sector' | 'trl' | 'amount' | 'text' | 'eligibility';
  shared?: string[];
  trl?: number | null;
  min?: number | null;
  max?: number | null;
  fits?: boolean | null;
  requested_minor?: number | null;
  ceiling_minor?: number;
  currency?: string;
  terms?: string[];
  eligible?: boolean;
  problems?: { rule: string; message: string }[];
};
export type MatchScore = { score: number; eligible: boolean; signals: { sector: number; trl: number; amount: number; text: number }; reasons: MatchReason[] };
export type SuggestedRequest = MatchScore & {
  listing: {
    id: string;
    language: string;
    title: string;
    summary: string;
    translations: Record<string, { title: string; summary: string }>;
    sectors: string[];
    trl: number | null;
    price: { min_minor: number | null; max_minor: number | null; currency: string } | null;
    owner_organization_id: string;
    owner_name: string | null;
    owner_name_zh: string | null;
  };
};
export type SuggestedCall = MatchScore & { call: Call };

type Signal = { signal?: AbortSignal };
const id = (x: string) => encodeURIComponent(x);

export const fundingApi = {
  listCalls: (query: { status?: string[] }, o: Signal = {}) => apiRequest<{ items: Call[] }>('/api/calls', { query, ...o }),
  getCall: (callId: string, o: Signal = {}) => apiRequest<Call>(`/api/calls/${id(callId)}`, o),
  createCall: (body: CallInput) => apiRequest<Call>('/api/calls', { method: 'POST', body }),
  changeCallStatus: (callId: string, action: 'publish' | 'close' | 'cancel', version: number) =>
    apiRequest<Call>(`/api/calls/${id(callId)}/${action}`, { method: 'POST', body: { version } }),
  apply: (callId: string, body: ApplicationInput) => apiRequest<Application>(`/api/calls/${id(callId)}/applications`, { method: 'POST', body }),
  callApplications: (callId: string, o: Signal = {}) =>
    apiRequest<{ call: Call; items: Application[]; reviews: Review[]; assignments: Assignment[] }>(`/api/calls/${id(callId)}/applications`, o),
  assign: (callId: string, body: { reviewer_email?: string; reviewer_user_id?: string; application_ids: string[] }) =>
    apiRequest<{ items: Assignment[] }>(`/api/calls/${id(callId)}/assignments`, { method: 'POST', body }),
  decide: (callId: string, body: { application_id: string; decision: 'award' | 'reject'; amount?: Money }) =>
    apiRequest<{ application: Application; grant: Grant | null }>(`/api/calls/${id(callId)}/awards`, { method: 'POST', body }),
  myApplications: (o: Signal = {}) => apiRequest<{ items: Application[] }>('/api/applications/mine', o),
  myAssignments: (o: Signal = {}) =>
    apiRequest<{ items: { assignment: Assignment; application: Application; call: Call; review: Review | null }[]; conflict_declaration: string }>('/api/review-assignments', o),
  submitReview: (assignmentId: string, body: { scores: { criterion_key: string; score: number; comment?: string }[]; comment?: string; declares_no_conflict: boolean }) =>
    apiRequest<Review>(`/api/review-assignments/${id(assignmentId)}/review`, { method: 'POST', body }),
  grants: (query: { call_id?: string }, o: Signal = {}) => apiRequest<{ items: Grant[] }>('/api/grants', { query, ...o }),
  releaseDisbursement: (grantId: string, seq: number, version: number) =>
    apiRequest<Grant>(`/api/grants/${id(grantId)}/disbursements/${seq}/release`, { method: 'POST', body: { version } }),
  suggestedRequests: (callId: string, o: Signal = {}) =>
    apiRequest<{ call_id: string; match_version: string; items: SuggestedRequest[] }>(`/api/calls/${id(callId)}/suggested-requests`, { query: { limit: 6 }, ...o }),
  suggestedCalls: (listingId: string, o: Signal = {}) =>
    apiRequest<{ listing_id: string; match_version: string; items: SuggestedCall[] }>(`/api/listings/${id(listingId)}/suggested-calls`, { query: { limit: 6 }, ...o }),
  myFundingRequests: (organizationId: string, o: Signal = {}) =>
    apiRequest<Page<Listing>>('/api/listings', { query: { kind: 'funding_request', owner_organization_id: organizationId, page_size: 50 }, ...o }),
  organization: (orgId: string, o: Signal = {}) =>
    apiRequest<{ id: string; name: string | null; name_zh: string | null; type: string; country: string; region: string | null; size_class: string | null }>(
      `/api/organizations/${id(orgId)}`,
      o,
    ),
};

/** Major units typed by a person -> integer minor units (2 decimals for CNY, USD, EUR...). */
export function toMinor(major: number, currency: string): number {
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    digits = 2;
  }
  return Math.round(major * 10 ** digits);
}
