import { Select, Switch, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { Chart, type ChartOption } from '../../ui/chart';
import { useLabels } from '../../ui/labels';
import { useApi } from '../../ui/use-api';
import { csvUrl, FLOW_MEASURES, insightApi, type FlowMeasure, type FlowQuery, type FlowResponse, type FlowRow } from './api';
import { Field, FigurePanel, isDenied, periodPresets, StaffNotice, StaffOnly, useBilingual, useFormat } from './parts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Links of the diagram: one per seller and buyer, summed over flow classes; zero links left out. */
export function sankeyLinks(data: FlowResponse): { source: string; target: string; value: number }[] {
  const sum = new Map<string, number>();
  for (const l of data.sankey.links) {
    const key = `${l.source}\u0000${l.target}`;
    sum.set(key, (sum.get(key) ?? 0) + l.value);
  }
  return [...sum]
    .filter(([, v]) => v > 0)
    .map(([key, value]) => {
      const [source = '', target = ''] = key.split('\u0000');
      return { source, target, value };
    });
}

export function sankeyOption(data: FlowResponse, measure: FlowMeasure, label: (n: { label_en: string; label_zh: string }) => string, t: Translate): ChartOption {
  const links = sankeyLinks(data);
  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  const value = (v: number) => (measure === 'registered_value_cny_minor' ? Math.round(v / 100) : v);
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'sankey',
        name: t(`insight.flows.measure.${measure}`),
        left: 8,
        right: 16,
        nodeGap: 12,
        emphasis: { focus: 'adjacency' },
        data: data.sankey.nodes
          .filter((n) => used.has(n.id))
          .map((n) => ({
            name: n.id,
            // Buyers' labels inside the diagram, so they are not cut at the right edge on a phone.
            label: { position: n.side === 'seller' ? 'right' : 'left', formatter: `${label(n)} (${t(n.side === 'seller' ? 'insight.flows.seller' : 'insight.flows.buyer')})` },
          })),
        links: links.map((l) => ({ ...l, value: value(l.value) })),
        lineStyle: { color: 'gradient', curveness: 0.5 },
      },
    ],
  };
}

export function classBarsOption(data: FlowResponse, measure: FlowMeasure, label: (n: { label_en: string; label_zh: string }) => string, t: Translate): ChartOption {
  const money = measure === 'registered_value_cny_minor';
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: data.totals.map((c) => label({ label_en: c.flow_label_en, label_zh: c.flow_label_zh })), axisLabel: { width: 150, overflow: 'truncate' } },
    series: [
      {
        name: t(`insight.flows.measure.${measure}`),
        type: 'bar',
        itemStyle: { color: '#0b57d0' },
        data: data.totals.map((c) => (money ? Math.round(c.registered_value_cny_minor / 100) : c[measure])),
      },
    ],
  };
}

export default function FlowsTab() {
  return (
    <StaffOnly>
      <Flows />
    </StaffOnly>
  );
}

