import { addR, divR, minR, mulR, ratio, type Ratio } from './apportion.js';
import { KPI_CATALOGUE, kpiDefinition, type KpiCategory, type KpiKey, type KpiUnit } from './kpi-catalogue.js';
import { budgetOfYear, type Programme } from './programme.js';

/**
 * The input-process-output-effect (IPOE) score's weights, versioned. Results (output and
 * effect) weigh 70%: that is the point of results-based budgeting. Declared values earn 80% of
 * the credit of verified ones (deals registered in ITTC), which rewards evidence without
 * ignoring what ITTC cannot see (startups, jobs, patents). See docs/programmes.md.
 */
export const SCORE_WEIGHTS = {
  version: 'ipoe-2026.1',
  /** Percent weights of the four dimensions; they sum to 100. */
  input: 15,
  process: 15,
  output: 35,
  effect: 35,
  /** Percent of a declared value that counts towards the score's KPI credit. */
  declaredCreditPercent: 80,
} as const;

export type Dimension = 'input' | 'process' | 'output' | 'effect';
export const DIMENSIONS: readonly Dimension[] = ['input', 'process', 'output', 'effect'];

/** Rounds a non-negative rational half up to `places` decimals. */
export function roundRatio(r: Ratio, places: number): number {
  const scale = 10n ** BigInt(places);
  const v = (r.n * scale * 2n + r.d) / (2n * r.d);
  return Number(v) / Number(scale);
}

export type KpiResult = {
  kpi: KpiKey;
  unit: KpiUnit;
  category: KpiCategory;
  target: number | null;
  /** verified + declared. */
  actual: number;
  /** Counted automatically from deals registered in ITTC. */
  verified: number;
  /** Declared in outcome reports (flagged). */
  declared: number;
  /** actual / target (4 decimals), null without a target. */
  attainment: number | null;
  /** min(1, (verified + 80% of declared) / target) (4 decimals): what the score counts. */
  credit: number | null;
  /**
   * Money spent per outcome: for count KPIs minor units per unit (e.g. fen per startup), for
   * money KPIs the ratio of money spent to money produced (4 decimals). Null when nothing was produced.
   */
  costPerOutcome: number | null;
};

export type IpoeScore = {
  weightsVersion: string;
  input: number | null;
  process: number | null;
  output: number | null;
  effect: number | null;
  /** 0-100, 2 decimals; null when no dimension could be measured. */
  score: number | null;
};

export type YearPerformance = {
  year: number;
  budgetMinor: number;
  spentMinor: number;
  /** spent / budget (4 decimals), null without a budget. */
  executionRate: number | null;
  grantsActive: number;
  grantsReported: number;
  kpis: KpiResult[];
  ipoe: IpoeScore;
  /** Why a dimension is missing, and other facts a reader needs to trust the numbers. */
  notes: string[];
};

export type PerformanceInput = {
  programme: Pick<Programme, 'budgetLines' | 'targets'>;
  year: number;
  /** KPI values counted from attached deals in the year. */
  verified: ReadonlyMap<KpiKey, number>;
  /** KPI values declared in outcome reports for the year. */
  declared: ReadonlyMap<KpiKey, number>;
  /** Disbursements released in the year on the programme's grants, minor units. */
  spentMinor: number;
  /** Grants of the programme running in the year, and how many of them reported on it. */
  grantsActive: number;
  grantsReported: number;
  /** False for a year that has not begun: nothing is measured (default true). */
  begun?: boolean;
};

const r = (n: number) => ratio(BigInt(n));

/** Mean of rationals (null for none). */
function mean(xs: Ratio[]): Ratio | null {
  if (xs.length === 0) return null;
  return divR(xs.reduce(addR, r(0)), r(xs.length));
}

/**
 * One programme's performance in one year: per KPI the target, the actual (verified from deals
 * plus declared), attainment, score credit and cost per outcome; the budget execution rate;
 * and the IPOE score with SCORE_WEIGHTS:
 *   input   = min(1, spent / budget)
 *   process = grants that reported on the year / grants running in the year
 *   output  = mean credit of output KPIs with a target, effect likewise, where
 *   credit  = min(1, (verified + 0.8 × declared) / target)
 *   score   = 100 × Σ weight × dimension / Σ weight, over the dimensions that could be measured.
 * Dimensions are rounded to 4 decimals before they are combined; the score to 2.
 */
