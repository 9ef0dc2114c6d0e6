import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import type { Me } from '../../api/types';
import './account-menu.css';

/** The links of the account menu; "admin" only for administrators. */
export function accountMenuItems(me: Me): { to: string; key: string }[] {
  return [
    { to: '/my/organization', key: 'account.menu.organization' },
    { to: '/my/listings', key: 'account.menu.listings' },
    { to: '/account', key: 'account.menu.account' },
    ...(me.roles.includes('admin') ? [{ to: '/admin', key: 'account.menu.admin' }] : []),
  ];
}

/**
 * The signed-in user's menu in the header: a disclosure button and a list of links (plain
 * elements: this sits in the first bundle). Escape or a click elsewhere closes it.
 */
export function AccountMenu({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [isOpen, setIsOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => setIsOpen(false), [location.pathname]);

  useEffect(() => {
    if (!isOpen) return;
    const onPointer = (event: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setIsOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setIsOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [isOpen]);

  const initial = [...(me.user.name.trim() || me.user.email)][0]?.toUpperCase() ?? '?';
  return (
    <div className="account-menu" ref={rootRef} data-testid="account-menu">
      <button
        ref={buttonRef}
        type="button"
        className="account-menu-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={t('account.menu.label', { name: me.user.name })}
        onClick={() => setIsOpen((open) => !open)}
      >
        {/* The initial and the caret are drawn by CSS, so the only visible text is the name the label holds. */}
        <span className="account-avatar" aria-hidden="true" data-initial={initial} />
        <span className="account-name" data-testid="signed-in-as">
          {me.user.name}
        </span>
      </button>
      <div id={panelId} className="account-menu-panel" hidden={!isOpen}>
        <div className="account-menu-who">
          <div>{me.user.name}</div>
          <div className="muted">{me.user.email}</div>
        </div>
        <ul>
          {accountMenuItems(me).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} onClick={() => setIsOpen(false)}>
                {t(item.key)}
              </NavLink>
            </li>
          ))}
          <li className="account-menu-separator" aria-hidden="true" />
          <li>
            <button
              type="button"
              className="account-menu-item"
              data-testid="sign-out"
              onClick={() => {
                setIsOpen(false);
                onSignOut();
              }}
            >
              {t('auth.signOut')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
