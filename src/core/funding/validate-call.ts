import { ORGANIZATION_TYPES, SIZE_CLASSES, type OrganizationType, type SizeClass } from '../organizations/organization.js';
import { isCountryCode } from '../taxonomy/countries.js';
import { isCurrencyCode } from '../taxonomy/currencies.js';
import { isSectorCode } from '../taxonomy/sectors.js';
import { IssueCollector, isValidIsoDate } from '../shared/validation.js';
import { FUNDING_LIMITS, INSTRUMENTS, type Criterion, type EligibilityRules, type FundingCall, type Instrument } from './call.js';

/** What a funder supplies for a call (camelCase; the HTTP layer maps snake_case). */
export type CallInput = {
  funderOrganizationId: string;
  title: string;
  theme?: string | undefined;
  description?: string | undefined;
  sectors?: string[] | undefined;
  trlMin?: number | null | undefined;
  trlMax?: number | null | undefined;
  instrument: string;
  currency: string;
  budgetMinor: number;
  ceilingMinor: number;
  /** When given, the ceiling's currency: it must be the budget's. */
  ceilingCurrency?: string | undefined;
  eligibility?: Partial<Record<keyof EligibilityRules, string[]>> | undefined;
  criteria: { key: string; label: string; weight: number }[];
  opensOn: string;
  closesOn: string;
};

export type CallFields = Pick<
  FundingCall,
  | 'funderOrganizationId'
  | 'title'
  | 'theme'
  | 'description'
  | 'sectors'
  | 'trlMin'
  | 'trlMax'
  | 'instrument'
  | 'currency'
  | 'budgetMinor'
  | 'ceilingMinor'
  | 'eligibility'
  | 'criteria'
  | 'opensOn'
  | 'closesOn'
>;

const clean = (s: string | null | undefined) => (s ?? '').normalize('NFC').trim();
const uniq = <T>(xs: T[]) => [...new Set(xs)];
const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

function text(issues: IssueCollector, path: string, raw: string | undefined, max: number): string {
  const v = clean(raw);
  const n = [...v].length;
  if (n > max) issues.add(path, 'FUNDING_TEXT_TOO_LONG', `${path} is ${n} characters long; the limit is ${max}.`);
  return v;
}

const isMinor = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/**
 * Validates and normalizes a call: text lengths, sector codes, a TRL window within 1-9,
 * instrument, currency, budget and per-project ceiling (positive whole minor units, ceiling
 * at most the budget), eligibility rules, criteria (unique keys, whole-percent weights summing
 * to 100) and the application window (opensOn <= closesOn).
 * Throws FUNDING_CALL_INVALID with every problem, or the one problem's own code.
 */
