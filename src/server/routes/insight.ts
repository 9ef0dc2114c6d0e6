import type { AppDeps } from '../../compose.js';
import { getBalance } from '../../core/insight/get-balance.js';
import { getFlows } from '../../core/insight/get-flows.js';
import { getKpis } from '../../core/insight/get-kpis.js';
import { listGaps } from '../../core/insight/list-gaps.js';
import type { ZApp } from '../app.js';
import { ErrorBody } from '../contracts.js';
import { createEngineCoverage } from '../insight-coverage.js';
import * as C from '../insight-contracts.js';
import { balanceCsv, flowsCsv, gapsCsv, kpisCsv, presentBalance, presentFlows, presentGaps, presentKpis, sendCsv } from '../insight-presenters.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

/** Dashboards: supply and demand balance, the broker's gap list, transfer flows and the center's KPIs. */
export function insightRoutes(app: ZApp, deps: AppDeps) {
  const d = deps.insight;
  // The server runs the matching engine: coverage is "at least one strong match" here (the CLI approximates it).
  d.coverage ??= createEngineCoverage(deps);

  app.get(
    '/api/insight/balance',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['insight'],
        summary: 'Supply and demand balance of published technology offers and requests, by sector, wipo (IPC), country, region, trl, trl_band or cooperation (one or two, comma-separated); ?format=csv',
        description:
          'offers and requests count published listings exactly as GET /api/listings?kind=...&status=published with the same filters (sector, country, trl_min, trl_max, ipc, status), for what the caller may see. ' +
          'period (2026, 2026Q3, 2026-07 or a range A..B, China Standard Time) keeps listings published in it; interval=month|quarter|year makes a series. ' +
          'requests_matched: requests with at least one strong match (coverage_method engine) or, where no engine runs, sharing a sector with a published offer (sector_overlap). ' +
          'gap_index = (requests - offers) / (requests + offers).',
        querystring: C.BalanceQuery,
        response: { 200: C.BalanceResponse, ...errors },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const r = await getBalance(d, req.actor, {
        by: q.by,
        period: q.period,
        interval: q.interval,
        regionLevel: q.region_level,
        includeEmpty: q.include_empty,
        status: q.status,
        sectors: q.sector,
        countries: q.country,
        trlMin: q.trl_min,
        trlMax: q.trl_max,
        ipc: q.ipc,
      });
      if (q.format === 'csv') return sendCsv(reply, `balance-${r.dimensions.join('-')}${r.period ? `-${r.period}` : ''}.csv`, balanceCsv(r));
      return presentBalance(r, q.locale);
    },
  );

  app.get(
    '/api/insight/gaps',
    {
      config: { permission: 'staff:read' },
      schema: {
        tags: ['insight'],
        summary: 'The broker’s gap list: sectors where home-region demand outstrips home supply (direction=import, with the strongest foreign offers) or the mirror (export, with foreign requests); ?format=csv',
        querystring: C.GapQuery,
        response: { 200: C.GapResponse, ...errors },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const r = await listGaps(d, req.actor, {
        direction: q.direction,
        home: q.home,
        limit: q.limit,
        perSector: q.per_sector,
        period: q.period,
        status: q.status,
        sectors: q.sector,
        countries: q.country,
        trlMin: q.trl_min,
        trlMax: q.trl_max,
        ipc: q.ipc,
      });
      if (q.format === 'csv') return sendCsv(reply, `gaps-${r.direction}${r.period ? `-${r.period}` : ''}.csv`, gapsCsv(r));
      return presentGaps(r, q.locale);
    },
  );

  app.get(
    '/api/insight/flows',
    {
      config: { permission: 'staff:read' },
      schema: {
        tags: ['insight'],
        summary: 'Technology transfer flows from deals and registered contracts: local, domestic to and from the home region, inbound and outbound international; by country pair (and sector); Sankey data; ?format=csv',
        querystring: C.FlowQuery,
        response: { 200: C.FlowResponse, ...errors },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const r = await getFlows(d, req.actor, { period: q.period, home: q.home, bySector: q.by_sector, measure: q.measure });
      if (q.format === 'csv') return sendCsv(reply, `flows${r.period ? `-${r.period}` : ''}.csv`, flowsCsv(r));
      return presentFlows(r);
    },
  );

  app.get(
    '/api/insight/kpis',
    {
      config: { permission: 'staff:read' },
      schema: {
        tags: ['insight'],
        summary: 'The center’s KPIs over a period (default the last 12 months by month): listings, matches, EOIs, NDAs, agreements, registered contracts and value (CNY, USD), time to agreement, stale listings, conversion funnel; ?format=csv',
        querystring: C.KpiQuery,
        response: { 200: C.KpiResponse, ...errors },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const r = await getKpis(d, req.actor, { period: q.period, interval: q.interval, organizationIds: q.organization_id, sectors: q.sector });
      if (q.format === 'csv') return sendCsv(reply, `kpis-${r.period}.csv`, kpisCsv(r));
      return presentKpis(r, q.locale);
    },
  );
}
