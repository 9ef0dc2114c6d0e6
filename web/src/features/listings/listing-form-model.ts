import type {
  ApiErrorIssue,
  CooperationType,
  IprStatus,
  Language,
  Listing,
  ListingInput,
  ListingKind,
  LocalizedText,
  Visibility,
} from '../../api/types';
import { minorUnitsOf } from '../../ui/format';

/** What the form holds. Money is in major units here (yuan, dollars); the API takes minor units. */
export type ListingFormValues = {
  kind: ListingKind;
  language: Language;
  title: string;
  summary: string;
  description: string;
  hasTranslation: boolean;
  translations: Partial<Record<Language, LocalizedText>>;
  keywords: string[];
  sectors: string[];
  ipc_codes: string[];
  trl: number | null;
  ipr_status: IprStatus;
  patent_numbers: string[];
  cooperation_types: CooperationType[];
  price: { currency: string; min: number | null; max: number | null };
  country: string | undefined;
  target_countries: string[];
  owner_organization_id: string | undefined;
  visibility: Visibility;
  /** YYYY-MM-DD or null. */
  deadline: string | null;
  confidential_details: string;
};

export type FieldName = (string | number)[];

export function otherLanguage(lang: Language): Language {
  return lang === 'zh' ? 'en' : 'zh';
}

export function emptyFormValues(kind: ListingKind, language: Language): ListingFormValues {
  return {
    kind,
    language,
    title: '',
    summary: '',
    description: '',
    hasTranslation: false,
    translations: {},
    keywords: [],
    sectors: [],
    ipc_codes: [],
    trl: null,
    ipr_status: 'none',
    patent_numbers: [],
    cooperation_types: [],
    price: { currency: language === 'zh' ? 'CNY' : 'USD', min: null, max: null },
    country: undefined,
    target_countries: [],
    owner_organization_id: undefined,
    visibility: 'public',
    deadline: null,
    confidential_details: '',
  };
}

function toMinor(major: number | null, currency: string): number | null {
  return major === null || major === undefined ? null : Math.round(major * 10 ** minorUnitsOf(currency));
}

function toMajorOrNull(minor: number | null, currency: string): number | null {
  return minor === null ? null : minor / 10 ** minorUnitsOf(currency);
}

function trimList(values: string[] | undefined): string[] {
  return (values ?? []).map((v) => v.trim()).filter((v) => v.length > 0);
}

/** The API body for the form's values: trimmed text, minor-unit money, only the other language's translation. */
export function toListingInput(values: ListingFormValues): ListingInput {
  const other = otherLanguage(values.language);
  const translation = values.translations?.[other];
  const hasTranslation =
    values.hasTranslation && !!translation && [translation.title, translation.summary, translation.description].some((s) => s?.trim());
  const hasPrice = values.price && (values.price.min !== null || values.price.max !== null);
  return {
    kind: values.kind,
    language: values.language,
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description.trim(),
    translations:
      hasTranslation && translation
        ? {
            [other]: {
              title: (translation.title ?? '').trim(),
              summary: (translation.summary ?? '').trim(),
              description: (translation.description ?? '').trim(),
            },
          }
        : {},
    confidential_details: values.confidential_details.trim() ? values.confidential_details.trim() : null,
    keywords: trimList(values.keywords),
    sectors: values.sectors ?? [],
    ipc_codes: trimList(values.ipc_codes).map((c) => c.toUpperCase()),
    trl: values.trl ?? null,
    ipr_status: values.ipr_status,
    patent_numbers:
      values.ipr_status === 'applied' || values.ipr_status === 'granted' ? trimList(values.patent_numbers) : [],
    cooperation_types: values.cooperation_types ?? [],
    price: hasPrice
      ? {
          currency: values.price.currency,
          min_minor: toMinor(values.price.min, values.price.currency),
          max_minor: toMinor(values.price.max, values.price.currency),
        }
      : null,
    country: values.country ?? '',
    target_countries: values.target_countries ?? [],
    owner_organization_id: values.owner_organization_id ?? '',
    visibility: values.visibility,
    deadline: values.deadline,
  };
}

