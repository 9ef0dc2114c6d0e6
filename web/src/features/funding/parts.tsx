import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDate, formatMoney } from '../../ui/format';
import { useLabels } from '../../ui/labels';
import { cached } from '../../ui/cache';
import { useApi } from '../../ui/use-api';
import { fundingApi, type Call, type Money } from './api';
import './funding.css';

/** Money in its own currency, in the UI locale. */
export function MoneyText({ money, testId }: { money: Money; testId?: string }) {
  const { locale } = useLanguage();
  return <span data-testid={testId}>{formatMoney(money.amount_minor, money.currency, locale)}</span>;
}

export function useMoney() {
  const { locale } = useLanguage();
  return (minor: number, currency: string) => formatMoney(minor, currency, locale);
}

export function useDate() {
  const { locale } = useLanguage();
  return (value: string) => formatDate(value, locale);
}

/** Dark enough for white text (WCAG AA). */
export const TAG_COLORS = { green: '#047857', gold: '#92400e', purple: '#6d28d9', blue: '#0b57d0', red: '#b91c1c', grey: '#4b5563' } as const;
const STATUS_COLORS: Record<string, string> = { draft: TAG_COLORS.grey, published: TAG_COLORS.blue, closed: TAG_COLORS.purple, cancelled: TAG_COLORS.red };

/** "Open", "Opens soon" or the call's status. */
export function CallStatusTag({ call }: { call: Pick<Call, 'status' | 'is_open' | 'opens_on'> }) {
  const { t } = useTranslation();
  if (call.is_open) return <Tag color={TAG_COLORS.green}>{t('funding.status.open')}</Tag>;
  if (call.status === 'published' && call.opens_on > new Date().toISOString().slice(0, 10)) return <Tag color={TAG_COLORS.gold}>{t('funding.status.upcoming')}</Tag>;
  if (call.status === 'published') return <Tag color={TAG_COLORS.purple}>{t('funding.status.deadlinePassed')}</Tag>;
  return <Tag color={STATUS_COLORS[call.status]}>{t(`funding.status.${call.status}`, { defaultValue: call.status })}</Tag>;
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function TrlWindow({ call }: { call: Pick<Call, 'trl_min' | 'trl_max'> }) {
  const { t } = useTranslation();
  if (call.trl_min === null && call.trl_max === null) return <span>{t('funding.call.anyTrl')}</span>;
  return <span>{t('funding.call.trlWindow', { min: call.trl_min ?? 1, max: call.trl_max ?? 9 })}</span>;
}

/** The call's eligibility rules, one line per restricted dimension. */
export function EligibilityRules({ call }: { call: Pick<Call, 'eligibility'> }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const e = call.eligibility;
  const sep = t('common.listSeparator');
  const rows: string[] = [];
  if (e.organization_types.length) rows.push(t('funding.eligibility.types', { list: e.organization_types.map((x) => labels.enumLabel('org_type', x)).join(sep) }));
  if (e.countries.length) rows.push(t('funding.eligibility.countries', { list: e.countries.map((x) => labels.country(x)).join(sep) }));
  if (e.regions.length) rows.push(t('funding.eligibility.regions', { list: e.regions.join(sep) }));
  if (e.size_classes.length) rows.push(t('funding.eligibility.sizes', { list: e.size_classes.join(sep) }));
  if (rows.length === 0) return <p data-testid="eligibility">{t('funding.eligibility.none')}</p>;
  return (
    <ul data-testid="eligibility" className="reasons">
      {rows.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

/** An organization's name (fetched once per id), its id while loading. */
export function OrgName({ id }: { id: string }) {
  const { content } = useLanguage();
  const org = useApi(() => cached(`funding:org:${id}`, () => fundingApi.organization(id)), [id]);
  const name = org.data ? ((content === 'zh' ? (org.data.name_zh ?? org.data.name) : (org.data.name ?? org.data.name_zh)) ?? id) : '…';
  return <span>{name}</span>;
}

/** The texts of a date input's error and the like. */
export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}