function Flows() {
  const { t } = useTranslation();
  const label = useBilingual();
  const labels = useLabels();
  const f = useFormat();
  const { ui } = useLanguage();
  const [period, setPeriod] = useState('');
  const [measure, setMeasure] = useState<FlowMeasure>('deals');
  const [bySector, setBySector] = useState(false);
  const presets = useMemo(() => periodPresets(), []);
  const query: FlowQuery = { ...(period ? { period } : {}), measure, ...(bySector ? { by_sector: true } : {}) };
  const result = useApi((signal) => insightApi.flows(query, { signal }), [period, measure, bySector]);
  const data = result.data;
  const sankey = useMemo(() => (data ? sankeyOption(data, measure, label, t) : null), [data, measure, label, t, ui]);
  const bars = useMemo(() => (data ? classBarsOption(data, measure, label, t) : null), [data, measure, label, t, ui]);

  const flowLabel = (r: { flow_label_en: string; flow_label_zh: string }) => label({ label_en: r.flow_label_en, label_zh: r.flow_label_zh });
  const measureColumns = [
    { title: t('insight.flows.measure.deals'), dataIndex: 'deals', key: 'deals', align: 'right' as const, render: (v: number) => f.n(v) },
    { title: t('insight.flows.measure.agreements'), dataIndex: 'agreements', key: 'agreements', align: 'right' as const, render: (v: number) => f.n(v) },
    { title: t('insight.flows.measure.registered'), dataIndex: 'registered', key: 'registered', align: 'right' as const, render: (v: number) => f.n(v) },
    { title: t('insight.flows.valueCny'), dataIndex: 'registered_value_cny_minor', key: 'cny', align: 'right' as const, render: (v: number) => f.money(v, 'CNY') },
    { title: t('insight.flows.valueUsd'), dataIndex: 'registered_value_usd_minor', key: 'usd', align: 'right' as const, render: (v: number) => f.money(v, 'USD') },
    { title: t('insight.flows.unconverted'), dataIndex: 'unconverted', key: 'unconverted', align: 'right' as const, render: (v: number) => f.n(v) },
  ];

  let body;
  if (result.error) body = isDenied(result.error) ? <StaffNotice signedIn /> : <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!data) body = <Loading />;
  else if (data.rows.length === 0) body = <EmptyState description={t('insight.flows.empty')} />;
  else
    body = (
      <>
        <FigurePanel
          testId="flows-sankey"
          title={t('insight.flows.sankeyTitle')}
          note={t('insight.flows.sankeyHint', { home: label(data.home) })}
          csvHref={csvUrl('/api/insight/flows', query)}
          chart={() => (sankey ? <Chart testId="flows-chart" option={sankey} label={t('insight.flows.sankeyTitle')} height={380} /> : null)}
          table={() => (
            <Table<FlowRow>
              data-testid="flows-table"
              size="small"
              rowKey={(r) => `${r.flow}|${r.seller_country}|${r.buyer_country}|${r.sector ?? ''}`}
              dataSource={data.rows}
              pagination={data.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('insight.flows.class'), key: 'flow', render: (_: unknown, r: FlowRow) => flowLabel(r) },
                { title: t('insight.flows.seller'), key: 'seller', render: (_: unknown, r: FlowRow) => labels.country(r.seller_country) },
                { title: t('insight.flows.buyer'), key: 'buyer', render: (_: unknown, r: FlowRow) => labels.country(r.buyer_country) },
                ...(bySector ? [{ title: t('insight.balance.sector'), key: 'sector', render: (_: unknown, r: FlowRow) => (r.sector ? labels.sector(r.sector) : '') }] : []),
                ...measureColumns,
              ]}
            />
          )}
        />
        <FigurePanel
          testId="flows-classes"
          title={t('insight.flows.classesTitle')}
          chart={() => (bars ? <Chart testId="flows-bars" option={bars} label={t('insight.flows.classesTitle')} height={300} /> : null)}
          table={() => (
            <Table
              data-testid="flows-class-table"
              size="small"
              rowKey="flow"
              dataSource={data.totals}
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={[{ title: t('insight.flows.class'), key: 'flow', render: (_: unknown, r: FlowResponse['totals'][number]) => flowLabel(r) }, ...measureColumns]}
            />
          )}
          csvHref={csvUrl('/api/insight/flows', query)}
        />
        <p className="muted insight-note">{t('insight.flows.moneyNote')}</p>
      </>
    );

  return (
    <div className="stack">
      <p className="muted">{t('insight.flows.intro')}</p>
      <div className="insight-filters">
        <Field label={t('insight.period.label')}>
          {(id) => (
            <Select<string>
              id={id}
              value={period}
              onChange={setPeriod}
              options={[{ value: '', label: t('insight.period.all') }, ...presets.map((p) => ({ value: p, label: p }))]}
              style={{ minWidth: 160 }}
            />
          )}
        </Field>
        <Field label={t('insight.flows.measureLabel')}>
          {(id) => (
            <Select<FlowMeasure>
              id={id}
              value={measure}
              onChange={setMeasure}
              options={FLOW_MEASURES.map((m) => ({ value: m, label: t(`insight.flows.measure.${m}`) }))}
              style={{ minWidth: 200 }}
            />
          )}
        </Field>
        <Field label={t('insight.flows.bySector')}>{(id) => <Switch id={id} checked={bySector} onChange={setBySector} />}</Field>
      </div>
      {body}
    </div>
  );
}
