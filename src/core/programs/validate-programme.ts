import { isCountryCode } from '../taxonomy/countries.js';
import { isCurrencyCode } from '../taxonomy/currencies.js';
import { IssueCollector } from '../shared/validation.js';
import { isKpiKey } from './kpi-catalogue.js';
import { PROGRAMME_LIMITS, type BudgetLine, type KpiTarget, type Programme } from './programme.js';

/** What a programme manager supplies (camelCase). Money targets are minor units of the programme currency. */
export type ProgrammeInput = {
  name: string;
  nameZh?: string | null | undefined;
  description?: string | undefined;
  ownerOrganizationId?: string | null | undefined;
  currency: string;
  homeCountry?: string | undefined;
  startYear: number;
  endYear: number;
  budgetLines?: { year: number; key: string; label: string; amountMinor: number }[] | undefined;
  targets?: { year: number; kpi: string; value: number }[] | undefined;
};

export type ProgrammeFields = Pick<
  Programme,
  'name' | 'nameZh' | 'description' | 'ownerOrganizationId' | 'currency' | 'homeCountry' | 'startYear' | 'endYear' | 'budgetLines' | 'targets'
>;

const clean = (s: string | null | undefined) => (s ?? '').normalize('NFC').trim();
const len = (s: string) => [...s].length;
const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

/**
 * Validates and normalizes a programme: name, texts, currency, home country, a period of 1-10
 * calendar years, budget lines (unique key per year, inside the period, whole non-negative
 * minor units) and KPI targets (catalogue keys, one per KPI and year, inside the period, whole
 * positive values). Throws PROGRAMME_INVALID with every problem, or the one problem's own code.
 */
