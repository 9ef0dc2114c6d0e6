import { z } from 'zod';
import { Id, PageQuery, listParam } from './contracts.js';

/**
 * The JSON contract of the deal routes (snake_case, stable). zod checks shapes and types; the
 * pipeline's rules (stages, who moves, stage fields) answer from core with their own codes.
 */

const str = (max: number) => z.string().max(max);

export const DealIdParams = z.object({ id: Id });
export const DealDocumentParams = z.object({ id: Id, docId: Id });
export const MatchPairParams = z.object({ id: Id, otherId: Id });
export const NdaVersionParams = z.object({ version: z.coerce.number().int().min(1).max(1000) });

export const InterestBody = z
  .object({
    message: str(50_000),
    cooperation_type: str(64),
    interested_organization_id: Id.optional(),
  })
  .strict();

export const TransitionBody = z
  .object({
    to: str(32),
    version: z.number().int().min(1),
    reason: str(20_000).nullable().optional(),
    agreement_type: str(64).optional(),
    value_minor: z.number().int().optional(),
    currency: str(8).optional(),
    signed_on: str(32).optional(),
    registration_number: str(1000).optional(),
    registry: str(2000).optional(),
    registered_on: str(32).optional(),
    buyer_country: str(8).optional(),
    buyer_region: str(1000).optional(),
    seller_country: str(8).optional(),
    seller_region: str(1000).optional(),
    lost_reason: str(64).optional(),
  })
  .strict();

export const NdaAcceptBody = z.object({ nda_version: z.number().int().min(1) }).strict();

export const PublishConsentBody = z.object({ consent: z.boolean(), version: z.number().int().min(1) }).strict();

export const MessageBody = z.object({ body: str(100_000) }).strict();

/** A document as JSON: the content base64-encoded (at most 5 MB decoded). */
export const DocumentBody = z
  .object({
    filename: str(1000),
    content_type: str(255),
    content_base64: z.string().max(7_200_000),
  })
  .strict();

export const FeedbackBody = z
  .object({
    relevant: z.boolean(),
    reason: str(64).nullable().optional(),
    comment: str(20_000).nullable().optional(),
  })
  .strict();

export const DealQuery = z.object({
  stage: listParam,
  listing_id: Id.optional(),
  role: z.enum(['owner', 'interested', 'broker']).optional(),
  organization_id: Id.optional(),
  ...PageQuery,
});

export const MessageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  page_size: z.coerce.number().int().min(1).max(200).default(100),
});

export const FeedbackQuery = z.object({
  listing_id: Id.optional(),
  relevant: z.enum(['true', 'false']).optional(),
  reason: listParam,
  ...PageQuery,
});

const OrgRef = z.object({ id: z.string(), name: z.string().nullable(), name_zh: z.string().nullable(), country: z.string() });
const Acceptance = z.object({ user_id: z.string(), accepted_at: z.string(), version: z.number().int() });

export const Deal = z.object({
  id: z.string(),
  listing_id: z.string(),
  listing: z.object({ id: z.string(), title: z.string(), kind: z.string(), status: z.string() }).nullable(),
  owner_organization: OrgRef.nullable(),
  interested_organization: OrgRef.nullable(),
  stage: z.string(),
  cooperation_type: z.string(),
  /** The EOI; null for callers who may not read the deal's thread (administrators as such). */
  message: z.string().nullable(),
  decline_reason: z.string().nullable(),
  nda: z.object({
    version: z.number().int().nullable(),
    owner_accepted: Acceptance.nullable(),
    interested_accepted: Acceptance.nullable(),
    in_effect_since: z.string().nullable(),
  }),
  agreement: z
    .object({ type: z.string(), value_minor: z.number().int(), currency: z.string(), signed_on: z.string() })
    .nullable(),
  registration: z
    .object({
      registration_number: z.string(),
      registry: z.string(),
      registered_on: z.string(),
      buyer_country: z.string(),
      buyer_region: z.string(),
      seller_country: z.string(),
      seller_region: z.string(),
      value_minor: z.number().int(),
      currency: z.string(),
    })
    .nullable(),
  lost_reason: z.string().nullable(),
  lost_reason_text: z.string().nullable(),
  created_by_user_id: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  stage_changed_at: z.string(),
  closed_at: z.string().nullable(),
  publish_consent: z
    .object({ owner_at: z.string().nullable(), interested_at: z.string().nullable() })
    .describe('When each side agreed to publish the deal as a success story (both, on a closed_won deal, put it in the feed)'),
  version: z.number().int(),
  /** The caller's roles in this deal: owner, interested, broker, admin. */
  my_roles: z.array(z.string()),
});

export const DealEnvelope = z.object({ deal: Deal });

export const DealDetail = z.object({
  deal: Deal,
  /** The listing's confidential details, for the owner side and brokers, and for the interested side once the NDA is in effect; else null. */
  listing_confidential_details: z.string().nullable(),
});

export const DealPage = z.object({ items: z.array(Deal), total: z.number().int(), page: z.number().int(), page_size: z.number().int() });

export const NextActions = z.object({
  stage: z.string(),
  version: z.number().int(),
  items: z.array(
    z.object({
      to: z.string(),
      /** What the move needs: nothing, decline_reason, agreement, registration or lost_reason. */
      needs: z.string(),
      /** The body fields of POST /transition for this move. */
      fields: z.array(z.string()),
      /** Why the move cannot be made yet (nda_accepted_by_both), or null. */
      blocked_by: z.string().nullable(),
    }),
  ),
  nda: z.object({ version: z.number().int().nullable(), can_accept_for: z.array(z.string()) }),
  can_post_message: z.boolean(),
  can_add_document: z.boolean(),
});

export const DealEvent = z.object({
  id: z.string(),
  kind: z.string(),
  actor_user_id: z.string().nullable(),
  actor_role: z.string(),
  from_stage: z.string().nullable(),
  to_stage: z.string().nullable(),
  deal_version: z.number().int(),
  data: z.record(z.string(), z.unknown()),
  at: z.string(),
});

export const DealMessage = z.object({
  id: z.string(),
  author_user_id: z.string(),
  author_role: z.string(),
  body: z.string(),
  created_at: z.string(),
});

export const DealDocument = z.object({
  id: z.string(),
  filename: z.string(),
  content_type: z.string(),
  document_type: z.string(),
  size_bytes: z.number().int(),
  sha256: z.string(),
  uploaded_by_user_id: z.string(),
  uploaded_by_role: z.string(),
  created_at: z.string(),
});

export const NdaTemplate = z.object({
  version: z.number().int(),
  effective_from: z.string(),
  title_en: z.string(),
  title_zh: z.string(),
  text_en: z.string().optional(),
  text_zh: z.string().optional(),
});

export const MatchFeedback = z.object({
  id: z.string(),
  listing_id: z.string(),
  other_listing_id: z.string(),
  user_id: z.string(),
  relevant: z.boolean(),
  reason: z.string().nullable(),
  comment: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const FeedbackPage = z.object({
  items: z.array(MatchFeedback),
  total: z.number().int(),
  page: z.number().int(),
  page_size: z.number().int(),
  summary: z.array(z.object({ relevant: z.boolean(), reason: z.string().nullable(), count: z.number().int() })),
});

export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
export const MessagePage = z.object({ items: z.array(DealMessage), total: z.number().int(), page: z.number().int(), page_size: z.number().int() });
export const MessageEnvelope = z.object({ message: DealMessage });
export const DocumentEnvelope = z.object({ document: DealDocument });
export const FeedbackEnvelope = z.object({ feedback: MatchFeedback });
