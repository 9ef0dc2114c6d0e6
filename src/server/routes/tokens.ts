import { z } from 'zod';
import type { AppDeps } from '../../compose.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../../core/accounts/api-tokens.js';
import { ApiToken, ApiTokenBody, ApiTokenCreated } from '../account-contracts.js';
import { presentApiToken } from '../account-presenters.js';
import type { ZApp } from '../app.js';
import { ErrorBody, IdParams } from '../contracts.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Personal API tokens: `Authorization: Bearer ittc_...`, scope read or write, revocable. */
export function tokenRoutes(app: ZApp, deps: AppDeps) {
  const d = deps.accounts;

  app.get(
    '/api/tokens',
    {
      config: { permission: 'api_token:read' },
      schema: { tags: ['account'], summary: 'One’s API tokens (never their secrets)', response: { 200: z.object({ items: z.array(ApiToken) }), ...errors } },
    },
    async (req) => ({ items: (await listApiTokens(d, req.actor)).map(presentApiToken) }),
  );

  app.post(
    '/api/tokens',
    {
      config: { permission: 'api_token:manage' },
      schema: {
        tags: ['account'],
        summary: 'Create an API token (scope read or write); the secret is shown in this answer only',
        body: ApiTokenBody,
        response: { 201: ApiTokenCreated, ...errors },
      },
    },
    async (req, reply) => {
      const r = await createApiToken(d, req.actor, { name: req.body.name, scope: req.body.scope, expiresInDays: req.body.expires_in_days ?? null });
      return reply.code(201).send({ token: presentApiToken(r.token), secret: r.secret });
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { permission: 'api_token:manage' },
      schema: { tags: ['account'], summary: 'Revoke an API token', params: IdParams, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await revokeApiToken(d, req.actor, req.params.id);
      return reply.code(204).send(null);
    },
  );
}
