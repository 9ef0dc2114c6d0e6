import { isCountryCode } from '../taxonomy/countries.js';
import { IssueCollector } from '../shared/validation.js';
import { ORGANIZATION_TYPES, SIZE_CLASSES, type OrganizationType, type SizeClass } from './organization.js';
import { normalizeRorId } from './ror-id.js';

export type OrganizationInput = {
  name?: string | null | undefined;
  nameZh?: string | null | undefined;
  type: string;
  country: string;
  region?: string | null | undefined;
  city?: string | null | undefined;
  rorId?: string | null | undefined;
  website?: string | null | undefined;
  sizeClass?: string | null | undefined;
  description?: string | null | undefined;
};

export type OrganizationFields = {
  name: string | null;
  nameZh: string | null;
  type: OrganizationType;
  country: string;
  region: string | null;
  city: string | null;
  rorId: string | null;
  website: string | null;
  sizeClass: SizeClass | null;
  description: string | null;
};

const opt = (s: string | null | undefined): string | null => {
  const t = (s ?? '').normalize('NFC').trim();
  return t.length > 0 ? t : null;
};

const LIMITS = { name: 300, region: 120, city: 120, website: 500, description: 4000 } as const;

/**
 * Validates and normalizes organization fields (ROR id to its 9-character form, country
 * upper-cased, website given a scheme). Throws DomainError ORGANIZATION_INVALID with every
 * problem, or the single problem's own code.
 */
export function validateOrganization(input: OrganizationInput): OrganizationFields {
  const issues = new IssueCollector();
  const name = opt(input.name);
  const nameZh = opt(input.nameZh);
  if (!name && !nameZh) issues.add('name', 'ORGANIZATION_NAME_REQUIRED', 'Give the name in English, in Chinese, or both.');
  if (!(ORGANIZATION_TYPES as readonly string[]).includes(input.type)) {
    issues.add('type', 'ORGANIZATION_TYPE_INVALID', `type must be one of ${ORGANIZATION_TYPES.join(', ')}.`);
  }
  const country = (input.country ?? '').trim().toUpperCase();
  if (!isCountryCode(country)) issues.add('country', 'ORGANIZATION_COUNTRY_INVALID', 'country must be an ISO 3166-1 alpha-2 code such as CN or DE.');
  let rorId: string | null = null;
  if (opt(input.rorId)) {
    rorId = normalizeRorId(input.rorId!);
    if (!rorId) issues.add('ror_id', 'ORGANIZATION_ROR_ID_INVALID', 'Not a valid ROR id (e.g. 03cve4549 or https://ror.org/03cve4549).');
  }
  let website = opt(input.website);
  if (website) {
    if (!/^https?:\/\//i.test(website)) website = `https://${website}`;
    try {
      const u = new URL(website);
      if (!u.hostname.includes('.')) throw new Error('no host');
    } catch {
      issues.add('website', 'ORGANIZATION_WEBSITE_INVALID', 'website must be a web address such as https://example.org.');
    }
  }
  const sizeClass = opt(input.sizeClass);
  if (sizeClass && !(SIZE_CLASSES as readonly string[]).includes(sizeClass)) {
    issues.add('size_class', 'ORGANIZATION_SIZE_CLASS_INVALID', `size_class must be one of ${SIZE_CLASSES.join(', ')}.`);
  }
  const fields = { name, nameZh, region: opt(input.region), city: opt(input.city), website, description: opt(input.description) };
  for (const [key, limit] of Object.entries(LIMITS)) {
    for (const path of key === 'name' ? ['name', 'name_zh'] : [key]) {
      const v = path === 'name_zh' ? fields.nameZh : (fields as Record<string, string | null>)[key];
      if (v && [...v].length > limit) issues.add(path, 'ORGANIZATION_TEXT_TOO_LONG', `${path} may have at most ${limit} characters.`);
    }
  }
  issues.throwIfAny('ORGANIZATION_INVALID', 'The organization');
  return { ...fields, type: input.type as OrganizationType, country, rorId, sizeClass: sizeClass as SizeClass | null };
}
