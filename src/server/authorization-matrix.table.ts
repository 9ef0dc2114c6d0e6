import type { Permission } from '../core/accounts/permissions.js';

/**
 * The expected answer of every route to every kind of caller, checked by
 * authorization-matrix.test.ts. Keys are "METHOD /openapi/path" (a trailing * matches a
 * prefix). A route missing here is still called as every role, with expectations derived from
 * its declared permission (route-level only); add a row to pin its exact statuses.
 *
 * Callers: anonymous; a signed-in user whose e-mail is unverified; a member and an org admin of
 * the owner organization; a member of another organization; a broker; a programme manager; an
 * administrator. Each call gets a fresh owner organization, fresh listings and a fresh session.
 */

export const ROLES = ['anonymous', 'unverified', 'member', 'org_admin', 'other_member', 'broker', 'programme_manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type MatrixContext = {
  role: Role;
  /** The calling user (null for anonymous). */
  caller: { id: string; email: string } | null;
  /** A fresh organization: `member` is its member, `org_admin` its org admin. */
  ownerOrgId: string;
  /** The user id of the owner organization's plain member. */
  memberUserId: string;
  /** A fresh listing of the owner organization. */
  listing: (status: 'draft' | 'published') => Promise<string>;
  /** A fresh verified user with no memberships. */
  user: () => Promise<{ id: string; email: string }>;
  /** A fresh API token of the caller (a random id for anonymous callers). */
  token: () => Promise<string>;
  /** A string unique to this call. */
  unique: string;
};

export type MatrixCase = {
  /** The permission the route must declare. */
  permission: Permission;
  /** Which variant this is, when a route has several. */
  label?: string;
  /** The URL to call (path parameters filled, query added); `routePath` is the route's OpenAPI path. */
  url: (c: MatrixContext, routePath: string) => string | Promise<string>;
  body?: (c: MatrixContext) => unknown;
  expect: Record<Role, number>;
};

/**
 * Routes called with POST/PUT/PATCH/DELETE that change nothing and so declare a read permission
 * (read-only API tokens may call them). Any other such route fails the matrix test.
 */
export const READ_ONLY_WRITE_METHODS: readonly string[] = ['POST /api/classify'];

/** Statuses in ROLES order. */
const s = (...codes: [number, number, number, number, number, number, number, number]): Record<Role, number> =>
  Object.fromEntries(ROLES.map((r, i) => [r, codes[i]!])) as Record<Role, number>;
const all = (code: number) => s(code, code, code, code, code, code, code, code);

const listingBody = (c: MatrixContext) => ({
  kind: 'technology_offer',
  language: 'en',
  title: `Matrix listing ${c.unique}`,
  summary: 'A listing made by the authorization matrix.',
  sectors: ['wipo-01'],
  country: 'DE',
  owner_organization_id: c.ownerOrgId,
});

const fixed = (url: string) => () => url;

/** An id no deal or document has. */
const NO_SUCH_ID = '00000000-0000-4000-8000-00000000dea1';

