import { z } from 'zod';
import type { AppDeps } from '../../compose.js';
import { CALL_MATCH_VERSION, type CallMatch } from '../../core/funding/call-matching.js';
import type { FundingErrorCode } from '../../core/funding/errors.js';
import { loadManagedCall } from '../../core/funding/funding-helpers.js';
import { suggestCallsForListing, suggestRequestsForCall } from '../../core/funding/suggest-matches.js';
import { DomainError } from '../../core/shared/domain-error.js';
import { CONFLICT_DECLARATION, type CallStatus } from '../../core/funding/call.js';
import { assignReviewers } from '../../core/funding/assign-reviewers.js';
import { changeCallStatus } from '../../core/funding/change-call-status.js';
import { createCall } from '../../core/funding/create-call.js';
import { decideApplication } from '../../core/funding/decide-application.js';
import { releaseDisbursement } from '../../core/funding/release-disbursement.js';
import { getApplication, getCall, getGrant, listApplications, listCalls, listGrants, listMyApplications, listMyAssignments } from '../../core/funding/query-funding.js';
import { submitApplication } from '../../core/funding/submit-application.js';
import { submitReview } from '../../core/funding/submit-review.js';
import { updateCall } from '../../core/funding/update-call.js';
import type { CallInput } from '../../core/funding/validate-call.js';
import type { ZApp } from '../app.js';
import { ErrorBody, Id } from '../contracts.js';
import * as C from '../funding-contracts.js';
import { presentApplication, presentAssignment, presentCall, presentGrant, presentReview } from '../funding-presenters.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

/** A reviewer named by user id or, for the call's managers, by e-mail address. */
const AssignBody = z
  .object({ reviewer_user_id: Id.optional(), reviewer_email: z.string().max(320).optional(), application_ids: z.array(Id).min(1).max(500) })
  .strict();

const SuggestQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) });

const MatchOut = z.object({
  score: z.number(),
  eligible: z.boolean(),
  signals: z.object({ sector: z.number(), trl: z.number(), amount: z.number(), text: z.number() }),
  reasons: z.array(
    z.object({
      kind: z.enum(['sector', 'trl', 'amount', 'text', 'eligibility']),
      shared: z.array(z.string()).optional(),
      trl: z.number().nullable().optional(),
      min: z.number().nullable().optional(),
      max: z.number().nullable().optional(),
      fits: z.boolean().nullable().optional(),
      requested_minor: z.number().nullable().optional(),
      ceiling_minor: z.number().optional(),
      currency: z.string().optional(),
      terms: z.array(z.string()).optional(),
      eligible: z.boolean().optional(),
      problems: z.array(z.object({ rule: z.string(), message: z.string() })).optional(),
    }),
  ),
});

const SuggestedRequests = z.object({
  call_id: z.string(),
  match_version: z.string(),
  items: z.array(
    MatchOut.extend({
      listing: z.object({
        id: z.string(),
        language: z.string(),
        title: z.string(),
        summary: z.string(),
        translations: z.record(z.string(), z.object({ title: z.string(), summary: z.string() })),
        sectors: z.array(z.string()),
        trl: z.number().nullable(),
        price: z.object({ min_minor: z.number().nullable(), max_minor: z.number().nullable(), currency: z.string() }).nullable(),
        owner_organization_id: z.string(),
        owner_name: z.string().nullable(),
        owner_name_zh: z.string().nullable(),
      }),
    }),
  ),
});

const SuggestedCalls = z.object({ listing_id: z.string(), match_version: z.string(), items: z.array(MatchOut.extend({ call: C.Call })) });

function presentMatch(m: CallMatch): z.infer<typeof MatchOut> {
  return {
    score: m.score,
    eligible: m.eligible,
    signals: m.signals,
    reasons: m.reasons.map((r) => {
      switch (r.kind) {
        case 'sector':
          return { kind: r.kind, shared: r.shared };
        case 'trl':
          return { kind: r.kind, trl: r.trl, min: r.min, max: r.max, fits: r.fits };
        case 'amount':
          return { kind: r.kind, requested_minor: r.requestedMinor, ceiling_minor: r.ceilingMinor, currency: r.currency, fits: r.fits };
        case 'text':
          return { kind: r.kind, terms: r.terms };
        case 'eligibility':
          return { kind: r.kind, eligible: r.eligible, problems: r.problems };
      }
    }),
  };
}

type CallBodyJson = Partial<z.infer<typeof C.CallBody>>;

