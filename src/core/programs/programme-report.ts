import { authorizeRoute } from '../accounts/authorize.js';
import { releasedMinor } from '../funding/call.js';
import type { Actor } from '../shared/actor.js';
import { convertMinor } from './deal-outcomes.js';
import { KPI_CATALOGUE, kpiDefinition } from './kpi-catalogue.js';
import { loadEvidence, measureProgramme, type ProgrammeMeasurement } from './measure-programme.js';
import { programmeNotFound } from './policy.js';
import { yearsOf, type OutcomeReport, type Programme } from './programme.js';
import type { ProgrammeDeps } from './ports.js';

export type SpendingLine = { year: number; key: string; label: string; budgetMinor: number; spentMinor: number };

export type TopDeal = {
  dealId: string;
  title: string | null;
  ownerName: string | null;
  interestedName: string | null;
  agreementType: string | null;
  registrationNumber: string;
  registeredOn: string;
  buyerCountry: string;
  sellerCountry: string;
  /** In the programme currency. */
  valueMinor: number | null;
};

export type ProgrammeReport = {
  programme: Programme;
  generatedAt: Date;
  measurement: ProgrammeMeasurement;
  /** Budget and spending per year and budget line; spending on grants without a line is under key `unassigned`. */
  spending: SpendingLine[];
  outcomes: OutcomeReport[];
  organizationNames: Record<string, string | null>;
  topDeals: TopDeal[];
};

const TOP_DEALS = 10;

/**
 * The programme report: targets vs actuals per year, budget and spending per line, the IPOE
 * score, grants, outcome reports and the top registered deals by value. Errors: PROGRAMME_NOT_FOUND.
 */
export async function buildProgrammeReport(deps: ProgrammeDeps, actor: Actor, id: string): Promise<ProgrammeReport> {
  authorizeRoute(actor, 'programme:read');
  const programme = await deps.programmes.findById(id);
  if (!programme) throw programmeNotFound(id);
  const evidence = await loadEvidence(deps, programme);
  const measurement = measureProgramme(evidence);

  const lineOf = new Map(evidence.grantLinks.map((l) => [l.grantId, l.budgetLineKey]));
  const spending: SpendingLine[] = [];
  for (const year of yearsOf(programme)) {
    const lines = programme.budgetLines.filter((l) => l.year === year);
    const spentOn = (key: string | null) =>
      evidence.grants.filter((g) => (lineOf.get(g.id) ?? null) === key).reduce((s, g) => s + releasedMinor(g, year), 0);
    for (const l of lines) spending.push({ year, key: l.key, label: l.label, budgetMinor: l.amountMinor, spentMinor: spentOn(l.key) });
    const known = new Set(lines.map((l) => l.key));
    const unassigned = evidence.grants
      .filter((g) => {
        const k = lineOf.get(g.id) ?? null;
        return k === null || !known.has(k);
      })
      .reduce((s, g) => s + releasedMinor(g, year), 0);
    if (unassigned > 0) spending.push({ year, key: 'unassigned', label: 'Grants without a budget line this year', budgetMinor: 0, spentMinor: unassigned });
  }

  const registered = evidence.deals.filter((d) => d.registration !== null && ['registered', 'follow_up', 'closed_won'].includes(d.stage));
  const names = await deps.directory.organizationNames([
    ...new Set([...registered.flatMap((d) => [d.ownerOrganizationId, d.interestedOrganizationId]), ...evidence.grants.map((g) => g.recipientOrganizationId)]),
  ]);
  const titles = await deps.directory.listingTitles([...new Set(registered.map((d) => d.listingId))]);
  const nameOf = (oid: string) => {
    const n = names.get(oid);
    return n ? (n.name ?? n.nameZh) : null;
  };
  const topDeals = registered
    .map((d): TopDeal => {
      const r = d.registration!;
      return {
        dealId: d.id,
        title: titles.get(d.listingId) ?? null,
        ownerName: nameOf(d.ownerOrganizationId),
        interestedName: nameOf(d.interestedOrganizationId),
        agreementType: d.agreement?.type ?? null,
        registrationNumber: r.registrationNumber,
        registeredOn: r.registeredOn,
        buyerCountry: r.buyerCountry,
        sellerCountry: r.sellerCountry,
        valueMinor: convertMinor(r.valueMinor, r.currency, programme.currency, evidence.rates),
      };
    })
    .sort((a, b) => (b.valueMinor ?? -1) - (a.valueMinor ?? -1) || (a.dealId < b.dealId ? -1 : 1))
    .slice(0, TOP_DEALS);

  const organizationNames = Object.fromEntries(evidence.grants.map((g) => [g.recipientOrganizationId, nameOf(g.recipientOrganizationId)]));
  return { programme, generatedAt: deps.clock.now(), measurement, spending, outcomes: evidence.reports, organizationNames, topDeals };
}

