import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import ListingPage from '../features/listings/listing-page';
import { createI18n, LANGUAGE_STORAGE_KEY } from '../i18n';
import { mockFetch, renderAt } from '../test-utils';
import { ErrorState } from './async-state';
import { LanguageSwitch } from './layout';

afterEach(() => vi.unstubAllGlobals());

describe('errors reach the user', () => {
  it('a 404 of the API becomes an ApiError with its code and message', async () => {
    mockFetch([]);
    const error = await api.getListing('nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).code).toBe('NOT_FOUND');
  });

  it('a listing that does not exist shows the API message, not a blank page', async () => {
    mockFetch([
      {
        match: (u) => u.pathname === '/api/listings/x1',
        status: 404,
        body: { error: { code: 'LISTING_NOT_FOUND', message: 'Listing x1 does not exist.' } },
      },
    ]);
    renderAt(<ListingPage />, { url: '/listings/x1', path: '/listings/:id' });
    expect((await screen.findByTestId('error-message')).textContent).toBe('Listing x1 does not exist.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Listing not found');
  });

  it('a server error shows its request id, and network trouble a translated message', () => {
    const i18n = createI18n('zh-CN');
    render(
      <I18nextProvider i18n={i18n}>
        <ErrorState error={new ApiError(500, 'INTERNAL_ERROR', 'Something went wrong.', { request_id: 'req-42' })} />
        <ErrorState error={new ApiError(0, 'NETWORK_ERROR', 'Failed to fetch')} />
      </I18nextProvider>,
    );
    const messages = screen.getAllByTestId('error-message').map((m) => m.textContent);
    expect(messages).toEqual(['Something went wrong.', '无法连接服务器，请检查网络后重试。']);
    expect(screen.getByText('请求编号：req-42')).toBeTruthy();
  });

  it('a body that is not the API error shape still yields a readable error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })));
    const error = (await api.statsOverview().catch((e: unknown) => e)) as ApiError;
    expect([error.status, error.code, error.message]).toEqual([502, 'HTTP_502', 'Bad Gateway']);
  });
});

describe('language switch', () => {
  it('switches the UI language and remembers it', async () => {
    const i18n = createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <LanguageSwitch />
        <p data-testid="probe">{i18n.t('nav.home')}</p>
      </I18nextProvider>,
    );
    fireEvent.click(screen.getByText('中文'));
    await vi.waitFor(() => expect(i18n.language).toBe('zh-CN'));
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
    expect(createI18n().language).toBe('zh-CN');
  });
});
