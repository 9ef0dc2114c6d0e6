import type { Listing } from '../core/listings/listing.js';
import { canSeeConfidential } from '../core/listings/policy.js';
import type { Organization } from '../core/organizations/organization.js';
import type { Actor } from '../core/shared/actor.js';
import type { z } from 'zod';
import type { Listing as ListingJson, Organization as OrganizationJson, OwnerSummary } from './contracts.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentOrganization(o: Organization & { listingCount?: number }): z.infer<typeof OrganizationJson> {
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
    ...(o.listingCount !== undefined ? { listing_count: o.listingCount } : {}),
    created_at: o.createdAt.toISOString(),
    updated_at: o.updatedAt.toISOString(),
    version: o.version,
  };
}

export function presentOwner(o: Organization | undefined): z.infer<typeof OwnerSummary> | null {
  return o ? { id: o.id, name: o.name, name_zh: o.nameZh, country: o.country, type: o.type } : null;
}

/**
 * A listing as JSON for `actor`. confidential_details is filled only for entitled viewers
 * (owner members, brokers, and, with `disclosed`, parties under an accepted NDA); everyone
 * else gets null (and may learn only that some exist).
 */
export function presentListing(l: Listing, actor: Actor, owner?: Organization, disclosed = false): z.infer<typeof ListingJson> {
  return {
    id: l.id,
    kind: l.kind,
    language: l.language,
    title: l.title,
    summary: l.summary,
    description: l.description,
    translations: l.translations as Record<string, { title: string; summary: string; description: string }>,
    confidential_details: canSeeConfidential(actor, l, disclosed) ? l.confidentialDetails : null,
    has_confidential_details: l.confidentialDetails !== null,
    keywords: l.keywords,
    sectors: l.sectors,
    ipc_codes: l.ipcCodes,
    trl: l.trl,
    ipr_status: l.iprStatus,
    patent_numbers: l.patentNumbers,
    cooperation_types: l.cooperationTypes,
    price: l.price ? { min_minor: l.price.minMinor, max_minor: l.price.maxMinor, currency: l.price.currency } : null,
    price_cny: l.priceCny ? { min_minor: l.priceCny.minMinor, max_minor: l.priceCny.maxMinor } : null,
    country: l.country,
    target_countries: l.targetCountries,
    owner_organization_id: l.ownerOrganizationId,
    owner: presentOwner(owner),
    visibility: l.visibility,
    status: l.status,
    deadline: l.deadline,
    published_at: iso(l.publishedAt),
    expires_at: iso(l.expiresAt),
    extension_count: l.extensionCount,
    created_at: l.createdAt.toISOString(),
    updated_at: l.updatedAt.toISOString(),
    version: l.version,
  };
}

/** Maps the snake_case listing body to the core's camelCase input. */
export function listingInputFromBody<B extends Record<string, unknown>>(b: B) {
  const price = b.price as { min_minor?: number | null; max_minor?: number | null; currency: string } | null | undefined;
  return {
    kind: b.kind as string,
    language: b.language as string,
    title: b.title as string,
    summary: b.summary as string | undefined,
    description: b.description as string | undefined,
    translations: b.translations as Record<string, { title: string; summary?: string; description?: string }> | undefined,
    confidentialDetails: b.confidential_details as string | null | undefined,
    keywords: b.keywords as string[] | undefined,
    sectors: b.sectors as string[] | undefined,
    ipcCodes: b.ipc_codes as string[] | undefined,
    trl: b.trl as number | null | undefined,
    iprStatus: b.ipr_status as string | undefined,
    patentNumbers: b.patent_numbers as string[] | undefined,
    cooperationTypes: b.cooperation_types as string[] | undefined,
    price: price === undefined ? undefined : price === null ? null : { minMinor: price.min_minor, maxMinor: price.max_minor, currency: price.currency },
    country: b.country as string,
    targetCountries: b.target_countries as string[] | undefined,
    ownerOrganizationId: b.owner_organization_id as string,
    visibility: b.visibility as string | undefined,
    deadline: b.deadline as string | null | undefined,
  };
}

export function organizationInputFromBody<B extends Record<string, unknown>>(b: B) {
  return {
    name: b.name as string | null | undefined,
    nameZh: b.name_zh as string | null | undefined,
    type: b.type as string,
    country: b.country as string,
    region: b.region as string | null | undefined,
    city: b.city as string | null | undefined,
    rorId: b.ror_id as string | null | undefined,
    website: b.website as string | null | undefined,
    sizeClass: b.size_class as string | null | undefined,
    description: b.description as string | null | undefined,
  };
}
