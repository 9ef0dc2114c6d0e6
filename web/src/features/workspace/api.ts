import { apiRequest } from '../../api/client';
import type { Listing, ListingStatus, Organization, Page } from '../../api/types';

type Signal = { signal?: AbortSignal };

/** Body of POST /api/organizations; PATCH takes a part of it plus `version`. */
export type OrganizationInput = {
  name: string | null;
  name_zh: string | null;
  type: string;
  country: string;
  region: string | null;
  city: string | null;
  ror_id: string | null;
  website: string | null;
  size_class: string | null;
  description: string | null;
};

export type Member = { user_id: string; email: string; name: string; role: string; created_at: string };

export type ListingAction = 'publish' | 'withdraw' | 'archive' | 'extend';

const org = (id: string) => `/api/organizations/${encodeURIComponent(id)}`;

/** Organizations, members and listings of the signed-in user's organizations (organizations.ts, memberships.ts, listings.ts). */
export const workspaceApi = {
  getOrganization: (id: string, o: Signal = {}) => apiRequest<Organization>(org(id), o),
  createOrganization: (body: OrganizationInput) => apiRequest<Organization>('/api/organizations', { method: 'POST', body }),
  updateOrganization: (id: string, body: Partial<OrganizationInput> & { version: number }) =>
    apiRequest<Organization>(org(id), { method: 'PATCH', body }),
  listMembers: (id: string, o: Signal = {}) => apiRequest<{ items: Member[] }>(`${org(id)}/members`, o),
  addMember: (id: string, email: string, role: string) =>
    apiRequest<Member>(`${org(id)}/members`, { method: 'POST', body: { email, role } }),
  setMemberRole: (id: string, userId: string, role: string) =>
    apiRequest<Member>(`${org(id)}/members/${encodeURIComponent(userId)}`, { method: 'PATCH', body: { role } }),
  removeMember: (id: string, userId: string) =>
    apiRequest<null>(`${org(id)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
  listListings: (
    query: { owner_organization_id: string; status?: ListingStatus; page: number; page_size: number; sort?: 'updated' | 'newest' },
    o: Signal = {},
  ) => apiRequest<Page<Listing>>('/api/listings', { query, ...o }),
  changeListing: (id: string, action: ListingAction, version: number) =>
    apiRequest<Listing>(`/api/listings/${encodeURIComponent(id)}/${action}`, { method: 'POST', body: { version } }),
};
