import { describe, expect, it } from 'vitest';
import type { KpiKey } from './kpi-catalogue.js';
import { computeGrantOutcomes, computeYearPerformance, describeScore, SCORE_WEIGHTS } from './performance.js';
import type { BudgetLine, KpiTarget } from './programme.js';

const programme = {
  budgetLines: [
    { year: 2026, key: 'grants', label: 'Grants', amountMinor: 2_500_000_000 },
    { year: 2026, key: 'services', label: 'Transfer services', amountMinor: 500_000_000 },
  ] satisfies BudgetLine[],
  targets: [
    { year: 2026, kpi: 'contracts_registered', value: 40 },
    { year: 2026, kpi: 'licenses_executed', value: 10 },
    { year: 2026, kpi: 'patents_filed', value: 20 },
    { year: 2026, kpi: 'contract_value', value: 50_000_000_000 },
    { year: 2026, kpi: 'startups_formed', value: 5 },
  ] satisfies KpiTarget[],
};
const m = (entries: [KpiKey, number][]) => new Map(entries);

describe('computeYearPerformance: the worked example of docs/programmes.md', () => {
  const p = computeYearPerformance({
    programme,
    year: 2026,
    verified: m([['contracts_registered', 30], ['licenses_executed', 4], ['contract_value', 42_000_000_000]]),
    declared: m([['contracts_registered', 6], ['patents_filed', 25], ['startups_formed', 4]]),
    spentMinor: 2_400_000_000,
    grantsActive: 4,
    grantsReported: 3,
  });
  const kpi = (k: KpiKey) => p.kpis.find((x) => x.kpi === k)!;

  it('measures budget execution (input) and reporting (process)', () => {
    expect(p.budgetMinor).toBe(3_000_000_000);
    expect(p.executionRate).toBe(0.8);
    expect(p.ipoe.input).toBe(0.8);
    expect(p.ipoe.process).toBe(0.75);
  });

  it('counts verified and declared values, and credits declared ones at 80%', () => {
    expect(kpi('contracts_registered')).toMatchObject({ target: 40, actual: 36, verified: 30, declared: 6, attainment: 0.9, credit: 0.87 });
    expect(kpi('licenses_executed')).toMatchObject({ attainment: 0.4, credit: 0.4 });
    // Over-achievement does not compensate elsewhere: 25 declared × 80% = 20 of 20, credit capped at 1.
    expect(kpi('patents_filed')).toMatchObject({ actual: 25, attainment: 1.25, credit: 1 });
    expect(kpi('contract_value')).toMatchObject({ attainment: 0.84, credit: 0.84 });
    expect(kpi('startups_formed')).toMatchObject({ attainment: 0.8, credit: 0.64 });
  });

  it('computes output, effect and the weighted score', () => {
    // output = (0.87 + 0.4 + 1) / 3 = 0.75667 -> 0.7567; effect = (0.84 + 0.64) / 2 = 0.74.
    expect(p.ipoe.output).toBe(0.7567);
    expect(p.ipoe.effect).toBe(0.74);
    // 15×0.8 + 15×0.75 + 35×0.7567 + 35×0.74 = 12 + 11.25 + 26.4845 + 25.9 = 75.6345 -> 75.63.
    expect(p.ipoe.score).toBe(75.63);
    expect(p.ipoe.weightsVersion).toBe(SCORE_WEIGHTS.version);
    expect(describeScore(p)).toBe('Score 75.63 for 2026 (input 0.8000, process 0.7500, output 0.7567, effect 0.7400; weights ipoe-2026.1).');
  });

  it('gives the cost per outcome: fen per contract, and money spent per unit of contract value', () => {
    // 2,400,000,000 fen / 36 contracts = 66,666,666.67 -> 66,666,667 fen (666,666.67 CNY) per contract.
    expect(kpi('contracts_registered').costPerOutcome).toBe(66_666_667);
    // 2.4e9 / 4.2e10 = 0.05714 -> 0.0571 CNY spent per CNY of registered contract value.
    expect(kpi('contract_value').costPerOutcome).toBe(0.0571);
  });
});

describe('computeYearPerformance edge cases', () => {
  it('leaves out dimensions that cannot be measured, re-weighting the others, and says why', () => {
    const p = computeYearPerformance({
      programme: { budgetLines: [], targets: [{ year: 2025, kpi: 'jobs_created', value: 100 }] },
      year: 2025,
      verified: new Map(),
      declared: m([['jobs_created', 50]]),
      spentMinor: 0,
      grantsActive: 0,
      grantsReported: 0,
    });
    expect(p.ipoe).toMatchObject({ input: null, process: null, output: null, effect: 0.4 });
    // Only effect is measured: the score is 100 × 0.4.
    expect(p.ipoe.score).toBe(40);
    expect(p.notes).toHaveLength(3);
  });

  it('has no score when nothing can be measured', () => {
    const p = computeYearPerformance({ programme: { budgetLines: [], targets: [] }, year: 2030, verified: new Map(), declared: new Map(), spentMinor: 0, grantsActive: 0, grantsReported: 0 });
    expect(p.ipoe.score).toBeNull();
    expect(p.kpis).toEqual([]);
    expect(describeScore(p)).toBe('No performance measured for 2030.');
  });

  it('measures nothing in a year that has not begun, whatever its targets', () => {
    const p = computeYearPerformance({ programme, year: 2026, verified: new Map(), declared: new Map(), spentMinor: 0, grantsActive: 2, grantsReported: 0, begun: false });
    expect(p.ipoe).toMatchObject({ input: null, process: null, output: null, effect: null, score: null });
    expect(p.notes).toEqual(['2026 has not begun: nothing is measured yet.']);
  });

  it('caps input at 1 when more was spent than budgeted', () => {
    const p = computeYearPerformance({ programme: { budgetLines: [{ year: 2026, key: 'a', label: 'A', amountMinor: 100 }], targets: [] }, year: 2026, verified: new Map(), declared: new Map(), spentMinor: 150, grantsActive: 0, grantsReported: 0 });
    expect(p.executionRate).toBe(1.5);
    expect(p.ipoe.input).toBe(1);
  });
});

describe('computeGrantOutcomes', () => {
  it('measures a grant against its pro-rata share of the programme targets', () => {
    // The grant is 300,000,000 of a 3,000,000,000 budget: 10% of the 40-contract target is 4.
    const out = computeGrantOutcomes({
      programme,
      grantAmountMinor: 300_000_000,
      disbursedMinor: 150_000_000,
      verified: m([['contracts_registered', 2]]),
      declared: m([['contracts_registered', 1]]),
    });
    expect(out.find((o) => o.kpi === 'contracts_registered')).toMatchObject({ expected: 4, attainment: 0.75, costPerOutcome: 50_000_000 });
  });
});