/** The form's values for an existing listing. */
export function fromListing(listing: Listing): ListingFormValues {
  const other = otherLanguage(listing.language);
  const translation = listing.translations[other];
  const currency = listing.price?.currency ?? (listing.language === 'zh' ? 'CNY' : 'USD');
  return {
    kind: listing.kind,
    language: listing.language,
    title: listing.title,
    summary: listing.summary,
    description: listing.description,
    hasTranslation: !!translation,
    translations: translation ? { [other]: { ...translation } } : {},
    keywords: listing.keywords,
    sectors: listing.sectors,
    ipc_codes: listing.ipc_codes,
    trl: listing.trl,
    ipr_status: listing.ipr_status,
    patent_numbers: listing.patent_numbers,
    cooperation_types: listing.cooperation_types,
    price: {
      currency,
      min: listing.price ? toMajorOrNull(listing.price.min_minor, currency) : null,
      max: listing.price ? toMajorOrNull(listing.price.max_minor, currency) : null,
    },
    country: listing.country,
    target_countries: listing.target_countries,
    owner_organization_id: listing.owner_organization_id,
    visibility: listing.visibility,
    deadline: listing.deadline,
    confidential_details: listing.confidential_details ?? '',
  };
}

/** Fields of `next` that differ from `base`: the body of a PATCH. */
export function changedFields(base: ListingInput, next: ListingInput): Partial<ListingInput> {
  const changed: Partial<ListingInput> = {};
  for (const key of Object.keys(next) as (keyof ListingInput)[]) {
    if (JSON.stringify(base[key] ?? null) !== JSON.stringify(next[key] ?? null)) {
      (changed as Record<string, unknown>)[key] = next[key];
    }
  }
  return changed;
}

const LIST_FIELDS = new Set([
  'keywords',
  'sectors',
  'ipc_codes',
  'patent_numbers',
  'cooperation_types',
  'target_countries',
]);
const PLAIN_FIELDS = new Set([
  'kind',
  'language',
  'title',
  'summary',
  'description',
  'confidential_details',
  'trl',
  'ipr_status',
  'country',
  'owner_organization_id',
  'visibility',
  'deadline',
]);
const PRICE_PARTS: Record<string, string> = { min_minor: 'min', max_minor: 'max', currency: 'currency' };
const TEXT_PARTS = new Set(['title', 'summary', 'description']);

/**
 * The form field an API issue path points at ("price.min_minor" -> ['price','min'],
 * "keywords.3" -> ['keywords']), or null when no field shows it.
 */
export function issuePathToField(path: string): FieldName | null {
  const parts = path.split('.').filter((p) => p.length > 0);
  const [head, second, third] = parts;
  if (!head) return null;
  if (PLAIN_FIELDS.has(head)) return [head];
  if (LIST_FIELDS.has(head)) return [head];
  if (head === 'price') return ['price', (second && PRICE_PARTS[second]) || 'min'];
  if (head === 'translations' && (second === 'zh' || second === 'en')) {
    return ['translations', second, third && TEXT_PARTS.has(third) ? third : 'title'];
  }
  return null;
}

export type MappedIssues = {
  fields: { name: FieldName; errors: string[] }[];
  /** Issues no field shows; displayed above the form. */
  general: string[];
};

/** Groups API issues by form field; several issues on one field keep all their messages. */
export function mapIssues(issues: ApiErrorIssue[]): MappedIssues {
  const byField = new Map<string, { name: FieldName; errors: string[] }>();
  const general: string[] = [];
  for (const issue of issues) {
    const name = issuePathToField(issue.path);
    if (!name) {
      general.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(issue.message)) entry.errors.push(issue.message);
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], general };
}
