import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/support/app.js';
import { createTestOrganization, createTestUser, type TestUser } from '../../test/support/accounts.js';
import { testDatabases } from '../../test/support/databases.js';
import type { AppDeps } from '../compose.js';
import { actorForUser } from '../core/accounts/actor-for-user.js';
import { createApiToken } from '../core/accounts/api-tokens.js';
import { authorizeRoute } from '../core/accounts/authorize.js';
import { PERMISSIONS, type Permission } from '../core/accounts/permissions.js';
import { signIn } from '../core/accounts/sign-in.js';
import { changeListingStatus } from '../core/listings/change-listing-status.js';
import { createListing } from '../core/listings/create-listing.js';
import { SYSTEM, type PlatformRole, type UserActor } from '../core/shared/actor.js';
import { isDomainError } from '../core/shared/domain-error.js';
import type { Database } from '../store/db.js';
import type { ZApp } from './app.js';
import { declaredPermissions, SESSION_COOKIE } from './auth.js';
import { MATRIX, READ_ONLY_WRITE_METHODS, ROLES, type MatrixCase, type MatrixContext, type Role } from './authorization-matrix.table.js';

/**
 * Calls every route of the OpenAPI document as every kind of caller and compares the status
 * with the table in authorization-matrix.table.ts (or, for a route without a row, with what its
 * declared permission implies). A route that declares no permission fails here.
 */

type Route = { method: string; path: string };
const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];
/** Codes that only the route-level check raises. */
const ROUTE_LEVEL_CODES = ['AUTH_REQUIRED', 'EMAIL_NOT_VERIFIED', 'TOKEN_SCOPE_INSUFFICIENT', 'SESSION_REQUIRED'];

const ROLE_SETUP: Record<Exclude<Role, 'anonymous'>, { roles: PlatformRole[]; verified?: boolean }> = {
  unverified: { roles: [], verified: false },
  member: { roles: [] },
  org_admin: { roles: [] },
  other_member: { roles: [] },
  broker: { roles: ['broker'] },
  programme_manager: { roles: ['programme_manager'] },
  admin: { roles: ['admin'] },
};

function rowFor(route: Route): { key: string; cases: MatrixCase[] } | null {
  const exact = `${route.method} ${route.path}`;
  if (MATRIX[exact]) return { key: exact, cases: MATRIX[exact]! };
  const wildcard = Object.keys(MATRIX).find((k) => k.endsWith('*') && exact.startsWith(k.slice(0, -1)));
  return wildcard ? { key: wildcard, cases: MATRIX[wildcard]! } : null;
}

