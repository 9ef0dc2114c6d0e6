import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import {
  COOPERATION_TYPES,
  IPR_STATUSES,
  LISTING_KINDS,
  LISTING_STATUSES,
  type CodedLabel,
  type CurrencyItem,
  type ExchangeRate,
  type ListingOwner,
  type Organization,
  type SectorItem,
  type TrlTaxonomy,
} from '../api/types';
import { useLanguage, type ContentLanguage } from '../i18n';
import { cached } from './cache';
import { countryName } from './format';

/** Closed enumerations of the contract whose labels live in the i18n files as `enum.<name>.<value>`. */
export const ENUMS = {
  kind: LISTING_KINDS,
  status: LISTING_STATUSES,
  ipr: IPR_STATUSES,
  cooperation: COOPERATION_TYPES,
  org_type: ['university', 'research_institute', 'enterprise', 'investor', 'government', 'intermediary', 'other'],
  visibility: ['public', 'members'],
  sort: ['relevance', 'newest', 'deadline'],
} as const;
export type EnumName = keyof typeof ENUMS;

export function enumKey(name: EnumName, value: string): string {
  return `enum.${name}.${value}`;
}

type Taxonomies = {
  sectors: SectorItem[];
  countries: CodedLabel[];
  currencies: CurrencyItem[];
  trl: TrlTaxonomy;
  rates: ExchangeRate[];
};

const loaders: { [K in keyof Taxonomies]: () => Promise<Taxonomies[K]> } = {
  sectors: () => api.taxonomy.sectors().then((r) => r.items),
  countries: () => api.taxonomy.countries().then((r) => r.items),
  currencies: () => api.taxonomy.currencies().then((r) => r.items),
  trl: () => api.taxonomy.trl(),
  rates: () => api.exchangeRates().then((r) => r.items),
};

export function loadTaxonomy<K extends keyof Taxonomies>(name: K): Promise<Taxonomies[K]> {
  return cached(`taxonomy:${name}`, loaders[name]);
}

/**
 * A taxonomy loaded once per visit. `undefined` while loading or when it failed: callers fall
 * back to codes, so a missing taxonomy degrades labels, never the page.
 */
export function useTaxonomy<K extends keyof Taxonomies>(name: K): Taxonomies[K] | undefined {
  const [value, setValue] = useState<Taxonomies[K] | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    loadTaxonomy(name).then(
      (result) => isCurrent && setValue(result),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [name]);
  return value;
}

export function pickLabel(item: { en: string; zh: string }, lang: ContentLanguage): string {
  return (lang === 'zh' ? item.zh : item.en) || item.en || item.zh;
}

/** An organization's name in the viewer's language, falling back to the other one. */
export function organizationName(
  org: Pick<Organization, 'name' | 'name_zh'> | Pick<ListingOwner, 'name' | 'name_zh'>,
  lang: ContentLanguage,
): string {
  return (lang === 'zh' ? (org.name_zh ?? org.name) : (org.name ?? org.name_zh)) ?? '';
}

/** Label functions for codes, in the current language. */
export function useLabels() {
  const { t } = useTranslation();
  const { content, locale } = useLanguage();
  const sectors = useTaxonomy('sectors');
  return useMemo(() => {
    const sectorByCode = new Map((sectors ?? []).map((s) => [s.code, s]));
    return {
      enumLabel: (name: EnumName, value: string) => t(enumKey(name, value), { defaultValue: value }),
      sector: (code: string) => {
        const item = sectorByCode.get(code);
        return item ? pickLabel(item, content) : code;
      },
      country: (code: string) => countryName(code, locale),
      sectors: sectors ?? [],
    };
  }, [t, content, locale, sectors]);
}
