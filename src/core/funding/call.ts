/**
 * Funding: funders' calls, applications to them, reviews, awards and the grants they create.
 * Money is integer minor units of the call's one currency (ISO 4217).
 */
import type { OrganizationType, SizeClass } from '../organizations/organization.js';

export const INSTRUMENTS = ['grant', 'equity', 'loan', 'voucher', 'prize'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** Organization types that may publish calls. */
export const FUNDER_TYPES: readonly OrganizationType[] = ['investor', 'government'];

/**
 * draft -> published (open for applications between opensOn and closesOn) -> closed (no more
 * awards) ; draft or published -> cancelled.
 */
export const CALL_STATUSES = ['draft', 'published', 'closed', 'cancelled'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** Who may apply. An empty list means no restriction on that dimension. */
export type EligibilityRules = {
  organizationTypes: OrganizationType[];
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  /** Region names (e.g. Guangdong), compared case-insensitively with the organization's region. */
  regions: string[];
  sizeClasses: SizeClass[];
};

/** One evaluation criterion; weights are whole percents summing to 100. */
export type Criterion = { key: string; label: string; weight: number };

/** Reviewers score each criterion with a whole number on this scale. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;

export type FundingCall = {
  id: string;
  funderOrganizationId: string;
  title: string;
  theme: string;
  description: string;
  sectors: string[];
  trlMin: number | null;
  trlMax: number | null;
  instrument: Instrument;
  currency: string;
  budgetMinor: number;
  ceilingMinor: number;
  eligibility: EligibilityRules;
  criteria: Criterion[];
  /** YYYY-MM-DD, inclusive: applications are accepted from opensOn to closesOn (UTC dates). */
  opensOn: string;
  closesOn: string;
  status: CallStatus;
  publishedAt: Date | null;
  createdByUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

export const FUNDING_LIMITS = {
  title: 256,
  theme: 500,
  description: 8000,
  plan: 20000,
  criterionKey: 40,
  criterionLabel: 200,
  criteria: 12,
  sectors: 10,
  milestones: 24,
  milestoneTitle: 300,
  comment: 4000,
  statement: 2000,
  listEntries: 300,
} as const;

export type Milestone = {
  /** 1, 2, 3... in order. */
  seq: number;
  title: string;
  /** YYYY-MM-DD */
  dueOn: string;
  /** The share of the requested amount paid when it is reached, minor units. */
  amountMinor: number;
};

export const APPLICATION_STATUSES = ['submitted', 'awarded', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export type FundingApplication = {
  id: string;
  callId: string;
  applicantOrganizationId: string;
  /** The funding_request listing it was made from, if any. */
  listingId: string | null;
  title: string;
  plan: string;
  requestedMinor: number;
  /** Money the applicant or others put in alongside, minor units of the call currency. */
  coFundingMinor: number;
  trl: number | null;
  milestones: Milestone[];
  status: ApplicationStatus;
  submittedAt: Date;
  submittedByUserId: string | null;
  decidedAt: Date | null;
  version: number;
};

/**
 * A reviewer's assignment to one application. The organizations the reviewer belonged to when
 * assigned are recorded: none of them may be the applicant (the conflict-of-interest rule).
 */
export type ReviewAssignment = {
  id: string;
  callId: string;
  applicationId: string;
  reviewerUserId: string;
  reviewerOrganizationIds: string[];
  assignedAt: Date;
  assignedByUserId: string | null;
};

/** The declaration a reviewer makes with every review (the text is versioned with the code). */
export const CONFLICT_DECLARATION =
  'I declare that I have no conflict of interest with this application: I do not belong to, advise or hold interests in the applicant organization, and I will keep the application confidential.';

export type CriterionScore = { criterionKey: string; score: number; comment: string };

export type Review = {
  id: string;
  assignmentId: string;
  callId: string;
  applicationId: string;
  reviewerUserId: string;
  scores: CriterionScore[];
  comment: string;
  /** Σ weight × score over the criteria, in hundredths of a point (0..1000 on the 0-10 scale). */
  weightedHundredths: number;
  /** The conflict-of-interest declaration the reviewer made (CONFLICT_DECLARATION). */
  conflictDeclaration: string;
  submittedAt: Date;
};

export const GRANT_STATUSES = ['active', 'completed', 'terminated'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

export type Disbursement = {
  seq: number;
  milestoneTitle: string;
  dueOn: string;
  amountMinor: number;
  status: 'scheduled' | 'released';
  releasedOn: string | null;
};

export type Grant = {
  id: string;
  callId: string;
  applicationId: string;
  recipientOrganizationId: string;
  funderOrganizationId: string;
  title: string;
  instrument: Instrument;
  currency: string;
  amountMinor: number;
  status: GrantStatus;
  /** Tied to the application's milestones; amounts sum exactly to amountMinor. */
  disbursements: Disbursement[];
  awardedAt: Date;
  awardedByUserId: string | null;
  version: number;
};

export const releasedMinor = (g: Pick<Grant, 'disbursements'>, year?: number): number =>
  g.disbursements
    .filter((d) => d.status === 'released' && (year === undefined || (d.releasedOn !== null && Number(d.releasedOn.slice(0, 4)) === year)))
    .reduce((s, d) => s + d.amountMinor, 0);
