import type { AuditLog } from '../audit/audit.js';
import type { Outbox } from '../outbox/message.js';
import type { Clock, IdGenerator, Page, PageRequest, UnitOfWork } from '../shared/ports.js';
import type { Listing } from '../listings/listing.js';
import type {
  Deal,
  DealDocument,
  DealEvent,
  DealMessage,
  DealRole,
  DealStage,
  MatchFeedback,
  MatchFeedbackReason,
} from './deal.js';

export type DealFilter = {
  stages?: DealStage[];
  listingId?: string;
  /** Only deals where one of these organizations is the owner side. */
  ownerOrganizationIds?: string[];
  /** Only deals where one of these organizations is the interested side. */
  interestedOrganizationIds?: string[];
  /** Only deals where one of these organizations is either side (the caller's own deals). */
  partyOrganizationIds?: string[];
};

export type DealStore = {
  findById: (id: string) => Promise<Deal | null>;
  /** Reads the deal and locks its row until the transaction ends (serializes writers that carry no version). */
  findByIdForUpdate: (id: string) => Promise<Deal | null>;
  /** The open deal of this interested organization on this listing, if any. */
  findOpen: (listingId: string, interestedOrganizationId: string) => Promise<Deal | null>;
  /** Inserts a deal; 'duplicate' when the organization already has an open deal on the listing (a unique index decides). */
  insert: (deal: Deal) => Promise<'inserted' | 'duplicate'>;
  /** Writes `deal` if the stored version is `expectedVersion`; false otherwise. */
  update: (deal: Deal, expectedVersion: number) => Promise<boolean>;
  list: (filter: DealFilter, page: PageRequest) => Promise<Page<Deal>>;
  /**
   * Those of `listingIds` on which one of `organizationIds` is the interested side of a deal whose
   * NDA is in effect (both sides accepted, not declined or lost since).
   */
  disclosedListings: (organizationIds: string[], listingIds: string[]) => Promise<string[]>;
  appendEvent: (event: DealEvent) => Promise<void>;
  events: (dealId: string) => Promise<DealEvent[]>;
};

export type DealMessageStore = {
  insert: (message: DealMessage) => Promise<void>;
  /** The thread in order of posting. */
  list: (dealId: string, page: PageRequest) => Promise<Page<DealMessage>>;
};

export type DealDocumentStore = {
  insert: (document: DealDocument, content: Uint8Array) => Promise<void>;
  list: (dealId: string) => Promise<DealDocument[]>;
  findById: (dealId: string, documentId: string) => Promise<DealDocument | null>;
  content: (dealId: string, documentId: string) => Promise<Uint8Array | null>;
};

export type MatchFeedbackFilter = {
  listingId?: string;
  relevant?: boolean;
  reasons?: MatchFeedbackReason[];
};

export type MatchFeedbackStore = {
  /** Inserts or replaces this user's judgement of the pair; returns what is stored. */
  upsert: (feedback: MatchFeedback) => Promise<MatchFeedback>;
  list: (filter: MatchFeedbackFilter, page: PageRequest) => Promise<Page<MatchFeedback>>;
  /** Counts per (relevant, reason) over the filter, for tuning reports. */
  summary: (filter: MatchFeedbackFilter) => Promise<{ relevant: boolean; reason: MatchFeedbackReason | null; count: number }[]>;
};

/** Notices sent once per key (listing expiry warnings, strong-match alerts). */
export type NoticeLog = {
  /** Records that `key` of `kind` was noticed; false when it already was (nothing is written then). */
  claim: (kind: string, key: string, at: Date) => Promise<boolean>;
};

export type ListingReader = {
  findById: (id: string) => Promise<Listing | null>;
  /** Published listings whose validity ends in [from, to), oldest expiry first. */
  findExpiringBetween: (from: Date, to: Date, limit: number) => Promise<Listing[]>;
};

export type OrganizationSummary = { id: string; name: string | null; nameZh: string | null; country: string; region: string | null };
export type OrganizationReader = { findById: (id: string) => Promise<OrganizationSummary | null> };

export const DEAL_NOTIFICATION_KINDS = [
  'deal_interest_expressed',
  'deal_accepted',
  'deal_declined',
  'deal_nda_accepted',
  'deal_stage_changed',
  'listing_expiring',
  'listing_strong_matches',
] as const;
export type DealNotificationKind = (typeof DEAL_NOTIFICATION_KINDS)[number];

/**
 * A notification, queued in the outbox in the same transaction as the change it announces
 * (one message per recipient). Recipients are organizations (their members) and optionally the
 * brokers; the actor is not told of their own action. `data` holds public facts only (titles,
 * organization names, stages, ids): never EOI or thread text, never confidential details.
 */
export type DealNotification = {
  kind: DealNotificationKind;
  toOrganizationIds: string[];
  toBrokers: boolean;
  actorUserId: string | null;
  dealId: string | null;
  listingId: string;
  data: Record<string, unknown>;
};

export type Recipient = { userId: string; email: string; name: string };

/** Who receives mail: verified members of organizations, and the brokers. */
export type RecipientDirectory = {
  membersOf: (organizationIds: string[]) => Promise<Recipient[]>;
  brokers: () => Promise<Recipient[]>;
};

export type DealTx = {
  deals: DealStore;
  messages: DealMessageStore;
  documents: DealDocumentStore;
  feedback: MatchFeedbackStore;
  notices: NoticeLog;
  listings: ListingReader;
  organizations: OrganizationReader;
  audit: AuditLog;
  outbox: Outbox;
  recipients: RecipientDirectory;
};

export type DealDeps = {
  deals: DealStore;
  messages: DealMessageStore;
  documents: DealDocumentStore;
  feedback: MatchFeedbackStore;
  listings: ListingReader;
  organizations: OrganizationReader;
  unitOfWork: UnitOfWork<DealTx>;
  clock: Clock;
  ids: IdGenerator;
  /** Hex SHA-256 of a document's bytes. */
  digest: (bytes: Uint8Array) => string;
  /** Where links in e-mails point, e.g. https://ittc.example.org (no trailing slash). */
  publicUrl: string;
};

export type { DealRole };
