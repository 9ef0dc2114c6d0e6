import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, makeMe, meRoute, renderPage } from '../account/testing';
import AdminPage from './admin-page';
import type { AdminUser, AuditEntry, OutboxMessage } from './api';

afterEach(() => vi.unstubAllGlobals());

const admin = makeMe({ roles: ['admin'], user: { id: 'a1', name: 'Admin' } });
const users: AdminUser[] = [
  { id: 'a1', email: 'admin@demo.ittc', name: 'Admin', email_verified: true, roles: ['admin'], created_at: '2026-01-01T00:00:00Z', membership_count: 0 },
  { id: 'u2', email: 'lin@demo.ittc', name: 'Lin Xiaoyu', email_verified: false, roles: [], created_at: '2026-01-02T00:00:00Z', membership_count: 1 },
];
const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, page_size: 25 });

function render(url: string, me = admin, extra: Parameters<typeof fakeApi>[0] = []) {
  const api = fakeApi([
    meRoute(me),
    { path: '/api/admin/users', body: page(users) },
    { path: '/api/admin/audit', body: page<AuditEntry>([]) },
    { path: '/api/admin/outbox', body: page<OutboxMessage>([]) },
    ...extra,
  ]);
  renderPage(<AdminPage />, { url, path: '/admin/:section?' });
  return api;
}

describe('AdminPage', () => {
  it('shows a clear 403 state to signed-in users who are not administrators, without calling admin routes', async () => {
    const api = render('/admin', makeMe({ roles: ['broker'] }));
    expect((await screen.findByTestId('forbidden')).textContent).toContain('This area is for administrators');
    expect(api.calls.filter((c) => c.url.pathname.startsWith('/api/admin'))).toEqual([]);
  });

  it('asks visitors to sign in', async () => {
    fakeApi([meRoute(null)]);
    renderPage(<AdminPage />, { url: '/admin', path: '/admin/:section?' });
    expect(await screen.findByTestId('sign-in-required')).toBeTruthy();
  });

  it('lists users with their roles and grants a role', async () => {
    const api = render('/admin', admin, [{ method: 'PATCH', path: '/api/admin/users/u2', body: { user: { ...users[1], roles: ['broker'] } } }]);
    const table = await screen.findByTestId('admin-users');
    expect(within(table).getByText('Lin Xiaoyu')).toBeTruthy();
    expect(within(table).getByText('Administrator')).toBeTruthy();
    expect(within(table).getByText('Not verified')).toBeTruthy();
    fireEvent.click(within(table).getByRole('button', { name: 'Change the roles of Lin Xiaoyu' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText(/^Broker/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));
    await waitFor(() => expect(api.callsTo('PATCH', '/api/admin/users/u2')[0]?.body).toEqual({ roles: ['broker'] }));
  });

  it('shows why a role change is refused (the last administrator)', async () => {
    render('/admin/users', admin, [
      { method: 'PATCH', path: '/api/admin/users/a1', ...apiError(409, 'ROLE_LAST_ADMIN', 'This is the last administrator; make someone else administrator first.') },
    ]);
    const table = await screen.findByTestId('admin-users');
    fireEvent.click(within(table).getByRole('button', { name: 'Change the roles of Admin' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText(/^Administrator/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));
    expect((await within(dialog).findByTestId('error-message')).textContent).toContain('last administrator');
  });

  it('filters the audit log by actor, action and dates, and pages through it', async () => {
    const entries: AuditEntry[] = Array.from({ length: 5 }, (_, i) => ({
      seq: 100 - i,
      at: '2026-02-01T10:00:00Z',
      actor_kind: 'user',
      actor_user_id: 'a1aaaaaa-0000-0000-0000-000000000000',
      action: 'listing.publish',
      entity_type: 'listing',
      entity_id: `l${i}`,
      summary: { changed: ['status'], before: { status: 'draft' }, after: { status: 'published' } },
    }));
    const api = render('/admin/audit', admin, [{ path: '/api/admin/audit', body: { items: entries, total: 120, page: 1, page_size: 50 } }]);
    await screen.findByTestId('audit-entries');
    const form = screen.getByTestId('audit-filters');
    fireEvent.change(within(form).getByLabelText('Actor'), { target: { value: 'broker@demo.ittc' } });
    fireEvent.change(within(form).getByLabelText('Action'), { target: { value: 'listing.' } });
    fireEvent.change(within(form).getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(within(form).getByLabelText('Until'), { target: { value: '2026-03-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Filter' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/admin/audit?actor=broker%40demo.ittc&action=listing.&from=2026-01-01&to=2026-03-01'));
    await waitFor(() => {
      const last = api.callsTo('GET', '/api/admin/audit').at(-1)!.url.searchParams;
      expect([last.get('actor'), last.get('action'), last.get('from'), last.get('to'), last.get('page')]).toEqual(['broker@demo.ittc', 'listing.', '2026-01-01', '2026-03-01', '1']);
    });
    fireEvent.click(screen.getByTitle('2'));
    await waitFor(() => expect(api.callsTo('GET', '/api/admin/audit').at(-1)!.url.searchParams.get('page')).toBe('2'));
    expect(api.callsTo('GET', '/api/admin/audit').at(-1)!.url.searchParams.get('actor')).toBe('broker@demo.ittc');
  });

  it('shows the audit log’s empty state and API errors', async () => {
    render('/admin/audit');
    expect(await screen.findByText('No entries match.')).toBeTruthy();
    vi.unstubAllGlobals();
    render('/admin/audit?from=yesterday', admin, [{ path: '/api/admin/audit', ...apiError(400, 'VALIDATION_FAILED', 'from must be a date (YYYY-MM-DD) or an ISO date-time.') }]);
    expect((await screen.findByTestId('error-message')).textContent).toBe('from must be a date (YYYY-MM-DD) or an ISO date-time.');
  });

  it('shows outbox messages with their text and followable links, filtered by recipient', async () => {
    const message: OutboxMessage = {
      id: 7,
      to: 'new@example.org',
      subject: 'Verify your e-mail address for ITTC',
      text: 'Hello Ana,\n\nPlease confirm:\nhttp://localhost:3000/verify-email?token=abc123\n\nThanks',
      kind: 'verify_email',
      status: 'queued',
      attempts: 0,
      created_at: '2026-02-01T10:00:00Z',
      sent_at: null,
      transport: null,
      last_error: null,
    };
    const api = render('/admin/outbox', admin, [{ path: '/api/admin/outbox', body: (call) => page(call.url.searchParams.get('to') === 'new@example.org' ? [message] : []) }]);
    expect(await screen.findByText('No messages match.')).toBeTruthy();
    const form = screen.getByTestId('outbox-filters');
    fireEvent.change(within(form).getByLabelText('Recipient'), { target: { value: 'new@example.org' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Filter' }));
    const text = await screen.findByTestId('outbox-text');
    expect(text.textContent).toContain('Please confirm:');
    expect(within(text).getByRole('link').getAttribute('href')).toBe('http://localhost:3000/verify-email?token=abc123');
    expect(api.callsTo('GET', '/api/admin/outbox').at(-1)!.url.searchParams.get('to')).toBe('new@example.org');
    expect(screen.getByText('Queued')).toBeTruthy();
  });
});
