import type { AppDeps } from '../../compose.js';
import { compareIndicators, listIndicatorValues } from '../../core/insight/compare-indicators.js';
import { INDICATOR_CATALOGUE, indicatorDefinition } from '../../core/insight/indicators.js';
import { regionLabel } from '../../core/insight/regions.js';
import type { ZApp } from '../app.js';
import { ErrorBody } from '../contracts.js';
import * as C from '../insight-contracts.js';
import { comparisonCsv, indicatorsCsv, presentComparison, presentIndicatorValue, sendCsv } from '../insight-presenters.js';

const errors = { 400: ErrorBody };

/** Benchmark indicators: values with their sources, the catalogue, and region-against-peers comparisons. */
export function indicatorRoutes(app: ZApp, deps: AppDeps) {
  const d = deps.insight;

  app.get(
    '/api/indicators',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['indicators'],
        summary: 'Indicator values by region (DE, CN-GD, CN-GD-SZ, US-CA, WORLD...), indicator and years, each with unit and source; ?format=csv',
        querystring: C.IndicatorQuery,
        response: { 200: C.IndicatorList, ...errors },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const values = await listIndicatorValues(d, req.actor, { regions: q.region, indicators: q.indicator, yearFrom: q.from, yearTo: q.to });
      if (q.format === 'csv') return sendCsv(reply, 'indicators.csv', indicatorsCsv(values));
      return { items: values.map(presentIndicatorValue) };
    },
  );

  app.get(
    '/api/indicators/catalogue',
    {
      config: { permission: 'public' },
      schema: { tags: ['indicators'], summary: 'Which indicators and regions the store holds (and the indicators the platform knows by name)', response: { 200: C.IndicatorCatalogue } },
    },
    async () => {
      const [summary, regions] = await Promise.all([d.indicators.summary(), d.indicators.regions()]);
      const held = new Map(summary.map((s) => [s.indicator, s]));
      const codes = [...new Set([...INDICATOR_CATALOGUE.map((i) => i.code), ...summary.map((s) => s.indicator)])];
      return {
        indicators: codes.map((code) => {
          const s = held.get(code);
          const def = indicatorDefinition(code, s?.unit ?? '');
          return {
            code,
            label_en: def.label.en,
            label_zh: def.label.zh,
            unit: s?.unit ?? def.unit,
            higher_is_better: def.higherIsBetter,
            regions: s?.regions ?? 0,
            year_min: s?.yearMin ?? null,
            year_max: s?.yearMax ?? null,
            sources: s?.sources ?? [],
          };
        }),
        regions: regions.map((r) => {
          const l = regionLabel(r.region);
          return { region: r.region, label_en: l.en, label_zh: l.zh, indicators: r.indicators, values: r.values };
        }),
      };
    },
  );

  app.get(
    '/api/indicators/compare',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['indicators'],
        summary: 'A region against peers on indicators: series, and latest values normalized to the best of the compared regions (0-100), each with its source; ?format=csv',
        querystring: C.CompareQuery,
        response: { 200: C.CompareResponse, ...errors },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const r = await compareIndicators(d, req.actor, { region: q.region, peers: q.peers ?? [], indicators: q.indicator ?? [], year: q.year, yearFrom: q.from });
      if (q.format === 'csv') return sendCsv(reply, `compare-${r.regions.join('-')}.csv`, comparisonCsv(r));
      return presentComparison(r);
    },
  );
}