describe.each(testDatabases())('authorization matrix on $kind', (factory) => {
  let database: Database;
  let app: ZApp;
  let deps: AppDeps;
  let routes: Route[] = [];
  const users = {} as Record<Exclude<Role, 'anonymous'>, TestUser>;
  let otherOrgId: string;
  let n = 0;

  beforeAll(async () => {
    database = await factory.open();
    ({ app, deps } = await testApp(database, { env: { ITTC_RATE_LIMITS: 'false' } }));
    otherOrgId = await createTestOrganization(deps, 'Other Org');
    for (const [role, setup] of Object.entries(ROLE_SETUP)) {
      users[role as Exclude<Role, 'anonymous'>] = await createTestUser(deps, {
        roles: setup.roles,
        verified: setup.verified ?? true,
        name: `Matrix ${role}`,
        memberOf: role === 'other_member' ? [otherOrgId] : [],
      });
    }
    const doc = (await app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => ({ method: m.toUpperCase(), path })),
    );
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** A fresh owner organization, session and helpers for one call as `role`. */
  async function prepare(role: Role): Promise<{ ctx: MatrixContext; headers: Record<string, string> }> {
    const ownerOrgId = await createTestOrganization(deps, `Owner Org ${++n}`);
    const now = deps.clock.now();
    await deps.accounts.memberships.insert({ organizationId: ownerOrgId, userId: users.member.id, role: 'member', createdAt: now });
    await deps.accounts.memberships.insert({ organizationId: ownerOrgId, userId: users.org_admin.id, role: 'org_admin', createdAt: now });
    const caller = role === 'anonymous' ? null : users[role];
    let headers: Record<string, string> = {};
    if (caller) {
      const { session, sessionToken } = await signIn(deps.accounts, { email: caller.email, password: caller.password });
      headers = { cookie: `${SESSION_COOKIE}=${sessionToken}`, 'x-csrf-token': session.csrfToken };
    }
    const ctx: MatrixContext = {
      role,
      caller: caller ? { id: caller.id, email: caller.email } : null,
      ownerOrgId,
      memberUserId: users.member.id,
      unique: `${n}-${role}`,
      listing: async (status) => {
        const l = await createListing(deps.listings, SYSTEM, {
          kind: 'technology_offer',
          language: 'en',
          title: `Matrix fixture ${n}`,
          summary: 'Fixture.',
          sectors: ['wipo-01'],
          country: 'DE',
          ownerOrganizationId: ownerOrgId,
          confidentialDetails: 'matrix confidential',
        });
        if (status === 'published') await changeListingStatus(deps.listings, SYSTEM, l.id, 1, 'publish');
        return l.id;
      },
      user: async () => {
        const u = await createTestUser(deps);
        return { id: u.id, email: u.email };
      },
      token: async () => {
        if (!caller) return randomUUID();
        const actor = actorForUser(caller.user, [], { kind: 'session' });
        try {
          return (await createApiToken(deps.accounts, actor, { name: 'matrix', scope: 'read' })).token.id;
        } catch {
          return randomUUID(); // callers who may not hold tokens
        }
      },
    };
    return { ctx, headers };
  }

  const call = (method: string, url: string, headers: Record<string, string>, body: unknown) =>
    app.inject({ method: method as 'GET', url, headers, ...(WRITE_METHODS.includes(method) ? { payload: (body ?? {}) as object } : {}) });

  it('finds the routes in the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThanOrEqual(40);
  });

  it('has a declared permission on every /api route', () => {
    const undeclared = [...declaredPermissions(app)].filter(([route, p]) => p === null && route.split(' ')[1]!.startsWith('/api')).map(([route]) => route);
    expect(undeclared).toEqual([]);
  });

  it('declares a write permission on every POST, PUT, PATCH and DELETE route but the listed read-only ones', () => {
    const permissions = declaredPermissions(app);
    const readOnly = routes
      .filter((r) => WRITE_METHODS.includes(r.method))
      .map((r) => `${r.method} ${r.path}`)
      .filter((key) => PERMISSIONS[permissions.get(key)!].access === 'read');
    expect(readOnly.sort()).toEqual([...READ_ONLY_WRITE_METHODS].sort());
  });

  it('keeps no table row for a route that does not exist', () => {
    const known = new Set(routes.map((r) => `${r.method} ${r.path}`));
    const stale = Object.keys(MATRIX).filter((k) => (k.endsWith('*') ? ![...known].some((r) => r.startsWith(k.slice(0, -1))) : !known.has(k)));
    expect(stale).toEqual([]);
  });

  it('answers every route as every caller as the table says', async () => {
    const mismatches: string[] = [];
    const permissions = declaredPermissions(app);
    for (const route of routes) {
      const row = rowFor(route);
      if (!row) continue;
      for (const c of row.cases) {
        const declared = permissions.get(`${route.method} ${route.path}`);
        if (declared !== c.permission) mismatches.push(`${route.method} ${route.path}: declares ${declared}, table says ${c.permission}`);
        for (const role of ROLES) {
          const { ctx, headers } = await prepare(role);
          const url = await c.url(ctx, route.path);
          const body = c.body ? await c.body(ctx) : undefined;
          const r = await call(route.method, url, headers, body);
          if (r.statusCode !== c.expect[role]) {
            const code = r.statusCode >= 400 ? (r.json() as { error?: { code?: string } }).error?.code : '';
            mismatches.push(`${route.method} ${route.path}${c.label ? ` [${c.label}]` : ''} as ${role}: expected ${c.expect[role]}, got ${r.statusCode} ${code}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 600_000);

  it('enforces the declared permission on routes the table does not list yet', async () => {
    const permissions = declaredPermissions(app);
    const unlisted = routes.filter((r) => !rowFor(r));
    const mismatches: string[] = [];
    for (const route of unlisted) {
      const permission = permissions.get(`${route.method} ${route.path}`) as Permission;
      for (const role of ROLES) {
        const { ctx, headers } = await prepare(role);
        const url = route.path.replace(/\{([A-Za-z0-9_]+)\}/g, (_m, name: string) => {
          if (name === 'userId') return ctx.memberUserId;
          if (route.path.startsWith('/api/organizations/')) return ctx.ownerOrgId;
          return randomUUID();
        });
        const r = await call(route.method, url, headers, {});
        const code = r.statusCode >= 400 ? (r.json() as { error?: { code?: string } }).error?.code : undefined;
        const actor: UserActor | null =
          role === 'anonymous'
            ? null
            : { kind: 'user', userId: 'x', organizationIds: [], roles: ROLE_SETUP[role].roles, emailVerified: ROLE_SETUP[role].verified ?? true, via: 'session' };
        let expected: string | null = null;
        try {
          authorizeRoute(actor ?? { kind: 'anonymous' }, permission);
        } catch (e) {
          expected = isDomainError(e) ? e.code : 'ERROR';
        }
        if (expected && code !== expected) mismatches.push(`${route.method} ${route.path} as ${role}: expected ${expected}, got ${r.statusCode} ${code}`);
        if (!expected && (r.statusCode === 401 || (code && ROUTE_LEVEL_CODES.includes(code)))) {
          mismatches.push(`${route.method} ${route.path} as ${role}: passes '${permission}' yet got ${r.statusCode} ${code}`);
        }
      }
    }
    if (unlisted.length) console.warn(`authorization matrix: no table row yet for ${unlisted.map((r) => `${r.method} ${r.path}`).join(', ')}`);
    expect(mismatches).toEqual([]);
  }, 600_000);

  it('never lets a read-only API token write, whatever its owner may do', async () => {
    const powerful = await createTestUser(deps, { roles: ['admin', 'broker', 'programme_manager', 'funder'] });
    const headers = await powerful.bearer('read');
    const refused: string[] = [];
    const permissions = declaredPermissions(app);
    // Writes are what write permissions allow (a POST that only computes, like classification, may declare a read one).
    const writes = routes.filter((r) => PERMISSIONS[permissions.get(`${r.method} ${r.path}`)!].access === 'write');
    expect(writes.length).toBeGreaterThan(20);
    for (const route of writes) {
      const r = await call(route.method, route.path.replace(/\{[A-Za-z0-9_]+\}/g, randomUUID()), headers, {});
      // Session-only routes refuse every token (SESSION_REQUIRED) before looking at the scope.
      if (r.statusCode !== 403 || !['TOKEN_SCOPE_INSUFFICIENT', 'SESSION_REQUIRED'].includes(r.json().error.code)) {
        refused.push(`${route.method} ${route.path}: ${r.statusCode}`);
      }
    }
    expect(refused).toEqual([]);
  }, 120_000);
});
