import { sql, type Kysely } from 'kysely';
import type { ListingReader, NoticeLog, OrganizationReader, RecipientDirectory } from '../core/deals/ports.js';
import { createListingStore, isUuid, rowToListing } from './listing-store.js';
import type { DB } from './schema.js';
import { withDealTables } from './deal-store.js';

/** What the deals context reads of listings: one by id, and those about to expire. */
export function createDealListingReader(db: Kysely<DB>): ListingReader {
  const listings = createListingStore(db);
  return {
    findById: (id) => listings.findById(id),
    async findExpiringBetween(from, to, limit) {
      const rows = await db
        .selectFrom('listings')
        .selectAll()
        .where('status', '=', 'published')
        .where('expires_at', '>=', from)
        .where('expires_at', '<', to)
        .orderBy('expires_at')
        .limit(limit)
        .execute();
      return rows.map(rowToListing);
    },
  };
}

/** Organizations as the deals context needs them (names and places, for e-mails and registrations). */
export function createDealOrganizationReader(db: Kysely<DB>): OrganizationReader {
  return {
    async findById(id) {
      if (!isUuid(id)) return null;
      const r = await db.selectFrom('organizations').select(['id', 'name', 'name_zh', 'country', 'region']).where('id', '=', id).executeTakeFirst();
      return r ? { id: r.id, name: r.name, nameZh: r.name_zh, country: r.country.trim(), region: r.region } : null;
    },
  };
}

/** Mail recipients: verified members of organizations, and verified brokers. */
export function createRecipientDirectory(db: Kysely<DB>): RecipientDirectory {
  return {
    async membersOf(organizationIds) {
      const ids = organizationIds.filter(isUuid);
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select(['users.id', 'users.email', 'users.name'])
        .distinct()
        .where('memberships.organization_id', 'in', ids)
        .where('users.email_verified_at', 'is not', null)
        .orderBy('users.id')
        .execute();
      return rows.map((r) => ({ userId: r.id, email: r.email, name: r.name }));
    },
    async brokers() {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'email', 'name'])
        .where(sql<boolean>`roles @> ARRAY['broker']::text[]`)
        .where('email_verified_at', 'is not', null)
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ userId: r.id, email: r.email, name: r.name }));
    },
  };
}

/** The log of notices sent once per key. */
export function createNoticeLog(base: Kysely<DB>): NoticeLog {
  const db = withDealTables(base);
  return {
    async claim(kind, key, at) {
      const r = await db
        .insertInto('listing_notices')
        .values({ kind, key, noticed_at: at })
        .onConflict((oc) => oc.doNothing())
        .returning('key')
        .executeTakeFirst();
      return r !== undefined;
    },
  };
}
