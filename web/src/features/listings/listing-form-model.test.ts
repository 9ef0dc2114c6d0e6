import { describe, expect, it } from 'vitest';
import type { Listing } from '../../api/types';
import {
  changedFields,
  emptyFormValues,
  fromListing,
  issuePathToField,
  mapIssues,
  toListingInput,
  type ListingFormValues,
} from './listing-form-model';

function values(change: Partial<ListingFormValues>): ListingFormValues {
  return { ...emptyFormValues('technology_request', 'zh'), title: ' 标题 ', summary: 's', description: 'd', country: 'CN', owner_organization_id: 'o1', ...change };
}

describe('listing form model', () => {
  it('maps API issue paths to the form fields that show them', () => {
    expect(issuePathToField('title')).toEqual(['title']);
    expect(issuePathToField('price.currency')).toEqual(['price', 'currency']);
    expect(issuePathToField('price.min_minor')).toEqual(['price', 'min']);
    expect(issuePathToField('price')).toEqual(['price', 'min']);
    expect(issuePathToField('keywords.3')).toEqual(['keywords']);
    expect(issuePathToField('translations.en.summary')).toEqual(['translations', 'en', 'summary']);
    expect(issuePathToField('translations.en')).toEqual(['translations', 'en', 'title']);
    expect(issuePathToField('version')).toBeNull();
    expect(issuePathToField('')).toBeNull();
  });

  it('groups several issues of one field and keeps unmapped ones for the form banner', () => {
    const mapped = mapIssues([
      { path: 'keywords.1', message: 'Too long.' },
      { path: 'keywords.4', message: 'Duplicate keyword.' },
      { path: 'keywords.5', message: 'Too long.' },
      { path: 'version', message: 'Required.' },
    ]);
    expect(mapped.fields).toEqual([{ name: ['keywords'], errors: ['Too long.', 'Duplicate keyword.'] }]);
    expect(mapped.general).toEqual(['version: Required.']);
  });

  it('sends money in minor units of its currency and no price when no bound is given', () => {
    expect(toListingInput(values({ price: { currency: 'CNY', min: 1000.5, max: 20000 } })).price).toEqual({
      currency: 'CNY',
      min_minor: 100050,
      max_minor: 2000000,
    });
    expect(toListingInput(values({ price: { currency: 'JPY', min: 5000, max: null } })).price).toEqual({
      currency: 'JPY',
      min_minor: 5000,
      max_minor: null,
    });
    expect(toListingInput(values({})).price).toBeNull();
  });

  it('trims text, drops patent numbers unless a patent exists, and sends only the other language', () => {
    const input = toListingInput(
      values({
        patent_numbers: ['CN1'],
        ipr_status: 'secret_know_how',
        hasTranslation: true,
        translations: { en: { title: 'Title', summary: '', description: '' }, zh: { title: 'x', summary: '', description: '' } },
        ipc_codes: [' h01m 10/052 '],
      }),
    );
    expect(input.title).toBe('标题');
    expect(input.patent_numbers).toEqual([]);
    expect(input.translations).toEqual({ en: { title: 'Title', summary: '', description: '' } });
    expect(input.ipc_codes).toEqual(['H01M 10/052']);
  });

  it('round-trips a listing through the form and patches only what changed', () => {
    const listing = {
      kind: 'technology_offer',
      language: 'en',
      title: 'T',
      summary: 'S',
      description: 'D',
      translations: {},
      confidential_details: null,
      keywords: ['a'],
      sectors: ['energy'],
      ipc_codes: [],
      trl: 4,
      ipr_status: 'granted',
      patent_numbers: ['EP1'],
      cooperation_types: ['license'],
      price: { min_minor: 100000, max_minor: null, currency: 'USD' },
      country: 'DE',
      target_countries: [],
      owner_organization_id: 'o1',
      visibility: 'public',
      deadline: '2026-01-31',
    } as unknown as Listing;
    const form = fromListing(listing);
    expect(form.price).toEqual({ currency: 'USD', min: 1000, max: null });
    const base = toListingInput(form);
    expect(changedFields(base, base)).toEqual({});
    expect(changedFields(base, toListingInput({ ...form, trl: 6, keywords: ['a', 'b'] }))).toEqual({ trl: 6, keywords: ['a', 'b'] });
  });
});