export const MATRIX: Record<string, MatrixCase[]> = {
  // System and reference data: public.
  'GET /api/health': [{ permission: 'public', url: fixed('/api/health'), expect: all(200) }],
  'GET /api/stats/overview': [{ permission: 'public', url: fixed('/api/stats/overview'), expect: all(200) }],
  'GET /api/taxonomies/*': [{ permission: 'public', url: (_c, path) => path, expect: all(200) }],
  'GET /api/exchange-rates': [{ permission: 'public', url: fixed('/api/exchange-rates'), expect: all(200) }],
  'PUT /api/exchange-rates/{currency}': [
    {
      permission: 'exchange_rate:write',
      url: fixed('/api/exchange-rates/USD'),
      body: () => ({ cny_per_unit: 7.1, valid_from: '2026-01-01' }),
      expect: s(401, 403, 403, 403, 403, 403, 403, 200),
    },
  ],

  // Organizations.
  'GET /api/organizations': [{ permission: 'organization:read', url: fixed('/api/organizations'), expect: all(200) }],
  'GET /api/organizations/{id}': [{ permission: 'organization:read', url: (c) => `/api/organizations/${c.ownerOrgId}`, expect: all(200) }],
  'POST /api/organizations': [
    {
      permission: 'organization:create',
      url: fixed('/api/organizations'),
      body: (c) => ({ name: `Matrix Org ${c.unique}`, type: 'enterprise', country: 'CN' }),
      expect: s(401, 403, 201, 201, 201, 201, 201, 201),
    },
  ],
  'PATCH /api/organizations/{id}': [
    {
      permission: 'organization:update',
      url: (c) => `/api/organizations/${c.ownerOrgId}`,
      body: () => ({ version: 1, city: 'Shenzhen' }),
      expect: s(401, 403, 403, 200, 403, 200, 403, 200),
    },
  ],
  'DELETE /api/organizations/{id}': [
    {
      permission: 'organization:delete',
      url: (c) => `/api/organizations/${c.ownerOrgId}?version=1`,
      expect: s(401, 403, 403, 204, 403, 403, 403, 204),
    },
  ],

  // Memberships.
  'GET /api/organizations/{id}/members': [
    { permission: 'membership:read', url: (c) => `/api/organizations/${c.ownerOrgId}/members`, expect: s(401, 403, 200, 200, 403, 200, 403, 200) },
  ],
  'POST /api/organizations/{id}/members': [
    {
      permission: 'membership:manage',
      url: (c) => `/api/organizations/${c.ownerOrgId}/members`,
      body: async (c) => ({ email: (await c.user()).email }),
      expect: s(401, 403, 403, 201, 403, 403, 403, 201),
    },
  ],
  'PATCH /api/organizations/{id}/members/{userId}': [
    {
      permission: 'membership:manage',
      url: (c) => `/api/organizations/${c.ownerOrgId}/members/${c.memberUserId}`,
      body: () => ({ role: 'org_admin' }),
      expect: s(401, 403, 403, 200, 403, 403, 403, 200),
    },
  ],
  'DELETE /api/organizations/{id}/members/{userId}': [
    {
      permission: 'membership:manage',
      label: 'removing the plain member (who may leave)',
      url: (c) => `/api/organizations/${c.ownerOrgId}/members/${c.memberUserId}`,
      expect: s(401, 403, 204, 204, 403, 403, 403, 204),
    },
  ],

  // Listings.
  'GET /api/listings': [{ permission: 'listing:read', url: fixed('/api/listings'), expect: all(200) }],
  'GET /api/listings/{id}': [
    { permission: 'listing:read', label: 'published', url: async (c) => `/api/listings/${await c.listing('published')}`, expect: all(200) },
    {
      permission: 'listing:read',
      label: 'draft',
      url: async (c) => `/api/listings/${await c.listing('draft')}`,
      expect: s(404, 404, 200, 200, 404, 200, 404, 200),
    },
  ],
  'POST /api/listings': [
    { permission: 'listing:create', url: fixed('/api/listings'), body: listingBody, expect: s(401, 403, 201, 201, 422, 201, 422, 422) },
  ],
  'PATCH /api/listings/{id}': [
    {
      permission: 'listing:update',
      url: async (c) => `/api/listings/${await c.listing('published')}`,
      body: () => ({ version: 2, title: 'Changed by the matrix' }),
      expect: s(401, 403, 200, 200, 403, 200, 403, 403),
    },
  ],
  'POST /api/listings/{id}/publish': [
    {
      permission: 'listing:update',
      url: async (c) => `/api/listings/${await c.listing('draft')}/publish`,
      body: () => ({ version: 1 }),
      expect: s(401, 403, 200, 200, 404, 200, 404, 403),
    },
  ],
  'POST /api/listings/{id}/withdraw': [
    {
      permission: 'listing:update',
      url: async (c) => `/api/listings/${await c.listing('published')}/withdraw`,
      body: () => ({ version: 2 }),
      expect: s(401, 403, 200, 200, 403, 200, 403, 403),
    },
  ],
  'POST /api/listings/{id}/archive': [
    {
      permission: 'listing:update',
      url: async (c) => `/api/listings/${await c.listing('published')}/archive`,
      body: () => ({ version: 2 }),
      expect: s(401, 403, 200, 200, 403, 200, 403, 403),
    },
  ],
  'POST /api/listings/{id}/extend': [
    {
      permission: 'listing:update',
      label: 'too early: entitled callers pass authorization and meet the lifecycle rule',
      url: async (c) => `/api/listings/${await c.listing('published')}/extend`,
      body: () => ({ version: 2 }),
      expect: s(401, 403, 409, 409, 403, 409, 403, 403),
    },
  ],

  // Deals (per-party statuses of a real deal are pinned in routes/deals.api.test.ts; here: no such deal).
  'POST /api/listings/{id}/interest': [
    {
      permission: 'deal:create',
      // Callers' memberships change as the matrix runs (creating an organization joins it), so the
      // interested organization is named: the owner organization itself, refused to everyone past authorization.
      label: 'for the owner organization itself',
      url: async (c) => `/api/listings/${await c.listing('published')}/interest`,
      body: (c) => ({ message: 'Interested, says the matrix.', cooperation_type: 'license', interested_organization_id: c.ownerOrgId }),
      expect: s(401, 403, 422, 422, 422, 422, 422, 422),
    },
  ],
  'GET /api/deals': [{ permission: 'deal:read', url: fixed('/api/deals'), expect: s(401, 200, 200, 200, 200, 200, 200, 200) }],
  'GET /api/pipeline': [{ permission: 'deal:pipeline', url: fixed('/api/pipeline?stale_days=30'), expect: s(401, 403, 403, 403, 403, 200, 403, 200) }],
  ...Object.fromEntries(
    ['', '/allowed-transitions', '/timeline', '/messages', '/documents', `/documents/${NO_SUCH_ID}/content`].map((tail) => [
      `GET /api/deals/{id}${tail.replace(NO_SUCH_ID, '{docId}')}`,
      [{ permission: 'deal:read' as const, label: 'no such deal', url: fixed(`/api/deals/${NO_SUCH_ID}${tail}`), expect: s(401, 404, 404, 404, 404, 404, 404, 404) }],
    ]),
  ),
  ...Object.fromEntries(
    (
      [
        ['/transition', { to: 'accepted', version: 1 }],
        ['/nda/accept', { nda_version: 1 }],
        ['/messages', { body: 'Hello from the matrix.' }],
        ['/documents', { filename: 'note.txt', content_type: 'text/plain', content_base64: 'aGVsbG8=' }],
      ] as const
    ).map(([tail, body]) => [
      `POST /api/deals/{id}${tail}`,
      [{ permission: 'deal:act' as const, label: 'no such deal', url: fixed(`/api/deals/${NO_SUCH_ID}${tail}`), body: () => body, expect: s(401, 403, 404, 404, 404, 404, 404, 404) }],
    ]),
  ),
  'GET /api/nda-templates': [{ permission: 'public', url: fixed('/api/nda-templates'), expect: all(200) }],
  'GET /api/nda-templates/{version}': [{ permission: 'public', url: fixed('/api/nda-templates/1'), expect: all(200) }],
  'POST /api/listings/{id}/matches/{otherId}/feedback': [
    {
      permission: 'match:feedback',
      url: async (c) => `/api/listings/${await c.listing('published')}/matches/${await c.listing('published')}/feedback`,
      body: () => ({ relevant: false, reason: 'wrong_trl' }),
      expect: s(401, 403, 200, 200, 200, 200, 200, 200),
    },
  ],
  'GET /api/match-feedback': [{ permission: 'staff:read', url: fixed('/api/match-feedback'), expect: s(401, 403, 403, 403, 403, 200, 403, 200) }],

  // Sign-up, sign-in, sessions.
  'POST /api/auth/sign-up': [
    {
      permission: 'auth:public',
      url: fixed('/api/auth/sign-up'),
      body: (c) => ({ email: `matrix-${c.unique}@example.org`, password: 'matrix copper kettle', name: 'Matrix' }),
      expect: all(201),
    },
  ],
  'POST /api/auth/verify': [{ permission: 'auth:public', url: fixed('/api/auth/verify'), body: () => ({ token: 'not-a-real-token' }), expect: all(400) }],
  'POST /api/auth/resend-verification': [
    { permission: 'auth:public', url: fixed('/api/auth/resend-verification'), body: (c) => ({ email: c.caller?.email ?? 'x@example.org' }), expect: all(202) },
  ],
  'POST /api/auth/sign-in': [
    {
      permission: 'auth:public',
      label: 'wrong password',
      url: fixed('/api/auth/sign-in'),
      body: (c) => ({ email: `nobody-${c.unique}@example.org`, password: 'not the password' }),
      expect: all(401),
    },
  ],
  'POST /api/auth/sign-out': [{ permission: 'auth:public', url: fixed('/api/auth/sign-out'), expect: all(204) }],
  'POST /api/auth/sign-out-everywhere': [{ permission: 'auth:session', url: fixed('/api/auth/sign-out-everywhere'), expect: s(401, 200, 200, 200, 200, 200, 200, 200) }],
  'POST /api/auth/request-password-reset': [
    { permission: 'auth:public', url: fixed('/api/auth/request-password-reset'), body: (c) => ({ email: c.caller?.email ?? 'x@example.org' }), expect: all(202) },
  ],
  'POST /api/auth/reset-password': [
    { permission: 'auth:public', url: fixed('/api/auth/reset-password'), body: () => ({ token: 'not-a-real-token', password: 'matrix copper kettle' }), expect: all(400) },
  ],

  // The signed-in user.
  'GET /api/me': [{ permission: 'me:read', url: fixed('/api/me'), expect: s(401, 200, 200, 200, 200, 200, 200, 200) }],
  'PATCH /api/me': [{ permission: 'me:write', url: fixed('/api/me'), body: () => ({ name: 'Renamed by the matrix' }), expect: s(401, 200, 200, 200, 200, 200, 200, 200) }],
  'POST /api/me/password': [
    {
      permission: 'me:write',
      label: 'with a wrong current password',
      url: fixed('/api/me/password'),
      body: () => ({ current_password: 'not the current one', new_password: 'matrix copper kettle' }),
      expect: s(401, 400, 400, 400, 400, 400, 400, 400),
    },
  ],
  'GET /api/tokens': [{ permission: 'api_token:read', url: fixed('/api/tokens'), expect: s(401, 200, 200, 200, 200, 200, 200, 200) }],
  'POST /api/tokens': [
    { permission: 'api_token:manage', url: fixed('/api/tokens'), body: () => ({ name: 'matrix', scope: 'read' }), expect: s(401, 403, 201, 201, 201, 201, 201, 201) },
  ],
  'DELETE /api/tokens/{id}': [
    { permission: 'api_token:manage', label: 'one’s own token', url: async (c) => `/api/tokens/${await c.token()}`, expect: s(401, 403, 204, 204, 204, 204, 204, 204) },
  ],

  // Administration.
  'GET /api/admin/users': [{ permission: 'admin:read', url: fixed('/api/admin/users'), expect: s(401, 403, 403, 403, 403, 403, 403, 200) }],
  'PATCH /api/admin/users/{id}': [
    {
      permission: 'admin:write',
      url: async (c) => `/api/admin/users/${(await c.user()).id}`,
      body: () => ({ roles: ['funder'] }),
      expect: s(401, 403, 403, 403, 403, 403, 403, 200),
    },
  ],
  'GET /api/admin/outbox': [{ permission: 'admin:read', url: fixed('/api/admin/outbox'), expect: s(401, 403, 403, 403, 403, 403, 403, 200) }],
  'GET /api/admin/audit': [{ permission: 'admin:read', url: fixed('/api/admin/audit'), expect: s(401, 403, 403, 403, 403, 403, 403, 200) }],
};
