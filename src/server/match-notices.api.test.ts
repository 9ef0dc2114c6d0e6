import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/support/databases.js';
import { testApp } from '../../test/support/app.js';
import { createTestUser, type TestUser } from '../../test/support/accounts.js';
import type { AppDeps } from '../compose.js';
import type { Database } from '../store/db.js';
import type { ZApp } from './app.js';

const MARKER = 'CONFIDENTIAL-MATCH-NOTICE-5521';

const listing = (owner: string, over: Record<string, unknown>) => ({
  language: 'en',
  summary: 'Sulfide solid-state electrolyte with high ionic conductivity for lithium metal battery cells.',
  description: 'Solid-state electrolyte, lithium metal anode, sulfide glass ceramic, battery cell assembly and testing.',
  confidential_details: MARKER,
  keywords: ['solid-state battery', 'sulfide electrolyte', 'lithium metal'],
  sectors: ['wipo-01', 'ind-energy-storage'],
  ipc_codes: ['H01M10/0562'],
  trl: 5,
  cooperation_types: ['license', 'joint_development'],
  country: 'DE',
  owner_organization_id: owner,
  ...over,
});

/** Polls until `check` holds (the notices are queued after the response, by the index listener). */
async function eventually<T>(read: () => Promise<T>, check: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (check(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(testDatabases())('strong-match notices on $kind', (factory) => {
  let database: Database;
  let app: ZApp;
  let deps: AppDeps;
  let seller: TestUser;
  let buyer: TestUser;
  let sellerOrg: string;
  let buyerOrg: string;

  const post = async (user: TestUser, url: string, payload: unknown) => {
    const r = await app.inject({ method: 'POST', url, headers: await user.bearer('write'), payload: payload as object });
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r.json();
  };
  const publish = async (user: TestUser, body: unknown) => {
    const created = await post(user, '/api/listings', body);
    return post(user, `/api/listings/${created.id}/publish`, { version: created.version });
  };
  const mail = (to: string) => deps.mail.outbox.list({ to, kind: 'listing_strong_matches' }, { page: 1, pageSize: 20 });

  beforeAll(async () => {
    database = await factory.open();
    ({ app, deps } = await testApp(database));
    seller = await createTestUser(deps);
    buyer = await createTestUser(deps);
    sellerOrg = (await post(seller, '/api/organizations', { name: 'Freiburg Battery Lab', type: 'research_institute', country: 'DE' })).id;
    buyerOrg = (await post(buyer, '/api/organizations', { name: 'Shenzhen Cell Works', type: 'enterprise', country: 'CN' })).id;
    await deps.market.ready();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('tells both owners of a new strong match once, with titles and never confidential details', async () => {
    const offer = await publish(seller, listing(sellerOrg, { kind: 'technology_offer', title: 'Sulfide solid-state electrolyte for lithium metal batteries' }));
    const request = await publish(buyer, listing(buyerOrg, { kind: 'technology_request', title: 'Seeking sulfide solid-state electrolyte for lithium metal battery cells', country: 'CN' }));

    const toBuyer = await eventually(() => mail(buyer.user.email), (p) => p.total > 0);
    const toSeller = await eventually(() => mail(seller.user.email), (p) => p.total > 0);
    expect(toBuyer.total).toBe(1);
    expect(toSeller.total).toBe(1);
    expect(toBuyer.items[0]!.text).toContain(offer.title);
    expect(toSeller.items[0]!.text).toContain(request.title);
    for (const m of [...toBuyer.items, ...toSeller.items]) expect(JSON.stringify(m)).not.toContain(MARKER);

    // An edit of the request re-runs the listener: the pair was told already, nothing new is queued.
    const r = await app.inject({
      method: 'PATCH',
      url: `/api/listings/${request.id}`,
      headers: await buyer.bearer('write'),
      payload: { version: request.version, summary: `${request.summary} Pilot line ready.` },
    });
    expect(r.statusCode, r.body).toBe(200);
    await deps.market.refresh([request.id]);
    await new Promise((res) => setTimeout(res, 500));
    expect((await mail(buyer.user.email)).total).toBe(1);
    expect((await mail(seller.user.email)).total).toBe(1);
  });

  it('does not tell an owner about an unrelated listing', async () => {
    const other = await createTestUser(deps);
    const org = (await post(other, '/api/organizations', { name: 'Aachen Textile Institute', type: 'research_institute', country: 'DE' })).id;
    await publish(other, {
      ...listing(org, { kind: 'technology_offer' }),
      title: 'Flame-retardant finishing for cotton textiles',
      summary: 'A phosphorus-based finish for cotton fabrics that survives fifty washes.',
      description: 'Textile finishing, flame retardancy, cotton, washing durability.',
      keywords: ['textile', 'flame retardant'],
      sectors: ['wipo-16'],
      ipc_codes: ['D06M13/282'],
    });
    await new Promise((res) => setTimeout(res, 1500));
    expect((await mail(other.user.email)).total).toBe(0);
  });
});
