import { Alert, Button, Input, InputNumber, Popconfirm, Tag } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatNumber, toMajor } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { fundingApi, toMinor, type Application, type Assignment, type Call, type Grant, type Review } from './api';
import { RefusalReasons } from './apply-form';
import { CallStatusTag, MoneyText, OrgName, useDate, useMoney } from './parts';

/** Assign a reviewer to one application by e-mail address. */
function AssignReviewer({ call, application, onDone }: { call: Call; application: Application; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        setIsSaving(true);
        setError(undefined);
        fundingApi
          .assign(call.id, { reviewer_email: email.trim(), application_ids: [application.id] })
          .then(() => {
            setEmail('');
            onDone();
          }, setError)
          .finally(() => setIsSaving(false));
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('funding.manage.reviewerEmail', { title: application.title })}
      </label>
      <Input id={id} type="email" placeholder={t('funding.manage.reviewerEmailPlaceholder')} value={email} onChange={(e) => setEmail(e.target.value)} data-testid="reviewer-email" />
      <Button htmlType="submit" loading={isSaving} disabled={!email.trim()} data-testid="assign-button">
        {t('funding.manage.assign')}
      </Button>
      {error ? <RefusalReasons error={error} /> : null}
    </form>
  );
}

/** Award (an amount in the call's currency) or reject one application; the API's domain error is shown as is. */
function Decide({ call, application, remaining, onDone }: { call: Call; application: Application; remaining: number; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const cur = call.budget.currency;
  const [amount, setAmount] = useState<number | null>(toMajor(Math.max(0, Math.min(application.requested.amount_minor, call.ceiling.amount_minor, remaining)), cur));
  const [error, setError] = useState<unknown>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const decide = (decision: 'award' | 'reject') => {
    setIsSaving(true);
    setError(undefined);
    fundingApi
      .decide(call.id, { application_id: application.id, decision, amount: decision === 'award' ? { amount_minor: toMinor(amount ?? 0, cur), currency: cur } : undefined })
      .then(onDone, setError)
      .finally(() => setIsSaving(false));
  };
  return (
    <div className="stack">
      <div className="inline-form">
        <label htmlFor={id}>{t('funding.manage.awardAmount', { currency: cur })}</label>
        <InputNumber id={id} min={0} value={amount} onChange={(v) => setAmount(v)} data-testid="award-amount" />
        <Button type="primary" loading={isSaving} onClick={() => decide('award')} data-testid="award-button">
          {t('funding.manage.award')}
        </Button>
        <Popconfirm title={t('funding.manage.rejectConfirm')} onConfirm={() => decide('reject')} okText={t('common.yes')} cancelText={t('common.no')}>
          <Button danger disabled={isSaving}>
            {t('funding.manage.reject')}
          </Button>
        </Popconfirm>
      </div>
      {error ? <RefusalReasons error={error} /> : null}
    </div>
  );
}

function ReviewList({ reviews, call }: { reviews: Review[]; call: Call }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  if (reviews.length === 0) return <span className="muted">{t('funding.manage.noReviews')}</span>;
  return (
    <ul className="reasons">
      {reviews.map((r, i) => (
        <li key={r.id}>
          {t('funding.manage.reviewLine', { n: i + 1, score: formatNumber(r.weighted_score, locale) })}{' '}
          <span className="muted">
            {r.scores.map((s) => `${call.criteria.find((c) => c.key === s.criterion_key)?.label ?? s.criterion_key} ${s.score}`).join(t('common.listSeparator'))}
          </span>
          {r.comment ? <div className="muted">{r.comment}</div> : null}
        </li>
      ))}
    </ul>
  );
}

function GrantsTable({ grants }: { grants: Grant[] }) {
  const { t } = useTranslation();
  const money = useMoney();
  const date = useDate();
  if (grants.length === 0) return <EmptyState description={t('funding.manage.noGrants')} />;
  return (
    <div className="stack" data-testid="grants">
      {grants.map((g) => (
        <div key={g.id} className="table-wrap">
          <table className="data-table">
            <caption>
              {g.title} · <OrgName id={g.recipient_organization_id} /> · {money(g.amount.amount_minor, g.amount.currency)} ({t('funding.manage.disbursed', { amount: money(g.disbursed.amount_minor, g.disbursed.currency) })})
            </caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('funding.manage.milestone')}</th>
                <th scope="col">{t('funding.apply.milestoneDue')}</th>
                <th scope="col" className="num">
                  {t('funding.manage.amount')}
                </th>
                <th scope="col">{t('funding.manage.disbursementStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {g.disbursements.map((d) => (
                <tr key={d.seq}>
                  <td>{d.seq}</td>
                  <td>{d.milestone_title}</td>
                  <td>{date(d.due_on)}</td>
                  <td className="num">{money(d.amount_minor, g.amount.currency)}</td>
                  <td>{d.status === 'released' && d.released_on ? t('funding.manage.releasedOn', { date: date(d.released_on) }) : t('funding.manage.scheduled')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}

/** /calls/:id/manage: the funder's view of a call: publish or close it, reviewers, ranking, awards, grants. */
export default function CallManagePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { locale } = useLanguage();
  const money = useMoney();
  const data = useApi((signal) => fundingApi.callApplications(id, { signal }), [id]);
  const details = useApi((signal) => fundingApi.getCall(id, { signal }), [id]);
  const grants = useApi((signal) => fundingApi.grants({ call_id: id }, { signal }), [id]);
  const [statusError, setStatusError] = useState<unknown>(undefined);
  useDocumentTitle(data.data ? t('funding.manage.title', { title: data.data.call.title }) : t('funding.manage.link'));

  if (data.error) return <ErrorState error={data.error} onRetry={data.reload} />;
  if (!data.data) return <Loading />;
  const { call, items, reviews, assignments } = data.data;
  const reload = () => {
    data.reload();
    details.reload();
    grants.reload();
  };
  const awarded = details.data?.awarded?.amount_minor ?? 0;
  const remaining = call.budget.amount_minor - awarded;
  const cur = call.budget.currency;
  const changeStatus = (action: 'publish' | 'close' | 'cancel') => {
    setStatusError(undefined);
    fundingApi.changeCallStatus(call.id, action, call.version).then(reload, setStatusError);
  };
  const reviewersOf = (a: Application): Assignment[] => assignments.filter((x) => x.application_id === a.id);

  return (
    <div>
      <p>
        <Link to={`/calls/${call.id}`}>{t('funding.manage.backToCall')}</Link>
      </p>
      <h1 className="page-title">{t('funding.manage.title', { title: call.title })}</h1>
      <div className="row-wrap" style={{ marginBottom: 12 }}>
        <CallStatusTag call={call} />
        {call.status === 'draft' ? (
          <Button type="primary" onClick={() => changeStatus('publish')} data-testid="publish-button">
            {t('funding.manage.publish')}
          </Button>
        ) : null}
        {call.status === 'published' ? <Button onClick={() => changeStatus('close')}>{t('funding.manage.close')}</Button> : null}
        {call.status === 'draft' || call.status === 'published' ? (
          <Popconfirm title={t('funding.manage.cancelConfirm')} onConfirm={() => changeStatus('cancel')} okText={t('common.yes')} cancelText={t('common.no')}>
            <Button danger>{t('funding.manage.cancelCall')}</Button>
          </Popconfirm>
        ) : null}
      </div>
      {statusError ? <RefusalReasons error={statusError} /> : null}
      <div className="kpi-cards" data-testid="budget-summary">
        <div className="stat">
          <span className="stat-label">{t('funding.call.budget')}</span>
          <span className="stat-value">
            <MoneyText money={call.budget} />
          </span>
        </div>
        <div className="stat">
          <span className="stat-label">{t('funding.call.awarded')}</span>
          <span className="stat-value">{money(awarded, cur)}</span>
        </div>
        <div className="stat">
          <span className="stat-label">{t('funding.manage.remaining')}</span>
          <span className="stat-value" data-testid="remaining">
            {money(remaining, cur)}
          </span>
        </div>
        <div className="stat">
          <span className="stat-label">{t('funding.call.ceiling')}</span>
          <span className="stat-value">
            <MoneyText money={call.ceiling} />
          </span>
        </div>
      </div>

      <section aria-labelledby="ranking-title">
        <h2 id="ranking-title" className="section-title">
          {t('funding.manage.ranking')}
        </h2>
        <p className="muted">{t('funding.manage.rankingIntro')}</p>
        {items.length === 0 ? (
          <EmptyState description={t('funding.manage.noApplications')} />
        ) : (
          <ol className="compact-list" data-testid="applications">
            {items.map((a) => (
              <li key={a.id} className="panel" data-testid="application-row">
                <div className="page-head">
                  <h3 style={{ margin: 0 }}>
                    {a.ranking?.rank ? t('funding.manage.rank', { rank: a.ranking.rank }) : t('funding.manage.unranked')} · {a.title}
                  </h3>
                  <Tag>{t(`funding.appStatus.${a.status}`, { defaultValue: a.status })}</Tag>
                </div>
                <dl className="facts">
                  <dt>{t('funding.manage.applicant')}</dt>
                  <dd>
                    <OrgName id={a.applicant_organization_id} />
                  </dd>
                  <dt>{t('funding.manage.requested')}</dt>
                  <dd>
                    <MoneyText money={a.requested} /> · {t('funding.manage.coFunding', { amount: money(a.co_funding.amount_minor, a.co_funding.currency) })}
                  </dd>
                  <dt>{t('funding.manage.score')}</dt>
                  <dd data-testid="weighted-score">
                    {a.ranking?.score !== null && a.ranking?.score !== undefined
                      ? t('funding.manage.scoreValue', { score: formatNumber(a.ranking.score, locale), count: a.ranking.review_count })
                      : t('funding.manage.noScore')}
                    {a.ranking && Object.keys(a.ranking.criterion_means).length ? (
                      <div className="muted">
                        {call.criteria
                          .filter((c) => a.ranking!.criterion_means[c.key] !== undefined)
                          .map((c) => t('funding.manage.criterionMean', { label: c.label, weight: c.weight, mean: formatNumber(a.ranking!.criterion_means[c.key]!, locale) }))
                          .join(t('common.listSeparator'))}
                      </div>
                    ) : null}
                  </dd>
                  <dt>{t('funding.manage.reviews')}</dt>
                  <dd>
                    <ReviewList reviews={reviews.filter((r) => r.application_id === a.id)} call={call} />
                    <span className="muted">{t('funding.manage.assigned', { count: reviewersOf(a).length })}</span>
                  </dd>
                </dl>
                {a.status === 'submitted' ? (
                  <div className="stack">
                    <AssignReviewer call={call} application={a} onDone={reload} />
                    <Decide call={call} application={a} remaining={remaining} onDone={reload} />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="grants-title">
        <h2 id="grants-title" className="section-title">
          {t('funding.manage.grants')}
        </h2>
        {grants.error ? <ErrorState error={grants.error} onRetry={grants.reload} /> : !grants.data ? <Loading /> : <GrantsTable grants={grants.data.items} />}
      </section>
      {call.status === 'draft' ? <Alert type="info" showIcon title={t('funding.manage.draftNote')} /> : null}
    </div>
  );
}
