import { z } from 'zod';
import type { AppDeps } from '../../compose.js';
import type { CooperationType, IprStatus, Listing as ListingModel, ListingKind } from '../../core/listings/listing.js';
import {
  findMatches,
  findPartners,
  findSimilar,
  resolveOrganizationName,
  searchMarket,
  suggestClassification,
} from '../../core/matching/query-market.js';
import { findSector } from '../../core/taxonomy/sectors.js';
import type { Actor } from '../../core/shared/actor.js';
import type { Highlight, MatchReason } from '../../match/engine.js';
import type { ZApp } from '../app.js';
import { ErrorBody, IdParams, Listing, Organization, listParam } from '../contracts.js';
import { presentOrganization } from '../presenters.js';
import { presentListings } from './listings.js';

const errors = { 400: ErrorBody, 404: ErrorBody };

const SearchQuery = z.object({
  q: z.string().max(500).optional(),
  kind: listParam,
  sector: listParam,
  country: listParam,
  ipc: listParam,
  ipr_status: listParam,
  cooperation_type: listParam,
  trl_min: z.coerce.number().int().min(1).max(9).optional(),
  trl_max: z.coerce.number().int().min(1).max(9).optional(),
  budget_min_cny: z.coerce.number().min(0).max(1e13).optional(),
  budget_max_cny: z.coerce.number().min(0).max(1e13).optional(),
  sort: z.enum(['relevance', 'newest', 'deadline']).optional(),
  page: z.coerce.number().int().min(1).max(500).default(1),
  page_size: z.coerce.number().int().min(1).max(100).default(20),
});

const FacetValue = z.object({ value: z.string(), count: z.number().int() });
const Reason = z.record(z.string(), z.unknown());
const LimitQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) });

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A snippet as HTML-escaped text with matched terms in <mark>; nothing else is markup. */
export function highlightHtml(h: Highlight): string {
  let out = h.truncatedStart ? '…' : '';
  let at = 0;
  for (const [start, end] of [...h.marks].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += escapeHtml(h.snippet.slice(at, start)) + '<mark>' + escapeHtml(h.snippet.slice(start, end)) + '</mark>';
    at = end;
  }
  return out + escapeHtml(h.snippet.slice(at)) + (h.truncatedEnd ? '…' : '');
}

/** Reasons as JSON: snake_case, budgets in CNY minor units. */
const presentReason = (r: MatchReason): Record<string, unknown> => JSON.parse(JSON.stringify(r));

async function listingsById(deps: AppDeps, actor: Actor, ids: string[]) {
  const found = await deps.listings.listings.findByIds(ids);
  const presented = await presentListings(deps, actor, found as ListingModel[]);
  return new Map(presented.map((p) => [p.id, p]));
}

