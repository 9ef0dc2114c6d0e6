import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Listing } from '../../api/types';
import { mockFetch, renderAt } from '../../test-utils';
import ListingPage from './listing-page';

const base: Listing = {
  id: 'l1',
  kind: 'technology_offer',
  language: 'zh',
  title: '固态电池电解质',
  summary: '更安全的电解质',
  description: '中文详细介绍',
  translations: { en: { title: 'Solid-state battery electrolyte', summary: 'A safer electrolyte', description: 'English text' } },
  confidential_details: null,
  has_confidential_details: true,
  keywords: [],
  sectors: [],
  ipc_codes: [],
  trl: 5,
  ipr_status: 'granted',
  patent_numbers: ['CN114123456B'],
  cooperation_types: ['license'],
  price: { min_minor: 100000000, max_minor: null, currency: 'CNY' },
  price_cny: { min_minor: 100000000, max_minor: null },
  country: 'CN',
  target_countries: [],
  owner_organization_id: 'o1',
  owner: { id: 'o1', name: 'Pengyuan Storage', name_zh: '鹏元储能', country: 'CN', type: 'enterprise' },
  visibility: 'public',
  status: 'published',
  deadline: null,
  published_at: '2025-01-01T00:00:00Z',
  expires_at: null,
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
  version: 3,
};

function setup(listing: Listing, extra: Parameters<typeof mockFetch>[0] = []) {
  mockFetch([
    { match: (u) => u.pathname === '/api/listings/l1', body: listing },
    { match: (u) => u.pathname === '/api/exchange-rates', body: { items: [{ currency: 'USD', cny_per_unit: 7.2, valid_from: '2025-01-01' }] } },
    ...extra,
  ]);
  renderAt(<ListingPage />, { url: '/listings/l1', path: '/listings/:id', language: 'en' });
}

afterEach(() => vi.unstubAllGlobals());

describe('ListingPage', () => {
  it('shows the viewer-language version, marks the original and offers it', async () => {
    setup(base);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Solid-state battery electrolyte');
    expect(screen.getByTestId('language-note').textContent).toBe('Translated; the original is in Chinese.');
    expect(screen.getByTestId('other-language').textContent).toContain('固态电池电解质');
  });

  it('prices in the original currency and, converted, in the viewer currency', async () => {
    setup(base);
    expect((await screen.findByTestId('price-original')).textContent).toBe('from CN¥1,000,000');
    expect((await screen.findByTestId('price-converted')).textContent).toContain('(≈ from $138,889)');
  });

  it('keeps confidential details out unless the API returns them', async () => {
    setup(base);
    await screen.findByTestId('confidential-note');
    expect(screen.queryByTestId('confidential')).toBeNull();
  });

  it('shows confidential details the API returns', async () => {
    setup({ ...base, confidential_details: 'Recipe: 42' });
    expect((await screen.findByTestId('confidential')).textContent).toContain('Recipe: 42');
  });

  it('hides the similar and matches panels when their endpoints do not answer 200', async () => {
    setup(base);
    await screen.findByTestId('listing');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('similar-panel')).toBeNull();
    expect(screen.queryByTestId('matches-panel')).toBeNull();
  });

  it('shows the similar panel when its endpoint answers', async () => {
    const other = { ...base, id: 'l2', language: 'en' as const, title: 'Sodium battery', translations: {} };
    setup(base, [{ match: (u) => u.pathname === '/api/listings/l1/similar', body: { items: [{ listing: other, score: 0.8 }] } }]);
    expect((await screen.findByTestId('similar-panel')).textContent).toContain('Sodium battery');
    expect(screen.queryByTestId('matches-panel')).toBeNull();
  });
});
