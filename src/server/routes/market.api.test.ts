import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/support/databases.js';
import { testApp, type TestClock } from '../../../test/support/app.js';
import { createTestUser, type TestUser } from '../../../test/support/accounts.js';
import type { ZApp } from '../app.js';
import type { Database } from '../../store/db.js';

const orgBody = (over: Record<string, unknown> = {}) => ({
  name: 'Rhine Valley Institute of Applied Photonics',
  name_zh: '莱茵谷应用光子研究所',
  type: 'research_institute',
  country: 'de',
  city: 'Freiburg',
  ror_id: 'https://ror.org/03cve4549',
  website: 'rvi-photonics.example.org',
  size_class: '250+',
  ...over,
});

const listingBody = (owner: string, over: Record<string, unknown> = {}) => ({
  kind: 'technology_offer',
  language: 'en',
  title: 'Solid-state electrolyte for lithium metal batteries',
  summary: 'A sulfide electrolyte with high ionic conductivity.',
  description: 'Long description of the technology.',
  translations: { zh: { title: '锂金属电池固态电解质', summary: '高离子电导率的硫化物电解质。', description: '详细描述。' } },
  confidential_details: 'SECRET-MARKER-7731 sintering at 550C',
  keywords: ['solid-state battery', 'electrolyte'],
  sectors: ['wipo-01', 'ind-energy-storage'],
  ipc_codes: ['H01M10/0562'],
  trl: 4,
  ipr_status: 'granted',
  patent_numbers: ['EP3456789B1'],
  cooperation_types: ['license', 'joint_development'],
  price: { min_minor: 10_000_000, max_minor: 50_000_000, currency: 'USD' },
  country: 'DE',
  target_countries: ['CN'],
  owner_organization_id: owner,
  ...over,
});

