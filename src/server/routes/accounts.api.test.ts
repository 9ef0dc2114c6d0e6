import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabases } from '../../../test/support/databases.js';
import { testApp } from '../../../test/support/app.js';
import { createTestOrganization, createTestUser, type TestUser } from '../../../test/support/accounts.js';
import type { AppDeps } from '../../compose.js';
import { ensureAdministrator } from '../../core/accounts/manage-users.js';
import type { Database } from '../../store/db.js';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../../store/seed-demo.js';
import type { ZApp } from '../app.js';

const listingBody = (owner: string, over: Record<string, unknown> = {}) => ({
  kind: 'technology_offer',
  language: 'en',
  title: 'Perovskite tandem cell encapsulation',
  summary: 'Encapsulation that keeps tandem cells stable for 3000 hours.',
  sectors: ['wipo-01'],
  country: 'DE',
  owner_organization_id: owner,
  confidential_details: 'AUDIT-SECRET-4411 lamination at 140C',
  ...over,
});

describe.each(testDatabases())('tokens, memberships, administration and audit on $kind', (factory) => {
  let database: Database;
  let app: ZApp;
  let deps: AppDeps;
  let admin: TestUser;
  let owner: TestUser;
  let orgId: string;

  const post = (url: string, payload: unknown, headers: Record<string, string>) => app.inject({ method: 'POST', url, payload: payload as object, headers });
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });

  beforeAll(async () => {
    database = await factory.open();
    ({ app, deps } = await testApp(database, { env: { ITTC_RATE_LIMITS: 'false' } }));
    admin = await createTestUser(deps, { roles: ['admin'], name: 'Ada Admin' });
    owner = await createTestUser(deps, { name: 'Olga Owner' });
    const r = await post('/api/organizations', { name: 'Rhine Photonics', type: 'research_institute', country: 'DE' }, owner.headers());
    expect(r.statusCode).toBe(201);
    orgId = r.json().id;
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  describe('personal API tokens', () => {
    it('shows the secret once, lists tokens without it, and keeps only its hash', async () => {
      const created = await post('/api/tokens', { name: 'ERP sync', scope: 'read', expires_in_days: 30 }, owner.headers());
      expect(created.statusCode).toBe(201);
      const { token, secret } = created.json();
      expect(secret).toMatch(/^ittc_[A-Za-z0-9_-]{43}$/);
      expect(token).toMatchObject({ name: 'ERP sync', scope: 'read', prefix: secret.slice(0, 11), revoked_at: null });
      const list = await get('/api/tokens', { cookie: owner.cookie });
      expect(list.body).not.toContain(secret);
      expect(list.json().items.map((t: { id: string }) => t.id)).toContain(token.id);
      const rows = await sql<{ token_hash: string }>`SELECT token_hash FROM api_tokens`.execute(database.db);
      expect(JSON.stringify(rows.rows)).not.toContain(secret.slice(5));
    });

    it('lets a read token read but not write, and a write token write', async () => {
      const read = await owner.bearer('read');
      const me = await get('/api/me', read);
      expect(me.json()).toMatchObject({ auth: 'token', token_scope: 'read', csrf_token: null });
      const refused = await post('/api/listings', listingBody(orgId), read);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('TOKEN_SCOPE_INSUFFICIENT');
      const write = await owner.bearer('write');
      expect((await post('/api/listings', listingBody(orgId), write)).statusCode).toBe(201);
    });

    it('does not let a token mint tokens', async () => {
      const r = await post('/api/tokens', { name: 'more', scope: 'write' }, await owner.bearer('write'));
      expect(r.statusCode).toBe(403);
      expect(r.json().error.code).toBe('SESSION_REQUIRED');
    });

    it('stops a revoked token at once', async () => {
      const created = (await post('/api/tokens', { name: 'short-lived', scope: 'write' }, owner.headers())).json();
      const bearer = { authorization: `Bearer ${created.secret}` };
      expect((await get('/api/me', bearer)).statusCode).toBe(200);
      const revoked = await app.inject({ method: 'DELETE', url: `/api/tokens/${created.token.id}`, headers: owner.headers() });
      expect(revoked.statusCode).toBe(204);
      expect((await get('/api/me', bearer)).json().error.code).toBe('AUTH_TOKEN_INVALID');
      const twice = await app.inject({ method: 'DELETE', url: `/api/tokens/${created.token.id}`, headers: owner.headers() });
      expect(twice.json().error.code).toBe('API_TOKEN_NOT_FOUND');
    });

    it('does not let one user revoke another’s token', async () => {
      const created = (await post('/api/tokens', { name: 'mine', scope: 'read' }, owner.headers())).json();
      const other = await createTestUser(deps);
      const r = await app.inject({ method: 'DELETE', url: `/api/tokens/${created.token.id}`, headers: other.headers() });
      expect(r.statusCode).toBe(404);
    });

    it('refuses a wrong scope or expiry with API_TOKEN_INVALID', async () => {
      const r = await post('/api/tokens', { name: '', scope: 'admin', expires_in_days: 9999 }, owner.headers());
      expect(r.json().error.code).toBe('API_TOKEN_INVALID');
      expect(r.json().error.details.issues).toHaveLength(3);
    });
  });

  describe('memberships', () => {
    it('makes the creator of an organization its org admin', async () => {
      const members = (await get(`/api/organizations/${orgId}/members`, { cookie: owner.cookie })).json().items;
      expect(members).toEqual([expect.objectContaining({ user_id: owner.id, role: 'org_admin', email: owner.email })]);
    });

    it('lets the org admin add an existing user by e-mail, refusing duplicates and unknown addresses', async () => {
      const bob = await createTestUser(deps, { name: 'Bob' });
      const added = await post(`/api/organizations/${orgId}/members`, { email: bob.email.toUpperCase() }, owner.headers());
      expect(added.statusCode).toBe(201);
      expect(added.json()).toMatchObject({ user_id: bob.id, role: 'member', name: 'Bob' });
      expect((await post(`/api/organizations/${orgId}/members`, { email: bob.email }, owner.headers())).json().error.code).toBe('MEMBERSHIP_EXISTS');
      expect((await post(`/api/organizations/${orgId}/members`, { email: 'stranger@example.org' }, owner.headers())).json().error.code).toBe('USER_NOT_FOUND');
      // Bob, a plain member, may not add people.
      const carol = await createTestUser(deps);
      const refused = await post(`/api/organizations/${orgId}/members`, { email: carol.email }, bob.headers());
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('PERMISSION_DENIED');
    });

    it('lets a member list for the organization only once they belong to it', async () => {
      const dora = await createTestUser(deps);
      const listing = { ...listingBody(orgId), title: 'Dora’s first listing' };
      const before = await post('/api/listings', listing, dora.headers());
      expect(before.statusCode).toBe(422);
      expect(before.json().error.code).toBe('LISTING_OWNER_NOT_FOUND');
      await post(`/api/organizations/${orgId}/members`, { email: dora.email }, owner.headers());
      expect((await post('/api/listings', listing, dora.headers())).statusCode).toBe(201);
    });

    it('sets roles, keeps the last org admin, and lets a member leave', async () => {
      const eve = await createTestUser(deps);
      await post(`/api/organizations/${orgId}/members`, { email: eve.email, role: 'member' }, owner.headers());
      const lastAdmin = await app.inject({ method: 'PATCH', url: `/api/organizations/${orgId}/members/${owner.id}`, payload: { role: 'member' }, headers: owner.headers() });
      expect(lastAdmin.statusCode).toBe(409);
      expect(lastAdmin.json().error.code).toBe('MEMBERSHIP_LAST_ADMIN');
      const promoted = await app.inject({ method: 'PATCH', url: `/api/organizations/${orgId}/members/${eve.id}`, payload: { role: 'org_admin' }, headers: owner.headers() });
      expect(promoted.json().role).toBe('org_admin');
      const badRole = await app.inject({ method: 'PATCH', url: `/api/organizations/${orgId}/members/${eve.id}`, payload: { role: 'emperor' }, headers: owner.headers() });
      expect(badRole.json().error.code).toBe('ROLE_INVALID');
      const demoted = await app.inject({ method: 'PATCH', url: `/api/organizations/${orgId}/members/${eve.id}`, payload: { role: 'member' }, headers: owner.headers() });
      expect(demoted.statusCode).toBe(200);
      const left = await app.inject({ method: 'DELETE', url: `/api/organizations/${orgId}/members/${eve.id}`, headers: eve.headers() });
      expect(left.statusCode).toBe(204);
      const ownerLeaves = await app.inject({ method: 'DELETE', url: `/api/organizations/${orgId}/members/${owner.id}`, headers: owner.headers() });
      expect(ownerLeaves.json().error.code).toBe('MEMBERSHIP_LAST_ADMIN');
    });

    it('shows the member list to members, brokers and administrators only', async () => {
      const stranger = await createTestUser(deps);
      const broker = await createTestUser(deps, { roles: ['broker'] });
      expect((await get(`/api/organizations/${orgId}/members`, { cookie: stranger.cookie })).statusCode).toBe(403);
      expect((await get(`/api/organizations/${orgId}/members`)).statusCode).toBe(401);
      expect((await get(`/api/organizations/${orgId}/members`, { cookie: broker.cookie })).statusCode).toBe(200);
      expect((await get(`/api/organizations/${orgId}/members`, { cookie: admin.cookie })).statusCode).toBe(200);
      expect((await get('/api/organizations/00000000-0000-4000-8000-000000000000/members', { cookie: admin.cookie })).statusCode).toBe(404);
    });

    it('keeps a plain member from changing or deleting the organization', async () => {
      const frank = await createTestUser(deps, { memberOf: [orgId] });
      const patch = await app.inject({ method: 'PATCH', url: `/api/organizations/${orgId}`, payload: { version: 1, city: 'Basel' }, headers: frank.headers() });
      expect(patch.statusCode).toBe(403);
      const del = await app.inject({ method: 'DELETE', url: `/api/organizations/${orgId}?version=1`, headers: frank.headers() });
      expect(del.statusCode).toBe(403);
      const ok = await app.inject({ method: 'PATCH', url: `/api/organizations/${orgId}`, payload: { version: 1, city: 'Freiburg' }, headers: owner.headers() });
      expect(ok.statusCode).toBe(200);
    });
  });

  describe('administration', () => {
    it('lists users for administrators only, with filters', async () => {
      const r = await get(`/api/admin/users?q=${encodeURIComponent('olga')}`, { cookie: admin.cookie });
      expect(r.statusCode).toBe(200);
      expect(r.json().items.map((u: { id: string }) => u.id)).toEqual([owner.id]);
      expect(r.json().items[0]).not.toHaveProperty('password_hash');
      expect(r.json().items[0].membership_count).toBe(1);
      expect((await get('/api/admin/users?role=admin', { cookie: admin.cookie })).json().items.map((u: { id: string }) => u.id)).toContain(admin.id);
      expect((await get('/api/admin/users', { cookie: owner.cookie })).statusCode).toBe(403);
    });

    it('sets platform roles, refusing unknown roles and the last administrator’s demotion', async () => {
      const gus = await createTestUser(deps);
      const set = await app.inject({ method: 'PATCH', url: `/api/admin/users/${gus.id}`, payload: { roles: ['programme_manager', 'broker'] }, headers: admin.headers() });
      expect(set.statusCode).toBe(200);
      expect(set.json().user.roles).toEqual(['broker', 'programme_manager']);
      expect((await get('/api/me', { cookie: gus.cookie })).json().roles).toEqual(['broker', 'programme_manager']);
      const bad = await app.inject({ method: 'PATCH', url: `/api/admin/users/${gus.id}`, payload: { roles: ['emperor'] }, headers: admin.headers() });
      expect(bad.json().error.code).toBe('ROLE_INVALID');
      const self = await app.inject({ method: 'PATCH', url: `/api/admin/users/${admin.id}`, payload: { roles: [] }, headers: admin.headers() });
      expect(self.statusCode).toBe(409);
      expect(self.json().error.code).toBe('ROLE_LAST_ADMIN');
      const nobody = await app.inject({ method: 'PATCH', url: '/api/admin/users/00000000-0000-4000-8000-000000000000', payload: { roles: [] }, headers: admin.headers() });
      expect(nobody.json().error.code).toBe('USER_NOT_FOUND');
      const byOwner = await app.inject({ method: 'PATCH', url: `/api/admin/users/${owner.id}`, payload: { roles: ['admin'] }, headers: owner.headers() });
      expect(byOwner.statusCode).toBe(403);
    });

    it('takes over an existing account when making it an administrator', async () => {
      const squatter = await createTestUser(deps, { email: 'root@company.example.org', verified: false });
      const { created, user } = await ensureAdministrator(deps.accounts, { email: 'ROOT@company.example.org', password: 'operator chosen phrase' });
      expect(created).toBe(false);
      expect(user.roles).toContain('admin');
      expect((await get('/api/me', { cookie: squatter.cookie })).statusCode).toBe(401);
      const signIn = async (password: string) => post('/api/auth/sign-in', { email: 'root@company.example.org', password }, {});
      expect((await signIn(squatter.password)).statusCode).toBe(401);
      expect((await signIn('operator chosen phrase')).json().user).toMatchObject({ email_verified: true, roles: ['admin'] });
    });
  });

  describe('audit log', () => {
    it('records every listing write with its actor and changed fields, never the confidential text', async () => {
      const created = (await post('/api/listings', listingBody(orgId), owner.headers())).json();
      await app.inject({ method: 'PATCH', url: `/api/listings/${created.id}`, payload: { version: 1, title: 'New title', confidential_details: 'AUDIT-SECRET-9922' }, headers: owner.headers() });
      await post(`/api/listings/${created.id}/publish`, { version: 2 }, owner.headers());
      const r = await get(`/api/admin/audit?entity_type=listing&entity_id=${created.id}`, { cookie: admin.cookie });
      expect(r.statusCode).toBe(200);
      const entries = r.json().items;
      expect(entries.map((e: { action: string }) => e.action)).toEqual(['listing.publish', 'listing.update', 'listing.create']);
      expect(entries.every((e: { actor_user_id: string; actor_kind: string }) => e.actor_user_id === owner.id && e.actor_kind === 'user')).toBe(true);
      expect(entries[1].summary).toEqual({
        changed: ['title', 'confidential_details'],
        before: { title: 'Perovskite tandem cell encapsulation' },
        after: { title: 'New title' },
      });
      expect(entries[0].summary.after).toMatchObject({ status: 'published' });
      expect(r.body).not.toMatch(/AUDIT-SECRET/);
    });

    it('filters by actor (id or e-mail), action prefix and time, and paginates', async () => {
      const byEmail = (await get(`/api/admin/audit?actor=${encodeURIComponent(owner.email)}&action=membership.`, { cookie: admin.cookie })).json();
      expect(byEmail.total).toBeGreaterThanOrEqual(3);
      expect(byEmail.items.every((e: { action: string; actor_user_id: string }) => e.action.startsWith('membership.') && e.actor_user_id === owner.id)).toBe(true);
      const byId = (await get(`/api/admin/audit?actor=${owner.id}&action=membership.`, { cookie: admin.cookie })).json();
      expect(byId.total).toBe(byEmail.total);
      const page1 = (await get('/api/admin/audit?page_size=2', { cookie: admin.cookie })).json();
      const page2 = (await get('/api/admin/audit?page_size=2&page=2', { cookie: admin.cookie })).json();
      expect(page1.items[1].seq).toBeGreaterThan(page2.items[0].seq);
      const now = deps.clock.now();
      const later = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
      expect((await get(`/api/admin/audit?from=${later}`, { cookie: admin.cookie })).json().total).toBe(0);
      expect((await get(`/api/admin/audit?to=${later}`, { cookie: admin.cookie })).json().total).toBe(page1.total);
      expect((await get('/api/admin/audit?from=yesterday', { cookie: admin.cookie })).json().error.code).toBe('VALIDATION_FAILED');
      expect((await get('/api/admin/audit', { cookie: owner.cookie })).statusCode).toBe(403);
    });

    it('is written in the write’s transaction: a refused write leaves no entry', async () => {
      const count = async () => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(database.db)).rows[0]!.n;
      const created = (await post('/api/listings', listingBody(orgId), owner.headers())).json();
      const before = await count();
      const stale = await app.inject({ method: 'PATCH', url: `/api/listings/${created.id}`, payload: { version: 7, title: 'Stale' }, headers: owner.headers() });
      expect(stale.statusCode).toBe(409);
      const rorTaken = await post('/api/organizations', { name: 'X', type: 'other', country: 'DE', ror_id: '03cve4549' }, owner.headers());
      expect(rorTaken.statusCode).toBe(201);
      const dup = await post('/api/organizations', { name: 'Y', type: 'other', country: 'DE', ror_id: '03cve4549' }, owner.headers());
      expect(dup.statusCode).toBe(409);
      expect(await count()).toBe(before + 1); // only the organization that was made
    });

    it('refuses to change or delete audit entries, in the database itself', async () => {
      await expect(sql`UPDATE audit_log SET action = 'forged'`.execute(database.db)).rejects.toThrow(/append-only/);
      await expect(sql`DELETE FROM audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
      await expect(sql`TRUNCATE audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
    });
  });

  describe('outbox', () => {
    it('shows queued e-mails with their text to administrators only', async () => {
      await post('/api/auth/sign-up', { email: 'new.person@example.org', password: 'copper kettle at dawn', name: 'New Person' }, {});
      const r = await get('/api/admin/outbox?to=NEW.PERSON@example.org', { cookie: admin.cookie });
      expect(r.json().items).toEqual([
        expect.objectContaining({ to: 'new.person@example.org', kind: 'verify_email', status: 'queued', text: expect.stringMatching(/\/verify-email\?token=/) }),
      ]);
      expect((await get('/api/admin/outbox', { cookie: owner.cookie })).statusCode).toBe(403);
      expect((await get('/api/admin/outbox')).statusCode).toBe(401);
    });
  });

  describe('exchange rates', () => {
    it('may be set by administrators only', async () => {
      const body = { cny_per_unit: 7.1, valid_from: '2026-01-01' };
      expect((await app.inject({ method: 'PUT', url: '/api/exchange-rates/USD', payload: body, headers: owner.headers() })).statusCode).toBe(403);
      expect((await app.inject({ method: 'PUT', url: '/api/exchange-rates/USD', payload: body, headers: admin.headers() })).statusCode).toBe(200);
    });
  });

  it('leaves nobody’s organization without its org admin when a system actor creates one', async () => {
    const id = await createTestOrganization(deps);
    expect((await get(`/api/organizations/${id}/members`, { cookie: admin.cookie })).json().items).toEqual([]);
  });
});

describe('demo users', () => {
  it('are seeded with the demo data, verified, with their roles and organizations, and can sign in', async () => {
    const database = await testDatabases()[0]!.open();
    const { app, deps } = await testApp(database);
    try {
      const seeded = await seedDemo(database, deps.clock.now(), { hasher: deps.accounts.hasher });
      expect(seeded.users.map((u) => u.email)).toEqual(DEMO_USERS.map((u) => u.email));
      for (const u of DEMO_USERS) {
        const r = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: u.email, password: DEMO_PASSWORD } });
        expect(r.statusCode, u.email).toBe(200);
        expect(r.json().user).toMatchObject({ email_verified: true, roles: u.roles });
      }
      const shenzhen = await deps.accounts.users.findByEmail('shenzhen@demo.ittc');
      const memberships = await deps.accounts.memberships.listForUser(shenzhen!.id);
      expect(memberships.map((m) => [m.organizationNameZh, m.role])).toEqual([['深圳市鹏远储能科技有限公司', 'org_admin']]);
      expect((await seedDemo(database, deps.clock.now(), { hasher: deps.accounts.hasher })).users).toEqual([]);
    } finally {
      await app.close();
      await database.close();
    }
  }, 120_000);
});
