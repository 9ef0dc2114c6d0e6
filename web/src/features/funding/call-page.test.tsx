import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderAt } from '../../test-utils';
import CallPage from './call-page';
import { call, me, meRoute, orgRoute, sentBody, withSession } from './test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const suggestions = {
  match: (u: URL) => u.pathname === '/api/calls/c1/suggested-requests',
  body: {
    call_id: 'c1',
    match_version: 'call-match-2026.1',
    items: [
      {
        score: 0.91,
        eligible: true,
        signals: { sector: 1, trl: 1, amount: 1, text: 0.7 },
        reasons: [
          { kind: 'trl', trl: 5, min: 4, max: 7, fits: true },
          { kind: 'amount', requested_minor: 40_000_000, ceiling_minor: 50_000_000, currency: 'USD', fits: true },
          { kind: 'eligibility', eligible: true, problems: [] },
        ],
        listing: {
          id: 'l9',
          language: 'zh',
          title: '协作机器人关节',
          summary: '',
          translations: { en: { title: 'Cobot joints', summary: '' } },
          sectors: ['ind-robotics'],
          trl: 5,
          price: null,
          owner_organization_id: 'firm',
          owner_name: 'Pearl Robotics',
          owner_name_zh: null,
        },
      },
    ],
  },
};

function setup(viewer: ReturnType<typeof me> | null, extra: Parameters<typeof mockFetch>[0] = []) {
  const fake = mockFetch([meRoute(viewer), { match: (u) => u.pathname === '/api/calls/c1', body: call }, suggestions, orgRoute, ...extra]);
  renderAt(withSession(<CallPage />), { url: '/calls/c1', path: '/calls/:id' });
  return fake;
}

describe('CallPage', () => {
  it('shows the terms: money in the call’s currency, TRL window, eligibility, weighted criteria', async () => {
    setup(null);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(call.title);
    expect(screen.getByTestId('call-budget').textContent).toBe('$10,000,000');
    expect(screen.getByTestId('call-ceiling').textContent).toBe('$500,000');
    expect(screen.getByText('TRL 4–7')).toBeTruthy();
    expect(screen.getByTestId('eligibility').textContent).toContain('Regions: Guangdong');
    const rows = within(screen.getByTestId('criteria')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['CriterionWeight', 'Impact60%', 'Team40%']);
    expect(await screen.findByRole('link', { name: 'Sign in to apply' })).toBeTruthy();
  });

  it('ranks matching funding requests with their reasons, in the viewer’s language', async () => {
    setup(null);
    const list = await screen.findByTestId('suggested-requests');
    expect(within(list).getByRole('link').textContent).toBe('Cobot joints');
    expect(list.textContent).toContain('Fit 91 / 100');
    expect(list.textContent).toContain('TRL 5 is within 4–7');
    expect(list.textContent).toContain('Asks $400,000, within the $500,000 ceiling');
  });

  it('submits an application and shows every eligibility reason the API gives', async () => {
    const refusal = {
      error: {
        code: 'FUNDING_NOT_ELIGIBLE',
        message: 'Not eligible for this call: The call is open to organizations in Guangdong; the applicant is in Tyrol.',
        details: { reasons: [{ rule: 'region', message: 'The call is open to organizations in Guangdong; the applicant is in Tyrol.' }] },
      },
    };
    const { fetchMock } = setup(me(), [
      { match: (u) => u.pathname === '/api/listings', body: { items: [], total: 0, page: 1, page_size: 50 } },
      { match: (u) => u.pathname === '/api/calls/c1/applications', status: 422, body: refusal },
    ]);
    fireEvent.click(await screen.findByTestId('apply-button'));
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Cobot cell' } });
    fireEvent.change(screen.getByLabelText('Plan'), { target: { value: 'License it.' } });
    fireEvent.change(screen.getByLabelText('Requested amount (USD)'), { target: { value: '400000' } });
    fireEvent.change(screen.getByLabelText('Milestone 1'), { target: { value: 'Pilot' } });
    fireEvent.change(screen.getByLabelText('Due on'), { target: { value: '2026-09-30' } });
    fireEvent.change(screen.getByLabelText('Tranche (USD)'), { target: { value: '400000' } });
    fireEvent.click(screen.getByTestId('apply-submit'));
    const alert = await screen.findByTestId('apply-refusal');
    expect(alert.textContent).toContain('Not eligible for this call');
    expect(alert.textContent).toContain('the applicant is in Tyrol');
    expect(sentBody(fetchMock, '/applications')).toMatchObject({
      applicant_organization_id: 'firm',
      listing_id: null,
      title: 'Cobot cell',
      requested: { amount_minor: 40_000_000, currency: 'USD' },
      milestones: [{ title: 'Pilot', due_on: '2026-09-30', amount_minor: 40_000_000 }],
    });
  });

  it('confirms a submitted application', async () => {
    setup(me(), [
      { match: (u) => u.pathname === '/api/listings', body: { items: [], total: 0, page: 1, page_size: 50 } },
      { match: (u) => u.pathname === '/api/calls/c1/applications', status: 201, body: { id: 'a1', title: 'Cobot cell', requested: { amount_minor: 40_000_000, currency: 'USD' } } },
    ]);
    fireEvent.click(await screen.findByTestId('apply-button'));
    fireEvent.click(screen.getByTestId('apply-submit'));
    await waitFor(() => expect(screen.getByTestId('apply-done').textContent).toContain('“Cobot cell” asks for $400,000.'));
  });

  it('shows a missing call as an error', async () => {
    mockFetch([meRoute(null), { match: (u) => u.pathname === '/api/calls/c1', status: 404, body: { error: { code: 'FUNDING_CALL_NOT_FOUND', message: 'No such funding call.' } } }]);
    renderAt(withSession(<CallPage />), { url: '/calls/c1', path: '/calls/:id' });
    expect((await screen.findByTestId('error-message')).textContent).toBe('No such funding call.');
  });
});
