/**
 * A small market whose insight numbers are worked out by hand in the tests (see the comments
 * next to each expectation). Home region: CN/Guangdong/Shenzhen; calendar UTC+8.
 *
 * Organizations: SZ1 (Shenzhen), SZ2 (广东省/深圳市, written in Chinese), GZ (Guangzhou),
 * BJ (Beijing), DE (Munich), US (San Jose).
 */
import { sql } from 'kysely';
import type { Listing, ListingKind, ListingStatus } from '../../src/core/listings/listing.js';
import type { Organization } from '../../src/core/organizations/organization.js';
import type { Database } from '../../src/store/db.js';
import { createListingStore } from '../../src/store/listing-store.js';
import { createOrganizationStore } from '../../src/store/organization-store.js';

const uuid = (prefix: string, n: number) => `${prefix}${String(n).padStart(7, '0')}-0000-4000-8000-000000000000`;
export const ORG = {
  SZ1: uuid('a', 1),
  SZ2: uuid('a', 2),
  GZ: uuid('a', 3),
  BJ: uuid('a', 4),
  DE: uuid('a', 5),
  US: uuid('a', 6),
} as const;
export const L = {
  L1: uuid('b', 1),
  L2: uuid('b', 2),
  L3: uuid('b', 3),
  L4: uuid('b', 4),
  L5: uuid('b', 5),
  L6: uuid('b', 6),
  L7: uuid('b', 7),
  L8: uuid('b', 8),
  L9: uuid('b', 9),
  L10: uuid('b', 10),
  L11: uuid('b', 11),
  L12: uuid('b', 12),
  L13: uuid('b', 13),
  L14: uuid('b', 14),
} as const;
export const D = {
  D1: uuid('c', 1),
  D2: uuid('c', 2),
  D3: uuid('c', 3),
  D4: uuid('c', 4),
  D5: uuid('c', 5),
  D6: uuid('c', 6),
} as const;

export const ES = 'ind-energy-storage';
export const RB = 'ind-robotics';
export const BM = 'ind-biomedicine';
export const SECRET = 'CONFIDENTIAL-MARKER-4471';

const t0 = new Date('2025-01-01T00:00:00Z');
const org = (id: string, name: string, country: string, region: string | null, city: string | null): Organization => ({
  id, name, nameZh: null, type: 'enterprise', country, region, city, rorId: null, website: null, sizeClass: null, description: null,
  createdAt: t0, updatedAt: t0, version: 1,
});

const ORGS: Organization[] = [
  org(ORG.SZ1, 'Pengcheng Storage', 'CN', 'Guangdong', 'Shenzhen'),
  org(ORG.SZ2, 'Nanshan Robotics', 'CN', '广东省', '深圳市'),
  org(ORG.GZ, 'Baiyun Machines', 'CN', 'Guangdong', 'Guangzhou'),
  org(ORG.BJ, 'Haidian Pharma', 'CN', 'Beijing', 'Beijing'),
  org(ORG.DE, 'Isar Batterie GmbH', 'DE', 'Bavaria', 'Munich'),
  org(ORG.US, 'Valley Robotics Inc.', 'US', 'California', 'San Jose'),
];

type Spec = {
  id: string;
  kind: ListingKind;
  owner: string;
  country: string;
  sectors: string[];
  ipc?: string[];
  trl?: number | null;
  coop?: Listing['cooperationTypes'];
  status?: ListingStatus;
  visibility?: Listing['visibility'];
  published: string | null;
};

