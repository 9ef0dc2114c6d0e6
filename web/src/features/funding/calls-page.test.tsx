import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderAt } from '../../test-utils';
import CallsPage from './calls-page';
import { call, meRoute } from './test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const closed = { ...call, id: 'c2', title: 'Old grant', instrument: 'grant', status: 'closed', is_open: false, sectors: ['ind-agrifood'] };

describe('CallsPage', () => {
  it('lists calls with budget and ceiling in their own currency', async () => {
    mockFetch([meRoute(null), { match: (u) => u.pathname === '/api/calls', body: { items: [call, closed] } }]);
    renderAt(<CallsPage />, { url: '/calls', path: '/calls' });
    const cards = await screen.findAllByTestId('call-card');
    expect(cards).toHaveLength(2);
    expect(cards[0]!.textContent).toContain('$10,000,000');
    expect(cards[0]!.textContent).toContain('$500,000');
    expect(cards[0]!.textContent).toContain('Open');
    expect(screen.getByTestId('call-count').textContent).toBe('2 calls');
  });

  it('applies the instrument filter kept in the URL', async () => {
    mockFetch([meRoute(null), { match: (u) => u.pathname === '/api/calls', body: { items: [call, closed] } }]);
    renderAt(<CallsPage />, { url: '/calls?instrument=grant', path: '/calls' });
    const cards = await screen.findAllByTestId('call-card');
    expect(cards.map((c) => c.querySelector('h2')!.textContent)).toEqual(['Old grant']);
  });

  it('asks the API for a status and shows the empty state', async () => {
    const { calls } = mockFetch([meRoute(null), { match: (u) => u.pathname === '/api/calls', body: { items: [] } }]);
    renderAt(<CallsPage />, { url: '/calls?status=closed', path: '/calls' });
    await screen.findByText('No call matches these filters.');
    expect(calls.find((u) => u.pathname === '/api/calls')!.searchParams.get('status')).toBe('closed');
  });

  it('shows the API error with a retry', async () => {
    const { calls } = mockFetch([meRoute(null), { match: (u) => u.pathname === '/api/calls', status: 500, body: { error: { code: 'INTERNAL', message: 'Database down.' } } }]);
    renderAt(<CallsPage />, { url: '/calls', path: '/calls' });
    expect((await screen.findByTestId('error-message')).textContent).toBe('Database down.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(calls.filter((u) => u.pathname === '/api/calls')).toHaveLength(2));
  });

  it('speaks Chinese', async () => {
    mockFetch([meRoute(null), { match: (u) => u.pathname === '/api/calls', body: { items: [call] } }]);
    renderAt(<CallsPage />, { url: '/calls', path: '/calls', language: 'zh-CN' });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('资助项目');
    expect((await screen.findByTestId('call-card')).textContent).toContain('申报中');
  });
});
