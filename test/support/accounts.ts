import type { AppDeps } from '../../src/compose.js';
import { actorForUser } from '../../src/core/accounts/actor-for-user.js';
import { createApiToken } from '../../src/core/accounts/api-tokens.js';
import { signIn } from '../../src/core/accounts/sign-in.js';
import type { User } from '../../src/core/accounts/user.js';
import { createOrganization } from '../../src/core/organizations/manage-organization.js';
import { SYSTEM, type OrganizationRole, type PlatformRole, type TokenScope } from '../../src/core/shared/actor.js';
import { SESSION_COOKIE } from '../../src/server/auth.js';

export const TEST_PASSWORD = 'lantern-harbour-quietly-42';

let counter = 0;

export type TestUser = {
  user: User;
  id: string;
  email: string;
  password: string;
  /** `ittc_session=...` for a Cookie header. */
  cookie: string;
  csrf: string;
  /** Cookie and X-CSRF-Token headers of a signed-in browser session, for app.inject(). */
  headers: (extra?: Record<string, string>) => Record<string, string>;
  /** Mints a personal API token and returns `Authorization: Bearer ...` headers. */
  bearer: (scope?: TokenScope) => Promise<Record<string, string>>;
};

export type TestUserOptions = {
  email?: string;
  name?: string;
  password?: string;
  /** Default true: writes need a verified address. */
  verified?: boolean;
  roles?: PlatformRole[];
  /** Memberships to give the user (organization id, role member unless said). */
  memberOf?: (string | { organizationId: string; role: OrganizationRole })[];
};

/**
 * Creates a user straight in the stores (no e-mail round trip), with memberships and roles,
 * and signs them in: the result carries the session cookie and CSRF token, and can mint a
 * Bearer token. For API tests that need a signed-in, verified user.
 */
export async function createTestUser(deps: AppDeps, options: TestUserOptions = {}): Promise<TestUser> {
  const a = deps.accounts;
  const n = ++counter;
  const email = (options.email ?? `user${n}.${Date.now().toString(36)}@test.example.org`).toLowerCase();
  const password = options.password ?? TEST_PASSWORD;
  const now = deps.clock.now();
  const user: User = {
    id: deps.ids.newId(),
    email,
    name: options.name ?? `Test User ${n}`,
    passwordHash: await a.hasher.hash(password),
    emailVerifiedAt: options.verified === false ? null : now,
    roles: options.roles ?? [],
    createdAt: now,
    updatedAt: now,
  };
  await a.users.insert(user);
  for (const m of options.memberOf ?? []) {
    const { organizationId, role } = typeof m === 'string' ? { organizationId: m, role: 'member' as const } : m;
    await a.memberships.insert({ organizationId, userId: user.id, role, createdAt: now });
  }
  const { session, sessionToken } = await signIn(a, { email, password });
  const cookie = `${SESSION_COOKIE}=${sessionToken}`;
  return {
    user,
    id: user.id,
    email,
    password,
    cookie,
    csrf: session.csrfToken,
    headers: (extra = {}) => ({ cookie, 'x-csrf-token': session.csrfToken, ...extra }),
    bearer: async (scope = 'write') => {
      const actor = actorForUser(user, await a.memberships.listForUser(user.id), { kind: 'session' });
      const { secret } = await createApiToken(a, actor, { name: `test ${scope}`, scope });
      return { authorization: `Bearer ${secret}` };
    },
  };
}

/** Creates an organization as the system (no founder membership); returns its id. */
export async function createTestOrganization(deps: AppDeps, name = `Test Org ${++counter}`, country = 'CN'): Promise<string> {
  const org = await createOrganization(deps.organizations, SYSTEM, { name, type: 'enterprise', country });
  return org.id;
}
