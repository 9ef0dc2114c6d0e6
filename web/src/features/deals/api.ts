import { apiRequest } from '../../api/client';

/** The deal pipeline's endpoints and JSON shapes (src/server/deal-contracts.ts). */

export const DEAL_STAGES = [
  'interest',
  'accepted',
  'declined',
  'nda',
  'negotiation',
  'agreement',
  'registered',
  'follow_up',
  'closed_won',
  'closed_lost',
] as const;
export type DealStage = (typeof DEAL_STAGES)[number];

export const AGREEMENT_TYPES = [
  'technology_development',
  'technology_transfer',
  'license_exclusive',
  'license_non_exclusive',
  'technical_consulting',
  'technical_service',
  'investment',
] as const;

export const LOST_REASONS = [
  'no_response',
  'not_a_fit',
  'terms_not_agreed',
  'price',
  'ip_issues',
  'funding_not_secured',
  'competitor_chosen',
  'regulatory',
  'withdrawn',
  'other',
] as const;

export const MATCH_FEEDBACK_REASONS = ['wrong_field', 'wrong_trl', 'wrong_region', 'too_expensive', 'already_known', 'other'] as const;
export type MatchFeedbackReason = (typeof MATCH_FEEDBACK_REASONS)[number];

/** The server's document rules (src/core/deals/document-type.ts, DEAL_LIMITS.documentBytes). */
export const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;
export const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'pptx', 'png', 'jpg', 'jpeg', 'txt'] as const;
export const DOCUMENT_MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
};

export const DEAL_LIMITS = { message: 5000, reason: 2000, registrationNumber: 100, registry: 200, region: 100, threadMessage: 10_000 };

export type OrgRef = { id: string; name: string | null; name_zh: string | null; country: string };
export type NdaAcceptance = { user_id: string; accepted_at: string; version: number };

export type Deal = {
  id: string;
  listing_id: string;
  listing: { id: string; title: string; kind: string; status: string } | null;
  owner_organization: OrgRef | null;
  interested_organization: OrgRef | null;
  stage: DealStage;
  cooperation_type: string;
  message: string | null;
  decline_reason: string | null;
  nda: {
    version: number | null;
    owner_accepted: NdaAcceptance | null;
    interested_accepted: NdaAcceptance | null;
    in_effect_since: string | null;
  };
  agreement: { type: string; value_minor: number; currency: string; signed_on: string } | null;
  registration: {
    registration_number: string;
    registry: string;
    registered_on: string;
    buyer_country: string;
    buyer_region: string;
    seller_country: string;
    seller_region: string;
    value_minor: number;
    currency: string;
  } | null;
  lost_reason: string | null;
  lost_reason_text: string | null;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
  stage_changed_at: string;
  closed_at: string | null;
  /** When each side agreed to publish the deal as a success story. */
  publish_consent: { owner_at: string | null; interested_at: string | null };
  version: number;
  my_roles: string[];
};

export type PipelineDeal = Deal & { listing_sectors: string[] };

export type DealPage<T = Deal> = { items: T[]; total: number; page: number; page_size: number };
export type PipelinePage = DealPage<PipelineDeal> & { counts: { stage: string; count: number }[] };

export type DealDetail = { deal: Deal; listing_confidential_details: string | null };

export type Needs = 'nothing' | 'decline_reason' | 'agreement' | 'registration' | 'lost_reason';
export type NextMove = { to: DealStage; needs: Needs; fields: string[]; blocked_by: string | null };
export type NextActions = {
  stage: DealStage;
  version: number;
  items: NextMove[];
  nda: { version: number | null; can_accept_for: string[] };
  can_post_message: boolean;
  can_add_document: boolean;
};

export type DealEvent = {
  id: string;
  kind: string;
  actor_user_id: string | null;
  actor_role: string;
  from_stage: string | null;
  to_stage: string | null;
  deal_version: number;
  data: Record<string, unknown>;
  at: string;
};

export type DealMessage = { id: string; author_user_id: string; author_role: string; body: string; created_at: string };

export type DealDocument = {
  id: string;
  filename: string;
  content_type: string;
  document_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by_user_id: string;
  uploaded_by_role: string;
  created_at: string;
};

export type NdaTemplate = { version: number; effective_from: string; title_en: string; title_zh: string; text_en?: string; text_zh?: string };

/** The body of POST /transition besides `to` and `version`. */
export type TransitionFields = {
  reason?: string;
  agreement_type?: string;
  value_minor?: number;
  currency?: string;
  signed_on?: string;
  registration_number?: string;
  registry?: string;
  registered_on?: string;
  buyer_country?: string;
  buyer_region?: string;
  seller_country?: string;
  seller_region?: string;
  lost_reason?: string;
};

