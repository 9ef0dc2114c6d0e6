/**
 * ROR (Research Organization Registry) v2 records: the zod schema of one record of ROR's data
 * dump and its mapping to an ITTC organization input. Pure: reading the dump file (JSON array or
 * JSON Lines, gzip or not) lives in src/store/ror-file.ts.
 */
import { z } from 'zod';
import type { OrganizationType } from '../core/organizations/organization.js';
import { normalizeRorId } from '../core/organizations/ror-id.js';
import { DomainError } from '../core/shared/domain-error.js';
import type { OrgResolverEntry, OrgStatus } from './org-resolver.js';

/**
 * Errors of this module: a dump record that fails the schema, and (the organizations context's
 * own code) an id that is not a ROR id.
 */
export const ROR_ERROR_CODES = ['ROR_RECORD_INVALID', 'ORGANIZATION_ROR_ID_INVALID'] as const;
export type RorErrorCode = (typeof ROR_ERROR_CODES)[number];

const nameSchema = z.object({
  value: z.string().min(1),
  types: z.array(z.string()).default([]),
  lang: z.string().nullish(),
});

const locationSchema = z.object({
  geonames_id: z.number().nullish(),
  geonames_details: z
    .object({
      name: z.string().nullish(),
      country_code: z.string().nullish(),
      country_name: z.string().nullish(),
      country_subdivision_name: z.string().nullish(),
      country_subdivision_code: z.string().nullish(),
      lat: z.number().nullish(),
      lng: z.number().nullish(),
    })
    .nullish(),
});

/** One record of ROR's v2 data dump (fields ITTC does not use are kept as unknown). */
export const rorRecordSchema = z.object({
  id: z.string().min(1),
  names: z.array(nameSchema).min(1),
  types: z.array(z.string()).default([]),
  status: z.enum(['active', 'inactive', 'withdrawn']),
  established: z.number().int().nullish(),
  locations: z.array(locationSchema).default([]),
  links: z.array(z.object({ type: z.string(), value: z.string() })).default([]),
  domains: z.array(z.string()).default([]),
  external_ids: z
    .array(z.object({ type: z.string(), all: z.array(z.string()).default([]), preferred: z.string().nullish() }))
    .default([]),
  relationships: z.array(z.object({ type: z.string(), id: z.string(), label: z.string().nullish() })).default([]),
});
export type RorRecord = z.infer<typeof rorRecordSchema>;

/** What a ROR record becomes in ITTC: an organization input plus the names used for matching. */
export type RorOrganizationInput = {
  /** ROR's display name (ror_display). */
  name: string;
  /** A Chinese label (lang zh), or null. */
  nameZh: string | null;
  type: OrganizationType;
  /** ISO 3166-1 alpha-2, upper case; null when the record has no location. */
  country: string | null;
  region: string | null;
  city: string | null;
  /** Canonical 9-character ROR id, e.g. 03cve4549. */
  rorId: string;
  website: string | null;
  /** Labels in other languages and aliases, without the name and nameZh; in record order. */
  aliases: string[];
  acronyms: string[];
  status: OrgStatus;
  established: number | null;
  /** Links to other ROR organizations (parent, child, related, predecessor, successor). */
  relationships: { type: string; rorId: string }[];
};

/**
 * The canonical 9-character ROR id of "https://ror.org/03cve4549", "ror.org/03cve4549" or
 * "03cve4549" (format and checksum checked). Throws DomainError ORGANIZATION_ROR_ID_INVALID.
 */
export function canonicalRorId(value: string): string {
  const id = normalizeRorId(value);
  if (!id) throw new DomainError<RorErrorCode>('ORGANIZATION_ROR_ID_INVALID', `Not a ROR id: ${value.slice(0, 60)}`);
  return id;
}

