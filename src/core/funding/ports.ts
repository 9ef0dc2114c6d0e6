import type { AuditLog } from '../audit/audit.js';
import type { Listing } from '../listings/listing.js';
import type { Organization } from '../organizations/organization.js';
import type { Clock, IdGenerator, UnitOfWork } from '../shared/ports.js';
import type { CallStatus, FundingApplication, FundingCall, Grant, Review, ReviewAssignment } from './call.js';

export type CallFilter = {
  statuses?: CallStatus[];
  funderOrganizationId?: string;
  /** When set, drafts and cancelled calls are included only for these funder organizations. */
  unpublishedFunderScope?: string[] | 'all';
};

export type CallStore = {
  findById: (id: string) => Promise<FundingCall | null>;
  /** Reads the call and locks its row until the transaction ends (serializes awards against the budget). */
  findByIdForUpdate: (id: string) => Promise<FundingCall | null>;
  insert: (call: FundingCall) => Promise<void>;
  /** Writes `call` if the stored version is `expectedVersion`; false otherwise. */
  update: (call: FundingCall, expectedVersion: number) => Promise<boolean>;
  /** Newest first (by opensOn, then id). */
  list: (filter: CallFilter) => Promise<FundingCall[]>;
};

export type ApplicationStore = {
  findById: (id: string) => Promise<FundingApplication | null>;
  listForCall: (callId: string) => Promise<FundingApplication[]>;
  listForApplicants: (organizationIds: string[]) => Promise<FundingApplication[]>;
  /** 'duplicate' when the organization already has a live (not withdrawn) application to the call. */
  insert: (application: FundingApplication) => Promise<'inserted' | 'duplicate'>;
  update: (application: FundingApplication, expectedVersion: number) => Promise<boolean>;
};

export type AssignmentStore = {
  findById: (id: string) => Promise<ReviewAssignment | null>;
  listForCall: (callId: string) => Promise<ReviewAssignment[]>;
  listForReviewer: (userId: string) => Promise<ReviewAssignment[]>;
  /** 'duplicate' when the reviewer is already assigned to the application. */
  insert: (assignment: ReviewAssignment) => Promise<'inserted' | 'duplicate'>;
};

export type ReviewStore = {
  listForCall: (callId: string) => Promise<Review[]>;
  findByAssignment: (assignmentId: string) => Promise<Review | null>;
  /** 'duplicate' when the assignment already has a review. */
  insert: (review: Review) => Promise<'inserted' | 'duplicate'>;
};

export type GrantFilter = { callId?: string; recipientOrganizationIds?: string[]; funderOrganizationIds?: string[] };

export type GrantStore = {
  findById: (id: string) => Promise<Grant | null>;
  findByIds: (ids: string[]) => Promise<Grant[]>;
  list: (filter: GrantFilter) => Promise<Grant[]>;
  /** The sum of grant amounts already awarded under the call (inside the transaction that locked it). */
  awardedTotal: (callId: string) => Promise<number>;
  insert: (grant: Grant) => Promise<void>;
  update: (grant: Grant, expectedVersion: number) => Promise<boolean>;
};

export type FundingOrganizationReader = { findById: (id: string) => Promise<Organization | null> };
export type FundingListingReader = { findById: (id: string) => Promise<Listing | null> };

/** A user as a reviewer: the organizations they belong to, for the conflict-of-interest check. */
export type ReviewerDirectory = { find: (userId: string) => Promise<{ userId: string; organizationIds: string[] } | null> };

/** The stores bound to one transaction; `audit` records every write in it. */
export type FundingTx = {
  calls: CallStore;
  applications: ApplicationStore;
  assignments: AssignmentStore;
  reviews: ReviewStore;
  grants: GrantStore;
  organizations: FundingOrganizationReader;
  listings: FundingListingReader;
  audit: AuditLog;
};

export type FundingDeps = Omit<FundingTx, 'audit'> & {
  unitOfWork: UnitOfWork<FundingTx>;
  reviewers: ReviewerDirectory;
  clock: Clock;
  ids: IdGenerator;
};
