import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openDatabase, type Database } from '../store/db.js';
import { testApp } from '../../test/support/app.js';
import { createTestUser } from '../../test/support/accounts.js';
import type { AppDeps } from '../compose.js';
import { signIn } from '../core/accounts/sign-in.js';
import type { ZApp } from './app.js';
import { SESSION_COOKIE } from './auth.js';

/**
 * Random and malformed bodies to every write route of the OpenAPI document never produce a 500.
 * Path parameters are filled with real ids (so handlers run past the lookup) or junk. The
 * caller is a signed-in administrator and broker who is org admin of the organization, so
 * requests get past authorization into the use cases.
 */
describe('write routes under random input', () => {
  let database: Database;
  let app: ZApp;
  let deps: AppDeps;
  let routes: { method: string; path: string }[] = [];
  const ids: string[] = [];
  let auth: Record<string, string> = {};
  let credentials = { email: '', password: '' };

  /** A fresh session (the fuzzer may sign itself out). */
  const signInAgain = async () => {
    const { session, sessionToken } = await signIn(deps.accounts, credentials);
    auth = { cookie: `${SESSION_COOKIE}=${sessionToken}`, 'x-csrf-token': session.csrfToken };
  };

  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite', dataDir: null });
    ({ app, deps } = await testApp(database, { env: { ITTC_RATE_LIMITS: 'false' } }));
    const fuzzer = await createTestUser(deps, { roles: ['admin', 'broker'] });
    credentials = { email: fuzzer.email, password: fuzzer.password };
    auth = fuzzer.headers();
    const org = (
      await app.inject({ method: 'POST', url: '/api/organizations', headers: auth, payload: { name: 'Fuzz Org', type: 'enterprise', country: 'CN' } })
    ).json();
    const listing = (
      await app.inject({
        method: 'POST',
        url: '/api/listings',
        headers: auth,
        payload: { kind: 'technology_offer', language: 'en', title: 'Fuzz target', summary: 's', sectors: ['wipo-06'], country: 'CN', owner_organization_id: org.id },
      })
    ).json();
    ids.push(org.id, listing.id, fuzzer.id);
    const doc = (await app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((method) => ({ method: method.toUpperCase(), path })),
    );
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('finds the write routes in the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThanOrEqual(8);
  });

  const json = fc.jsonValue({ maxDepth: 3 });
  const nasty = fc.oneof(
    fc.constantFrom(null, '', 'null', '[]', '{}', '{"version":', '\u0000', 'x'.repeat(5000), -1, 1e308, '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '<script>'),
    fc.string(),
    fc.integer(),
    fc.double(),
    json,
  );
  // Bodies shaped like the real ones with hostile values, to get past the schema into the core.
  const shaped = fc.record(
    {
      version: fc.oneof(fc.integer({ min: -3, max: 5 }), nasty),
      kind: fc.oneof(fc.constantFrom('technology_offer', 'technology_request', 'rd_partnership'), nasty),
      language: fc.oneof(fc.constantFrom('zh', 'en'), nasty),
      title: fc.oneof(fc.string({ maxLength: 300 }), nasty),
      trl: fc.oneof(fc.integer({ min: -5, max: 15 }), nasty),
      country: fc.oneof(fc.constantFrom('CN', 'DE', 'zz', ''), nasty),
      owner_organization_id: fc.oneof(fc.constantFrom(...(ids.length ? ids : ['x'])), fc.uuid(), nasty),
      price: fc.oneof(fc.record({ min_minor: fc.integer(), max_minor: fc.integer(), currency: fc.constantFrom('EUR', 'XXX', '') }), nasty),
      ipc_codes: fc.oneof(fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), nasty),
      deadline: fc.oneof(fc.constantFrom('2027-02-30', '2027-01-01', 'tomorrow'), nasty),
      days: fc.oneof(fc.integer({ min: -400, max: 800 }), nasty),
      name: fc.oneof(fc.string(), nasty),
      type: fc.oneof(fc.constantFrom('university', 'enterprise'), nasty),
      ror_id: fc.oneof(fc.constantFrom('03cve4549', 'https://ror.org/03cve4549', 'bad'), nasty),
      cny_per_unit: fc.oneof(fc.double(), nasty),
      valid_from: fc.oneof(fc.constantFrom('2026-01-01', '2026-13-01'), nasty),
      email: fc.oneof(fc.constantFrom('a@b.co', 'nobody@example.org', 'not-an-email', ''), fc.emailAddress(), nasty),
      password: fc.oneof(fc.constantFrom('short', 'password1234', 'a long enough passphrase'), fc.string({ maxLength: 300 }), nasty),
      token: fc.oneof(fc.constantFrom('', 'ittc_x', 'x'.repeat(43)), fc.string({ maxLength: 100 }), nasty),
      role: fc.oneof(fc.constantFrom('member', 'org_admin', 'king'), nasty),
      roles: fc.oneof(fc.array(fc.constantFrom('broker', 'admin', 'funder', 'emperor'), { maxLength: 4 }), nasty),
      scope: fc.oneof(fc.constantFrom('read', 'write', 'all'), nasty),
      expires_in_days: fc.oneof(fc.integer({ min: -5, max: 1000 }), nasty),
      current_password: fc.oneof(fc.string({ maxLength: 40 }), nasty),
      new_password: fc.oneof(fc.string({ maxLength: 40 }), nasty),
    },
    { requiredKeys: [] },
  );

  it('never answers 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.oneof(shaped, nasty),
        fc.oneof(fc.constantFrom(...(ids.length ? ids : ['x'])), fc.string({ maxLength: 40 }), fc.uuid()),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', undefined),
        async (i, body, id, contentType) => {
          const route = routes[i % routes.length]!;
          const url = route.path.replace(/\{[a-z_]+\}/g, encodeURIComponent(id) || 'x') + (route.method === 'DELETE' ? '?version=1' : '');
          const payload = typeof body === 'string' && contentType !== 'application/json' ? body : JSON.stringify(body);
          const r = await app.inject({ method: route.method as 'POST', url, payload, headers: contentType ? { ...auth, 'content-type': contentType } : auth });
          if (r.statusCode >= 500) throw new Error(`${route.method} ${url} -> ${r.statusCode}: ${r.body}`);
          if (route.path.startsWith('/api/auth/') || r.statusCode === 401) await signInAgain();
          if (r.statusCode !== 204) expect(r.json()).toBeTypeOf('object');
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);
});