/** Validates one raw dump record. Throws DomainError ROR_RECORD_INVALID listing the problems. */
export function parseRorRecord(raw: unknown): RorRecord {
  const parsed = rorRecordSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : 'unknown';
    throw new DomainError<RorErrorCode>('ROR_RECORD_INVALID', `ROR record ${id.slice(0, 60)} is invalid`, { issues });
  }
  return parsed.data;
}

/**
 * ROR type -> ITTC type, first match wins, so a record typed ["funder", "government"] is a
 * government and ["education", "funder"] a university. A funder that is nothing else (a
 * foundation, a funding agency) is an investor; healthcare, nonprofit, archive and other have no
 * closer ITTC type than `other`.
 */
const TYPE_PRIORITY: [string, OrganizationType][] = [
  ['education', 'university'],
  ['facility', 'research_institute'],
  ['company', 'enterprise'],
  ['government', 'government'],
  ['funder', 'investor'],
  ['healthcare', 'other'],
  ['nonprofit', 'other'],
  ['archive', 'other'],
  ['other', 'other'],
];

export function mapRorType(types: readonly string[]): OrganizationType {
  for (const [ror, ittc] of TYPE_PRIORITY) if (types.includes(ror)) return ittc;
  return 'other';
}

const isZh = (lang: string | null | undefined): boolean => !!lang && /^zh(\b|-|_)/i.test(lang);

/** Maps a validated ROR record to an ITTC organization input. Throws ORGANIZATION_ROR_ID_INVALID. */
export function mapRorRecord(record: RorRecord): RorOrganizationInput {
  const display = record.names.find((n) => n.types.includes('ror_display')) ?? record.names.find((n) => n.types.includes('label')) ?? record.names[0]!;
  const zh = record.names.find((n) => isZh(n.lang) && !n.types.includes('acronym') && n.value !== display.value);
  const nameZh = zh?.value ?? (isZh(display.lang) ? display.value : null);
  const aliases: string[] = [];
  const acronyms: string[] = [];
  for (const n of record.names) {
    if (n.types.includes('acronym')) {
      if (!acronyms.includes(n.value)) acronyms.push(n.value);
    } else if (n.value !== display.value && n.value !== nameZh && !aliases.includes(n.value)) {
      aliases.push(n.value);
    }
  }
  const geo = record.locations[0]?.geonames_details ?? null;
  const website = record.links.find((l) => l.type === 'website')?.value ?? null;
  return {
    name: display.value,
    nameZh,
    type: mapRorType(record.types),
    country: geo?.country_code ? geo.country_code.toUpperCase() : null,
    region: geo?.country_subdivision_name ?? null,
    city: geo?.name ?? null,
    rorId: canonicalRorId(record.id),
    website,
    aliases,
    acronyms,
    status: record.status,
    established: record.established ?? null,
    relationships: record.relationships.flatMap((r) => {
      const rorId = tryCanonicalRorId(r.id);
      return rorId ? [{ type: r.type.toLowerCase(), rorId }] : [];
    }),
  };
}

function tryCanonicalRorId(value: string): string | null {
  try {
    return canonicalRorId(value);
  } catch {
    return null;
  }
}

/**
 * How well known an organization is, in [0, 1], from what the registry records about it:
 * names in several languages, acronyms and child organizations accumulate for large,
 * well-known institutions.
 */
export function rorProminence(org: RorOrganizationInput): number {
  const children = org.relationships.filter((r) => r.type === 'child').length;
  const evidence = org.aliases.length + org.acronyms.length + 2 * children;
  return evidence / (evidence + 5);
}

/** The resolver's view of a mapped ROR organization, keyed by its ROR id. */
export function rorResolverEntry(org: RorOrganizationInput): OrgResolverEntry {
  return {
    id: org.rorId,
    name: org.name,
    nameZh: org.nameZh,
    aliases: org.aliases,
    acronyms: org.acronyms,
    country: org.country,
    city: org.city,
    status: org.status,
    prominence: rorProminence(org),
    successorIds: org.relationships.filter((r) => r.type === 'successor').map((r) => r.rorId),
  };
}