export function validateCall(input: CallInput): CallFields {
  const issues = new IssueCollector();
  const title = text(issues, 'title', input.title, FUNDING_LIMITS.title);
  if (title.length === 0) issues.add('title', 'FUNDING_TITLE_REQUIRED', 'A call needs a title.');
  const theme = text(issues, 'theme', input.theme, FUNDING_LIMITS.theme);
  const description = text(issues, 'description', input.description, FUNDING_LIMITS.description);

  const sectors = uniq((input.sectors ?? []).map(clean));
  if (sectors.length > FUNDING_LIMITS.sectors) issues.add('sectors', 'FUNDING_SECTOR_UNKNOWN', `At most ${FUNDING_LIMITS.sectors} sectors.`);
  sectors.forEach((s, i) => {
    if (!isSectorCode(s)) issues.add(`sectors.${i}`, 'FUNDING_SECTOR_UNKNOWN', `Unknown sector code "${s.slice(0, 40)}".`);
  });

  const trlMin = input.trlMin ?? null;
  const trlMax = input.trlMax ?? null;
  for (const [path, v] of [['trl_min', trlMin], ['trl_max', trlMax]] as const) {
    if (v !== null && (!Number.isInteger(v) || v < 1 || v > 9)) issues.add(path, 'FUNDING_TRL_WINDOW_INVALID', 'TRL is a whole number from 1 to 9.');
  }
  if (trlMin !== null && trlMax !== null && trlMin > trlMax) issues.add('trl_max', 'FUNDING_TRL_WINDOW_INVALID', 'trl_max must not be below trl_min.');

  if (!oneOf(INSTRUMENTS, input.instrument)) issues.add('instrument', 'FUNDING_INSTRUMENT_INVALID', `instrument must be one of ${INSTRUMENTS.join(', ')}.`);
  const currency = clean(input.currency).toUpperCase();
  if (!isCurrencyCode(currency)) issues.add('currency', 'FUNDING_CURRENCY_UNKNOWN', `"${currency.slice(0, 8)}" is not a supported ISO 4217 currency.`);

  const { budgetMinor, ceilingMinor } = input;
  if (input.ceilingCurrency !== undefined && clean(input.ceilingCurrency).toUpperCase() !== currency) {
    issues.add('ceiling.currency', 'FUNDING_AMOUNT_INVALID', 'The ceiling is in the budget’s currency.');
  }
  if (!isMinor(budgetMinor) || budgetMinor <= 0) issues.add('budget.amount_minor', 'FUNDING_AMOUNT_INVALID', 'The total budget is a positive whole number of minor units.');
  if (!isMinor(ceilingMinor) || ceilingMinor <= 0) {
    issues.add('ceiling.amount_minor', 'FUNDING_AMOUNT_INVALID', 'The per-project ceiling is a positive whole number of minor units.');
  } else if (isMinor(budgetMinor) && budgetMinor > 0 && ceilingMinor > budgetMinor) {
    issues.add('ceiling.amount_minor', 'FUNDING_AMOUNT_INVALID', 'The per-project ceiling cannot exceed the total budget.');
  }

  const e = input.eligibility ?? {};
  const organizationTypes = uniq((e.organizationTypes ?? []).map(clean));
  organizationTypes.forEach((t, i) => {
    if (!oneOf(ORGANIZATION_TYPES, t)) issues.add(`eligibility.organization_types.${i}`, 'FUNDING_ELIGIBILITY_INVALID', `Unknown organization type "${t.slice(0, 40)}".`);
  });
  const countries = uniq((e.countries ?? []).map((c) => clean(c).toUpperCase()));
  countries.forEach((c, i) => {
    if (!isCountryCode(c)) issues.add(`eligibility.countries.${i}`, 'FUNDING_ELIGIBILITY_INVALID', `"${c.slice(0, 8)}" is not an ISO 3166-1 alpha-2 code.`);
  });
  const regions = uniq((e.regions ?? []).map(clean).filter((r) => r.length > 0));
  regions.forEach((r, i) => {
    if ([...r].length > 100) issues.add(`eligibility.regions.${i}`, 'FUNDING_ELIGIBILITY_INVALID', 'A region name has at most 100 characters.');
  });
  const sizeClasses = uniq((e.sizeClasses ?? []).map(clean));
  sizeClasses.forEach((s, i) => {
    if (!oneOf(SIZE_CLASSES, s)) issues.add(`eligibility.size_classes.${i}`, 'FUNDING_ELIGIBILITY_INVALID', `size class must be one of ${SIZE_CLASSES.join(', ')}.`);
  });
  for (const [k, list] of Object.entries({ organizationTypes, countries, regions, sizeClasses })) {
    if (list.length > FUNDING_LIMITS.listEntries) issues.add(`eligibility.${k}`, 'FUNDING_ELIGIBILITY_INVALID', 'Too many entries.');
  }

  const criteria: Criterion[] = [];
  const keys = new Set<string>();
  if (!Array.isArray(input.criteria) || input.criteria.length === 0) {
    issues.add('criteria', 'FUNDING_CRITERIA_INVALID', 'A call needs at least one evaluation criterion.');
  } else if (input.criteria.length > FUNDING_LIMITS.criteria) {
    issues.add('criteria', 'FUNDING_CRITERIA_INVALID', `At most ${FUNDING_LIMITS.criteria} criteria.`);
  } else {
    input.criteria.forEach((c, i) => {
      const key = clean(c.key).toLowerCase();
      const label = clean(c.label);
      if (!/^[a-z][a-z0-9_]{0,39}$/.test(key)) issues.add(`criteria.${i}.key`, 'FUNDING_CRITERIA_INVALID', 'A criterion key is lower-case letters, digits and _ (e.g. impact).');
      else if (keys.has(key)) issues.add(`criteria.${i}.key`, 'FUNDING_CRITERIA_INVALID', `The criterion key "${key}" is used twice.`);
      keys.add(key);
      if (label.length === 0 || [...label].length > FUNDING_LIMITS.criterionLabel) {
        issues.add(`criteria.${i}.label`, 'FUNDING_CRITERIA_INVALID', `A criterion needs a label of at most ${FUNDING_LIMITS.criterionLabel} characters.`);
      }
      if (!Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100) {
        issues.add(`criteria.${i}.weight`, 'FUNDING_CRITERIA_INVALID', 'A weight is a whole percent from 1 to 100.');
      }
      criteria.push({ key, label, weight: c.weight });
    });
    const sum = criteria.reduce((s, c) => s + (Number.isInteger(c.weight) ? c.weight : 0), 0);
    if (sum !== 100) issues.add('criteria', 'FUNDING_CRITERIA_INVALID', `The criteria weights must sum to 100; they sum to ${sum}.`);
  }

  const opensOn = clean(input.opensOn);
  const closesOn = clean(input.closesOn);
  if (!isValidIsoDate(opensOn)) issues.add('opens_on', 'FUNDING_DATES_INVALID', 'opens_on must be a date as YYYY-MM-DD.');
  if (!isValidIsoDate(closesOn)) issues.add('closes_on', 'FUNDING_DATES_INVALID', 'closes_on must be a date as YYYY-MM-DD.');
  if (isValidIsoDate(opensOn) && isValidIsoDate(closesOn) && closesOn < opensOn) {
    issues.add('closes_on', 'FUNDING_DATES_INVALID', 'The call cannot close before it opens.');
  }

  issues.throwIfAny('FUNDING_CALL_INVALID', 'The call');
  return {
    funderOrganizationId: input.funderOrganizationId,
    title,
    theme,
    description,
    sectors,
    trlMin,
    trlMax,
    instrument: input.instrument as Instrument,
    currency,
    budgetMinor,
    ceilingMinor,
    eligibility: {
      organizationTypes: organizationTypes as OrganizationType[],
      countries,
      regions,
      sizeClasses: sizeClasses as SizeClass[],
    },
    criteria,
    opensOn,
    closesOn,
  };
}
