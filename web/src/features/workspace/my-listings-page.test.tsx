import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Listing } from '../../api/types';
import { apiError, confirmButton, fakeApi, makeMe, meRoute, renderPage } from '../account/testing';
import MyListingsPage, { allowedActions } from './my-listings-page';

afterEach(() => vi.unstubAllGlobals());

const base: Listing = {
  id: 'l1',
  kind: 'technology_offer',
  language: 'en',
  title: 'Solid-state electrolyte',
  summary: 's',
  description: 'd',
  translations: {},
  confidential_details: null,
  has_confidential_details: false,
  keywords: [],
  sectors: [],
  ipc_codes: [],
  trl: 5,
  ipr_status: 'granted',
  patent_numbers: [],
  cooperation_types: [],
  price: null,
  price_cny: null,
  country: 'CN',
  target_countries: [],
  owner_organization_id: 'o1',
  owner: null,
  visibility: 'public',
  status: 'draft',
  deadline: null,
  published_at: null,
  expires_at: null,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-02T00:00:00Z',
  version: 2,
};
const published: Listing = { ...base, id: 'l2', title: 'Thermal sensor', status: 'published', published_at: '2026-01-01T00:00:00Z', expires_at: '2099-01-01T00:00:00Z', version: 5 };
const withdrawn: Listing = { ...base, id: 'l3', title: 'Old coating', status: 'withdrawn', version: 7 };

const me = makeMe({
  memberships: [
    { organization_id: 'o1', organization_name: 'Pengyuan Storage', organization_name_zh: null, role: 'member' },
    { organization_id: 'o2', organization_name: 'Rhine Photonics', organization_name_zh: null, role: 'org_admin' },
  ],
});

function setup(extra: Parameters<typeof fakeApi>[0] = [], url = '/my/listings') {
  const api = fakeApi([
    meRoute(me),
    {
      path: '/api/listings',
      body: (call) => {
        const status = call.url.searchParams.get('status');
        const owner = call.url.searchParams.get('owner_organization_id');
        const items = owner === 'o1' ? [base, published, withdrawn].filter((l) => !status || l.status === status) : [];
        return { items, total: items.length, page: 1, page_size: 20 };
      },
    },
    ...extra,
  ]);
  renderPage(<MyListingsPage />, { url, path: '/my/listings' });
  return api;
}

const rows = () => screen.getAllByTestId('my-listing').map((row) => [row.getAttribute('data-listing-id'), row.getAttribute('data-status')]);
const buttonsOf = (id: string) =>
  [...document.querySelectorAll(`[data-listing-id="${id}"] button[data-action]`)].map((b) => b.getAttribute('data-action'));

describe('allowedActions', () => {
  const now = Date.parse('2026-03-01T00:00:00Z');
  it('follows the listing lifecycle of src/core/listings/lifecycle.ts', () => {
    expect(allowedActions({ status: 'draft', expires_at: null }, now)).toEqual(['publish', 'archive']);
    expect(allowedActions({ status: 'published', expires_at: '2026-12-01T00:00:00Z' }, now)).toEqual(['withdraw', 'archive']);
    expect(allowedActions({ status: 'published', expires_at: '2026-03-20T00:00:00Z' }, now)).toEqual(['withdraw', 'extend', 'archive']);
    expect(allowedActions({ status: 'expired', expires_at: '2026-02-01T00:00:00Z' }, now)).toEqual(['extend', 'archive']);
    expect(allowedActions({ status: 'withdrawn', expires_at: null }, now)).toEqual(['archive']);
    expect(allowedActions({ status: 'archived', expires_at: null }, now)).toEqual([]);
  });
});

describe('MyListingsPage', () => {
  it('lists the first organization’s listings in every status with the actions each allows', async () => {
    const api = setup();
    await screen.findAllByTestId('my-listing');
    expect(rows()).toEqual([
      ['l1', 'draft'],
      ['l2', 'published'],
      ['l3', 'withdrawn'],
    ]);
    const query = api.callsTo('GET', '/api/listings')[0]!.url.searchParams;
    expect(query.get('owner_organization_id')).toBe('o1');
    expect(query.get('status')).toBeNull();
    expect(buttonsOf('l1')).toEqual(['publish', 'archive']);
    expect(buttonsOf('l2')).toEqual(['withdraw', 'archive']);
    expect(buttonsOf('l3')).toEqual(['archive']);
    // Withdrawn listings cannot be edited (EDITABLE_STATUSES).
    expect(screen.getByRole('link', { name: 'Edit Solid-state electrolyte' }).getAttribute('href')).toBe('/listings/l1/edit');
    expect(screen.queryByRole('link', { name: 'Edit Old coating' })).toBeNull();
  });

  it('filters by status through the address bar', async () => {
    const api = setup([], '/my/listings?status=withdrawn');
    await screen.findAllByTestId('my-listing');
    expect(rows()).toEqual([['l3', 'withdrawn']]);
    expect(api.callsTo('GET', '/api/listings')[0]!.url.searchParams.get('status')).toBe('withdrawn');
  });

  it('publishes a draft with its version and shows the result', async () => {
    const api = setup([{ method: 'POST', path: '/api/listings/l1/publish', body: { ...base, status: 'published', version: 3 } }]);
    await screen.findAllByTestId('my-listing');
    fireEvent.click(document.querySelector('[data-listing-id="l1"] button[data-action="publish"]')!);
    expect(await screen.findByText('The listing is published.')).toBeTruthy();
    expect(api.callsTo('POST', '/api/listings/l1/publish')[0]?.body).toEqual({ version: 2 });
    await waitFor(() => expect(api.callsTo('GET', '/api/listings').length).toBeGreaterThanOrEqual(2));
  });

  it('asks before withdrawing and shows a refusal at the listing', async () => {
    const api = setup([
      { method: 'POST', path: '/api/listings/l2/withdraw', ...apiError(409, 'LISTING_VERSION_CONFLICT', 'The listing was changed meanwhile; reload it.') },
    ]);
    await screen.findAllByTestId('my-listing');
    fireEvent.click(document.querySelector('[data-listing-id="l2"] button[data-action="withdraw"]')!);
    expect(api.callsTo('POST', '/api/listings/l2/withdraw')).toHaveLength(0);
    fireEvent.click(await confirmButton());
    const row = screen.getAllByTestId('my-listing').find((r) => r.getAttribute('data-listing-id') === 'l2')!;
    expect((await within(row).findByTestId('error-message')).textContent).toBe('The listing was changed meanwhile; reload it.');
    expect(api.callsTo('POST', '/api/listings/l2/withdraw')[0]?.body).toEqual({ version: 5 });
  });

  it('shows an empty state for an organization without listings, and the error of a failed load', async () => {
    setup([], '/my/listings?org=o2');
    expect(await screen.findByText('This organization has no listings yet.')).toBeTruthy();
    vi.unstubAllGlobals();
    setup([{ path: '/api/listings', ...apiError(500, 'INTERNAL', 'Database unavailable.') }]);
    expect((await screen.findByTestId('error-message')).textContent).toBe('Database unavailable.');
  });

  it('points a user without an organization to register one', async () => {
    fakeApi([meRoute(makeMe())]);
    renderPage(<MyListingsPage />, { url: '/my/listings', path: '/my/listings' });
    expect((await screen.findByRole('link', { name: 'Register or join an organization' })).getAttribute('href')).toBe('/my/organization');
  });
});