const SPECS: Spec[] = [
  { id: L.L1, kind: 'technology_offer', owner: ORG.DE, country: 'DE', sectors: [ES, 'wipo-01'], ipc: ['H01M 10/052'], trl: 6, coop: ['license'], published: '2026-07-10T02:00:00Z' },
  { id: L.L2, kind: 'technology_offer', owner: ORG.US, country: 'US', sectors: [RB], ipc: ['B25J 9/16'], trl: 7, coop: ['license', 'joint_development'], published: '2026-08-05T02:00:00Z' },
  // 20:00 UTC on 30 September is 04:00 on 1 October in Shenzhen: the fourth quarter.
  { id: L.L3, kind: 'technology_offer', owner: ORG.SZ1, country: 'CN', sectors: [ES], ipc: ['H01M 4/525'], trl: 8, published: '2026-09-30T20:00:00Z' },
  { id: L.L4, kind: 'technology_request', owner: ORG.SZ1, country: 'CN', sectors: [ES], ipc: ['H01M 10/0562'], trl: 4, coop: ['license'], published: '2026-07-02T02:00:00Z' },
  { id: L.L5, kind: 'technology_request', owner: ORG.SZ2, country: 'CN', sectors: [RB, ES], ipc: ['B25J 11/00'], trl: null, coop: ['joint_development'], published: '2026-08-20T02:00:00Z' },
  { id: L.L6, kind: 'technology_request', owner: ORG.SZ1, country: 'CN', sectors: [BM], ipc: ['A61K 31/00'], trl: 3, visibility: 'members', published: '2026-09-01T02:00:00Z' },
  { id: L.L7, kind: 'technology_request', owner: ORG.GZ, country: 'CN', sectors: [RB], trl: 5, published: '2026-07-15T02:00:00Z' },
  { id: L.L8, kind: 'technology_offer', owner: ORG.BJ, country: 'CN', sectors: [BM], ipc: ['A61K 8/00'], trl: 5, status: 'expired', published: '2025-05-01T02:00:00Z' },
  { id: L.L9, kind: 'technology_request', owner: ORG.DE, country: 'DE', sectors: [ES], status: 'draft', published: null },
  { id: L.L10, kind: 'technology_offer', owner: ORG.DE, country: 'DE', sectors: [BM], ipc: ['C12N 15/00'], trl: 5, visibility: 'members', published: '2026-08-01T02:00:00Z' },
  { id: L.L11, kind: 'technology_request', owner: ORG.SZ2, country: 'CN', sectors: [BM], status: 'withdrawn', published: '2026-07-05T02:00:00Z' },
  { id: L.L12, kind: 'technology_offer', owner: ORG.SZ2, country: 'CN', sectors: ['wipo-08'], ipc: ['H01L 21/00'], trl: 9, published: '2026-08-10T02:00:00Z' },
  { id: L.L13, kind: 'technology_request', owner: ORG.US, country: 'US', sectors: ['wipo-08'], ipc: ['H01L 29/00'], trl: 6, published: '2026-08-11T02:00:00Z' },
  // Published long ago and never touched: stale. A funding request, so no balance counts it.
  { id: L.L14, kind: 'funding_request', owner: ORG.GZ, country: 'CN', sectors: [BM], visibility: 'members', published: '2025-03-01T02:00:00Z' },
];

function listingOf(s: Spec): Listing {
  const published = s.published ? new Date(s.published) : null;
  const at = published ?? t0;
  return {
    id: s.id, kind: s.kind, language: 'en', title: `Listing ${s.id.slice(0, 3)}`, summary: 'A summary.', description: 'A description.',
    translations: { zh: { title: `信息 ${s.id.slice(0, 3)}`, summary: '摘要。', description: '描述。' } },
    confidentialDetails: SECRET, keywords: [], sectors: s.sectors, ipcCodes: s.ipc ?? [], trl: s.trl ?? null, iprStatus: 'none', patentNumbers: [],
    cooperationTypes: s.coop ?? [], price: null, priceCny: null, country: s.country, targetCountries: [], ownerOrganizationId: s.owner,
    visibility: s.visibility ?? 'public', status: s.status ?? 'published', deadline: null, publishedAt: published,
    expiresAt: published ? new Date(published.getTime() + 365 * 86_400_000) : null, extensionCount: 0, createdAt: at, updatedAt: at, version: 1,
  };
}

type DealSpec = {
  id: string; listing: string; owner: string; interested: string; stage: string; created: string;
  ndaUnlocked?: string; agreement?: { valueMinor: number; currency: string; signedOn: string };
  registration?: { on: string; valueMinor: number; currency: string; buyer: [string, string]; seller: [string, string] };
  closedAt?: string; consent?: boolean; events?: string[];
};

const DEALS: DealSpec[] = [
  // Inbound: DE sells to SZ1. 12 days from EOI (20 July, Shenzhen time) to agreement (1 August).
  { id: D.D1, listing: L.L1, owner: ORG.DE, interested: ORG.SZ1, stage: 'registered', created: '2026-07-20T02:00:00Z', ndaUnlocked: '2026-07-25T02:00:00Z',
    agreement: { valueMinor: 100_000_000, currency: 'EUR', signedOn: '2026-08-01' },
    registration: { on: '2026-08-15', valueMinor: 100_000_000, currency: 'EUR', buyer: ['CN', 'Guangdong'], seller: ['DE', 'Bavaria'] },
    events: ['accepted', 'nda', 'negotiation', 'agreement', 'registered'] },
  // Local: SZ1 asks (L4), SZ2 supplies. 20 days.
  { id: D.D2, listing: L.L4, owner: ORG.SZ1, interested: ORG.SZ2, stage: 'agreement', created: '2026-08-02T03:00:00Z', ndaUnlocked: '2026-08-05T02:00:00Z',
    agreement: { valueMinor: 50_000_000, currency: 'CNY', signedOn: '2026-08-22' }, events: ['accepted', 'nda', 'negotiation', 'agreement'] },
  // Home to domestic: GZ asks (L7), SZ1 supplies.
  { id: D.D3, listing: L.L7, owner: ORG.GZ, interested: ORG.SZ1, stage: 'interest', created: '2026-09-10T02:00:00Z' },
  // Outbound: SZ1 sells to US; won, both parties agreed to publish. 36 days.
  { id: D.D4, listing: L.L3, owner: ORG.SZ1, interested: ORG.US, stage: 'closed_won', created: '2026-07-05T01:00:00Z', ndaUnlocked: '2026-07-08T02:00:00Z',
    agreement: { valueMinor: 20_000_000, currency: 'USD', signedOn: '2026-08-10' },
    registration: { on: '2026-09-01', valueMinor: 20_000_000, currency: 'USD', buyer: ['US', 'California'], seller: ['CN', 'Guangdong'] },
    closedAt: '2026-09-20T02:00:00Z', consent: true, events: ['accepted', 'nda', 'negotiation', 'agreement', 'registered', 'follow_up', 'closed_won'] },
  // Domestic to home: BJ supplies SZ2's request (L5); lost after acceptance.
  { id: D.D5, listing: L.L5, owner: ORG.SZ2, interested: ORG.BJ, stage: 'closed_lost', created: '2026-07-25T02:00:00Z', closedAt: '2026-08-30T02:00:00Z', events: ['accepted', 'closed_lost'] },
  // Before the period: GZ asked about the US offer in December 2025.
  { id: D.D6, listing: L.L2, owner: ORG.US, interested: ORG.GZ, stage: 'declined', created: '2025-12-01T02:00:00Z', closedAt: '2025-12-05T02:00:00Z', events: ['declined'] },
];

