import { Segmented, Select, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { Chart, type ChartOption } from '../../ui/chart';
import { organizationName, pickLabel, useTaxonomy } from '../../ui/labels';
import { useApi, useDebounced } from '../../ui/use-api';
import { csvUrl, GRAINS, insightApi, type FunnelStage, type Grain, type Kpi, type KpiQuery, type KpiResponse } from './api';
import { toCsv } from './csv';
import { Field, FigurePanel, isDenied, StaffNotice, StaffOnly, useBilingual, useFormat } from './parts';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type ChartKind = 'line' | 'bar';

export const DEFAULT_KPIS = ['listings_published', 'eois', 'ndas', 'agreements', 'registered_contracts'];

/** A KPI value in the unit the API gives: money in minor units becomes whole currency units. */
export function chartValue(kpi: Pick<Kpi, 'unit'>, value: number | null): number | null {
  if (value === null) return null;
  return kpi.unit === 'cny_minor' || kpi.unit === 'usd_minor' ? value / 100 : value;
}

/** Windows: the last 12 months (the API's default), this year, last year, the last two years. */
export function kpiWindows(now = new Date()): string[] {
  const year = now.getFullYear();
  return ['', String(year), String(year - 1), `${year - 1}..${year}`];
}

export function kpiSeriesOption(data: KpiResponse, codes: string[], kind: ChartKind, label: (k: Kpi) => string): ChartOption {
  const chosen = codes.map((c) => data.kpis.find((k) => k.code === c)).filter((k): k is Kpi => !!k && k.kind === 'flow');
  const units = [...new Set(chosen.map((k) => k.unit))];
  return {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.periods },
    yAxis: units.slice(0, 2).map((u) => ({ type: 'value', name: u === 'count' ? '' : u.replace('_minor', '').toUpperCase() })),
    series: chosen.map((k) => ({
      name: label(k),
      type: kind,
      yAxisIndex: Math.min(units.indexOf(k.unit), 1),
      data: data.periods.map((p) => chartValue(k, k.series.find((s) => s.period === p)?.value ?? null)),
    })),
  };
}

export function funnelOption(stages: FunnelStage[], label: (s: FunnelStage) => string, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        name: t('insight.kpis.funnelTitle'),
        type: 'funnel',
        sort: 'none',
        left: '10%',
        width: '80%',
        min: 0,
        max: Math.max(1, ...stages.map((s) => s.deals)),
        label: { show: true, position: 'inside', formatter: '{b}: {c}' },
        data: stages.map((s) => ({ name: label(s), value: s.deals })),
      },
    ],
  };
}

export default function KpisTab() {
  return (
    <StaffOnly>
      <Kpis />
    </StaffOnly>
  );
}

