import { Button, Segmented, Select, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Listing } from '../../api/types';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { Chart, type ChartOption } from '../../ui/chart';
import { useSession, isStaff } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { HTML_LANG, textForViewer } from '../listings/listing-text';
import { csvUrl, insightApi, type BalanceQuery, type BalanceRow, type GapRow } from './api';
import { Field, FigurePanel, periodPresets, useBilingual, useFormat } from './parts';

type Split = 'none' | 'country' | 'region';
type Group = 'industry' | 'wipo';

export const GAP_COLOR = '#b42318';
export const OFFER_COLOR = '#0b57d0';
export const REQUEST_COLOR = '#b45309';

/** Demand with no supply at all, or supply nobody asks for. */
export function gapKind(row: { offers: number; requests: number }): 'demand' | 'supply' | null {
  if (row.requests > 0 && row.offers === 0) return 'demand';
  if (row.offers > 0 && row.requests === 0) return 'supply';
  return null;
}

const inGroup = (group: Group) => (key: string) => (group === 'wipo' ? key.startsWith('wipo-') : !key.startsWith('wipo-'));

/** Rows with most unmet demand first. */
export function byDemandFirst(a: BalanceRow, b: BalanceRow): number {
  return b.requests - b.offers - (a.requests - a.offers) || b.requests - a.requests || a.key.localeCompare(b.key);
}

export default function BalanceTab() {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const { me } = useSession();
  const [split, setSplit] = useState<Split>('none');
  const [group, setGroup] = useState<Group>('industry');
  const [period, setPeriod] = useState<string>('');
  const [selected, setSelected] = useState<string | null>(null);
  const by = split === 'none' ? 'sector' : `sector,${split}`;
  const query: BalanceQuery = { by, ...(period ? { period } : {}), ...(split === 'region' ? { region_level: 'province' as const } : {}) };
  const result = useApi((signal) => insightApi.balance({ ...query, locale: content }, { signal }), [by, period, content]);
  const rows = useMemo(() => (result.data?.rows ?? []).filter((r) => inGroup(group)(r.keys[0] ?? r.key)).sort(byDemandFirst), [result.data, group]);
  const presets = useMemo(() => periodPresets(), []);

  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (rows.length === 0) body = <EmptyState description={t('insight.balance.empty')} />;
  else
    body = (
      <>
        <BalanceFigure rows={rows} split={split} csvHref={csvUrl('/api/insight/balance', query)} onSelect={setSelected} />
        <p className="muted insight-note" data-testid="balance-totals">
          {t('insight.balance.totals', { offers: result.data.totals.offers, requests: result.data.totals.requests })}{' '}
          {t(result.data.coverage_method === 'engine' ? 'insight.balance.coverageEngine' : 'insight.balance.coverageOverlap')}{' '}
          {t('insight.balance.formula')}
        </p>
      </>
    );

  const selectedRow = selected ? (result.data?.rows ?? []).find((r) => r.key === selected && r.keys.length === 1) : undefined;

  return (
    <div className="stack">
      <p className="muted">{t('insight.balance.intro')}</p>
      <div className="insight-filters">
        <Field label={t('insight.balance.split')}>
          {(id) => (
            <Select<Split>
              id={id}
              value={split}
              onChange={(v) => setSplit(v)}
              options={(['none', 'country', 'region'] as const).map((v) => ({ value: v, label: t(`insight.balance.splitBy.${v}`) }))}
              style={{ minWidth: 180 }}
            />
          )}
        </Field>
        <Field label={t('insight.balance.group')}>
          {(id) => (
            <Select<Group>
              id={id}
              value={group}
              onChange={(v) => setGroup(v)}
              options={[
                { value: 'industry', label: t('insight.balance.groupIndustry') },
                { value: 'wipo', label: t('insight.balance.groupWipo') },
              ]}
              style={{ minWidth: 200 }}
            />
          )}
        </Field>
        <Field label={t('insight.period.label')}>
          {(id) => (
            <Select<string>
              id={id}
              value={period}
              onChange={(v) => setPeriod(v)}
              options={[{ value: '', label: t('insight.period.all') }, ...presets.map((p) => ({ value: p, label: p }))]}
              style={{ minWidth: 160 }}
            />
          )}
        </Field>
      </div>
      {body}
      {split === 'none' && selected ? (
        <SectorDrillDown sector={selected} row={selectedRow} onClose={() => setSelected(null)} />
      ) : null}
      {isStaff(me) ? <GapList period={period} /> : null}
    </div>
  );
}

