import type { AppDeps } from '../../compose.js';
import { acceptNda } from '../../core/deals/accept-nda.js';
import { addDealDocument, listDealDocuments, readDealDocument } from '../../core/deals/add-deal-document.js';
import { advanceDeal } from '../../core/deals/advance-deal.js';
import type { DealErrorCode } from '../../core/deals/errors.js';
import { expressInterest } from '../../core/deals/express-interest.js';
import { NDA_TEMPLATES, findNdaTemplate } from '../../core/deals/nda.js';
import { listDealMessages, postDealMessage } from '../../core/deals/post-deal-message.js';
import { setPublishConsent } from '../../core/deals/set-publish-consent.js';
import { confidentialDetailsFor, dealTimeline, getDeal, listDeals, nextActions } from '../../core/deals/query-deals.js';
import { listMatchFeedback, recordMatchFeedback } from '../../core/deals/record-match-feedback.js';
import { DomainError } from '../../core/shared/domain-error.js';
import type { ZApp } from '../app.js';
import { rateLimit } from '../auth.js';
import { ErrorBody } from '../contracts.js';
import * as C from '../deal-contracts.js';
import { z } from 'zod';
import { Id, PageQuery, listParam } from '../contracts.js';
import { isOpenStage, type Deal, type DealStage, type MatchFeedbackReason } from '../../core/deals/deal.js';
import { loadDealContext, presentDeal, presentDocument, presentEvent, presentFeedback, presentMessage, presentNextActions } from '../deal-presenters.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

/** Room for a 5 MB document in base64 (4/3) plus the JSON around it. */
const DOCUMENT_BODY_LIMIT = 7_400_000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Strict base64: the content must decode to exactly what was sent (no silently skipped characters). */
function decodeBase64(s: string): Uint8Array {
  const compact = s.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new DomainError<DealErrorCode>('DEAL_DOCUMENT_INVALID', 'content_base64 is not valid base64.', {
      issues: [{ path: 'content_base64', message: 'Not base64.' }],
    });
  }
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

/** `filename` for Content-Disposition: an ASCII fallback plus the UTF-8 name (RFC 6266/5987). */
const contentDisposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** The most deals the pipeline view filters in memory (a center's whole book, far above today's volume). */
const PIPELINE_SCAN_LIMIT = 20_000;
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD.');

const PipelineQuery = z.object({
  stage: listParam,
  sector: z.string().max(64).optional(),
  organization_id: Id.optional(),
  stale_days: z.coerce.number().int().min(1).max(3650).optional(),
  from: IsoDay.optional(),
  to: IsoDay.optional(),
  ...PageQuery,
});

const PipelinePage = z.object({
  items: z.array(C.Deal.extend({ listing_sectors: z.array(z.string()) })),
  total: z.number().int(),
  page: z.number().int(),
  page_size: z.number().int(),
  counts: z.array(z.object({ stage: z.string(), count: z.number().int() })),
});

