import type { Deal } from '../deals/deal.js';
import { toCnyMinor, type RateTable } from '../shared/money.js';
import { minorUnits } from '../taxonomy/currencies.js';
import { KPI_CATALOGUE, type KpiKey } from './kpi-catalogue.js';

/** What the programmes context reads of a deal. */
export type DealOutcome = Pick<
  Deal,
  'id' | 'listingId' | 'ownerOrganizationId' | 'interestedOrganizationId' | 'stage' | 'agreement' | 'registration'
>;

/** One automatic KPI contribution of a deal, with the year it counts in and why. */
export type DealContribution = { dealId: string; kpi: KpiKey; year: number; value: number; basis: string };

const AGREEMENT_STAGES = new Set(['agreement', 'registered', 'follow_up', 'closed_won']);
const REGISTERED_STAGES = new Set(['registered', 'follow_up', 'closed_won']);
const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/**
 * Converts minor units between currencies through the CNY rate table (CNY per major unit),
 * rounding half away from zero. Null when a rate is missing.
 */
export function convertMinor(amountMinor: number, from: string, to: string, rates: RateTable): number | null {
  if (from === to) return amountMinor;
  const fen = toCnyMinor(amountMinor, from, rates);
  if (fen === null) return null;
  if (to === 'CNY') return fen;
  const rate = rates.get(to);
  if (rate === undefined) return null;
  const v = (fen / 100 / rate) * 10 ** minorUnits(to);
  return Math.sign(v) * Math.round(Math.abs(v));
}

/**
 * The KPI values a deal contributes automatically (these are "verified": the deal and its
 * registration are in ITTC). A registered contract counts once in contracts_registered and its
 * value in contract_value (converted into `currency`), in the year of registration; an
 * inbound or outbound one also counts as an international transfer relative to `homeCountry`.
 * Signed license agreements count as licenses executed, technology-transfer agreements as
 * assignments, investment agreements as follow-on investment, in the year of signing.
 * Deals declined or lost count nothing. Returns the contributions and notes on what could not
 * be counted (a value in a currency without a rate).
 */
export function dealContributions(
  deal: DealOutcome,
  currency: string,
  homeCountry: string,
  rates: RateTable,
): { contributions: DealContribution[]; notes: string[] } {
  const contributions: DealContribution[] = [];
  const notes: string[] = [];
  const add = (kpi: KpiKey, year: number, value: number, basis: string) => contributions.push({ dealId: deal.id, kpi, year, value, basis });
  const a = deal.agreement;
  if (a && AGREEMENT_STAGES.has(deal.stage)) {
    const year = yearOf(a.signedOn);
    if (a.type === 'license_exclusive' || a.type === 'license_non_exclusive') add('licenses_executed', year, 1, `${a.type} signed ${a.signedOn}`);
    if (a.type === 'technology_transfer') add('assignments', year, 1, `technology_transfer signed ${a.signedOn}`);
    if (a.type === 'investment') {
      const v = convertMinor(a.valueMinor, a.currency, currency, rates);
      if (v === null) notes.push(`Deal ${deal.id}: no exchange rate for ${a.currency}; its investment value is not counted.`);
      else add('follow_on_investment', year, v, `investment of ${a.valueMinor} ${a.currency} (minor units) signed ${a.signedOn}`);
    }
  }
  const r = deal.registration;
  if (r && REGISTERED_STAGES.has(deal.stage)) {
    const year = yearOf(r.registeredOn);
    add('contracts_registered', year, 1, `registered ${r.registrationNumber} on ${r.registeredOn}`);
    const v = convertMinor(r.valueMinor, r.currency, currency, rates);
    if (v === null) notes.push(`Deal ${deal.id}: no exchange rate for ${r.currency}; its contract value is not counted.`);
    else add('contract_value', year, v, `contract value ${r.valueMinor} ${r.currency} (minor units) registered ${r.registeredOn}`);
    if (r.buyerCountry === homeCountry && r.sellerCountry !== homeCountry) {
      add('international_transfers_inbound', year, 1, `seller in ${r.sellerCountry}, buyer in ${r.buyerCountry}`);
    }
    if (r.sellerCountry === homeCountry && r.buyerCountry !== homeCountry) {
      add('international_transfers_outbound', year, 1, `seller in ${r.sellerCountry}, buyer in ${r.buyerCountry}`);
    }
  }
  return { contributions, notes };
}

/** Which KPIs deals can fill (the others are declared in outcome reports only). */
export const DERIVED_KPIS: readonly KpiKey[] = KPI_CATALOGUE.filter((k) => k.derivation !== null).map((k) => k.key);
