import { releasedMinor, type Grant } from '../funding/call.js';
import type { RateTable } from '../shared/money.js';
import { dealContributions, type DealContribution, type DealOutcome } from './deal-outcomes.js';
import type { KpiKey } from './kpi-catalogue.js';
import { computeGrantOutcomes, computeYearPerformance, type GrantOutcome, type YearPerformance } from './performance.js';
import { yearsOf, type OutcomeReport, type Programme, type ProgrammeDealLink, type ProgrammeGrantLink } from './programme.js';
import type { ProgrammeDeps } from './ports.js';

/** Everything a programme's performance is computed from, as loaded from the database. */
export type ProgrammeEvidence = {
  programme: Programme;
  grantLinks: ProgrammeGrantLink[];
  dealLinks: ProgrammeDealLink[];
  grants: Grant[];
  deals: DealOutcome[];
  reports: OutcomeReport[];
  rates: RateTable;
  /** Today: years after this one have not begun and are not measured. */
  asOf: Date;
};

export type GrantPerformance = {
  grantId: string;
  title: string;
  recipientOrganizationId: string;
  budgetLineKey: string | null;
  amountMinor: number;
  disbursedMinor: number;
  /** disbursed / amount (4 decimals). */
  executionRate: number;
  yearsReported: number[];
  outcomes: GrantOutcome[];
};

export type ProgrammeMeasurement = {
  years: YearPerformance[];
  grants: GrantPerformance[];
  /** Every automatic KPI value and the deal it comes from: the trace behind "verified". */
  contributions: DealContribution[];
  notes: string[];
};

/** Loads a programme's evidence: its grants, deals, outcome reports and the exchange rates. */
export async function loadEvidence(deps: Pick<ProgrammeDeps, 'links' | 'grants' | 'deals' | 'reports' | 'rates' | 'clock'>, programme: Programme): Promise<ProgrammeEvidence> {
  const [grantLinks, dealLinks, reports, rates] = await Promise.all([
    deps.links.grantLinks(programme.id),
    deps.links.dealLinks(programme.id),
    deps.reports.listForProgramme(programme.id),
    deps.rates.current(),
  ]);
  const [grants, deals] = await Promise.all([deps.grants.findByIds(grantLinks.map((l) => l.grantId)), deps.deals.findByIds(dealLinks.map((l) => l.dealId))]);
  return { programme, grantLinks, dealLinks, grants, deals, reports, rates, asOf: deps.clock.now() };
}

const yearOfIso = (d: string) => Number(d.slice(0, 4));

/** The years a grant runs: from its award to its last due or release date. */
function grantYears(g: Grant): [number, number] {
  const start = g.awardedAt.getUTCFullYear();
  const ends = g.disbursements.flatMap((d) => [yearOfIso(d.dueOn), ...(d.releasedOn ? [yearOfIso(d.releasedOn)] : [])]);
  return [start, Math.max(start, ...ends)];
}

function addTo(map: Map<KpiKey, number>, kpi: KpiKey, v: number) {
  map.set(kpi, (map.get(kpi) ?? 0) + v);
}

/**
 * Measures a programme from its evidence, per year of its period and per grant: verified KPI
 * values from attached deals, declared ones from outcome reports, spending from released
 * disbursements, and the IPOE score (computeYearPerformance). Pure and deterministic.
 */
export function measureProgramme(e: ProgrammeEvidence): ProgrammeMeasurement {
  const { programme } = e;
  const notes: string[] = [];
  const contributions: DealContribution[] = [];
  for (const d of e.deals) {
    const r = dealContributions(d, programme.currency, programme.homeCountry, e.rates);
    contributions.push(...r.contributions);
    notes.push(...r.notes);
  }
  const grantOfDeal = new Map(e.dealLinks.map((l) => [l.dealId, l.grantId]));

  const years = yearsOf(programme).map((year) => {
    const verified = new Map<KpiKey, number>();
    for (const c of contributions) if (c.year === year) addTo(verified, c.kpi, c.value);
    const declared = new Map<KpiKey, number>();
    for (const r of e.reports) if (r.year === year) for (const v of r.values) addTo(declared, v.kpi, v.value);
    const running = e.grants.filter((g) => {
      const [from, to] = grantYears(g);
      return from <= year && year <= to;
    });
    const reported = running.filter((g) => e.reports.some((r) => r.grantId === g.id && r.year === year));
    return computeYearPerformance({
      programme,
      year,
      verified,
      declared,
      spentMinor: e.grants.reduce((s, g) => s + releasedMinor(g, year), 0),
      grantsActive: running.length,
      grantsReported: reported.length,
      begun: year <= e.asOf.getUTCFullYear(),
    });
  });

  const lineOf = new Map(e.grantLinks.map((l) => [l.grantId, l.budgetLineKey]));
  const grants = [...e.grants]
    .sort((a, b) => a.awardedAt.getTime() - b.awardedAt.getTime() || (a.id < b.id ? -1 : 1))
    .map((g): GrantPerformance => {
      const verified = new Map<KpiKey, number>();
      for (const c of contributions) if (grantOfDeal.get(c.dealId) === g.id) addTo(verified, c.kpi, c.value);
      const declared = new Map<KpiKey, number>();
      const mine = e.reports.filter((r) => r.grantId === g.id);
      for (const r of mine) for (const v of r.values) addTo(declared, v.kpi, v.value);
      const disbursedMinor = releasedMinor(g);
      return {
        grantId: g.id,
        title: g.title,
        recipientOrganizationId: g.recipientOrganizationId,
        budgetLineKey: lineOf.get(g.id) ?? null,
        amountMinor: g.amountMinor,
        disbursedMinor,
        executionRate: g.amountMinor > 0 ? Math.round((disbursedMinor / g.amountMinor) * 10_000) / 10_000 : 0,
        yearsReported: [...new Set(mine.map((r) => r.year))].sort(),
        outcomes: computeGrantOutcomes({ programme, grantAmountMinor: g.amountMinor, disbursedMinor, verified, declared }),
      };
    });
  return { years, grants, contributions, notes };
}
