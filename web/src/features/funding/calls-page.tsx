import { Select, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { useLabels } from '../../ui/labels';
import { useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { CALL_STATUSES, fundingApi, INSTRUMENTS, type Call } from './api';
import { CallStatusTag, MoneyText, TrlWindow, useDate } from './parts';
import { SuggestedCalls } from './suggestions';

function CallCard({ call }: { call: Call }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const date = useDate();
  return (
    <li className="listing-card" data-testid="call-card">
      <h2>
        <Link to={`/calls/${call.id}`}>{call.title}</Link>
      </h2>
      <div className="row-wrap">
        <CallStatusTag call={call} />
        <Tag>{t(`funding.instrument.${call.instrument}`, { defaultValue: call.instrument })}</Tag>
      </div>
      {call.theme ? <p className="summary">{call.theme}</p> : null}
      <div className="meta">
        <span>
          {t('funding.call.budget')}: <MoneyText money={call.budget} />
        </span>
        <span>
          {t('funding.call.ceiling')}: <MoneyText money={call.ceiling} />
        </span>
        <span>
          <TrlWindow call={call} />
        </span>
        <span>{t('funding.call.window', { opens: date(call.opens_on), closes: date(call.closes_on) })}</span>
      </div>
      {call.sectors.length ? <div className="meta">{call.sectors.map((s) => labels.sector(s)).join(t('common.listSeparator'))}</div> : null}
    </li>
  );
}

/** /calls: funders' calls with filters on sector, instrument and status (kept in the URL). */
export default function CallsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const sector = params.get('sector') ?? undefined;
  const instrument = params.get('instrument') ?? undefined;
  const status = params.get('status') ?? undefined;
  useDocumentTitle(t('funding.calls.title'));

  const update = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const result = useApi((signal) => fundingApi.listCalls({ status: status && status !== 'open' ? [status] : undefined }, { signal }), [status]);
  const calls = useMemo(
    () =>
      (result.data?.items ?? []).filter(
        (c) => (!sector || c.sectors.includes(sector)) && (!instrument || c.instrument === instrument) && (status !== 'open' || c.is_open),
      ),
    [result.data, sector, instrument, status],
  );
  const isFunder = !!me && me.roles.includes('funder');

  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (calls.length === 0) body = <EmptyState description={t('funding.calls.none')} />;
  else
    body = (
      <ul className="call-grid" aria-label={t('funding.calls.listLabel')}>
        {calls.map((c) => (
          <CallCard key={c.id} call={c} />
        ))}
      </ul>
    );

  return (
    <div>
      <div className="page-head">
        <h1 className="page-title">{t('funding.calls.title')}</h1>
        <div className="row-wrap">
          {me ? <Link to="/reviews">{t('funding.calls.myReviews')}</Link> : null}
          {isFunder ? (
            <Link className="button-link" to="/calls/new">
              {t('funding.calls.create')}
            </Link>
          ) : null}
        </div>
      </div>
      <p>{t('funding.calls.intro')}</p>
      <div className="search-bar" role="search" aria-label={t('funding.calls.filters')}>
        <Select
          aria-label={t('funding.calls.sectorFilter')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('funding.calls.sectorFilter')}
          style={{ minWidth: 200 }}
          value={sector}
          onChange={(v?: string) => update('sector', v)}
          options={labels.sectors.map((s) => ({ value: s.code, label: labels.sector(s.code) }))}
        />
        <Select
          aria-label={t('funding.calls.instrumentFilter')}
          allowClear
          placeholder={t('funding.calls.instrumentFilter')}
          style={{ minWidth: 160 }}
          value={instrument}
          onChange={(v?: string) => update('instrument', v)}
          options={INSTRUMENTS.map((i) => ({ value: i, label: t(`funding.instrument.${i}`) }))}
        />
        <Select
          aria-label={t('funding.calls.statusFilter')}
          allowClear
          placeholder={t('funding.calls.statusFilter')}
          style={{ minWidth: 160 }}
          value={status}
          onChange={(v?: string) => update('status', v)}
          options={['open', ...CALL_STATUSES.filter((s) => isFunder || s === 'published' || s === 'closed')].map((s) => ({ value: s, label: t(`funding.status.${s}`) }))}
        />
      </div>
      <p role="status" aria-live="polite" className="muted" data-testid="call-count">
        {result.data ? t('funding.calls.count', { count: calls.length }) : ''}
      </p>
      {body}
      <SuggestedCalls />
    </div>
  );
}
