import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganization, createTestUser, type TestUser } from '../../../test/support/accounts.js';
import { testApp, type TestClock } from '../../../test/support/app.js';
import { notifyExpiringListings } from '../../core/deals/notify-listing-owners.js';
import { testDatabases } from '../../../test/support/databases.js';
import { ooxmlOf } from '../../../test/support/zip.js';
import type { AppDeps } from '../../compose.js';
import type { Database } from '../../store/db.js';
import type { ZApp } from '../app.js';

const MARKER = 'CONF-MARKER-5521 anneal at 640C under argon';
const THREAD_MARKER = 'THREAD-MARKER-8830';

describe.each(testDatabases())('deals API on $kind', (factory) => {
  let database: Database;
  let app: ZApp;
  let deps: AppDeps;
  let clock: TestClock;
  let sellerOrg: string;
  let buyerOrg: string;
  let otherOrg: string;
  let seller: TestUser;
  let buyer: TestUser;
  let buyer2: TestUser;
  let broker: TestUser;
  let broker2: TestUser;
  let admin: TestUser;
  let outsider: TestUser;
  let manager: TestUser;

  type Who = TestUser | null;
  const call = (who: Who, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: who ? who.headers() : {}, ...(payload !== undefined ? { payload: payload as object } : {}) });

  const newListing = async (over: Record<string, unknown> = {}) => {
    const r = await call(seller, 'POST', '/api/listings', {
      kind: 'technology_offer',
      language: 'en',
      title: 'Sodium-ion cathode with long cycle life',
      summary: 'A layered oxide cathode for sodium-ion cells.',
      confidential_details: MARKER,
      sectors: ['ind-energy-storage'],
      trl: 6,
      country: 'DE',
      owner_organization_id: sellerOrg,
      ...over,
    });
    expect(r.statusCode).toBe(201);
    const id = r.json().id as string;
    expect((await call(seller, 'POST', `/api/listings/${id}/publish`, { version: 1 })).statusCode).toBe(200);
    return id;
  };

  const eoi = async (listingId: string, who: TestUser = buyer) => {
    const r = await call(who, 'POST', `/api/listings/${listingId}/interest`, { message: 'We would like to license this for our cell line.', cooperation_type: 'license' });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().deal as { id: string; version: number; stage: string };
  };

  const move = (who: Who, id: string, version: number, to: string, fields: Record<string, unknown> = {}) =>
    call(who, 'POST', `/api/deals/${id}/transition`, { to, version, ...fields });

  /** A deal of its own (on a fresh listing) moved to `stage` by the right people. */
  const dealAt = async (stage: 'interest' | 'accepted' | 'nda' | 'negotiation' | 'agreement') => {
    const deal = await eoi(await newListing());
    let v = 1;
    const step = async (who: TestUser, to: string, fields: Record<string, unknown> = {}) => {
      const r = await move(who, deal.id, v, to, fields);
      expect(r.statusCode, r.body).toBe(200);
      v = r.json().deal.version;
    };
    if (stage === 'interest') return { id: deal.id, version: v };
    await step(seller, 'accepted');
    if (stage === 'accepted') return { id: deal.id, version: v };
    await step(broker, 'nda');
    if (stage === 'nda') return { id: deal.id, version: v };
    for (const who of [seller, buyer]) expect((await call(who, 'POST', `/api/deals/${deal.id}/nda/accept`, { nda_version: 1 })).statusCode).toBe(200);
    v += 2;
    await step(buyer, 'negotiation');
    if (stage === 'negotiation') return { id: deal.id, version: v };
    await step(seller, 'agreement', { agreement_type: 'license_non_exclusive', value_minor: 25_000_000, currency: 'EUR', signed_on: '2026-11-20' });
    return { id: deal.id, version: v };
  };

  beforeAll(async () => {
    database = await factory.open();
    ({ app, deps, clock } = await testApp(database));
    sellerOrg = await createTestOrganization(deps, 'Rhein Batterie GmbH', 'DE');
    buyerOrg = await createTestOrganization(deps, 'Pengcheng Cells Co.', 'CN');
    otherOrg = await createTestOrganization(deps, 'Elsewhere Ltd', 'GB');
    // Registrations default to the organizations' places.
    await database.db.updateTable('organizations').set({ region: 'Baden-Württemberg' }).where('id', '=', sellerOrg).execute();
    await database.db.updateTable('organizations').set({ region: 'Guangdong' }).where('id', '=', buyerOrg).execute();
    seller = await createTestUser(deps, { memberOf: [{ organizationId: sellerOrg, role: 'org_admin' }] });
    buyer = await createTestUser(deps, { memberOf: [buyerOrg] });
    buyer2 = await createTestUser(deps, { memberOf: [buyerOrg] });
    broker = await createTestUser(deps, { roles: ['broker'] });
    broker2 = await createTestUser(deps, { roles: ['broker'] });
    admin = await createTestUser(deps, { roles: ['admin'] });
    outsider = await createTestUser(deps, { memberOf: [otherOrg] });
    manager = await createTestUser(deps, { roles: ['programme_manager'] });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('runs a deal from interest to closed_won through the API, each step by the right people', async () => {
    const listingId = await newListing();
    const deal = await eoi(listingId);
    expect(deal).toMatchObject({ stage: 'interest', version: 1 });
    let r = await move(seller, deal.id, 1, 'accepted');
    expect(r.json().deal).toMatchObject({ stage: 'accepted', version: 2 });
    r = await move(buyer, deal.id, 2, 'nda');
    expect(r.json().deal.nda).toMatchObject({ version: 1, owner_accepted: null, interested_accepted: null, in_effect_since: null });
    expect((await call(seller, 'POST', `/api/deals/${deal.id}/nda/accept`, { nda_version: 1 })).statusCode).toBe(200);
    r = await call(buyer, 'POST', `/api/deals/${deal.id}/nda/accept`, { nda_version: 1 });
    expect(r.json().deal.nda.interested_accepted).toMatchObject({ user_id: buyer.id, version: 1 });
    expect(r.json().deal.nda.in_effect_since).not.toBeNull();
    r = await move(broker, deal.id, 5, 'negotiation');
    r = await move(buyer, deal.id, 6, 'agreement', { agreement_type: 'technology_transfer', value_minor: 880_000_00, currency: 'cny', signed_on: '2026-11-20' });
    expect(r.json().deal.agreement).toEqual({ type: 'technology_transfer', value_minor: 88_000_000, currency: 'CNY', signed_on: '2026-11-20' });
    r = await move(seller, deal.id, 7, 'registered', { registration_number: '2026440305001234', registry: 'Shenzhen Technology Contract Registration Office', registered_on: '2026-11-25' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().deal.registration).toEqual({
      registration_number: '2026440305001234',
      registry: 'Shenzhen Technology Contract Registration Office',
      registered_on: '2026-11-25',
      buyer_country: 'CN',
      buyer_region: 'Guangdong',
      seller_country: 'DE',
      seller_region: 'Baden-Württemberg',
      value_minor: 88_000_000,
      currency: 'CNY',
    });
    r = await move(broker, deal.id, 8, 'follow_up');
    r = await move(broker2, deal.id, 9, 'closed_won');
    expect(r.json().deal).toMatchObject({ stage: 'closed_won', version: 10 });
    expect(r.json().deal.closed_at).not.toBeNull();

    const timeline = (await call(buyer, 'GET', `/api/deals/${deal.id}/timeline`)).json().items as { kind: string; to_stage: string | null; deal_version: number }[];
    expect(timeline.map((e) => e.deal_version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(timeline.filter((e) => e.kind === 'stage_changed').map((e) => e.to_stage)).toEqual([
      'accepted', 'nda', 'negotiation', 'agreement', 'registered', 'follow_up', 'closed_won',
    ]);
    const audit = await deps.audit.list({ entityType: 'deal', entityId: deal.id }, { page: 1, pageSize: 50 });
    expect(audit.total).toBe(10);
  });

  it('publishes a closed-won deal as a success story only with both sides’ consent, given by the parties themselves', async () => {
    const listingId = await newListing();
    const title = (await call(seller, 'GET', `/api/listings/${listingId}`)).json().title as string;
    const deal = await eoi(listingId);
    const consent = (who: Who, version: number, value = true) => call(who, 'POST', `/api/deals/${deal.id}/publish-consent`, { consent: value, version });
    const feed = async () => (await app.inject('/feeds/success-stories.atom')).body;

    await move(seller, deal.id, 1, 'accepted');
    const early = await consent(buyer, 2);
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'DEAL_CONSENT_NOT_OPEN', details: { stage: 'accepted' } });
    await move(buyer, deal.id, 2, 'nda');
    await call(seller, 'POST', `/api/deals/${deal.id}/nda/accept`, { nda_version: 1 });
    await call(buyer, 'POST', `/api/deals/${deal.id}/nda/accept`, { nda_version: 1 });
    await move(broker, deal.id, 5, 'negotiation');
    await move(buyer, deal.id, 6, 'agreement', { agreement_type: 'license_exclusive', value_minor: 5_000_000, currency: 'EUR', signed_on: '2026-11-20' });
    expect((await move(seller, deal.id, 7, 'registered', { registration_number: '2026440305009876', registry: 'Shenzhen Technology Contract Registration Office', registered_on: '2026-11-25' })).statusCode).toBe(200);

    expect((await consent(broker, 8)).json().error.code).toBe('DEAL_ACTION_FORBIDDEN');
    expect((await consent(outsider, 8)).statusCode).toBe(404);
    let r = await consent(buyer, 8);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().deal).toMatchObject({ version: 9, publish_consent: { owner_at: null, interested_at: expect.any(String) } });
    expect((await consent(seller, 8)).json().error.code).toBe('DEAL_VERSION_CONFLICT');
    r = await consent(seller, 9);
    expect(r.json().deal.publish_consent.owner_at).not.toBeNull();
    // Both agreed, but the deal is not closed_won yet: no story.
    expect(await feed()).not.toContain(title);
    await move(broker, deal.id, 10, 'follow_up');
    await move(broker, deal.id, 11, 'closed_won');
    expect(await feed()).toContain(title);
    // One side withdraws: the story leaves the feed.
    r = await consent(seller, 12, false);
    expect(r.json().deal.publish_consent.owner_at).toBeNull();
    expect(await feed()).not.toContain(title);
    const kinds = ((await call(buyer, 'GET', `/api/deals/${deal.id}/timeline`)).json().items as { kind: string }[]).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'publish_consent_changed')).toHaveLength(3);
  });

  it('refuses an EOI from anonymous callers, on one’s own listing, twice, and on drafts', async () => {
    const listingId = await newListing();
    const body = { message: 'Interested.', cooperation_type: 'license' };
    expect((await call(null, 'POST', `/api/listings/${listingId}/interest`, body)).statusCode).toBe(401);
    expect((await call(seller, 'POST', `/api/listings/${listingId}/interest`, body)).json().error.code).toBe('DEAL_OWN_LISTING');
    await eoi(listingId);
    const again = await call(buyer2, 'POST', `/api/listings/${listingId}/interest`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'DEAL_ALREADY_OPEN', details: { deal_id: expect.any(String) } });
    const draft = (await call(seller, 'POST', '/api/listings', { kind: 'technology_offer', language: 'en', title: 'Draft', country: 'DE', owner_organization_id: sellerOrg })).json();
    expect((await call(buyer, 'POST', `/api/listings/${draft.id}/interest`, body)).json().error.code).toBe('LISTING_NOT_FOUND');
    expect((await call(buyer, 'POST', `/api/listings/${listingId}/interest`, { ...body, cooperation_type: 'barter' })).json().error.code).toBe('DEAL_COOPERATION_TYPE_INVALID');
  });

  it('lets exactly one of two concurrent EOIs of the same organization open a deal', async () => {
    const listingId = await newListing();
    const body = { message: 'Interested.', cooperation_type: 'assignment' };
    const results = await Promise.all([buyer, buyer2].map((u) => call(u, 'POST', `/api/listings/${listingId}/interest`, body)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const listed = (await call(broker, 'GET', `/api/deals?listing_id=${listingId}`)).json();
    expect(listed.total).toBe(1);
  });

  it('answers 403 to a party making a move that is not theirs, 409 to a move the pipeline lacks and to a stale version', async () => {
    const d = await dealAt('interest');
    const forbidden = await move(buyer, d.id, 1, 'accepted');
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('DEAL_ACTION_FORBIDDEN');
    expect((await move(broker, d.id, 1, 'accepted')).statusCode).toBe(403);
    const illegal = await move(seller, d.id, 1, 'registered');
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error.code).toBe('DEAL_TRANSITION_NOT_ALLOWED');
    expect((await move(seller, d.id, 1, 'accepted')).statusCode).toBe(200);
    const stale = await move(seller, d.id, 1, 'nda');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'DEAL_VERSION_CONFLICT', details: { current_version: 2 } });
    expect((await move(outsider, d.id, 2, 'nda')).statusCode).toBe(404);
    expect((await move(null, d.id, 2, 'nda')).statusCode).toBe(401);
  });

  it('lets exactly one of two brokers moving the same deal at once win, round after round', async () => {
    const d = await dealAt('negotiation');
    const rounds: number[][] = [];
    // Negotiation -> agreement needs fields; close as lost is open to brokers from every open stage.
    const contenders = await Promise.all([
      move(broker, d.id, d.version, 'closed_lost', { lost_reason: 'terms_not_agreed' }),
      move(broker2, d.id, d.version, 'agreement', { agreement_type: 'technical_service', value_minor: 1_000_00, currency: 'USD', signed_on: '2026-11-21' }),
    ]);
    rounds.push(contenders.map((r) => r.statusCode).sort());
    for (let i = 0; i < 4; i++) {
      const e = await dealAt('accepted');
      const rs = await Promise.all([broker, broker2].map((b) => move(b, e.id, e.version, 'nda')));
      rounds.push(rs.map((r) => r.statusCode).sort());
      expect(rs.find((r) => r.statusCode === 409)!.json().error.code).toBe('DEAL_VERSION_CONFLICT');
      const timeline = (await call(broker, 'GET', `/api/deals/${e.id}/timeline`)).json().items as { to_stage: string | null }[];
      expect(timeline.filter((t) => t.to_stage === 'nda')).toHaveLength(1);
    }
    expect(rounds).toEqual(Array(5).fill([200, 409]));
  });

  it('discloses confidential details to the interested side only once both sides accepted the NDA', async () => {
    const d = await dealAt('nda');
    const deal = (await call(buyer, 'GET', `/api/deals/${d.id}`)).json();
    const listingId = deal.deal.listing_id as string;
    const seen = async (who: Who) => (await call(who, 'GET', `/api/listings/${listingId}`)).json().confidential_details;
    expect(await seen(buyer)).toBeNull();
    expect(deal.listing_confidential_details).toBeNull();
    expect((await call(broker, 'POST', `/api/deals/${d.id}/nda/accept`, { nda_version: 1 })).json().error.code).toBe('DEAL_ACTION_FORBIDDEN');
    expect((await call(buyer, 'POST', `/api/deals/${d.id}/nda/accept`, { nda_version: 2 })).json().error).toMatchObject({ code: 'DEAL_NDA_VERSION_MISMATCH', details: { current_version: 1 } });
    expect((await call(buyer, 'POST', `/api/deals/${d.id}/nda/accept`, { nda_version: 1 })).statusCode).toBe(200);
    expect(await seen(buyer)).toBeNull();
    expect((await move(buyer, d.id, d.version + 1, 'negotiation')).json().error.code).toBe('DEAL_NDA_NOT_ACCEPTED');
    expect((await call(seller, 'POST', `/api/deals/${d.id}/nda/accept`, { nda_version: 1 })).statusCode).toBe(200);
    expect(await seen(buyer)).toBe(MARKER);
    expect(await seen(buyer2)).toBe(MARKER);
    expect((await call(buyer, 'GET', `/api/deals/${d.id}`)).json().listing_confidential_details).toBe(MARKER);
    for (const who of [outsider, manager, admin, null]) expect(await seen(who)).toBeNull();
    expect((await call(admin, 'GET', `/api/deals/${d.id}`)).json().listing_confidential_details).toBeNull();
    // Losing the deal takes the access away again.
    expect((await move(buyer, d.id, d.version + 2, 'closed_lost', { lost_reason: 'price' })).statusCode).toBe(200);
    expect(await seen(buyer)).toBeNull();
  });

  it('shows a deal only to its parties, brokers and administrators, and its thread to parties and brokers only', async () => {
    const d = await dealAt('accepted');
    for (const [who, status] of [[buyer, 200], [seller, 200], [broker, 200], [admin, 200], [outsider, 404], [manager, 404], [null, 401]] as const) {
      expect((await call(who, 'GET', `/api/deals/${d.id}`)).statusCode, who?.email ?? 'anonymous').toBe(status);
    }
    expect((await call(buyer, 'POST', `/api/deals/${d.id}/messages`, { body: `${THREAD_MARKER} can we meet at CIHTF?` })).statusCode).toBe(201);
    expect((await call(broker, 'POST', `/api/deals/${d.id}/messages`, { body: 'I will set up the meeting.' })).statusCode).toBe(201);
    const thread = (await call(seller, 'GET', `/api/deals/${d.id}/messages`)).json();
    expect(thread.items.map((m: { author_role: string }) => m.author_role)).toEqual(['interested', 'broker']);
    expect(thread.items[0].body).toContain(THREAD_MARKER);
    expect((await call(admin, 'GET', `/api/deals/${d.id}/messages`)).statusCode).toBe(403);
    // An administrator sees the record and the stages, not what the parties wrote.
    expect((await call(admin, 'GET', `/api/deals/${d.id}`)).json().deal.message).toBeNull();
    expect((await call(broker, 'GET', `/api/deals/${d.id}`)).json().deal.message).toContain('license this');
    expect((await call(outsider, 'GET', `/api/deals/${d.id}/messages`)).statusCode).toBe(404);
    expect((await call(outsider, 'POST', `/api/deals/${d.id}/messages`, { body: 'hello' })).statusCode).toBe(404);
    const auditText = JSON.stringify(await deps.audit.list({}, { page: 1, pageSize: 100 }));
    expect(auditText).not.toContain(THREAD_MARKER);
    expect(auditText).not.toContain('CONF-MARKER-5521');
  });

  it('stores documents checked by their bytes and serves them to the parties only', async () => {
    const d = await dealAt('accepted');
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const up = await call(buyer, 'POST', `/api/deals/${d.id}/documents`, { filename: 'Term sheet 条款.pdf', content_type: 'application/pdf', content_base64: pdf.toString('base64') });
    expect(up.statusCode, up.body).toBe(201);
    const doc = up.json().document;
    expect(doc).toMatchObject({ filename: 'Term sheet 条款.pdf', document_type: 'pdf', size_bytes: pdf.length, uploaded_by_role: 'interested' });
    const docx = await call(seller, 'POST', `/api/deals/${d.id}/documents`, {
      filename: 'licence.docx',
      content_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      content_base64: Buffer.from(ooxmlOf('word')).toString('base64'),
    });
    expect(docx.statusCode, docx.body).toBe(201);
    const content = await call(seller, 'GET', `/api/deals/${d.id}/documents/${doc.id}/content`);
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['content-disposition']).toContain("filename*=UTF-8''Term%20sheet%20%E6%9D%A1%E6%AC%BE.pdf");
    expect(content.rawPayload.equals(pdf)).toBe(true);
    expect((await call(outsider, 'GET', `/api/deals/${d.id}/documents/${doc.id}/content`)).statusCode).toBe(404);
    expect((await call(admin, 'GET', `/api/deals/${d.id}/documents/${doc.id}/content`)).statusCode).toBe(403);
    expect((await call(buyer, 'GET', `/api/deals/${d.id}/documents`)).json().items.map((x: { document_type: string }) => x.document_type)).toEqual(['pdf', 'docx']);

    const exe = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
    const disguised = await call(buyer, 'POST', `/api/deals/${d.id}/documents`, { filename: 'report.pdf', content_type: 'application/pdf', content_base64: exe.toString('base64') });
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().error.code).toBe('DEAL_DOCUMENT_TYPE_NOT_ALLOWED');
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await call(buyer, 'POST', `/api/deals/${d.id}/documents`, { filename: 'big.pdf', content_type: 'application/pdf', content_base64: big.toString('base64') });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe('DEAL_DOCUMENT_TOO_LARGE');
    const notBase64 = await call(buyer, 'POST', `/api/deals/${d.id}/documents`, { filename: 'x.txt', content_type: 'text/plain', content_base64: 'not base64!' });
    expect(notBase64.json().error.code).toBe('DEAL_DOCUMENT_INVALID');
  });

  it('keeps the decline reason from administrators but shows it to the parties', async () => {
    const d = await dealAt('interest');
    expect((await move(seller, d.id, 1, 'declined', { reason: 'DECLINE-REASON-41 not licensing yet' })).statusCode).toBe(200);
    const asBuyer = (await call(buyer, 'GET', `/api/deals/${d.id}`)).json().deal;
    expect(asBuyer).toMatchObject({ stage: 'declined', decline_reason: 'DECLINE-REASON-41 not licensing yet' });
    expect((await call(admin, 'GET', `/api/deals/${d.id}`)).json().deal.decline_reason).toBeNull();
    expect((await call(admin, 'GET', `/api/deals/${d.id}/timeline`)).body).not.toContain('DECLINE-REASON-41');
    expect((await call(buyer, 'GET', `/api/deals/${d.id}/timeline`)).body).toContain('DECLINE-REASON-41');
    // A declined EOI closes the thread.
    expect((await call(buyer, 'POST', `/api/deals/${d.id}/messages`, { body: 'Why?' })).json().error.code).toBe('DEAL_CLOSED');
  });

  it('offers each caller only the next actions open to them', async () => {
    const d = await dealAt('interest');
    const next = async (who: TestUser) => (await call(who, 'GET', `/api/deals/${d.id}/allowed-transitions`)).json();
    expect((await next(seller)).items.map((m: { to: string }) => m.to)).toEqual(['accepted', 'declined']);
    expect((await next(seller)).items[1]).toEqual({ to: 'declined', needs: 'decline_reason', fields: ['reason'], blocked_by: null });
    expect((await next(buyer)).items.map((m: { to: string }) => m.to)).toEqual(['closed_lost']);
    expect(await next(broker)).toMatchObject({ stage: 'interest', version: 1, can_post_message: true, nda: { version: null, can_accept_for: [] } });
    expect((await next(admin)).can_post_message).toBe(false);
  });

  it('lists my deals by side and the whole pipeline to brokers', async () => {
    const d = await dealAt('interest');
    const ids = async (who: TestUser, q = '') => ((await call(who, 'GET', `/api/deals?page_size=100${q}`)).json().items as { id: string }[]).map((x) => x.id);
    expect(await ids(buyer)).toContain(d.id);
    expect(await ids(buyer, '&role=owner')).not.toContain(d.id);
    expect(await ids(seller, '&role=owner')).toContain(d.id);
    expect(await ids(outsider)).toEqual([]);
    expect(await ids(broker, '&stage=interest')).toContain(d.id);
    expect(await ids(broker, '&stage=closed_won')).not.toContain(d.id);
    const one = (await call(buyer, 'GET', `/api/deals?listing_id=${(await call(buyer, 'GET', `/api/deals/${d.id}`)).json().deal.listing_id}`)).json();
    expect(one.items[0]).toMatchObject({ id: d.id, my_roles: ['interested'], owner_organization: { id: sellerOrg, name: 'Rhein Batterie GmbH' } });
  });

  it('filters the broker’s pipeline by stage, sector, organization, staleness and EOI date, with counts per stage', async () => {
    const org = await createTestOrganization(deps, `Pipeline Probe ${Date.now()}`, 'CN');
    const member = await createTestUser(deps, { memberOf: [org] });
    const old = await eoi(await newListing({ sectors: ['ind-aerospace'] }), member);
    const fresh = await eoi(await newListing(), member);
    // The old EOI was made 30 days ago and has not moved since.
    const monthAgo = new Date(clock.now().getTime() - 30 * 86_400_000);
    await sql`UPDATE deals SET created_at = ${monthAgo}, stage_changed_at = ${monthAgo} WHERE id = ${old.id}`.execute(database.db);
    const ids = async (q: string, who: TestUser = broker) => {
      const r = await call(who, 'GET', `/api/pipeline?organization_id=${org}&page_size=100${q}`);
      expect(r.statusCode, r.body).toBe(200);
      return r.json() as { items: { id: string; listing_sectors: string[] }[]; total: number; counts: { stage: string; count: number }[] };
    };
    const both = await ids('');
    expect(both.items.map((x) => x.id).sort()).toEqual([old.id, fresh.id].sort());
    expect(both.counts).toEqual([{ stage: 'interest', count: 2 }]);
    expect(both.items.find((x) => x.id === old.id)?.listing_sectors).toEqual(['ind-aerospace']);
    expect((await ids('&sector=ind-aerospace')).items.map((x) => x.id)).toEqual([old.id]);
    expect((await ids('&stale_days=20')).items.map((x) => x.id)).toEqual([old.id]);
    expect((await ids(`&to=${monthAgo.toISOString().slice(0, 10)}`)).items.map((x) => x.id)).toEqual([old.id]);
    expect((await ids(`&from=${clock.now().toISOString().slice(0, 10)}`)).items.map((x) => x.id)).toEqual([fresh.id]);
    expect((await ids('&stage=closed_won')).total).toBe(0);
    const second = (await call(broker, 'GET', `/api/pipeline?organization_id=${org}&page_size=1&page=2`)).json();
    expect(second).toMatchObject({ total: 2, page: 2, page_size: 1 });
    expect(second.items).toHaveLength(1);
    expect((await call(member, 'GET', '/api/pipeline')).statusCode).toBe(403);
    expect((await call(broker, 'GET', '/api/pipeline?from=yesterday')).statusCode).toBe(400);
  });

  it('queues e-mails for the other side in the outbox, without the EOI text', async () => {
    const listingId = await newListing({ title: 'Outbox probe listing' });
    await call(buyer, 'POST', `/api/listings/${listingId}/interest`, { message: 'SECRET-EOI-TEXT-1', cooperation_type: 'license' });
    const mail = await deps.mail.outbox.list({ to: seller.email }, { page: 1, pageSize: 50 });
    const eoiMail = mail.items.find((m) => m.kind === 'deal_interest_expressed' && m.subject.includes('Outbox probe listing'));
    expect(eoiMail?.text).toContain('/deals/');
    expect(JSON.stringify(mail.items)).not.toContain('SECRET-EOI-TEXT-1');
    expect(JSON.stringify(mail.items)).not.toContain('CONF-MARKER-5521');
  });

  it('stores match feedback per user and shows it to brokers only', async () => {
    const a = await newListing();
    const b = await newListing();
    const r = await call(buyer, 'POST', `/api/listings/${a}/matches/${b}/feedback`, { relevant: false, reason: 'wrong_trl', comment: 'TRL 6 is too early for us' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().feedback).toMatchObject({ relevant: false, reason: 'wrong_trl', user_id: buyer.id });
    expect((await call(buyer, 'POST', `/api/listings/${a}/matches/${b}/feedback`, { relevant: false })).json().error.code).toBe('MATCH_FEEDBACK_INVALID');
    expect((await call(null, 'POST', `/api/listings/${a}/matches/${b}/feedback`, { relevant: true })).statusCode).toBe(401);
    expect((await call(buyer, 'GET', '/api/match-feedback')).statusCode).toBe(403);
    const staff = (await call(broker, 'GET', `/api/match-feedback?listing_id=${a}`)).json();
    expect(staff.total).toBe(1);
    expect(staff.summary).toEqual([{ relevant: false, reason: 'wrong_trl', count: 1 }]);
  });

  it('warns the owner by e-mail 14 days before a listing expires, once', async () => {
    const listingId = await newListing({ title: 'Expiry probe listing' });
    clock.advanceDays(352);
    try {
      const queued = await notifyExpiringListings(deps.deals);
      expect(queued).toBeGreaterThanOrEqual(1);
      const mail = await deps.mail.outbox.list({ to: seller.email, kind: 'listing_expiring' }, { page: 1, pageSize: 100 });
      expect(mail.items.filter((m) => m.text.includes(`/listings/${listingId}`))).toHaveLength(1);
      expect(await notifyExpiringListings(deps.deals)).toBe(0);
    } finally {
      clock.advanceDays(-352);
    }
  });

  it('serves the bilingual NDA text', async () => {
    const r = (await call(null, 'GET', '/api/nda-templates/1')).json();
    expect(r.version).toBe(1);
    expect(r.text_en).toContain('MUTUAL NON-DISCLOSURE AGREEMENT');
    expect(r.text_zh).toContain('相互保密协议');
    expect((await call(null, 'GET', '/api/nda-templates/7')).statusCode).toBe(404);
  });
});
