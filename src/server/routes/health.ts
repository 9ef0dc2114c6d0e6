import { z } from 'zod';
import type { AppDeps } from '../../compose.js';
import type { ZApp } from '../app.js';
import { VERSION } from '../version.js';
import { sql } from 'kysely';

export function healthRoutes(app: ZApp, deps: AppDeps) {
  app.get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness, database check and the search index\'s state',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgresql']),
            version: z.string(),
            search_index: z.object({
              /** building: not ready yet (the server builds it before it listens; tests on first use). */
              state: z.enum(['building', 'ready']),
              /** How it was made at start: from the database's listings or from its snapshot file. */
              source: z.enum(['database', 'snapshot']).nullable(),
              build_ms: z.number().nullable(),
              public_listings: z.number().nullable(),
            }),
          }),
        },
      },
    },
    async () => {
      await sql`SELECT 1`.execute(deps.database.db);
      const built = deps.market.isBuilt();
      const s = deps.market.stats();
      return {
        status: 'ok' as const,
        database: deps.database.kind,
        version: VERSION,
        search_index: built
          ? { state: 'ready' as const, source: s.source, build_ms: s.buildMillis, public_listings: s.documents.public }
          : { state: 'building' as const, source: null, build_ms: null, public_listings: null },
      };
    },
  );

  app.get(
    '/api/stats/overview',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Headline figures of the public market',
        response: {
          200: z.object({
            offers: z.number(),
            requests: z.number(),
            organizations: z.number(),
            countries: z.number(),
            listings_published: z.number(),
          }),
        },
      },
    },
    async () => {
      const o = await deps.stats.overview();
      return { offers: o.offers, requests: o.requests, organizations: o.organizations, countries: o.countries, listings_published: o.listingsPublished };
    },
  );
}
