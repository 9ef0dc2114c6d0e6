import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt } from '../../test-utils';
import { SessionProvider } from '../../ui/session';
import { ExpressInterest } from './express-interest';
import { dealOf, fakeApi, meOf, type Handler } from './fake-api';
import { MatchFeedback } from './match-feedback';

const listing = { id: 'l1', status: 'published' as const, owner_organization_id: 'org-fr', cooperation_types: ['joint_development' as const] };

function setup(handlers: Handler[], me = meOf(), props = listing) {
  const api = fakeApi([{ path: '/api/me', body: me }, ...handlers]);
  renderAt(
    <SessionProvider>
      <ExpressInterest listing={props} />
      <MatchFeedback listingId="l1" otherId="l9" />
    </SessionProvider>,
    { url: '/listings/l1', path: '/listings/:id', language: 'en' },
  );
  return api;
}

const noDeals = { path: '/api/deals', body: { items: [], total: 0, page: 1, page_size: 100 } };

afterEach(() => vi.unstubAllGlobals());

describe('ExpressInterest', () => {
  it('sends the message and the intended cooperation, then links to the new deal', async () => {
    const api = setup([noDeals, { method: 'POST', path: '/api/listings/l1/interest', status: 201, body: { deal: dealOf({ id: 'd77' }) } }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Express interest' }));
    // The listing's own cooperation types come first.
    expect((await screen.findByRole('dialog')).textContent).toContain('Joint development');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Required.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Message to the owner'), { target: { value: 'We make scribing lines in Shenzhen.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(api.posts('/api/listings/l1/interest')).toHaveLength(1));
    expect(api.posts('/api/listings/l1/interest')[0]!.body).toEqual({ message: 'We make scribing lines in Shenzhen.', cooperation_type: 'joint_development' });
    const done = await screen.findByTestId('eoi-deal');
    expect(done.textContent).toContain('Interest sent');
    expect(screen.getByRole('link', { name: 'Open the deal' }).getAttribute('href')).toBe('/deals/d77');
  });

  it('links to the open deal the organization already has instead of offering a second', async () => {
    setup([{ path: '/api/deals', body: { items: [dealOf({ id: 'd5', stage: 'nda' })], total: 1, page: 1, page_size: 100 } }]);
    expect((await screen.findByTestId('eoi-deal')).textContent).toContain('already has a deal on this listing (NDA)');
    expect(screen.queryByRole('button', { name: 'Express interest' })).toBeNull();
  });

  it('is not offered to members of the owner organization', async () => {
    setup([noDeals], meOf({ memberships: [{ organization_id: 'org-fr', organization_name: 'Rhine', organization_name_zh: null, role: 'member' }] }));
    await screen.findByTestId('match-feedback');
    expect(screen.queryByRole('button', { name: 'Express interest' })).toBeNull();
  });

  it('shows the API error in the form', async () => {
    setup([
      noDeals,
      { method: 'POST', path: '/api/listings/l1/interest', status: 409, body: { error: { code: 'DEAL_LISTING_NOT_OPEN', message: 'Interest can be expressed only in a published listing.' } } },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Express interest' }));
    fireEvent.change(await screen.findByLabelText('Message to the owner'), { target: { value: 'Hello' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect((await screen.findByTestId('eoi-error')).textContent).toContain('only in a published listing');
  });
});

describe('MatchFeedback', () => {
  it('marks a match not relevant with a reason from the list', async () => {
    const api = setup([noDeals, { method: 'POST', path: '/api/listings/l1/matches/l9/feedback', body: { feedback: { relevant: false, reason: 'wrong_trl', comment: null } } }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Not relevant' }));
    const send = screen.getByRole('button', { name: 'Send feedback' });
    expect(send.hasAttribute('disabled')).toBe(true);
    fireEvent.mouseDown(screen.getByLabelText('Why not relevant?'));
    fireEvent.click(await screen.findByText('Wrong TRL'));
    fireEvent.click(screen.getByRole('button', { name: 'Send feedback' }));
    await waitFor(() => expect(api.posts('/api/listings/l1/matches/l9/feedback')).toHaveLength(1));
    expect(api.posts('/api/listings/l1/matches/l9/feedback')[0]!.body).toEqual({ relevant: false, reason: 'wrong_trl', comment: null });
    expect(await screen.findByText('Thanks: marked not relevant (Wrong TRL).')).toBeTruthy();
  });

  it('marks a match relevant in one click', async () => {
    const api = setup([noDeals, { method: 'POST', path: '/api/listings/l1/matches/l9/feedback', body: { feedback: { relevant: true, reason: null, comment: null } } }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Relevant' }));
    await waitFor(() => expect(api.posts('/api/listings/l1/matches/l9/feedback')[0]?.body).toEqual({ relevant: true, reason: null, comment: null }));
  });
});
