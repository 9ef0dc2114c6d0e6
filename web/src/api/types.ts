/**
 * Types of the public HTTP API (see docs: /api/openapi.json). Field names are the wire's own
 * (snake_case); the SPA uses them as they come.
 */

export type Language = 'zh' | 'en';

export const LISTING_KINDS = [
  'technology_offer',
  'technology_request',
  'funding_request',
  'investment_offer',
  'rd_partnership',
] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

export const LISTING_STATUSES = ['draft', 'published', 'expired', 'withdrawn', 'archived'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const IPR_STATUSES = ['none', 'secret_know_how', 'applied', 'granted'] as const;
export type IprStatus = (typeof IPR_STATUSES)[number];

export const COOPERATION_TYPES = [
  'license',
  'assignment',
  'joint_development',
  'technical_service',
  'investment',
  'commercial_agreement',
] as const;
export type CooperationType = (typeof COOPERATION_TYPES)[number];

export type Visibility = 'public' | 'members';

export type ApiErrorIssue = { path: string; message: string };
export type ApiErrorBody = {
  error: {
    code: string;
    message: string;
    details?: { issues?: ApiErrorIssue[]; request_id?: string; [key: string]: unknown };
  };
};

export type Page<T> = { items: T[]; total: number; page: number; page_size: number };

export type Health = { status: 'ok'; database: 'pglite' | 'postgresql'; version: string };

export type StatsOverview = {
  offers: number;
  requests: number;
  organizations: number;
  countries: number;
  listings_published: number;
};

export type OrganizationType =
  | 'university'
  | 'research_institute'
  | 'enterprise'
  | 'investor'
  | 'government'
  | 'intermediary'
  | 'other';

export type Organization = {
  id: string;
  name: string | null;
  name_zh: string | null;
  type: OrganizationType;
  country: string;
  region: string | null;
  city: string | null;
  ror_id: string | null;
  website: string | null;
  size_class: string | null;
  description: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  listing_count?: number;
};

export type LocalizedText = { title: string; summary: string; description: string };

export type MoneyRange = { min_minor: number | null; max_minor: number | null; currency: string };

export type ListingOwner = {
  id: string;
  name: string | null;
  name_zh: string | null;
  country: string;
  type: OrganizationType;
};

export type Listing = {
  id: string;
  kind: ListingKind;
  language: Language;
  title: string;
  summary: string;
  description: string;
  translations: Partial<Record<Language, LocalizedText>>;
  confidential_details: string | null;
  has_confidential_details: boolean;
  keywords: string[];
  sectors: string[];
  ipc_codes: string[];
  trl: number | null;
  ipr_status: IprStatus;
  patent_numbers: string[];
  cooperation_types: CooperationType[];
  price: MoneyRange | null;
  price_cny: { min_minor: number | null; max_minor: number | null } | null;
  country: string;
  target_countries: string[];
  owner_organization_id: string;
  owner: ListingOwner | null;
  visibility: Visibility;
  status: ListingStatus;
  deadline: string | null;
  published_at: string | null;
  expires_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

/** Body of POST /api/listings; PATCH takes a part of it plus `version`. */
export type ListingInput = {
  kind: ListingKind;
  language: Language;
  title: string;
  summary: string;
  description: string;
  translations?: Partial<Record<Language, LocalizedText>>;
  confidential_details?: string | null;
  keywords?: string[];
  sectors?: string[];
  ipc_codes?: string[];
  trl?: number | null;
  ipr_status?: IprStatus;
  patent_numbers?: string[];
  cooperation_types?: CooperationType[];
  price?: MoneyRange | null;
  country: string;
  target_countries?: string[];
  owner_organization_id: string;
  visibility?: Visibility;
  deadline?: string | null;
};

export type SearchSort = 'relevance' | 'newest' | 'deadline';

export type FacetBucket = { value: string; count: number };
export type SearchFacets = {
  kind: FacetBucket[];
  sector: FacetBucket[];
  country: FacetBucket[];
  trl: FacetBucket[];
  ipr_status: FacetBucket[];
  cooperation_type: FacetBucket[];
};

/**
 * Highlights: HTML-escaped snippets with matched terms in <mark>. A snippet may come from the
 * original text or from a translation (a Chinese query marks the Chinese version).
 */
export type SearchHighlights = { title?: string; summary?: string; description?: string; keywords?: string };

export type SearchHit = {
  listing: Listing;
  score: number;
  highlights: SearchHighlights;
};

export type SearchResponse = Page<SearchHit> & { facets: SearchFacets };

export type MatchReason = { type: string; [key: string]: unknown };
export type MatchesResponse = { items: { listing: Listing; score: number; reasons: MatchReason[] }[] };
export type SimilarResponse = { items: { listing: Listing; score: number }[] };

export type CodedLabel = { code: string; en: string; zh: string };
export type SectorItem = CodedLabel & { group: string };
export type CurrencyItem = CodedLabel & { minor_units: number };
export type TrlLevel = {
  level: number;
  en: string;
  zh: string;
  meaning_en: string;
  meaning_zh: string;
  een_stage: string;
  een_stage_en?: string;
  een_stage_zh?: string;
  gbt22900_level?: number;
  gbt22900_en?: string;
  gbt22900_zh?: string;
};
/** Optional guided questions; `level` is reached when the answer is yes. */
export type TrlQuestion = { level: number; en: string; zh: string };
export type TrlTaxonomy = { items: TrlLevel[]; questions?: TrlQuestion[] };
/** CNY per one major unit. The server names the date `valid_from` (the contract said `as_of`): both are read. */
export type ExchangeRate = { currency: string; cny_per_unit: number; as_of?: string; valid_from?: string; source?: string };

export type User = { id: string; email: string; name: string; email_verified: boolean; roles: string[]; created_at: string };
export type MembershipOfMe = {
  organization_id: string;
  organization_name: string | null;
  organization_name_zh: string | null;
  role: string;
};
/** GET /api/me: the signed-in user and the CSRF token for X-CSRF-Token. */
export type Me = {
  user: User;
  memberships: MembershipOfMe[];
  roles: string[];
  csrf_token: string | null;
  auth: 'session' | 'token';
  token_scope: 'read' | 'write' | null;
};
export type SignedIn = { user: User; csrf_token: string };

/** POST /api/classify: IPC subclasses and sectors suggested for a text. */
export type Classification = {
  ipc: { code: string; score: number }[];
  sectors: { code: string; score: number; en: string; zh: string }[];
};