/** Loads the fixture into a migrated database. */
export async function loadInsightFixture(database: Database): Promise<void> {
  const db = database.db;
  const orgs = createOrganizationStore(db);
  for (const o of ORGS) await orgs.insert(o);
  const listings = createListingStore(db);
  for (const s of SPECS) await listings.insert(listingOf(s));
  for (const d of DEALS) {
    const a = d.agreement;
    const r = d.registration;
    await sql`
      INSERT INTO deals (id, listing_id, owner_organization_id, interested_organization_id, stage, message, cooperation_type,
        nda_version, nda_owner_accepted_at, nda_interested_accepted_at, nda_unlocked_at,
        agreement_type, agreement_value_minor, agreement_currency, agreement_signed_on,
        registration_number, registry, registered_on, buyer_country, buyer_region, seller_country, seller_region, registered_value_minor, registered_currency,
        created_at, updated_at, stage_changed_at, closed_at, publish_consent_owner_at, publish_consent_interested_at)
      VALUES (${d.id}, ${d.listing}, ${d.owner}, ${d.interested}, ${d.stage}, 'Interested.', 'license',
        ${d.ndaUnlocked ? 1 : null}, ${d.ndaUnlocked ?? null}, ${d.ndaUnlocked ?? null}, ${d.ndaUnlocked ?? null},
        ${a ? 'technology_transfer' : null}, ${a?.valueMinor ?? null}, ${a?.currency ?? null}, ${a?.signedOn ?? null},
        ${r ? `REG-${d.id.slice(0, 4)}` : null}, ${r ? 'Shenzhen registry' : null}, ${r?.on ?? null}, ${r?.buyer[0] ?? null}, ${r?.buyer[1] ?? null},
        ${r?.seller[0] ?? null}, ${r?.seller[1] ?? null}, ${r?.valueMinor ?? null}, ${r?.currency ?? null},
        ${d.created}, ${d.created}, ${d.created}, ${d.closedAt ?? null}, ${d.consent ? d.closedAt! : null}, ${d.consent ? d.closedAt! : null})
    `.execute(db);
    let seq = 0;
    for (const to of d.events ?? []) {
      seq++;
      await sql`
        INSERT INTO deal_events (id, deal_id, kind, actor_role, from_stage, to_stage, deal_version, at)
        VALUES (${`${d.id.slice(0, 30)}${String(seq).padStart(6, '0')}`}, ${d.id}, 'stage_changed', 'system', NULL, ${to}, ${seq + 1}, ${d.created})
      `.execute(db);
    }
  }
  // Strong-match notices: L4 (SZ1's request) was told of L1, and SZ1 then asked about L1 (D1): acted on.
  // L7 (GZ) was told of L2, but GZ's deal on L2 is older than the notice: not acted on. L6>L10 is before the period.
  for (const [key, at] of [
    [`${L.L4}>${L.L1}`, '2026-07-18T02:00:00Z'],
    [`${L.L7}>${L.L2}`, '2026-07-16T02:00:00Z'],
    [`${L.L6}>${L.L10}`, '2026-06-20T02:00:00Z'],
  ] as const) {
    await sql`INSERT INTO listing_notices (kind, key, noticed_at) VALUES ('strong_match', ${key}, ${at})`.execute(db);
  }
}

/** The fixture's clock: 26 November 2026. */
export const FIXTURE_NOW = new Date('2026-11-26T09:00:00Z');
