import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type UiLanguage } from './i18n';
import { clearCache } from './ui/cache';

export type FakeRoute = { match: (url: URL) => boolean; status?: number; body: unknown };

/** Replaces fetch with canned answers; unknown URLs answer 404 in the API's error shape. */
export function mockFetch(routes: FakeRoute[]) {
  clearCache();
  const calls: URL[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    calls.push(url);
    const route = routes.find((r) => r.match(url));
    const status = route ? (route.status ?? 200) : 404;
    const body = route ? route.body : { error: { code: 'NOT_FOUND', message: `No route GET ${url.pathname}.` } };
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** Renders `element` at `path` inside the providers the app uses. */
export function renderAt(element: ReactElement, { url, path, language = 'en' }: { url: string; path: string; language?: UiLanguage }) {
  const i18n = createI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={element} />
          </Routes>
          <LocationProbe />
        </MemoryRouter>
    </I18nextProvider>,
  );
}
