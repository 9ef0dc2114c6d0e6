import type { FastifyReply } from 'fastify';
import type { BalanceResult } from '../core/insight/get-balance.js';
import type { FlowResult } from '../core/insight/get-flows.js';
import type { KpiResult } from '../core/insight/get-kpis.js';
import type { GapResult } from '../core/insight/list-gaps.js';
import type { PublicStats } from '../core/insight/get-public-stats.js';
import type { IndicatorComparison, IndicatorValue } from '../core/insight/indicators.js';
import { indicatorDefinition } from '../core/insight/indicators.js';
import { FLOW_CLASS_LABELS } from '../core/insight/flows.js';
import { regionLabel, type HomeRegion, type Label } from '../core/insight/regions.js';
import { findSector } from '../core/taxonomy/sectors.js';
import { CSV_BOM, csvLine } from '../store/csv.js';

/** JSON and CSV forms of the insight use cases' results (snake_case, as in insight-contracts.ts). */

export type Locale = 'en' | 'zh';
const pick = (l: Label, locale: Locale) => (locale === 'zh' ? l.zh : l.en);
const labels = (l: Label, locale: Locale) => ({ label: pick(l, locale), label_en: l.en, label_zh: l.zh });
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const GAP_INDEX_FORMULA = 'gap_index = (requests - offers) / (requests + offers); null when both are 0';

export const presentHome = (h: HomeRegion) => ({ key: h.key, country: h.country, region: h.region, city: h.city, label_en: h.label.en, label_zh: h.label.zh });

const figures = (x: { offers: number; requests: number; requestsMatched: number; coverage: number | null; gapIndex: number | null }) => ({
  offers: x.offers,
  requests: x.requests,
  requests_matched: x.requestsMatched,
  coverage: x.coverage,
  gap_index: x.gapIndex,
});

export function presentBalance(r: BalanceResult, locale: Locale) {
  return {
    dimensions: r.dimensions,
    period: r.period,
    interval: r.interval,
    region_level: r.regionLevel,
    coverage_method: r.coverageMethod,
    gap_index_formula: GAP_INDEX_FORMULA,
    totals: figures(r.totals),
    rows: r.rows.map((row) => ({ key: row.key, ...labels(row.label, locale), keys: row.keys, labels: row.labels, period: row.period, ...figures(row) })),
  };
}

