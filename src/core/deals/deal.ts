/**
 * Deals: the brokerage pipeline. A deal links one listing and one interested organization,
 * from an expression of interest (EOI) to a registered technology contract and its follow-up.
 */
import type { CooperationType } from '../listings/listing.js';

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

/** Stages after which nothing moves any more. */
export const TERMINAL_STAGES: readonly DealStage[] = ['declined', 'closed_won', 'closed_lost'];
export const isOpenStage = (s: DealStage): boolean => !TERMINAL_STAGES.includes(s);

/** Contract types, after China's technology-contract registration categories plus licences and investment. */
export const AGREEMENT_TYPES = [
  'technology_development',
  'technology_transfer',
  'license_exclusive',
  'license_non_exclusive',
  'technical_consulting',
  'technical_service',
  'investment',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

/** Why a deal was lost; `other` needs a text. */
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
export type LostReason = (typeof LOST_REASONS)[number];

/** The two sides of a deal: the listing's owner organization and the interested organization. */
export const DEAL_SIDES = ['owner', 'interested'] as const;
export type DealSide = (typeof DEAL_SIDES)[number];

export type NdaAcceptance = { userId: string; acceptedAt: Date; version: number };

export type Agreement = {
  type: AgreementType;
  /** Contract value in integer minor units of `currency` (ISO 4217). */
  valueMinor: number;
  currency: string;
  /** YYYY-MM-DD */
  signedOn: string;
};

export type Registration = {
  registrationNumber: string;
  /** The registry, e.g. "Shenzhen Technology Contract Registration Office". */
  registry: string;
  /** YYYY-MM-DD */
  registeredOn: string;
  buyerCountry: string;
  buyerRegion: string;
  sellerCountry: string;
  sellerRegion: string;
  valueMinor: number;
  currency: string;
};

export type Deal = {
  id: string;
  listingId: string;
  /** The listing's owner organization when the EOI was made (the owner side). */
  ownerOrganizationId: string;
  interestedOrganizationId: string;
  createdByUserId: string | null;
  stage: DealStage;
  /** The expression of interest. */
  message: string;
  cooperationType: CooperationType;
  declineReason: string | null;
  /** The NDA text version the parties are asked to accept (set on entering the nda stage). */
  ndaVersion: number | null;
  ndaOwnerAcceptance: NdaAcceptance | null;
  ndaInterestedAcceptance: NdaAcceptance | null;
  /** When both sides had accepted the NDA: from then on the parties see the listing's confidential details. */
  ndaUnlockedAt: Date | null;
  agreement: Agreement | null;
  registration: Registration | null;
  lostReason: LostReason | null;
  lostReasonText: string | null;
  createdAt: Date;
  updatedAt: Date;
  stageChangedAt: Date;
  closedAt: Date | null;
  /**
   * When each side agreed that the center may publish the transfer as a success story (a public
   * story needs both, and a closed_won deal); null when it has not, or withdrew it.
   */
  publishConsentOwnerAt: Date | null;
  publishConsentInterestedAt: Date | null;
  version: number;
};

export const DEAL_LIMITS = {
  message: 5000,
  reason: 2000,
  registrationNumber: 100,
  registry: 200,
  region: 100,
  threadMessage: 10_000,
  filename: 255,
  documentBytes: 5 * 1024 * 1024,
  feedbackComment: 2000,
} as const;

/** The kinds of event a deal's timeline records; every deal write appends one. */
export const DEAL_EVENT_KINDS = ['interest_expressed', 'stage_changed', 'nda_accepted', 'message_posted', 'document_added', 'publish_consent_changed'] as const;
export type DealEventKind = (typeof DEAL_EVENT_KINDS)[number];

/**
 * One entry of a deal's timeline. `data` is a non-confidential summary (stage fields, ids,
 * file names and sizes); message bodies and document contents stay in their own tables.
 */
export type DealEvent = {
  id: string;
  dealId: string;
  kind: DealEventKind;
  actorUserId: string | null;
  /** Which role the actor acted in: a side, broker, admin or system. */
  actorRole: DealRole | 'system';
  fromStage: DealStage | null;
  toStage: DealStage | null;
  /** The deal version this event produced (messages and documents do not change the version). */
  dealVersion: number;
  data: Record<string, unknown>;
  at: Date;
};

export const DEAL_ROLES = ['owner', 'interested', 'broker', 'admin'] as const;
export type DealRole = (typeof DEAL_ROLES)[number];

export type DealMessage = {
  id: string;
  dealId: string;
  authorUserId: string;
  authorRole: DealRole;
  body: string;
  createdAt: Date;
};

export type DealDocumentType = 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'png' | 'jpeg' | 'txt';

export type DealDocument = {
  id: string;
  dealId: string;
  filename: string;
  contentType: string;
  documentType: DealDocumentType;
  sizeBytes: number;
  /** Hex SHA-256 of the content, computed by the store adapter's caller (the route). */
  sha256: string;
  uploadedByUserId: string;
  uploadedByRole: DealRole;
  createdAt: Date;
};

export const MATCH_FEEDBACK_REASONS = ['wrong_field', 'wrong_trl', 'wrong_region', 'too_expensive', 'already_known', 'other'] as const;
export type MatchFeedbackReason = (typeof MATCH_FEEDBACK_REASONS)[number];

/** A user's judgement of one suggested match, kept to tune the ranker (one per user and pair; the latest wins). */
export type MatchFeedback = {
  id: string;
  listingId: string;
  otherListingId: string;
  userId: string;
  relevant: boolean;
  reason: MatchFeedbackReason | null;
  comment: string | null;
  createdAt: Date;
  updatedAt: Date;
};
