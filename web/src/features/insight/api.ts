import { apiRequest, toQueryString, type QueryValue } from '../../api/client';
import type { Listing, Page } from '../../api/types';

/** The insight, indicator and feed endpoints the dashboards read (see docs/insight.md). */

type Signal = { signal?: AbortSignal };
export type Ratio = number | null;
export type Locale = 'en' | 'zh';

export type BalanceFigures = { offers: number; requests: number; requests_matched: number; coverage: Ratio; gap_index: Ratio };

export type BalanceRow = BalanceFigures & {
  key: string;
  label: string;
  label_en: string;
  label_zh: string;
  keys: string[];
  labels: { en: string; zh: string }[];
  period: string | null;
};

export type BalanceResponse = {
  dimensions: string[];
  period: string | null;
  interval: string | null;
  region_level: string;
  coverage_method: 'engine' | 'sector_overlap';
  gap_index_formula: string;
  totals: BalanceFigures;
  rows: BalanceRow[];
};

export type BalanceQuery = { by: string; period?: string; sector?: string[]; region_level?: 'province' | 'city' };

export type Counterpart = {
  id: string;
  kind: string;
  title: string;
  language: string;
  title_en: string | null;
  title_zh: string | null;
  country: string;
  owner_organization_id: string;
  owner_name: string | null;
  owner_name_zh: string | null;
  trl: number | null;
  published_at: string | null;
  affinity: number;
};

export type Home = { key: string; country: string; region: string | null; city: string | null; label_en: string; label_zh: string };

export type GapRow = {
  sector: string;
  label: string;
  label_en: string;
  label_zh: string;
  home_offers: number;
  home_requests: number;
  domestic_offers: number;
  domestic_requests: number;
  foreign_offers: number;
  foreign_requests: number;
  gap: number;
  gap_index: Ratio;
  counterparts: Counterpart[];
};

export type GapResponse = { direction: string; home: Home; period: string | null; rows: GapRow[] };
export type GapQuery = { direction: 'import' | 'export'; period?: string; limit?: number; per_sector?: number };

export type FlowMeasures = {
  deals: number;
  agreements: number;
  registered: number;
  registered_value_cny_minor: number;
  registered_value_usd_minor: number;
  unconverted: number;
};

export type FlowRow = FlowMeasures & {
  flow: string;
  flow_label_en: string;
  flow_label_zh: string;
  seller_country: string;
  buyer_country: string;
  sector: string | null;
};

export type FlowResponse = {
  period: string | null;
  home: Home;
  measure: string;
  rows: FlowRow[];
  totals: (FlowMeasures & { flow: string; flow_label_en: string; flow_label_zh: string })[];
  sankey: {
    nodes: { id: string; side: string; label_en: string; label_zh: string }[];
    links: { source: string; target: string; value: number; flow: string }[];
  };
};

export const FLOW_MEASURES = ['deals', 'agreements', 'registered', 'registered_value_cny_minor'] as const;
export type FlowMeasure = (typeof FLOW_MEASURES)[number];
export type FlowQuery = { period?: string; by_sector?: boolean; measure?: FlowMeasure };

export type Kpi = {
  code: string;
  label: string;
  label_en: string;
  label_zh: string;
  unit: string;
  kind: string;
  definition: string;
  total: number | null;
  series: { period: string; value: number | null }[];
};

export type FunnelStage = { stage: string; label: string; label_en: string; label_zh: string; deals: number; from_previous: Ratio; from_start: Ratio };

export type KpiResponse = { period: string; interval: string | null; periods: string[]; as_of: string; kpis: Kpi[]; funnel: FunnelStage[] };

export const GRAINS = ['month', 'quarter', 'year'] as const;
export type Grain = (typeof GRAINS)[number];
export type KpiQuery = { period?: string; interval?: Grain; organization_id?: string[]; sector?: string[] };

export type IndicatorValue = {
  region: string;
  region_label_en: string;
  region_label_zh: string;
  indicator: string;
  indicator_label_en: string;
  indicator_label_zh: string;
  year: number;
  value: number;
  unit: string;
  source: string;
  source_url: string | null;
  note: string | null;
};

