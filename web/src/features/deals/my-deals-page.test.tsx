import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt } from '../../test-utils';
import { SessionProvider } from '../../ui/session';
import { dealOf, fakeApi, meOf } from './fake-api';
import MyDealsPage from './my-deals-page';

const deals = [
  dealOf({ id: 'd1', stage: 'interest' }),
  dealOf({ id: 'd2', stage: 'nda', listing: { id: 'l2', title: 'Femtosecond cutting', kind: 'technology_offer', status: 'published' } }),
  dealOf({ id: 'd3', stage: 'nda', listing: { id: 'l3', title: 'FMCW LiDAR chip', kind: 'technology_offer', status: 'published' } }),
  dealOf({ id: 'd4', stage: 'closed_lost' }),
];

function setup(url = '/my/deals', list = deals, status = 200) {
  const api = fakeApi([
    { path: '/api/me', body: meOf() },
    {
      path: '/api/deals',
      statusOf: () => status,
      body: status === 200 ? { items: list, total: list.length, page: 1, page_size: 100 } : { error: { code: 'INTERNAL', message: 'The database is away.' } },
    },
  ]);
  renderAt(
    <SessionProvider>
      <MyDealsPage />
    </SessionProvider>,
    { url, path: '/my/deals', language: 'en' },
  );
  return api;
}

afterEach(() => vi.unstubAllGlobals());

describe('MyDealsPage', () => {
  it('shows the deals as a board with a column and a count per stage', async () => {
    setup();
    const board = await screen.findByTestId('deal-board');
    const nda = within(board).getByTestId('column-nda');
    expect(within(nda).getByRole('heading', { level: 2 }).textContent).toBe('NDA2');
    expect(within(nda).getAllByTestId('deal-card').map((c) => c.getAttribute('data-deal-id'))).toEqual(['d2', 'd3']);
    expect(within(within(board).getByTestId('column-interest')).getByRole('link').getAttribute('href')).toBe('/deals/d1');
    expect(within(within(board).getByTestId('column-closed_lost')).getByTestId('column-count').textContent).toBe('1');
    expect(within(within(board).getByTestId('column-registered')).getByTestId('column-count').textContent).toBe('0');
    expect(screen.getByTestId('deal-total').textContent).toBe('4 deals');
    // Board cards name the other side.
    expect(within(nda).getAllByTestId('deal-card')[0]!.textContent).toContain('With Rhine Valley Institute');
  });

  it('switches to the list view and keeps the choice in the URL', async () => {
    setup();
    await screen.findByTestId('deal-board');
    fireEvent.click(screen.getByRole('radio', { name: 'List' }));
    expect(await screen.findByTestId('deal-table')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/my/deals?view=list');
    expect(screen.queryByTestId('deal-board')).toBeNull();
    expect(screen.getByTestId('stage-counts').textContent).toContain('NDA 2');
    expect(screen.getByRole('link', { name: 'FMCW LiDAR chip' }).getAttribute('href')).toBe('/deals/d3');
  });

  it('opens in the list view when the URL asks for it, and narrows to one side', async () => {
    const api = setup('/my/deals?view=list');
    await screen.findByTestId('deal-table');
    fireEvent.click(screen.getByRole('radio', { name: 'My listings' }));
    await vi.waitFor(() => expect(api.calls.some((c) => c.url.pathname === '/api/deals' && c.url.searchParams.get('role') === 'owner')).toBe(true));
    expect(screen.getByTestId('location').textContent).toBe('/my/deals?view=list&side=owner');
  });

  it('says so when there are no deals', async () => {
    setup('/my/deals', []);
    expect(await screen.findByText('You have no deals yet. Express interest in a listing to start one.')).toBeTruthy();
  });

  it('shows the API error with a retry', async () => {
    setup('/my/deals', [], 500);
    expect((await screen.findByTestId('error-message')).textContent).toBe('The database is away.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('asks a signed-out visitor to sign in', async () => {
    fakeApi([{ path: '/api/me', status: 401, body: { error: { code: 'AUTH_REQUIRED', message: 'Sign in.' } } }]);
    renderAt(
      <SessionProvider>
        <MyDealsPage />
      </SessionProvider>,
      { url: '/my/deals', path: '/my/deals', language: 'zh-CN' },
    );
    expect(await screen.findByText('请登录后查看您的洽谈。')).toBeTruthy();
  });
});
