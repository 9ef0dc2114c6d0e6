import { sql, type Kysely, type Selectable } from 'kysely';
import { LANGUAGES, type Listing } from '../core/listings/listing.js';
import type { Organization } from '../core/organizations/organization.js';
import { joinList } from './csv.js';
import { rowToListing } from './listing-store.js';
import { rowToOrganization } from './organization-store.js';
import type { DB, ListingsTable, OrganizationsTable } from './schema.js';

/**
 * The columns and records `ittc export` writes, which `ittc import` reads back (import-rows.ts).
 * Field names are the HTTP API's. In CSV, lists are `;`-separated (see joinList), the price is
 * price_min_minor/price_max_minor/price_currency and translations are translation_<lang>_<part>.
 */

export const TRANSLATION_PARTS = ['title', 'summary', 'description'] as const;
export const TRANSLATION_COLUMNS = LANGUAGES.flatMap((l) => TRANSLATION_PARTS.map((p) => `translation_${l}_${p}`));
export const LIST_FIELDS = ['keywords', 'sectors', 'ipc_codes', 'patent_numbers', 'cooperation_types', 'target_countries'];
export const NUMBER_FIELDS = ['trl', 'price_min_minor', 'price_max_minor'];
export const PRICE_COLUMNS = ['price_min_minor', 'price_max_minor', 'price_currency'];

/** Organization columns in the order export writes them. */
export const ORGANIZATION_COLUMNS = [
  'id',
  'name',
  'name_zh',
  'type',
  'country',
  'region',
  'city',
  'ror_id',
  'website',
  'size_class',
  'description',
  'created_at',
  'updated_at',
] as const;

/** Listing columns in the order export writes them (confidential_details only when asked for). */
export function listingColumns(includeConfidential: boolean): string[] {
  return [
    'id',
    'kind',
    'language',
    'status',
    'title',
    'summary',
    'description',
    ...TRANSLATION_COLUMNS,
    ...(includeConfidential ? ['confidential_details'] : []),
    'keywords',
    'sectors',
    'ipc_codes',
    'trl',
    'ipr_status',
    'patent_numbers',
    'cooperation_types',
    ...PRICE_COLUMNS,
    'country',
    'target_countries',
    'owner_organization_id',
    'visibility',
    'deadline',
    'published_at',
    'expires_at',
    'extension_count',
    'created_at',
    'updated_at',
  ];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const num = (n: number | null) => (n === null ? null : String(n));

/** An organization as CSV values, in ORGANIZATION_COLUMNS order. */
export function organizationCsvValues(o: Organization): (string | null)[] {
  return [o.id, o.name, o.nameZh, o.type, o.country, o.region, o.city, o.rorId, o.website, o.sizeClass, o.description, iso(o.createdAt), iso(o.updatedAt)];
}

/** An organization as one JSON Lines record (the same fields). */
export function organizationJson(o: Organization): Record<string, unknown> {
  const values = organizationCsvValues(o);
  return Object.fromEntries(ORGANIZATION_COLUMNS.map((c, i) => [c, values[i]]));
}

/** A listing as CSV values, in listingColumns() order. */
export function listingCsvValues(l: Listing, includeConfidential: boolean): (string | null)[] {
  return [
    l.id,
    l.kind,
    l.language,
    l.status,
    l.title,
    l.summary,
    l.description,
    ...LANGUAGES.flatMap((lang) => TRANSLATION_PARTS.map((p) => l.translations[lang]?.[p] ?? null)),
    ...(includeConfidential ? [l.confidentialDetails] : []),
    joinList(l.keywords),
    joinList(l.sectors),
    joinList(l.ipcCodes),
    num(l.trl),
    l.iprStatus,
    joinList(l.patentNumbers),
    joinList(l.cooperationTypes),
    num(l.price?.minMinor ?? null),
    num(l.price?.maxMinor ?? null),
    l.price?.currency ?? null,
    l.country,
    joinList(l.targetCountries),
    l.ownerOrganizationId,
    l.visibility,
    l.deadline,
    iso(l.publishedAt),
    iso(l.expiresAt),
    String(l.extensionCount),
    iso(l.createdAt),
    iso(l.updatedAt),
  ];
}

/** A listing as one JSON Lines record: the API's fields (nested price and translations). */
export function listingJson(l: Listing, includeConfidential: boolean): Record<string, unknown> {
  return {
    id: l.id,
    kind: l.kind,
    language: l.language,
    status: l.status,
    title: l.title,
    summary: l.summary,
    description: l.description,
    translations: l.translations,
    ...(includeConfidential ? { confidential_details: l.confidentialDetails } : {}),
    keywords: l.keywords,
    sectors: l.sectors,
    ipc_codes: l.ipcCodes,
    trl: l.trl,
    ipr_status: l.iprStatus,
    patent_numbers: l.patentNumbers,
    cooperation_types: l.cooperationTypes,
    price: l.price ? { min_minor: l.price.minMinor, max_minor: l.price.maxMinor, currency: l.price.currency } : null,
    country: l.country,
    target_countries: l.targetCountries,
    owner_organization_id: l.ownerOrganizationId,
    visibility: l.visibility,
    deadline: l.deadline,
    published_at: iso(l.publishedAt),
    expires_at: iso(l.expiresAt),
    extension_count: l.extensionCount,
    created_at: iso(l.createdAt),
    updated_at: iso(l.updatedAt),
  };
}

/** Every organization, oldest first, read in batches so any number fits in memory. */
export async function* scanOrganizations(db: Kysely<DB>): AsyncGenerator<Organization> {
  for await (const r of scanRows(db, 'organizations')) yield rowToOrganization(r as Selectable<OrganizationsTable>);
}

/** Every listing, oldest first, read in batches. */
export async function* scanListings(db: Kysely<DB>): AsyncGenerator<Listing> {
  for await (const r of scanRows(db, 'listings')) yield rowToListing(r as Selectable<ListingsTable>);
}

async function* scanRows(db: Kysely<DB>, table: 'organizations' | 'listings', batchSize = 500) {
  // The cursor keeps created_at as PostgreSQL's text, which has microseconds a JS Date would drop.
  let after: { createdAt: string; id: string } | null = null;
  for (;;) {
    let q = db.selectFrom(table).selectAll().select(sql<string>`created_at::text`.as('cursor_created_at'));
    if (after) {
      const last: { createdAt: string; id: string } = after;
      q = q.where(sql<boolean>`(created_at, id) > (${last.createdAt}::timestamptz, ${last.id}::uuid)`);
    }
    const rows = await q.orderBy('created_at').orderBy('id').limit(batchSize).execute();
    yield* rows;
    if (rows.length < batchSize) return;
    const tail = rows[rows.length - 1]!;
    after = { createdAt: tail.cursor_created_at, id: tail.id };
  }
}
