import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Listing } from '../core/listings/listing.js';
import { priceInCny } from '../core/listings/listing-helpers.js';
import { validateListing } from '../core/listings/validate-listing.js';
import type { Organization } from '../core/organizations/organization.js';
import { validateOrganization } from '../core/organizations/validate-organization.js';
import { DAY_MS } from '../core/shared/validation.js';
import type { PasswordHasher } from '../core/accounts/ports.js';
import type { OrganizationRole, PlatformRole } from '../core/shared/actor.js';
import { SYSTEM } from '../core/shared/actor.js';
import { createArgon2Hasher } from './account-crypto.js';
import { createAuditStore } from './audit-store.js';
import type { Database } from './db.js';
import { createMembershipStore } from './membership-store.js';
import { createUserStore } from './user-store.js';
import { createListingStore } from './listing-store.js';
import { createOrganizationStore } from './organization-store.js';
import { createRateStore, toRateTable } from './rate-store.js';

/** A stable UUID (version-5 layout) for a demo key, so demo ids are the same on every machine. */
export function demoId(key: string): string {
  const h = createHash('sha1').update(`ittc-demo:${key}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The demo's known password: demo users exist only when demo data is seeded. Never seed a production database. */
export const DEMO_PASSWORD = 'ittc-demo-2026';

type DemoUser = { key: string; email: string; name: string; roles: PlatformRole[]; organization: string | null; orgRole?: OrganizationRole };

/** One user per kind of person the demo shows (signed in with DEMO_PASSWORD). */
export const DEMO_USERS: readonly DemoUser[] = [
  { key: 'user-admin', email: 'admin@demo.ittc', name: 'Demo Administrator', roles: ['admin'], organization: null },
  { key: 'user-broker', email: 'broker@demo.ittc', name: 'Lin Xiaoyu 林晓雨', roles: ['broker'], organization: null },
  { key: 'user-pm', email: 'pm@demo.ittc', name: 'Zhou Wen 周雯', roles: ['programme_manager'], organization: null },
  { key: 'user-funder', email: 'funder@demo.ittc', name: 'Maria Santos', roles: ['funder'], organization: null },
  { key: 'user-shenzhen', email: 'shenzhen@demo.ittc', name: 'Chen Jiahui 陈嘉慧', roles: [], organization: 'cn-sz-pengyuan-storage', orgRole: 'org_admin' },
  { key: 'user-freiburg', email: 'freiburg@demo.ittc', name: 'Anna Keller', roles: [], organization: 'de-rvi-photonics', orgRole: 'org_admin' },
];

export type SeedResult = {
  organizations: number;
  listings: number;
  skipped: boolean;
  /** Demo users made (all with DEMO_PASSWORD), to print at first start. */
  users: { email: string; roles: PlatformRole[]; organization: string | null }[];
  /** Demo deals written (src/store/demo/deals.ts). */
  deals?: number;
};

/**
 * Seeds the demo into an empty database (no organizations yet), in one transaction.
 * Dates are relative to `now` (publication N days ago), everything else is fixed.
 */
export async function seedDemo(database: Database, now: Date, options: { force?: boolean; hasher?: PasswordHasher } = {}): Promise<SeedResult> {
  // Loaded on demand: the demo texts are large and most commands never need them.
  const { demoListings, demoOrganizations } = await import('./demo/index.js');
  const { seedDemoDeals } = await import('./demo/deals.js');
  const hasher = options.hasher ?? createArgon2Hasher();
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  // Demo contacts who act for organizations in the demo deals cannot sign in: nobody knows this password.
  const contactHash = await hasher.hash(randomBytes(32).toString('hex'));
  return database.db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('organizations').select(sql<number>`count(*)::int`.as('n')).executeTakeFirst();
    if ((existing?.n ?? 0) > 0 && !options.force) return { organizations: 0, listings: 0, skipped: true, users: [] };
    const orgs = createOrganizationStore(tx);
    const listings = createListingStore(tx);
    const rates = toRateTable(await createRateStore(tx).ratesOn(now.toISOString().slice(0, 10)));
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());

    for (const o of demoOrganizations) {
      const fields = validateOrganization({ ...o, nameZh: o.name_zh, rorId: o.ror_id, sizeClass: o.size_class });
      const org: Organization = { ...fields, id: demoId(o.key), createdAt: now, updatedAt: now, version: 1 };
      await orgs.insert(org);
    }
    let n = 0;
    for (const d of demoListings) {
      const fields = validateListing({
        ...d,
        confidentialDetails: d.confidential_details,
        ipcCodes: d.ipc_codes,
        iprStatus: d.ipr_status,
        patentNumbers: d.patent_numbers,
        cooperationTypes: d.cooperation_types,
        price: d.price ? { minMinor: d.price.min_minor, maxMinor: d.price.max_minor, currency: d.price.currency } : null,
        targetCountries: d.target_countries,
        ownerOrganizationId: demoId(d.owner),
        deadline: d.deadline_in_days === null ? null : new Date(today + d.deadline_in_days * DAY_MS).toISOString().slice(0, 10),
      });
      const publishedAt = d.published_days_ago === null ? null : new Date(today - d.published_days_ago * DAY_MS + 9 * 3_600_000);
      const created = publishedAt ?? new Date(today - 3 * DAY_MS);
      const listing: Listing = {
        ...fields,
        id: demoId(d.key),
        priceCny: priceInCny(fields.price, rates),
        status: d.status,
        publishedAt: d.status === 'draft' ? null : publishedAt,
        expiresAt: publishedAt && d.status !== 'draft' ? new Date(publishedAt.getTime() + 365 * DAY_MS) : null,
        extensionCount: 0,
        createdAt: created,
        updatedAt: created,
        version: 1,
      };
      await listings.insert(listing);
      n++;
    }
    const users = createUserStore(tx);
    const memberships = createMembershipStore(tx);
    const made: SeedResult['users'] = [];
    for (const u of DEMO_USERS) {
      if (await users.findByEmail(u.email)) continue;
      const id = demoId(u.key);
      await users.insert({ id, email: u.email, name: u.name, passwordHash, emailVerifiedAt: now, roles: u.roles, createdAt: now, updatedAt: now });
      if (u.organization) await memberships.insert({ organizationId: demoId(u.organization), userId: id, role: u.orgRole ?? 'member', createdAt: now });
      made.push({ email: u.email, roles: u.roles, organization: u.organization });
    }
    const deals = await seedDemoDeals(tx, now, demoId, { brokerUserId: demoId('user-broker'), passwordlessHash: contactHash });
    await (await import('./demo/indicators.js')).seedDemoIndicators(tx, now);
    await (await import('./demo/funding.js')).seedDemoFunding(tx, now, demoId, { passwordHash });
    await createAuditStore(tx).record({
      actor: SYSTEM,
      action: 'demo.seed',
      entityType: 'database',
      entityId: 'demo',
      summary: { changed: [], note: { organizations: demoOrganizations.length, listings: n, users: made.length } },
      at: now,
    });
    return { organizations: demoOrganizations.length, listings: n, skipped: false, users: made, deals };
  });
}
