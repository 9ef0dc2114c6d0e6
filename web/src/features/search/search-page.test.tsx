import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Listing, SearchResponse } from '../../api/types';
import { mockFetch, renderAt } from '../../test-utils';
import SearchPage from './search-page';

const listing: Listing = {
  id: 'l1',
  kind: 'technology_offer',
  language: 'en',
  title: 'Solid-state battery <electrolyte>',
  summary: 'A safer electrolyte',
  description: 'Long text',
  translations: { zh: { title: '固态电池电解质', summary: '更安全的电解质', description: '长文本' } },
  confidential_details: null,
  has_confidential_details: false,
  keywords: [],
  sectors: ['energy'],
  ipc_codes: [],
  trl: 5,
  ipr_status: 'granted',
  patent_numbers: [],
  cooperation_types: ['license'],
  price: null,
  price_cny: null,
  country: 'DE',
  target_countries: [],
  owner_organization_id: 'o1',
  owner: { id: 'o1', name: 'Battery Lab', name_zh: null, country: 'DE', type: 'research_institute' },
  visibility: 'public',
  status: 'published',
  deadline: null,
  published_at: '2025-01-01T00:00:00Z',
  expires_at: null,
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
  version: 1,
};

const response: SearchResponse = {
  items: [{ listing, score: 1, highlights: { title: 'Solid-state <mark>battery</mark> &lt;electrolyte&gt;' } }],
  total: 1,
  page: 1,
  page_size: 20,
  facets: {
    kind: [{ value: 'technology_offer', count: 1 }],
    sector: [
      { value: 'energy', count: 1 },
      { value: 'health', count: 3 },
    ],
    country: [{ value: 'DE', count: 1 }],
    trl: [{ value: '5', count: 1 }],
    ipr_status: [{ value: 'granted', count: 1 }],
    cooperation_type: [{ value: 'license', count: 1 }],
  },
};

const sectors = { items: [{ code: 'energy', group: 'g', en: 'Energy', zh: '能源' }, { code: 'health', group: 'g', en: 'Health', zh: '健康' }] };

function setup(url: string) {
  const mock = mockFetch([
    { match: (u) => u.pathname === '/api/search', body: response },
    { match: (u) => u.pathname === '/api/taxonomies/sectors', body: sectors },
  ]);
  renderAt(<SearchPage />, { url, path: '/search' });
  const searchCalls = () => mock.calls.filter((u) => u.pathname === '/api/search');
  return { ...mock, searchCalls };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('SearchPage', () => {
  it('sends the filters held in the URL to the API and shows highlighted results', async () => {
    const { searchCalls } = setup('/search?q=battery&sector=energy&trl_min=4&sort=newest');
    const link = (await screen.findByText('battery')).closest('a');
    expect(link?.textContent).toBe('Solid-state battery <electrolyte>');
    if (!link) throw new Error('no result link');
    expect(link.querySelector('mark')?.textContent).toBe('battery');
    const sent = searchCalls()[0];
    expect(sent?.searchParams.get('q')).toBe('battery');
    expect(sent?.searchParams.get('sector')).toBe('energy');
    expect(sent?.searchParams.get('trl_min')).toBe('4');
    expect(sent?.searchParams.get('sort')).toBe('newest');
    expect(screen.getByTestId('results-count').textContent).toBe('1 result');
  });

  it('puts a ticked facet into the URL and searches again from page 1', async () => {
    const { searchCalls } = setup('/search?q=battery&page=2');
    // Text queries: role queries over antd's trees take seconds in jsdom.
    const label = await screen.findByText('Health');
    const health = label.closest('label')?.querySelector('input[type="checkbox"]');
    if (!health) throw new Error('the Health facet has no checkbox');
    fireEvent.click(health);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/search?q=battery&sector=health'));
    await waitFor(() => expect(searchCalls().at(-1)?.searchParams.get('sector')).toBe('health'));
    expect(searchCalls().at(-1)?.searchParams.get('page')).toBe('1');
  });

  it('searches as you type once typing pauses', async () => {
    const { searchCalls } = setup('/search');
    await screen.findByTestId('results-count');
    const before = searchCalls().length;
    vi.useFakeTimers();
    const input = screen.getByLabelText('Search listings');
    fireEvent.change(input, { target: { value: 'sol' } });
    fireEvent.change(input, { target: { value: 'solid' } });
    await act(async () => {
      vi.advanceTimersByTime(300);
    });
    vi.useRealTimers();
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/search?q=solid'));
    await waitFor(() => expect(searchCalls().length).toBe(before + 1));
    expect(searchCalls().at(-1)?.searchParams.get('q')).toBe('solid');
  });

  it('shows the API error message instead of results', async () => {
    mockFetch([
      {
        match: (u) => u.pathname === '/api/search',
        status: 400,
        body: { error: { code: 'VALIDATION_FAILED', message: 'trl_min must be between 1 and 9.' } },
      },
    ]);
    renderAt(<SearchPage />, { url: '/search?trl_min=3', path: '/search' });
    expect((await screen.findByTestId('error-message')).textContent).toBe('trl_min must be between 1 and 9.');
  });
});
