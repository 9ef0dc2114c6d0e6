import { beforeEach, describe, expect, it } from 'vitest';
import { inMemoryDealDeps, type DealFakeState } from '../../../test/support/deal-fakes.js';
import type { Listing } from '../listings/listing.js';
import type { Actor } from '../shared/actor.js';
import type { DomainError } from '../shared/domain-error.js';
import type { DealDeps } from './ports.js';
import { expressInterest } from './express-interest.js';
import { advanceDeal } from './advance-deal.js';
import { acceptNda } from './accept-nda.js';
import { confidentialDetailsFor, dealTimeline, disclosedAmong, getDeal, listDeals, nextActions } from './query-deals.js';
import { postDealMessage } from './post-deal-message.js';
import { recordMatchFeedback, listMatchFeedback } from './record-match-feedback.js';
import { notifyExpiringListings, notifyStrongMatches } from './notify-listing-owners.js';
import { addDealDocument, readDealDocument } from './add-deal-document.js';
import { CURRENT_NDA_VERSION } from './nda.js';

const DAY = 86_400_000;
const t0 = new Date('2026-03-02T09:00:00Z');
const listing = (id: string, over: Partial<Listing> = {}): Listing => ({
  id, kind: 'technology_offer', language: 'en', title: `Listing ${id}`, summary: 'S', description: '', translations: {},
  confidentialDetails: 'MARKER-CONF-42 process window', keywords: [], sectors: ['wipo-01'], ipcCodes: [], trl: 5, iprStatus: 'none',
  patentNumbers: [], cooperationTypes: ['license'], price: null, priceCny: null, country: 'DE', targetCountries: [],
  ownerOrganizationId: 'seller', visibility: 'public', status: 'published', deadline: null, publishedAt: t0,
  expiresAt: new Date(t0.getTime() + 365 * DAY), extensionCount: 0, createdAt: t0, updatedAt: t0, version: 2, ...over,
});
const user = (userId: string, organizationIds: string[], roles: ('broker' | 'admin' | 'funder' | 'programme_manager')[] = []): Actor => ({
  kind: 'user', userId, organizationIds, roles,
});

const seller = user('s1', ['seller']);
const buyer = user('b1', ['buyer']);
const buyer2 = user('b2', ['buyer']);
const broker = user('k1', [], ['broker']);
const outsider = user('x1', ['elsewhere']);

const codeOf = async (p: Promise<unknown>): Promise<string | null> => {
  try {
    await p;
  } catch (e) {
    return (e as DomainError).code;
  }
  return null;
};