export function computeYearPerformance(input: PerformanceInput): YearPerformance {
  const { programme, year, verified, declared, spentMinor, grantsActive, grantsReported } = input;
  const budgetMinor = budgetOfYear(programme, year);
  const targets = new Map(programme.targets.filter((t) => t.year === year).map((t) => [t.kpi, t.value]));
  const notes: string[] = [];
  const credits: Record<KpiCategory, Ratio[]> = { output: [], effect: [] };
  const declaredShare = ratio(SCORE_WEIGHTS.declaredCreditPercent, 100);

  const kpis: KpiResult[] = [];
  for (const def of KPI_CATALOGUE) {
    const v = verified.get(def.key) ?? 0;
    const d = declared.get(def.key) ?? 0;
    const target = targets.get(def.key) ?? null;
    if (target === null && v === 0 && d === 0) continue;
    const actual = v + d;
    let attainment: number | null = null;
    let credit: number | null = null;
    if (target !== null && target > 0) {
      attainment = roundRatio(ratio(actual, target), 4);
      const c = minR(r(1), divR(addR(r(v), mulR(declaredShare, r(d))), r(target)));
      credit = roundRatio(c, 4);
      credits[def.category].push(ratio(Math.round(credit * 10_000), 10_000));
    }
    let costPerOutcome: number | null = null;
    if (actual > 0 && spentMinor > 0) {
      costPerOutcome = def.unit === 'count' ? roundRatio(ratio(spentMinor, actual), 0) : roundRatio(ratio(spentMinor, actual), 4);
    }
    kpis.push({ kpi: def.key, unit: def.unit, category: def.category, target, actual, verified: v, declared: d, attainment, credit, costPerOutcome });
  }

  const begun = input.begun ?? true;
  const dims: Record<Dimension, Ratio | null> = begun
    ? {
        input: budgetMinor > 0 ? minR(r(1), ratio(spentMinor, budgetMinor)) : null,
        process: grantsActive > 0 ? ratio(grantsReported, grantsActive) : null,
        output: mean(credits.output),
        effect: mean(credits.effect),
      }
    : { input: null, process: null, output: null, effect: null };
  if (!begun) notes.push(`${year} has not begun: nothing is measured yet.`);
  else if (dims.input === null) notes.push(`No budget for ${year}: input not measured.`);
  if (begun && dims.process === null) notes.push(`No grants running in ${year}: process not measured.`);
  if (begun && dims.output === null) notes.push(`No output KPI targets for ${year}: output not measured.`);
  if (begun && dims.effect === null) notes.push(`No effect KPI targets for ${year}: effect not measured.`);

  const rounded = Object.fromEntries(DIMENSIONS.map((k) => [k, dims[k] === null ? null : roundRatio(dims[k]!, 4)])) as Record<Dimension, number | null>;
  let num = r(0);
  let den = 0;
  for (const k of DIMENSIONS) {
    const x = rounded[k];
    if (x === null) continue;
    num = addR(num, mulR(r(SCORE_WEIGHTS[k]), ratio(Math.round(x * 10_000), 10_000)));
    den += SCORE_WEIGHTS[k];
  }
  const score = den === 0 ? null : roundRatio(divR(mulR(num, r(100)), r(den)), 2);

  return {
    year,
    budgetMinor,
    spentMinor,
    executionRate: budgetMinor > 0 ? roundRatio(ratio(spentMinor, budgetMinor), 4) : null,
    grantsActive,
    grantsReported,
    kpis,
    ipoe: { weightsVersion: SCORE_WEIGHTS.version, ...rounded, score },
    notes,
  };
}

/** A one-line account of a score, for allocation reasons and reports. */
export function describeScore(p: YearPerformance): string {
  const { ipoe } = p;
  if (ipoe.score === null) return `No performance measured for ${p.year}.`;
  const part = (k: Dimension) => `${k} ${ipoe[k] === null ? 'n/a' : ipoe[k]!.toFixed(4)}`;
  return `Score ${ipoe.score.toFixed(2)} for ${p.year} (${DIMENSIONS.map(part).join(', ')}; weights ${SCORE_WEIGHTS.version}).`;
}

export type GrantOutcome = {
  kpi: KpiKey;
  unit: KpiUnit;
  verified: number;
  declared: number;
  /** The grant's pro-rata share of the programme's targets over its period: target × amount / programme budget. */
  expected: number | null;
  /** (verified + declared) / expected (4 decimals). */
  attainment: number | null;
  /** Disbursed minor units per outcome (count) or per unit of value (money, ratio). */
  costPerOutcome: number | null;
};

/**
 * A grant's outcomes over the programme period, against its pro-rata share of the programme's
 * targets (the grant amount's share of the programme's whole budget). Pure.
 */
export function computeGrantOutcomes(args: {
  programme: Pick<Programme, 'budgetLines' | 'targets'>;
  grantAmountMinor: number;
  disbursedMinor: number;
  verified: ReadonlyMap<KpiKey, number>;
  declared: ReadonlyMap<KpiKey, number>;
}): GrantOutcome[] {
  const { programme, grantAmountMinor, disbursedMinor, verified, declared } = args;
  const totalBudget = programme.budgetLines.reduce((s, l) => s + l.amountMinor, 0);
  const targetTotals = new Map<KpiKey, number>();
  for (const t of programme.targets) targetTotals.set(t.kpi, (targetTotals.get(t.kpi) ?? 0) + t.value);
  const out: GrantOutcome[] = [];
  for (const def of KPI_CATALOGUE) {
    const v = verified.get(def.key) ?? 0;
    const d = declared.get(def.key) ?? 0;
    const t = targetTotals.get(def.key) ?? null;
    if (t === null && v === 0 && d === 0) continue;
    const expectedR = t !== null && totalBudget > 0 ? ratio(BigInt(t) * BigInt(grantAmountMinor), BigInt(totalBudget)) : null;
    const expected = expectedR === null ? null : roundRatio(expectedR, 2);
    const attainment = expectedR !== null && expectedR.n > 0n ? roundRatio(divR(r(v + d), expectedR), 4) : null;
    const actual = v + d;
    const costPerOutcome =
      actual > 0 && disbursedMinor > 0 ? roundRatio(ratio(disbursedMinor, actual), def.unit === 'count' ? 0 : 4) : null;
    out.push({ kpi: def.key, unit: kpiDefinition(def.key).unit, verified: v, declared: d, expected, attainment, costPerOutcome });
  }
  return out;
}