export type PipelineQuery = {
  stage?: string[];
  sector?: string;
  organization_id?: string;
  stale_days?: number;
  from?: string;
  to?: string;
};

type Signal = { signal?: AbortSignal };
const dealPath = (id: string, tail = '') => `/api/deals/${encodeURIComponent(id)}${tail}`;

/** The most deals a board loads (pages of 100). */
export const BOARD_LIMIT = 1000;

/** Loads every page of a paged list, up to BOARD_LIMIT items. */
async function allPages<T, P extends DealPage<T>>(load: (page: number) => Promise<P>): Promise<{ first: P; items: T[] }> {
  const first = await load(1);
  const items = [...first.items];
  for (let page = 2; items.length < Math.min(first.total, BOARD_LIMIT); page++) {
    const next = await load(page);
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return { first, items };
}

export const dealsApi = {
  /** The caller's deals (both sides; brokers: all), every page. */
  myDeals: async (o: Signal & { role?: 'owner' | 'interested' } = {}) => {
    const { first, items } = await allPages<Deal, DealPage>((page) =>
      apiRequest<DealPage>('/api/deals', { query: { page, page_size: 100, role: o.role }, signal: o.signal }),
    );
    return { items, total: first.total };
  },
  pipeline: async (q: PipelineQuery, o: Signal = {}) => {
    const { first, items } = await allPages<PipelineDeal, PipelinePage>((page) =>
      apiRequest<PipelinePage>('/api/pipeline', { query: { ...q, page, page_size: 100 }, signal: o.signal }),
    );
    return { items, total: first.total, counts: first.counts };
  },
  get: (id: string, o: Signal = {}) => apiRequest<DealDetail>(dealPath(id), o),
  nextActions: (id: string, o: Signal = {}) => apiRequest<NextActions>(dealPath(id, '/allowed-transitions'), o),
  transition: (id: string, to: string, version: number, fields: TransitionFields = {}) =>
    apiRequest<{ deal: Deal }>(dealPath(id, '/transition'), { method: 'POST', body: { to, version, ...fields } }),
  setPublishConsent: (id: string, consent: boolean, version: number) =>
    apiRequest<{ deal: Deal }>(dealPath(id, '/publish-consent'), { method: 'POST', body: { consent, version } }),
  acceptNda: (id: string, ndaVersion: number) =>
    apiRequest<{ deal: Deal }>(dealPath(id, '/nda/accept'), { method: 'POST', body: { nda_version: ndaVersion } }),
  timeline: (id: string, o: Signal = {}) => apiRequest<{ items: DealEvent[] }>(dealPath(id, '/timeline'), o),
  messages: (id: string, o: Signal = {}) =>
    apiRequest<DealPage<DealMessage>>(dealPath(id, '/messages'), { query: { page_size: 200 }, ...o }),
  postMessage: (id: string, body: string) =>
    apiRequest<{ message: DealMessage }>(dealPath(id, '/messages'), { method: 'POST', body: { body } }),
  documents: (id: string, o: Signal = {}) => apiRequest<{ items: DealDocument[] }>(dealPath(id, '/documents'), o),
  addDocument: (id: string, filename: string, contentType: string, contentBase64: string) =>
    apiRequest<{ document: DealDocument }>(dealPath(id, '/documents'), {
      method: 'POST',
      body: { filename, content_type: contentType, content_base64: contentBase64 },
    }),
  documentUrl: (id: string, docId: string) => dealPath(id, `/documents/${encodeURIComponent(docId)}/content`),
  ndaTemplate: (version: number, o: Signal = {}) => apiRequest<NdaTemplate>(`/api/nda-templates/${version}`, o),
  expressInterest: (listingId: string, body: { message: string; cooperation_type: string; interested_organization_id?: string }) =>
    apiRequest<{ deal: Deal }>(`/api/listings/${encodeURIComponent(listingId)}/interest`, { method: 'POST', body }),
  /** The caller's deals on one listing (to link an existing deal from the listing page). */
  dealsOnListing: (listingId: string, o: Signal = {}) =>
    apiRequest<DealPage>('/api/deals', { query: { listing_id: listingId, page_size: 100 }, ...o }),
  matchFeedback: (listingId: string, otherId: string, body: { relevant: boolean; reason?: string | null; comment?: string | null }) =>
    apiRequest<{ feedback: { relevant: boolean; reason: string | null; comment: string | null } }>(
      `/api/listings/${encodeURIComponent(listingId)}/matches/${encodeURIComponent(otherId)}/feedback`,
      { method: 'POST', body },
    ),
};
