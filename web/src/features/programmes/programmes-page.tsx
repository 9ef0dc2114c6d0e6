import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { programmesApi } from './api';
import { programmeName, useFormat } from './parts';

/** /programmes: the programmes with this year's budget; managers go on to the allocation screen. */
export default function ProgrammesPage() {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const { me } = useSession();
  const f = useFormat();
  useDocumentTitle(t('programmes.list.title'));
  const result = useApi((signal) => (me ? programmesApi.list({ signal }) : Promise.resolve(null)), [me?.user.id]);
  const isManager = !!me && (me.roles.includes('programme_manager') || me.roles.includes('admin'));

  let body;
  if (me === undefined) body = <Loading />;
  else if (!me)
    body = (
      <p>
        <Link to="/sign-in?returnTo=%2Fprogrammes">{t('programmes.list.signIn')}</Link>
      </p>
    );
  else if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (result.data.items.length === 0) body = <EmptyState description={t('programmes.list.none')} />;
  else
    body = (
      <ul className="call-grid" aria-label={t('programmes.list.title')}>
        {result.data.items.map((p) => (
          <li key={p.id} className="listing-card" data-testid="programme-card">
            <h2>
              <Link to={`/programmes/${p.id}`}>{programmeName(p, content)}</Link>
            </h2>
            <div className="row-wrap">
              <Tag>{t(`programmes.status.${p.status}`, { defaultValue: p.status })}</Tag>
              <span className="muted">{t('programmes.period', { start: p.start_year, end: p.end_year })}</span>
            </div>
            {p.description ? <p className="summary">{p.description}</p> : null}
            {p.budget_this_year ? (
              <div className="meta">
                <span>{t('programmes.list.budgetThisYear', { amount: f.money(p.budget_this_year.amount_minor, p.budget_this_year.currency) })}</span>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    );

  return (
    <div>
      <div className="page-head">
        <h1 className="page-title">{t('programmes.list.title')}</h1>
        {isManager ? (
          <Link className="button-link" to="/allocations">
            {t('programmes.allocation.link')}
          </Link>
        ) : null}
      </div>
      <p>{t('programmes.list.intro')}</p>
      {body}
    </div>
  );
}
