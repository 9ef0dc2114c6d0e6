import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderAt } from '../../test-utils';
import CallManagePage from './call-manage-page';
import { application, call, meRoute, orgRoute, sentBody, withSession } from './test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const grant = {
  id: 'g1', call_id: 'c1', application_id: 'a0', recipient_organization_id: 'firm', funder_organization_id: 'fund', title: 'Earlier cell', instrument: 'voucher',
  amount: { amount_minor: 30_000_000, currency: 'USD' }, disbursed: { amount_minor: 0, currency: 'USD' }, status: 'active',
  disbursements: [{ seq: 1, milestone_title: 'Pilot', due_on: '2026-09-30', amount_minor: 30_000_000, status: 'scheduled', released_on: null }],
  awarded_at: '2026-03-01T00:00:00Z', version: 1,
};

function setup(extra: Parameters<typeof mockFetch>[0] = []) {
  const fake = mockFetch([
    meRoute(null),
    orgRoute,
    { match: (u) => u.pathname === '/api/calls/c1/applications', body: { call, items: [application], reviews: [], assignments: [] } },
    { match: (u) => u.pathname === '/api/calls/c1', body: { ...call, awarded: { amount_minor: 30_000_000, currency: 'USD' } } },
    { match: (u) => u.pathname === '/api/grants', body: { items: [grant] } },
    ...extra,
  ]);
  renderAt(withSession(<CallManagePage />), { url: '/calls/c1/manage', path: '/calls/:id/manage' });
  return fake;
}

describe('CallManagePage', () => {
  it('shows the ranking with weighted scores, what is left of the budget, and grants with their schedule', async () => {
    setup();
    const row = await screen.findByTestId('application-row');
    expect(within(row).getByRole('heading').textContent).toBe('#1 · Cobot deburring cell');
    expect(within(row).getByTestId('weighted-score').textContent).toContain('7.6 / 10 from 2 reviews');
    expect(within(row).getByTestId('weighted-score').textContent).toContain('Impact (60%): 8');
    expect((await screen.findByTestId('remaining')).textContent).toBe('$9,700,000');
    expect((await screen.findByTestId('grants')).textContent).toContain('Scheduled');
  });

  it('shows the domain error when an award exceeds the ceiling', async () => {
    const { fetchMock } = setup([
      { match: (u) => u.pathname === '/api/calls/c1/awards', status: 422, body: { error: { code: 'FUNDING_AWARD_EXCEEDS_CEILING', message: 'The award exceeds the per-project ceiling of 50000000.' } } },
    ]);
    const amount = await screen.findByTestId('award-amount');
    expect((amount as HTMLInputElement).value).toBe('400000');
    fireEvent.change(amount, { target: { value: '600000' } });
    fireEvent.click(screen.getByTestId('award-button'));
    expect((await screen.findByTestId('apply-refusal')).textContent).toContain('exceeds the per-project ceiling');
    expect(sentBody(fetchMock, '/awards')).toEqual({ application_id: 'a1', decision: 'award', amount: { amount_minor: 60_000_000, currency: 'USD' } });
  });

  it('assigns a reviewer by e-mail address', async () => {
    const { fetchMock } = setup([{ match: (u) => u.pathname === '/api/calls/c1/assignments', status: 201, body: { items: [] } }]);
    fireEvent.change(await screen.findByTestId('reviewer-email'), { target: { value: 'reviewer@demo.ittc' } });
    fireEvent.click(screen.getByTestId('assign-button'));
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([u]) => String(u).endsWith('/assignments'))).toBe(true));
    expect(sentBody(fetchMock, '/assignments')).toEqual({ reviewer_email: 'reviewer@demo.ittc', application_ids: ['a1'] });
  });

  it('shows the API’s refusal for someone who does not manage the call', async () => {
    mockFetch([meRoute(null), { match: (u) => u.pathname === '/api/calls/c1/applications', status: 403, body: { error: { code: 'FUNDING_FORBIDDEN', message: 'Only the funder’s staff manage this call.' } } }]);
    renderAt(withSession(<CallManagePage />), { url: '/calls/c1/manage', path: '/calls/:id/manage' });
    expect((await screen.findByTestId('error-message')).textContent).toBe('Only the funder’s staff manage this call.');
  });
});