describe.each(testDatabases())('market API on $kind', (factory) => {
  let database: Database;
  let app: ZApp;
  let clock: TestClock;
  let orgId: string;
  /** A verified user; creating the organization makes her its org admin. */
  let alice: TestUser;
  /** Her write-scoped API token (sessions would idle out when the test clock jumps ahead). */
  let auth: Record<string, string>;
  const h = (extra: Record<string, string> = {}) => ({ ...auth, ...extra });

  beforeAll(async () => {
    database = await factory.open();
    let deps;
    ({ app, clock, deps } = await testApp(database));
    alice = await createTestUser(deps);
    auth = await alice.bearer('write');
    const r = await app.inject({ headers: h(), method: 'POST', url: '/api/organizations', payload: orgBody() });
    expect(r.statusCode).toBe(201);
    orgId = r.json().id;
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers health with the database kind', async () => {
    const r = await app.inject('/api/health');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'ok', database: factory.kind, search_index: { state: 'building', source: null } });
    // The search index's state: built here from the database on first use.
    await app.inject('/api/search?q=battery');
    const after = (await app.inject('/api/health')).json();
    expect(after.search_index).toMatchObject({ state: 'ready', source: 'database' });
    expect(after.search_index.public_listings).toBe((await app.inject('/api/search?limit=1')).json().total);
    expect(after.search_index.build_ms).toBeGreaterThanOrEqual(0);
  });

  it('normalizes an organization on create (country, ROR id, website)', async () => {
    const r = await app.inject(`/api/organizations/${orgId}`);
    expect(r.json()).toMatchObject({ country: 'DE', ror_id: '03cve4549', website: 'https://rvi-photonics.example.org', version: 1 });
  });

  it('rejects an invalid organization with every problem and its field path', async () => {
    const r = await app.inject({ headers: h(), method: 'POST', url: '/api/organizations', payload: { type: 'castle', country: 'XX', ror_id: '12345' } });
    expect(r.statusCode).toBe(400);
    const err = r.json().error;
    expect(err.code).toBe('ORGANIZATION_INVALID');
    expect(err.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['country', 'name', 'ror_id', 'type']);
  });

  it('refuses a second organization with the same ROR id', async () => {
    const r = await app.inject({ headers: h(), method: 'POST', url: '/api/organizations', payload: orgBody({ name: 'Copy' }) });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('ORGANIZATION_ROR_ID_TAKEN');
  });

  it('creates a draft listing, normalizing IPC codes and converting the price to CNY', async () => {
    const r = await app.inject({ headers: h(), method: 'POST', url: '/api/listings', payload: listingBody(orgId) });
    expect(r.statusCode).toBe(201);
    const l = r.json();
    expect(l).toMatchObject({ status: 'draft', version: 1, ipc_codes: ['H01M 10/0562'], price_cny: { min_minor: 65_000_000, max_minor: 325_000_000 } });
    expect(l.owner).toMatchObject({ id: orgId, country: 'DE' });
  });

  it('never shows confidential details to an anonymous caller', async () => {
    const created = (await app.inject({ headers: h(), method: 'POST', url: '/api/listings', payload: listingBody(orgId) })).json();
    expect(created.confidential_details).toBe('SECRET-MARKER-7731 sintering at 550C');
    expect(created.has_confidential_details).toBe(true);
    const pub = await app.inject({ headers: h(), method: 'POST', url: `/api/listings/${created.id}/publish`, payload: { version: 1 } });
    expect(pub.statusCode).toBe(200);
    for (const url of [`/api/listings/${created.id}`, '/api/listings?q=electrolyte', '/api/listings?page_size=100']) {
      const body = (await app.inject(url)).body;
      expect(body).not.toContain('SECRET-MARKER-7731');
    }
  });

  it('answers a TRL out of range with its own code and field path', async () => {
    const r = await app.inject({ headers: h(), method: 'POST', url: '/api/listings', payload: listingBody(orgId, { trl: 12 }) });
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({ code: 'LISTING_TRL_OUT_OF_RANGE', details: { issues: [{ path: 'trl' }] } });
  });

  it('answers an inverted budget with LISTING_BUDGET_RANGE_INVALID', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/listings',
      headers: h(),
      payload: listingBody(orgId, { price: { min_minor: 500, max_minor: 100, currency: 'EUR' } }),
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('LISTING_BUDGET_RANGE_INVALID');
  });

  it('answers a wrong type with 400 VALIDATION_FAILED and the field path', async () => {
    const r = await app.inject({ headers: h(), method: 'POST', url: '/api/listings', payload: listingBody(orgId, { trl: 'four' }) });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('VALIDATION_FAILED');
    expect(r.json().error.details.issues[0].path).toBe('trl');
  });

  it('answers an unknown owner with 422 and writes nothing', async () => {
    const before = (await app.inject('/api/listings?page_size=1')).json().total;
    const r = await app.inject({ headers: h(), method: 'POST', url: '/api/listings', payload: listingBody('00000000-0000-4000-8000-000000000000') });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('LISTING_OWNER_NOT_FOUND');
    expect((await app.inject('/api/listings?page_size=1')).json().total).toBe(before);
  });

  it('gives 409 to a stale update and keeps the first writer’s change', async () => {
    const l = (await app.inject({ headers: h(), method: 'POST', url: '/api/listings', payload: listingBody(orgId) })).json();
    const a = await app.inject({ headers: h(), method: 'PATCH', url: `/api/listings/${l.id}`, payload: { version: 1, title: 'First writer' } });
    const b = await app.inject({ headers: h(), method: 'PATCH', url: `/api/listings/${l.id}`, payload: { version: 1, title: 'Second writer' } });
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(409);
    expect(b.json().error.code).toBe('LISTING_VERSION_CONFLICT');
    expect((await app.inject({ url: `/api/listings/${l.id}`, headers: h() })).json()).toMatchObject({ title: 'First writer', version: 2 });
  });

  it('lets exactly one of two concurrent updates win', async () => {
    const l = (await app.inject({ headers: h(), method: 'POST', url: '/api/listings', payload: listingBody(orgId) })).json();
    const results = await Promise.all(
      ['A', 'B', 'C'].map((t) => app.inject({ headers: h(), method: 'PATCH', url: `/api/listings/${l.id}`, payload: { version: 1, title: t } })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
  });

  it('runs the lifecycle: publish, extension window, one extension only', async () => {
    const l = (await app.inject({ headers: h(), method: 'POST', url: '/api/listings', payload: listingBody(orgId) })).json();
    const p = (await app.inject({ headers: h(), method: 'POST', url: `/api/listings/${l.id}/publish`, payload: { version: 1 } })).json();
    expect(p.status).toBe('published');
    expect(new Date(p.expires_at).getTime() - new Date(p.published_at).getTime()).toBe(365 * 86_400_000);
    const early = await app.inject({ headers: h(), method: 'POST', url: `/api/listings/${l.id}/extend`, payload: { version: 2 } });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('LISTING_EXTENSION_NOT_ALLOWED');
    clock.advanceDays(340);
    const ext = await app.inject({ headers: h(), method: 'POST', url: `/api/listings/${l.id}/extend`, payload: { version: 2, days: 100 } });
    expect(ext.statusCode).toBe(200);
    expect(new Date(ext.json().expires_at).getTime()).toBe(new Date(p.expires_at).getTime() + 100 * 86_400_000);
    const again = await app.inject({ headers: h(), method: 'POST', url: `/api/listings/${l.id}/extend`, payload: { version: 3, days: 10 } });
    expect(again.json().error.code).toBe('LISTING_EXTENSION_NOT_ALLOWED');
    const twice = await app.inject({ headers: h(), method: 'POST', url: `/api/listings/${l.id}/publish`, payload: { version: 3 } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('LISTING_TRANSITION_NOT_ALLOWED');
    clock.advanceDays(-340);
  });

  it('filters listings by kind, sector, IPC prefix, country and TRL range', async () => {
    const mk = async (over: Record<string, unknown>) => {
      const l = (await app.inject({ headers: h(), method: 'POST', url: '/api/listings', payload: listingBody(orgId, over) })).json();
      await app.inject({ headers: h(), method: 'POST', url: `/api/listings/${l.id}/publish`, payload: { version: 1 } });
      return l.id as string;
    };
    const a = await mk({ title: 'Filter probe alpha', kind: 'technology_request', sectors: ['wipo-13'], ipc_codes: ['A61B 5/00'], trl: 7, country: 'FR' });
    await mk({ title: 'Filter probe beta', kind: 'technology_request', sectors: ['wipo-13'], ipc_codes: ['A61K 9/00'], trl: 2, country: 'FR' });
    const r = (
      await app.inject('/api/listings?kind=technology_request&sector=wipo-13&ipc=A61B&country=fr&trl_min=5&trl_max=9&q=probe')
    ).json();
    expect(r.items.map((i: { id: string }) => i.id)).toEqual([a]);
    expect(r.total).toBe(1);
  });

  it('paginates with a stable total', async () => {
    const p1 = (await app.inject('/api/listings?page_size=2&page=1')).json();
    const p2 = (await app.inject('/api/listings?page_size=2&page=2')).json();
    expect(p1.items).toHaveLength(2);
    expect(p1.total).toBe(p2.total);
    expect(p1.items[0].id).not.toBe(p2.items[0].id);
  });

  it('rejects page_size above 100', async () => {
    const r = await app.inject('/api/listings?page_size=101');
    expect(r.statusCode).toBe(400);
    expect(r.json().error.details.issues[0].path).toBe('page_size');
  });

  it('refuses to delete an organization that owns listings', async () => {
    const r = await app.inject({ headers: h(), method: 'DELETE', url: `/api/organizations/${orgId}?version=1` });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('ORGANIZATION_IN_USE');
  });

  it('answers malformed JSON, a wrong content type and an oversize body with coded 4xx', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/listings', headers: h({ 'content-type': 'application/json' }), payload: '{"kind":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('MALFORMED_JSON');
    const text = await app.inject({ method: 'POST', url: '/api/listings', headers: h({ 'content-type': 'text/plain' }), payload: 'hello' });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = await app.inject({
      method: 'POST',
      url: '/api/listings',
      headers: h({ 'content-type': 'application/json' }),
      payload: JSON.stringify({ title: 'x'.repeat(1_100_000) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers unknown ids and routes with 404 and a code', async () => {
    expect((await app.inject('/api/listings/not-a-uuid')).json().error.code).toBe('LISTING_NOT_FOUND');
    expect((await app.inject('/api/nothing-here')).statusCode).toBe(404);
  });

  it('publishes an OpenAPI document covering the routes', async () => {
    const doc = (await app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ['/api/health', '/api/listings', '/api/listings/{id}', '/api/listings/{id}/publish', '/api/organizations/{id}', '/api/taxonomies/sectors']) {
      expect(doc.paths).toHaveProperty([p]);
    }
  });
});