function Kpis() {
  const { t } = useTranslation();
  const { content, ui } = useLanguage();
  const label = useBilingual();
  const f = useFormat();
  const sectors = useTaxonomy('sectors');
  const [period, setPeriod] = useState('');
  const [grain, setGrain] = useState<Grain>('month');
  const [orgs, setOrgs] = useState<string[]>([]);
  const [sectorFilter, setSectorFilter] = useState<string[]>([]);
  const [codes, setCodes] = useState<string[]>(DEFAULT_KPIS);
  const [kind, setKind] = useState<ChartKind>('line');
  const [orgText, setOrgText] = useState('');
  const orgQuery = useDebounced(orgText, 300);
  const orgOptions = useApi((signal) => api.listOrganizations({ q: orgQuery || undefined, page_size: 20 }, { signal }), [orgQuery]);
  const [orgNames, setOrgNames] = useState<Record<string, string>>({});

  const query: KpiQuery = { ...(period ? { period } : {}), interval: grain, ...(orgs.length ? { organization_id: orgs } : {}), ...(sectorFilter.length ? { sector: sectorFilter } : {}) };
  const result = useApi((signal) => insightApi.kpis({ ...query, locale: content }, { signal }), [period, grain, orgs.join(), sectorFilter.join(), content]);
  const data = result.data;
  const kpiLabel = (k: Kpi) => label(k);
  const series = useMemo(() => (data ? kpiSeriesOption(data, codes, kind, kpiLabel) : null), [data, codes.join(), kind, ui]);
  const funnel = useMemo(() => (data ? funnelOption(data.funnel, (s) => label(s), t) : null), [data, ui]);

  const display = (k: Pick<Kpi, 'unit'>, v: number | null) => {
    if (k.unit === 'cny_minor') return f.money(v, 'CNY');
    if (k.unit === 'usd_minor') return f.money(v, 'USD');
    if (k.unit === 'days') return v === null ? '–' : t('insight.kpis.days', { days: f.n(v, 1) });
    if (k.unit === 'ratio') return f.pct(v);
    return f.n(v);
  };

  const filters = (
    <div className="insight-filters">
      <Field label={t('insight.kpis.window')}>
        {(id) => (
          <Select<string>
            id={id}
            value={period}
            onChange={setPeriod}
            options={kpiWindows().map((p) => ({ value: p, label: p ? p : t('insight.kpis.last12') }))}
            style={{ minWidth: 180 }}
          />
        )}
      </Field>
      <Field label={t('insight.kpis.grain')}>
        {(id) => (
          <Select<Grain> id={id} value={grain} onChange={setGrain} options={GRAINS.map((g) => ({ value: g, label: t(`insight.kpis.grains.${g}`) }))} style={{ minWidth: 140 }} />
        )}
      </Field>
      <Field label={t('insight.kpis.organization')}>
        {(id) => (
          <Select<string[]>
            id={id}
            mode="multiple"
            allowClear
            showSearch={{ filterOption: false, onSearch: setOrgText }}
            value={orgs}
            placeholder={t('insight.kpis.allOrganizations')}
            onChange={(ids) => setOrgs(ids)}
            options={[
              ...orgs.filter((id) => !(orgOptions.data?.items ?? []).some((o) => o.id === id)).map((id) => ({ value: id, label: orgNames[id] ?? id })),
              ...(orgOptions.data?.items ?? []).map((o) => ({ value: o.id, label: organizationName(o, content) })),
            ]}
            onSelect={(id: string) => {
              const o = orgOptions.data?.items.find((x) => x.id === id);
              if (o) setOrgNames((m) => ({ ...m, [id]: organizationName(o, content) }));
            }}
            style={{ minWidth: 220 }}
          />
        )}
      </Field>
      <Field label={t('insight.kpis.sector')}>
        {(id) => (
          <Select<string[]>
            id={id}
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={sectorFilter}
            placeholder={t('insight.kpis.allSectors')}
            onChange={setSectorFilter}
            options={(sectors ?? []).map((s) => ({ value: s.code, label: pickLabel(s, content) }))}
            style={{ minWidth: 220 }}
          />
        )}
      </Field>
    </div>
  );

  let body;
  if (result.error) body = isDenied(result.error) ? <StaffNotice signedIn /> : <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!data) body = <Loading />;
  else if (data.kpis.length === 0) body = <EmptyState description={t('insight.kpis.empty')} />;
  else {
    const flowKpis = data.kpis.filter((k) => k.kind === 'flow');
    const kpiByCode = new Map(data.kpis.map((k) => [k.code, k]));
    body = (
      <>
        <ul className="insight-headline" data-testid="kpi-headline" aria-label={t('insight.kpis.headline', { period: data.period })}>
          {data.kpis.map((k) => (
            <li key={k.code} className="stat" title={k.definition} data-kpi={k.code}>
              <span className="stat-value">{display(k, k.total)}</span>
              <span className="stat-label">{label(k)}</span>
              {k.kind === 'snapshot' ? <span className="muted insight-small">{t('insight.kpis.snapshot')}</span> : null}
            </li>
          ))}
        </ul>
        <FigurePanel
          testId="kpi-series"
          title={t('insight.kpis.seriesTitle', { period: data.period })}
          csvHref={csvUrl('/api/insight/kpis', { ...query, locale: content })}
          note={
            <div className="insight-filters">
              <Field label={t('insight.kpis.choose')}>
                {(id) => (
                  <Select<string[]>
                    id={id}
                    mode="multiple"
                    value={codes}
                    onChange={setCodes}
                    options={flowKpis.map((k) => ({ value: k.code, label: label(k) }))}
                    style={{ minWidth: 260, maxWidth: '100%' }}
                  />
                )}
              </Field>
              <Field label={t('insight.kpis.chartKind')}>
                {(id) => (
                  <Segmented<ChartKind>
                    id={id}
                    value={kind}
                    onChange={setKind}
                    options={[
                      { value: 'line', label: t('insight.kpis.line') },
                      { value: 'bar', label: t('insight.kpis.bar') },
                    ]}
                  />
                )}
              </Field>
            </div>
          }
          chart={() => (series && codes.length ? <Chart testId="kpi-chart" option={series} label={t('insight.kpis.seriesTitle', { period: data.period })} height={340} /> : <EmptyState description={t('insight.kpis.chooseOne')} />)}
          table={() => (
            <Table<Kpi>
              data-testid="kpi-table"
              size="small"
              rowKey="code"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={flowKpis}
              columns={[
                { title: t('insight.kpis.kpi'), key: 'kpi', fixed: 'left' as const, render: (_: unknown, k: Kpi) => label(k) },
                ...data.periods.map((p) => ({
                  title: p,
                  key: p,
                  align: 'right' as const,
                  render: (_: unknown, k: Kpi) => display(k, k.series.find((s) => s.period === p)?.value ?? null),
                })),
                { title: t('insight.kpis.total'), key: 'total', align: 'right' as const, render: (_: unknown, k: Kpi) => display(k, k.total) },
              ]}
            />
          )}
        />
        <FigurePanel
          testId="kpi-funnel"
          title={t('insight.kpis.funnelTitle')}
          note={t('insight.kpis.funnelHint', {
            suggested: f.n(kpiByCode.get('matches_suggested')?.total ?? 0),
            actedOn: f.n(kpiByCode.get('matches_acted_on')?.total ?? 0),
          })}
          onCsv={() => ({
            filename: `kpi-funnel-${data.period}.csv`,
            csv: toCsv(
              ['stage', 'label_en', 'label_zh', 'deals', 'from_previous', 'from_start'],
              data.funnel.map((s) => [s.stage, s.label_en, s.label_zh, s.deals, s.from_previous, s.from_start]),
            ),
          })}
          chart={() => (funnel ? <Chart testId="funnel-chart" option={funnel} label={t('insight.kpis.funnelTitle')} height={320} /> : null)}
          table={() => (
            <Table<FunnelStage>
              data-testid="funnel-table"
              size="small"
              rowKey="stage"
              pagination={false}
              dataSource={data.funnel}
              columns={[
                { title: t('insight.kpis.stage'), key: 'stage', render: (_: unknown, s: FunnelStage) => label(s) },
                { title: t('insight.kpis.deals'), dataIndex: 'deals', key: 'deals', align: 'right' as const, render: (v: number) => f.n(v) },
                { title: t('insight.kpis.fromPrevious'), dataIndex: 'from_previous', key: 'prev', align: 'right' as const, render: (v: number | null) => f.pct(v) },
                { title: t('insight.kpis.fromStart'), dataIndex: 'from_start', key: 'start', align: 'right' as const, render: (v: number | null) => f.pct(v) },
              ]}
            />
          )}
        />
        <p className="muted insight-note">{t('insight.kpis.asOf', { date: new Date(data.as_of).toLocaleString(f.locale) })}</p>
      </>
    );
  }

  return (
    <div className="stack">
      <p className="muted">{t('insight.kpis.intro')}</p>
      {filters}
      {body}
    </div>
  );
}
