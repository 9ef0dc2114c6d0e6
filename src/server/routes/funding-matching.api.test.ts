import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type TestUser } from '../../../test/support/accounts.js';
import { testApp, type TestClock } from '../../../test/support/app.js';
import { testDatabases } from '../../../test/support/databases.js';
import type { AppDeps } from '../../compose.js';
import { changeListingStatus } from '../../core/listings/change-listing-status.js';
import { createListing } from '../../core/listings/create-listing.js';
import { createOrganization } from '../../core/organizations/manage-organization.js';
import { SYSTEM } from '../../core/shared/actor.js';
import type { Database } from '../../store/db.js';
import type { ZApp } from '../app.js';

/**
 * Calls <-> funding_request matching (both directions, public fields only), assigning a
 * reviewer by e-mail address, and the funders' resource rule: a funder manages only the calls
 * of their own organization.
 */
describe.each(testDatabases())('funding matching and reviewer assignment on $kind', (factory) => {
  let database: Database;
  let app: ZApp;
  let deps: AppDeps;
  let clock: TestClock;
  const org = {} as Record<'funder' | 'otherFunder' | 'firm' | 'uni', string>;
  const u = {} as Record<'funder' | 'otherFunder' | 'applicant' | 'reviewer', TestUser>;
  const listing = {} as Record<'fit' | 'far' | 'uni' | 'offer', string>;
  let callId: string;
  let applicationId: string;

  const post = (user: TestUser | null, url: string, payload: object) => app.inject({ method: 'POST', url, payload, headers: user ? user.headers() : {} });
  const get = (user: TestUser | null, url: string) => app.inject({ method: 'GET', url, headers: user ? user.headers() : {} });

  const mkListing = async (owner: string, over: Record<string, unknown>) => {
    const l = await createListing(deps.listings, SYSTEM, {
      kind: 'funding_request',
      language: 'en',
      title: 'Listing',
      summary: 'Summary.',
      country: 'CN',
      ownerOrganizationId: owner,
      confidentialDetails: 'SECRET-CAP-TABLE',
      ...over,
    });
    await changeListingStatus(deps.listings, SYSTEM, l.id, 1, 'publish');
    return l.id;
  };

  beforeAll(async () => {
    database = await factory.open();
    ({ app, deps, clock } = await testApp(database, { env: { ITTC_RATE_LIMITS: 'false' } }));
    clock.set(new Date('2026-03-10T02:00:00Z'));
    const mk = async (name: string, type: string, region: string | null, sizeClass: string | null) =>
      (await createOrganization(deps.organizations, SYSTEM, { name, type, country: 'CN', region, sizeClass })).id;
    org.funder = await mk('Robotics Adoption Fund', 'government', 'Guangdong', null);
    org.otherFunder = await mk('Other Fund', 'investor', 'Guangdong', null);
    org.firm = await mk('Joint Motion Ltd', 'enterprise', 'Guangdong', '11-49');
    org.uni = await mk('Pearl University', 'university', 'Guangdong', '250+');
    u.funder = await createTestUser(deps, { roles: ['funder'], memberOf: [org.funder] });
    u.otherFunder = await createTestUser(deps, { roles: ['funder'], memberOf: [org.otherFunder] });
    u.applicant = await createTestUser(deps, { memberOf: [org.firm] });
    u.reviewer = await createTestUser(deps, {});

    const created = await post(u.funder, '/api/calls', {
      funder_organization_id: org.funder,
      title: 'Collaborative robot joints voucher',
      theme: 'Harmonic reducers and robot joints for SMEs',
      sectors: ['ind-robotics'],
      trl_min: 4,
      trl_max: 7,
      instrument: 'voucher',
      budget: { amount_minor: 20_000_000, currency: 'CNY' },
      ceiling: { amount_minor: 5_000_000, currency: 'CNY' },
      eligibility: { organization_types: ['enterprise'] },
      criteria: [{ key: 'impact', label: 'Impact', weight: 100 }],
      opens_on: '2026-03-01',
      closes_on: '2026-04-30',
    });
    expect(created.statusCode).toBe(201);
    callId = created.json().id;
    expect((await post(u.funder, `/api/calls/${callId}/publish`, { version: 1 })).statusCode).toBe(200);

    listing.fit = await mkListing(org.firm, {
      title: 'Harmonic reducer for collaborative robot joints',
      sectors: ['ind-robotics'],
      trl: 5,
      price: { maxMinor: 4_000_000, currency: 'CNY' },
    });
    listing.far = await mkListing(org.firm, { title: 'Dairy cold chain expansion', sectors: ['ind-agrifood'], trl: 9, price: { maxMinor: 80_000_000, currency: 'CNY' } });
    listing.uni = await mkListing(org.uni, { title: 'Robot joints harmonic reducer spin-off', sectors: ['ind-robotics'], trl: 5, price: { maxMinor: 4_000_000, currency: 'CNY' } });
    const offer = await createListing(deps.listings, SYSTEM, { kind: 'technology_offer', language: 'en', title: 'Robot joint', summary: 'A joint.', sectors: ['ind-robotics'], country: 'CN', ownerOrganizationId: org.firm });
    await changeListingStatus(deps.listings, SYSTEM, offer.id, 1, 'publish');
    listing.offer = offer.id;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('ranks funding requests for a call: fitting and eligible first, ineligible owners last, never confidential details', async () => {
    const r = await get(null, `/api/calls/${callId}/suggested-requests`);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.items.map((i: { listing: { id: string } }) => i.listing.id)).toEqual([listing.fit, listing.far, listing.uni]);
    const [fit, far, uni] = body.items;
    expect(fit).toMatchObject({ eligible: true, signals: { sector: 1, trl: 1, amount: 1 } });
    expect(fit.score).toBeGreaterThan(far.score);
    expect(uni.eligible).toBe(false);
    expect(uni.score).toBeGreaterThan(far.score);
    expect(uni.reasons).toContainEqual(expect.objectContaining({ kind: 'eligibility', eligible: false, problems: [expect.objectContaining({ rule: 'organization_type' })] }));
    expect(far.reasons).toContainEqual(expect.objectContaining({ kind: 'amount', fits: false, requested_minor: 80_000_000, ceiling_minor: 5_000_000 }));
    expect(r.body).not.toContain('SECRET-CAP-TABLE');
    expect((await get(null, `/api/calls/${callId}/suggested-requests?limit=1`)).json().items).toHaveLength(1);
  });

  it('suggests open calls for a funding_request listing, none for other kinds', async () => {
    const r = await get(u.applicant, `/api/listings/${listing.fit}/suggested-calls`);
    expect(r.statusCode).toBe(200);
    expect(r.json().items).toEqual([expect.objectContaining({ eligible: true, call: expect.objectContaining({ id: callId, is_open: true }) })]);
    expect((await get(null, `/api/listings/${listing.offer}/suggested-calls`)).json().items).toEqual([]);
    clock.set(new Date('2026-05-02T02:00:00Z'));
    expect((await get(null, `/api/listings/${listing.fit}/suggested-calls`)).json().items).toEqual([]);
    clock.set(new Date('2026-03-10T02:00:00Z'));
  });

  it('refuses bad input without a 500 and hides unknown ids', async () => {
    expect((await get(null, `/api/calls/${callId}/suggested-requests?limit=500`)).statusCode).toBe(400);
    expect((await get(null, `/api/listings/${listing.fit}/suggested-calls?limit=abc`)).statusCode).toBe(400);
    expect((await get(null, '/api/calls/00000000-0000-4000-8000-000000000000/suggested-requests')).statusCode).toBe(404);
    expect((await get(null, '/api/listings/00000000-0000-4000-8000-000000000000/suggested-calls')).statusCode).toBe(404);
  });

  it('lets only the call’s own funder manage it', async () => {
    const applied = await post(u.applicant, `/api/calls/${callId}/applications`, {
      applicant_organization_id: org.firm,
      listing_id: listing.fit,
      requested: { amount_minor: 4_000_000, currency: 'CNY' },
      trl: 5,
      milestones: [{ title: 'Pilot', due_on: '2026-09-30', amount_minor: 4_000_000 }],
    });
    expect(applied.statusCode).toBe(201);
    applicationId = applied.json().id;
    for (const [method, url, payload] of [
      ['GET', `/api/calls/${callId}/applications`, undefined],
      ['POST', `/api/calls/${callId}/close`, { version: 2 }],
      ['POST', `/api/calls/${callId}/awards`, { application_id: applicationId, amount: { amount_minor: 1, currency: 'CNY' } }],
      ['POST', `/api/calls/${callId}/assignments`, { reviewer_user_id: u.reviewer.id, application_ids: [applicationId] }],
    ] as const) {
      const r = await app.inject({ method, url, payload, headers: u.otherFunder.headers() });
      expect(r.statusCode, `${method} ${url}`).toBe(403);
      expect(r.json().error.code).toBe('FUNDING_FORBIDDEN');
    }
  });

  it('assigns a reviewer by e-mail address for the call’s managers only', async () => {
    const body = { reviewer_email: u.reviewer.email.toUpperCase(), application_ids: [applicationId] };
    // Another funder learns nothing about the address: refused before the lookup.
    const stranger = await post(u.otherFunder, `/api/calls/${callId}/assignments`, { ...body, reviewer_email: 'nobody@example.org' });
    expect(stranger.statusCode).toBe(403);
    const unknown = await post(u.funder, `/api/calls/${callId}/assignments`, { ...body, reviewer_email: 'nobody@example.org' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatchObject({ code: 'FUNDING_REVIEWER_NOT_FOUND', details: { issues: [{ path: 'reviewer_email' }] } });
    const neither = await post(u.funder, `/api/calls/${callId}/assignments`, { application_ids: [applicationId] });
    expect(neither.statusCode).toBe(422);
    const ok = await post(u.funder, `/api/calls/${callId}/assignments`, body);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().items).toEqual([expect.objectContaining({ reviewer_user_id: u.reviewer.id, application_id: applicationId })]);
    const mine = await get(u.reviewer, '/api/review-assignments');
    expect(mine.json().items.map((i: { application: { id: string } }) => i.application.id)).toEqual([applicationId]);
  });
});
