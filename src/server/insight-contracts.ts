import { z } from 'zod';
import { Id, listParam } from './contracts.js';

/**
 * The JSON contract of the insight, indicator and public statistics routes (snake_case, stable).
 * zod checks shapes; periods, dimensions, home regions and ranges answer from core with their
 * own codes (INSIGHT_*). Every list view also answers ?format=csv (UTF-8 with a byte-order mark).
 */

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')
  .optional();
const trl = z.coerce.number().int().min(1).max(9).optional();
export const Format = z.enum(['json', 'csv']).default('json');
const Locale = z.enum(['en', 'zh']).default('en');

const Labels = { label: z.string(), label_en: z.string(), label_zh: z.string() };
const ratio = z.number().nullable();

const ScopeQuery = {
  period: z.string().max(40).optional(),
  status: listParam,
  sector: listParam,
  country: listParam,
  trl_min: trl,
  trl_max: trl,
  ipc: z.string().max(32).optional(),
};

export const BalanceQuery = z.object({
  by: z.string().max(100).default('sector'),
  interval: z.string().max(10).optional(),
  region_level: z.string().max(10).optional(),
  include_empty: flag,
  locale: Locale,
  format: Format,
  ...ScopeQuery,
});

const BalanceFigures = { offers: z.number().int(), requests: z.number().int(), requests_matched: z.number().int(), coverage: ratio, gap_index: ratio };

export const BalanceRow = z.object({
  key: z.string(),
  ...Labels,
  keys: z.array(z.string()),
  labels: z.array(z.object({ en: z.string(), zh: z.string() })),
  period: z.string().nullable(),
  ...BalanceFigures,
});

export const BalanceResponse = z.object({
  dimensions: z.array(z.string()),
  period: z.string().nullable(),
  interval: z.string().nullable(),
  region_level: z.string(),
  coverage_method: z.enum(['engine', 'sector_overlap']),
  gap_index_formula: z.string(),
  totals: z.object(BalanceFigures),
  rows: z.array(BalanceRow),
});

export const Counterpart = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  language: z.string(),
  title_en: z.string().nullable(),
  title_zh: z.string().nullable(),
  country: z.string(),
  owner_organization_id: z.string(),
  owner_name: z.string().nullable(),
  owner_name_zh: z.string().nullable(),
  trl: z.number().nullable(),
  published_at: z.string().nullable(),
  affinity: z.number(),
});

export const Home = z.object({ key: z.string(), country: z.string(), region: z.string().nullable(), city: z.string().nullable(), label_en: z.string(), label_zh: z.string() });

export const GapQuery = z.object({
  direction: z.string().max(10).default('import'),
  home: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  per_sector: z.coerce.number().int().min(0).max(20).default(5),
  locale: Locale,
  format: Format,
  ...ScopeQuery,
});

export const GapResponse = z.object({
  direction: z.string(),
  home: Home,
  period: z.string().nullable(),
  rows: z.array(
    z.object({
      sector: z.string(),
      ...Labels,
      home_offers: z.number().int(),
      home_requests: z.number().int(),
      domestic_offers: z.number().int(),
      domestic_requests: z.number().int(),
      foreign_offers: z.number().int(),
      foreign_requests: z.number().int(),
      gap: z.number().int(),
      gap_index: ratio,
      counterparts: z.array(Counterpart),
    }),
  ),
});

export const FlowQuery = z.object({
  period: z.string().max(40).optional(),
  home: z.string().max(200).optional(),
  by_sector: flag,
  measure: z.string().max(40).optional(),
  locale: Locale,
  format: Format,
});

const FlowMeasures = {
  deals: z.number().int(),
  agreements: z.number().int(),
  registered: z.number().int(),
  registered_value_cny_minor: z.number(),
  registered_value_usd_minor: z.number(),
  unconverted: z.number().int(),
};

export const FlowResponse = z.object({
  period: z.string().nullable(),
  home: Home,
  measure: z.string(),
  rows: z.array(
    z.object({
      flow: z.string(),
      flow_label_en: z.string(),
      flow_label_zh: z.string(),
      seller_country: z.string(),
      buyer_country: z.string(),
      sector: z.string().nullable(),
      ...FlowMeasures,
    }),
  ),
  totals: z.array(z.object({ flow: z.string(), flow_label_en: z.string(), flow_label_zh: z.string(), ...FlowMeasures })),
  sankey: z.object({
    nodes: z.array(z.object({ id: z.string(), side: z.string(), label_en: z.string(), label_zh: z.string() })),
    links: z.array(z.object({ source: z.string(), target: z.string(), value: z.number(), flow: z.string() })),
  }),
});

