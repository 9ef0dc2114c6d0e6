/**
 * The center's KPI catalogue: what each KPI counts, in which unit, from which recorded fact.
 * The insight dashboards and the programmes' KPI targets read the same catalogue, and the
 * numbers come from one SQL module (src/store/insight-kpis.ts) that both call.
 *
 * Dates: a KPI counts an event in the period that holds its date in the center's calendar
 * (see period.ts): publication (listings.published_at), strong-match notice (noticed_at),
 * expression of interest (deal created_at), NDA in effect (nda_unlocked_at), agreement
 * signed (agreement_signed_on), contract registered (registered_on), deal closed won (closed_at).
 */
import type { KpiKey } from '../programs/kpi-catalogue.js';
import type { Label } from './regions.js';

export const KPI_UNITS = ['count', 'cny_minor', 'usd_minor', 'days', 'ratio'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export type KpiDefinition = {
  code: string;
  label: Label;
  unit: KpiUnit;
  /** flow: events within the period; snapshot: the state at the end of the period (or now). */
  kind: 'flow' | 'snapshot';
  /** What is counted, for the docs and the dashboard's tooltip. */
  definition: string;
  /**
   * The programmes' KPI (src/core/programs/kpi-catalogue.ts) this one computes center-wide, with
   * the same rules (a test checks both give the same numbers); money here is in CNY at dated rates.
   */
  programmeKpi?: KpiKey;
};

export const KPI_CATALOGUE = [
  { code: 'listings_published', unit: 'count', kind: 'flow', label: { en: 'Listings published', zh: '发布信息数' }, definition: 'Listings of any kind first published in the period (whatever their status now).' },
  { code: 'offers_published', unit: 'count', kind: 'flow', label: { en: 'Technology offers published', zh: '发布技术供给数' }, definition: 'Technology offers first published in the period.' },
  { code: 'requests_published', unit: 'count', kind: 'flow', label: { en: 'Technology requests published', zh: '发布技术需求数' }, definition: 'Technology requests first published in the period.' },
  { code: 'matches_suggested', unit: 'count', kind: 'flow', label: { en: 'Strong matches suggested', zh: '推荐强匹配数' }, definition: 'Strong matches (score ≥ 0.75) notified to a listing owner in the period, one per pair of listings.' },
  { code: 'matches_acted_on', unit: 'count', kind: 'flow', label: { en: 'Suggested matches acted on', zh: '已跟进的推荐匹配数' }, definition: 'Strong matches suggested in the period that were followed by an expression of interest between the two listings’ organizations on either listing, made after the notice.' },
  { code: 'eois', unit: 'count', kind: 'flow', label: { en: 'Expressions of interest', zh: '合作意向数' }, definition: 'Deals opened (expressions of interest made) in the period.' },
  { code: 'ndas', unit: 'count', kind: 'flow', label: { en: 'NDAs in effect', zh: '签署保密协议数' }, definition: 'Deals whose NDA both sides had accepted, by the day the second side accepted.' },
  { code: 'agreements', unit: 'count', kind: 'flow', label: { en: 'Agreements signed', zh: '签署协议数' }, definition: 'Agreements signed in the period (agreement_signed_on), of deals not lost since.' },
  { code: 'licenses_executed', unit: 'count', kind: 'flow', programmeKpi: 'licenses_executed', label: { en: 'Licenses executed', zh: '许可协议数' }, definition: 'Of those, exclusive and non-exclusive licence agreements.' },
  { code: 'assignments', unit: 'count', kind: 'flow', programmeKpi: 'assignments', label: { en: 'Assignments', zh: '技术转让数' }, definition: 'Of those, technology-transfer (assignment) agreements.' },
  { code: 'investment_value_cny_minor', unit: 'cny_minor', kind: 'flow', programmeKpi: 'follow_on_investment', label: { en: 'Investment agreed (CNY)', zh: '投资协议金额（人民币）' }, definition: 'Of those, the value of investment agreements in CNY at the rate in force on the signing day (fen).' },
  { code: 'registered_contracts', unit: 'count', kind: 'flow', programmeKpi: 'contracts_registered', label: { en: 'Technology contracts registered', zh: '登记技术合同数' }, definition: 'Technology contracts registered in the period (registered_on), of deals not lost since.' },
  { code: 'registered_value_cny_minor', unit: 'cny_minor', kind: 'flow', programmeKpi: 'contract_value', label: { en: 'Registered contract value (CNY)', zh: '登记合同金额（人民币）' }, definition: 'Sum of registered contract values converted to CNY at the rate in force on the registration day (fen).' },
  { code: 'registered_value_usd_minor', unit: 'usd_minor', kind: 'flow', label: { en: 'Registered contract value (USD)', zh: '登记合同金额（美元）' }, definition: 'The same sum in USD cents, via CNY at the USD rate in force on the registration day.' },
  { code: 'registered_unconverted', unit: 'count', kind: 'flow', label: { en: 'Registered contracts without a rate', zh: '无汇率的登记合同数' }, definition: 'Registered contracts whose currency had no rate on the registration day; left out of the value sums.' },
  { code: 'international_transfers_inbound', unit: 'count', kind: 'flow', programmeKpi: 'international_transfers_inbound', label: { en: 'International transfers, inbound', zh: '国际技术转移（引进）' }, definition: 'Registered contracts whose buyer is in the home country and whose seller is abroad.' },
  { code: 'international_transfers_outbound', unit: 'count', kind: 'flow', programmeKpi: 'international_transfers_outbound', label: { en: 'International transfers, outbound', zh: '国际技术转移（输出）' }, definition: 'Registered contracts whose seller is in the home country and whose buyer is abroad.' },
  { code: 'closed_won', unit: 'count', kind: 'flow', label: { en: 'Deals closed won', zh: '成功结案数' }, definition: 'Deals closed as won in the period (closed_at).' },
  { code: 'eoi_to_agreement_days_median', unit: 'days', kind: 'flow', label: { en: 'Days from EOI to agreement (median)', zh: '意向至签约天数（中位数）' }, definition: 'For agreements signed in the period: days from the expression of interest (its calendar day) to the signing day; median (linear interpolation).' },
  { code: 'eoi_to_agreement_days_p90', unit: 'days', kind: 'flow', label: { en: 'Days from EOI to agreement (90th percentile)', zh: '意向至签约天数（90分位）' }, definition: 'The 90th percentile of the same durations (linear interpolation between closest ranks).' },
  { code: 'stale_listings', unit: 'count', kind: 'snapshot', label: { en: 'Stale listings', zh: '陈旧信息数' }, definition: 'Published listings now, not updated for 180 days and without an expression of interest in the last 180 days.' },
] as const satisfies readonly KpiDefinition[];

export type KpiCode = (typeof KPI_CATALOGUE)[number]['code'];
export const KPI_CODES: readonly KpiCode[] = KPI_CATALOGUE.map((k) => k.code);

/**
 * A signed agreement counts while its deal is at one of these stages, a registered contract while
 * at one of the latter: a deal lost after signing counts no more (the programmes' rule too).
 */
export const AGREEMENT_STAGES = ['agreement', 'registered', 'follow_up', 'closed_won'] as const;
export const REGISTERED_STAGES = ['registered', 'follow_up', 'closed_won'] as const;

/** Days after which a published listing without updates or interest is stale. */
export const STALE_AFTER_DAYS = 180;

/** The pipeline stages a deal passes on the way to success, for conversion rates. */
export const FUNNEL_STAGES = ['interest', 'accepted', 'nda', 'negotiation', 'agreement', 'registered', 'closed_won'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export const FUNNEL_LABELS: Readonly<Record<FunnelStage, Label>> = {
  interest: { en: 'Expression of interest', zh: '合作意向' },
  accepted: { en: 'Accepted', zh: '已接受' },
  nda: { en: 'NDA', zh: '保密协议' },
  negotiation: { en: 'Negotiation', zh: '谈判' },
  agreement: { en: 'Agreement', zh: '签约' },
  registered: { en: 'Registered contract', zh: '合同登记' },
  closed_won: { en: 'Closed won', zh: '成功结案' },
};

export type FunnelStep = { stage: FunnelStage; label: Label; deals: number; fromPrevious: number | null; fromStart: number | null };

/**
 * Conversion at each stage for a cohort of deals: `reached[i]` is how many deals of the cohort
 * reached FUNNEL_STAGES[i] (a deal that reached a stage reached every earlier one). Ratios are
 * rounded to 4 decimals, null when the denominator is 0.
 */
export function funnelOf(reached: readonly number[]): FunnelStep[] {
  const r4 = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10_000) / 10_000);
  return FUNNEL_STAGES.map((stage, i) => ({
    stage,
    label: FUNNEL_LABELS[stage],
    deals: reached[i] ?? 0,
    fromPrevious: i === 0 ? null : r4(reached[i] ?? 0, reached[i - 1] ?? 0),
    fromStart: r4(reached[i] ?? 0, reached[0] ?? 0),
  }));
}

/**
 * The p-th percentile (0..1) of `values` with linear interpolation between closest ranks,
 * as PostgreSQL's percentile_cont computes it; null for no values.
 */
export function percentileCont(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const pos = p * (s.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export type KpiValues = Record<KpiCode, number | null>;
