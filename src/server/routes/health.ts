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
        summary: 'Liveness and database check',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']), version: z.string() }) },
      },
    },
    async () => {
      await sql`SELECT 1`.execute(deps.database.db);
      return { status: 'ok' as const, database: deps.database.kind, version: VERSION };
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
