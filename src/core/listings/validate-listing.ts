import { isCountryCode } from '../taxonomy/countries.js';
import { isCurrencyCode } from '../taxonomy/currencies.js';
import { normalizeIpc } from '../taxonomy/ipc.js';
import { isSectorCode } from '../taxonomy/sectors.js';
import { IssueCollector, isValidIsoDate } from '../shared/validation.js';
import {
  COOPERATION_TYPES,
  IPR_STATUSES,
  LANGUAGES,
  LISTING_KINDS,
  LISTING_LIMITS,
  VISIBILITIES,
  type CooperationType,
  type IprStatus,
  type Language,
  type ListingKind,
  type LocalizedText,
  type PriceRange,
  type Visibility,
} from './listing.js';

/** What a caller supplies to create a listing (camelCase; the HTTP layer maps snake_case). */
export type ListingInput = {
  kind: string;
  language: string;
  title: string;
  summary?: string | undefined;
  description?: string | undefined;
  translations?: Partial<Record<string, Partial<LocalizedText>>> | undefined;
  confidentialDetails?: string | null | undefined;
  keywords?: string[] | undefined;
  sectors?: string[] | undefined;
  ipcCodes?: string[] | undefined;
  trl?: number | null | undefined;
  iprStatus?: string | undefined;
  patentNumbers?: string[] | undefined;
  cooperationTypes?: string[] | undefined;
  price?: { minMinor?: number | null | undefined; maxMinor?: number | null | undefined; currency: string } | null | undefined;
  country: string;
  targetCountries?: string[] | undefined;
  ownerOrganizationId: string;
  visibility?: string | undefined;
  deadline?: string | null | undefined;
};

/** The editable fields of a listing after validation and normalization. */
export type ListingFields = {
  kind: ListingKind;
  language: Language;
  title: string;
  summary: string;
  description: string;
  translations: Partial<Record<Language, LocalizedText>>;
  confidentialDetails: string | null;
  keywords: string[];
  sectors: string[];
  ipcCodes: string[];
  trl: number | null;
  iprStatus: IprStatus;
  patentNumbers: string[];
  cooperationTypes: CooperationType[];
  price: PriceRange | null;
  country: string;
  targetCountries: string[];
  ownerOrganizationId: string;
  visibility: Visibility;
  deadline: string | null;
};

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
const clean = (s: string | null | undefined): string => (s ?? '').normalize('NFC').trim();
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

function checkLength(issues: IssueCollector, path: string, value: string, max: number) {
  // Length in Unicode code points, so a Chinese character counts as one.
  const n = [...value].length;
  if (n > max) issues.add(path, 'LISTING_TEXT_TOO_LONG', `${path} is ${n} characters long; the limit is ${max}.`);
}

/**
 * Validates and normalizes listing fields: trims text, normalizes IPC codes ('H01M10/052' ->
 * 'H01M 10/052'), upper-cases country and currency codes, removes duplicate list entries.
 * Throws DomainError with every problem found (LISTING_INVALID when several, else the one
 * problem's own code, e.g. LISTING_TRL_OUT_OF_RANGE, LISTING_BUDGET_RANGE_INVALID).
 */
