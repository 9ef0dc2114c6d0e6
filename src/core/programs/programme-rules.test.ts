import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/domain-error.js';
import { rescaleYear } from './approve-allocation.js';
import { KPI_CATALOGUE, KPI_KEYS } from './kpi-catalogue.js';
import { validateOutcomeValues } from './submit-outcome-report.js';
import { validateProgramme, type ProgrammeInput } from './validate-programme.js';

const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, paths: (e.details?.issues ?? []).map((i) => i.path) };
    throw e;
  }
  return null;
};

const input = (over: Partial<ProgrammeInput> = {}): ProgrammeInput => ({
  name: ' Technology transfer subsidy ',
  currency: 'cny',
  startYear: 2025,
  endYear: 2027,
  budgetLines: [
    { year: 2026, key: 'Grants', label: 'Grants', amountMinor: 100 },
    { year: 2025, key: 'grants', label: 'Grants', amountMinor: 50 },
  ],
  targets: [{ year: 2026, kpi: 'startups_formed', value: 3 }],
  ...over,
});

describe('the KPI catalogue', () => {
  it('defines every key once, each with a unit, a dimension, a definition and a source', () => {
    expect(KPI_CATALOGUE.map((k) => k.key)).toEqual([...KPI_KEYS]);
    for (const k of KPI_CATALOGUE) {
      expect(['count', 'money']).toContain(k.unit);
      expect(['output', 'effect']).toContain(k.category);
      expect(k.definition.length).toBeGreaterThan(20);
      expect(k.source.length).toBeGreaterThan(3);
    }
  });
});

describe('validateProgramme', () => {
  it('normalizes names, currency, home country, line keys and ordering', () => {
    const p = validateProgramme(input());
    expect(p).toMatchObject({ name: 'Technology transfer subsidy', currency: 'CNY', homeCountry: 'CN' });
    expect(p.budgetLines.map((l) => [l.year, l.key])).toEqual([
      [2025, 'grants'],
      [2026, 'grants'],
    ]);
  });

  it.each([
    [{ endYear: 2024 }, 'PROGRAMME_PERIOD_INVALID', ['end_year']],
    [{ startYear: 2020, endYear: 2031 }, 'PROGRAMME_PERIOD_INVALID', ['end_year']],
    [{ budgetLines: [{ year: 2030, key: 'grants', label: 'G', amountMinor: 1 }] }, 'PROGRAMME_BUDGET_INVALID', ['budget_lines.0.year']],
    [{ budgetLines: [{ year: 2026, key: 'g', label: 'G', amountMinor: -1 }] }, 'PROGRAMME_BUDGET_INVALID', ['budget_lines.0.amount_minor']],
    [{ targets: [{ year: 2026, kpi: 'gdp', value: 1 }] }, 'PROGRAMME_KPI_UNKNOWN', ['targets.0.kpi']],
    [{ targets: [{ year: 2026, kpi: 'jobs_created', value: 0 }] }, 'PROGRAMME_TARGET_INVALID', ['targets.0.value']],
    [{ currency: 'ABC' }, 'PROGRAMME_CURRENCY_UNKNOWN', ['currency']],
  ])('refuses %j with %s', (over, code, paths) => {
    expect(errorOf(() => validateProgramme(input(over as Partial<ProgrammeInput>)))).toEqual({ code, paths });
  });
});

describe('validateOutcomeValues', () => {
  const ok = { evidenceKind: 'document', evidenceNote: 'Certificate' };

  it('takes counts as "count" and money in the programme currency', () => {
    const v = validateOutcomeValues({ currency: 'CNY' }, [
      { kpi: 'startups_formed', value: 2, unit: 'count', ...ok },
      { kpi: 'license_income', value: 150_000, unit: 'CNY', ...ok },
    ]);
    expect(v.map((x) => [x.kpi, x.unit])).toEqual([
      ['startups_formed', 'count'],
      ['license_income', 'CNY'],
    ]);
  });

  it.each([
    [{ kpi: 'startups_formed', value: 2, unit: 'CNY' }, 'PROGRAMME_KPI_UNIT_MISMATCH', 'values.0.unit'],
    [{ kpi: 'license_income', value: 2, unit: 'count' }, 'PROGRAMME_KPI_UNIT_MISMATCH', 'values.0.unit'],
    [{ kpi: 'license_income', value: 2, unit: 'USD' }, 'PROGRAMME_KPI_UNIT_MISMATCH', 'values.0.unit'],
    [{ kpi: 'jobs_created', value: 2.5, unit: 'count' }, 'PROGRAMME_KPI_VALUE_INVALID', 'values.0.value'],
    [{ kpi: 'jobs_created', value: 2, unit: 'count', evidenceNote: ' ' }, 'PROGRAMME_EVIDENCE_REQUIRED', 'values.0.evidence_note'],
  ])('refuses %j with %s', (value, code, path) => {
    expect(errorOf(() => validateOutcomeValues({ currency: 'CNY' }, [{ ...ok, ...value }]))).toEqual({ code, paths: [path] });
  });
});

describe('rescaleYear', () => {
  it('keeps the proportions of a year’s lines and sums exactly to the approved total', () => {
    const lines = [
      { year: 2027, key: 'grants', label: 'G', amountMinor: 300 },
      { year: 2027, key: 'services', label: 'S', amountMinor: 100 },
      { year: 2026, key: 'grants', label: 'G', amountMinor: 999 },
    ];
    expect(rescaleYear(lines, 2027, 1001).filter((l) => l.year === 2027).map((l) => l.amountMinor)).toEqual([751, 250]);
    expect(rescaleYear(lines, 2026, 5).find((l) => l.year === 2026)!.amountMinor).toBe(5);
  });

  it('creates one line for a year without lines', () => {
    expect(rescaleYear([], 2028, 700)).toEqual([{ year: 2028, key: 'allocation', label: 'Approved allocation', amountMinor: 700 }]);
  });
});