/** snake_case body -> core input; absent fields stay undefined (for patches). */
function callInputFromBody(b: CallBodyJson): Partial<CallInput> {
  return {
    funderOrganizationId: b.funder_organization_id,
    title: b.title,
    theme: b.theme,
    description: b.description,
    sectors: b.sectors,
    trlMin: b.trl_min,
    trlMax: b.trl_max,
    instrument: b.instrument,
    currency: b.budget?.currency,
    budgetMinor: b.budget?.amount_minor,
    ceilingMinor: b.ceiling?.amount_minor,
    ceilingCurrency: b.ceiling?.currency,
    eligibility: b.eligibility
      ? {
          organizationTypes: b.eligibility.organization_types,
          countries: b.eligibility.countries,
          regions: b.eligibility.regions,
          sizeClasses: b.eligibility.size_classes,
        }
      : undefined,
    criteria: b.criteria,
    opensOn: b.opens_on,
    closesOn: b.closes_on,
  };
}

/** Funders' calls, applications, review assignments, reviews, awards and grants. */
export function fundingRoutes(app: ZApp, deps: AppDeps) {
  const f = deps.funding;
  const now = () => deps.clock.now();

  app.get(
    '/api/calls',
    { config: { permission: 'public' }, schema: { tags: ['funding'], summary: 'Funding calls (published and closed; funders also see their drafts)', querystring: C.CallQuery, response: { 200: C.CallList, ...errors } } },
    async (req) => {
      const calls = await listCalls(f, req.actor, { statuses: req.query.status as CallStatus[] | undefined, funderOrganizationId: req.query.funder_organization_id });
      return { items: calls.map((c) => presentCall(c, now())) };
    },
  );

  app.post(
    '/api/calls',
    { config: { permission: 'verified:write' }, schema: { tags: ['funding'], summary: 'Create a funding call as a draft (funders of investor or government organizations)', body: C.CallBody, response: { 201: C.Call, ...errors } } },
    async (req, reply) => reply.code(201).send(presentCall(await createCall(f, req.actor, callInputFromBody(req.body) as CallInput), now(), { awardedMinor: 0 })),
  );

  app.get(
    '/api/calls/:id',
    { config: { permission: 'public' }, schema: { tags: ['funding'], summary: 'One funding call, with the amount awarded so far', params: C.IdParams, response: { 200: C.Call, ...errors } } },
    async (req) => {
      const c = await getCall(f, req.actor, req.params.id);
      return presentCall(c, now(), { awardedMinor: c.awardedMinor, applicationCount: c.applicationCount });
    },
  );

  app.patch(
    '/api/calls/:id',
    { config: { permission: 'verified:write' }, schema: { tags: ['funding'], summary: 'Change a draft call (send its version)', params: C.IdParams, body: C.CallPatch, response: { 200: C.Call, ...errors } } },
    async (req) => {
      const { version, ...rest } = req.body;
      const patch = Object.fromEntries(Object.entries(callInputFromBody(rest)).filter(([, v]) => v !== undefined));
      return presentCall(await updateCall(f, req.actor, req.params.id, version, patch), now());
    },
  );

  for (const action of ['publish', 'close', 'cancel'] as const) {
    app.post(
      `/api/calls/:id/${action}`,
      {
        config: { permission: 'verified:write' },
        schema: { tags: ['funding'], summary: `${action[0]!.toUpperCase()}${action.slice(1)} a call`, params: C.IdParams, body: C.VersionBody, response: { 200: C.Call, ...errors } },
      },
      async (req) => presentCall(await changeCallStatus(f, req.actor, req.params.id, req.body.version, action), now()),
    );
  }

  app.post(
    '/api/calls/:id/applications',
    {
      config: { permission: 'verified:write' },
      schema: {
        tags: ['funding'],
        summary: 'Apply to an open call for your organization (new, or from a funding_request listing); eligibility and the deadline are checked',
        params: C.IdParams,
        body: C.ApplicationBody,
        response: { 201: C.Application, ...errors },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const a = await submitApplication(f, req.actor, req.params.id, {
        applicantOrganizationId: b.applicant_organization_id,
        listingId: b.listing_id,
        title: b.title,
        plan: b.plan,
        requestedMinor: b.requested.amount_minor,
        currency: b.requested.currency,
        coFundingMinor: b.co_funding?.amount_minor,
        trl: b.trl,
        milestones: b.milestones.map((m) => ({ title: m.title, dueOn: m.due_on, amountMinor: m.amount_minor })),
      });
      return reply.code(201).send(presentApplication(a, b.requested.currency.toUpperCase()));
    },
  );

  app.get(
    '/api/calls/:id/applications',
    {
      config: { permission: 'signed_in:read' },
      schema: { tags: ['funding'], summary: 'The call’s applications ranked by weighted review score, with reviews (the funder’s staff)', params: C.IdParams, response: { 200: C.CallApplications, ...errors } },
    },
    async (req) => {
      const r = await listApplications(f, req.actor, req.params.id);
      return {
        call: presentCall(r.call, now()),
        items: r.applications.map((a) => presentApplication(a, r.call.currency, a.ranking)),
        reviews: r.reviews.map(presentReview),
        assignments: r.assignments.map(presentAssignment),
      };
    },
  );

  app.post(
    '/api/calls/:id/assignments',
    {
      config: { permission: 'verified:write' },
      schema: {
        tags: ['funding'],
        summary: 'Assign a reviewer (by user id or e-mail address) to applications (refused for a reviewer who belongs to an applicant: conflict of interest)',
        params: C.IdParams,
        body: AssignBody,
        response: { 201: C.AssignmentList, ...errors },
      },
    },
    async (req, reply) => {
      let reviewerUserId = req.body.reviewer_user_id;
      if (!reviewerUserId) {
        // Only the call's managers learn whether an e-mail address has an account.
        await loadManagedCall(f.calls, req.actor, req.params.id);
        const email = (req.body.reviewer_email ?? '').trim().toLowerCase();
        const user = email ? await deps.accounts.users.findByEmail(email) : null;
        if (!user) {
          throw new DomainError<FundingErrorCode>('FUNDING_REVIEWER_NOT_FOUND', 'No user with this e-mail address to assign as reviewer.', {
            issues: [{ path: email ? 'reviewer_email' : 'reviewer_user_id', message: email ? 'No such user.' : 'Name the reviewer.' }],
          });
        }
        reviewerUserId = user.id;
      }
      const list = await assignReviewers(f, req.actor, req.params.id, { reviewerUserId, applicationIds: req.body.application_ids });
      return reply.code(201).send({ items: list.map(presentAssignment) });
    },
  );

  app.post(
    '/api/calls/:id/awards',
    {
      config: { permission: 'verified:write' },
      schema: {
        tags: ['funding'],
        summary: 'Award (creating a grant with milestone disbursements) or reject an application; an award cannot exceed the ceiling or what is left of the budget',
        params: C.IdParams,
        body: C.AwardBody,
        response: { 201: C.AwardResult, 200: C.AwardResult, ...errors },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const r = await decideApplication(f, req.actor, req.params.id, {
        applicationId: b.application_id,
        decision: b.decision,
        amountMinor: b.amount?.amount_minor,
        currency: b.amount?.currency,
      });
      return reply.code(r.grant ? 201 : 200).send({ application: presentApplication(r.application, r.currency), grant: r.grant ? presentGrant(r.grant) : null });
    },
  );

  app.get(
    '/api/applications/mine',
    { config: { permission: 'signed_in:read' }, schema: { tags: ['funding'], summary: 'Applications of the organizations you belong to', response: { 200: C.ApplicationList, ...errors } } },
    async (req) => {
      const apps = await listMyApplications(f, req.actor);
      const currencies = new Map<string, string>();
      for (const a of apps) if (!currencies.has(a.callId)) currencies.set(a.callId, (await f.calls.findById(a.callId))?.currency ?? 'CNY');
      return { items: apps.map((a) => presentApplication(a, currencies.get(a.callId)!)) };
    },
  );

  app.get(
    '/api/applications/:id',
    { config: { permission: 'signed_in:read' }, schema: { tags: ['funding'], summary: 'One application (applicant, funder’s staff, its reviewers)', params: C.IdParams, response: { 200: C.ApplicationDetail, ...errors } } },
    async (req) => {
      const r = await getApplication(f, req.actor, req.params.id);
      return { application: presentApplication(r.application, r.call.currency), call: presentCall(r.call, now()), reviews: r.reviews.map(presentReview) };
    },
  );

  app.get(
    '/api/review-assignments',
    { config: { permission: 'signed_in:read' }, schema: { tags: ['funding'], summary: 'Your review assignments (a reviewer sees only these)', response: { 200: C.MyAssignments, ...errors } } },
    async (req) => {
      const items = await listMyAssignments(f, req.actor);
      return {
        items: items.map((v) => ({
          assignment: presentAssignment(v.assignment),
          application: presentApplication(v.application, v.call.currency),
          call: presentCall(v.call, now()),
          review: v.review ? presentReview(v.review) : null,
        })),
        conflict_declaration: CONFLICT_DECLARATION,
      };
    },
  );

  app.post(
    '/api/review-assignments/:id/review',
    {
      config: { permission: 'verified:write' },
      schema: {
        tags: ['funding'],
        summary: 'Submit your review: a whole score 0-10 per criterion with comments, and the conflict-of-interest declaration',
        params: C.IdParams,
        body: C.ReviewBody,
        response: { 201: C.Review, ...errors },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const r = await submitReview(f, req.actor, req.params.id, {
        scores: b.scores.map((s) => ({ criterionKey: s.criterion_key, score: s.score, comment: s.comment })),
        comment: b.comment,
        declaresNoConflict: b.declares_no_conflict,
      });
      return reply.code(201).send(presentReview(r));
    },
  );

  app.get(
    '/api/grants',
    { config: { permission: 'signed_in:read' }, schema: { tags: ['funding'], summary: 'Grants you may see (your organizations’, or all for brokers and programme managers)', querystring: C.GrantQuery, response: { 200: C.GrantList, ...errors } } },
    async (req) => ({ items: (await listGrants(f, req.actor, { callId: req.query.call_id })).map(presentGrant) }),
  );

  app.get(
    '/api/grants/:id',
    { config: { permission: 'signed_in:read' }, schema: { tags: ['funding'], summary: 'One grant with its disbursement schedule', params: C.IdParams, response: { 200: C.Grant, ...errors } } },
    async (req) => presentGrant(await getGrant(f, req.actor, req.params.id)),
  );

  app.post(
    '/api/grants/:id/disbursements/:seq/release',
    {
      config: { permission: 'verified:write' },
      schema: { tags: ['funding'], summary: 'Release the disbursement of a reached milestone (the funder), in order', params: C.DisbursementParams, body: C.VersionBody, response: { 200: C.Grant, ...errors } },
    },
    async (req) => presentGrant(await releaseDisbursement(f, req.actor, req.params.id, req.params.seq, req.body.version)),
  );
  app.get(
    '/api/calls/:id/suggested-requests',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['funding'],
        summary: 'Published funding_request listings ranked for a call: sector, TRL window, amount against the ceiling, text relevance; ineligible owners last (public fields only)',
        params: C.IdParams,
        querystring: SuggestQuery,
        response: { 200: SuggestedRequests, ...errors },
      },
    },
    async (req) => {
      const r = await suggestRequestsForCall({ funding: f, listings: deps.listings }, req.actor, req.params.id, req.query.limit);
      return {
        call_id: r.call.id,
        match_version: CALL_MATCH_VERSION,
        items: r.items.map(({ match, listing: l, owner }) => ({
          ...presentMatch(match),
          listing: {
            id: l.id,
            language: l.language,
            title: l.title,
            summary: l.summary,
            translations: Object.fromEntries(Object.entries(l.translations).flatMap(([k, v]) => (v ? [[k, { title: v.title, summary: v.summary }]] : []))),
            sectors: l.sectors,
            trl: l.trl,
            price: l.price ? { min_minor: l.price.minMinor, max_minor: l.price.maxMinor, currency: l.price.currency } : null,
            owner_organization_id: l.ownerOrganizationId,
            owner_name: owner?.name ?? null,
            owner_name_zh: owner?.nameZh ?? null,
          },
        })),
      };
    },
  );

  app.get(
    '/api/listings/:id/suggested-calls',
    {
      config: { permission: 'listing:read' },
      schema: {
        tags: ['funding'],
        summary: 'Published calls still open, ranked for a funding_request listing (empty for other kinds); ineligible ones last with the reasons',
        params: C.IdParams,
        querystring: SuggestQuery,
        response: { 200: SuggestedCalls, ...errors },
      },
    },
    async (req) => {
      const r = await suggestCallsForListing({ funding: f, listings: deps.listings }, req.actor, req.params.id, req.query.limit);
      return { listing_id: r.listing.id, match_version: CALL_MATCH_VERSION, items: r.items.map(({ match, call }) => ({ ...presentMatch(match), call: presentCall(call, now()) })) };
    },
  );
}
