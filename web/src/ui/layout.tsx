import { Button, Drawer, Segmented } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { changeLanguage, useLanguage, type UiLanguage } from '../i18n';
import { Loading } from './async-state';
import { RouteErrorBoundary } from './error-boundary';

const NAV = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/search', key: 'nav.search', end: false },
  { to: '/organizations', key: 'nav.organizations', end: false },
  { to: '/listings/new', key: 'nav.post', end: true },
] as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { ui } = useLanguage();
  return (
    <Segmented<UiLanguage>
      aria-label={t('nav.language')}
      size="small"
      value={ui}
      onChange={(value) => void changeLanguage(i18n, value)}
      options={[
        { label: <span lang="zh-CN">中文</span>, value: 'zh-CN' },
        { label: <span lang="en">English</span>, value: 'en' },
      ]}
    />
  );
}

function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <ul className="nav-links">
      {NAV.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} end={item.end} onClick={onNavigate}>
            {t(item.key)}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

/** The page frame: skip link, header with navigation and language switch, main, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const { ui } = useLanguage();
  const location = useLocation();
  const [isMenuOpen, setIsMenuOpen] = useState(false);

  useEffect(() => {
    document.documentElement.lang = ui;
  }, [ui]);

  useEffect(() => setIsMenuOpen(false), [location.pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <NavLink to="/" className="brand" aria-label={t('brand.home')}>
            <span className="brand-mark" aria-hidden="true">
              ITTC
            </span>
            <span className="brand-name">{t('brand.name')}</span>
          </NavLink>
          <nav className="nav-desktop" aria-label={t('nav.main')}>
            <NavLinks />
          </nav>
          <div className="header-tools">
            <LanguageSwitch />
            <Button
              className="nav-toggle"
              aria-label={t('nav.menu')}
              aria-expanded={isMenuOpen}
              onClick={() => setIsMenuOpen(true)}
            >
              <span className="burger" aria-hidden="true" />
            </Button>
          </div>
        </div>
      </header>
      <Drawer
        title={t('nav.menu')}
        placement="right"
        size={280}
        open={isMenuOpen}
        onClose={() => setIsMenuOpen(false)}
      >
        <nav aria-label={t('nav.main')} className="nav-drawer">
          <NavLinks onNavigate={() => setIsMenuOpen(false)} />
        </nav>
      </Drawer>
      <main id="main" className="app-main" tabIndex={-1}>
        <RouteErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('footer.about')}</p>
        <p>
          <a href="/api/docs">{t('footer.apiDocs')}</a>
        </p>
      </footer>
    </div>
  );
}
