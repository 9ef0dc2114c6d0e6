import type { Classification, MatchDoc, MatchHit, MatchOptions, PartnerHit, SearchParams, SearchResult, SimilarOptions } from '../../match/engine.js';
import type { Audience } from './match-doc.js';

/** The market's search index, kept in step with the listings table; each audience sees what it may. */
export type MarketIndex = {
  search: (audience: Audience, params: SearchParams) => Promise<SearchResult>;
  matches: (audience: Audience, query: MatchDoc, opts: MatchOptions) => Promise<MatchHit[]>;
  similar: (audience: Audience, query: MatchDoc, opts: SimilarOptions) => Promise<MatchHit[]>;
  partners: (audience: Audience, query: MatchDoc, opts: MatchOptions) => Promise<PartnerHit[]>;
  classify: (query: MatchDoc) => Promise<Classification>;
};

export type OrganizationMatch = { organizationId: string; score: number; matchedName: string };

/** Name resolution over the organization registry. */
export type OrganizationNameIndex = {
  resolve: (text: string, limit: number) => Promise<OrganizationMatch[]>;
};
