/**
 * Technology transfer flows: from the seller (who gives the technology) to the buyer (who
 * takes it), classified against the center's home region. For Shenzhen (home CN/Guangdong/
 * Shenzhen, home country CN):
 *
 * | class              | seller                  | buyer                   |
 * |--------------------|-------------------------|-------------------------|
 * | local              | home                    | home                    |
 * | domestic_inbound   | home country, not home  | home                    |
 * | domestic_outbound  | home                    | home country, not home  |
 * | inbound            | abroad                  | home country            |
 * | outbound           | home country            | abroad                  |
 * | domestic_other     | home country, not home  | home country, not home  |
 * | foreign            | abroad                  | abroad                  |
 *
 * With a country-level home, local means both in the home country (domestic_* cannot occur).
 */
import type { Label } from './regions.js';

export const FLOW_CLASSES = ['local', 'domestic_inbound', 'domestic_outbound', 'inbound', 'outbound', 'domestic_other', 'foreign'] as const;
export type FlowClass = (typeof FLOW_CLASSES)[number];

export const FLOW_CLASS_LABELS: Readonly<Record<FlowClass, Label>> = {
  local: { en: 'Local to local', zh: '本地对本地' },
  domestic_inbound: { en: 'Domestic to home region', zh: '国内引入本地' },
  domestic_outbound: { en: 'Home region to domestic', zh: '本地输出国内' },
  inbound: { en: 'Inbound international', zh: '国际引进' },
  outbound: { en: 'Outbound international', zh: '国际输出' },
  domestic_other: { en: 'Domestic, outside the home region', zh: '国内其他地区之间' },
  foreign: { en: 'Between foreign parties', zh: '境外双方之间' },
};

/** Where a party is relative to the home region. */
export type PartyLocation = { inHomeCountry: boolean; inHome: boolean };

/** The flow class from seller to buyer (see the table in the module comment). */
export function classifyFlow(seller: PartyLocation, buyer: PartyLocation): FlowClass {
  const sHome = seller.inHomeCountry && seller.inHome;
  const bHome = buyer.inHomeCountry && buyer.inHome;
  if (sHome && bHome) return 'local';
  if (!seller.inHomeCountry && !buyer.inHomeCountry) return 'foreign';
  if (!seller.inHomeCountry) return 'inbound';
  if (!buyer.inHomeCountry) return 'outbound';
  if (bHome) return 'domestic_inbound';
  if (sHome) return 'domestic_outbound';
  return 'domestic_other';
}

/**
 * Which side of a deal sells: the listing's owner sells what it offers (technology offers,
 * R&D partnerships, funding requests) and buys what it asks for (technology requests) or
 * invests in (investment offers).
 */
export function ownerSells(listingKind: string): boolean {
  return listingKind !== 'technology_request' && listingKind !== 'investment_offer';
}

/** Measures of one flow cell. Money in integer minor units; null sums when nothing converted. */
export type FlowMeasures = {
  /** Expressions of interest made in the period. */
  deals: number;
  /** Agreements signed in the period. */
  agreements: number;
  /** Contracts registered in the period. */
  registered: number;
  registeredValueCnyMinor: number;
  registeredValueUsdMinor: number;
  /** Registered contracts whose currency had no rate on the registration day (left out of the sums). */
  unconverted: number;
};

export const emptyMeasures = (): FlowMeasures => ({
  deals: 0,
  agreements: 0,
  registered: 0,
  registeredValueCnyMinor: 0,
  registeredValueUsdMinor: 0,
  unconverted: 0,
});

export function addMeasures(into: FlowMeasures, m: FlowMeasures): FlowMeasures {
  into.deals += m.deals;
  into.agreements += m.agreements;
  into.registered += m.registered;
  into.registeredValueCnyMinor += m.registeredValueCnyMinor;
  into.registeredValueUsdMinor += m.registeredValueUsdMinor;
  into.unconverted += m.unconverted;
  return into;
}

/** A group of deals with the same seller and buyer location (and sector, when asked). */
export type FlowFact = FlowMeasures & {
  sellerCountry: string;
  sellerInHome: boolean;
  buyerCountry: string;
  buyerInHome: boolean;
  sector: string | null;
};

