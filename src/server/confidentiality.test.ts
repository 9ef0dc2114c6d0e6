import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/support/app.js';
import { createTestUser, type TestUser } from '../../test/support/accounts.js';
import { testDatabases } from '../../test/support/databases.js';
import type { AppDeps } from '../compose.js';
import type { Database } from '../store/db.js';
import type { ZApp } from './app.js';
import { declaredPermissions } from './auth.js';

/**
 * The cross-route leak test. A unique marker is planted in the confidential details of a
 * members-only listing, a public one and a draft; then every GET route of the app (from the
 * route registry, so hidden routes and routes added later are included), with every real id
 * filled into its path parameters and with searches for the confidential words, is called as
 * every caller who is not entitled to those details. The marker must appear in no response, in
 * no log line (the app logs to a buffer at trace level), in no outbox message and in no table
 * but listings.
 */

const MARKER = `LEAKMARK${randomUUID().replace(/-/g, '').slice(0, 16)}`;
/**
 * A word of the confidential text that searches look for. The marker itself is never sent, so
 * it can only come back from the stored text; it stands next to the word so that a snippet or
 * highlight around the word would carry it.
 */
const SECRET_WORD = 'zirconiumhafnate';
const CONFIDENTIAL = `${MARKER}: sinter the ${SECRET_WORD} ${MARKER} powder at 1450 C for 6 h under argon; yield 93 %.`;

type Caller = 'anonymous' | 'unverified' | 'other_member' | 'programme_manager' | 'funder' | 'admin';
const UNENTITLED: Caller[] = ['anonymous', 'unverified', 'other_member', 'programme_manager', 'funder', 'admin'];

