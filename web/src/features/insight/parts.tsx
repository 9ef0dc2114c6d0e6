import { Alert, Button, Segmented } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../../api/client';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../ui/format';
import { isStaff, useSession } from '../../ui/session';
import { downloadCsv } from './csv';

export type View = 'chart' | 'table';

/**
 * A titled figure with a chart/table switch and a CSV download. Both views show the same
 * numbers; the table is the accessible form of the chart.
 */
export function FigurePanel({
  title,
  note,
  chart,
  table,
  csvHref,
  csvFile,
  onCsv,
  testId,
  initialView = 'chart',
}: {
  title: string;
  note?: ReactNode;
  chart: () => ReactNode;
  table: () => ReactNode;
  /** The server's CSV of the same view. */
  csvHref?: string;
  csvFile?: string;
  /** A CSV built here, when the server offers none. */
  onCsv?: () => { filename: string; csv: string };
  testId?: string;
  initialView?: View;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>(initialView);
  const headingId = useId();
  return (
    <section className="panel insight-figure" aria-labelledby={headingId} data-testid={testId} data-view={view}>
      <div className="insight-figure-head">
        <h2 id={headingId}>{title}</h2>
        <div className="row-wrap">
          <Segmented<View>
            aria-label={t('insight.view.label')}
            value={view}
            onChange={setView}
            options={[
              { value: 'chart', label: t('insight.view.chart') },
              { value: 'table', label: t('insight.view.table') },
            ]}
          />
          {csvHref ? (
            <a className="ant-btn ant-btn-default insight-csv" href={csvHref} download={csvFile ?? true} data-testid="csv-download">
              {t('insight.csv')}
            </a>
          ) : null}
          {onCsv ? (
            <Button
              data-testid="csv-download"
              onClick={() => {
                const { filename, csv } = onCsv();
                downloadCsv(filename, csv);
              }}
            >
              {t('insight.csv')}
            </Button>
          ) : null}
        </div>
      </div>
      {note ? <div className="insight-note">{note}</div> : null}
      {view === 'chart' ? chart() : <div className="insight-table-wrap">{table()}</div>}
    </section>
  );
}

/** Number formatting for the dashboards. */
export function useFormat() {
  const { locale } = useLanguage();
  return {
    locale,
    n: (value: number | null | undefined, digits?: number) =>
      value === null || value === undefined
        ? '–'
        : digits === undefined
          ? formatNumber(value, locale)
          : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value),
    pct: (value: number | null | undefined) =>
      value === null || value === undefined ? '–' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value),
    signed: (value: number | null | undefined) =>
      value === null || value === undefined ? '–' : new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value),
    /** Minor units (fen, cents) as whole currency amounts. */
    money: (minor: number | null | undefined, currency: 'CNY' | 'USD') =>
      minor === null || minor === undefined
        ? '–'
        : new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(minor / 100),
  };
}

/** The label of a bilingual API item in the UI language. */
export function useBilingual() {
  const { content } = useLanguage();
  return (item: { label_en: string; label_zh: string } | { en: string; zh: string }) => {
    const [en, zh] = 'label_en' in item ? [item.label_en, item.label_zh] : [item.en, item.zh];
    return (content === 'zh' ? zh : en) || en || zh;
  };
}

/** Whether an error is the API refusing the route to this visitor. */
export function isDenied(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 403);
}

/**
 * Brokers and administrators only: visitors are asked to sign in, other signed-in users are told
 * the view is for the center's staff.
 */
export function StaffOnly({ children }: { children: ReactNode }) {
  const { me } = useSession();
  if (me === undefined) return null;
  if (isStaff(me)) return <>{children}</>;
  return <StaffNotice signedIn={!!me} />;
}

export function StaffNotice({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="staff-only"
      title={t('insight.staff.title')}
      description={
        signedIn ? (
          t('insight.staff.notStaff')
        ) : (
          <>
            {t('insight.staff.signIn')}{' '}
            <Link className="insight-inline-link" to={`/sign-in?returnTo=${encodeURIComponent(location.pathname + location.search)}`}>{t('auth.signIn')}</Link>
          </>
        )
      }
    />
  );
}

/** A labelled control in a filter bar. */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="insight-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** Period presets: all time, the last two years, the quarters of this year so far. */
export function periodPresets(now = new Date()): string[] {
  const year = now.getFullYear();
  const quarter = Math.floor(now.getMonth() / 3) + 1;
  const quarters = Array.from({ length: quarter }, (_, i) => `${year}Q${quarter - i}`);
  return [String(year), ...quarters, String(year - 1), `${year - 1}..${year}`];
}