export const REPORT_COLUMNS = [
  'section',
  'year',
  'item',
  'unit',
  'target',
  'actual',
  'verified',
  'declared',
  'rate',
  'credit',
  'cost_per_outcome',
  'note',
] as const;

// Spreadsheet programs run a cell that starts with one of these as a formula.
const safeText = (s: string | null) => (s !== null && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/**
 * The report as rows of one flat table (REPORT_COLUMNS), for CSV: KPI targets vs actuals per
 * year, the IPOE dimensions and score per year, budget vs spending per line, grants, declared
 * values with their evidence, and the top deals. Money is in minor units of the programme
 * currency (unit = the currency code). Text is guarded against spreadsheet formula injection.
 */
export function reportRows(report: ProgrammeReport): (string | null)[][] {
  const { programme: p, measurement: m } = report;
  const rows: (string | null)[][] = [];
  const push = (r: (string | number | null)[]) => rows.push(r.map((v) => (typeof v === 'number' ? String(v) : safeText(v))));
  for (const y of m.years) {
    for (const k of y.kpis) {
      push(['kpi', y.year, k.kpi, k.unit === 'count' ? 'count' : p.currency, k.target, k.actual, k.verified, k.declared, k.attainment, k.credit, k.costPerOutcome, null]);
    }
    push(['budget', y.year, 'total', p.currency, y.budgetMinor, y.spentMinor, null, null, y.executionRate, null, null, null]);
    for (const d of ['input', 'process', 'output', 'effect'] as const) push(['score', y.year, d, 'ratio', null, y.ipoe[d], null, null, null, null, null, null]);
    push(['score', y.year, 'score', 'points', null, y.ipoe.score, null, null, null, null, null, `weights ${y.ipoe.weightsVersion}`]);
  }
  for (const s of report.spending) {
    push(['budget_line', s.year, s.key, p.currency, s.budgetMinor, s.spentMinor, null, null, s.budgetMinor > 0 ? Math.round((s.spentMinor / s.budgetMinor) * 10_000) / 10_000 : null, null, null, s.label]);
  }
  for (const g of m.grants) {
    push(['grant', null, g.title, p.currency, g.amountMinor, g.disbursedMinor, null, null, g.executionRate, null, null, `grant ${g.grantId}; line ${g.budgetLineKey ?? 'none'}`]);
  }
  for (const r of report.outcomes) {
    for (const v of r.values) {
      push(['declared', r.year, v.kpi, v.unit, null, v.value, null, v.value, null, null, null, `${r.grantId ? `grant ${r.grantId}` : 'programme'}; ${v.evidenceKind}: ${v.evidenceNote}${v.evidenceUrl ? ` ${v.evidenceUrl}` : ''}`]);
    }
  }
  for (const d of report.topDeals) {
    push(['deal', Number(d.registeredOn.slice(0, 4)), d.title ?? d.dealId, p.currency, null, d.valueMinor, d.valueMinor, null, null, null, null, `${d.registrationNumber}; ${d.sellerCountry}->${d.buyerCountry}; ${d.ownerName ?? ''} / ${d.interestedName ?? ''}`]);
  }
  return rows;
}

/** Labels of the KPIs in the report, for renderers. */
export const KPI_LABELS = Object.fromEntries(KPI_CATALOGUE.map((k) => [k.key, kpiDefinition(k.key).label]));
