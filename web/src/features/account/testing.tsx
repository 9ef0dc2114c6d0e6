import { render, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { expect, vi } from 'vitest';
import type { Me } from '../../api/types';
import { createI18n, type UiLanguage } from '../../i18n';
import { LocationProbe } from '../../test-utils';
import { clearCache } from '../../ui/cache';
import { SessionProvider } from '../../ui/session';

/** A canned API answer for a method and path (a string is an exact pathname). */
export type ApiRoute = {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string | RegExp;
  status?: number;
  body?: ((request: ApiCall) => unknown) | Record<string, unknown> | null;
};
export type ApiCall = { method: string; url: URL; body: unknown };

/**
 * Replaces fetch with method-aware canned answers and records every call with its JSON body.
 * The last matching route wins, so a test can override a default. Unknown calls answer 404.
 */
export function fakeApi(routes: ApiRoute[]) {
  clearCache();
  const calls: ApiCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const call = { method, url, body };
    calls.push(call);
    const route = [...routes]
      .reverse()
      .find((r) => (r.method ?? 'GET') === method && (typeof r.path === 'string' ? r.path === url.pathname : r.path.test(url.pathname)));
    if (!route) {
      return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: `No route ${method} ${url.pathname}.` } }), { status: 404 });
    }
    const payload = typeof route.body === 'function' ? (route.body as (c: ApiCall) => unknown)(call) : route.body;
    const status = route.status ?? 200;
    return new Response(status === 204 || payload === undefined ? null : JSON.stringify(payload), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    /** Calls of one method to one pathname. */
    callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.url.pathname === path),
  };
}

export function makeMe(overrides: Omit<Partial<Me>, 'user'> & { user?: Partial<Me['user']> } = {}): Me {
  const { user, ...rest } = overrides;
  return {
    user: {
      id: 'u1',
      email: 'ana@example.org',
      name: 'Ana Lima',
      email_verified: true,
      roles: rest.roles ?? [],
      created_at: '2026-01-05T10:00:00Z',
      ...user,
    },
    memberships: [],
    roles: [],
    csrf_token: 'csrf-1',
    auth: 'session',
    token_scope: null,
    ...rest,
  };
}

/** The route answering GET /api/me: a signed-in user, or 401 for a visitor. */
export function meRoute(me: Me | null): ApiRoute {
  return me
    ? { path: '/api/me', body: me }
    : { path: '/api/me', status: 401, body: { error: { code: 'AUTH_REQUIRED', message: 'Sign in first.' } } };
}

/** Renders `element` at `url` (route `path`) with the session, router and i18n the app uses. */
export function renderPage(
  element: ReactElement,
  { url, path, language = 'en', extra = [] }: { url: string; path: string; language?: UiLanguage; extra?: { path: string; element: ReactElement }[] },
) {
  const i18n = createI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[url]}>
        <SessionProvider>
          <Routes>
            <Route path={path} element={element} />
            {extra.map((r) => (
              <Route key={r.path} path={r.path} element={r.element} />
            ))}
          </Routes>
          <LocationProbe />
        </SessionProvider>
      </MemoryRouter>
    </I18nextProvider>,
  );
}

export const apiError = (status: number, code: string, message: string, issues?: { path: string; code?: string; message: string }[]) => ({
  status,
  body: { error: { code, message, details: issues ? { issues } : undefined } },
});

/** The OK button of the open confirmation popover (role queries over antd trees are slow). */
export async function confirmButton(): Promise<HTMLElement> {
  let button: HTMLElement | null = null;
  await waitFor(() => {
    button = document.querySelector<HTMLElement>('.ant-popover:not(.ant-popover-hidden) .ant-popconfirm-buttons .ant-btn-primary');
    expect(button).not.toBeNull();
  });
  return button!;
}
