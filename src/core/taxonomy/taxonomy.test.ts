import { describe, expect, it } from 'vitest';
import { COOPERATION_TYPES, IPR_STATUSES, LISTING_KINDS, LISTING_STATUSES, VISIBILITIES } from '../listings/listing.js';
import { ORGANIZATION_TYPES, SIZE_CLASSES } from '../organizations/organization.js';
import { isDomainError } from '../shared/domain-error.js';
import { COUNTRIES, findCountry, isCountryCode, toCountry } from './countries.js';
import { CURRENCIES, isCurrencyCode, minorUnits } from './currencies.js';
import {
  COOPERATION_TYPE_LABELS,
  IPR_STATUS_LABELS,
  LISTING_KIND_LABELS,
  LISTING_STATUS_LABELS,
  ORGANIZATION_TYPE_LABELS,
  SIZE_CLASS_LABELS,
  VISIBILITY_LABELS,
} from './labels.js';
import { INDUSTRY_SECTORS, SECTORS, WIPO_FIELDS, findSector, isSectorCode } from './sectors.js';

const hasHan = /[\u4e00-\u9fff]/;

describe('sectors', () => {
  it('ship 35 WIPO fields wipo-01..wipo-35 and 17 industry sectors', () => {
    expect(WIPO_FIELDS.map((s) => s.code)).toEqual(Array.from({ length: 35 }, (_, i) => `wipo-${String(i + 1).padStart(2, '0')}`));
    expect(INDUSTRY_SECTORS).toHaveLength(17);
    expect(new Set(SECTORS.map((s) => s.code)).size).toBe(52);
  });

  it('place WIPO fields under their sector group and name every sector in both languages', () => {
    expect(findSector('wipo-08')).toMatchObject({ en: 'Semiconductors', wipoSector: 'electrical' });
    expect(findSector('wipo-13')?.wipoSector).toBe('instruments');
    expect(findSector('wipo-24')?.wipoSector).toBe('chemistry');
    expect(findSector('wipo-32')?.wipoSector).toBe('mechanical');
    expect(findSector('wipo-35')?.wipoSector).toBe('other');
    expect(findSector('ind-nev')).toMatchObject({ group: 'industry', zh: '新能源汽车', wipoSector: null });
    for (const s of SECTORS) expect(s.zh).toMatch(hasHan);
  });

  it('recognize only shipped codes', () => {
    expect(isSectorCode('wipo-01')).toBe(true);
    expect(isSectorCode('ind-fintech')).toBe(true);
    expect(isSectorCode('wipo-36')).toBe(false);
    expect(isSectorCode('ind-crypto')).toBe(false);
  });
});

describe('labels', () => {
  it('label every value of every closed set in both languages', () => {
    const pairs: [readonly string[], Record<string, { en: string; zh: string }>][] = [
      [LISTING_KINDS, LISTING_KIND_LABELS],
      [IPR_STATUSES, IPR_STATUS_LABELS],
      [COOPERATION_TYPES, COOPERATION_TYPE_LABELS],
      [LISTING_STATUSES, LISTING_STATUS_LABELS],
      [VISIBILITIES, VISIBILITY_LABELS],
      [ORGANIZATION_TYPES, ORGANIZATION_TYPE_LABELS],
      [SIZE_CLASSES, SIZE_CLASS_LABELS],
    ];
    for (const [values, labels] of pairs) {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const v of values) expect(labels[v]!.zh).toMatch(hasHan);
    }
  });
});

describe('currencies', () => {
  it('know the minor units of listed currencies', () => {
    expect(minorUnits('EUR')).toBe(2);
    expect(minorUnits('CNY')).toBe(2);
    expect(minorUnits('JPY')).toBe(0);
    expect(minorUnits('KRW')).toBe(0);
    expect(minorUnits('KWD')).toBe(3);
  });

  it('reject unknown codes', () => {
    expect(isCurrencyCode('ILS')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode('XBT')).toBe(false);
    try {
      minorUnits('XBT');
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('CURRENCY_CODE_UNKNOWN');
    }
  });

  it('list each code once, in ISO format, with a Chinese name', () => {
    expect(new Set(CURRENCIES.map((c) => c.code)).size).toBe(CURRENCIES.length);
    for (const c of CURRENCIES) {
      expect(c.code).toMatch(/^[A-Z]{3}$/);
      expect(c.zh).toMatch(hasHan);
    }
  });
});

describe('countries', () => {
  it('hold all 249 ISO 3166-1 alpha-2 codes once, with names', () => {
    expect(COUNTRIES).toHaveLength(249);
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(249);
    for (const c of COUNTRIES) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.zh).toMatch(hasHan);
    }
  });

  it('name countries in both languages', () => {
    expect(findCountry('DE')).toEqual({ code: 'DE', en: 'Germany', zh: '德国' });
    expect(findCountry('CN')?.zh).toBe('中国');
    expect(findCountry('TW')?.zh).toBe('中国台湾');
  });

  it('reject codes that are not alpha-2 country codes', () => {
    expect(isCountryCode('SG')).toBe(true);
    expect(isCountryCode('UK')).toBe(false);
    expect(isCountryCode('de')).toBe(false);
    expect(() => toCountry('EU')).toThrow(/not an ISO 3166-1/);
  });
});