/** A cell a spreadsheet must not run as a formula (titles and names come from users). */
const text = (s: string | null) => (s !== null && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
const num = (n: number | null) => (n === null ? null : String(n));

function csv(header: string[], rows: (string | null)[][]): string {
  return CSV_BOM + csvLine(header) + rows.map(csvLine).join('');
}

export function balanceCsv(r: BalanceResult): string {
  const header = [...(r.interval ? ['period'] : []), ...r.dimensions, ...r.dimensions.flatMap((d) => [`${d}_label_en`, `${d}_label_zh`]), 'offers', 'requests', 'requests_matched', 'coverage', 'gap_index'];
  return csv(
    header,
    r.rows.map((row) => [
      ...(r.interval ? [row.period] : []),
      ...row.keys,
      ...row.labels.flatMap((l) => [l.en, l.zh]),
      num(row.offers),
      num(row.requests),
      num(row.requestsMatched),
      num(row.coverage),
      num(row.gapIndex),
    ]),
  );
}

export function presentGaps(r: GapResult, locale: Locale) {
  return {
    direction: r.direction,
    home: presentHome(r.home),
    period: r.period,
    rows: r.rows.map((row) => ({
      sector: row.sector,
      ...labels(row.label, locale),
      home_offers: row.homeOffers,
      home_requests: row.homeRequests,
      domestic_offers: row.domesticOffers,
      domestic_requests: row.domesticRequests,
      foreign_offers: row.foreignOffers,
      foreign_requests: row.foreignRequests,
      gap: row.gap,
      gap_index: row.gapIndex,
      counterparts: row.counterparts.map((c) => ({
        id: c.id,
        kind: c.kind,
        title: c.title,
        language: c.language,
        title_en: c.titleEn,
        title_zh: c.titleZh,
        country: c.country,
        owner_organization_id: c.ownerOrganizationId,
        owner_name: c.ownerName,
        owner_name_zh: c.ownerNameZh,
        trl: c.trl,
        published_at: iso(c.publishedAt),
        affinity: c.affinity,
      })),
    })),
  };
}

export function gapsCsv(r: GapResult): string {
  const header = ['sector', 'label_en', 'label_zh', 'home_offers', 'home_requests', 'foreign_offers', 'foreign_requests', 'gap', 'gap_index', 'rank', 'listing_id', 'listing_title', 'listing_country', 'owner_name', 'trl', 'affinity'];
  const rows: (string | null)[][] = [];
  for (const g of r.rows) {
    const head = [g.sector, g.label.en, g.label.zh, num(g.homeOffers), num(g.homeRequests), num(g.foreignOffers), num(g.foreignRequests), num(g.gap), num(g.gapIndex)];
    if (g.counterparts.length === 0) rows.push([...head, null, null, null, null, null, null, null]);
    g.counterparts.forEach((c, i) => rows.push([...head, String(i + 1), c.id, text(c.title), c.country, text(c.ownerName ?? c.ownerNameZh), num(c.trl), num(c.affinity)]));
  }
  return csv(header, rows);
}

const flowMeasures = (m: { deals: number; agreements: number; registered: number; registeredValueCnyMinor: number; registeredValueUsdMinor: number; unconverted: number }) => ({
  deals: m.deals,
  agreements: m.agreements,
  registered: m.registered,
  registered_value_cny_minor: m.registeredValueCnyMinor,
  registered_value_usd_minor: m.registeredValueUsdMinor,
  unconverted: m.unconverted,
});

export function presentFlows(r: FlowResult) {
  return {
    period: r.period,
    home: presentHome(r.home),
    measure: r.measure,
    rows: r.rows.map((row) => ({
      flow: row.flow,
      flow_label_en: FLOW_CLASS_LABELS[row.flow].en,
      flow_label_zh: FLOW_CLASS_LABELS[row.flow].zh,
      seller_country: row.sellerCountry,
      buyer_country: row.buyerCountry,
      sector: row.sector,
      ...flowMeasures(row),
    })),
    totals: r.totals.map((t) => ({ flow: t.flow, flow_label_en: FLOW_CLASS_LABELS[t.flow].en, flow_label_zh: FLOW_CLASS_LABELS[t.flow].zh, ...flowMeasures(t) })),
    sankey: {
      nodes: r.sankey.nodes.map((n) => ({ id: n.id, side: n.side, label_en: n.label.en, label_zh: n.label.zh })),
      links: r.sankey.links,
    },
  };
}

export function flowsCsv(r: FlowResult): string {
  const header = ['flow', 'flow_label_en', 'flow_label_zh', 'seller_country', 'buyer_country', 'sector', 'sector_label_en', 'deals', 'agreements', 'registered', 'registered_value_cny_minor', 'registered_value_usd_minor', 'unconverted'];
  return csv(
    header,
    r.rows.map((row) => [
      row.flow,
      FLOW_CLASS_LABELS[row.flow].en,
      FLOW_CLASS_LABELS[row.flow].zh,
      row.sellerCountry,
      row.buyerCountry,
      row.sector,
      row.sector ? (findSector(row.sector)?.en ?? row.sector) : null,
      num(row.deals),
      num(row.agreements),
      num(row.registered),
      num(row.registeredValueCnyMinor),
      num(row.registeredValueUsdMinor),
      num(row.unconverted),
    ]),
  );
}

export function presentKpis(r: KpiResult, locale: Locale) {
  return {
    period: r.period,
    interval: r.interval,
    periods: r.periods,
    as_of: r.asOf.toISOString(),
    kpis: r.kpis.map((k) => ({ code: k.code, ...labels(k.label, locale), unit: k.unit, kind: k.kind, definition: k.definition, total: k.total, series: k.series })),
    funnel: r.funnel.map((s) => ({ stage: s.stage, ...labels(s.label, locale), deals: s.deals, from_previous: s.fromPrevious, from_start: s.fromStart })),
  };
}

export function kpisCsv(r: KpiResult): string {
  const header = ['code', 'label_en', 'label_zh', 'unit', 'total', ...r.periods];
  return csv(
    header,
    r.kpis.map((k) => [k.code, k.label.en, k.label.zh, k.unit, num(k.total), ...r.periods.map((p) => num(k.series.find((s) => s.period === p)?.value ?? null))]),
  );
}

export function presentIndicatorValue(v: IndicatorValue) {
  const region = regionLabel(v.region);
  const def = indicatorDefinition(v.indicator, v.unit);
  return {
    region: v.region,
    region_label_en: region.en,
    region_label_zh: region.zh,
    indicator: v.indicator,
    indicator_label_en: def.label.en,
    indicator_label_zh: def.label.zh,
    year: v.year,
    value: v.value,
    unit: v.unit,
    source: v.source,
    source_url: v.sourceUrl,
    note: v.note,
  };
}

export function indicatorsCsv(values: IndicatorValue[]): string {
  const header = ['region', 'region_label_en', 'region_label_zh', 'indicator', 'year', 'value', 'unit', 'source', 'source_url', 'note'];
  return csv(
    header,
    values.map((v) => {
      const l = regionLabel(v.region);
      return [v.region, l.en, l.zh, v.indicator, String(v.year), String(v.value), v.unit, text(v.source), v.sourceUrl, text(v.note)];
    }),
  );
}

export function presentComparison(c: { regions: string[]; year: number | null; indicators: IndicatorComparison[] }) {
  return {
    regions: c.regions,
    year: c.year,
    indicators: c.indicators.map((i) => ({
      code: i.indicator.code,
      label_en: i.indicator.label.en,
      label_zh: i.indicator.label.zh,
      unit: i.indicator.unit,
      higher_is_better: i.indicator.higherIsBetter,
      series: i.series.map((s) => ({
        region: s.region,
        label_en: s.label.en,
        label_zh: s.label.zh,
        points: s.points.map((p) => ({ year: p.year, value: p.value, unit: p.unit, source: p.source, source_url: p.sourceUrl })),
      })),
      latest: i.latest.map((l) => ({ region: l.region, label_en: l.label.en, label_zh: l.label.zh, year: l.year, value: l.value, normalized: l.normalized, unit: l.unit, source: l.source })),
    })),
  };
}

export function comparisonCsv(c: { indicators: IndicatorComparison[] }): string {
  const header = ['indicator', 'region', 'region_label_en', 'region_label_zh', 'year', 'value', 'normalized', 'unit', 'source'];
  return csv(
    header,
    c.indicators.flatMap((i) => i.latest.map((l) => [i.indicator.code, l.region, l.label.en, l.label.zh, num(l.year), num(l.value), num(l.normalized), l.unit, text(l.source)])),
  );
}

export function presentPublicStats(s: PublicStats) {
  return {
    generated_at: s.generatedAt.toISOString(),
    home: presentHome(s.home),
    headline: {
      offers: s.headline.offers,
      requests: s.headline.requests,
      organizations: s.headline.organizations,
      countries: s.headline.countries,
      agreements: s.headline.agreements,
      registered_contracts: s.headline.registeredContracts,
      registered_value_cny_minor: s.headline.registeredValueCnyMinor,
    },
    by_sector: s.bySector.map((r) => ({ key: r.key, label_en: r.label.en, label_zh: r.label.zh, ...figures(r) })),
    totals: figures(s.totals),
    flows: s.flows.map((f) => ({ flow: f.flow, label_en: FLOW_CLASS_LABELS[f.flow].en, label_zh: FLOW_CLASS_LABELS[f.flow].zh, agreements: f.agreements, registered: f.registered })),
    trend_period: s.trendPeriod,
    trend: s.trend,
  };
}

/** Sends a CSV download: UTF-8 with a byte-order mark, as spreadsheet programs expect. */
export function sendCsv(reply: FastifyReply, filename: string, body: string): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
    .serializer((p: unknown) => p as string)
    .send(body);
}
