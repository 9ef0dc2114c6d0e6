import type { Clock, IdGenerator, Page, PageRequest, UnitOfWork } from '../shared/ports.js';
import type { Organization, OrganizationType } from './organization.js';

export type OrganizationFilter = {
  q?: string;
  types?: OrganizationType[];
  countries?: string[];
  sort: 'name' | 'newest';
};

export type OrganizationWithCounts = Organization & { listingCount: number };

export type OrganizationStore = {
  findById: (id: string) => Promise<Organization | null>;
  findByRorId: (rorId: string) => Promise<Organization | null>;
  insert: (org: Organization) => Promise<void>;
  update: (org: Organization, expectedVersion: number) => Promise<boolean>;
  delete: (id: string, expectedVersion: number) => Promise<boolean>;
  listingCount: (id: string) => Promise<number>;
  list: (filter: OrganizationFilter, page: PageRequest) => Promise<Page<OrganizationWithCounts>>;
};

export type OrganizationDeps = {
  organizations: OrganizationStore;
  unitOfWork: UnitOfWork<{ organizations: OrganizationStore }>;
  clock: Clock;
  ids: IdGenerator;
  /** Development mode before accounts: anyone may write. */
  openWrites: boolean;
};
