import type { AppDeps } from '../../compose.js';
import { changeListingStatus, expireDueListings, extendListingValidity } from '../../core/listings/change-listing-status.js';
import { createListing } from '../../core/listings/create-listing.js';
import type { Listing as ListingModel, ListingKind, ListingStatus } from '../../core/listings/listing.js';
import { getListing, listListings } from '../../core/listings/query-listings.js';
import { updateListing } from '../../core/listings/update-listing.js';
import type { Actor } from '../../core/shared/actor.js';
import type { ZApp } from '../app.js';
import { ErrorBody, ExtendBody, IdParams, Listing, ListingBody, ListingPatch, ListingQuery, VersionBody, pageOf } from '../contracts.js';
import { listingInputFromBody, presentListing } from '../presenters.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

/**
 * Presents listings with their owners, loaded in one query, and confidential details only for
 * entitled viewers (owner members, brokers, parties under an accepted NDA).
 */
export async function presentListings(deps: AppDeps, actor: Actor, listings: ListingModel[]) {
  const ownerIds = [...new Set(listings.map((l) => l.ownerOrganizationId))];
  // One query for every owner (not one per listing: the embedded database runs queries one at a time).
  const owners = new Map((await deps.organizations.organizations.findByIds(ownerIds)).map((o) => [o.id, o]));
  const withSecrets = listings.filter((l) => l.confidentialDetails !== null).map((l) => l.id);
  const disclosed = actor.kind === 'user' && withSecrets.length > 0 ? await deps.listings.disclosures.disclosedAmong(actor, withSecrets) : new Set<string>();
  return listings.map((l) => presentListing(l, actor, owners.get(l.ownerOrganizationId) ?? undefined, disclosed.has(l.id)));
}

export function listingRoutes(app: ZApp, deps: AppDeps) {
  const d = deps.listings;
  const one = async (actor: Actor, l: ListingModel) => (await presentListings(deps, actor, [l]))[0]!;

  app.get(
    '/api/listings',
    { config: { permission: 'listing:read' }, schema: { tags: ['listings'], summary: 'List listings with filters', querystring: ListingQuery, response: { 200: pageOf(Listing), ...errors } } },
    async (req) => {
      const q = req.query;
      const page = await listListings(
        d,
        req.actor,
        {
          kinds: q.kind as ListingKind[] | undefined,
          statuses: q.status as ListingStatus[] | undefined,
          sectors: q.sector,
          ipcPrefix: q.ipc?.trim().toUpperCase(),
          countries: q.country?.map((c) => c.toUpperCase()),
          ownerOrganizationId: q.owner_organization_id,
          trlMin: q.trl_min,
          trlMax: q.trl_max,
          q: q.q?.trim() || undefined,
          sort: q.sort,
        },
        { page: q.page, pageSize: q.page_size },
      );
      return { items: await presentListings(deps, req.actor, page.items), total: page.total, page: page.page, page_size: page.pageSize };
    },
  );

  app.post(
    '/api/listings',
    { config: { permission: 'listing:create' }, schema: { tags: ['listings'], summary: 'Create a listing (as a draft) for an organization one belongs to', body: ListingBody, response: { 201: Listing, ...errors } } },
    async (req, reply) => reply.code(201).send(await one(req.actor, await createListing(d, req.actor, listingInputFromBody(req.body)))),
  );

  app.get(
    '/api/listings/:id',
    { config: { permission: 'listing:read' }, schema: { tags: ['listings'], summary: 'One listing', params: IdParams, response: { 200: Listing, ...errors } } },
    async (req) => one(req.actor, await getListing(d, req.actor, req.params.id)),
  );

  app.patch(
    '/api/listings/:id',
    {
      config: { permission: 'listing:update' },
      schema: { tags: ['listings'], summary: 'Change a listing (send its version; a stale version gets 409)', params: IdParams, body: ListingPatch, response: { 200: Listing, ...errors } },
    },
    async (req) => {
      const { version, ...rest } = req.body;
      const patch = Object.fromEntries(Object.entries(listingInputFromBody(rest)).filter(([, v]) => v !== undefined));
      return one(req.actor, await updateListing(d, req.actor, req.params.id, version, patch));
    },
  );

  for (const action of ['publish', 'withdraw', 'archive'] as const) {
    app.post(
      `/api/listings/:id/${action}`,
      { config: { permission: 'listing:update' }, schema: { tags: ['listings'], summary: `${action[0]!.toUpperCase()}${action.slice(1)} a listing`, params: IdParams, body: VersionBody, response: { 200: Listing, ...errors } } },
      async (req) => one(req.actor, await changeListingStatus(d, req.actor, req.params.id, req.body.version, action)),
    );
  }

  app.post(
    '/api/listings/:id/extend',
    {
      config: { permission: 'listing:update' },
      schema: {
        tags: ['listings'],
        summary: 'Extend validity once, by up to 365 days, from 30 days before expiry',
        params: IdParams,
        body: ExtendBody,
        response: { 200: Listing, ...errors },
      },
    },
    async (req) => one(req.actor, await extendListingValidity(d, req.actor, req.params.id, req.body.version, req.body.days ?? 365)),
  );

  // The expiry job runs in the server process (see server/main.ts); exported for the CLI too.
  void expireDueListings;
}