export const KpiQuery = z.object({
  period: z.string().max(40).optional(),
  interval: z.string().max(10).optional(),
  organization_id: listParam,
  sector: listParam,
  locale: Locale,
  format: Format,
});

export const KpiResponse = z.object({
  period: z.string(),
  interval: z.string().nullable(),
  periods: z.array(z.string()),
  as_of: z.string(),
  kpis: z.array(
    z.object({
      code: z.string(),
      ...Labels,
      unit: z.string(),
      kind: z.string(),
      definition: z.string(),
      total: z.number().nullable(),
      series: z.array(z.object({ period: z.string(), value: z.number().nullable() })),
    }),
  ),
  funnel: z.array(z.object({ stage: z.string(), ...Labels, deals: z.number().int(), from_previous: ratio, from_start: ratio })),
});

// Indicators ------------------------------------------------------------------------

export const IndicatorQuery = z.object({
  region: listParam,
  indicator: listParam,
  from: z.coerce.number().int().min(1900).max(2100).optional(),
  to: z.coerce.number().int().min(1900).max(2100).optional(),
  format: Format,
});

const IndicatorRow = z.object({
  region: z.string(),
  region_label_en: z.string(),
  region_label_zh: z.string(),
  indicator: z.string(),
  indicator_label_en: z.string(),
  indicator_label_zh: z.string(),
  year: z.number().int(),
  value: z.number(),
  unit: z.string(),
  source: z.string(),
  source_url: z.string().nullable(),
  note: z.string().nullable(),
});

export const IndicatorList = z.object({ items: z.array(IndicatorRow) });

export const IndicatorCatalogue = z.object({
  indicators: z.array(
    z.object({
      code: z.string(),
      label_en: z.string(),
      label_zh: z.string(),
      unit: z.string(),
      higher_is_better: z.boolean(),
      regions: z.number().int(),
      year_min: z.number().int().nullable(),
      year_max: z.number().int().nullable(),
      sources: z.array(z.string()),
    }),
  ),
  regions: z.array(z.object({ region: z.string(), label_en: z.string(), label_zh: z.string(), indicators: z.number().int(), values: z.number().int() })),
});

export const CompareQuery = z.object({
  region: z.string().min(1).max(20),
  peers: listParam,
  indicator: listParam,
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  from: z.coerce.number().int().min(1900).max(2100).optional(),
  format: Format,
});

const Point = z.object({ year: z.number().int(), value: z.number(), unit: z.string(), source: z.string(), source_url: z.string().nullable() });

export const CompareResponse = z.object({
  regions: z.array(z.string()),
  year: z.number().int().nullable(),
  indicators: z.array(
    z.object({
      code: z.string(),
      label_en: z.string(),
      label_zh: z.string(),
      unit: z.string(),
      higher_is_better: z.boolean(),
      series: z.array(z.object({ region: z.string(), label_en: z.string(), label_zh: z.string(), points: z.array(Point) })),
      latest: z.array(
        z.object({
          region: z.string(),
          label_en: z.string(),
          label_zh: z.string(),
          year: z.number().int().nullable(),
          value: z.number().nullable(),
          normalized: z.number().nullable(),
          unit: z.string().nullable(),
          source: z.string().nullable(),
        }),
      ),
    }),
  ),
});

// Public statistics and feeds -------------------------------------------------------

export const PublicStatsResponse = z.object({
  generated_at: z.string(),
  home: Home,
  headline: z.object({
    offers: z.number().int(),
    requests: z.number().int(),
    organizations: z.number().int(),
    countries: z.number().int(),
    agreements: z.number().int(),
    registered_contracts: z.number().int(),
    registered_value_cny_minor: z.number(),
  }),
  by_sector: z.array(z.object({ key: z.string(), label_en: z.string(), label_zh: z.string(), ...BalanceFigures })),
  totals: z.object(BalanceFigures),
  flows: z.array(z.object({ flow: z.string(), label_en: z.string(), label_zh: z.string(), agreements: z.number().int(), registered: z.number().int() })),
  trend_period: z.string(),
  trend: z.array(z.object({ period: z.string(), offers: z.number().int(), requests: z.number().int() })),
});

export const StatsPageQuery = z.object({ lang: z.enum(['en', 'zh']).optional() });
export const FeedQuery = z.object({ sector: listParam, lang: z.enum(['en', 'zh']).optional() });

export { Id };
