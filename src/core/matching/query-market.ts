import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { Listing } from '../listings/listing.js';
import type { ListingDeps } from '../listings/ports.js';
import { getListing } from '../listings/query-listings.js';
import type { Classification, MatchHit, PartnerHit, SearchParams, SearchResult } from '../../match/engine.js';
import type { MatchingErrorCode } from './errors.js';
import { toMatchDoc, type Audience } from './match-doc.js';
import type { MarketIndex, OrganizationMatch, OrganizationNameIndex } from './ports.js';

export type MatchingDeps = {
  index: MarketIndex;
  names: OrganizationNameIndex;
  listings: Pick<ListingDeps, 'listings'>;
};

/** The index an actor searches: anonymous visitors see public listings only. */
export const audienceOf = (actor: Actor): Audience => (actor.kind === 'anonymous' ? 'public' : 'members');

/** Ranked, faceted search over published listings the actor may see. */
export function searchMarket(deps: MatchingDeps, actor: Actor, params: SearchParams): Promise<SearchResult> {
  return deps.index.search(audienceOf(actor), params);
}

/**
 * Complementary listings for a listing the actor may read (a draft of the actor's own too),
 * best first, with reasons built from public fields only. Errors: LISTING_NOT_FOUND.
 */
export async function findMatches(deps: MatchingDeps, actor: Actor, listingId: string, limit: number): Promise<{ listing: Listing; hits: MatchHit[] }> {
  const listing = await getListing(deps.listings, actor, listingId);
  const hits = await deps.index.matches(audienceOf(actor), toMatchDoc(listing), { limit, explain: true });
  return { listing, hits };
}

/** Listings like this one. Errors: LISTING_NOT_FOUND. */
export async function findSimilar(deps: MatchingDeps, actor: Actor, listingId: string, limit: number): Promise<MatchHit[]> {
  const listing = await getListing(deps.listings, actor, listingId);
  return deps.index.similar(audienceOf(actor), toMatchDoc(listing), { limit, explain: false });
}

/** Organizations ranked for a need (free text), from everything public they have listed. */
export function findPartners(deps: MatchingDeps, actor: Actor, text: string, limit: number): Promise<PartnerHit[]> {
  const q = text.trim();
  if (q.length === 0) throw new DomainError<MatchingErrorCode>('MATCHING_QUERY_INVALID', 'Describe the need in a few words.', { issues: [{ path: 'q', message: 'Empty.' }] });
  return deps.index.partners(audienceOf(actor), { id: '__query__', kind: 'technology_request', title: q }, { limit, explain: true });
}

/** IPC subclasses and sectors suggested for a new listing's text by its nearest classified neighbours. */
export function suggestClassification(deps: MatchingDeps, text: string, title?: string): Promise<Classification> {
  const body = text.trim();
  if (body.length === 0 && !title?.trim()) {
    throw new DomainError<MatchingErrorCode>('MATCHING_QUERY_INVALID', 'Give the text to classify.', { issues: [{ path: 'text', message: 'Empty.' }] });
  }
  return deps.index.classify({ id: '__classify__', title: title?.trim() || body.slice(0, 256), description: body });
}

/** Registry organizations a free-text name or affiliation refers to; empty when unsure. */
export function resolveOrganizationName(deps: MatchingDeps, _actor: Actor, name: string, limit: number): Promise<OrganizationMatch[]> {
  const q = name.trim();
  if (q.length === 0) throw new DomainError<MatchingErrorCode>('MATCHING_QUERY_INVALID', 'Give a name to resolve.', { issues: [{ path: 'name', message: 'Empty.' }] });
  return deps.names.resolve(q, limit);
}

