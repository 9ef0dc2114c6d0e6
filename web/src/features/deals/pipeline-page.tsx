import { Button, Input, Select } from 'antd';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/endpoints';
import type { Organization } from '../../api/types';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatNumber } from '../../ui/format';
import { organizationName, pickLabel, useLabels } from '../../ui/labels';
import { isStaff, useSession } from '../../ui/session';
import { useApi, useDebounced } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { dealsApi, DEAL_STAGES, type PipelineQuery } from './api';
import { DealBoard, DealTable, StageCounts, ViewToggle } from './deal-board';
import { SignInPrompt } from './my-deals-page';
import { stageKey, viewOf } from './stages';

const STALE_CHOICES = [7, 14, 30, 60, 90] as const;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The pipeline's filters as the URL keeps them. */
export function filtersFromParams(params: URLSearchParams): PipelineQuery {
  const stages = (params.get('stage') ?? '')
    .split(',')
    .filter((s): s is (typeof DEAL_STAGES)[number] => (DEAL_STAGES as readonly string[]).includes(s));
  const stale = Number(params.get('stale'));
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    ...(stages.length ? { stage: stages } : {}),
    ...(params.get('sector') ? { sector: params.get('sector')! } : {}),
    ...(params.get('org') ? { organization_id: params.get('org')! } : {}),
    ...(Number.isInteger(stale) && stale > 0 ? { stale_days: stale } : {}),
    ...(ISO_DAY.test(from) ? { from } : {}),
    ...(ISO_DAY.test(to) ? { to } : {}),
  };
}

/** Organizations to filter by, searched as one types. */
function OrganizationFilter({ id, value, onChange }: { id: string; value: string | undefined; onChange: (v: string | undefined) => void }) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query, 250);
  const [orgs, setOrgs] = useState<Organization[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    api
      .listOrganizations({ q: settled || undefined, page_size: 30 }, { signal: controller.signal })
      .then((page) => setOrgs(page.items))
      .catch(() => undefined);
    return () => controller.abort();
  }, [settled]);
  return (
    <Select<string>
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQuery }}
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      options={orgs.map((o) => ({ value: o.id, label: organizationName(o, content) }))}
      placeholder={t('deals.filter.anyOrganization')}
      notFoundContent={t('deals.filter.noOrganizations')}
      style={{ width: '100%' }}
    />
  );
}

function Filters() {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const ids = { stage: useId(), sector: useId(), org: useId(), stale: useId(), from: useId(), to: useId() };
  const set = (key: string, value: string | undefined) => {
    const copy = new URLSearchParams(params);
    if (value) copy.set(key, value);
    else copy.delete(key);
    setParams(copy, { replace: true });
  };
  const f = filtersFromParams(params);
  const hasAny = ['stage', 'sector', 'org', 'stale', 'from', 'to'].some((k) => params.has(k));
  return (
    <fieldset className="pipeline-filters">
      <legend className="visually-hidden">{t('deals.filter.title')}</legend>
      <div>
        <label htmlFor={ids.stage}>{t('deals.filter.stage')}</label>
        <Select<string[]>
          id={ids.stage}
          mode="multiple"
          allowClear
          value={f.stage ?? []}
          onChange={(v) => set('stage', v.join(','))}
          options={DEAL_STAGES.map((s) => ({ value: s, label: t(stageKey(s)) }))}
          placeholder={t('deals.filter.anyStage')}
          style={{ width: '100%' }}
        />
      </div>
      <div>
        <label htmlFor={ids.sector}>{t('deals.filter.sector')}</label>
        <Select<string>
          id={ids.sector}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={f.sector}
          onChange={(v) => set('sector', v)}
          options={labels.sectors.map((s) => ({ value: s.code, label: pickLabel(s, content) }))}
          placeholder={t('deals.filter.anySector')}
          style={{ width: '100%' }}
        />
      </div>
      <div>
        <label htmlFor={ids.org}>{t('deals.filter.organization')}</label>
        <OrganizationFilter id={ids.org} value={f.organization_id} onChange={(v) => set('org', v)} />
      </div>
      <div>
        <label htmlFor={ids.stale}>{t('deals.filter.stale')}</label>
        <Select<number>
          id={ids.stale}
          allowClear
          value={f.stale_days}
          onChange={(v) => set('stale', v ? String(v) : undefined)}
          options={STALE_CHOICES.map((d) => ({ value: d, label: t('deals.filter.staleDays', { count: d }) }))}
          placeholder={t('deals.filter.anyAge')}
          style={{ width: '100%' }}
        />
      </div>
      <div>
        <label htmlFor={ids.from}>{t('deals.filter.from')}</label>
        <Input id={ids.from} type="date" value={f.from ?? ''} onChange={(e) => set('from', e.target.value)} />
      </div>
      <div>
        <label htmlFor={ids.to}>{t('deals.filter.to')}</label>
        <Input id={ids.to} type="date" value={f.to ?? ''} onChange={(e) => set('to', e.target.value)} />
      </div>
      {hasAny ? (
        <div className="pipeline-clear">
          <Button
            onClick={() => {
              const copy = new URLSearchParams();
              if (params.get('view')) copy.set('view', params.get('view')!);
              setParams(copy, { replace: true });
            }}
          >
            {t('deals.filter.clear')}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}

function Pipeline() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [params] = useSearchParams();
  const view = viewOf(params.get('view'));
  const query = useMemo(() => filtersFromParams(params), [params]);
  const key = JSON.stringify(query);
  const result = useApi((signal) => dealsApi.pipeline(query, { signal }), [key]);
  const data = result.data;

  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!data) body = <Loading />;
  else if (data.items.length === 0) body = <EmptyState description={t('deals.pipelineEmpty')} />;
  else if (view === 'list') {
    body = (
      <>
        <StageCounts deals={data.items} />
        <DealTable deals={data.items} showSectors />
      </>
    );
  } else body = <DealBoard deals={data.items} />;

  return (
    <>
      <Filters />
      <div className="deal-toolbar">
        <p className="muted grow" style={{ margin: 0 }} data-testid="deal-total" aria-live="polite">
          {data ? t('deals.total', { count: data.total, formatted: formatNumber(data.total, locale) }) : null}
        </p>
        <ViewToggle />
      </div>
      {body}
    </>
  );
}

/** /pipeline: every deal for brokers and administrators, with filters, as a board or a table. */
export default function PipelinePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  useDocumentTitle(t('deals.pipelineTitle'));
  let body;
  if (me === undefined) body = <Loading />;
  else if (me === null) body = <SignInPrompt />;
  else if (!isStaff(me)) body = <EmptyState description={t('deals.staffOnly')} />;
  else body = <Pipeline />;
  return (
    <>
      <h1 className="page-title">{t('deals.pipelineTitle')}</h1>
      {body}
    </>
  );
}
