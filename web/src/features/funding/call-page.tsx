import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState, Loading } from '../../ui/async-state';
import { useLabels } from '../../ui/labels';
import { useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { fundingApi, type Call } from './api';
import ApplyForm from './apply-form';
import { CallStatusTag, EligibilityRules, Fact, MoneyText, OrgName, TrlWindow, useDate } from './parts';
import { SuggestedRequests } from './suggestions';

function CriteriaTable({ call }: { call: Call }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="criteria">
        <caption>{t('funding.call.criteriaCaption', { min: call.score_scale.min, max: call.score_scale.max })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('funding.call.criterion')}</th>
            <th scope="col" className="num">
              {t('funding.call.weight')}
            </th>
          </tr>
        </thead>
        <tbody>
          {call.criteria.map((c) => (
            <tr key={c.key}>
              <td>{c.label}</td>
              <td className="num">{t('funding.percent', { value: c.weight })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What a visitor may do: sign in, apply (members of an organization), or read why not. */
function ApplyPanel({ call }: { call: Call }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const [isOpen, setIsOpen] = useState(false);
  if (!call.is_open) return <p data-testid="apply-closed">{t('funding.apply.notOpen')}</p>;
  if (me === undefined) return null;
  if (!me)
    return (
      <p>
        <Link to={`/sign-in?returnTo=${encodeURIComponent(location.pathname)}`}>{t('funding.apply.signIn')}</Link>
      </p>
    );
  if (me.memberships.length === 0) return <p>{t('funding.apply.noOrganization')}</p>;
  if (!isOpen)
    return (
      <Button type="primary" onClick={() => setIsOpen(true)} data-testid="apply-button">
        {t('funding.apply.start')}
      </Button>
    );
  return <ApplyForm call={call} onCancel={() => setIsOpen(false)} />;
}

/** /calls/:id: the call's terms, how it is evaluated, applying, and matching funding requests. */
export default function CallPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const labels = useLabels();
  const date = useDate();
  const { me } = useSession();
  const result = useApi((signal) => fundingApi.getCall(id, { signal }), [id]);
  const call = result.data;
  useDocumentTitle(call?.title ?? t('funding.calls.title'));

  if (result.error) return <ErrorState error={result.error} onRetry={result.reload} />;
  if (!call) return <Loading />;
  const manages = !!me && me.roles.includes('funder') && me.memberships.some((m) => m.organization_id === call.funder_organization_id);

  return (
    <article data-testid="call">
      <p>
        <Link to="/calls">{t('funding.calls.back')}</Link>
      </p>
      <div className="page-head">
        <h1 className="page-title">{call.title}</h1>
        {manages ? (
          <Link className="button-link" to={`/calls/${call.id}/manage`} data-testid="manage-link">
            {t('funding.manage.link')}
          </Link>
        ) : null}
      </div>
      <div className="row-wrap" style={{ marginBottom: 12 }}>
        <CallStatusTag call={call} />
        <span className="muted">
          {t('funding.call.funder')}: <OrgName id={call.funder_organization_id} />
        </span>
      </div>
      <div className="listing-layout">
        <div>
          <section className="panel" aria-labelledby="call-theme">
            <h2 id="call-theme">{t('funding.call.theme')}</h2>
            <p>{call.theme || t('funding.call.noTheme')}</p>
            {call.description ? <p className="description">{call.description}</p> : null}
          </section>
          <section className="panel" aria-labelledby="call-eligibility">
            <h2 id="call-eligibility">{t('funding.call.eligibility')}</h2>
            <EligibilityRules call={call} />
          </section>
          <section className="panel" aria-labelledby="call-criteria">
            <h2 id="call-criteria">{t('funding.call.criteria')}</h2>
            <CriteriaTable call={call} />
          </section>
          <section className="panel" aria-labelledby="call-apply">
            <h2 id="call-apply">{t('funding.apply.title')}</h2>
            <ApplyPanel call={call} />
          </section>
          <SuggestedRequests call={call} />
        </div>
        <aside className="panel" aria-label={t('funding.call.facts')}>
          <dl className="facts">
            <Fact label={t('funding.call.instrument')}>{t(`funding.instrument.${call.instrument}`, { defaultValue: call.instrument })}</Fact>
            <Fact label={t('funding.call.budget')}>
              <MoneyText money={call.budget} testId="call-budget" />
            </Fact>
            <Fact label={t('funding.call.ceiling')}>
              <MoneyText money={call.ceiling} testId="call-ceiling" />
            </Fact>
            {call.awarded ? (
              <Fact label={t('funding.call.awarded')}>
                <MoneyText money={call.awarded} />
              </Fact>
            ) : null}
            <Fact label={t('funding.call.trl')}>
              <TrlWindow call={call} />
            </Fact>
            <Fact label={t('funding.call.sectors')}>{call.sectors.length ? call.sectors.map((s) => labels.sector(s)).join(t('common.listSeparator')) : t('funding.call.anySector')}</Fact>
            <Fact label={t('funding.call.opens')}>{date(call.opens_on)}</Fact>
            <Fact label={t('funding.call.closes')}>{date(call.closes_on)}</Fact>
          </dl>
        </aside>
      </div>
    </article>
  );
}
