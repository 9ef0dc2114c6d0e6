import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Organization } from '../../api/types';
import { apiError, confirmButton, fakeApi, makeMe, meRoute, renderPage } from '../account/testing';
import type { Member } from './api';
import MyOrganizationPage from './my-organization-page';

afterEach(() => vi.unstubAllGlobals());

const org: Organization = {
  id: 'o1',
  name: 'Pengyuan Storage',
  name_zh: '鹏元储能',
  type: 'enterprise',
  country: 'CN',
  region: 'Guangdong',
  city: 'Shenzhen',
  ror_id: null,
  website: 'https://pengyuan.example.cn',
  size_class: '50-249',
  description: 'Batteries.',
  version: 4,
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-02-01T00:00:00Z',
};

const members: Member[] = [
  { user_id: 'u1', email: 'ana@example.org', name: 'Ana Lima', role: 'org_admin', created_at: '2025-01-01T00:00:00Z' },
  { user_id: 'u2', email: 'bo@example.org', name: 'Bo Chen', role: 'member', created_at: '2025-01-02T00:00:00Z' },
];

const membership = (role: string) => [{ organization_id: 'o1', organization_name: org.name, organization_name_zh: org.name_zh, role }];

function render() {
  renderPage(<MyOrganizationPage />, { url: '/my/organization', path: '/my/organization' });
}

const countries = { path: '/api/taxonomies/countries', body: { items: [{ code: 'CN', en: 'China', zh: '中国' }, { code: 'DE', en: 'Germany', zh: '德国' }] } };

