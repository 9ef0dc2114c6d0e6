import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { Loading } from '../../ui/async-state';
import { isStaff, useSession } from '../../ui/session';
import { useDocumentTitle } from '../../ui/use-document-title';
import './insight.css';

const BalanceTab = lazy(() => import('./balance-tab'));
const FlowsTab = lazy(() => import('./flows-tab'));
const KpisTab = lazy(() => import('./kpis-tab'));
const BenchmarksTab = lazy(() => import('./benchmarks-tab'));
const StoriesTab = lazy(() => import('./stories-tab'));

export const INSIGHT_TABS = [
  { path: 'balance', key: 'insight.tabs.balance', staff: false },
  { path: 'flows', key: 'insight.tabs.flows', staff: true },
  { path: 'kpis', key: 'insight.tabs.kpis', staff: true },
  { path: 'benchmarks', key: 'insight.tabs.benchmarks', staff: false },
  { path: 'stories', key: 'insight.tabs.stories', staff: false },
] as const;

/** The insight dashboards under /insight: balance, flows, KPIs, benchmarks and success stories. */
export default function InsightPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const staff = isStaff(me);
  useDocumentTitle(t('insight.title'));
  return (
    <div className="insight-page">
      <h1 className="page-title">{t('insight.title')}</h1>
      <nav className="insight-tabs" aria-label={t('insight.tabs.label')}>
        <ul>
          {INSIGHT_TABS.map((tab) => (
            <li key={tab.path}>
              <NavLink to={`/insight/${tab.path}`} data-testid={`tab-${tab.path}`}>
                {t(tab.key)}
                {tab.staff && !staff ? <span className="insight-lock">{t('insight.tabs.staffOnly')}</span> : null}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<Navigate to="balance" replace />} />
          <Route path="balance" element={<BalanceTab />} />
          <Route path="flows" element={<FlowsTab />} />
          <Route path="kpis" element={<KpisTab />} />
          <Route path="benchmarks" element={<BenchmarksTab />} />
          <Route path="stories" element={<StoriesTab />} />
          <Route path="*" element={<Navigate to="balance" replace />} />
        </Routes>
      </Suspense>
    </div>
  );
}