describe('deal use cases', () => {
  let deps: DealDeps;
  let fake: { state: DealFakeState };
  let now = t0;

  beforeEach(() => {
    now = t0;
    const made = inMemoryDealDeps({
      listings: [listing('L1'), listing('L2', { status: 'draft' }), listing('L3', { expiresAt: new Date(t0.getTime() + 10 * DAY) }), listing('L4', { status: 'expired' })],
      organizations: [
        { id: 'seller', name: 'Seller GmbH', nameZh: null, country: 'DE', region: 'Bavaria' },
        { id: 'buyer', name: 'Buyer Co', nameZh: '买方公司', country: 'CN', region: 'Guangdong' },
        { id: 'elsewhere', name: 'Other', nameZh: null, country: 'FR', region: null },
      ],
      clock: { now: () => now },
      recipients: {
        seller: [{ userId: 's1', email: 's1@seller.test', name: 'Sabine' }],
        buyer: [{ userId: 'b1', email: 'b1@buyer.test', name: 'Bo' }, { userId: 'b2', email: 'b2@buyer.test', name: 'Bei' }],
        brokers: [{ userId: 'k1', email: 'k1@ittc.test', name: 'Kai' }],
      },
    });
    deps = made.deps;
    fake = made;
  });

  const eoi = () => expressInterest(deps, buyer, { listingId: 'L1', message: 'We want to license this.', cooperationType: 'license' });

  it('runs a deal from interest to closed_won, one event and one audit entry per move', async () => {
    let d = await eoi();
    expect(d).toMatchObject({ stage: 'interest', version: 1, ownerOrganizationId: 'seller', interestedOrganizationId: 'buyer', createdByUserId: 'b1' });
    d = await advanceDeal(deps, seller, d.id, { to: 'accepted', version: 1, fields: {} });
    d = await advanceDeal(deps, broker, d.id, { to: 'nda', version: 2, fields: {} });
    expect(d.ndaVersion).toBe(CURRENT_NDA_VERSION);
    d = await acceptNda(deps, seller, d.id, CURRENT_NDA_VERSION);
    d = await acceptNda(deps, buyer, d.id, CURRENT_NDA_VERSION);
    expect(d.ndaUnlockedAt).toEqual(t0);
    d = await advanceDeal(deps, buyer, d.id, { to: 'negotiation', version: 5, fields: {} });
    d = await advanceDeal(deps, seller, d.id, {
      to: 'agreement',
      version: 6,
      fields: { agreementType: 'license_exclusive', valueMinor: 120_000_00, currency: 'eur', signedOn: '2026-03-01' },
    });
    expect(d.agreement).toEqual({ type: 'license_exclusive', valueMinor: 12_000_000, currency: 'EUR', signedOn: '2026-03-01' });
    d = await advanceDeal(deps, broker, d.id, { to: 'registered', version: 7, fields: { registrationNumber: '2026440301000123', registry: 'Shenzhen TCRO', registeredOn: '2026-03-02' } });
    // Buyer and seller places and the value default from the organizations and the agreement.
    expect(d.registration).toEqual({
      registrationNumber: '2026440301000123', registry: 'Shenzhen TCRO', registeredOn: '2026-03-02',
      buyerCountry: 'CN', buyerRegion: 'Guangdong', sellerCountry: 'DE', sellerRegion: 'Bavaria', valueMinor: 12_000_000, currency: 'EUR',
    });
    d = await advanceDeal(deps, broker, d.id, { to: 'follow_up', version: 8, fields: {} });
    d = await advanceDeal(deps, broker, d.id, { to: 'closed_won', version: 9, fields: {} });
    expect(d).toMatchObject({ stage: 'closed_won', version: 10, closedAt: t0 });

    const events = await dealTimeline(deps, buyer, d.id);
    expect(events.map((e) => e.kind)).toEqual([
      'interest_expressed', 'stage_changed', 'stage_changed', 'nda_accepted', 'nda_accepted',
      'stage_changed', 'stage_changed', 'stage_changed', 'stage_changed', 'stage_changed',
    ]);
    expect(events.map((e) => e.dealVersion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(events.filter((e) => e.kind === 'stage_changed').map((e) => e.toStage)).toEqual(['accepted', 'nda', 'negotiation', 'agreement', 'registered', 'follow_up', 'closed_won']);
    expect(fake.state.audit.map((a) => a.action)).toEqual([
      'deal.create', 'deal.transition', 'deal.transition', 'deal.nda_accept', 'deal.nda_accept',
      'deal.transition', 'deal.transition', 'deal.transition', 'deal.transition', 'deal.transition',
    ]);
    // The EOI goes to the owner's members and the brokers; the actor is never told of their own move.
    const mail = fake.state.outbox.map((m) => `${m.kind}>${m.userId}`);
    expect(mail.slice(0, 2)).toEqual(['deal_interest_expressed>s1', 'deal_interest_expressed>k1']);
    expect(mail).toContain('deal_accepted>b1');
    expect(mail).toContain('deal_nda_accepted>b1');
    expect(mail.filter((m) => m.startsWith('deal_stage_changed')).length).toBeGreaterThan(5);
    // Brokers hear of outcomes (here the agreement; the broker made the later moves itself).
    expect(fake.state.outbox.filter((m) => m.kind === 'deal_stage_changed' && m.userId === 'k1').map((m) => m.subject)).toEqual([
      'Deal moved to agreement: Listing L1 / 洽谈进入“签约”阶段',
    ]);
    expect(fake.state.outbox[0]!.text).toContain('https://ittc.test/deals/');
    expect(fake.state.outbox[0]!.subject).toContain('Listing L1');
  });

  it('never puts the EOI message or confidential details into the audit log or notifications', async () => {
    const d = await expressInterest(deps, buyer, { listingId: 'L1', message: 'PRIVATE-EOI-TEXT-9', cooperationType: 'license' });
    await postDealMessage(deps, buyer, d.id, 'PRIVATE-THREAD-TEXT-7');
    const dump = JSON.stringify([fake.state.audit, fake.state.outbox]);
    expect(fake.state.outbox.length).toBeGreaterThan(0);
    expect(dump).not.toContain('PRIVATE-EOI-TEXT-9');
    expect(dump).not.toContain('PRIVATE-THREAD-TEXT-7');
    expect(dump).not.toContain('MARKER-CONF-42');
  });

  it('refuses interest in unpublished listings, in one’s own listing, and a second open deal', async () => {
    expect(await codeOf(expressInterest(deps, buyer, { listingId: 'L4', message: 'x', cooperationType: 'license' }))).toBe('DEAL_LISTING_NOT_OPEN');
    // A draft is invisible to others, so it is not found rather than not open.
    expect(await codeOf(expressInterest(deps, buyer, { listingId: 'L2', message: 'x', cooperationType: 'license' }))).toBe('LISTING_NOT_FOUND');
    expect(await codeOf(expressInterest(deps, seller, { listingId: 'L1', message: 'x', cooperationType: 'license' }))).toBe('DEAL_OWN_LISTING');
    expect(await codeOf(expressInterest(deps, { kind: 'anonymous' }, { listingId: 'L1', message: 'x', cooperationType: 'license' }))).toBe('AUTH_REQUIRED');
    expect(await codeOf(expressInterest(deps, buyer, { listingId: 'nope', message: 'x', cooperationType: 'license' }))).toBe('LISTING_NOT_FOUND');
    expect(await codeOf(expressInterest(deps, user('z', []), { listingId: 'L1', message: 'x', cooperationType: 'license' }))).toBe('DEAL_ORGANIZATION_REQUIRED');
    const first = await eoi();
    expect(await codeOf(expressInterest(deps, buyer2, { listingId: 'L1', message: 'again', cooperationType: 'assignment' }))).toBe('DEAL_ALREADY_OPEN');
    await advanceDeal(deps, seller, first.id, { to: 'declined', version: 1, fields: { reason: 'Not licensing in China yet.' } });
    // Once declined, the organization may try again.
    expect((await eoi()).stage).toBe('interest');
  });

  it('reports every problem of an invalid EOI with its path', async () => {
    const e = await expressInterest(deps, buyer, { listingId: 'L1', message: '  ', cooperationType: 'barter' }).catch((x: DomainError) => x);
    expect((e as DomainError).code).toBe('DEAL_INVALID');
    expect((e as DomainError).details?.issues?.map((i) => i.path).sort()).toEqual(['cooperation_type', 'message']);
  });

  it('hides a deal from outsiders as not found and gives 403-codes to parties making a move not theirs', async () => {
    const d = await eoi();
    expect(await codeOf(getDeal(deps, outsider, d.id))).toBe('DEAL_NOT_FOUND');
    expect(await codeOf(advanceDeal(deps, outsider, d.id, { to: 'accepted', version: 1, fields: {} }))).toBe('DEAL_NOT_FOUND');
    expect(await codeOf(advanceDeal(deps, buyer, d.id, { to: 'accepted', version: 1, fields: {} }))).toBe('DEAL_ACTION_FORBIDDEN');
    expect(await codeOf(advanceDeal(deps, broker, d.id, { to: 'accepted', version: 1, fields: {} }))).toBe('DEAL_ACTION_FORBIDDEN');
    expect(await codeOf(advanceDeal(deps, seller, d.id, { to: 'registered', version: 1, fields: {} }))).toBe('DEAL_TRANSITION_NOT_ALLOWED');
    expect(await codeOf(advanceDeal(deps, seller, d.id, { to: 'won', version: 1, fields: {} }))).toBe('DEAL_STAGE_INVALID');
  });

  it('refuses a stale version and writes nothing for it', async () => {
    const d = await eoi();
    await advanceDeal(deps, seller, d.id, { to: 'accepted', version: 1, fields: {} });
    const events = fake.state.events.length;
    const audit = fake.state.audit.length;
    expect(await codeOf(advanceDeal(deps, seller, d.id, { to: 'nda', version: 1, fields: {} }))).toBe('DEAL_VERSION_CONFLICT');
    expect(fake.state.events).toHaveLength(events);
    expect(fake.state.audit).toHaveLength(audit);
  });

  it('rolls the move back when a later write of the same unit fails', async () => {
    const d = await eoi();
    deps.unitOfWork = ((orig) => (work) =>
      orig(async (tx) => work({ ...tx, audit: { record: async () => { throw new Error('disk full'); } } })))(deps.unitOfWork);
    await expect(advanceDeal(deps, seller, d.id, { to: 'accepted', version: 1, fields: {} })).rejects.toThrow('disk full');
    expect(fake.state.deals.get(d.id)!.stage).toBe('interest');
    expect(fake.state.events.filter((e) => e.dealId === d.id)).toHaveLength(1);
  });

  it('needs a reason to decline, a listed reason to close as lost, and a text for reason other', async () => {
    const d = await eoi();
    expect(await codeOf(advanceDeal(deps, seller, d.id, { to: 'declined', version: 1, fields: {} }))).toBe('DEAL_FIELD_REQUIRED');
    expect(await codeOf(advanceDeal(deps, buyer, d.id, { to: 'closed_lost', version: 1, fields: { lostReason: 'bored' } }))).toBe('DEAL_LOST_REASON_INVALID');
    expect(await codeOf(advanceDeal(deps, buyer, d.id, { to: 'closed_lost', version: 1, fields: { lostReason: 'other' } }))).toBe('DEAL_FIELD_REQUIRED');
    const lost = await advanceDeal(deps, buyer, d.id, { to: 'closed_lost', version: 1, fields: { lostReason: 'withdrawn', reason: 'Budget moved.' } });
    expect(lost).toMatchObject({ stage: 'closed_lost', lostReason: 'withdrawn', lostReasonText: 'Budget moved.', closedAt: t0 });
  });

  it('validates agreement and registration fields', async () => {
    let d = await eoi();
    d = await advanceDeal(deps, seller, d.id, { to: 'accepted', version: 1, fields: {} });
    d = await advanceDeal(deps, seller, d.id, { to: 'nda', version: 2, fields: {} });
    await acceptNda(deps, seller, d.id, 1);
    d = await acceptNda(deps, buyer, d.id, 1);
    d = await advanceDeal(deps, seller, d.id, { to: 'negotiation', version: d.version, fields: {} });
    const bad = await advanceDeal(deps, seller, d.id, {
      to: 'agreement', version: d.version, fields: { agreementType: 'handshake', valueMinor: 1.5, currency: 'XXX', signedOn: '2026-03-09' },
    }).catch((e: DomainError) => e);
    expect((bad as DomainError).code).toBe('DEAL_INVALID');
    expect((bad as DomainError).details?.issues?.map((i) => `${i.path}:${i.code}`).sort()).toEqual([
      'agreement_type:DEAL_AGREEMENT_TYPE_INVALID', 'currency:DEAL_CURRENCY_UNKNOWN', 'signed_on:DEAL_DATE_INVALID', 'value_minor:DEAL_VALUE_INVALID',
    ]);
    d = await advanceDeal(deps, seller, d.id, { to: 'agreement', version: d.version, fields: { agreementType: 'technology_transfer', valueMinor: 5_000_000_00, currency: 'CNY', signedOn: '2026-03-01' } });
    expect(await codeOf(advanceDeal(deps, seller, d.id, { to: 'registered', version: d.version, fields: { registrationNumber: 'R1', registry: 'SZ', registeredOn: '2026-02-27' } }))).toBe('DEAL_DATE_INVALID');
    expect(await codeOf(advanceDeal(deps, seller, d.id, { to: 'registered', version: d.version, fields: { registrationNumber: 'R1', registry: 'SZ', registeredOn: '2026-03-02', buyerCountry: 'ZZ' } }))).toBe('DEAL_COUNTRY_INVALID');
  });

  it('takes NDA acceptances per side with who and when, and unlocks confidential details only when both accepted', async () => {
    let d = await eoi();
    d = await advanceDeal(deps, seller, d.id, { to: 'accepted', version: 1, fields: {} });
    expect(await codeOf(acceptNda(deps, buyer, d.id, 1))).toBe('DEAL_NDA_NOT_OPEN');
    d = await advanceDeal(deps, buyer, d.id, { to: 'nda', version: 2, fields: {} });
    expect(await codeOf(acceptNda(deps, buyer, d.id, 99))).toBe('DEAL_NDA_VERSION_MISMATCH');
    expect(await codeOf(acceptNda(deps, broker, d.id, 1))).toBe('DEAL_ACTION_FORBIDDEN');
    now = new Date(t0.getTime() + 3_600_000);
    d = await acceptNda(deps, buyer, d.id, 1);
    expect(d.ndaInterestedAcceptance).toEqual({ userId: 'b1', acceptedAt: now, version: 1 });
    const l1 = fake.state.listings.get('L1')!;
    expect(confidentialDetailsFor(buyer, await getDeal(deps, buyer, d.id), l1)).toBeNull();
    // Accepting again changes nothing.
    expect((await acceptNda(deps, buyer2, d.id, 1)).version).toBe(d.version);
    d = await acceptNda(deps, seller, d.id, 1);
    expect(confidentialDetailsFor(buyer, await getDeal(deps, buyer, d.id), l1)).toBe('MARKER-CONF-42 process window');
    expect([...(await disclosedAmong(deps, buyer, ['L1', 'L3']))]).toEqual(['L1']);
    expect([...(await disclosedAmong(deps, outsider, ['L1']))]).toEqual([]);
    // Losing the deal withdraws the access.
    await advanceDeal(deps, buyer, d.id, { to: 'closed_lost', version: d.version, fields: { lostReason: 'price' } });
    expect(confidentialDetailsFor(buyer, await getDeal(deps, buyer, d.id), l1)).toBeNull();
    expect([...(await disclosedAmong(deps, buyer, ['L1']))]).toEqual([]);
  });

  it('offers each caller only their next actions', async () => {
    const d = await eoi();
    expect((await nextActions(deps, seller, d.id)).moves.map((m) => m.to)).toEqual(['accepted', 'declined']);
    expect((await nextActions(deps, buyer, d.id)).moves.map((m) => m.to)).toEqual(['closed_lost']);
    expect((await nextActions(deps, broker, d.id)).moves.map((m) => m.to)).toEqual(['closed_lost']);
  });

  it('lists a member’s deals by side and every deal to a broker', async () => {
    const d = await eoi();
    const p = { page: 1, pageSize: 20 };
    expect((await listDeals(deps, buyer, {}, p)).items.map((x) => x.id)).toEqual([d.id]);
    expect((await listDeals(deps, buyer, { role: 'owner' }, p)).items).toEqual([]);
    expect((await listDeals(deps, seller, { role: 'owner' }, p)).items.map((x) => x.id)).toEqual([d.id]);
    expect((await listDeals(deps, outsider, {}, p)).items).toEqual([]);
    expect((await listDeals(deps, outsider, { organizationId: 'buyer' }, p)).items).toEqual([]);
    expect((await listDeals(deps, broker, {}, p)).total).toBe(1);
    expect((await listDeals(deps, broker, { stages: ['accepted'] }, p)).total).toBe(0);
  });

  it('keeps the thread and documents of a closed deal read-only', async () => {
    const d = await eoi();
    const m = await postDealMessage(deps, broker, d.id, ' Happy to help. ');
    expect(m).toMatchObject({ body: 'Happy to help.', authorRole: 'broker' });
    await advanceDeal(deps, seller, d.id, { to: 'declined', version: 1, fields: { reason: 'No.' } });
    expect(await codeOf(postDealMessage(deps, buyer, d.id, 'why?'))).toBe('DEAL_CLOSED');
    expect(await codeOf(postDealMessage(deps, outsider, d.id, 'hi'))).toBe('DEAL_NOT_FOUND');
  });

  it('stores a document checked by its bytes and returns it to the parties only', async () => {
    const d = await eoi();
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF');
    const doc = await addDealDocument(deps, buyer, d.id, { filename: '../../etc/term sheet.pdf', contentType: 'application/pdf', content: pdf });
    expect(doc).toMatchObject({ filename: 'term sheet.pdf', documentType: 'pdf', sizeBytes: pdf.length, uploadedByRole: 'interested' });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await readDealDocument(deps, seller, d.id, doc.id)).content).toEqual(pdf);
    expect(await codeOf(readDealDocument(deps, outsider, d.id, doc.id))).toBe('DEAL_NOT_FOUND');
    expect(await codeOf(readDealDocument(deps, seller, d.id, 'other'))).toBe('DEAL_DOCUMENT_NOT_FOUND');
    expect(await codeOf(addDealDocument(deps, buyer, d.id, { filename: 'x.pdf', contentType: 'application/pdf', content: new Uint8Array([0x4d, 0x5a, 0x90, 0]) }))).toBe('DEAL_DOCUMENT_TYPE_NOT_ALLOWED');
    expect(await codeOf(addDealDocument(deps, buyer, d.id, { filename: 'x.png', contentType: 'application/pdf', content: pdf }))).toBe('DEAL_DOCUMENT_TYPE_NOT_ALLOWED');
    expect(await codeOf(addDealDocument(deps, buyer, d.id, { filename: 'x.pdf', contentType: 'application/pdf', content: new Uint8Array(5 * 1024 * 1024 + 1) }))).toBe('DEAL_DOCUMENT_TOO_LARGE');
  });

  it('stores one match judgement per user and pair and shows feedback to staff only', async () => {
    const a = await recordMatchFeedback(deps, seller, { listingId: 'L1', otherListingId: 'L3', relevant: false, reason: 'wrong_trl' });
    const b = await recordMatchFeedback(deps, seller, { listingId: 'L1', otherListingId: 'L3', relevant: true });
    expect(b).toMatchObject({ id: a.id, relevant: true, reason: null });
    expect(fake.state.feedback).toHaveLength(1);
    expect(await codeOf(recordMatchFeedback(deps, seller, { listingId: 'L1', otherListingId: 'L3', relevant: false }))).toBe('MATCH_FEEDBACK_INVALID');
    expect(await codeOf(recordMatchFeedback(deps, seller, { listingId: 'L1', otherListingId: 'L3', relevant: false, reason: 'other' }))).toBe('MATCH_FEEDBACK_INVALID');
    expect(await codeOf(recordMatchFeedback(deps, buyer, { listingId: 'L1', otherListingId: 'L2', relevant: true }))).toBe('LISTING_NOT_FOUND');
    expect(await codeOf(listMatchFeedback(deps, seller, {}, { page: 1, pageSize: 10 }))).toBe('PERMISSION_DENIED');
    const r = await listMatchFeedback(deps, broker, {}, { page: 1, pageSize: 10 });
    expect(r.total).toBe(1);
    expect(r.summary).toEqual([{ relevant: true, reason: null, count: 1 }]);
  });

  it('warns owners of a listing expiring within 14 days once per expiry date', async () => {
    expect(await notifyExpiringListings(deps)).toBe(1);
    expect(await notifyExpiringListings(deps)).toBe(0);
    expect(fake.state.outbox.map((m) => [m.kind, m.to])).toEqual([['listing_expiring', 's1@seller.test']]);
    expect(fake.state.outbox[0]!.subject).toContain('expires in 10 days');
    expect(fake.state.outbox[0]!.text).toContain('https://ittc.test/listings/L3');
    fake.state.listings.set('L3', { ...fake.state.listings.get('L3')!, expiresAt: new Date(t0.getTime() + 12 * DAY) });
    expect(await notifyExpiringListings(deps)).toBe(1);
  });

  it('tells owners about new strong matches once, through the matching hook', async () => {
    fake.state.listings.set('R1', listing('R1', { kind: 'technology_request', ownerOrganizationId: 'buyer' }));
    expect(await notifyStrongMatches(deps, 'L1', [{ listingId: 'R1', score: 0.9 }, { listingId: 'L3', score: 0.95 }, { listingId: 'L2', score: 0.99 }])).toEqual(['R1']);
    expect(await notifyStrongMatches(deps, 'L1', [{ listingId: 'R1', score: 0.9 }])).toEqual([]);
    expect(await notifyStrongMatches(deps, 'L1', [{ listingId: 'R1', score: 0.2 }])).toEqual([]);
    expect(fake.state.outbox.map((m) => [m.kind, m.userId])).toEqual([['listing_strong_matches', 's1']]);
    expect(fake.state.outbox[0]!.text).toContain('- Listing R1');
  });
});