export type IndicatorCatalogue = {
  indicators: {
    code: string;
    label_en: string;
    label_zh: string;
    unit: string;
    higher_is_better: boolean;
    regions: number;
    year_min: number | null;
    year_max: number | null;
    sources: string[];
  }[];
  regions: { region: string; label_en: string; label_zh: string; indicators: number; values: number }[];
};

export type Comparison = {
  regions: string[];
  year: number | null;
  indicators: {
    code: string;
    label_en: string;
    label_zh: string;
    unit: string;
    higher_is_better: boolean;
    latest: {
      region: string;
      label_en: string;
      label_zh: string;
      year: number | null;
      value: number | null;
      normalized: number | null;
      unit: string | null;
      source: string | null;
    }[];
  }[];
};

export type IndicatorQuery = { region: string[]; indicator: string[] };
export type CompareQuery = { region: string; peers: string[]; indicator: string[] };

/** A success story from the Atom feed (the server publishes only those both parties agreed to). */
export type SuccessStory = { id: string; title: string; summary: string; link: string; published: string; categories: { term: string; label: string }[] };

const q = (query: object) => query as Record<string, QueryValue>;

/** The address of a route's CSV download with the same filters as the view. */
export function csvUrl(path: string, query: object): string {
  return `${path}${toQueryString({ ...q(query), format: 'csv' })}`;
}

export const insightApi = {
  balance: (query: BalanceQuery & { locale: Locale }, o: Signal = {}) => apiRequest<BalanceResponse>('/api/insight/balance', { query: q(query), ...o }),
  gaps: (query: GapQuery & { locale: Locale }, o: Signal = {}) => apiRequest<GapResponse>('/api/insight/gaps', { query: q(query), ...o }),
  flows: (query: FlowQuery, o: Signal = {}) => apiRequest<FlowResponse>('/api/insight/flows', { query: q(query), ...o }),
  kpis: (query: KpiQuery & { locale: Locale }, o: Signal = {}) => apiRequest<KpiResponse>('/api/insight/kpis', { query: q(query), ...o }),
  indicators: (query: IndicatorQuery, o: Signal = {}) => apiRequest<{ items: IndicatorValue[] }>('/api/indicators', { query: q(query), ...o }),
  catalogue: (o: Signal = {}) => apiRequest<IndicatorCatalogue>('/api/indicators/catalogue', o),
  compare: (query: CompareQuery, o: Signal = {}) => apiRequest<Comparison>('/api/indicators/compare', { query: q(query), ...o }),
  /** Published listings of a sector, newest first (the drill-down keeps the public ones). */
  sectorListings: (sector: string, kind: 'technology_offer' | 'technology_request', o: Signal = {}) =>
    apiRequest<Page<Listing>>('/api/listings', { query: { sector, kind, status: 'published', sort: 'newest', page_size: 100 }, ...o }),
  successStories: async (lang: Locale, o: Signal = {}): Promise<SuccessStory[]> => {
    const response = await fetch(`/feeds/success-stories.atom?lang=${lang}`, { signal: o.signal, credentials: 'same-origin', headers: { accept: 'application/atom+xml' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return parseAtom(await response.text());
  },
};

/** The entries of an Atom feed (text only: nothing is rendered as HTML). */
export function parseAtom(xml: string): SuccessStory[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('The feed is not valid XML.');
  const text = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent?.trim() ?? '';
  return Array.from(doc.getElementsByTagName('entry')).map((entry) => ({
    id: text(entry, 'id'),
    title: text(entry, 'title'),
    summary: text(entry, 'summary'),
    link: entry.getElementsByTagName('link')[0]?.getAttribute('href') ?? '',
    published: text(entry, 'published') || text(entry, 'updated'),
    categories: Array.from(entry.getElementsByTagName('category')).map((c) => ({ term: c.getAttribute('term') ?? '', label: c.getAttribute('label') ?? c.getAttribute('term') ?? '' })),
  }));
}
