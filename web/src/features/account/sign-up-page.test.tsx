import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CheckEmailPage from './check-email-page';
import SignUpPage from './sign-up-page';
import { apiError, fakeApi, meRoute, renderPage } from './testing';

afterEach(() => vi.unstubAllGlobals());

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function setup(language: 'en' | 'zh-CN' = 'en', signUp: { status: number; body: Record<string, unknown> } = { status: 201, body: { status: 'verification_sent', email: 'new@example.org' } }) {
  const api = fakeApi([meRoute(null), { method: 'POST', path: '/api/auth/sign-up', ...signUp }, { method: 'POST', path: '/api/auth/resend-verification', status: 202, body: { status: 'accepted' } }]);
  renderPage(<SignUpPage />, { url: '/sign-up', path: '/sign-up', language, extra: [{ path: '/check-email', element: <CheckEmailPage /> }] });
  return api;
}

describe('SignUpPage', () => {
  it('refuses a password under 12 characters before calling the API', async () => {
    const api = setup();
    fill('Name', 'Ana Lima');
    fill('E-mail', 'new@example.org');
    fill('Password', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('A password needs at least 12 characters.')).toBeTruthy();
    expect(api.callsTo('POST', '/api/auth/sign-up')).toHaveLength(0);
  });

  it('shows the API’s messages next to the fields they name', async () => {
    setup('en', apiError(400, 'ACCOUNT_INVALID', 'The sign-up has 2 problems', [
      { path: 'email', code: 'EMAIL_INVALID', message: 'Give a valid e-mail address, such as name@example.org.' },
      { path: 'password', code: 'PASSWORD_TOO_COMMON', message: 'This password is too easy to guess (a common word, pattern or your own name). Choose another.' },
    ]));
    fill('Name', 'Ana Lima');
    fill('E-mail', 'new@example.org');
    fill('Password', 'password1234');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    const passwordError = await screen.findByText(/too easy to guess/);
    expect(passwordError.closest('.ant-form-item')?.querySelector('#password')).toBeTruthy();
    const emailError = screen.getByText(/Give a valid e-mail address/);
    expect(emailError.closest('.ant-form-item')?.querySelector('#email')).toBeTruthy();
    // Every problem sits at its field, so no second copy above the form.
    expect(screen.queryByRole('alert', { name: /Could not create/ })).toBeNull();
    expect(screen.queryByTestId('error-message')).toBeNull();
  });

  it('translates the codes it knows for Chinese readers', async () => {
    setup('zh-CN', apiError(400, 'PASSWORD_TOO_COMMON', 'This password is too easy to guess.', [
      { path: 'password', code: 'PASSWORD_TOO_COMMON', message: 'This password is too easy to guess.' },
    ]));
    fill('姓名', '李安');
    fill('电子邮箱', 'new@example.org');
    fill('密码', 'password1234');
    fireEvent.click(screen.getByRole('button', { name: /^注\s?册$/ }));
    expect(await screen.findByText('此密码太容易被猜到（常见词、规律字符或您的姓名），请换一个。')).toBeTruthy();
  });

  it('shows an error the form cannot place above it', async () => {
    setup('en', apiError(429, 'RATE_LIMITED', 'Too many sign-ups from here; wait a minute.'));
    fill('Name', 'Ana Lima');
    fill('E-mail', 'new@example.org');
    fill('Password', 'copper kettle lantern');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect((await screen.findByTestId('error-message')).textContent).toBe('Too many sign-ups from here; wait a minute.');
  });

  it('sends the trimmed fields and goes on to "check your e-mail", which can send the link again', async () => {
    const api = setup();
    fill('Name', '  Ana Lima ');
    fill('E-mail', ' new@example.org ');
    fill('Password', 'copper kettle lantern');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByTestId('check-email');
    expect(api.callsTo('POST', '/api/auth/sign-up')[0]?.body).toEqual({ name: 'Ana Lima', email: 'new@example.org', password: 'copper kettle lantern' });
    expect(screen.getByTestId('location').textContent).toBe('/check-email?email=new%40example.org');
    expect(screen.getByText(/We sent a verification link to new@example.org/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send a new link' }));
    await screen.findByText(/a new link is on its way/);
    await waitFor(() => expect(api.callsTo('POST', '/api/auth/resend-verification')[0]?.body).toEqual({ email: 'new@example.org' }));
  });
});
