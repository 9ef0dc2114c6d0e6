import { z } from 'zod';

/**
 * The JSON contract of the HTTP API (snake_case, stable). zod checks shapes and types here;
 * domain rules (ranges, codes, transitions) live in core and answer with their own codes.
 */

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
;

const str = (max: number) => z.string().max(max);
const nullableStr = (max: number) => z.string().max(max).nullable().optional();
const minor = z.number().int();

export const Id = z.string().min(1).max(64);
export const IdParams = z.object({ id: Id });
export const VersionBody = z.object({ version: z.number().int().min(1) });

export const PageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  page_size: z.coerce.number().int().min(1).max(100).default(20),
};

/** A list parameter given repeated (?kind=a&kind=b) or comma-separated (?kind=a,b). */
export const listParam = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
  .optional();

// Organizations ---------------------------------------------------------------

export const OrganizationBody = z
  .object({
    name: nullableStr(1000),
    name_zh: nullableStr(1000),
    type: str(64),
    country: str(8),
    region: nullableStr(1000),
    city: nullableStr(1000),
    ror_id: nullableStr(200),
    website: nullableStr(2000),
    size_class: nullableStr(16),
    description: nullableStr(20_000),
  })
  .strict()
;

export const OrganizationPatch = OrganizationBody.partial().extend({ version: z.number().int().min(1) }).strict();

export const Organization = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    name_zh: z.string().nullable(),
    type: z.string(),
    country: z.string(),
    region: z.string().nullable(),
    city: z.string().nullable(),
    ror_id: z.string().nullable(),
    website: z.string().nullable(),
    size_class: z.string().nullable(),
    description: z.string().nullable(),
    listing_count: z.number().int().optional(),
    created_at: z.string(),
    updated_at: z.string(),
    version: z.number().int(),
  })
;

export const OrganizationQuery = z.object({
  q: z.string().max(200).optional(),
  type: listParam,
  country: listParam,
  sort: z.enum(['name', 'newest']).default('name'),
  ...PageQuery,
});

// Listings --------------------------------------------------------------------

const Localized = z.object({ title: str(2000), summary: str(5000).optional(), description: str(40_000).optional() }).strict();

export const PriceBody = z
  .object({ min_minor: minor.nullable().optional(), max_minor: minor.nullable().optional(), currency: str(8) })
  .strict();

export const ListingBody = z
  .object({
    kind: str(64),
    language: str(8),
    title: str(2000),
    summary: str(5000).optional(),
    description: str(40_000).optional(),
    translations: z.record(z.string().max(8), Localized).optional(),
    confidential_details: z.string().max(200_000).nullable().optional(),
    keywords: z.array(str(500)).max(100).optional(),
    sectors: z.array(str(64)).max(100).optional(),
    ipc_codes: z.array(str(64)).max(200).optional(),
    trl: z.number().int().nullable().optional(),
    ipr_status: str(64).optional(),
    patent_numbers: z.array(str(100)).max(500).optional(),
    cooperation_types: z.array(str(64)).max(50).optional(),
    price: PriceBody.nullable().optional(),
    country: str(8),
    target_countries: z.array(str(8)).max(300).optional(),
    owner_organization_id: Id,
    visibility: str(32).optional(),
    deadline: z.string().max(32).nullable().optional(),
  })
  .strict()
;

export const ListingPatch = ListingBody.partial().extend({ version: z.number().int().min(1) }).strict();

const LocalizedOut = z.object({ title: z.string(), summary: z.string(), description: z.string() });
const MinorRange = z.object({ min_minor: z.number().nullable(), max_minor: z.number().nullable() });

export const OwnerSummary = z.object({
  id: z.string(),
  name: z.string().nullable(),
  name_zh: z.string().nullable(),
  country: z.string(),
  type: z.string(),
});

export const Listing = z
  .object({
    id: z.string(),
    kind: z.string(),
    language: z.string(),
    title: z.string(),
    summary: z.string(),
    description: z.string(),
    translations: z.record(z.string(), LocalizedOut),
    confidential_details: z.string().nullable(),
    has_confidential_details: z.boolean(),
    keywords: z.array(z.string()),
    sectors: z.array(z.string()),
    ipc_codes: z.array(z.string()),
    trl: z.number().nullable(),
    ipr_status: z.string(),
    patent_numbers: z.array(z.string()),
    cooperation_types: z.array(z.string()),
    price: MinorRange.extend({ currency: z.string() }).nullable(),
    price_cny: MinorRange.nullable(),
    country: z.string(),
    target_countries: z.array(z.string()),
    owner_organization_id: z.string(),
    owner: OwnerSummary.nullable(),
    visibility: z.string(),
    status: z.string(),
    deadline: z.string().nullable(),
    published_at: z.string().nullable(),
    expires_at: z.string().nullable(),
    extension_count: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
    version: z.number().int(),
  })
;

export const ListingQuery = z.object({
  kind: listParam,
  status: listParam,
  sector: listParam,
  ipc: z.string().max(32).optional(),
  country: listParam,
  owner_organization_id: Id.optional(),
  trl_min: z.coerce.number().int().min(1).max(9).optional(),
  trl_max: z.coerce.number().int().min(1).max(9).optional(),
  q: z.string().max(500).optional(),
  sort: z.enum(['newest', 'oldest', 'deadline', 'title', 'updated']).default('newest'),
  ...PageQuery,
});

export const ExtendBody = z.object({ version: z.number().int().min(1), days: z.number().int().optional() }).strict();

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), page_size: z.number().int() });
