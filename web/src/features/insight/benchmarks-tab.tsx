import { Select, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { Chart, type ChartOption } from '../../ui/chart';
import { useApi } from '../../ui/use-api';
import { csvUrl, insightApi, type Comparison, type IndicatorCatalogue, type IndicatorValue } from './api';
import { Field, FigurePanel, useBilingual, useFormat } from './parts';

export const HOME_REGION = 'CN-GD-SZ';
export const DEFAULT_PEERS = ['DE', 'US', 'KR', 'SG'];
export const DEFAULT_INDICATOR = 'rd_intensity_pct';

type Labeller = (item: { label_en: string; label_zh: string }) => string;

/** One line per region over the years the store holds. */
export function indicatorLineOption(values: IndicatorValue[], regions: string[], label: Labeller, unit: string): ChartOption {
  const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
  return {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', name: unit, scale: true },
    series: regions
      .map((region) => values.filter((v) => v.region === region))
      .filter((points) => points.length > 0)
      .map((points) => ({
        name: label({ label_en: points[0]!.region_label_en, label_zh: points[0]!.region_label_zh }),
        type: 'line',
        connectNulls: false,
        data: years.map((y) => points.find((p) => p.year === y)?.value ?? null),
      })),
  };
}

export function normalizedOption(latest: Comparison['indicators'][number]['latest'], label: Labeller): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', inverse: true, data: latest.map((l) => label(l)) },
    series: [{ type: 'bar', itemStyle: { color: '#0b57d0' }, data: latest.map((l) => l.normalized) }],
  };
}

export default function BenchmarksTab() {
  const { t } = useTranslation();
  const catalogue = useApi((signal) => insightApi.catalogue({ signal }), []);
  if (catalogue.error) return <ErrorState error={catalogue.error} onRetry={catalogue.reload} />;
  if (!catalogue.data) return <Loading />;
  const held = catalogue.data.indicators.filter((i) => i.regions > 0);
  if (held.length === 0 || catalogue.data.regions.length === 0) return <EmptyState description={t('insight.benchmarks.empty')} />;
  return <Benchmarks catalogue={catalogue.data} />;
}

