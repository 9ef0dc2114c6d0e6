import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AccountPage from './account-page';
import type { ApiToken } from './api';
import { apiError, confirmButton, fakeApi, makeMe, meRoute, renderPage } from './testing';

afterEach(() => vi.unstubAllGlobals());

const oldToken: ApiToken = {
  id: 't1',
  name: 'CRM sync',
  scope: 'read',
  prefix: 'ittc_ab12cd',
  created_at: '2026-01-10T00:00:00Z',
  expires_at: null,
  last_used_at: null,
  revoked_at: null,
};

function setup(extra: Parameters<typeof fakeApi>[0] = [], me = makeMe({ roles: ['broker'], memberships: [{ organization_id: 'o1', organization_name: 'Pengyuan Storage', organization_name_zh: '鹏元储能', role: 'org_admin' }] })) {
  let tokens = [oldToken];
  const api = fakeApi([
    meRoute(me),
    { path: '/api/tokens', body: () => ({ items: tokens }) },
    {
      method: 'POST',
      path: '/api/tokens',
      status: 201,
      body: (call) => {
        const body = call.body as { name: string; scope: 'read' | 'write' };
        const token = { ...oldToken, id: 't2', name: body.name, scope: body.scope, prefix: 'ittc_zz99yy', expires_at: '2026-04-10T00:00:00Z' };
        tokens = [token, ...tokens];
        return { token, secret: 'ittc_zz99yy-secret-value' };
      },
    },
    {
      method: 'DELETE',
      path: /^\/api\/tokens\/t\d$/,
      status: 204,
      body: (call) => {
        const id = call.url.pathname.split('/').pop();
        tokens = tokens.map((t) => (t.id === id ? { ...t, revoked_at: '2026-02-01T00:00:00Z' } : t));
        return undefined;
      },
    },
    ...extra,
  ]);
  renderPage(<AccountPage />, { url: '/account', path: '/account' });
  return api;
}

describe('AccountPage', () => {
  it('asks visitors to sign in', async () => {
    fakeApi([meRoute(null)]);
    renderPage(<AccountPage />, { url: '/account', path: '/account' });
    expect(await screen.findByTestId('sign-in-required')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in?returnTo=%2Faccount');
  });

  it('shows the profile with roles and organizations', async () => {
    setup();
    const profile = await screen.findByTestId('profile');
    expect(within(profile).getByTestId('account-email').textContent).toBe('ana@example.org');
    expect(within(profile).getByText('Verified')).toBeTruthy();
    expect(within(profile).getByText('Broker')).toBeTruthy();
    expect(within(profile).getByRole('link', { name: 'Pengyuan Storage' }).getAttribute('href')).toBe('/my/organization?org=o1');
    expect(within(profile).getByText('Organization admin')).toBeTruthy();
  });

  it('creates a write token, shows its secret once, and lists it; revoking marks it revoked', async () => {
    const api = setup();
    const panel = await screen.findByTestId('api-tokens');
    await within(panel).findByText('CRM sync');
    fireEvent.change(within(panel).getByLabelText('Token name'), { target: { value: 'ERP import' } });
    fireEvent.click(within(panel).getByText('Read and write'));
    fireEvent.click(within(panel).getByRole('button', { name: 'Create token' }));
    const secret = await within(panel).findByTestId('token-secret');
    expect((secret as HTMLInputElement).value).toBe('ittc_zz99yy-secret-value');
    expect(api.callsTo('POST', '/api/tokens')[0]?.body).toEqual({ name: 'ERP import', scope: 'write', expires_in_days: 90 });
    await within(panel).findByText('ERP import');

    fireEvent.click(within(panel).getByRole('button', { name: 'I have copied it' }));
    expect(within(panel).queryByTestId('token-secret')).toBeNull();

    fireEvent.click(within(panel).getByRole('button', { name: 'Revoke token CRM sync' }));
    fireEvent.click(await confirmButton());
    await waitFor(() => expect(api.callsTo('DELETE', '/api/tokens/t1')).toHaveLength(1));
    await within(panel).findByText('Revoked');
    expect(within(panel).queryByRole('button', { name: 'Revoke token CRM sync' })).toBeNull();
  });

  it('shows an error when the tokens cannot be listed, with a retry', async () => {
    setup([{ path: '/api/tokens', ...apiError(500, 'INTERNAL', 'Database unavailable.') }]);
    const panel = await screen.findByTestId('api-tokens');
    expect((await within(panel).findByTestId('error-message')).textContent).toBe('Database unavailable.');
    expect(within(panel).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('shows the empty state when there are no tokens', async () => {
    setup([{ path: '/api/tokens', body: { items: [] } }]);
    expect(await screen.findByText('You have no API tokens.')).toBeTruthy();
  });

  it('signs out everywhere and goes to sign-in', async () => {
    let signedIn = true;
    const me = makeMe();
    const api = setup([
      { path: '/api/me', body: () => (signedIn ? me : undefined), status: 200 },
      {
        method: 'POST',
        path: '/api/auth/sign-out-everywhere',
        body: () => {
          signedIn = false;
          return { sessions_ended: 3 };
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('sign-out-everywhere'));
    fireEvent.click(await confirmButton());
    await waitFor(() => expect(api.callsTo('POST', '/api/auth/sign-out-everywhere')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/sign-in'));
  });

  it('keeps a rename error at the name field', async () => {
    setup([{ method: 'PATCH', path: '/api/me', ...apiError(400, 'NAME_INVALID', 'Give your name (1 to 200 characters).', [{ path: 'name', code: 'NAME_INVALID', message: 'Give your name (1 to 200 characters).' }]) }]);
    const profile = await screen.findByTestId('profile');
    fireEvent.change(within(profile).getByLabelText('Name'), { target: { value: 'x' } });
    fireEvent.click(within(profile).getByRole('button', { name: 'Save name' }));
    const message = await within(profile).findByText('Give your name (1 to 200 characters).');
    expect(message.closest('.ant-form-item')).toBeTruthy();
  });
});
