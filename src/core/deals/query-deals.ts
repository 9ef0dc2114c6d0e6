import { can } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import type { Page, PageRequest } from '../shared/ports.js';
import type { Listing } from '../listings/listing.js';
import type { Deal, DealEvent, DealRole, DealStage } from './deal.js';
import type { DealDeps, DealFilter } from './ports.js';
import { allowedMoves, type AllowedMove } from './pipeline.js';
import { canSeeConfidential } from '../listings/policy.js';
import { authorizeDealCall, canReadThread, canWriteToThread, ndaGrantsAccess } from './deal-policy.js';
import { loadVisible } from './deal-helpers.js';

export type DealView = { deal: Deal; roles: DealRole[] };

/** One deal the actor takes part in (or brokers), with the actor's roles. Errors: AUTH_REQUIRED and the route-level codes of authorize.ts, DEAL_NOT_FOUND. */
export async function getDeal(deps: Pick<DealDeps, 'deals'>, actor: Actor, id: string): Promise<DealView> {
  authorizeDealCall(actor, 'deal:read');
  return loadVisible(deps.deals, actor, id);
}

export type DealQuery = {
  stages?: DealStage[] | undefined;
  listingId?: string | undefined;
  /** owner: deals on my organizations' listings; interested: my organizations' EOIs; broker: all (staff only). */
  role?: 'owner' | 'interested' | 'broker' | undefined;
  /** Deals where this organization is a party (for a non-staff caller, one of their own). */
  organizationId?: string | undefined;
};

/**
 * The deals the actor may see, filtered: a member sees the deals of their organizations (either
 * side, or one side with `role`); brokers and admins see every deal. Errors: AUTH_REQUIRED and the route-level codes of authorize.ts.
 */
export async function listDeals(deps: Pick<DealDeps, 'deals'>, actor: Actor, query: DealQuery, page: PageRequest): Promise<Page<Deal>> {
  authorizeDealCall(actor, 'deal:read');
  const mine = actor.kind === 'user' ? actor.organizationIds : [];
  const filter: DealFilter = {};
  if (query.stages?.length) filter.stages = query.stages;
  if (query.listingId) filter.listingId = query.listingId;
  // Brokers and administrators see the whole pipeline.
  const staff = can(actor, 'deal:pipeline');
  const scope = query.organizationId ? (staff || mine.includes(query.organizationId) ? [query.organizationId] : []) : mine;
  if (query.role === 'owner') filter.ownerOrganizationIds = scope;
  else if (query.role === 'interested') filter.interestedOrganizationIds = scope;
  else if (!staff || query.organizationId) filter.partyOrganizationIds = scope;
  // query.role === 'broker' (or none) for staff: every deal.
  return deps.deals.list(filter, page);
}

export type NextActions = {
  moves: AllowedMove[];
  /** Whether the caller can accept the NDA now (and for which sides). */
  ndaAcceptableFor: ('owner' | 'interested')[];
  canPostMessage: boolean;
  canAddDocument: boolean;
};

/** What the caller may do next on the deal: the UI shows these actions only. Errors: AUTH_REQUIRED and the route-level codes of authorize.ts, DEAL_NOT_FOUND. */
export async function nextActions(deps: Pick<DealDeps, 'deals'>, actor: Actor, id: string): Promise<DealView & NextActions> {
  const { deal, roles } = await getDeal(deps, actor, id);
  const ndaAcceptableFor: ('owner' | 'interested')[] = [];
  if (deal.stage === 'nda' && actor.kind === 'user') {
    if (roles.includes('owner') && !deal.ndaOwnerAcceptance) ndaAcceptableFor.push('owner');
    if (roles.includes('interested') && !deal.ndaInterestedAcceptance) ndaAcceptableFor.push('interested');
  }
  const thread = canWriteToThread(actor, deal);
  return { deal, roles, moves: allowedMoves(deal, roles), ndaAcceptableFor, canPostMessage: thread, canAddDocument: thread };
}

/**
 * Every event of the deal, oldest first. The reasons the parties wrote are left out for callers
 * who may not read the thread (administrators as such).
 * Errors: AUTH_REQUIRED and the route-level codes of authorize.ts, DEAL_NOT_FOUND.
 */
export async function dealTimeline(deps: Pick<DealDeps, 'deals'>, actor: Actor, id: string): Promise<DealEvent[]> {
  const { deal } = await getDeal(deps, actor, id);
  const events = await deps.deals.events(deal.id);
  if (canReadThread(actor, deal)) return events;
  return events.map((e) => {
    const { reason: _reason, ...data } = e.data;
    return { ...e, data };
  });
}

/**
 * The listing's confidential details as the deal shows them to the caller: to the owner side and
 * brokers always, to the interested side once the NDA is in effect; null otherwise (the rule
 * itself is the authorization module's).
 */
export function confidentialDetailsFor(actor: Actor, view: DealView, listing: Listing | null): string | null {
  if (!listing || listing.confidentialDetails === null) return null;
  const disclosed = view.roles.includes('interested') && ndaGrantsAccess(view.deal);
  return canSeeConfidential(actor, listing, disclosed) ? listing.confidentialDetails : null;
}

/**
 * Which of `listingIds` the actor may read the confidential details of because an NDA is in
 * effect for a deal of one of their organizations (the listings context's ConfidentialDisclosures port).
 */
export async function disclosedAmong(deps: Pick<DealDeps, 'deals'>, actor: Actor, listingIds: string[]): Promise<Set<string>> {
  if (actor.kind !== 'user' || actor.organizationIds.length === 0 || listingIds.length === 0) return new Set();
  return new Set(await deps.deals.disclosedListings(actor.organizationIds, listingIds));
}