describe('MyOrganizationPage', () => {
  it('lets a user without an organization register one, then shows it', async () => {
    let me = makeMe();
    const api = fakeApi([
      { path: '/api/me', body: () => me },
      countries,
      {
        method: 'POST',
        path: '/api/organizations',
        status: 201,
        body: () => {
          me = makeMe({ memberships: membership('org_admin') });
          return org;
        },
      },
      { path: '/api/organizations/o1', body: org },
      { path: '/api/organizations/o1/members', body: { items: members.slice(0, 1) } },
    ]);
    render();
    expect(await screen.findByText('You do not belong to an organization yet.')).toBeTruthy();
    const form = screen.getByTestId('create-organization');
    fireEvent.change(within(form).getByLabelText('Name in English'), { target: { value: ' Pengyuan Storage ' } });
    fireEvent.change(within(form).getByLabelText('Name in Chinese'), { target: { value: '鹏元储能' } });
    // antd selects: pick by keyboard from the opened list.
    for (const [label, option] of [['Type', 'Enterprise'], ['Country or region', 'China']] as const) {
      fireEvent.mouseDown(within(form).getByLabelText(label));
      fireEvent.click(await screen.findByTitle(option));
    }
    fireEvent.click(within(form).getByRole('button', { name: 'Register organization' }));
    expect(await screen.findByTestId('organization-name')).toBeTruthy();
    expect(api.callsTo('POST', '/api/organizations')[0]?.body).toMatchObject({ name: 'Pengyuan Storage', name_zh: '鹏元储能', type: 'enterprise', country: 'CN', website: null });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/my/organization?org=o1'), { timeout: 5000 });
    expect(screen.getByTestId('organization-name').textContent).toContain('Organization admin');
  });

  it('asks for a name in one language at least, before calling the API', async () => {
    const api = fakeApi([meRoute(makeMe()), countries]);
    render();
    const form = await screen.findByTestId('create-organization');
    fireEvent.click(within(form).getByRole('button', { name: 'Register organization' }));
    expect((await within(form).findAllByText('Give the name in English, in Chinese, or both.')).length).toBeGreaterThan(0);
    expect(api.callsTo('POST', '/api/organizations')).toHaveLength(0);
  });

  it('turns a stale version (409) into a clear message and reloads the current profile', async () => {
    // Someone else saves version 5 while this page still shows version 4.
    let loads = 0;
    const api = fakeApi([
      meRoute(makeMe({ memberships: membership('org_admin') })),
      countries,
      { path: '/api/organizations/o1', body: () => (++loads === 1 ? org : { ...org, city: 'Dongguan', version: 5 }) },
      { path: '/api/organizations/o1/members', body: { items: members } },
      {
        method: 'PATCH',
        path: '/api/organizations/o1',
        ...apiError(409, 'ORGANIZATION_VERSION_CONFLICT', 'The organization was changed by someone else. Reload and apply your change again.'),
      },
    ]);
    render();
    const form = await screen.findByTestId('edit-organization');
    await waitFor(() => expect((within(form).getByLabelText('City') as HTMLInputElement).value).toBe('Shenzhen'));
    fireEvent.change(within(form).getByLabelText('City'), { target: { value: 'Futian' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save profile' }));
    const conflict = await screen.findByTestId('version-conflict');
    expect(conflict.textContent).toContain('Someone else changed this organization meanwhile');
    expect(api.callsTo('PATCH', '/api/organizations/o1')[0]?.body).toMatchObject({ city: 'Futian', version: 4 });
    fireEvent.click(within(conflict).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect((within(screen.getByTestId('edit-organization')).getByLabelText('City') as HTMLInputElement).value).toBe('Dongguan'));
    expect(screen.queryByTestId('version-conflict')).toBeNull();
  });

  it('lets an org admin change roles, remove and add members', async () => {
    const api = fakeApi([
      meRoute(makeMe({ memberships: membership('org_admin') })),
      countries,
      { path: '/api/organizations/o1', body: org },
      { path: '/api/organizations/o1/members', body: { items: members } },
      { method: 'PATCH', path: '/api/organizations/o1/members/u2', body: { ...members[1], role: 'org_admin' } },
      { method: 'DELETE', path: '/api/organizations/o1/members/u2', status: 204 },
      {
        method: 'POST',
        path: '/api/organizations/o1/members',
        ...apiError(404, 'USER_NOT_FOUND', 'Nobody has an account with this e-mail address; ask them to sign up first.'),
      },
    ]);
    render();
    const panel = await screen.findByTestId('members-panel');
    await within(panel).findByText('Bo Chen');
    fireEvent.mouseDown(within(panel).getByLabelText('Role of Bo Chen'));
    fireEvent.click((await screen.findAllByTitle('Organization admin')).at(-1)!);
    await waitFor(() => expect(api.callsTo('PATCH', '/api/organizations/o1/members/u2')[0]?.body).toEqual({ role: 'org_admin' }));

    fireEvent.click(within(panel).getByRole('button', { name: 'Remove Bo Chen' }));
    fireEvent.click(await confirmButton());
    await waitFor(() => expect(api.callsTo('DELETE', '/api/organizations/o1/members/u2')).toHaveLength(1));

    const add = within(panel).getByTestId('add-member');
    fireEvent.change(within(add).getByLabelText('E-mail'), { target: { value: 'nobody@example.org' } });
    fireEvent.click(within(add).getByRole('button', { name: 'Add member' }));
    expect((await within(panel).findByTestId('error-message')).textContent).toContain('Nobody has an account with this e-mail address');
    expect(api.callsTo('POST', '/api/organizations/o1/members')[0]?.body).toEqual({ email: 'nobody@example.org', role: 'member' });
  });

  it('shows members read-only to a plain member, who may leave', async () => {
    fakeApi([
      meRoute(makeMe({ user: { id: 'u2', name: 'Bo Chen' }, memberships: membership('member') })),
      countries,
      { path: '/api/organizations/o1', body: org },
      { path: '/api/organizations/o1/members', body: { items: members } },
    ]);
    render();
    const panel = await screen.findByTestId('members-panel');
    await within(panel).findByText('Ana Lima');
    expect(within(panel).queryByTestId('add-member')).toBeNull();
    expect(within(panel).queryByLabelText('Role of Ana Lima')).toBeNull();
    expect(within(panel).getAllByRole('button').map((b) => b.textContent)).toEqual(['Leave']);
    expect(screen.queryByTestId('edit-organization')).toBeNull();
    expect(screen.getByText('Only organization admins and brokers can change the profile.')).toBeTruthy();
  });

  it('shows the API error when the organization cannot be loaded', async () => {
    fakeApi([meRoute(makeMe({ memberships: membership('member') })), { path: '/api/organizations/o1', ...apiError(404, 'ORGANIZATION_NOT_FOUND', 'No such organization.') }]);
    render();
    expect((await screen.findByTestId('error-message')).textContent).toBe('No such organization.');
  });
});
