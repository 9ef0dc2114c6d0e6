import type { Listing } from '../listings/listing.js';
import type { MatchDoc } from '../../match/engine.js';

/**
 * The public part of a listing as the matching engine sees it. confidential_details is not
 * copied: nothing confidential ever enters the index, its snippets or its explanations.
 */
export function toMatchDoc(l: Listing): MatchDoc {
  return {
    id: l.id,
    kind: l.kind,
    language: l.language,
    title: l.title,
    summary: l.summary,
    description: l.description,
    keywords: l.keywords,
    translations: l.translations,
    sectors: l.sectors,
    ipcCodes: l.ipcCodes,
    trl: l.trl,
    iprStatus: l.iprStatus,
    cooperationTypes: l.cooperationTypes,
    priceCny: l.priceCny ? { min: l.priceCny.minMinor, max: l.priceCny.maxMinor } : null,
    country: l.country,
    targetCountries: l.targetCountries,
    ownerOrganizationId: l.ownerOrganizationId,
    publishedAt: l.publishedAt ? l.publishedAt.getTime() : null,
    deadline: l.deadline ? Date.parse(`${l.deadline}T00:00:00Z`) : null,
    membersOnly: l.visibility !== 'public',
  };
}

/** Who may find a listing in the index: the public and members, members only, or no one (not published). */
export function audiencesOf(l: Pick<Listing, 'status' | 'visibility'>): Audience[] {
  if (l.status !== 'published') return [];
  return l.visibility === 'public' ? ['public', 'members'] : ['members'];
}

/** Anonymous visitors see public listings; signed-in users and staff every published listing. */
export type Audience = 'public' | 'members';
