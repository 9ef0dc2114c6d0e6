import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabases } from '../../../test/support/databases.js';
import { testApp, type TestClock } from '../../../test/support/app.js';
import { createTestUser, type TestUser } from '../../../test/support/accounts.js';
import type { AppDeps } from '../../compose.js';
import type { Database } from '../../store/db.js';
import type { ZApp } from '../app.js';
import { SESSION_COOKIE } from '../auth.js';

type Injected = Awaited<ReturnType<ZApp['inject']>>;

const MIN = 60_000;
const sessionCookieOf = (r: Injected) => r.cookies.find((c) => c.name === SESSION_COOKIE);

describe.each(testDatabases())('sign-up, sign-in and sessions on $kind', (factory) => {
  let database: Database;
  let app: ZApp;
  let deps: AppDeps;
  let clock: TestClock;
  let admin: TestUser;
  let adminAuth: Record<string, string>;

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url, payload: payload as object, headers });
  /** The link an e-mail to `to` carries for `page` (verify-email, reset-password), read through the admin outbox API. */
  const linkTokenFor = async (to: string, page: string) => {
    const r = await app.inject({ url: `/api/admin/outbox?to=${encodeURIComponent(to)}`, headers: adminAuth });
    expect(r.statusCode).toBe(200);
    const texts = (r.json().items as { text: string }[]).map((m) => m.text);
    const match = texts.map((t) => new RegExp(`/${page}\\?token=([A-Za-z0-9_-]+)`).exec(t)).find(Boolean);
    return match?.[1] ?? null;
  };
  const signIn = (email: string, password: string, headers: Record<string, string> = {}) => post('/api/auth/sign-in', { email, password }, headers);
  const asSession = (r: Injected, extra: Record<string, string> = {}) => ({
    cookie: `${SESSION_COOKIE}=${sessionCookieOf(r)!.value}`,
    'x-csrf-token': r.json().csrf_token as string,
    ...extra,
  });

  beforeAll(async () => {
    database = await factory.open();
    ({ app, deps, clock } = await testApp(database, { env: { ITTC_RATE_LIMITS: 'false' } }));
    admin = await createTestUser(deps, { roles: ['admin'] });
    adminAuth = await admin.bearer('read');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('signs up, e-mails a verification link, and allows writes only once the address is verified', async () => {
    const email = 'Mei.Lin@Example.ORG';
    const up = await post('/api/auth/sign-up', { email, password: 'copper kettle at dawn', name: '  Lin   Mei ' });
    expect(up.statusCode).toBe(201);
    expect(up.json()).toEqual({ status: 'verification_sent', email: 'mei.lin@example.org' });

    const unverified = await signIn('mei.lin@example.org', 'copper kettle at dawn');
    expect(unverified.statusCode).toBe(200);
    expect(unverified.json().user).toMatchObject({ email: 'mei.lin@example.org', name: 'Lin Mei', email_verified: false, roles: [] });
    const session = asSession(unverified);
    const refused = await post('/api/organizations', { name: 'Lin Labs', type: 'enterprise', country: 'CN' }, session);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('EMAIL_NOT_VERIFIED');

    const token = await linkTokenFor('mei.lin@example.org', 'verify-email');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const verified = await post('/api/auth/verify', { token });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().user).toMatchObject({ email_verified: true });
    const again = await post('/api/auth/verify', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('ACCOUNT_LINK_INVALID');

    const created = await post('/api/organizations', { name: 'Lin Labs', type: 'enterprise', country: 'CN' }, session);
    expect(created.statusCode).toBe(201);
    const me = (await app.inject({ url: '/api/me', headers: { cookie: session.cookie } })).json();
    expect(me.memberships).toEqual([{ organization_id: created.json().id, organization_name: 'Lin Labs', organization_name_zh: null, role: 'org_admin' }]);
    expect(me.user.email_verified).toBe(true);
  });

  it('stores the verification token only hashed', async () => {
    await post('/api/auth/sign-up', { email: 'hash.check@example.org', password: 'copper kettle at dawn', name: 'H' });
    const token = await linkTokenFor('hash.check@example.org', 'verify-email');
    const stored = await sql<{ token_hash: string }>`SELECT token_hash FROM account_links`.execute(database.db);
    expect(stored.rows.length).toBeGreaterThan(0);
    expect(stored.rows.some((r) => r.token_hash === token)).toBe(false);
    expect(stored.rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('answers a sign-up for an existing address exactly like a new one, and e-mails its owner instead', async () => {
    const before = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM users`.execute(database.db)).rows[0]!.n;
    const r = await post('/api/auth/sign-up', { email: admin.email, password: 'another copper kettle', name: 'Impostor' });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toEqual({ status: 'verification_sent', email: admin.email });
    expect((await sql<{ n: number }>`SELECT count(*)::int AS n FROM users`.execute(database.db)).rows[0]!.n).toBe(before);
    const mail = (await app.inject({ url: `/api/admin/outbox?to=${admin.email}&kind=account_exists`, headers: adminAuth })).json();
    expect(mail.total).toBe(1);
    expect(mail.items[0].text).toMatch(/already has an account/);
  });

  it('refuses weak passwords and bad fields with their codes and paths', async () => {
    const common = await post('/api/auth/sign-up', { email: 'weak@example.org', password: 'Password2024!', name: 'W' });
    expect(common.statusCode).toBe(400);
    expect(common.json().error).toMatchObject({ code: 'PASSWORD_TOO_COMMON', details: { issues: [{ path: 'password' }] } });
    const short = await post('/api/auth/sign-up', { email: 'weak@example.org', password: 'Kx8#mQ2!', name: 'W' });
    expect(short.json().error.code).toBe('PASSWORD_TOO_SHORT');
    const several = await post('/api/auth/sign-up', { email: 'nope', password: 'short', name: '' });
    expect(several.json().error.code).toBe('ACCOUNT_INVALID');
    expect(several.json().error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['email', 'name', 'password']);
    const stray = await post('/api/auth/sign-up', { email: 'x@example.org', password: 'copper kettle at dawn', name: 'X', roles: ['admin'] });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('gives the same answer for a wrong password and an unknown address', async () => {
    const wrong = await signIn(admin.email, 'not the right passphrase');
    const unknown = await signIn('nobody-here@example.org', 'not the right passphrase');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(sessionCookieOf(wrong)).toBeUndefined();
  });

  it('locks an address after five failures with a doubling wait, for unknown addresses alike', async () => {
    const victim = await createTestUser(deps);
    for (const email of [victim.email, 'ghost@example.org']) {
      const answers: number[] = [];
      for (let i = 0; i < 5; i++) answers.push((await signIn(email, 'wrong wrong wrong wrong')).statusCode);
      expect(answers).toEqual([401, 401, 401, 401, 401]);
      const locked = await signIn(email, victim.password);
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.code).toBe('SIGN_IN_LOCKED');
      expect(locked.json().error.details.retry_after_seconds).toBe(30);
      expect(locked.headers['retry-after']).toBe('30');
    }
    clock.set(new Date(clock.now().getTime() + 31_000));
    expect((await signIn(victim.email, 'wrong wrong wrong wrong')).json().error.details.retry_after_seconds).toBe(60);
    expect((await signIn(victim.email, victim.password)).statusCode).toBe(429);
    clock.set(new Date(clock.now().getTime() + 61_000));
    expect((await signIn(victim.email, victim.password)).statusCode).toBe(200);
    // A success clears the count: the next failure is a first one again.
    expect((await signIn(victim.email, 'wrong wrong wrong wrong')).json().error.details).toBeUndefined();
  });

  it('sets the session cookie httpOnly and SameSite=Lax, Secure behind TLS', async () => {
    const plain = await signIn(admin.email, admin.password);
    const c = sessionCookieOf(plain)!;
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(c.secure).toBeFalsy();
    const tls = await signIn(admin.email, admin.password, { 'x-forwarded-proto': 'https' });
    expect(sessionCookieOf(tls)!.secure).toBe(true);
    // Only a trusted proxy (here: loopback) may say the request came over TLS.
    const spoofed = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      remoteAddress: '203.0.113.6',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: admin.email, password: admin.password },
    });
    expect(sessionCookieOf(spoofed)!.secure).toBeFalsy();
  });

  it('requires the CSRF token on cookie-authenticated writes, and not on reads or Bearer requests', async () => {
    const u = await createTestUser(deps);
    const body = { name: `CSRF Probe ${Date.now()}`, type: 'enterprise', country: 'CN' };
    const missing = await post('/api/organizations', body, { cookie: u.cookie });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await post('/api/organizations', body, { cookie: u.cookie, 'x-csrf-token': `${u.csrf.slice(0, -1)}x` });
    expect(wrong.json().error.code).toBe('CSRF_TOKEN_INVALID');
    expect((await app.inject({ url: '/api/me', headers: { cookie: u.cookie } })).statusCode).toBe(200);
    expect((await post('/api/organizations', body, u.headers())).statusCode).toBe(201);
    expect((await post('/api/organizations', { ...body, name: `${body.name} 2` }, await u.bearer('write'))).statusCode).toBe(201);
    const me = (await app.inject({ url: '/api/me', headers: { cookie: u.cookie } })).json();
    expect(me.csrf_token).toBe(u.csrf);
    expect(me.auth).toBe('session');
  });

  it('signs out one session, and everywhere', async () => {
    const u = await createTestUser(deps);
    const other = asSession(await signIn(u.email, u.password));
    const out = await post('/api/auth/sign-out', {}, u.headers());
    expect(out.statusCode).toBe(204);
    expect(sessionCookieOf(out)?.value).toBe('');
    expect((await app.inject({ url: '/api/me', headers: { cookie: u.cookie } })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/me', headers: { cookie: other.cookie } })).statusCode).toBe(200);

    const third = asSession(await signIn(u.email, u.password));
    const everywhere = await post('/api/auth/sign-out-everywhere', {}, third);
    expect(everywhere.json()).toEqual({ sessions_ended: 2 });
    for (const s of [other, third]) expect((await app.inject({ url: '/api/me', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it('ends a session after two idle hours, and after twelve hours however active', async () => {
    const u = await createTestUser(deps);
    const start = clock.now();
    clock.set(new Date(start.getTime() + 119 * MIN));
    expect((await app.inject({ url: '/api/me', headers: { cookie: u.cookie } })).statusCode).toBe(200);
    clock.set(new Date(start.getTime() + 238 * MIN));
    expect((await app.inject({ url: '/api/me', headers: { cookie: u.cookie } })).statusCode).toBe(200);
    clock.set(new Date(start.getTime() + 359 * MIN));
    const idle = await app.inject({ url: '/api/me', headers: { cookie: u.cookie } });
    expect(idle.statusCode).toBe(401);
    expect(sessionCookieOf(idle)?.value).toBe('');

    const active = asSession(await signIn(u.email, u.password));
    const t = clock.now().getTime();
    for (let h = 1; h < 12; h++) {
      clock.set(new Date(t + h * 60 * MIN));
      expect((await app.inject({ url: '/api/me', headers: { cookie: active.cookie } })).statusCode).toBe(200);
    }
    clock.set(new Date(t + 12 * 60 * MIN));
    expect((await app.inject({ url: '/api/me', headers: { cookie: active.cookie } })).statusCode).toBe(401);
  });

  it('resets a password through an e-mailed link, answering 202 whether or not the address exists', async () => {
    const u = await createTestUser(deps);
    const before = (await app.inject({ url: '/api/admin/outbox?page_size=1', headers: adminAuth })).json().total;
    const unknown = await post('/api/auth/request-password-reset', { email: 'no-such-person@example.org' });
    expect(unknown.statusCode).toBe(202);
    expect((await app.inject({ url: '/api/admin/outbox?page_size=1', headers: adminAuth })).json().total).toBe(before);
    const known = await post('/api/auth/request-password-reset', { email: u.email.toUpperCase() });
    expect(known.statusCode).toBe(202);
    expect(known.json()).toEqual(unknown.json());
    const token = await linkTokenFor(u.email, 'reset-password');
    expect(token).not.toBeNull();

    const weak = await post('/api/auth/reset-password', { token, password: 'password12345' });
    expect(weak.json().error.code).toBe('PASSWORD_TOO_COMMON');
    const done = await post('/api/auth/reset-password', { token, password: 'a brand new lantern' });
    expect(done.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/me', headers: { cookie: u.cookie } })).statusCode).toBe(401); // sessions ended
    expect((await signIn(u.email, u.password)).statusCode).toBe(401);
    expect((await signIn(u.email, 'a brand new lantern')).statusCode).toBe(200);
    expect((await post('/api/auth/reset-password', { token, password: 'another new lantern' })).json().error.code).toBe('ACCOUNT_LINK_INVALID');
  });

  it('refuses an expired reset link, and sends at most three a hour per account', async () => {
    const u = await createTestUser(deps);
    for (let i = 0; i < 5; i++) await post('/api/auth/request-password-reset', { email: u.email });
    const mails = (await app.inject({ url: `/api/admin/outbox?to=${u.email}&kind=reset_password`, headers: adminAuth })).json();
    expect(mails.total).toBe(3);
    const token = await linkTokenFor(u.email, 'reset-password');
    clock.set(new Date(clock.now().getTime() + 61 * MIN));
    expect((await post('/api/auth/reset-password', { token, password: 'a brand new lantern' })).json().error.code).toBe('ACCOUNT_LINK_INVALID');
  });

  it('changes the password with the current one, ending the other sessions only', async () => {
    const u = await createTestUser(deps);
    const other = asSession(await signIn(u.email, u.password));
    const wrong = await post('/api/me/password', { current_password: 'not it at all', new_password: 'fresh lantern light' }, u.headers());
    expect(wrong.json().error.code).toBe('PASSWORD_INCORRECT');
    const ok = await post('/api/me/password', { current_password: u.password, new_password: 'fresh lantern light' }, u.headers());
    expect(ok.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/me', headers: { cookie: u.cookie } })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/me', headers: { cookie: other.cookie } })).statusCode).toBe(401);
  });

  it('refuses an unknown Bearer token outright instead of treating the caller as anonymous', async () => {
    const r = await app.inject({ url: '/api/listings', headers: { authorization: 'Bearer ittc_not-a-real-token-at-all' } });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe('AUTH_TOKEN_INVALID');
    expect((await app.inject({ url: '/api/listings', headers: { authorization: 'Basic abc' } })).statusCode).toBe(401);
  });

  it('refuses anonymous writes before reading their body', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/listings', headers: { 'content-type': 'application/json' }, payload: '{"broken":' });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe('AUTH_REQUIRED');
  });
});

describe('rate limits', () => {
  let database: Database;
  let app: ZApp;

  beforeAll(async () => {
    database = await testDatabases()[0]!.open();
    ({ app } = await testApp(database, { env: { ITTC_RATE_LIMITS: 'true' } }));
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('allows ten sign-in attempts a minute from one address, then answers 429 RATE_LIMITED', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) {
      codes.push((await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: `r${i}@example.org`, password: 'whatever it is now' } })).statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes[10]).toBe(429);
    const other = await app.inject({ method: 'POST', url: '/api/auth/sign-in', remoteAddress: '10.9.8.7', payload: { email: 'r@example.org', password: 'whatever it is now' } });
    expect(other.statusCode).toBe(401);
  });

  it('does not let a client outside the trusted proxies dodge the limit with X-Forwarded-For', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        remoteAddress: '203.0.113.5',
        headers: { 'x-forwarded-for': `198.51.100.${i}` },
        payload: { email: `s${i}@example.org`, password: 'whatever it is now' },
      });
      codes.push(r.statusCode);
    }
    expect(codes[10]).toBe(429);
  });

  it('limits password-reset requests to five per quarter hour per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await app.inject({ method: 'POST', url: '/api/auth/request-password-reset', payload: { email: `p${i}@example.org` } })).statusCode);
    expect(codes).toEqual([202, 202, 202, 202, 202, 429]);
    expect((await app.inject({ method: 'POST', url: '/api/auth/request-password-reset', payload: { email: 'p@example.org' } })).json().error.code).toBe('RATE_LIMITED');
  });
});

describe('request logs', () => {
  it('keep e-mailed link tokens out of the logged URL', async () => {
    const { Writable } = await import('node:stream');
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const database = await testDatabases()[0]!.open();
    const { app } = await testApp(database, { logger: { level: 'info', stream } });
    try {
      await app.inject({ url: '/reset-password?token=Sup3rSecretLinkToken&lang=zh' });
      await app.inject({ url: '/api/health?token=AnotherSecretValue' });
      const logged = lines.join('');
      expect(logged).toContain('/reset-password?token=[redacted]&lang=zh');
      expect(logged).toContain('"remoteAddress":"127.0.0.1"');
      expect(logged).not.toMatch(/Sup3rSecretLinkToken|AnotherSecretValue/);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
