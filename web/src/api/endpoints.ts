import { apiRequest, type QueryValue } from './client';
import type {
  Classification,
  CodedLabel,
  CurrencyItem,
  ExchangeRate,
  Listing,
  ListingInput,
  Me,
  SignedIn,
  ListingKind,
  ListingStatus,
  MatchesResponse,
  Organization,
  Page,
  SearchResponse,
  SearchSort,
  SectorItem,
  SimilarResponse,
  StatsOverview,
  TrlTaxonomy,
} from './types';

type Signal = { signal?: AbortSignal };

export type SearchQuery = {
  q?: string;
  kind?: string[];
  sector?: string[];
  country?: string[];
  trl_min?: number;
  trl_max?: number;
  ipr_status?: string[];
  cooperation_type?: string[];
  budget_min_cny?: number;
  budget_max_cny?: number;
  sort?: SearchSort;
  page?: number;
  page_size?: number;
};

export type ListingsQuery = {
  kind?: ListingKind;
  status?: ListingStatus;
  sector?: string;
  country?: string;
  owner_organization_id?: string;
  sort?: 'newest' | 'oldest' | 'deadline' | 'title';
  page?: number;
  page_size?: number;
};

export type OrganizationsQuery = { q?: string; type?: string; country?: string; page?: number; page_size?: number };

export const api = {
  me: (o: Signal = {}) => apiRequest<Me>('/api/me', o),
  signIn: (email: string, password: string) =>
    apiRequest<SignedIn>('/api/auth/sign-in', { method: 'POST', body: { email, password } }),
  signOut: () => apiRequest<unknown>('/api/auth/sign-out', { method: 'POST' }),
  statsOverview: (o: Signal = {}) => apiRequest<StatsOverview>('/api/stats/overview', o),

  search: (query: SearchQuery, o: Signal = {}) =>
    apiRequest<SearchResponse>('/api/search', { query: query as Record<string, QueryValue>, ...o }),

  listListings: (query: ListingsQuery, o: Signal = {}) =>
    apiRequest<Page<Listing>>('/api/listings', { query, ...o }),
  getListing: (id: string, o: Signal = {}) => apiRequest<Listing>(`/api/listings/${encodeURIComponent(id)}`, o),
  createListing: (body: ListingInput) => apiRequest<Listing>('/api/listings', { method: 'POST', body }),
  updateListing: (id: string, body: Partial<ListingInput> & { version: number }) =>
    apiRequest<Listing>(`/api/listings/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  publishListing: (id: string, version: number) =>
    apiRequest<Listing>(`/api/listings/${encodeURIComponent(id)}/publish`, { method: 'POST', body: { version } }),
  withdrawListing: (id: string, version: number) =>
    apiRequest<Listing>(`/api/listings/${encodeURIComponent(id)}/withdraw`, { method: 'POST', body: { version } }),
  matches: (id: string, limit: number, o: Signal = {}) =>
    apiRequest<MatchesResponse>(`/api/listings/${encodeURIComponent(id)}/matches`, { query: { limit }, ...o }),
  similar: (id: string, limit: number, o: Signal = {}) =>
    apiRequest<SimilarResponse>(`/api/listings/${encodeURIComponent(id)}/similar`, { query: { limit }, ...o }),

  classify: (text: string, title?: string) =>
    apiRequest<Classification>('/api/classify', { method: 'POST', body: { text, ...(title ? { title } : {}) } }),

  listOrganizations: (query: OrganizationsQuery, o: Signal = {}) =>
    apiRequest<Page<Organization>>('/api/organizations', { query, ...o }),
  getOrganization: (id: string, o: Signal = {}) =>
    apiRequest<Organization>(`/api/organizations/${encodeURIComponent(id)}`, o),

  exchangeRates: (o: Signal = {}) => apiRequest<{ items: ExchangeRate[] }>('/api/exchange-rates', o),

  taxonomy: {
    sectors: () => apiRequest<{ items: SectorItem[] }>('/api/taxonomies/sectors'),
    trl: () => apiRequest<TrlTaxonomy>('/api/taxonomies/trl'),
    iprStatus: () => apiRequest<{ items: CodedLabel[] }>('/api/taxonomies/ipr-status'),
    cooperationTypes: () => apiRequest<{ items: CodedLabel[] }>('/api/taxonomies/cooperation-types'),
    listingKinds: () => apiRequest<{ items: CodedLabel[] }>('/api/taxonomies/listing-kinds'),
    organizationTypes: () => apiRequest<{ items: CodedLabel[] }>('/api/taxonomies/organization-types'),
    currencies: () => apiRequest<{ items: CurrencyItem[] }>('/api/taxonomies/currencies'),
    countries: () => apiRequest<{ items: CodedLabel[] }>('/api/taxonomies/countries'),
  },
};