export type FlowRow = FlowMeasures & { flow: FlowClass; sellerCountry: string; buyerCountry: string; sector: string | null };

export type SankeyNode = { id: string; label: Label; side: 'seller' | 'buyer' };
export type SankeyLink = { source: string; target: string; value: number; flow: FlowClass };

/** The measure a Sankey diagram draws. */
export const SANKEY_MEASURES = ['deals', 'agreements', 'registered', 'registered_value_cny_minor'] as const;
export type SankeyMeasure = (typeof SANKEY_MEASURES)[number];

const measureOf = (m: FlowMeasures, measure: SankeyMeasure): number =>
  measure === 'deals' ? m.deals : measure === 'agreements' ? m.agreements : measure === 'registered' ? m.registered : m.registeredValueCnyMinor;

/** Rows by (flow class, seller country, buyer country, sector), in a stable order; empty cells dropped. */
export function flowRows(facts: readonly FlowFact[], homeCountry: string): FlowRow[] {
  const cells = new Map<string, FlowRow>();
  for (const f of facts) {
    const flow = classifyFlow(
      { inHomeCountry: f.sellerCountry === homeCountry, inHome: f.sellerInHome },
      { inHomeCountry: f.buyerCountry === homeCountry, inHome: f.buyerInHome },
    );
    const id = `${flow}|${f.sellerCountry}|${f.buyerCountry}|${f.sector ?? ''}`;
    let row = cells.get(id);
    if (!row) cells.set(id, (row = { flow, sellerCountry: f.sellerCountry, buyerCountry: f.buyerCountry, sector: f.sector, ...emptyMeasures() }));
    addMeasures(row, f);
  }
  const rank = new Map(FLOW_CLASSES.map((c, i) => [c, i]));
  return [...cells.values()]
    .filter((r) => r.deals + r.agreements + r.registered > 0)
    .sort(
      (a, b) =>
        rank.get(a.flow)! - rank.get(b.flow)! ||
        a.sellerCountry.localeCompare(b.sellerCountry) ||
        a.buyerCountry.localeCompare(b.buyerCountry) ||
        (a.sector ?? '').localeCompare(b.sector ?? ''),
    );
}

/** Totals per flow class, every class present (zeros included), in FLOW_CLASSES order. */
export function flowTotals(rows: readonly FlowRow[]): (FlowMeasures & { flow: FlowClass })[] {
  return FLOW_CLASSES.map((flow) => {
    const acc: FlowMeasures & { flow: FlowClass } = { flow, ...emptyMeasures() };
    for (const r of rows) if (r.flow === flow) addMeasures(acc, r);
    return acc;
  });
}

/**
 * A Sankey diagram: seller countries on the left, buyer countries on the right (node ids
 * 'seller:DE', 'buyer:CN'), one link per country pair and flow class with a positive measure.
 */
export function sankeyOf(rows: readonly FlowRow[], measure: SankeyMeasure, countryLabel: (code: string) => Label): { nodes: SankeyNode[]; links: SankeyLink[] } {
  const links = new Map<string, SankeyLink>();
  for (const r of rows) {
    const v = measureOf(r, measure);
    if (v <= 0) continue;
    const id = `${r.sellerCountry}|${r.buyerCountry}|${r.flow}`;
    const link = links.get(id);
    if (link) link.value += v;
    else links.set(id, { source: `seller:${r.sellerCountry}`, target: `buyer:${r.buyerCountry}`, value: v, flow: r.flow });
  }
  const nodes = new Map<string, SankeyNode>();
  for (const l of links.values()) {
    for (const [id, side] of [[l.source, 'seller'], [l.target, 'buyer']] as const) {
      if (!nodes.has(id)) nodes.set(id, { id, side, label: countryLabel(id.slice(id.indexOf(':') + 1)) });
    }
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => a.side.localeCompare(b.side) || a.id.localeCompare(b.id)),
    links: [...links.values()].sort((a, b) => b.value - a.value || a.source.localeCompare(b.source) || a.target.localeCompare(b.target)),
  };
}
