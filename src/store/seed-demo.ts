import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Listing } from '../core/listings/listing.js';
import { priceInCny } from '../core/listings/listing-helpers.js';
import { validateListing } from '../core/listings/validate-listing.js';
import type { Organization } from '../core/organizations/organization.js';
import { validateOrganization } from '../core/organizations/validate-organization.js';
import { DAY_MS } from '../core/shared/validation.js';
import type { Database } from './db.js';
import { createListingStore } from './listing-store.js';
import { createOrganizationStore } from './organization-store.js';
import { createRateStore, toRateTable } from './rate-store.js';

/** A stable UUID (version-5 layout) for a demo key, so demo ids are the same on every machine. */
export function demoId(key: string): string {
  const h = createHash('sha1').update(`ittc-demo:${key}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export type SeedResult = { organizations: number; listings: number; skipped: boolean };

/**
 * Seeds the demo into an empty database (no organizations yet), in one transaction.
 * Dates are relative to `now` (publication N days ago), everything else is fixed.
 */
export async function seedDemo(database: Database, now: Date, options: { force?: boolean } = {}): Promise<SeedResult> {
  // Loaded on demand: the demo texts are large and most commands never need them.
  const { demoListings, demoOrganizations } = await import('./demo/index.js');
  return database.db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('organizations').select(sql<number>`count(*)::int`.as('n')).executeTakeFirst();
    if ((existing?.n ?? 0) > 0 && !options.force) return { organizations: 0, listings: 0, skipped: true };
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
    return { organizations: demoOrganizations.length, listings: n, skipped: false };
  });
}
