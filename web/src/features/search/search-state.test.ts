import { describe, expect, it } from 'vitest';
import {
  EMPTY_SEARCH,
  parseSearchParams,
  toApiQuery,
  toSearchParams,
  toSearchString,
  withChange,
  type SearchState,
} from './search-state';

const full: SearchState = {
  q: '固态电池 battery',
  kind: ['technology_offer', 'technology_request'],
  sector: ['energy_storage'],
  country: ['CN', 'DE'],
  iprStatus: ['granted'],
  cooperationType: ['license', 'joint_development'],
  trlMin: 4,
  trlMax: 7,
  budgetMinCny: 100000,
  budgetMaxCny: 5000000,
  sort: 'deadline',
  page: 3,
};

describe('search URL state', () => {
  it('restores every filter from the URL it produced', () => {
    const url = toSearchParams(full).toString();
    expect(parseSearchParams(new URLSearchParams(url))).toEqual(full);
  });

  it('leaves defaults out of the URL, so a fresh search is a bare /search', () => {
    expect(toSearchParams(EMPTY_SEARCH).toString()).toBe('');
    expect(toSearchParams({ ...EMPTY_SEARCH, trlMin: 1, trlMax: 9 }).toString()).toBe('');
  });

  it('writes lists comma-separated with the API parameter names', () => {
    const params = toSearchParams(full);
    expect(params.get('kind')).toBe('technology_offer,technology_request');
    expect(params.get('cooperation_type')).toBe('license,joint_development');
    expect(params.get('budget_min_cny')).toBe('100000');
  });

  it('keeps list commas readable in the shareable query string', () => {
    expect(toSearchString({ ...EMPTY_SEARCH, q: 'a b', kind: ['technology_offer', 'technology_request'] })).toBe(
      'q=a+b&kind=technology_offer,technology_request',
    );
    expect(parseSearchParams(new URLSearchParams(toSearchString(full)))).toEqual(full);
  });

  it('accepts repeated parameters as well as comma-separated ones, without duplicates', () => {
    const state = parseSearchParams(new URLSearchParams('sector=a&sector=b,a&country=cn'));
    expect(state.sector).toEqual(['a', 'b']);
    expect(state.country).toEqual(['CN']);
  });

  it('repairs hand-edited values: unknown sort, out-of-range or swapped TRL, bad page', () => {
    const state = parseSearchParams(new URLSearchParams('sort=price&trl_min=12&trl_max=2&page=-4'));
    expect(state.sort).toBe('relevance');
    expect([state.trlMin, state.trlMax]).toEqual([2, 9]);
    expect(state.page).toBe(1);
  });

  it('goes back to page 1 when a filter changes, but not when the page does', () => {
    expect(withChange(full, { sector: [] }).page).toBe(1);
    expect(withChange(full, { page: 5 }).page).toBe(5);
  });

  it('sends only meaningful bounds to the API', () => {
    const query = toApiQuery({ ...EMPTY_SEARCH, q: 'x', trlMin: 1, trlMax: 6 }, 20);
    expect(query).toMatchObject({ q: 'x', trl_min: undefined, trl_max: 6, page: 1, page_size: 20, sort: 'relevance' });
  });
});
