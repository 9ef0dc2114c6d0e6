import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderAt } from '../../test-utils';
import ReviewsPage from './reviews-page';
import { application, call, me, meRoute, orgRoute, sentBody, withSession } from './test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const assignment = { id: 'ra1', call_id: 'c1', application_id: 'a1', reviewer_user_id: 'u1', reviewer_organization_ids: [], assigned_at: '2026-02-02T00:00:00Z' };
const assignments = (review: unknown = null) => ({
  match: (u: URL) => u.pathname === '/api/review-assignments',
  body: { items: [{ assignment, application, call, review }], conflict_declaration: 'I declare that I have no conflict of interest.' },
});

/** antd Select: open it by its label, pick the option with this text. */
async function pick(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  const items = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  fireEvent.click(items[items.length - 1]!);
}

describe('ReviewsPage', () => {
  it('asks a visitor to sign in', async () => {
    mockFetch([meRoute(null)]);
    renderAt(withSession(<ReviewsPage />), { url: '/reviews', path: '/reviews' });
    expect(await screen.findByRole('link', { name: 'Sign in to see your review assignments' })).toBeTruthy();
  });

  it('shows the empty state', async () => {
    mockFetch([meRoute(me()), { match: (u) => u.pathname === '/api/review-assignments', body: { items: [], conflict_declaration: 'x' } }]);
    renderAt(withSession(<ReviewsPage />), { url: '/reviews', path: '/reviews' });
    expect(await screen.findByText('You have no review assignment.')).toBeTruthy();
  });

  it('sends a score per criterion with comments and the declaration, and shows the API’s refusal', async () => {
    const { fetchMock } = mockFetch([
      meRoute(me()),
      orgRoute,
      assignments(),
      { match: (u) => u.pathname === '/api/review-assignments/ra1/review', status: 422, body: { error: { code: 'FUNDING_REVIEW_INVALID', message: 'Declare that you have no conflict of interest.' } } },
    ]);
    renderAt(withSession(<ReviewsPage />), { url: '/reviews', path: '/reviews' });
    await screen.findByTestId('assignment');
    expect(screen.getByText('I declare that I have no conflict of interest.')).toBeTruthy();
    await pick('Impact (60%), score 0–10', '8');
    await pick('Team (40%), score 0–10', '6');
    fireEvent.change(screen.getByLabelText('Comment on Impact'), { target: { value: 'Clear customer pull.' } });
    fireEvent.click(screen.getByTestId('review-submit'));
    expect((await screen.findByTestId('apply-refusal')).textContent).toContain('Declare that you have no conflict of interest.');
    expect(sentBody(fetchMock, '/review')).toEqual({
      scores: [
        { criterion_key: 'impact', score: 8, comment: 'Clear customer pull.' },
        { criterion_key: 'team', score: 6, comment: '' },
      ],
      comment: '',
      declares_no_conflict: false,
    });
  });

  it('shows a submitted review with its weighted score', async () => {
    const review = { id: 'r1', assignment_id: 'ra1', application_id: 'a1', reviewer_user_id: 'u1', scores: [{ criterion_key: 'impact', score: 8, comment: '' }, { criterion_key: 'team', score: 6, comment: '' }], comment: '', weighted_score: 7.2, conflict_declaration: 'x', submitted_at: '2026-02-03T00:00:00Z' };
    mockFetch([meRoute(me()), orgRoute, assignments(review)]);
    renderAt(withSession(<ReviewsPage />), { url: '/reviews', path: '/reviews' });
    await waitFor(() => expect(screen.getByTestId('review-done').textContent).toContain('weighted score 7.2'));
    expect(screen.getByTestId('review-done').textContent).toContain('Impact: 8, Team: 6');
  });
});
