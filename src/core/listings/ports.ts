import type { Clock, IdGenerator, Page, PageRequest, UnitOfWork } from '../shared/ports.js';
import type { RateTable } from '../shared/money.js';
import type { Listing, ListingKind, ListingStatus } from './listing.js';
import type { AuditLog } from '../audit/audit.js';
import type { Actor } from '../shared/actor.js';

export const LISTING_SORTS = ['newest', 'oldest', 'deadline', 'title', 'updated'] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

export type ListingFilter = {
  kinds?: ListingKind[];
  statuses?: ListingStatus[];
  sectors?: string[];
  /** IPC prefix, e.g. 'H01M' or 'H01M 10'. */
  ipcPrefix?: string;
  countries?: string[];
  trlMin?: number;
  trlMax?: number;
  /** Free text: matched against titles, summaries and keywords in both languages (public fields). */
  q?: string;
  ownerOrganizationId?: string;
  /** Which visibilities the caller may see among published listings. */
  visibilities: ('public' | 'members')[];
  /** Whether drafts/withdrawn/archived listings are included (subject to ownerScope). */
  includeUnpublished: boolean;
  /** When set, unpublished listings are included only for these owner organizations. */
  unpublishedOwnerScope?: string[];
  sort: ListingSort;
};

export type ListingStore = {
  findById: (id: string) => Promise<Listing | null>;
  findByIds: (ids: string[]) => Promise<Listing[]>;
  insert: (listing: Listing) => Promise<void>;
  /** Writes `listing` if the stored version is `expectedVersion`; false otherwise. */
  update: (listing: Listing, expectedVersion: number) => Promise<boolean>;
  list: (filter: ListingFilter, page: PageRequest) => Promise<Page<Listing>>;
  /** Published listings whose expires_at is at or before `now`. */
  findDueForExpiry: (now: Date, limit: number) => Promise<Listing[]>;
};

export type ListingOwnerLookup = { organizationExists: (id: string) => Promise<boolean> };

/** The stores bound to one transaction; `audit` records every write in the same transaction. */
export type ListingTx = { listings: ListingStore; owners: ListingOwnerLookup; audit: AuditLog };

/**
 * Which of these listings' confidential details the actor may read because an NDA for that
 * listing is accepted (the deals context implements it; without deals, none).
 */
export type ConfidentialDisclosures = { disclosedAmong: (actor: Actor, listingIds: string[]) => Promise<Set<string>> };

/** Told after a commit which listings changed, e.g. to update the search index. */
export type ListingChangeListener = (ids: string[]) => void;

export type ListingDeps = {
  listings: ListingStore;
  unitOfWork: UnitOfWork<ListingTx>;
  clock: Clock;
  ids: IdGenerator;
  rates: { current: () => Promise<RateTable> };
  onChange: ListingChangeListener;
  disclosures: ConfidentialDisclosures;
};