export function dealRoutes(app: ZApp, deps: AppDeps) {
  const d = deps.deals;
  const one = async (actor: Parameters<typeof presentDeal>[1], deal: Parameters<typeof presentDeal>[0]) => ({
    deal: presentDeal(deal, actor, await loadDealContext(d, [deal])),
  });

  app.post(
    '/api/listings/:id/interest',
    {
      config: { permission: 'deal:create', ...rateLimit(deps, 'eoi') },
      schema: {
        tags: ['deals'],
        summary: 'Express interest in a published listing: opens a deal at stage interest (one open deal per listing and organization)',
        params: C.DealIdParams,
        body: C.InterestBody,
        response: { 201: C.DealEnvelope, ...errors },
      },
    },
    async (req, reply) => {
      const deal = await expressInterest(d, req.actor, {
        listingId: req.params.id,
        message: req.body.message,
        cooperationType: req.body.cooperation_type,
        interestedOrganizationId: req.body.interested_organization_id,
      });
      return reply.code(201).send(await one(req.actor, deal));
    },
  );

  app.get(
    '/api/deals',
    {
      config: { permission: 'deal:read' },
      schema: {
        tags: ['deals'],
        summary: 'Deals of my organizations (role=owner|interested narrows to one side); brokers and administrators see every deal',
        querystring: C.DealQuery,
        response: { 200: C.DealPage, ...errors },
      },
    },
    async (req) => {
      const q = req.query;
      const page = await listDeals(
        d,
        req.actor,
        { stages: q.stage as DealStage[] | undefined, listingId: q.listing_id, role: q.role, organizationId: q.organization_id },
        { page: q.page, pageSize: q.page_size },
      );
      const ctx = await loadDealContext(d, page.items);
      return { items: page.items.map((x) => presentDeal(x, req.actor, ctx)), total: page.total, page: page.page, page_size: page.pageSize };
    },
  );

  app.get(
    '/api/deals/:id',
    {
      config: { permission: 'deal:read' },
      schema: {
        tags: ['deals'],
        summary: 'One deal, with the listing’s confidential details when the caller is entitled (owner side, brokers, interested side under an NDA in effect)',
        params: C.DealIdParams,
        response: { 200: C.DealDetail, ...errors },
      },
    },
    async (req) => {
      const view = await getDeal(d, req.actor, req.params.id);
      const ctx = await loadDealContext(d, [view.deal]);
      return {
        deal: presentDeal(view.deal, req.actor, ctx, view.roles),
        listing_confidential_details: confidentialDetailsFor(req.actor, view, ctx.listings.get(view.deal.listingId) ?? null),
      };
    },
  );

  app.get(
    '/api/deals/:id/allowed-transitions',
    {
      config: { permission: 'deal:read' },
      schema: {
        tags: ['deals'],
        summary: 'What the caller may do next: the moves (with the fields each needs), NDA acceptance, thread and documents',
        params: C.DealIdParams,
        response: { 200: C.NextActions, ...errors },
      },
    },
    async (req) => presentNextActions(await nextActions(d, req.actor, req.params.id)),
  );

  app.get(
    '/api/pipeline',
    {
      config: { permission: 'deal:pipeline' },
      schema: {
        tags: ['deals'],
        summary:
          'The broker’s pipeline: every deal, filtered by stage, listing sector, organization (either side), stale (open and unmoved for stale_days) and EOI date (from/to, YYYY-MM-DD), with counts per stage',
        querystring: PipelineQuery,
        response: { 200: PipelinePage, ...errors },
      },
    },
    async (req) => {
      const q = req.query;
      // Every deal matching the store-side filters, then the rest in memory (bounded by PIPELINE_SCAN_LIMIT).
      const all: Deal[] = [];
      for (let page = 1; all.length < PIPELINE_SCAN_LIMIT; page++) {
        const batch = await listDeals(
          d,
          req.actor,
          { stages: q.stage as DealStage[] | undefined, organizationId: q.organization_id },
          { page, pageSize: 500 },
        );
        all.push(...batch.items);
        if (batch.items.length < 500 || all.length >= batch.total) break;
      }
      const staleBefore = q.stale_days ? d.clock.now().getTime() - q.stale_days * 86_400_000 : null;
      let kept = all.filter((x) => {
        const day = x.createdAt.toISOString().slice(0, 10);
        if (q.from && day < q.from) return false;
        if (q.to && day > q.to) return false;
        if (staleBefore !== null && !(isOpenStage(x.stage) && x.stageChangedAt.getTime() < staleBefore)) return false;
        return true;
      });
      const ctx = await loadDealContext(d, kept);
      if (q.sector) kept = kept.filter((x) => ctx.listings.get(x.listingId)?.sectors.includes(q.sector!) ?? false);
      const counts = new Map<string, number>();
      for (const x of kept) counts.set(x.stage, (counts.get(x.stage) ?? 0) + 1);
      const start = (q.page - 1) * q.page_size;
      return {
        items: kept.slice(start, start + q.page_size).map((x) => ({
          ...presentDeal(x, req.actor, ctx),
          listing_sectors: ctx.listings.get(x.listingId)?.sectors ?? [],
        })),
        total: kept.length,
        page: q.page,
        page_size: q.page_size,
        counts: [...counts].map(([stage, count]) => ({ stage, count })),
      };
    },
  );

  app.post(
    '/api/deals/:id/transition',
    {
      config: { permission: 'deal:act' },
      schema: {
        tags: ['deals'],
        summary: 'Move the deal to stage `to` at `version` (409 when stale or not a move of the pipeline, 403 when not the caller’s to make)',
        params: C.DealIdParams,
        body: C.TransitionBody,
        response: { 200: C.DealEnvelope, ...errors },
      },
    },
    async (req) => {
      const b = req.body;
      const deal = await advanceDeal(d, req.actor, req.params.id, {
        to: b.to,
        version: b.version,
        fields: {
          reason: b.reason,
          agreementType: b.agreement_type,
          valueMinor: b.value_minor,
          currency: b.currency,
          signedOn: b.signed_on,
          registrationNumber: b.registration_number,
          registry: b.registry,
          registeredOn: b.registered_on,
          buyerCountry: b.buyer_country,
          buyerRegion: b.buyer_region,
          sellerCountry: b.seller_country,
          sellerRegion: b.seller_region,
          lostReason: b.lost_reason,
        },
      });
      return one(req.actor, deal);
    },
  );

  app.post(
    '/api/deals/:id/nda/accept',
    {
      config: { permission: 'deal:act' },
      schema: {
        tags: ['deals'],
        summary: 'Accept the deal’s NDA (the version it asks for) for the side(s) the caller belongs to; both sides accepting puts it in effect',
        params: C.DealIdParams,
        body: C.NdaAcceptBody,
        response: { 200: C.DealEnvelope, ...errors },
      },
    },
    async (req) => one(req.actor, await acceptNda(d, req.actor, req.params.id, req.body.nda_version)),
  );

  app.post(
    '/api/deals/:id/publish-consent',
    {
      config: { permission: 'deal:act' },
      schema: {
        tags: ['deals'],
        summary: 'Give or withdraw the caller’s side’s consent to publish the deal as a success story (from a registered contract on)',
        params: C.DealIdParams,
        body: C.PublishConsentBody,
        response: { 200: C.DealEnvelope, ...errors },
      },
    },
    async (req) => one(req.actor, await setPublishConsent(d, req.actor, req.params.id, req.body)),
  );

  app.get(
    '/api/deals/:id/timeline',
    {
      config: { permission: 'deal:read' },
      schema: { tags: ['deals'], summary: 'Every event of the deal, oldest first', params: C.DealIdParams, response: { 200: C.itemsOf(C.DealEvent), ...errors } },
    },
    async (req) => ({ items: (await dealTimeline(d, req.actor, req.params.id)).map(presentEvent) }),
  );

  app.get(
    '/api/deals/:id/messages',
    {
      config: { permission: 'deal:read' },
      schema: {
        tags: ['deals'],
        summary: 'The thread between the parties and the brokers, oldest first',
        params: C.DealIdParams,
        querystring: C.MessageQuery,
        response: { 200: C.MessagePage, ...errors },
      },
    },
    async (req) => {
      const page = await listDealMessages(d, req.actor, req.params.id, { page: req.query.page, pageSize: req.query.page_size });
      return { items: page.items.map(presentMessage), total: page.total, page: page.page, page_size: page.pageSize };
    },
  );

  app.post(
    '/api/deals/:id/messages',
    {
      config: { permission: 'deal:act' },
      schema: {
        tags: ['deals'],
        summary: 'Post to the deal’s thread (parties and brokers; open deals only)',
        params: C.DealIdParams,
        body: C.MessageBody,
        response: { 201: C.MessageEnvelope, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send({ message: presentMessage(await postDealMessage(d, req.actor, req.params.id, req.body.body)) }),
  );

  app.post(
    '/api/deals/:id/documents',
    {
      bodyLimit: DOCUMENT_BODY_LIMIT,
      config: { permission: 'deal:act' },
      schema: {
        tags: ['deals'],
        summary: 'Add a document (base64; at most 5 MB; pdf, docx, xlsx, pptx, png, jpeg or txt, checked by its bytes)',
        params: C.DealIdParams,
        body: C.DocumentBody,
        response: { 201: C.DocumentEnvelope, 413: ErrorBody, 415: ErrorBody, ...errors },
      },
    },
    async (req, reply) => {
      const doc = await addDealDocument(d, req.actor, req.params.id, {
        filename: req.body.filename,
        contentType: req.body.content_type,
        content: decodeBase64(req.body.content_base64),
      });
      return reply.code(201).send({ document: presentDocument(doc) });
    },
  );

  app.get(
    '/api/deals/:id/documents',
    {
      config: { permission: 'deal:read' },
      schema: { tags: ['deals'], summary: 'The deal’s documents (metadata)', params: C.DealIdParams, response: { 200: C.itemsOf(C.DealDocument), ...errors } },
    },
    async (req) => ({ items: (await listDealDocuments(d, req.actor, req.params.id)).map(presentDocument) }),
  );

  app.get(
    '/api/deals/:id/documents/:docId/content',
    {
      config: { permission: 'deal:read' },
      schema: { tags: ['deals'], summary: 'A document’s bytes, as an attachment (parties and brokers only)', params: C.DealDocumentParams, response: errors },
    },
    async (req, reply) => {
      const { document, content } = await readDealDocument(d, req.actor, req.params.id, req.params.docId);
      return reply
        .header('content-type', document.contentType)
        .header('content-disposition', contentDisposition(document.filename))
        .header('cache-control', 'private, no-store')
        // Raw bytes: no 200 schema, so the JSON serializer stays out of the way.
        .send(Buffer.from(content.buffer, content.byteOffset, content.byteLength) as never);
    },
  );

  app.get(
    '/api/nda-templates',
    {
      config: { permission: 'public' },
      schema: { tags: ['deals'], summary: 'The NDA texts deals use (titles; the text by version)', response: { 200: C.itemsOf(C.NdaTemplate) } },
    },
    async () => ({
      items: NDA_TEMPLATES.map((t) => ({ version: t.version, effective_from: t.effectiveFrom, title_en: t.title.en, title_zh: t.title.zh })),
    }),
  );

  app.get(
    '/api/nda-templates/:version',
    {
      config: { permission: 'public' },
      schema: { tags: ['deals'], summary: 'One NDA text, in English and Chinese', params: C.NdaVersionParams, response: { 200: C.NdaTemplate, 404: ErrorBody } },
    },
    async (req) => {
      const t = findNdaTemplate(req.params.version);
      if (!t) throw new DomainError('NOT_FOUND', `No NDA version ${req.params.version}.`);
      return { version: t.version, effective_from: t.effectiveFrom, title_en: t.title.en, title_zh: t.title.zh, text_en: t.text.en, text_zh: t.text.zh };
    },
  );

  app.post(
    '/api/listings/:id/matches/:otherId/feedback',
    {
      config: { permission: 'match:feedback' },
      schema: {
        tags: ['deals'],
        summary: 'Mark a suggested match (otherId suggested for id) relevant or not, with a reason; replaces the caller’s earlier judgement',
        params: C.MatchPairParams,
        body: C.FeedbackBody,
        response: { 200: C.FeedbackEnvelope, ...errors },
      },
    },
    async (req) => ({
      feedback: presentFeedback(
        await recordMatchFeedback(d, req.actor, {
          listingId: req.params.id,
          otherListingId: req.params.otherId,
          relevant: req.body.relevant,
          reason: req.body.reason,
          comment: req.body.comment,
        }),
      ),
    }),
  );

  app.get(
    '/api/match-feedback',
    {
      config: { permission: 'staff:read' },
      schema: {
        tags: ['deals'],
        summary: 'Match feedback for tuning the ranker, with counts per judgement and reason (brokers and administrators)',
        querystring: C.FeedbackQuery,
        response: { 200: C.FeedbackPage, ...errors },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await listMatchFeedback(
        d,
        req.actor,
        {
          ...(q.listing_id ? { listingId: q.listing_id } : {}),
          ...(q.relevant ? { relevant: q.relevant === 'true' } : {}),
          ...(q.reason?.length ? { reasons: q.reason as MatchFeedbackReason[] } : {}),
        },
        { page: q.page, pageSize: q.page_size },
      );
      return { items: r.items.map(presentFeedback), total: r.total, page: r.page, page_size: r.pageSize, summary: r.summary };
    },
  );
}

