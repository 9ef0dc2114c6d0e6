import { sql, type Kysely, type Selectable } from 'kysely';
import type { Listing } from '../core/listings/listing.js';
import type { ListingStore } from '../core/listings/ports.js';
import type { Page, PageRequest } from '../core/shared/ports.js';
import type { DB, ListingsTable } from './schema.js';

type Row = Selectable<ListingsTable>;

export function rowToListing(r: Row): Listing {
  return {
    id: r.id,
    kind: r.kind as Listing['kind'],
    language: r.language as Listing['language'],
    title: r.title,
    summary: r.summary,
    description: r.description,
    translations: (r.translations ?? {}) as Listing['translations'],
    confidentialDetails: r.confidential_details,
    keywords: r.keywords,
    sectors: r.sectors,
    ipcCodes: r.ipc_codes,
    trl: r.trl,
    iprStatus: r.ipr_status as Listing['iprStatus'],
    patentNumbers: r.patent_numbers,
    cooperationTypes: r.cooperation_types as Listing['cooperationTypes'],
    price: r.price_currency ? { minMinor: r.price_min_minor, maxMinor: r.price_max_minor, currency: r.price_currency } : null,
    priceCny:
      r.price_cny_min_minor !== null || r.price_cny_max_minor !== null
        ? { minMinor: r.price_cny_min_minor, maxMinor: r.price_cny_max_minor }
        : null,
    country: r.country,
    targetCountries: r.target_countries,
    ownerOrganizationId: r.owner_organization_id,
    visibility: r.visibility as Listing['visibility'],
    status: r.status as Listing['status'],
    deadline: r.deadline,
    publishedAt: r.published_at,
    expiresAt: r.expires_at,
    extensionCount: r.extension_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export function listingToRow(l: Listing) {
  return {
    id: l.id,
    kind: l.kind,
    language: l.language,
    title: l.title,
    summary: l.summary,
    description: l.description,
    translations: JSON.stringify(l.translations),
    confidential_details: l.confidentialDetails,
    keywords: l.keywords,
    sectors: l.sectors,
    ipc_codes: l.ipcCodes,
    trl: l.trl,
    ipr_status: l.iprStatus,
    patent_numbers: l.patentNumbers,
    cooperation_types: l.cooperationTypes,
    price_min_minor: l.price?.minMinor ?? null,
    price_max_minor: l.price?.maxMinor ?? null,
    price_currency: l.price?.currency ?? null,
    price_cny_min_minor: l.priceCny?.minMinor ?? null,
    price_cny_max_minor: l.priceCny?.maxMinor ?? null,
    country: l.country,
    target_countries: l.targetCountries,
    owner_organization_id: l.ownerOrganizationId,
    visibility: l.visibility,
    status: l.status,
    deadline: l.deadline,
    published_at: l.publishedAt,
    expires_at: l.expiresAt,
    extension_count: l.extensionCount,
    created_at: l.createdAt,
    updated_at: l.updatedAt,
    version: l.version,
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Listing persistence on PGlite or PostgreSQL (same SQL). Every write is logged in listing_changes. */
export function createListingStore(db: Kysely<DB>): ListingStore {
  const logChange = (id: string) => db.insertInto('listing_changes').values({ listing_id: id }).execute();

  return {
    async findById(id) {
      if (!isUuid(id)) return null;
      const r = await db.selectFrom('listings').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? rowToListing(r) : null;
    },
    async findByIds(ids) {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return [];
      const rows = await db.selectFrom('listings').selectAll().where('id', 'in', valid).execute();
      const byId = new Map(rows.map((r) => [r.id, rowToListing(r)]));
      return valid.flatMap((id) => byId.get(id) ?? []);
    },
    async insert(listing) {
      await db.insertInto('listings').values(listingToRow(listing)).execute();
      await logChange(listing.id);
    },
    async update(listing, expectedVersion) {
      const { id: _id, created_at: _c, ...row } = listingToRow(listing);
      const r = await db
        .updateTable('listings')
        .set(row)
        .where('id', '=', listing.id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      const ok = Number(r.numUpdatedRows) === 1;
      if (ok) await logChange(listing.id);
      return ok;
    },
    async list(filter, page) {
      let q = db.selectFrom('listings');
      if (filter.kinds?.length) q = q.where('kind', 'in', filter.kinds);
      if (filter.statuses?.length) q = q.where('status', 'in', filter.statuses);
      if (filter.countries?.length) q = q.where('country', 'in', filter.countries);
      if (filter.ownerOrganizationId) q = q.where('owner_organization_id', '=', filter.ownerOrganizationId);
      if (filter.trlMin !== undefined) q = q.where('trl', '>=', filter.trlMin);
      if (filter.trlMax !== undefined) q = q.where('trl', '<=', filter.trlMax);
      if (filter.sectors?.length) q = q.where(sql<boolean>`sectors && ${sql.val(filter.sectors)}::text[]`);
      if (filter.ipcPrefix) {
        const prefix = `${escapeLike(filter.ipcPrefix)}%`;
        q = q.where(sql<boolean>`EXISTS (SELECT 1 FROM unnest(ipc_codes) AS c WHERE c LIKE ${prefix})`);
      }
      if (filter.q) {
        const pattern = `%${escapeLike(filter.q.trim())}%`;
        q = q.where(
          sql<boolean>`(title || ' ' || summary || ' ' || array_to_string(keywords, ' ') || ' ' || translations::text) ILIKE ${pattern}`,
        );
      }
      q = q.where((eb) => {
        const visible = eb.and([eb('status', 'in', ['published', 'expired']), eb('visibility', 'in', filter.visibilities)]);
        if (!filter.includeUnpublished) return visible;
        const unpublished = filter.unpublishedOwnerScope
          ? eb.and([
              eb('status', 'not in', ['published', 'expired']),
              filter.unpublishedOwnerScope.length > 0 ? eb('owner_organization_id', 'in', filter.unpublishedOwnerScope) : eb.val(false),
            ])
          : eb('status', 'not in', ['published', 'expired']);
        return eb.or([visible, unpublished]);
      });
      const countRow = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirst();
      let ordered = q.selectAll();
      switch (filter.sort) {
        case 'oldest':
          ordered = ordered.orderBy(sql`coalesce(published_at, created_at)`, 'asc');
          break;
        case 'deadline':
          ordered = ordered.orderBy(sql`deadline`, sql`asc nulls last`);
          break;
        case 'title':
          ordered = ordered.orderBy('title', 'asc');
          break;
        case 'updated':
          ordered = ordered.orderBy('updated_at', 'desc');
          break;
        default:
          ordered = ordered.orderBy(sql`coalesce(published_at, created_at)`, 'desc');
      }
      const rows = await ordered
        .orderBy('id')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      return { items: rows.map(rowToListing), total: countRow?.n ?? 0, page: page.page, pageSize: page.pageSize } satisfies Page<Listing>;
    },
    async findDueForExpiry(now, limit) {
      const rows = await db
        .selectFrom('listings')
        .selectAll()
        .where('status', '=', 'published')
        .where('expires_at', '<=', now)
        .orderBy('expires_at')
        .limit(limit)
        .execute();
      return rows.map(rowToListing);
    },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

export type { PageRequest };
