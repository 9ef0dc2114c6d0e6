import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/support/databases.js';
import type { Listing } from '../core/listings/listing.js';
import type { Organization } from '../core/organizations/organization.js';
import type { Database } from './db.js';
import { createListingStore } from './listing-store.js';
import { migrate } from './migrate.js';
import { createOrganizationStore } from './organization-store.js';
import { createRateStore } from './rate-store.js';

const t = new Date('2026-03-04T05:06:07.891Z');
const org: Organization = {
  id: '11111111-1111-4111-8111-111111111111', name: 'Nordhavn Battery Labs', nameZh: '北港电池实验室', type: 'enterprise',
  country: 'DK', region: 'Capital Region', city: 'Copenhagen', rorId: null, website: 'https://nbl.example.dk', sizeClass: '11-49',
  description: 'Batteries.', createdAt: t, updatedAt: t, version: 1,
};
const listing: Listing = {
  id: '22222222-2222-4222-8222-222222222222', kind: 'technology_offer', language: 'en', title: 'Sodium-ion cathode',
  summary: 'Layered oxide cathode.', description: 'Long text with “quotes”, 中文 and emoji 🔋.',
  translations: { zh: { title: '钠离子正极', summary: '层状氧化物正极。', description: '详细。' } },
  confidentialDetails: 'calcination 900C', keywords: ['sodium-ion', 'cathode'], sectors: ['wipo-01', 'ind-energy-storage'],
  ipcCodes: ['H01M 4/525'], trl: 5, iprStatus: 'granted', patentNumbers: ['EP3456789B1'], cooperationTypes: ['license'],
  price: { minMinor: 9_007_199_254_740, maxMinor: null, currency: 'EUR' }, priceCny: { minMinor: 70_526_370_163_614, maxMinor: null },
  country: 'DK', targetCountries: ['CN', 'KR'], ownerOrganizationId: org.id, visibility: 'members', status: 'published',
  deadline: '2027-06-30', publishedAt: t, expiresAt: new Date(t.getTime() + 365 * 86_400_000), extensionCount: 0,
  createdAt: t, updatedAt: t, version: 1,
};

describe.each(testDatabases())('store contract on $kind', (factory) => {
  let database: Database;
  beforeAll(async () => {
    database = await factory.open();
    await migrate(database);
    await createOrganizationStore(database.db).insert(org);
    await createListingStore(database.db).insert(listing);
  }, 60_000);
  afterAll(async () => database?.close());

  it('round-trips every organization field exactly', async () => {
    expect(await createOrganizationStore(database.db).findById(org.id)).toEqual(org);
  });

  it('round-trips every listing field exactly, including big amounts, arrays, JSON and dates', async () => {
    expect(await createListingStore(database.db).findById(listing.id)).toEqual(listing);
  });

  it('updates only at the expected version', async () => {
    const store = createListingStore(database.db);
    expect(await store.update({ ...listing, title: 'v2', version: 2 }, 5)).toBe(false);
    expect(await store.update({ ...listing, title: 'v2', version: 2 }, 1)).toBe(true);
    expect((await store.findById(listing.id))!.title).toBe('v2');
    expect(await store.update({ ...listing, title: 'v3', version: 2 }, 1)).toBe(false);
  });

  it('finds listings due for expiry and nothing else', async () => {
    const store = createListingStore(database.db);
    expect(await store.findDueForExpiry(t, 10)).toEqual([]);
    const due = await store.findDueForExpiry(new Date(t.getTime() + 366 * 86_400_000), 10);
    expect(due.map((l) => l.id)).toEqual([listing.id]);
  });

  it('returns counts as numbers', async () => {
    const page = await createOrganizationStore(database.db).list({ sort: 'name' }, { page: 1, pageSize: 10 });
    expect(page.total).toBe(1);
    expect(typeof page.items[0]!.listingCount).toBe('number');
  });

  it('hides members-only listings from anonymous filters', async () => {
    const store = createListingStore(database.db);
    const anon = await store.list({ visibilities: ['public'], includeUnpublished: false, sort: 'newest' }, { page: 1, pageSize: 10 });
    const member = await store.list({ visibilities: ['public', 'members'], includeUnpublished: false, sort: 'newest' }, { page: 1, pageSize: 10 });
    expect(anon.total).toBe(0);
    expect(member.total).toBe(1);
  });

  it('reads the newest rate valid on a day', async () => {
    const rates = createRateStore(database.db);
    await rates.set({ currency: 'EUR', validFrom: '2026-01-01', cnyPerUnit: 7.7, source: 'test' });
    const byCurrency = (rows: { currency: string; cnyPerUnit: number }[]) => new Map(rows.map((r) => [r.currency, r.cnyPerUnit]));
    expect(byCurrency(await rates.ratesOn('2025-12-31')).get('EUR')).toBe(7.83);
    expect(byCurrency(await rates.ratesOn('2026-01-01')).get('EUR')).toBe(7.7);
    expect(byCurrency(await rates.ratesOn('2026-01-01')).get('USD')).toBe(6.5);
  });
});