function BalanceFigure({ rows, split, csvHref, onSelect }: { rows: BalanceRow[]; split: Split; csvHref: string; onSelect: (key: string) => void }) {
  const { t } = useTranslation();
  const label = useBilingual();
  const f = useFormat();
  const single = split === 'none';
  const option = useMemo<ChartOption>(() => (single ? divergingOption(rows, label, t) : heatmapOption(rows, label, t)), [rows, single, label, t]);
  const columns = [
    {
      title: t('insight.balance.sector'),
      key: 'sector',
      render: (_: unknown, r: BalanceRow) => label(r.labels[0] ?? r),
    },
    ...(single ? [] : [{ title: t(`insight.balance.splitBy.${split}`), key: 'place', render: (_: unknown, r: BalanceRow) => (r.labels[1] ? label(r.labels[1]) : '') }]),
    { title: t('insight.balance.offers'), dataIndex: 'offers', key: 'offers', align: 'right' as const, render: (v: number) => f.n(v) },
    { title: t('insight.balance.requests'), dataIndex: 'requests', key: 'requests', align: 'right' as const, render: (v: number) => f.n(v) },
    { title: t('insight.balance.matched'), dataIndex: 'requests_matched', key: 'matched', align: 'right' as const, render: (v: number) => f.n(v) },
    { title: t('insight.balance.coverage'), dataIndex: 'coverage', key: 'coverage', align: 'right' as const, render: (v: number | null) => f.pct(v) },
    { title: t('insight.balance.gapIndex'), dataIndex: 'gap_index', key: 'gap', align: 'right' as const, render: (v: number | null) => f.signed(v) },
    {
      title: t('insight.balance.gapFlag'),
      key: 'flag',
      render: (_: unknown, r: BalanceRow) => {
        const kind = gapKind(r);
        return kind ? <Tag color={kind === 'demand' ? GAP_COLOR : '#475467'}>{t(`insight.balance.flag.${kind}`)}</Tag> : null;
      },
    },
    ...(single
      ? [
          {
            title: t('insight.balance.details'),
            key: 'details',
            render: (_: unknown, r: BalanceRow) => (
              <Button size="small" onClick={() => onSelect(r.key)} aria-label={t('insight.balance.showListingsOf', { sector: label(r) })}>
                {t('insight.balance.showListings')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <FigurePanel
      testId="balance-figure"
      title={t(single ? 'insight.balance.chartTitle' : 'insight.balance.heatmapTitle')}
      note={single ? t('insight.balance.chartHint') : t('insight.balance.heatmapHint')}
      csvHref={csvHref}
      chart={() => (
        <Chart
          testId="balance-chart"
          option={option}
          label={t(single ? 'insight.balance.chartTitle' : 'insight.balance.heatmapTitle')}
          height={single ? Math.max(240, rows.length * 26 + 80) : Math.max(300, new Set(rows.map((r) => r.keys[0])).size * 24 + 120)}
          onSelect={single ? (p) => rows[p.dataIndex] && onSelect(rows[p.dataIndex]!.key) : undefined}
        />
      )}
      table={() => (
        <Table<BalanceRow>
          data-testid="balance-table"
          size="small"
          rowKey={(r) => r.keys.join('|') + (r.period ?? '')}
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          rowClassName={(r) => (gapKind(r) === 'demand' ? 'insight-gap-row' : '')}
          scroll={{ x: 'max-content' }}
        />
      )}
    />
  );
}

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Labeller = (item: { label_en: string; label_zh: string } | { en: string; zh: string }) => string;

/** Offers to the left, requests to the right; requests with no offer at all in red. */
export function divergingOption(rows: BalanceRow[], label: Labeller, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => String(Math.abs(v)) },
    legend: { data: [t('insight.balance.offers'), t('insight.balance.requests')], top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => String(Math.abs(v)) } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => label(r)), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [
      { name: t('insight.balance.offers'), type: 'bar', stack: 'balance', itemStyle: { color: OFFER_COLOR }, data: rows.map((r) => (r.offers ? -r.offers : 0)) },
      {
        name: t('insight.balance.requests'),
        type: 'bar',
        stack: 'balance',
        itemStyle: { color: REQUEST_COLOR },
        data: rows.map((r) => (gapKind(r) === 'demand' ? { value: r.requests, itemStyle: { color: GAP_COLOR } } : r.requests)),
      },
    ],
  };
}

/** Gap index per sector and place: red where demand outweighs supply, blue the reverse. */
export function heatmapOption(rows: BalanceRow[], label: Labeller, t: Translate): ChartOption {
  const sectors = [...new Map(rows.map((r) => [r.keys[0] ?? '', r.labels[0] ?? r])).entries()];
  const places = [...new Map(rows.map((r) => [r.keys[1] ?? '', r.labels[1] ?? r])).entries()];
  const si = new Map(sectors.map(([k], i) => [k, i]));
  const pi = new Map(places.map(([k], i) => [k, i]));
  return {
    tooltip: { position: 'top' },
    grid: { left: 8, right: 16, top: 16, bottom: 70, containLabel: true },
    xAxis: { type: 'category', data: places.map(([, l]) => label(l)), axisLabel: { rotate: 45 }, splitArea: { show: true } },
    yAxis: { type: 'category', inverse: true, data: sectors.map(([, l]) => label(l)), axisLabel: { width: 160, overflow: 'truncate' }, splitArea: { show: true } },
    visualMap: {
      min: -1,
      max: 1,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      text: [t('insight.balance.moreDemand'), t('insight.balance.moreSupply')],
      inRange: { color: ['#0b57d0', '#f2f4f7', GAP_COLOR] },
    },
    series: [
      {
        name: t('insight.balance.gapIndex'),
        type: 'heatmap',
        data: rows.filter((r) => r.gap_index !== null).map((r) => [pi.get(r.keys[1] ?? '') ?? 0, si.get(r.keys[0] ?? '') ?? 0, r.gap_index]),
        label: { show: false },
      },
    ],
  };
}

function listingTitle(listing: Listing, content: 'zh' | 'en') {
  const shown = textForViewer(listing, content);
  return { title: shown.title, lang: HTML_LANG[shown.language] };
}

/** The public offers and requests of one sector: who could meet whom. */
function SectorDrillDown({ sector, row, onClose }: { sector: string; row: BalanceRow | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const label = useBilingual();
  const f = useFormat();
  const result = useApi(
    async (signal) => {
      const [offers, requests] = await Promise.all([insightApi.sectorListings(sector, 'technology_offer', { signal }), insightApi.sectorListings(sector, 'technology_request', { signal })]);
      // Public listings only: the drill-down is a shareable view of the market.
      return { offers: offers.items.filter((l) => l.visibility === 'public'), requests: requests.items.filter((l) => l.visibility === 'public') };
    },
    [sector],
  );
  const name = row ? label(row) : sector;
  const list = (items: Listing[], kind: 'offers' | 'requests') => (
    <div>
      <h3>{t(`insight.balance.public.${kind}`, { count: items.length })}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('insight.balance.noPublic')}</p>
      ) : (
        <ul className="compact-list" data-testid={`drill-${kind}`}>
          {items.slice(0, 20).map((l) => {
            const { title, lang } = listingTitle(l, content);
            return (
              <li key={l.id}>
                <Link to={`/listings/${l.id}`} lang={lang}>
                  {title}
                </Link>{' '}
                <span className="muted">
                  {f.n(l.trl)} · {l.country}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
  return (
    <section className="panel" aria-label={t('insight.balance.drillTitle', { sector: name })} data-testid="balance-drill">
      <div className="insight-figure-head">
        <h2>{t('insight.balance.drillTitle', { sector: name })}</h2>
        <Button onClick={onClose}>{t('insight.balance.closeDrill')}</Button>
      </div>
      {row ? <p>{t('insight.balance.drillCounts', { offers: row.offers, requests: row.requests, matched: row.requests_matched })}</p> : null}
      {result.error ? (
        <ErrorState error={result.error} onRetry={result.reload} />
      ) : !result.data ? (
        <Loading />
      ) : (
        <div className="insight-two">
          {list(result.data.requests, 'requests')}
          {list(result.data.offers, 'offers')}
        </div>
      )}
      <p>
        <Link to={`/search?sector=${encodeURIComponent(sector)}`}>{t('insight.balance.openInSearch')}</Link>
      </p>
    </section>
  );
}

/** Brokers' gap list: where home demand outstrips home supply, and the foreign offers that could fill it. */
function GapList({ period }: { period: string }) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const label = useBilingual();
  const f = useFormat();
  const [direction, setDirection] = useState<'import' | 'export'>('import');
  const query = { direction, ...(period ? { period } : {}) };
  const result = useApi((signal) => insightApi.gaps({ ...query, locale: content }, { signal }), [direction, period, content]);
  const home = result.data ? label(result.data.home) : '';
  return (
    <section className="panel" aria-labelledby="gap-list-title" data-testid="gap-list">
      <div className="insight-figure-head">
        <h2 id="gap-list-title">{t('insight.gaps.title')}</h2>
        <div className="row-wrap">
          <Segmented<'import' | 'export'>
            aria-label={t('insight.gaps.direction')}
            value={direction}
            onChange={setDirection}
            options={[
              { value: 'import', label: t('insight.gaps.import') },
              { value: 'export', label: t('insight.gaps.export') },
            ]}
          />
          <Button href={csvUrl('/api/insight/gaps', query)} download data-testid="gaps-csv">
            {t('insight.csv')}
          </Button>
        </div>
      </div>
      <p className="muted">{t(direction === 'import' ? 'insight.gaps.importHint' : 'insight.gaps.exportHint', { home })}</p>
      {result.error ? (
        <ErrorState error={result.error} onRetry={result.reload} />
      ) : !result.data ? (
        <Loading />
      ) : result.data.rows.length === 0 ? (
        <EmptyState description={t('insight.gaps.empty')} />
      ) : (
        <ol className="insight-gaps">
          {result.data.rows.map((g: GapRow) => (
            <li key={g.sector}>
              <h3>
                {label(g)} <Tag color={GAP_COLOR}>{t('insight.gaps.gap', { gap: f.n(g.gap) })}</Tag>
              </h3>
              <p className="muted">
                {t('insight.gaps.counts', {
                  homeOffers: g.home_offers,
                  homeRequests: g.home_requests,
                  foreignOffers: g.foreign_offers,
                  foreignRequests: g.foreign_requests,
                })}
              </p>
              {g.counterparts.length ? (
                <ul className="compact-list">
                  {g.counterparts.map((c) => {
                    const title = (content === 'zh' ? c.title_zh : c.title_en) ?? c.title;
                    const owner = (content === 'zh' ? (c.owner_name_zh ?? c.owner_name) : (c.owner_name ?? c.owner_name_zh)) ?? '';
                    return (
                      <li key={c.id}>
                        <Link to={`/listings/${c.id}`}>{title}</Link>{' '}
                        <span className="muted">
                          {[owner, c.country, c.trl === null ? null : t('insight.gaps.trl', { trl: c.trl })].filter(Boolean).join(' · ')}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p className="muted">{t('insight.gaps.noCounterparts')}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
