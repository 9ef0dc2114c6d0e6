import { z } from 'zod';
import type { AppDeps } from '../../compose.js';
import { addMember, listMembers, removeMember, setMemberRole } from '../../core/accounts/manage-memberships.js';
import { AddMemberBody, Member, MemberParams, MemberRoleBody } from '../account-contracts.js';
import { presentMember } from '../account-presenters.js';
import type { ZApp } from '../app.js';
import { ErrorBody, IdParams } from '../contracts.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Organization members: org admins add (by e-mail of an existing user), remove and set roles; members may leave. */
export function membershipRoutes(app: ZApp, deps: AppDeps) {
  const d = deps.accounts;

  app.get(
    '/api/organizations/:id/members',
    {
      config: { permission: 'membership:read' },
      schema: { tags: ['organizations'], summary: 'An organization’s members (its members, brokers, administrators)', params: IdParams, response: { 200: z.object({ items: z.array(Member) }), ...errors } },
    },
    async (req) => ({ items: (await listMembers(d, req.actor, req.params.id)).map(presentMember) }),
  );

  app.post(
    '/api/organizations/:id/members',
    {
      config: { permission: 'membership:manage' },
      schema: {
        tags: ['organizations'],
        summary: 'Add an existing user by e-mail address (role member or org_admin)',
        params: IdParams,
        body: AddMemberBody,
        response: { 201: Member, ...errors },
      },
    },
    async (req, reply) => {
      const m = await addMember(d, req.actor, req.params.id, { email: req.body.email, role: req.body.role });
      const user = await d.users.findById(m.userId);
      return reply.code(201).send(presentMember({ ...m, email: user!.email, name: user!.name }));
    },
  );

  app.patch(
    '/api/organizations/:id/members/:userId',
    {
      config: { permission: 'membership:manage' },
      schema: { tags: ['organizations'], summary: 'Set a member’s role', params: MemberParams, body: MemberRoleBody, response: { 200: Member, ...errors } },
    },
    async (req) => {
      const m = await setMemberRole(d, req.actor, req.params.id, req.params.userId, req.body.role);
      const user = await d.users.findById(m.userId);
      return presentMember({ ...m, email: user!.email, name: user!.name });
    },
  );

  app.delete(
    '/api/organizations/:id/members/:userId',
    {
      config: { permission: 'membership:manage' },
      schema: { tags: ['organizations'], summary: 'Remove a member (or leave); the last org admin cannot go', params: MemberParams, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await removeMember(d, req.actor, req.params.id, req.params.userId);
      return reply.code(204).send(null);
    },
  );
}
