import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt } from '../../test-utils';
import { SessionProvider } from '../../ui/session';
import type { Deal, NextActions } from './api';
import DealPage from './deal-page';
import { dealOf, fakeApi, meOf, type Handler } from './fake-api';

const nextOf = (over: Partial<NextActions> = {}): NextActions => ({
  stage: 'interest',
  version: 1,
  items: [],
  nda: { version: null, can_accept_for: [] },
  can_post_message: true,
  can_add_document: true,
  ...over,
});

const timeline = {
  items: [
    { id: 'e1', kind: 'interest_expressed', actor_user_id: 'u1', actor_role: 'interested', from_stage: null, to_stage: 'interest', deal_version: 1, data: {}, at: '2026-11-01T10:00:00Z' },
    { id: 'e2', kind: 'stage_changed', actor_user_id: 'u2', actor_role: 'owner', from_stage: 'interest', to_stage: 'accepted', deal_version: 2, data: {}, at: '2026-11-02T10:00:00Z' },
    { id: 'e3', kind: 'stage_changed', actor_user_id: 'u3', actor_role: 'broker', from_stage: 'accepted', to_stage: 'nda', deal_version: 3, data: { nda_version: 1 }, at: '2026-11-03T10:00:00Z' },
  ],
};

function setup(deal: Deal, next: NextActions, extra: Handler[] = [], me = meOf({ memberships: [{ organization_id: 'org-fr', organization_name: 'Rhine', organization_name_zh: null, role: 'member' }] })) {
  const api = fakeApi([
    ...extra,
    { path: '/api/me', body: me },
    { path: `/api/deals/${deal.id}`, body: { deal, listing_confidential_details: null } },
    { path: `/api/deals/${deal.id}/allowed-transitions`, body: next },
    { path: `/api/deals/${deal.id}/timeline`, body: timeline },
    { path: `/api/deals/${deal.id}/messages`, body: { items: [{ id: 'm1', author_user_id: 'u9', author_role: 'broker', body: 'Happy to help.', created_at: '2026-11-02T11:00:00Z' }], total: 1, page: 1, page_size: 200 } },
    { path: `/api/deals/${deal.id}/documents`, body: { items: [] } },
    { path: '/api/nda-templates/1', body: { version: 1, effective_from: '2026-01-01', title_en: 'Mutual NDA v1', title_zh: '相互保密协议', text_en: 'MUTUAL NON-DISCLOSURE AGREEMENT text', text_zh: '相互保密协议文本' } },
    { path: '/api/taxonomies/currencies', body: { items: [{ code: 'CNY', en: 'Chinese yuan', zh: '人民币', minor_units: 2 }, { code: 'EUR', en: 'Euro', zh: '欧元', minor_units: 2 }] } },
  ]);
  renderAt(
    <SessionProvider>
      <DealPage />
    </SessionProvider>,
    { url: `/deals/${deal.id}`, path: '/deals/:id', language: 'en' },
  );
  return api;
}

afterEach(() => vi.unstubAllGlobals());

