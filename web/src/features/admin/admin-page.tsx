import { useTranslation } from 'react-i18next';
import { NavLink, useParams } from 'react-router';
import { isAdmin } from '../../ui/session';
import { useDocumentTitle } from '../../ui/use-document-title';
import { Forbidden, RequireSignIn } from '../account/require-sign-in';
import { AuditTab } from './audit-tab';
import { OutboxTab } from './outbox-tab';
import { UsersTab } from './users-tab';
import './admin.css';

const SECTIONS = [
  { path: 'users', key: 'admin.tabs.users' },
  { path: 'audit', key: 'admin.tabs.audit' },
  { path: 'outbox', key: 'admin.tabs.outbox' },
] as const;
type Section = (typeof SECTIONS)[number]['path'];

/** /admin, /admin/audit, /admin/outbox: administrators only; others see a 403 state. */
export default function AdminPage() {
  const { t } = useTranslation();
  const { section: raw } = useParams();
  const section: Section | null = raw === undefined ? 'users' : (SECTIONS.find((s) => s.path === raw)?.path ?? null);
  const current = SECTIONS.find((s) => s.path === section);
  useDocumentTitle(current ? `${t(current.key)} · ${t('admin.title')}` : t('admin.title'));

  return (
    <div>
      <h1 className="page-title">{t('admin.title')}</h1>
      <RequireSignIn>
        {(me) =>
          !isAdmin(me) ? (
            <Forbidden message={t('admin.forbidden')} />
          ) : (
            <>
              <nav aria-label={t('admin.sections')}>
                <ul className="admin-tabs">
                  {SECTIONS.map((s) => (
                    <li key={s.path}>
                      <NavLink to={`/admin/${s.path}`} aria-current={s.path === section ? 'page' : undefined}>
                        {t(s.key)}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
              {section === 'users' ? <UsersTab me={me} /> : null}
              {section === 'audit' ? <AuditTab /> : null}
              {section === 'outbox' ? <OutboxTab /> : null}
              {section === null ? <p role="alert">{t('admin.unknownSection')}</p> : null}
            </>
          )
        }
      </RequireSignIn>
    </div>
  );
}
