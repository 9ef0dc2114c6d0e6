import { Radio, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatDate, formatNumber } from '../../ui/format';
import { organizationName, useLabels } from '../../ui/labels';
import type { Deal, OrgRef } from './api';
import { BOARD_STAGES, countByStage, counterpartyOf, daysInStage, STAGE_COLORS, stageKey, viewOf, type View } from './stages';
import './deals.css';

function useOrgName() {
  const { content } = useLanguage();
  const { t } = useTranslation();
  return (org: OrgRef | null) => (org ? organizationName(org, content) || t('deals.unnamedOrganization') : t('deals.unknownOrganization'));
}

export function StageTag({ stage }: { stage: Deal['stage'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={STAGE_COLORS[stage]} data-testid="stage-tag">
      {t(stageKey(stage))}
    </Tag>
  );
}

/** The view switch (board or list), kept in the URL's ?view= so a reload or a shared link keeps it. */
export function ViewToggle() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = viewOf(params.get('view'));
  const change = (next: View) => {
    const copy = new URLSearchParams(params);
    if (next === 'board') copy.delete('view');
    else copy.set('view', next);
    setParams(copy, { replace: true });
  };
  return (
    <Radio.Group
      aria-label={t('deals.view.label')}
      optionType="button"
      value={view}
      onChange={(e) => change(e.target.value as View)}
      options={[
        { value: 'board', label: t('deals.view.board') },
        { value: 'list', label: t('deals.view.list') },
      ]}
    />
  );
}

/** "Parties" for staff, "with <other side>" for a party. */
function Parties({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const orgName = useOrgName();
  const other = counterpartyOf(deal);
  if (other) return <>{t('deals.with', { name: orgName(other) })}</>;
  return (
    <>
      {t('deals.parties', { owner: orgName(deal.owner_organization), interested: orgName(deal.interested_organization) })}
    </>
  );
}

function DealCard({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const labels = useLabels();
  const days = daysInStage(deal);
  return (
    <li className="deal-card" data-testid="deal-card" data-deal-id={deal.id}>
      <Link to={`/deals/${deal.id}`} className="deal-card-title">
        {deal.listing?.title ?? t('deals.listingUnavailable')}
      </Link>
      <span className="deal-card-meta">
        <Parties deal={deal} />
      </span>
      <span className="deal-card-meta">
        {labels.enumLabel('cooperation', deal.cooperation_type)}
        {t('common.listSeparator')}
        {t('deals.daysInStage', { count: days, formatted: formatNumber(days, locale) })}
      </span>
    </li>
  );
}

/** The kanban: one column per stage, each with its count; columns stack on narrow screens. */
export function DealBoard({ deals }: { deals: Deal[] }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const counts = countByStage(deals);
  const boardId = useId();
  return (
    <div className="deal-board" role="region" aria-label={t('deals.view.board')} tabIndex={0} data-testid="deal-board">
      {BOARD_STAGES.map((stage) => {
        const inStage = deals.filter((d) => d.stage === stage);
        const headingId = `${boardId}-${stage}`;
        return (
          <section key={stage} className="deal-column" aria-labelledby={headingId} data-stage={stage} data-testid={`column-${stage}`}>
            <h2 id={headingId} className="deal-column-title">
              <span>{t(stageKey(stage))}</span>
              <span className="deal-count" data-testid="column-count">
                {formatNumber(counts.get(stage) ?? 0, locale)}
              </span>
            </h2>
            {inStage.length === 0 ? (
              <p className="muted deal-column-empty">{t('deals.columnEmpty')}</p>
            ) : (
              <ul className="deal-cards">
                {inStage.map((d) => (
                  <DealCard key={d.id} deal={d} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** The same deals as a sortable table. */
export function DealTable({ deals, showSectors = false }: { deals: (Deal & { listing_sectors?: string[] })[]; showSectors?: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const labels = useLabels();
  const orgName = useOrgName();
  const columns: ColumnsType<Deal & { listing_sectors?: string[] }> = [
    {
      title: t('deals.column.listing'),
      key: 'listing',
      render: (_, d) => <Link to={`/deals/${d.id}`}>{d.listing?.title ?? t('deals.listingUnavailable')}</Link>,
      sorter: (a, b) => (a.listing?.title ?? '').localeCompare(b.listing?.title ?? ''),
    },
    {
      title: t('deals.column.stage'),
      key: 'stage',
      render: (_, d) => <StageTag stage={d.stage} />,
      sorter: (a, b) => BOARD_STAGES.indexOf(a.stage) - BOARD_STAGES.indexOf(b.stage),
    },
    {
      title: t('deals.column.owner'),
      key: 'owner',
      render: (_, d) => orgName(d.owner_organization),
    },
    {
      title: t('deals.column.interested'),
      key: 'interested',
      render: (_, d) => orgName(d.interested_organization),
    },
    ...(showSectors
      ? [
          {
            title: t('deals.column.sectors'),
            key: 'sectors',
            render: (_: unknown, d: Deal & { listing_sectors?: string[] }) =>
              (d.listing_sectors ?? []).map(labels.sector).join(t('common.listSeparator')),
          },
        ]
      : []),
    {
      title: t('deals.column.cooperation'),
      key: 'cooperation',
      render: (_, d) => labels.enumLabel('cooperation', d.cooperation_type),
    },
    {
      title: t('deals.column.created'),
      key: 'created',
      render: (_, d) => formatDate(d.created_at, locale),
      sorter: (a, b) => a.created_at.localeCompare(b.created_at),
    },
    {
      title: t('deals.column.updated'),
      key: 'updated',
      render: (_, d) => formatDate(d.updated_at, locale),
      sorter: (a, b) => a.updated_at.localeCompare(b.updated_at),
      defaultSortOrder: 'descend',
    },
  ];
  return (
    <Table
      data-testid="deal-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={deals}
      scroll={{ x: 'max-content' }}
      pagination={deals.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
    />
  );
}

/** Counts per stage as a compact summary line (for the list view, where there are no columns). */
export function StageCounts({ deals }: { deals: Deal[] }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const counts = countByStage(deals);
  return (
    <ul className="stage-counts" aria-label={t('deals.countsLabel')} data-testid="stage-counts">
      {BOARD_STAGES.filter((s) => counts.has(s)).map((s) => (
        <li key={s}>
          <StageTag stage={s} /> {formatNumber(counts.get(s) ?? 0, locale)}
        </li>
      ))}
    </ul>
  );
}