describe('DealPage', () => {
  it('shows the header, the timeline and the thread, and only the moves the API offers', async () => {
    setup(
      dealOf({ my_roles: ['owner'] }),
      nextOf({
        items: [
          { to: 'accepted', needs: 'nothing', fields: [], blocked_by: null },
          { to: 'declined', needs: 'decline_reason', fields: ['reason'], blocked_by: null },
        ],
      }),
    );
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Deal: Picosecond laser scribing');
    expect(screen.getByRole('link', { name: 'Picosecond laser scribing' }).getAttribute('href')).toBe('/listings/l1');
    expect(screen.getByRole('link', { name: 'Shenzhen Firm' }).getAttribute('href')).toBe('/organizations/org-sz');
    const actions = screen.getByTestId('deal-actions');
    expect(within(actions).getByRole('button', { name: 'Accept interest' })).toBeTruthy();
    expect(within(actions).getByRole('button', { name: 'Decline' })).toBeTruthy();
    expect(within(actions).queryByRole('button', { name: /Close as lost|Record agreement|Move to NDA/ })).toBeNull();
    const events = await screen.findByTestId('timeline');
    expect(within(events).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Interest expressed'),
      expect.stringContaining('Moved from Interest to Accepted'),
      expect.stringContaining('Moved from Accepted to NDA'),
    ]);
    expect((await screen.findByTestId('thread')).textContent).toContain('Happy to help.');
    // The broker acted on 3 Nov.
    expect(await screen.findByText(/Center broker, last action Nov 3, 2026/)).toBeTruthy();
  });

  it('declines with the reason the form requires, sending the version', async () => {
    const deal = dealOf({ my_roles: ['owner'], version: 4 });
    const api = setup(deal, nextOf({ version: 4, items: [{ to: 'declined', needs: 'decline_reason', fields: ['reason'], blocked_by: null }] }), [
      { method: 'POST', path: '/api/deals/d1/transition', body: { deal: { ...deal, stage: 'declined', version: 5 } } },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    expect(await screen.findByText('Required.')).toBeTruthy();
    expect(api.posts('/api/deals/d1/transition')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Reason for declining'), { target: { value: 'Not licensing in Asia this year.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Decline' }));
    await waitFor(() => expect(api.posts('/api/deals/d1/transition')).toHaveLength(1));
    expect(api.posts('/api/deals/d1/transition')[0]!.body).toEqual({ to: 'declined', version: 4, reason: 'Not licensing in Asia this year.' });
  });

  it('says someone else moved the deal on a 409 and reloads on request', async () => {
    const deal = dealOf({ my_roles: ['owner'] });
    const api = setup(deal, nextOf({ items: [{ to: 'accepted', needs: 'nothing', fields: [], blocked_by: null }] }), [
      {
        method: 'POST',
        path: '/api/deals/d1/transition',
        status: 409,
        body: { error: { code: 'DEAL_VERSION_CONFLICT', message: 'The deal was changed by someone else.', details: { current_version: 2, your_version: 1 } } },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Accept interest' }));
    const conflict = await screen.findByTestId('conflict');
    expect(conflict.textContent).toContain('Someone else moved this deal');
    const loads = () => api.calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/deals/d1').length;
    const before = loads();
    fireEvent.click(within(conflict).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(loads()).toBe(before + 1));
    await waitFor(() => expect(screen.queryByTestId('conflict')).toBeNull());
  });

  it('shows the NDA text and accepts its version once the reader confirms', async () => {
    const deal = dealOf({ stage: 'nda', version: 3, nda: { version: 1, owner_accepted: null, interested_accepted: null, in_effect_since: null } });
    const api = setup(
      deal,
      nextOf({
        stage: 'nda',
        version: 3,
        nda: { version: 1, can_accept_for: ['interested'] },
        items: [{ to: 'negotiation', needs: 'nothing', fields: [], blocked_by: 'nda_accepted_by_both' }],
      }),
      [{ method: 'POST', path: '/api/deals/d1/nda/accept', body: { deal } }],
      meOf(),
    );
    expect((await screen.findByTestId('nda-text')).textContent).toContain('MUTUAL NON-DISCLOSURE AGREEMENT');
    expect(screen.getByText('Both sides must accept the NDA first.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start negotiation' })).toBeNull();
    const accept = screen.getByRole('button', { name: 'Accept NDA version 1' });
    expect(accept.hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(accept);
    await waitFor(() => expect(api.posts('/api/deals/d1/nda/accept')).toHaveLength(1));
    expect(api.posts('/api/deals/d1/nda/accept')[0]!.body).toEqual({ nda_version: 1 });
  });

  it('records an agreement with its value in minor units', async () => {
    const deal = dealOf({ stage: 'negotiation', version: 6 });
    const api = setup(deal, nextOf({ stage: 'negotiation', version: 6, items: [{ to: 'agreement', needs: 'agreement', fields: ['agreement_type', 'value_minor', 'currency', 'signed_on'], blocked_by: null }] }), [
      { method: 'POST', path: '/api/deals/d1/transition', body: { deal: { ...deal, stage: 'agreement', version: 7 } } },
    ]);
    const form = await screen.findByTestId('move-agreement');
    fireEvent.mouseDown(within(form).getByLabelText('Agreement type'));
    fireEvent.click(await screen.findByText('License (non-exclusive)'));
    fireEvent.change(within(form).getByLabelText('Value'), { target: { value: '250000.5' } });
    fireEvent.change(within(form).getByLabelText('Signed on'), { target: { value: '2026-11-20' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record agreement' }));
    await waitFor(() => expect(api.posts('/api/deals/d1/transition')).toHaveLength(1));
    expect(api.posts('/api/deals/d1/transition')[0]!.body).toEqual({
      to: 'agreement',
      version: 6,
      agreement_type: 'license_non_exclusive',
      currency: 'CNY',
      signed_on: '2026-11-20',
      value_minor: 25_000_050,
    });
  });

  it('posts to the thread', async () => {
    const api = setup(dealOf(), nextOf(), [
      { method: 'POST', path: '/api/deals/d1/messages', status: 201, body: { message: { id: 'm2', author_user_id: 'u1', author_role: 'interested', body: 'Hello', created_at: '2026-11-03T00:00:00Z' } } },
    ]);
    fireEvent.change(await screen.findByLabelText('Your message'), { target: { value: 'Can we meet in Hannover?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(api.posts('/api/deals/d1/messages')).toHaveLength(1));
    expect(api.posts('/api/deals/d1/messages')[0]!.body).toEqual({ body: 'Can we meet in Hannover?' });
  });

  it('refuses a file over the limit before sending and shows the API error for a refused type', async () => {
    const api = setup(dealOf(), nextOf(), [
      {
        method: 'POST',
        path: '/api/deals/d1/documents',
        status: 415,
        body: { error: { code: 'DEAL_DOCUMENT_TYPE_NOT_ALLOWED', message: 'The bytes are not a PDF.' } },
      },
    ]);
    const input = (await screen.findByLabelText('Add a document')) as HTMLInputElement;
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'huge.pdf', { type: 'application/pdf' });
    fireEvent.change(input, { target: { files: [big] } });
    expect((await screen.findByTestId('document-error')).textContent).toContain('the limit is 5 MB');
    expect(api.posts('/api/deals/d1/documents')).toHaveLength(0);
    const fake = new File(['not a pdf'], 'fake.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('Add a document'), { target: { files: [fake] } });
    await waitFor(() => expect(api.posts('/api/deals/d1/documents')).toHaveLength(1));
    expect(api.posts('/api/deals/d1/documents')[0]!.body).toMatchObject({ filename: 'fake.pdf', content_type: 'application/pdf', content_base64: btoa('not a pdf') });
    await waitFor(() => expect(screen.getByTestId('document-error').textContent).toContain('The bytes are not a PDF.'));
  });

  it('shows the API error when the deal cannot be loaded', async () => {
    fakeApi([
      { path: '/api/me', body: meOf() },
      { path: '/api/deals/d1', status: 404, body: { error: { code: 'DEAL_NOT_FOUND', message: 'No such deal.' } } },
      { path: '/api/deals/d1/allowed-transitions', status: 404, body: { error: { code: 'DEAL_NOT_FOUND', message: 'No such deal.' } } },
    ]);
    renderAt(
      <SessionProvider>
        <DealPage />
      </SessionProvider>,
      { url: '/deals/d1', path: '/deals/:id', language: 'en' },
    );
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Deal not found');
    expect(screen.getByTestId('error-message').textContent).toBe('No such deal.');
  });

  it('shows each side’s consent to a success story and lets a party give its own, sending the version', async () => {
    const registered = dealOf({ stage: 'registered', version: 8, my_roles: ['interested'], publish_consent: { owner_at: '2026-11-20T10:00:00Z', interested_at: null } });
    const api = setup(registered, nextOf({ stage: 'registered', version: 8 }), [
      { method: 'POST', path: '/api/deals/d1/publish-consent', body: { deal: { ...registered, version: 9, publish_consent: { owner_at: '2026-11-20T10:00:00Z', interested_at: '2026-11-26T10:00:00Z' } } } },
    ]);
    const panel = await screen.findByTestId('publish-consent');
    expect(within(panel).getByTestId('consent-owner').textContent).toMatch(/Agreed on/);
    expect(within(panel).getByTestId('consent-interested').textContent).toBe('Not yet');
    fireEvent.click(within(panel).getByRole('button', { name: 'Agree to publish' }));
    await waitFor(() => expect(api.posts('/api/deals/d1/publish-consent')).toHaveLength(1));
    expect(api.posts('/api/deals/d1/publish-consent')[0]!.body).toEqual({ consent: true, version: 8 });
  });

  it('shows no consent panel before the contract is registered, nor a switch to a broker', async () => {
    setup(dealOf({ stage: 'negotiation', my_roles: ['interested'] }), nextOf({ stage: 'negotiation' }));
    await screen.findByTestId('timeline');
    expect(screen.queryByTestId('publish-consent')).toBeNull();
  });
});
