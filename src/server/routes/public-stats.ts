import { z } from 'zod';
import type { AppDeps } from '../../compose.js';
import { getPublicStats } from '../../core/insight/get-public-stats.js';
import { FLOW_CLASS_LABELS } from '../../core/insight/flows.js';
import type { ZApp } from '../app.js';
import { ErrorBody } from '../contracts.js';
import * as C from '../insight-contracts.js';
import { presentPublicStats, sendCsv } from '../insight-presenters.js';
import { renderStatsPage } from '../stats-page.js';
import { CSV_BOM, csvLine } from '../../store/csv.js';

const StatsQuery = z.object({ format: C.Format, table: z.enum(['sectors', 'flows', 'trend']).default('sectors') });

/** Public statistics (no sign-in): JSON, CSV tables and the server-rendered page at /stats. */
export function publicStatsRoutes(app: ZApp, deps: AppDeps) {
  app.get(
    '/api/public/stats',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['insight'],
        summary: 'Public statistics: headline figures, supply and demand by sector, flows by class, monthly trend (public listings only); ?format=csv&table=sectors|flows|trend',
        querystring: StatsQuery,
        response: { 200: C.PublicStatsResponse, 400: ErrorBody },
      },
    },
    async (req, reply) => {
      const s = await getPublicStats(deps.insight, req.actor);
      if (req.query.format !== 'csv') return presentPublicStats(s);
      const n = (x: number | null) => (x === null ? null : String(x));
      let body: string;
      if (req.query.table === 'flows') {
        body = csvLine(['flow', 'label_en', 'label_zh', 'agreements', 'registered']) + s.flows.map((f) => csvLine([f.flow, FLOW_CLASS_LABELS[f.flow].en, FLOW_CLASS_LABELS[f.flow].zh, n(f.agreements), n(f.registered)])).join('');
      } else if (req.query.table === 'trend') {
        body = csvLine(['period', 'offers', 'requests']) + s.trend.map((t) => csvLine([t.period, n(t.offers), n(t.requests)])).join('');
      } else {
        body =
          csvLine(['sector', 'label_en', 'label_zh', 'offers', 'requests', 'requests_matched', 'coverage', 'gap_index']) +
          s.bySector.map((r) => csvLine([r.key, r.label.en, r.label.zh, n(r.offers), n(r.requests), n(r.requestsMatched), n(r.coverage), n(r.gapIndex)])).join('');
      }
      return sendCsv(reply, `public-stats-${req.query.table}.csv`, CSV_BOM + body);
    },
  );

  // Registered explicitly: the web app's fallback would otherwise answer /stats with index.html.
  app.get('/stats', { config: { permission: 'public' }, schema: { hide: true, querystring: C.StatsPageQuery } }, async (req, reply) => {
    const s = await getPublicStats(deps.insight, req.actor);
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .serializer((p: unknown) => p as string)
      .send(renderStatsPage(s, req.query.lang ?? 'both'));
  });
}
