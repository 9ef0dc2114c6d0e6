import { z } from 'zod';
import type { AppDeps } from '../../compose.js';
import { changePassword, getMe, renameMe } from '../../core/accounts/manage-profile.js';
import { ChangePasswordBody, Me, MePatch, User } from '../account-contracts.js';
import { presentMembershipOfMe, presentUser } from '../account-presenters.js';
import type { ZApp } from '../app.js';
import { ErrorBody } from '../contracts.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

/** The signed-in user: account, memberships, roles, CSRF token; name and password changes. */
export function meRoutes(app: ZApp, deps: AppDeps) {
  const d = deps.accounts;

  app.get(
    '/api/me',
    {
      config: { permission: 'me:read' },
      schema: { tags: ['account'], summary: 'The signed-in user, memberships, roles and the CSRF token', response: { 200: Me, ...errors } },
    },
    async (req) => {
      const me = await getMe(d, req.actor);
      const actor = req.actor;
      return {
        user: presentUser(me.user),
        memberships: me.memberships.map(presentMembershipOfMe),
        roles: me.user.roles,
        csrf_token: req.session?.csrfToken ?? null,
        auth: actor.kind === 'user' && actor.via === 'token' ? ('token' as const) : ('session' as const),
        token_scope: actor.kind === 'user' ? (actor.tokenScope ?? null) : null,
      };
    },
  );

  app.patch(
    '/api/me',
    {
      config: { permission: 'me:write' },
      schema: { tags: ['account'], summary: 'Change one’s name', body: MePatch, response: { 200: z.object({ user: User }), ...errors } },
    },
    async (req) => ({ user: presentUser(await renameMe(d, req.actor, req.body.name)) }),
  );

  app.post(
    '/api/me/password',
    {
      config: { permission: 'me:write' },
      schema: {
        tags: ['account'],
        summary: 'Change one’s password (the current one is needed); other sessions end',
        body: ChangePasswordBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await changePassword(d, req.actor, req.session?.id ?? null, { currentPassword: req.body.current_password, newPassword: req.body.new_password });
      return reply.code(204).send(null);
    },
  );
}