export function validateListing(input: ListingInput): ListingFields {
  const issues = new IssueCollector();

  if (!oneOf(LISTING_KINDS, input.kind)) issues.add('kind', 'LISTING_KIND_INVALID', `kind must be one of ${LISTING_KINDS.join(', ')}.`);
  if (!oneOf(LANGUAGES, input.language)) issues.add('language', 'LISTING_LANGUAGE_INVALID', 'language must be zh or en.');

  const title = clean(input.title);
  const summary = clean(input.summary);
  const description = clean(input.description);
  if (title.length === 0) issues.add('title', 'LISTING_TITLE_REQUIRED', 'A title is required.');
  checkLength(issues, 'title', title, LISTING_LIMITS.title);
  checkLength(issues, 'summary', summary, LISTING_LIMITS.summary);
  checkLength(issues, 'description', description, LISTING_LIMITS.description);

  const translations: Partial<Record<Language, LocalizedText>> = {};
  for (const [lang, t] of Object.entries(input.translations ?? {})) {
    if (t === undefined) continue;
    if (!oneOf(LANGUAGES, lang)) {
      issues.add(`translations.${lang}`, 'LISTING_TRANSLATION_INVALID', 'Translations may be given in zh or en only.');
      continue;
    }
    if (lang === input.language) {
      issues.add(`translations.${lang}`, 'LISTING_TRANSLATION_INVALID', 'A translation must be in a language other than the original.');
      continue;
    }
    const tt = { title: clean(t.title), summary: clean(t.summary), description: clean(t.description) };
    if (tt.title.length === 0) issues.add(`translations.${lang}.title`, 'LISTING_TITLE_REQUIRED', 'A translation needs a title.');
    checkLength(issues, `translations.${lang}.title`, tt.title, LISTING_LIMITS.title);
    checkLength(issues, `translations.${lang}.summary`, tt.summary, LISTING_LIMITS.summary);
    checkLength(issues, `translations.${lang}.description`, tt.description, LISTING_LIMITS.description);
    translations[lang] = tt;
  }

  const confidential = clean(input.confidentialDetails);
  checkLength(issues, 'confidential_details', confidential, LISTING_LIMITS.confidentialDetails);

  const keywords = uniq((input.keywords ?? []).map(clean).filter((k) => k.length > 0));
  if (keywords.length > LISTING_LIMITS.keywords) {
    issues.add('keywords', 'LISTING_KEYWORDS_INVALID', `At most ${LISTING_LIMITS.keywords} keywords are allowed.`);
  }
  keywords.forEach((k, i) => {
    if ([...k].length > LISTING_LIMITS.keywordLength) {
      issues.add(`keywords.${i}`, 'LISTING_KEYWORDS_INVALID', `A keyword may have at most ${LISTING_LIMITS.keywordLength} characters.`);
    }
  });

  const sectors = uniq((input.sectors ?? []).map(clean));
  if (sectors.length > LISTING_LIMITS.sectors) issues.add('sectors', 'LISTING_SECTOR_UNKNOWN', `At most ${LISTING_LIMITS.sectors} sectors.`);
  sectors.forEach((s, i) => {
    if (!isSectorCode(s)) issues.add(`sectors.${i}`, 'LISTING_SECTOR_UNKNOWN', `Unknown sector code "${s}".`);
  });

  const ipcCodes: string[] = [];
  (input.ipcCodes ?? []).forEach((raw, i) => {
    const code = normalizeIpc(raw);
    if (code === null) issues.add(`ipc_codes.${i}`, 'LISTING_IPC_INVALID', `"${clean(raw).slice(0, 40)}" is not an IPC code such as H01M 10/052.`);
    else ipcCodes.push(code);
  });
  if (ipcCodes.length > LISTING_LIMITS.ipcCodes) issues.add('ipc_codes', 'LISTING_IPC_INVALID', `At most ${LISTING_LIMITS.ipcCodes} IPC codes.`);

  const trl = input.trl ?? null;
  if (trl !== null && (!Number.isInteger(trl) || trl < 1 || trl > 9)) {
    issues.add('trl', 'LISTING_TRL_OUT_OF_RANGE', 'TRL must be a whole number from 1 to 9.');
  }

  const iprStatus = input.iprStatus ?? 'none';
  if (!oneOf(IPR_STATUSES, iprStatus)) issues.add('ipr_status', 'LISTING_IPR_STATUS_INVALID', `ipr_status must be one of ${IPR_STATUSES.join(', ')}.`);
  const patentNumbers = uniq((input.patentNumbers ?? []).map((p) => clean(p).toUpperCase()).filter((p) => p.length > 0));
  if (patentNumbers.length > LISTING_LIMITS.patentNumbers) {
    issues.add('patent_numbers', 'LISTING_PATENT_NUMBERS_INVALID', `At most ${LISTING_LIMITS.patentNumbers} patent numbers.`);
  }
  patentNumbers.forEach((p, i) => {
    if (!/^[A-Z]{2}[A-Z0-9 .\-/]{3,30}$/.test(p)) {
      issues.add(`patent_numbers.${i}`, 'LISTING_PATENT_NUMBERS_INVALID', 'A patent number starts with its office code, e.g. EP3456789B1 or CN114123456B.');
    }
  });
  if (patentNumbers.length > 0 && iprStatus !== 'applied' && iprStatus !== 'granted') {
    issues.add('patent_numbers', 'LISTING_PATENT_NUMBERS_INVALID', 'Patent numbers go with ipr_status applied or granted.');
  }

  const cooperationTypes = uniq(input.cooperationTypes ?? []);
  cooperationTypes.forEach((c, i) => {
    if (!oneOf(COOPERATION_TYPES, c)) {
      issues.add(`cooperation_types.${i}`, 'LISTING_COOPERATION_TYPE_INVALID', `cooperation type must be one of ${COOPERATION_TYPES.join(', ')}.`);
    }
  });

  let price: PriceRange | null = null;
  if (input.price) {
    const currency = clean(input.price.currency).toUpperCase();
    const minMinor = input.price.minMinor ?? null;
    const maxMinor = input.price.maxMinor ?? null;
    if (!isCurrencyCode(currency)) issues.add('price.currency', 'LISTING_CURRENCY_UNKNOWN', `"${currency.slice(0, 8)}" is not a supported ISO 4217 currency.`);
    for (const [path, v] of [['price.min_minor', minMinor], ['price.max_minor', maxMinor]] as const) {
      if (v !== null && (!Number.isSafeInteger(v) || v < 0)) {
        issues.add(path, 'LISTING_BUDGET_RANGE_INVALID', 'Amounts are whole, non-negative numbers of minor units (e.g. cents, fen).');
      }
    }
    if (minMinor === null && maxMinor === null) {
      issues.add('price', 'LISTING_BUDGET_RANGE_INVALID', 'Give a minimum, a maximum or both, or leave the price out.');
    } else if (minMinor !== null && maxMinor !== null && minMinor > maxMinor) {
      issues.add('price.max_minor', 'LISTING_BUDGET_RANGE_INVALID', 'The maximum must not be below the minimum.');
    }
    price = { minMinor, maxMinor, currency };
  }

  const country = clean(input.country).toUpperCase();
  if (!isCountryCode(country)) issues.add('country', 'LISTING_COUNTRY_INVALID', 'country must be an ISO 3166-1 alpha-2 code such as CN or DE.');
  const targetCountries = uniq((input.targetCountries ?? []).map((c) => clean(c).toUpperCase()));
  targetCountries.forEach((c, i) => {
    if (!isCountryCode(c)) issues.add(`target_countries.${i}`, 'LISTING_COUNTRY_INVALID', `"${c.slice(0, 8)}" is not an ISO 3166-1 alpha-2 code.`);
  });

  const visibility = input.visibility ?? 'public';
  if (!oneOf(VISIBILITIES, visibility)) issues.add('visibility', 'LISTING_VISIBILITY_INVALID', 'visibility must be public or members.');

  const deadline = input.deadline ? clean(input.deadline) : null;
  if (deadline !== null && !isValidIsoDate(deadline)) issues.add('deadline', 'LISTING_DEADLINE_INVALID', 'deadline must be a date as YYYY-MM-DD.');

  issues.throwIfAny('LISTING_INVALID', 'The listing');
  return {
    kind: input.kind as ListingKind,
    language: input.language as Language,
    title,
    summary,
    description,
    translations,
    confidentialDetails: confidential.length > 0 ? confidential : null,
    keywords,
    sectors,
    ipcCodes: uniq(ipcCodes),
    trl,
    iprStatus: iprStatus as IprStatus,
    patentNumbers,
    cooperationTypes: cooperationTypes as CooperationType[],
    price,
    country,
    targetCountries,
    ownerOrganizationId: input.ownerOrganizationId,
    visibility: visibility as Visibility,
    deadline,
  };
}

/** Problems that block publication (a draft may be incomplete, a published listing not). */
export function publicationIssues(fields: Pick<ListingFields, 'summary' | 'sectors' | 'description'>): IssueCollector {
  const issues = new IssueCollector();
  if (fields.summary.length === 0) issues.add('summary', 'LISTING_INCOMPLETE', 'A summary is needed before publishing.');
  if (fields.sectors.length === 0) issues.add('sectors', 'LISTING_INCOMPLETE', 'Choose at least one sector before publishing.');
  return issues;
}
