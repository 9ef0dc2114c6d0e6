import { sql, type Kysely, type Selectable } from 'kysely';
import type { Organization } from '../core/organizations/organization.js';
import type { OrganizationStore } from '../core/organizations/ports.js';
import type { DB, OrganizationsTable } from './schema.js';
import { isUuid } from './listing-store.js';

export function rowToOrganization(r: Selectable<OrganizationsTable>): Organization {
  return {
    id: r.id,
    name: r.name,
    nameZh: r.name_zh,
    type: r.type as Organization['type'],
    country: r.country,
    region: r.region,
    city: r.city,
    rorId: r.ror_id,
    website: r.website,
    sizeClass: r.size_class as Organization['sizeClass'],
    description: r.description,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export function organizationToRow(o: Organization) {
  return {
    id: o.id,
    name: o.name,
    name_zh: o.nameZh,
    type: o.type,
    country: o.country,
    region: o.region,
    city: o.city,
    ror_id: o.rorId,
    website: o.website,
    size_class: o.sizeClass,
    description: o.description,
    created_at: o.createdAt,
    updated_at: o.updatedAt,
    version: o.version,
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
// Listings an organization shows the public: published ones.
const publishedCount = sql<number>`(SELECT count(*)::int FROM listings l WHERE l.owner_organization_id = organizations.id AND l.status = 'published')`;

export function createOrganizationStore(db: Kysely<DB>): OrganizationStore {
  return {
    async findById(id) {
      if (!isUuid(id)) return null;
      const r = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? rowToOrganization(r) : null;
    },
    async findByIds(ids) {
      const valid = [...new Set(ids.filter(isUuid))];
      if (valid.length === 0) return [];
      const rows = await db.selectFrom('organizations').selectAll().where('id', 'in', valid).execute();
      return rows.map(rowToOrganization);
    },
    async findByRorId(rorId) {
      const r = await db.selectFrom('organizations').selectAll().where('ror_id', '=', rorId).executeTakeFirst();
      return r ? rowToOrganization(r) : null;
    },
    async insert(org) {
      await db.insertInto('organizations').values(organizationToRow(org)).execute();
    },
    async update(org, expectedVersion) {
      const { id: _i, created_at: _c, ...row } = organizationToRow(org);
      const r = await db.updateTable('organizations').set(row).where('id', '=', org.id).where('version', '=', expectedVersion).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async delete(id, expectedVersion) {
      const r = await db.deleteFrom('organizations').where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    },
    async listingCount(id) {
      const r = await db
        .selectFrom('listings')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('owner_organization_id', '=', id)
        .executeTakeFirst();
      return r?.n ?? 0;
    },
    async list(filter, page) {
      let q = db.selectFrom('organizations');
      if (filter.types?.length) q = q.where('type', 'in', filter.types);
      if (filter.countries?.length) q = q.where('country', 'in', filter.countries);
      if (filter.q) {
        const p = `%${escapeLike(filter.q.trim())}%`;
        q = q.where((eb) => eb.or([eb('name', 'ilike', p), eb('name_zh', 'ilike', p), eb('city', 'ilike', p), eb('ror_id', '=', filter.q!.trim())]));
      }
      const total = (await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirst())?.n ?? 0;
      const rows = await q
        .selectAll()
        .select(publishedCount.as('listing_count'))
        .orderBy(filter.sort === 'newest' ? sql`created_at DESC` : sql`coalesce(name, name_zh)`)
        .orderBy('id')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      return {
        items: rows.map((r) => ({ ...rowToOrganization(r), listingCount: r.listing_count })),
        total,
        page: page.page,
        pageSize: page.pageSize,
      };
    },
  };
}
