import type { Clock, IdGenerator, Page, PageRequest, UnitOfWork } from '../shared/ports.js';
import type { AuditLog } from '../audit/audit.js';
import type { Membership } from '../accounts/user.js';
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
  /** The organizations among these ids (in no particular order; unknown ids are left out). */
  findByIds: (ids: string[]) => Promise<Organization[]>;
  findByRorId: (rorId: string) => Promise<Organization | null>;
  insert: (org: Organization) => Promise<void>;
  update: (org: Organization, expectedVersion: number) => Promise<boolean>;
  delete: (id: string, expectedVersion: number) => Promise<boolean>;
  listingCount: (id: string) => Promise<number>;
  list: (filter: OrganizationFilter, page: PageRequest) => Promise<Page<OrganizationWithCounts>>;
};

/** The stores bound to one transaction: the creator's membership and the audit entry land with the write. */
export type OrganizationTx = {
  organizations: OrganizationStore;
  memberships: { insert: (membership: Membership) => Promise<void> };
  audit: AuditLog;
};

export type OrganizationDeps = {
  organizations: OrganizationStore;
  unitOfWork: UnitOfWork<OrganizationTx>;
  clock: Clock;
  ids: IdGenerator;
};
