import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError } from '../shared/domain-error.js';
import { validateListing, type ListingInput } from './validate-listing.js';

const valid: ListingInput = {
  kind: 'technology_request',
  language: 'zh',
  title: '  寻求固态电解质技术  ',
  summary: '需要高离子电导率的硫化物电解质。',
  keywords: ['固态电池', '固态电池', ' 电解质 '],
  sectors: ['ind-energy-storage'],
  ipcCodes: ['h01m10/0562'],
  trl: 6,
  price: { minMinor: 100, maxMinor: 200, currency: 'cny' },
  country: 'cn',
  targetCountries: ['de', 'JP'],
  ownerOrganizationId: 'o1',
};

const errorOf = (input: ListingInput) => {
  try {
    validateListing(input);
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a DomainError');
};

describe('validateListing', () => {
  it('trims text, removes duplicate keywords and normalizes codes', () => {
    const f = validateListing(valid);
    expect(f.title).toBe('寻求固态电解质技术');
    expect(f.keywords).toEqual(['固态电池', '电解质']);
    expect(f.ipcCodes).toEqual(['H01M 10/0562']);
    expect(f.country).toBe('CN');
    expect(f.targetCountries).toEqual(['DE', 'JP']);
    expect(f.price).toEqual({ minMinor: 100, maxMinor: 200, currency: 'CNY' });
  });

  it('counts Chinese characters, not bytes, against the title limit', () => {
    expect(validateListing({ ...valid, title: '电'.repeat(256) }).title).toHaveLength(256);
    expect(errorOf({ ...valid, title: '电'.repeat(257) }).code).toBe('LISTING_TEXT_TOO_LONG');
  });

  it('reports every problem with a path when there are several', () => {
    const e = errorOf({ ...valid, trl: 0, kind: 'gift', sectors: ['nope'], ipcCodes: ['Z99'] });
    expect(e.code).toBe('LISTING_INVALID');
    expect(e.details?.issues?.map((i) => i.path).sort()).toEqual(['ipc_codes.0', 'kind', 'sectors.0', 'trl']);
  });

  it('refuses more than ten keywords', () => {
    expect(errorOf({ ...valid, keywords: Array.from({ length: 11 }, (_, i) => `k${i}`) }).code).toBe('LISTING_KEYWORDS_INVALID');
  });

  it('refuses a translation in the original language', () => {
    expect(errorOf({ ...valid, translations: { zh: { title: 'x' } } }).code).toBe('LISTING_TRANSLATION_INVALID');
  });

  it('refuses patent numbers without a patent status', () => {
    expect(errorOf({ ...valid, iprStatus: 'none', patentNumbers: ['CN114123456B'] }).code).toBe('LISTING_PATENT_NUMBERS_INVALID');
  });

  it('refuses unknown currencies and fractional amounts', () => {
    expect(errorOf({ ...valid, price: { minMinor: 1, maxMinor: 2, currency: 'XYZ' } }).code).toBe('LISTING_CURRENCY_UNKNOWN');
    expect(errorOf({ ...valid, price: { minMinor: 1.5, maxMinor: 2, currency: 'EUR' } }).code).toBe('LISTING_BUDGET_RANGE_INVALID');
  });

  it('accepts every TRL from 1 to 9 and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), (trl) => {
        let ok = true;
        try {
          validateListing({ ...valid, trl });
        } catch (e) {
          ok = false;
          expect((e as DomainError).code).toBe('LISTING_TRL_OUT_OF_RANGE');
        }
        expect(ok).toBe(trl >= 1 && trl <= 9);
      }),
    );
  });

  it('never throws anything but a DomainError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.record({ kind: fc.string(), language: fc.string(), title: fc.string(), trl: fc.option(fc.integer()), country: fc.string() }), (r) => {
        try {
          validateListing({ ...valid, ...r, trl: r.trl });
        } catch (e) {
          expect(e).toBeInstanceOf(DomainError);
        }
      }),
    );
  });
});
