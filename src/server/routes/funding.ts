import type { z } from 'zod';
import type { AppDeps } from '../../compose.js';
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
import { ErrorBody } from '../contracts.js';
import * as C from '../funding-contracts.js';
import { presentApplication, presentAssignment, presentCall, presentGrant, presentReview } from '../funding-presenters.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

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
        summary: 'Assign a reviewer to applications (refused for a reviewer who belongs to an applicant: conflict of interest)',
        params: C.IdParams,
        body: C.AssignBody,
        response: { 201: C.AssignmentList, ...errors },
      },
    },
    async (req, reply) => {
      const list = await assignReviewers(f, req.actor, req.params.id, { reviewerUserId: req.body.reviewer_user_id, applicationIds: req.body.application_ids });
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
}
