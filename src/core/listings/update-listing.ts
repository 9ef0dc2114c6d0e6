import { DomainError } from '../shared/domain-error.js';
import type { Actor } from '../shared/actor.js';
import type { Listing } from './listing.js';
import type { ListingErrorCode } from './errors.js';
import type { ListingDeps } from './ports.js';
import { EDITABLE_STATUSES } from './lifecycle.js';
import { canWriteListing } from './policy.js';
import { publicationIssues, validateListing, type ListingInput } from './validate-listing.js';
import { auditListing, checkVersion, listingNotFound, loadWritable, priceInCny, saveVersioned } from './listing-helpers.js';

export type ListingPatch = Partial<ListingInput>;

/**
 * Changes fields of a listing at `version` (optimistic concurrency). A published listing
 * must stay complete. Errors: LISTING_NOT_FOUND, LISTING_VERSION_CONFLICT, LISTING_NOT_EDITABLE,
 * LISTING_OWNER_NOT_FOUND and every validation code.
 */
export async function updateListing(deps: ListingDeps, actor: Actor, id: string, version: number, patch: ListingPatch): Promise<Listing> {
  const saved = await deps.unitOfWork(async (tx) => {
    const current = await loadWritable(tx.listings, actor, id);
    checkVersion(current, version);
    if (!EDITABLE_STATUSES.includes(current.status)) {
      throw new DomainError<ListingErrorCode>('LISTING_NOT_EDITABLE', `A ${current.status} listing can no longer be edited.`);
    }
    const merged: ListingInput = {
      kind: current.kind,
      language: current.language,
      title: current.title,
      summary: current.summary,
      description: current.description,
      translations: current.translations,
      confidentialDetails: current.confidentialDetails,
      keywords: current.keywords,
      sectors: current.sectors,
      ipcCodes: current.ipcCodes,
      trl: current.trl,
      iprStatus: current.iprStatus,
      patentNumbers: current.patentNumbers,
      cooperationTypes: current.cooperationTypes,
      price: current.price,
      country: current.country,
      targetCountries: current.targetCountries,
      ownerOrganizationId: current.ownerOrganizationId,
      visibility: current.visibility,
      deadline: current.deadline,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    };
    const fields = validateListing(merged);
    if (current.status !== 'draft') publicationIssues(fields).throwIfAny('LISTING_INCOMPLETE', 'The listing');
    if (fields.ownerOrganizationId !== current.ownerOrganizationId) {
      if (!canWriteListing(actor, fields.ownerOrganizationId) || !(await tx.owners.organizationExists(fields.ownerOrganizationId))) {
        throw new DomainError<ListingErrorCode>('LISTING_OWNER_NOT_FOUND', 'The new owner organization does not exist or is not yours.', {
          issues: [{ path: 'owner_organization_id', message: 'No such organization of yours.' }],
        });
      }
    }
    const rates = await deps.rates.current();
    const next: Listing = { ...current, ...fields, priceCny: priceInCny(fields.price, rates), updatedAt: deps.clock.now() };
    const saved = await saveVersioned(tx.listings, next, version);
    await auditListing(tx.audit, actor, 'update', current, saved, saved.updatedAt);
    return saved;
  });
  deps.onChange([saved.id]);
  return saved;
}

export { listingNotFound };