function Benchmarks({ catalogue }: { catalogue: IndicatorCatalogue }) {
  const { t } = useTranslation();
  const { ui } = useLanguage();
  const label = useBilingual();
  const f = useFormat();
  const held = catalogue.indicators.filter((i) => i.regions > 0);
  const regionCodes = catalogue.regions.map((r) => r.region);
  const [region, setRegion] = useState(regionCodes.includes(HOME_REGION) ? HOME_REGION : regionCodes[0]!);
  const [peers, setPeers] = useState<string[]>(DEFAULT_PEERS.filter((p) => regionCodes.includes(p)));
  const [indicator, setIndicator] = useState(held.some((i) => i.code === DEFAULT_INDICATOR) ? DEFAULT_INDICATOR : held[0]!.code);
  const regions = [region, ...peers.filter((p) => p !== region)];
  const def = held.find((i) => i.code === indicator);

  const values = useApi((signal) => insightApi.indicators({ region: regions, indicator: [indicator] }, { signal }), [regions.join(), indicator]);
  const compare = useApi((signal) => insightApi.compare({ region, peers: peers.filter((p) => p !== region), indicator: [indicator] }, { signal }), [regions.join(), indicator]);
  const items = values.data?.items ?? [];
  const unit = def?.unit ?? items[0]?.unit ?? '';
  const line = useMemo(() => indicatorLineOption(items, regions, label, unit), [values.data, regions.join(), ui, unit]);
  const latest = compare.data?.indicators[0]?.latest ?? [];
  const bars = useMemo(() => normalizedOption(latest, label), [compare.data, ui]);
  const sources = [...new Set(items.map((v) => v.source))];
  const notes = [...new Set(items.map((v) => v.note).filter((n): n is string => !!n))];
  const regionOptions = catalogue.regions.map((r) => ({ value: r.region, label: label(r) }));
  const indicatorQuery = { region: regions, indicator: [indicator] };

  let body;
  if (values.error) body = <ErrorState error={values.error} onRetry={values.reload} />;
  else if (!values.data) body = <Loading />;
  else if (items.length === 0) body = <EmptyState description={t('insight.benchmarks.noValues')} />;
  else
    body = (
      <>
        <FigurePanel
          testId="benchmark-series"
          title={t('insight.benchmarks.seriesTitle', { indicator: def ? label(def) : indicator, unit })}
          csvHref={csvUrl('/api/indicators', indicatorQuery)}
          note={
            <div className="insight-sources" data-testid="benchmark-sources">
              <p>
                <strong>{t('insight.benchmarks.sources')}</strong> {sources.join(' · ')}
              </p>
              {notes.length ? (
                <p>
                  <strong>{t('insight.benchmarks.notes')}</strong> {notes.join(' · ')}
                </p>
              ) : null}
            </div>
          }
          chart={() => <Chart testId="benchmark-chart" option={line} label={t('insight.benchmarks.seriesTitle', { indicator: def ? label(def) : indicator, unit })} height={340} />}
          table={() => (
            <Table<IndicatorValue>
              data-testid="benchmark-table"
              size="small"
              rowKey={(v) => `${v.region}|${v.year}`}
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={[...items].sort((a, b) => regions.indexOf(a.region) - regions.indexOf(b.region) || a.year - b.year)}
              columns={[
                { title: t('insight.benchmarks.region'), key: 'region', render: (_: unknown, v: IndicatorValue) => label({ label_en: v.region_label_en, label_zh: v.region_label_zh }) },
                { title: t('insight.benchmarks.year'), dataIndex: 'year', key: 'year' },
                { title: t('insight.benchmarks.value'), dataIndex: 'value', key: 'value', align: 'right' as const, render: (v: number) => f.n(v, 2) },
                { title: t('insight.benchmarks.unit'), dataIndex: 'unit', key: 'unit' },
                {
                  title: t('insight.benchmarks.source'),
                  key: 'source',
                  render: (_: unknown, v: IndicatorValue) =>
                    v.source_url ? (
                      <a href={v.source_url} target="_blank" rel="noreferrer">
                        {v.source}
                      </a>
                    ) : (
                      v.source
                    ),
                },
                { title: t('insight.benchmarks.note'), dataIndex: 'note', key: 'note' },
              ]}
            />
          )}
        />
        {compare.error ? (
          <ErrorState error={compare.error} onRetry={compare.reload} />
        ) : latest.length ? (
          <FigurePanel
            testId="benchmark-latest"
            title={t('insight.benchmarks.latestTitle')}
            note={t('insight.benchmarks.latestHint')}
            csvHref={csvUrl('/api/indicators/compare', { region, peers: peers.filter((p) => p !== region), indicator: [indicator] })}
            chart={() => <Chart testId="benchmark-latest-chart" option={bars} label={t('insight.benchmarks.latestTitle')} height={Math.max(180, latest.length * 36 + 40)} />}
            table={() => (
              <Table
                data-testid="benchmark-latest-table"
                size="small"
                rowKey="region"
                pagination={false}
                dataSource={latest}
                columns={[
                  { title: t('insight.benchmarks.region'), key: 'region', render: (_: unknown, l: (typeof latest)[number]) => label(l) },
                  { title: t('insight.benchmarks.year'), dataIndex: 'year', key: 'year' },
                  { title: t('insight.benchmarks.value'), dataIndex: 'value', key: 'value', align: 'right' as const, render: (v: number | null) => f.n(v, 2) },
                  { title: t('insight.benchmarks.normalized'), dataIndex: 'normalized', key: 'normalized', align: 'right' as const, render: (v: number | null) => f.n(v, 1) },
                ]}
              />
            )}
          />
        ) : null}
      </>
    );

  return (
    <div className="stack">
      <p className="muted">{t('insight.benchmarks.intro')}</p>
      <div className="insight-filters">
        <Field label={t('insight.benchmarks.indicator')}>
          {(id) => <Select<string> id={id} value={indicator} onChange={setIndicator} options={held.map((i) => ({ value: i.code, label: label(i) }))} style={{ minWidth: 260, maxWidth: '100%' }} />}
        </Field>
        <Field label={t('insight.benchmarks.regionLabel')}>
          {(id) => <Select<string> id={id} value={region} onChange={setRegion} options={regionOptions} style={{ minWidth: 200 }} />}
        </Field>
        <Field label={t('insight.benchmarks.peers')}>
          {(id) => (
            <Select<string[]>
              id={id}
              mode="multiple"
              value={peers}
              onChange={setPeers}
              options={regionOptions.filter((o) => o.value !== region)}
              style={{ minWidth: 260, maxWidth: '100%' }}
            />
          )}
        </Field>
      </div>
      {body}
    </div>
  );
}