export function validateProgramme(input: ProgrammeInput): ProgrammeFields {
  const issues = new IssueCollector();
  const name = clean(input.name);
  const nameZh = clean(input.nameZh) || null;
  const description = clean(input.description);
  if (name.length === 0) issues.add('name', 'PROGRAMME_NAME_REQUIRED', 'A programme needs a name.');
  if (len(name) > PROGRAMME_LIMITS.name) issues.add('name', 'PROGRAMME_TEXT_TOO_LONG', `A name has at most ${PROGRAMME_LIMITS.name} characters.`);
  if (nameZh && len(nameZh) > PROGRAMME_LIMITS.name) issues.add('name_zh', 'PROGRAMME_TEXT_TOO_LONG', `A name has at most ${PROGRAMME_LIMITS.name} characters.`);
  if (len(description) > PROGRAMME_LIMITS.description) issues.add('description', 'PROGRAMME_TEXT_TOO_LONG', `A description has at most ${PROGRAMME_LIMITS.description} characters.`);

  const currency = clean(input.currency).toUpperCase();
  if (!isCurrencyCode(currency)) issues.add('currency', 'PROGRAMME_CURRENCY_UNKNOWN', `"${currency.slice(0, 8)}" is not a supported ISO 4217 currency.`);
  const homeCountry = clean(input.homeCountry ?? 'CN').toUpperCase();
  if (!isCountryCode(homeCountry)) issues.add('home_country', 'PROGRAMME_COUNTRY_INVALID', 'home_country must be an ISO 3166-1 alpha-2 code such as CN.');

  const { startYear, endYear } = input;
  const yearOk = (y: number) => Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX;
  const periodIssues = new IssueCollector();
  if (!yearOk(startYear)) periodIssues.add('start_year', 'PROGRAMME_PERIOD_INVALID', `start_year is a year from ${YEAR_MIN} to ${YEAR_MAX}.`);
  if (!yearOk(endYear)) periodIssues.add('end_year', 'PROGRAMME_PERIOD_INVALID', `end_year is a year from ${YEAR_MIN} to ${YEAR_MAX}.`);
  if (periodIssues.issues.length === 0 && endYear < startYear) periodIssues.add('end_year', 'PROGRAMME_PERIOD_INVALID', 'The period cannot end before it starts.');
  if (periodIssues.issues.length === 0 && endYear - startYear + 1 > PROGRAMME_LIMITS.periodYears) {
    periodIssues.add('end_year', 'PROGRAMME_PERIOD_INVALID', `A programme runs at most ${PROGRAMME_LIMITS.periodYears} years.`);
  }
  const periodOk = periodIssues.issues.length === 0;
  for (const i of periodIssues.issues) issues.add(i.path, i.code, i.message);
  // With no valid period, years of lines and targets cannot be judged: the period's own issue says why.
  const inPeriod = (y: number) => !periodOk || (Number.isInteger(y) && y >= startYear && y <= endYear);

  const budgetLines: BudgetLine[] = [];
  const lineKeys = new Set<string>();
  const lines = input.budgetLines ?? [];
  if (lines.length > PROGRAMME_LIMITS.budgetLines * PROGRAMME_LIMITS.periodYears) issues.add('budget_lines', 'PROGRAMME_BUDGET_INVALID', 'Too many budget lines.');
  lines.forEach((l, i) => {
    const key = clean(l.key).toLowerCase();
    const label = clean(l.label);
    if (!inPeriod(l.year)) issues.add(`budget_lines.${i}.year`, 'PROGRAMME_BUDGET_INVALID', `A budget line's year must be within ${startYear}-${endYear}.`);
    if (!/^[a-z][a-z0-9_]{0,39}$/.test(key)) issues.add(`budget_lines.${i}.key`, 'PROGRAMME_BUDGET_INVALID', 'A line key is lower-case letters, digits and _ (e.g. grants).');
    else if (lineKeys.has(`${l.year}:${key}`)) issues.add(`budget_lines.${i}.key`, 'PROGRAMME_BUDGET_INVALID', `The line "${key}" appears twice in ${l.year}.`);
    lineKeys.add(`${l.year}:${key}`);
    if (label.length === 0 || len(label) > PROGRAMME_LIMITS.lineLabel) {
      issues.add(`budget_lines.${i}.label`, 'PROGRAMME_BUDGET_INVALID', `A line needs a label of at most ${PROGRAMME_LIMITS.lineLabel} characters.`);
    }
    if (!Number.isSafeInteger(l.amountMinor) || l.amountMinor < 0) {
      issues.add(`budget_lines.${i}.amount_minor`, 'PROGRAMME_BUDGET_INVALID', 'A budget amount is a whole, non-negative number of minor units.');
    }
    budgetLines.push({ year: l.year, key, label, amountMinor: l.amountMinor });
  });

  const targets: KpiTarget[] = [];
  const targetKeys = new Set<string>();
  (input.targets ?? []).forEach((t, i) => {
    const kpi = clean(t.kpi);
    if (!isKpiKey(kpi)) {
      issues.add(`targets.${i}.kpi`, 'PROGRAMME_KPI_UNKNOWN', `"${kpi.slice(0, 60)}" is not a KPI of the catalogue (GET /api/programmes/kpis).`);
      return;
    }
    if (!inPeriod(t.year)) issues.add(`targets.${i}.year`, 'PROGRAMME_TARGET_INVALID', `A target's year must be within ${startYear}-${endYear}.`);
    if (targetKeys.has(`${t.year}:${kpi}`)) issues.add(`targets.${i}.kpi`, 'PROGRAMME_TARGET_INVALID', `${kpi} has two targets for ${t.year}.`);
    targetKeys.add(`${t.year}:${kpi}`);
    if (!Number.isSafeInteger(t.value) || t.value <= 0) {
      issues.add(`targets.${i}.value`, 'PROGRAMME_TARGET_INVALID', 'A target is a whole positive number (of units, or of minor units for money KPIs).');
    }
    targets.push({ year: t.year, kpi, value: t.value });
  });

  issues.throwIfAny('PROGRAMME_INVALID', 'The programme');
  return {
    name,
    nameZh,
    description,
    ownerOrganizationId: input.ownerOrganizationId ?? null,
    currency,
    homeCountry,
    startYear,
    endYear,
    budgetLines: budgetLines.sort((a, b) => a.year - b.year || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    targets: targets.sort((a, b) => a.year - b.year || (a.kpi < b.kpi ? -1 : 1)),
  };
}
