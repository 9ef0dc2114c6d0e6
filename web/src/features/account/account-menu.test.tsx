import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Me } from '../../api/types';
import { createI18n } from '../../i18n';
import { isAdmin, isBroker, isStaff, canManageListing } from '../../ui/session';
import { AccountMenu } from './account-menu';
import { makeMe } from './testing';

function renderMenu(me: Me, onSignOut = vi.fn()) {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <MemoryRouter initialEntries={['/account']}>
        <AccountMenu me={me} onSignOut={onSignOut} />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return onSignOut;
}

const linksOf = () => [...document.querySelectorAll('.account-menu-panel a')].map((a) => [a.textContent, a.getAttribute('href')]);

describe('AccountMenu', () => {
  it('opens from a button naming the user, lists the account pages, and closes with Escape', () => {
    renderMenu(makeMe());
    const button = screen.getByRole('button', { name: 'Ana Lima: account menu' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('signed-in-as').textContent).toBe('Ana Lima');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(linksOf()).toEqual([
      ['My organization', '/my/organization'],
      ['My listings', '/my/listings'],
      ['Account', '/account'],
    ]);
    expect(document.querySelector('.account-menu-panel a[aria-current="page"]')?.textContent).toBe('Account');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('adds administration for administrators and signs out', () => {
    const onSignOut = renderMenu(makeMe({ roles: ['admin'] }));
    fireEvent.click(screen.getByRole('button', { name: /account menu$/ }));
    expect(linksOf().at(-1)).toEqual(['Administration', '/admin']);
    fireEvent.click(screen.getByTestId('sign-out'));
    expect(onSignOut).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: /account menu$/ }).getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on a click elsewhere', () => {
    renderMenu(makeMe());
    const button = screen.getByRole('button', { name: /account menu$/ });
    fireEvent.click(button);
    fireEvent.mouseDown(document.body);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('session roles match src/core/accounts/authorize.ts', () => {
  const member = makeMe({ memberships: [{ organization_id: 'o1', organization_name: 'A', organization_name_zh: null, role: 'member' }] });
  const listing = { owner_organization_id: 'o1' };
  const other = { owner_organization_id: 'o2' };

  it('staff are verified brokers and administrators (staff:read, staff:write)', () => {
    expect(isStaff(makeMe({ roles: ['broker'] }))).toBe(true);
    expect(isStaff(makeMe({ roles: ['admin'] }))).toBe(true);
    expect(isStaff(makeMe({ roles: ['programme_manager', 'funder'] }))).toBe(false);
    expect(isStaff(makeMe({ roles: ['admin'], user: { email_verified: false } }))).toBe(false);
    expect(isStaff(null)).toBe(false);
  });

  it('only members of the owner and brokers manage a listing (listing:update), not administrators as such', () => {
    expect(canManageListing(member, listing)).toBe(true);
    expect(canManageListing(member, other)).toBe(false);
    expect(canManageListing(makeMe({ roles: ['broker'] }), other)).toBe(true);
    expect(canManageListing(makeMe({ roles: ['admin'] }), other)).toBe(false);
    expect(isBroker(makeMe({ roles: ['admin'] }))).toBe(false);
    expect(isAdmin(makeMe({ roles: ['admin'] }))).toBe(true);
  });
});