export function searchRoutes(app: ZApp, deps: AppDeps) {
  const m = deps.matching;

  app.get(
    '/api/search',
    {
      config: { permission: 'listing:read' },
      schema: {
        tags: ['search'],
        summary: 'Ranked, bilingual search over published listings, with facets and highlights',
        querystring: SearchQuery,
        response: {
          200: z.object({
            items: z.array(z.object({ listing: Listing, score: z.number(), highlights: z.record(z.string(), z.string()) })),
            total: z.number().int(),
            page: z.number().int(),
            page_size: z.number().int(),
            facets: z.record(z.string(), z.array(FacetValue)),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const q = req.query;
      const yuanToFen = (v: number | undefined) => (v === undefined ? null : Math.round(v * 100));
      const result = await searchMarket(m, req.actor, {
        text: q.q?.trim() || undefined,
        filters: {
          kinds: q.kind as ListingKind[] | undefined,
          sectors: q.sector,
          countries: q.country?.map((c) => c.toUpperCase()),
          ipc: q.ipc,
          iprStatuses: q.ipr_status as IprStatus[] | undefined,
          cooperationTypes: q.cooperation_type as CooperationType[] | undefined,
          trl: q.trl_min !== undefined || q.trl_max !== undefined ? { min: q.trl_min ?? null, max: q.trl_max ?? null } : undefined,
          budgetCny:
            q.budget_min_cny !== undefined || q.budget_max_cny !== undefined
              ? { min: yuanToFen(q.budget_min_cny), max: yuanToFen(q.budget_max_cny) }
              : undefined,
        },
        sort: q.sort,
        offset: (q.page - 1) * q.page_size,
        limit: q.page_size,
        facets: true,
        highlight: true,
      });
      const byId = await listingsById(deps, req.actor, result.hits.map((h) => h.id));
      const items = result.hits.flatMap((h) => {
        const listing = byId.get(h.id);
        if (!listing) return [];
        const highlights: Record<string, string> = {};
        for (const hl of h.highlights) if (!(hl.field in highlights)) highlights[hl.field] = highlightHtml(hl);
        return [{ listing, score: h.score, highlights }];
      });
      const f = result.facets;
      const facets: Record<string, { value: string; count: number }[]> = f
        ? {
            kind: f.kind,
            sector: f.sector,
            country: f.country,
            trl: f.trl,
            ipr_status: f.iprStatus,
            cooperation_type: f.cooperationType,
            ipc: f.ipc,
            language: f.language,
          }
        : {};
      return { items, total: result.total, page: q.page, page_size: q.page_size, facets };
    },
  );

  const MatchItem = z.object({ listing: Listing, score: z.number(), reasons: z.array(Reason) });

  app.get(
    '/api/listings/:id/matches',
    {
      config: { permission: 'listing:read' },
      schema: {
        tags: ['search'],
        summary: 'Complementary listings for a listing, best first, each with its reasons (built from public fields only)',
        params: IdParams,
        querystring: LimitQuery,
        response: { 200: z.object({ items: z.array(MatchItem) }), ...errors },
      },
    },
    async (req) => {
      const { hits } = await findMatches(m, req.actor, req.params.id, req.query.limit);
      const byId = await listingsById(deps, req.actor, hits.map((h) => h.id));
      return { items: hits.flatMap((h) => (byId.has(h.id) ? [{ listing: byId.get(h.id)!, score: h.score, reasons: h.why.map(presentReason) }] : [])) };
    },
  );

  app.get(
    '/api/listings/:id/similar',
    {
      config: { permission: 'listing:read' },
      schema: {
        tags: ['search'],
        summary: 'Listings like this one',
        params: IdParams,
        querystring: LimitQuery,
        response: { 200: z.object({ items: z.array(z.object({ listing: Listing, score: z.number() })) }), ...errors },
      },
    },
    async (req) => {
      const hits = await findSimilar(m, req.actor, req.params.id, req.query.limit);
      const byId = await listingsById(deps, req.actor, hits.map((h) => h.id));
      return { items: hits.flatMap((h) => (byId.has(h.id) ? [{ listing: byId.get(h.id)!, score: h.score }] : [])) };
    },
  );

  app.get(
    '/api/organizations/match',
    {
      config: { permission: 'organization:read' },
      schema: {
        tags: ['search'],
        summary: 'Organizations ranked for a need, from everything they have listed publicly',
        querystring: z.object({ q: z.string().max(2000), limit: z.coerce.number().int().min(1).max(50).default(10) }),
        response: {
          200: z.object({
            items: z.array(z.object({ organization: Organization, score: z.number(), listings: z.array(z.object({ id: z.string(), score: z.number() })), reasons: z.array(Reason) })),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const hits = await findPartners(m, req.actor, req.query.q, req.query.limit);
      const orgs = await Promise.all(hits.map((h) => deps.organizations.organizations.findById(h.organizationId)));
      return {
        items: hits.flatMap((h, i) =>
          orgs[i] ? [{ organization: presentOrganization(orgs[i]!), score: h.score, listings: h.listings, reasons: h.why.map(presentReason) }] : [],
        ),
      };
    },
  );

  app.get(
    '/api/organizations/resolve',
    {
      config: { permission: 'organization:read' },
      schema: {
        tags: ['search'],
        summary: 'Resolve a free-text organization name or affiliation to registry organizations (empty: no confident match)',
        querystring: z.object({ name: z.string().max(1000), limit: z.coerce.number().int().min(1).max(10).default(3) }),
        response: { 200: z.object({ items: z.array(z.object({ organization: Organization, score: z.number(), matched_name: z.string() })) }), ...errors },
      },
    },
    async (req) => {
      const hits = await resolveOrganizationName(m, req.actor, req.query.name, req.query.limit);
      const orgs = await Promise.all(hits.map((h) => deps.organizations.organizations.findById(h.organizationId)));
      return { items: hits.flatMap((h, i) => (orgs[i] ? [{ organization: presentOrganization(orgs[i]!), score: h.score, matched_name: h.matchedName }] : [])) };
    },
  );

  app.post(
    '/api/classify',
    {
      config: { permission: 'listing:read' },
      schema: {
        tags: ['search'],
        summary: 'Suggest IPC subclasses and sectors for a text, by its nearest classified listings',
        body: z.object({ text: z.string().max(20_000), title: z.string().max(2000).optional() }).strict(),
        response: {
          200: z.object({
            ipc: z.array(z.object({ code: z.string(), score: z.number() })),
            sectors: z.array(z.object({ code: z.string(), score: z.number(), en: z.string(), zh: z.string() })),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const c = await suggestClassification(m, req.body.text, req.body.title);
      return {
        ipc: c.ipc.map((s) => ({ code: s.code, score: s.score })),
        sectors: c.sectors.flatMap((s) => {
          const sector = findSector(s.code);
          return sector ? [{ code: s.code, score: s.score, en: sector.en, zh: sector.zh }] : [];
        }),
      };
    },
  );
}
