import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { cached } from '../../ui/cache';
import { formatMoney, formatNumber } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import { programmesApi, type Programme } from './api';
import '../funding/funding.css';
import './programmes.css';

/** KPI labels from the versioned catalogue (GET /api/programmes/kpis), in the UI language. */
export function useKpiLabels() {
  const { content } = useLanguage();
  const catalogue = useApi(() => cached('programmes:kpis', programmesApi.kpis), []);
  return useMemo(() => {
    const byKey = new Map((catalogue.data?.items ?? []).map((k) => [k.key, k]));
    return {
      label: (key: string) => {
        const k = byKey.get(key);
        return k ? (content === 'zh' ? k.zh : k.en) : key;
      },
      definition: (key: string) => byKey.get(key)?.definition ?? '',
      version: catalogue.data?.version,
    };
  }, [catalogue.data, content]);
}

export function programmeName(p: Pick<Programme, 'name' | 'name_zh'>, content: string): string {
  return content === 'zh' ? (p.name_zh ?? p.name) : p.name;
}

/** Number formatters in the UI locale: money, percent (from a ratio), plain numbers, KPI values in their unit. */
export function useFormat() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return useMemo(() => {
    const money = (minor: number, currency: string) => formatMoney(minor, currency, locale);
    const percent = (ratio: number | null | undefined) => (ratio === null || ratio === undefined ? t('programmes.na') : `${formatNumber(Math.round(ratio * 1000) / 10, locale)}%`);
    const num = (x: number | null | undefined) => (x === null || x === undefined ? t('programmes.na') : formatNumber(x, locale));
    const kpiValue = (value: number | null, unit: string) => (value === null ? t('programmes.na') : unit === 'count' ? formatNumber(value, locale) : money(Math.round(value), unit));
    return { money, percent, num, kpiValue };
  }, [t, locale]);
}
