import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt } from '../../test-utils';
import { SessionProvider } from '../../ui/session';
import { dealOf, fakeApi, meOf } from './fake-api';
import PipelinePage, { filtersFromParams } from './pipeline-page';

const broker = meOf({ roles: ['broker'], memberships: [] });
const items = [
  { ...dealOf({ id: 'd1', stage: 'negotiation', my_roles: ['broker'] }), listing_sectors: ['ind-photonics'] },
  { ...dealOf({ id: 'd2', stage: 'registered', my_roles: ['broker'] }), listing_sectors: [] },
];

function setup(url: string, me = broker) {
  const api = fakeApi([
    { path: '/api/me', body: me },
    { path: '/api/pipeline', body: { items, total: 2, page: 1, page_size: 100, counts: [{ stage: 'negotiation', count: 1 }, { stage: 'registered', count: 1 }] } },
    { path: '/api/organizations', body: { items: [], total: 0, page: 1, page_size: 30 } },
    { path: '/api/taxonomies/sectors', body: { items: [{ code: 'ind-photonics', en: 'Photonics', zh: '光子', group: 'industry' }] } },
  ]);
  renderAt(
    <SessionProvider>
      <PipelinePage />
    </SessionProvider>,
    { url, path: '/pipeline', language: 'en' },
  );
  return api;
}

afterEach(() => vi.unstubAllGlobals());

describe('PipelinePage', () => {
  it('shows every deal on the board for a broker, both parties named', async () => {
    setup('/pipeline');
    // The first render of the page (cold antd imports) can take a while on a busy machine.
    const board = await screen.findByTestId('deal-board', {}, { timeout: 8000 });
    const card = within(within(board).getByTestId('column-negotiation')).getByTestId('deal-card');
    expect(card.textContent).toContain('Rhine Valley Institute ↔ Shenzhen Firm');
    expect(within(card).getByRole('link').getAttribute('href')).toBe('/deals/d1');
  });

  it('sends the filters in the URL to the API and shows the table view with sectors', async () => {
    const api = setup('/pipeline?view=list&stage=negotiation,bogus&sector=ind-photonics&stale=30&from=2026-01-01&to=2026-12-31&org=o7');
    const table = await screen.findByTestId('deal-table');
    await waitFor(() => expect(within(table).getByText('Photonics')).toBeTruthy());
    const call = api.calls.find((c) => c.url.pathname === '/api/pipeline')!;
    expect(Object.fromEntries(call.url.searchParams)).toMatchObject({
      stage: 'negotiation',
      sector: 'ind-photonics',
      stale_days: '30',
      from: '2026-01-01',
      to: '2026-12-31',
      organization_id: 'o7',
    });
  });

  it('changes a filter through its labelled field and clears them all', async () => {
    const api = setup('/pipeline?stale=30');
    await screen.findByTestId('deal-board');
    fireEvent.change(screen.getByLabelText('Opened from'), { target: { value: '2026-02-01' } });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/pipeline?stale=30&from=2026-02-01'));
    await waitFor(() => expect(api.calls.some((c) => c.url.pathname === '/api/pipeline' && c.url.searchParams.get('from') === '2026-02-01')).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/pipeline'));
  });

  it('is for staff only', async () => {
    const api = setup('/pipeline', meOf());
    expect(await screen.findByText("The pipeline is for the center's brokers and administrators.")).toBeTruthy();
    expect(api.calls.some((c) => c.url.pathname === '/api/pipeline')).toBe(false);
  });

  it('reads only valid filters from the URL', () => {
    expect(filtersFromParams(new URLSearchParams('stage=nda,nope&stale=-3&from=yesterday&to=2026-01-02'))).toEqual({ stage: ['nda'], to: '2026-01-02' });
  });
});
