import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.js';
import { createTestOrganization, createTestUser, type TestUser } from '../../../test/support/accounts.js';
import { openDatabase, type Database } from '../../store/db.js';
import { migrate } from '../../store/migrate.js';
import { seedDemo } from '../../store/seed-demo.js';
import type { ZApp } from '../app.js';
import type { AppDeps } from '../../compose.js';

const MARKER = 'ZQXV9931WUMPELKRAN';

describe('search and matching API on the demo data', () => {
  let database: Database;
  let app: ZApp;
  let deps: AppDeps;
  let owner: TestUser;
  let secretId: string;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrate(database);
    await seedDemo(database, new Date('2026-11-26T09:00:00Z'));
    ({ app, deps } = await testApp(database));
    const org = await createTestOrganization(deps, 'Marker Materials Ltd', 'DE');
    owner = await createTestUser(deps, { memberOf: [{ organizationId: org, role: 'org_admin' }] });
    const created = await app.inject({
      method: 'POST',
      url: '/api/listings',
      headers: owner.headers(),
      payload: {
        kind: 'technology_offer',
        language: 'en',
        title: 'Quasar sulfide solid electrolyte for lithium metal cells',
        summary: 'Sulfide solid electrolyte with high ionic conductivity for solid-state batteries.',
        description: 'A glass-ceramic sulfide electrolyte for all-solid-state lithium batteries.',
        keywords: ['solid-state battery', 'electrolyte', MARKER.toLowerCase().slice(0, 3)],
        confidential_details: `${MARKER} sintering profile and dopant ratio`,
        sectors: ['ind-energy-storage'],
        ipc_codes: ['H01M 10/0562'],
        trl: 5,
        country: 'DE',
        target_countries: ['CN'],
        owner_organization_id: org,
      },
    });
    expect(created.statusCode).toBe(201);
    secretId = created.json().id;
    const pub = await app.inject({ method: 'POST', url: `/api/listings/${secretId}/publish`, headers: owner.headers(), payload: { version: 1 } });
    expect(pub.statusCode).toBe(200);
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('finds English offers for a Chinese query, with facet counts that add up', async () => {
    const r = await app.inject('/api/search?q=' + encodeURIComponent('固态电解质') + '&page_size=10');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.some((i: { listing: { language: string } }) => i.listing.language === 'en')).toBe(true);
    const kindSum = body.facets.kind.reduce((s: number, f: { count: number }) => s + f.count, 0);
    expect(kindSum).toBe(body.total);
  });

  it('finds the new listing by search right after it is published', async () => {
    const r = (await app.inject('/api/search?q=quasar')).json();
    expect(r.items[0].listing.id).toBe(secretId);
    expect(r.items[0].highlights.title).toContain('<mark>');
  });

  it('filters by kind, sector and TRL and honours the filters in every hit', async () => {
    const r = (await app.inject('/api/search?kind=technology_offer&sector=ind-energy-storage&trl_min=4&trl_max=7&page_size=50')).json();
    expect(r.total).toBeGreaterThan(0);
    for (const i of r.items) {
      expect(i.listing.kind).toBe('technology_offer');
      expect(i.listing.sectors).toContain('ind-energy-storage');
      expect(i.listing.trl).toBeGreaterThanOrEqual(4);
      expect(i.listing.trl).toBeLessThanOrEqual(7);
      expect(i.listing.status).toBe('published');
    }
  });

  it('hides members-only listings from anonymous searches and shows them to members', async () => {
    const anon = (await app.inject('/api/search?page_size=100')).json();
    const member = (await app.inject({ url: '/api/search?page_size=100', headers: owner.headers() })).json();
    expect(anon.items.every((i: { listing: { visibility: string } }) => i.listing.visibility === 'public')).toBe(true);
    expect(member.total).toBeGreaterThan(anon.total);
  });

  it('returns complementary matches with reasons for a request', async () => {
    const requests = (await app.inject('/api/search?kind=technology_request&q=' + encodeURIComponent('固态电池'))).json();
    expect(requests.total).toBeGreaterThan(0);
    const id = requests.items[0].listing.id;
    const m = await app.inject(`/api/listings/${id}/matches?limit=5`);
    expect(m.statusCode).toBe(200);
    const items = m.json().items;
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) {
      expect(i.listing.kind).toBe('technology_offer');
      expect(i.reasons.length).toBeGreaterThan(0);
    }
  });

  it('answers similar listings, classification suggestions and partner search', async () => {
    expect((await app.inject(`/api/listings/${secretId}/similar`)).json().items.length).toBeGreaterThan(0);
    const c = await app.inject({ method: 'POST', url: '/api/classify', payload: { text: 'sulfide solid electrolyte for lithium batteries' } });
    expect(c.statusCode).toBe(200);
    expect(c.json().ipc[0].code).toMatch(/^H01M/);
    const p = (await app.inject('/api/organizations/match?q=' + encodeURIComponent('solid-state battery electrolyte'))).json();
    expect(p.items.length).toBeGreaterThan(0);
  });

  it('resolves an organization name and says no match for nonsense', async () => {
    const ok = (await app.inject('/api/organizations/resolve?name=' + encodeURIComponent('Marker Materials Ltd., Berlin, Germany'))).json();
    expect(ok.items[0]?.organization.name).toBe('Marker Materials Ltd');
    const none = (await app.inject('/api/organizations/resolve?name=qwzx%20plorb%20vrantek')).json();
    expect(none.items).toEqual([]);
  });

  it('never leaks confidential details through search, highlights, matches, similar, partners or classification', async () => {
    const urls = [
      '/api/search?q=quasar',
      '/api/search?q=sintering%20profile%20dopant',
      `/api/search?q=${MARKER}`,
      `/api/listings/${secretId}/matches`,
      `/api/listings/${secretId}/similar`,
      '/api/organizations/match?q=sintering%20dopant%20ratio',
    ];
    for (const url of urls) {
      const body = (await app.inject(url)).body;
      expect(body, url).not.toContain(MARKER);
    }
    const c = await app.inject({ method: 'POST', url: '/api/classify', payload: { text: `${MARKER} sintering profile` } });
    expect(JSON.stringify(c.json().ipc)).not.toContain(MARKER);
    expect((await app.inject(`/api/search?q=${MARKER}`)).json().total).toBe(0);
  });

  it('answers an empty partner query with a coded 400', async () => {
    const r = await app.inject('/api/organizations/match?q=%20');
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('MATCHING_QUERY_INVALID');
  });
});
