import { fireEvent, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ForgotPasswordPage from './forgot-password-page';
import ResetPasswordPage from './reset-password-page';
import SignInPage from './sign-in-page';
import { apiError, fakeApi, makeMe, meRoute, renderPage } from './testing';
import VerifyEmailPage from './verify-email-page';

afterEach(() => vi.unstubAllGlobals());

const verifiedUser = { id: 'u9', email: 'new@example.org', name: 'Ana', email_verified: true, roles: [], created_at: '2026-01-01T00:00:00Z' };

describe('VerifyEmailPage', () => {
  it('sends the token once, even when React runs effects twice, and offers to sign in', async () => {
    const api = fakeApi([meRoute(null), { method: 'POST', path: '/api/auth/verify', body: { user: verifiedUser } }]);
    renderPage(
      <StrictMode>
        <VerifyEmailPage />
      </StrictMode>,
      { url: '/verify-email?token=tok-once', path: '/verify-email' },
    );
    expect(await screen.findByText('Your e-mail address is verified')).toBeTruthy();
    expect(screen.getByText(/new@example.org is confirmed/)).toBeTruthy();
    expect(screen.getByTestId('verified-sign-in').getAttribute('href')).toBe('/sign-in?returnTo=%2Fmy%2Forganization');
    expect(api.callsTo('POST', '/api/auth/verify')).toHaveLength(1);
    expect(api.callsTo('POST', '/api/auth/verify')[0]?.body).toEqual({ token: 'tok-once' });
  });

  it('shows the API’s message for a used or expired link and offers a new one', async () => {
    fakeApi([
      meRoute(null),
      { method: 'POST', path: '/api/auth/verify', ...apiError(400, 'ACCOUNT_LINK_INVALID', 'This link is not valid any more.') },
    ]);
    renderPage(<VerifyEmailPage />, { url: '/verify-email?token=tok-used', path: '/verify-email' });
    expect((await screen.findByTestId('error-message')).textContent).toBe('This link is not valid any more.');
    expect(screen.getByRole('link', { name: 'Ask for a new verification link' }).getAttribute('href')).toBe('/check-email');
  });

  it('says so when the link has no token, without calling the API', async () => {
    const api = fakeApi([meRoute(null)]);
    renderPage(<VerifyEmailPage />, { url: '/verify-email', path: '/verify-email' });
    expect((await screen.findByTestId('error-message')).textContent).toMatch(/no token/);
    expect(api.callsTo('POST', '/api/auth/verify')).toHaveLength(0);
  });
});

describe('password reset', () => {
  it('asks for a link and answers alike whether or not the address has an account', async () => {
    const api = fakeApi([meRoute(null), { method: 'POST', path: '/api/auth/request-password-reset', status: 202, body: { status: 'accepted' } }]);
    renderPage(<ForgotPasswordPage />, { url: '/forgot-password', path: '/forgot-password' });
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'who@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the reset link' }));
    expect((await screen.findByTestId('reset-requested')).textContent).toContain('If who@example.org has an account');
    expect(api.callsTo('POST', '/api/auth/request-password-reset')[0]?.body).toEqual({ email: 'who@example.org' });
  });

  it('checks the repeated password, then sets the new one with the token and signs in afresh', async () => {
    const api = fakeApi([meRoute(makeMe()), { method: 'POST', path: '/api/auth/reset-password', body: { status: 'password_reset' } }]);
    renderPage(<ResetPasswordPage />, { url: '/reset-password?token=tok-r', path: '/reset-password' });
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'copper kettle lantern' } });
    fireEvent.change(screen.getByLabelText('Repeat the new password'), { target: { value: 'copper kettle lantern!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(await screen.findByText('The two passwords differ.')).toBeTruthy();
    expect(api.callsTo('POST', '/api/auth/reset-password')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Repeat the new password'), { target: { value: 'copper kettle lantern' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(await screen.findByTestId('password-reset-done')).toBeTruthy();
    expect(api.callsTo('POST', '/api/auth/reset-password')[0]?.body).toEqual({ token: 'tok-r', password: 'copper kettle lantern' });
    // The reset ended every session: the page asks who is signed in again.
    await waitFor(() => expect(api.callsTo('GET', '/api/me').length).toBeGreaterThanOrEqual(2));
  });

  it('puts a refused password at its field and an invalid link above the form', async () => {
    fakeApi([
      meRoute(null),
      {
        method: 'POST',
        path: '/api/auth/reset-password',
        ...apiError(400, 'PASSWORD_TOO_COMMON', 'This password is too easy to guess.', [{ path: 'password', code: 'PASSWORD_TOO_COMMON', message: 'This password is too easy to guess.' }]),
      },
    ]);
    renderPage(<ResetPasswordPage />, { url: '/reset-password?token=tok-r', path: '/reset-password' });
    for (const label of ['New password', 'Repeat the new password']) fireEvent.change(screen.getByLabelText(label), { target: { value: 'password12345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set the new password' }));
    const message = await screen.findByText('This password is too easy to guess.');
    expect(message.closest('.ant-form-item')?.querySelector('#password')).toBeTruthy();

    vi.unstubAllGlobals();
    fakeApi([meRoute(null), { method: 'POST', path: '/api/auth/reset-password', ...apiError(400, 'ACCOUNT_LINK_INVALID', 'This link is not valid any more.') }]);
    fireEvent.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect((await screen.findByTestId('error-message')).textContent).toBe('This link is not valid any more.');
    expect(screen.getByRole('link', { name: 'Ask for a new reset link' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Set the new password' })).toBeNull();
  });
});

describe('SignInPage', () => {
  it('links to sign-up and to the password reset', async () => {
    fakeApi([meRoute(null)]);
    renderPage(<SignInPage />, { url: '/sign-in', path: '/sign-in' });
    expect(screen.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/sign-up');
    expect(screen.getByRole('link', { name: 'Forgot your password?' }).getAttribute('href')).toBe('/forgot-password');
  });
});
