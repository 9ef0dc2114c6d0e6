import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../compose.js';
import { resolveApiToken } from '../core/accounts/api-tokens.js';
import { authorizeRoute } from '../core/accounts/authorize.js';
import type { AccountErrorCode } from '../core/accounts/errors.js';
import { isPermission, type Permission } from '../core/accounts/permissions.js';
import { resolveSession } from '../core/accounts/sessions.js';
import type { Session } from '../core/accounts/user.js';
import { ANONYMOUS } from '../core/shared/actor.js';
import { DomainError } from '../core/shared/domain-error.js';
import type { ZApp } from './app.js';

/**
 * Authentication and the route-level authorization check, for every request:
 *
 * 1. `Authorization: Bearer <personal API token>` makes the actor the token's user (an unknown,
 *    revoked or expired token is refused with 401 AUTH_TOKEN_INVALID); otherwise the session
 *    cookie `ittc_session` makes the actor the session's user (an expired or unknown session is
 *    cleared and the request goes on as anonymous); otherwise the actor is anonymous.
 * 2. Every /api route declares `config: { permission }`. A route without one is refused
 *    (deny by default) and the authorization-matrix test fails for it.
 * 3. CSRF: a state-changing request (not GET/HEAD/OPTIONS) authenticated by the session cookie
 *    must carry `X-CSRF-Token` equal to its session's CSRF token (a synchronizer token bound to
 *    the session, returned at sign-in and by GET /api/me). Bearer requests need none.
 * 4. `authorizeRoute(actor, permission)` from the one authorization module in core.
 * All of it runs in onRequest, before body parsing and validation, so an anonymous caller learns
 * nothing about a route's input from a write it may not make.
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route: a permission of src/core/accounts/permissions.ts. Required on every /api route. */
    permission?: Permission;
  }
  interface FastifyRequest {
    /** The browser session behind the request (null for anonymous and Bearer requests). */
    session: Session | null;
  }
}

export const SESSION_COOKIE = 'ittc_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The OpenAPI form of a route path: /api/listings/:id -> /api/listings/{id}. */
export const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

const registries = new WeakMap<object, Map<string, Permission | null>>();

/**
 * Every route's declared permission ("POST /api/listings/{id}/publish" -> permission, or null
 * when none), hidden ones included. Only /api routes must declare one; others (feeds, the web
 * app's files) may.
 */
export function declaredPermissions(app: ZApp): ReadonlyMap<string, Permission | null> {
  return registries.get(app) ?? new Map();
}

const authError = (code: AccountErrorCode, message: string) => new DomainError(code, message);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const isSecure = (req: FastifyRequest) => req.protocol === 'https';

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure when the request came over TLS (or x-forwarded-proto https). */
export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecure(req), expires: expiresAt });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecure(req) });
}

/** Registers the permission registry and the authentication/authorization hook. Call before any route. */
export function registerAuth(app: ZApp, deps: AppDeps): void {
  const registry = new Map<string, Permission | null>();
  registries.set(app, registry);
  app.decorateRequest('session', null);

  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path;
    // The OpenAPI document and its viewer are public by nature.
    if (url.startsWith('/api/docs') || url === '/api/openapi.json') route.config = { ...route.config, permission: 'public' };
    const permission = (route.config as { permission?: unknown } | undefined)?.permission;
    if (permission !== undefined && !isPermission(permission)) {
      throw new Error(`Route ${String(route.method)} ${url} declares an unknown permission "${String(permission)}" (see src/core/accounts/permissions.ts).`);
    }
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      registry.set(`${method} ${openApiPath(url)}`, (permission as Permission | undefined) ?? null);
    }
  });

  app.addHook('onReady', async () => {
    const missing = [...registry].filter(([r, p]) => p === null && r.split(' ')[1]!.startsWith('/api')).map(([r]) => r);
    if (missing.length) app.log.error({ routes: missing }, 'routes without a declared permission are refused to everyone');
  });

  app.addHook('onRequest', async (req, reply) => {
    req.actor = ANONYMOUS;
    req.session = null;
    const authorization = req.headers.authorization;
    if (authorization !== undefined) {
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
      const actor = bearer ? await resolveApiToken(deps.accounts, bearer) : null;
      if (!actor) throw authError('AUTH_TOKEN_INVALID', 'The API token is unknown, revoked or expired (send Authorization: Bearer ittc_...).');
      req.actor = actor;
    } else {
      const token = req.cookies?.[SESSION_COOKIE];
      if (token) {
        const resolved = await resolveSession(deps.accounts, token);
        if (resolved) {
          req.actor = resolved.actor;
          req.session = resolved.session;
        } else {
          clearSessionCookie(req, reply);
        }
      }
    }

    const url = req.routeOptions.url;
    if (!url) return; // unknown routes: 404
    const permission = req.routeOptions.config.permission;
    if (!permission && !url.startsWith('/api')) return; // the web app's files
    if (!permission) {
      req.log.error({ route: `${req.method} ${url}` }, 'route declares no permission');
      throw authError('PERMISSION_DENIED', 'This route declares no permission, so nobody may call it.');
    }
    if (req.session && !SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, req.session.csrfToken)) {
        throw authError('CSRF_TOKEN_INVALID', 'Send the X-CSRF-Token header with the token from sign-in or GET /api/me.');
      }
    }
    authorizeRoute(req.actor, permission);
  });
}

/** A URL with the values of secret-bearing query parameters (e-mailed link tokens) replaced, for logs. */
export const logSafeUrl = (url: string): string => url.replace(/([?&](?:token|secret|password|code)=)[^&#]*/gi, '$1[redacted]');

/** The request as it is logged: like Fastify's default, but without link tokens in the URL. */
export const requestLogSerializer = (req: { method: string; url: string; host?: string; ip?: string }) => ({
  method: req.method,
  url: logSafeUrl(req.url),
  host: req.host,
  remoteAddress: req.ip,
});

/** Rate limits for abuse-prone routes (per client address; EOIs per user). Spread into a route's config. */
export const RATE_LIMITS = {
  signIn: { max: 10, timeWindow: 60_000 },
  signUp: { max: 10, timeWindow: 3_600_000 },
  passwordReset: { max: 5, timeWindow: 900_000 },
  verification: { max: 10, timeWindow: 900_000 },
  eoi: { max: 30, timeWindow: 3_600_000 },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;

/**
 * The route config piece that rate-limits a route, e.g.
 * `config: { permission: 'deal:create', ...rateLimit(deps, 'eoi') }`. Empty when ITTC_RATE_LIMITS=false.
 * The EOI limit counts per signed-in user (per address for anyone else).
 */
export function rateLimit(deps: Pick<AppDeps, 'config'>, name: RateLimitName) {
  if (!deps.config.rateLimits) return {};
  const base = RATE_LIMITS[name];
  return {
    rateLimit: {
      max: base.max,
      timeWindow: base.timeWindow,
      keyGenerator: (req: FastifyRequest) => (name === 'eoi' && req.actor?.kind === 'user' ? `user:${req.actor.userId}` : `${name}:${req.ip}`),
    },
  };
}
