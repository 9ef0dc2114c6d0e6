import type { AppDeps } from '../../compose.js';
import { approveAllocation, getAllocation, listAllocations } from '../../core/programs/approve-allocation.js';
import { proposeAllocation } from '../../core/programs/propose-allocation.js';
import type { ZApp } from '../app.js';
import { ErrorBody } from '../contracts.js';
import * as C from '../funding-contracts.js';
import { presentAllocation } from '../funding-presenters.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

/** Allocation proposals: next period's budget between programmes from measured performance; approval by a programme manager. */
export function allocationRoutes(app: ZApp, deps: AppDeps) {
  const p = deps.programmes;

  app.post(
    '/api/allocations/proposal',
    {
      config: { permission: 'programme:manage' },
      schema: {
        tags: ['allocations'],
        summary: 'Propose next period’s allocation between programmes from measured performance (floors, ceilings; sums exactly to the budget); stored for approval',
        body: C.ProposalBody,
        response: { 201: C.Allocation, ...errors },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const proposal = await proposeAllocation(p, req.actor, { period: b.period, budgetMinor: b.budget.amount_minor, currency: b.budget.currency }, { save: true });
      return reply.code(201).send(presentAllocation(proposal));
    },
  );

  app.get(
    '/api/allocations',
    { config: { permission: 'programme:read' }, schema: { tags: ['allocations'], summary: 'Allocation proposals, newest first', querystring: C.AllocationQuery, response: { 200: C.AllocationList, ...errors } } },
    async (req) => ({ items: (await listAllocations(p, req.actor, { period: req.query.period })).map(presentAllocation) }),
  );

  app.get(
    '/api/allocations/:id',
    { config: { permission: 'programme:read' }, schema: { tags: ['allocations'], summary: 'One allocation proposal', params: C.IdParams, response: { 200: C.Allocation, ...errors } } },
    async (req) => presentAllocation(await getAllocation(p, req.actor, req.params.id)),
  );

  app.post(
    '/api/allocations/:id/approve',
    {
      config: { permission: 'programme:manage' },
      schema: {
        tags: ['allocations'],
        summary: 'Approve a proposal, with adjustments (a note says why; amounts must still sum to the budget); sets each programme’s budget for the period; audit-logged',
        params: C.IdParams,
        body: C.ApproveBody,
        response: { 200: C.Allocation, ...errors },
      },
    },
    async (req) => {
      const b = req.body;
      return presentAllocation(
        await approveAllocation(p, req.actor, req.params.id, {
          adjustments: b.adjustments?.map((a) => ({ programmeId: a.programme_id, amountMinor: a.amount_minor })),
          note: b.note,
        }),
      );
    },
  );
}
