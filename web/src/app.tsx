import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { i18n as I18n } from 'i18next';
import { lazy, useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { useLanguage } from './i18n';
import { AppLayout } from './ui/layout';
import { SessionProvider } from './ui/session';
import { theme } from './ui/theme';

const HomePage = lazy(() => import('./features/home/home-page'));
const SearchPage = lazy(() => import('./features/search/search-page'));
const ListingPage = lazy(() => import('./features/listings/listing-page'));
const ListingFormPage = lazy(() => import('./features/listings/listing-form-page'));
const OrganizationsPage = lazy(() => import('./features/organizations/organizations-page'));
const OrganizationPage = lazy(() => import('./features/organizations/organization-page'));
const SignInPage = lazy(() => import('./features/account/sign-in-page'));
const NotFoundPage = lazy(() => import('./features/errors/not-found-page'));

/** antd and dayjs follow the UI language. */
function LocaleProviders({ children }: { children: ReactNode }) {
  const { ui } = useLanguage();
  useEffect(() => {
    dayjs.locale(ui === 'zh-CN' ? 'zh-cn' : 'en');
  }, [ui]);
  return (
    // No space between two CJK characters in buttons ("登 录"): screen readers would read it apart.
    <ConfigProvider locale={ui === 'zh-CN' ? zhCN : enUS} theme={theme} button={{ autoInsertSpace: false }}>
      {children}
    </ConfigProvider>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="listings/new" element={<ListingFormPage />} />
        <Route path="listings/:id" element={<ListingPage />} />
        <Route path="listings/:id/edit" element={<ListingFormPage />} />
        <Route path="organizations" element={<OrganizationsPage />} />
        <Route path="organizations/:id" element={<OrganizationPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App({ i18n }: { i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocaleProviders>
        <SessionProvider>
          <AppRoutes />
        </SessionProvider>
      </LocaleProviders>
    </I18nextProvider>
  );
}
