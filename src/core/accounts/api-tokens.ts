import { TOKEN_SCOPES, type Actor, type TokenScope, type UserActor } from '../shared/actor.js';
import { DAY_MS, IssueCollector } from '../shared/validation.js';
import { accountError } from './account-helpers.js';
import { actorForUser } from './actor-for-user.js';
import { authorize } from './authorize.js';
import type { AccountDeps } from './ports.js';
import type { ApiToken } from './user.js';

/** Every API token starts with this, so secret scanners and people recognize it. */
export const API_TOKEN_PREFIX = 'ittc_';
export const API_TOKEN_MAX_DAYS = 730;
export const API_TOKENS_PER_USER = 50;

export type NewApiToken = { name: string; scope: string; expiresInDays?: number | null };

/**
 * Creates a personal API token for the signed-in user. The secret is returned once and stored
 * only hashed. Errors: API_TOKEN_INVALID (name 1-100 characters, scope read or write, expiry
 * 1-730 days, at most 50 live tokens), and the authorization codes.
 */
export async function createApiToken(deps: AccountDeps, actor: Actor, input: NewApiToken): Promise<{ token: ApiToken; secret: string }> {
  authorize(actor, 'api_token:manage');
  const user = actor as UserActor;
  const issues = new IssueCollector();
  const name = input.name.normalize('NFC').trim();
  if (name.length < 1 || [...name].length > 100) issues.add('name', 'API_TOKEN_INVALID', 'Give the token a name of 1 to 100 characters.');
  if (!(TOKEN_SCOPES as readonly string[]).includes(input.scope)) issues.add('scope', 'API_TOKEN_INVALID', 'scope must be read or write.');
  const days = input.expiresInDays ?? null;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > API_TOKEN_MAX_DAYS)) {
    issues.add('expires_in_days', 'API_TOKEN_INVALID', `expires_in_days must be a whole number from 1 to ${API_TOKEN_MAX_DAYS}.`);
  }
  issues.throwIfAny('API_TOKEN_INVALID', 'The token');
  const live = (await deps.apiTokens.listForUser(user.userId)).filter((t) => !t.revokedAt).length;
  if (live >= API_TOKENS_PER_USER) throw accountError('API_TOKEN_INVALID', `You have ${live} tokens; revoke some first.`);

  const now = deps.clock.now();
  const secret = `${API_TOKEN_PREFIX}${deps.secrets.token()}`;
  const token: ApiToken = {
    id: deps.ids.newId(),
    userId: user.userId,
    name,
    scope: input.scope as TokenScope,
    prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
    tokenHash: deps.secrets.hash(secret),
    createdAt: now,
    expiresAt: days === null ? null : new Date(now.getTime() + days * DAY_MS),
    lastUsedAt: null,
    revokedAt: null,
  };
  await deps.unitOfWork(async (tx) => {
    await tx.apiTokens.insert(token);
    await tx.audit.record({
      actor,
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: token.id,
      summary: { changed: ['name', 'scope', 'expires_at'], after: { name, scope: token.scope, expires_at: token.expiresAt?.toISOString() ?? null } },
      at: now,
    });
  });
  return { token, secret };
}

/** The signed-in user's tokens, newest first, without secrets. Errors: authorization codes. */
export async function listApiTokens(deps: AccountDeps, actor: Actor): Promise<ApiToken[]> {
  authorize(actor, 'api_token:read');
  return deps.apiTokens.listForUser((actor as UserActor).userId);
}

/** Revokes one of the signed-in user's tokens. Errors: API_TOKEN_NOT_FOUND, authorization codes. */
export async function revokeApiToken(deps: AccountDeps, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'api_token:manage');
  const now = deps.clock.now();
  await deps.unitOfWork(async (tx) => {
    if (!(await tx.apiTokens.revoke(id, (actor as UserActor).userId, now))) throw accountError('API_TOKEN_NOT_FOUND', 'No such token of yours.', { id });
    await tx.audit.record({ actor, action: 'api_token.revoke', entityType: 'api_token', entityId: id, summary: { changed: ['revoked_at'] }, at: now });
  });
}

/**
 * The actor an `Authorization: Bearer` secret stands for, or null when the token is unknown,
 * revoked or expired. Records its last use (at most once a minute).
 */
export async function resolveApiToken(deps: AccountDeps, secret: string): Promise<UserActor | null> {
  if (!secret.startsWith(API_TOKEN_PREFIX) || secret.length > 200) return null;
  const token = await deps.apiTokens.findByTokenHash(deps.secrets.hash(secret));
  const now = deps.clock.now();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;
  const user = await deps.users.findById(token.userId);
  if (!user) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= 60_000) await deps.apiTokens.touch(token.id, now);
  return actorForUser(user, await deps.memberships.listForUser(user.id), { kind: 'token', scope: token.scope });
}
