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
const SignUpPage = lazy(() => import('./features/account/sign-up-page'));
const CheckEmailPage = lazy(() => import('./features/account/check-email-page'));
const VerifyEmailPage = lazy(() => import('./features/account/verify-email-page'));
const ForgotPasswordPage = lazy(() => import('./features/account/forgot-password-page'));
const ResetPasswordPage = lazy(() => import('./features/account/reset-password-page'));
const AccountPage = lazy(() => import('./features/account/account-page'));
const MyOrganizationPage = lazy(() => import('./features/workspace/my-organization-page'));
const MyListingsPage = lazy(() => import('./features/workspace/my-listings-page'));
const AdminPage = lazy(() => import('./features/admin/admin-page'));
const NotFoundPage = lazy(() => import('./features/errors/not-found-page'));
const MyDealsPage = lazy(() => import('./features/deals/my-deals-page'));
const DealPage = lazy(() => import('./features/deals/deal-page'));
const PipelinePage = lazy(() => import('./features/deals/pipeline-page'));
const InsightPage = lazy(() => import('./features/insight/insight-page'));
const CallsPage = lazy(() => import('./features/funding/calls-page'));
const CallPage = lazy(() => import('./features/funding/call-page'));
const CallFormPage = lazy(() => import('./features/funding/call-form-page'));
const CallManagePage = lazy(() => import('./features/funding/call-manage-page'));
const ReviewsPage = lazy(() => import('./features/funding/reviews-page'));
const ProgrammesPage = lazy(() => import('./features/programmes/programmes-page'));
const ProgrammePage = lazy(() => import('./features/programmes/programme-page'));
const ProgrammeReportPage = lazy(() => import('./features/programmes/programme-report-page'));
const AllocationsPage = lazy(() => import('./features/programmes/allocations-page'));

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
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="check-email" element={<CheckEmailPage />} />
        <Route path="verify-email" element={<VerifyEmailPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="my/organization" element={<MyOrganizationPage />} />
        <Route path="my/listings" element={<MyListingsPage />} />
        <Route path="admin" element={<AdminPage />} />
        <Route path="admin/:section" element={<AdminPage />} />
        <Route path="insight/*" element={<InsightPage />} />
        <Route path="calls" element={<CallsPage />} />
        <Route path="calls/new" element={<CallFormPage />} />
        <Route path="calls/:id" element={<CallPage />} />
        <Route path="calls/:id/manage" element={<CallManagePage />} />
        <Route path="reviews" element={<ReviewsPage />} />
        <Route path="programmes" element={<ProgrammesPage />} />
        <Route path="programmes/:id" element={<ProgrammePage />} />
        <Route path="programmes/:id/report" element={<ProgrammeReportPage />} />
        <Route path="allocations" element={<AllocationsPage />} />
        <Route path="my/deals" element={<MyDealsPage />} />
        <Route path="deals/:id" element={<DealPage />} />
        <Route path="pipeline" element={<PipelinePage />} />
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