describe.each(testDatabases())('confidential details on $kind', (factory) => {
  let database: Database;
  let app: ZApp;
  let deps: AppDeps;
  const logs: string[] = [];
  const ids = new Map<string, string>(); // label -> id
  const callers = new Map<Caller, Record<string, string>>();
  let owner: TestUser;
  let broker: TestUser;
  let getRoutes: string[] = [];

  beforeAll(async () => {
    database = await factory.open();
    const stream = new Writable({
      write(chunk, _enc, done) {
        logs.push(chunk.toString());
        done();
      },
    });
    ({ app, deps } = await testApp(database, { env: { ITTC_RATE_LIMITS: 'false' }, logger: { level: 'trace', stream } }));

    owner = await createTestUser(deps, { name: 'Owner Member' });
    broker = await createTestUser(deps, { roles: ['broker'] });
    const org = await app.inject({ method: 'POST', url: '/api/organizations', headers: owner.headers(), payload: { name: 'Secret Ceramics GmbH', type: 'enterprise', country: 'DE' } });
    ids.set('owner organization', org.json().id);
    const otherMember = await createTestUser(deps);
    const otherOrg = await app.inject({ method: 'POST', url: '/api/organizations', headers: otherMember.headers(), payload: { name: 'Curious Buyer Ltd', type: 'enterprise', country: 'CN' } });
    ids.set('other organization', otherOrg.json().id);

    const make = async (label: string, visibility: 'public' | 'members', publish: boolean) => {
      const created = await app.inject({
        method: 'POST',
        url: '/api/listings',
        headers: owner.headers(),
        payload: {
          kind: 'technology_offer',
          language: 'en',
          title: `Zirconia ceramic membranes (${label})`,
          summary: 'Dense ceramic membranes for hydrogen separation.',
          description: 'Public description of ceramic membranes.',
          sectors: ['wipo-01'],
          keywords: ['ceramic membrane', 'hydrogen'],
          country: 'DE',
          visibility,
          owner_organization_id: ids.get('owner organization'),
          confidential_details: 'first draft of the recipe',
        },
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().id as string;
      // Written by an update, so that the audit log and change history see the marker go in.
      const patched = await app.inject({ method: 'PATCH', url: `/api/listings/${id}`, headers: owner.headers(), payload: { version: 1, confidential_details: CONFIDENTIAL } });
      expect(patched.statusCode).toBe(200);
      if (publish) expect((await app.inject({ method: 'POST', url: `/api/listings/${id}/publish`, headers: owner.headers(), payload: { version: 2 } })).statusCode).toBe(200);
      ids.set(label, id);
    };
    await make('public listing', 'public', true);
    await make('members-only listing', 'members', true);
    await make('draft listing', 'public', false);

    // A deal on the public listing, when the deals context is there, so deal routes run with real ids too.
    const interest = await app.inject({
      method: 'POST',
      url: `/api/listings/${ids.get('public listing')}/interest`,
      headers: otherMember.headers(),
      payload: { message: 'We would like to license this.', cooperation_type: 'license' },
    });
    if (interest.statusCode === 201) ids.set('deal', interest.json().deal.id);

    callers.set('anonymous', {});
    callers.set('unverified', (await createTestUser(deps, { verified: false })).headers());
    callers.set('other_member', otherMember.headers());
    callers.set('programme_manager', (await createTestUser(deps, { roles: ['programme_manager'] })).headers());
    callers.set('funder', (await createTestUser(deps, { roles: ['funder'], memberOf: [ids.get('other organization')!] })).headers());
    callers.set('admin', (await createTestUser(deps, { roles: ['admin'] })).headers());
    ids.set('a user', owner.id);

    getRoutes = [...declaredPermissions(app).keys()]
      .filter((r) => r.startsWith('GET '))
      .map((r) => r.slice(4))
      .filter((p) => !p.startsWith('/api/docs'));
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** Every URL to try for a route: each real id in each path parameter, and searches for the secret word. */
  function urlsFor(path: string): string[] {
    const params = [...path.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[0]);
    let urls = [path];
    for (const p of params) {
      const values = p === '{version}' ? ['1'] : p === '{currency}' ? ['EUR'] : [...ids.values()];
      urls = urls.flatMap((u) => values.map((v) => u.replace(p, v)));
    }
    // Collections are also searched for the confidential word (and asked for drafts, big pages).
    return params.length > 0 ? urls : [path, `${path}?q=${SECRET_WORD}`, `${path}?q=${SECRET_WORD}&status=draft,published&page_size=100`];
  }

  it('shows the details to the entitled: owner members and brokers', async () => {
    for (const who of [owner, broker]) {
      for (const label of ['public listing', 'members-only listing', 'draft listing']) {
        const r = await app.inject({ url: `/api/listings/${ids.get(label)}`, headers: { cookie: who.cookie } });
        expect(r.json().confidential_details, label).toBe(CONFIDENTIAL);
      }
    }
  });

  it('finds the GET routes to sweep, hidden ones included', () => {
    expect(getRoutes).toEqual(expect.arrayContaining(['/api/listings', '/api/listings/{id}', '/api/admin/audit', '/api/admin/outbox', '/api/openapi.json']));
  });

  it('never answers an unentitled caller with the marker, on any GET route', async () => {
    const leaks: string[] = [];
    let calls = 0;
    for (const path of getRoutes) {
      for (const url of urlsFor(path)) {
        for (const caller of UNENTITLED) {
          const r = await app.inject({ url, headers: callers.get(caller)! });
          calls++;
          if (r.body.includes(MARKER)) leaks.push(`${url} as ${caller} (${r.statusCode})`);
          for (const [name, value] of Object.entries(r.headers)) if (String(value).includes(MARKER)) leaks.push(`${url} as ${caller}: header ${name}`);
        }
      }
    }
    expect(calls).toBeGreaterThan(300);
    expect(leaks).toEqual([]);
  }, 600_000);

  it('keeps the marker out of the logs', () => {
    expect(logs.length).toBeGreaterThan(100);
    expect(logs.filter((l) => l.includes(MARKER))).toEqual([]);
  });

  it('keeps the marker out of the outbox and of every table but listings', async () => {
    const tables = await sql<{ t: string }>`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(database.db);
    const holding: string[] = [];
    for (const { t } of tables.rows) {
      const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(t)} AS x WHERE x::text LIKE ${`%${MARKER}%`}`.execute(database.db);
      if (r.rows[0]!.n > 0) holding.push(t);
    }
    expect(holding).toEqual(['listings']);
    const outbox = await deps.mail.outbox.list({}, { page: 1, pageSize: 100 });
    expect(JSON.stringify(outbox.items)).not.toContain(MARKER);
  });
});
