import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { changeLanguage, useLanguage, type UiLanguage } from '../i18n';
import { AccountMenu } from '../features/account/account-menu';
import { Loading } from './async-state';
import { RouteErrorBoundary } from './error-boundary';
import { isStaff, useSession } from './session';

const MobileMenu = lazy(() => import('./mobile-menu'));

const NAV = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/search', key: 'nav.search', end: false },
  { to: '/organizations', key: 'nav.organizations', end: false },
  { to: '/listings/new', key: 'nav.post', end: true },
  { to: '/insight', key: 'insight.nav', end: false },
  { to: '/calls', key: 'funding.nav.calls', end: false },
] as const;

const LANGUAGE_CHOICES: { value: UiLanguage; label: string; lang: string }[] = [
  { value: 'zh-CN', label: '中文', lang: 'zh-CN' },
  { value: 'en', label: 'English', lang: 'en' },
];

/** Two toggle buttons, each language named in its own script. Plain elements: this sits in the first bundle. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { ui } = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('nav.language')}>
      {LANGUAGE_CHOICES.map((choice) => (
        <button
          key={choice.value}
          type="button"
          lang={choice.lang}
          aria-pressed={ui === choice.value}
          onClick={() => void changeLanguage(i18n, choice.value)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}

/** "Sign in", or the signed-in user's account menu (organization, listings, account, admin, sign out). */
function AccountLinks() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  if (me === undefined) return null;
  if (!me) {
    const returnTo = `${location.pathname}${location.search}`;
    return (
      <Link className="account-link" to={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}>
        {t('auth.signIn')}
      </Link>
    );
  }
  return <AccountMenu me={me} onSignOut={() => void signOut().then(() => navigate('/'))} />;
}

function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <ul className="nav-links">
      {NAV.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} end={item.end} onClick={onNavigate}>
            {t(item.key)}
          </NavLink>
        </li>
      ))}
      {me ? (
        // Programmes are read by signed-in users only (permission programme:read).
        <li>
          <NavLink to="/programmes" onClick={onNavigate}>
            {t('programmes.nav.programmes')}
          </NavLink>
        </li>
      ) : null}
      {me ? (
        <li>
          <NavLink to="/my/deals" onClick={onNavigate}>
            {t('deals.nav.mine')}
          </NavLink>
        </li>
      ) : null}
      {isStaff(me) ? (
        <li>
          <NavLink to="/pipeline" onClick={onNavigate}>
            {t('deals.nav.pipeline')}
          </NavLink>
        </li>
      ) : null}
    </ul>
  );
}

/** The page frame: skip link, header with navigation and language switch, main, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const { ui } = useLanguage();
  const location = useLocation();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const [hasMenu, setHasMenu] = useState(false);

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
          <NavLink to="/" className="brand" end>
            <span className="brand-mark">ITTC</span>
            <span className="brand-name">{t('brand.name')}</span>
          </NavLink>
          <nav className="nav-desktop" aria-label={t('nav.main')}>
            <NavLinks />
          </nav>
          <div className="header-tools">
            <AccountLinks />
            <LanguageSwitch />
            <button
              type="button"
              className="nav-toggle"
              aria-label={t('nav.menu')}
              aria-expanded={isMenuOpen}
              onClick={() => {
                setHasMenu(true);
                setIsMenuOpen(true);
              }}
            >
              <span className="burger" aria-hidden="true" />
            </button>
          </div>
        </div>
      </header>
      {hasMenu ? (
        <Suspense fallback={null}>
          <MobileMenu open={isMenuOpen} onClose={() => setIsMenuOpen(false)}>
            <NavLinks onNavigate={() => setIsMenuOpen(false)} />
          </MobileMenu>
        </Suspense>
      ) : null}
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
