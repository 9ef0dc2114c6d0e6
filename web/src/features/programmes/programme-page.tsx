import { Select, Tag } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { Chart, type ChartOption } from '../../ui/chart';
import { toMajor } from '../../ui/format';
import { useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { programmesApi, type OutcomeReport, type Performance, type YearPerformance } from './api';
import { programmeName, useFormat, useKpiLabels } from './parts';

/** The year shown first: the latest one with a score, else the latest measured one. */
function defaultYear(p: Performance): number | undefined {
  const scored = p.years.filter((y) => y.ipoe.score !== null);
  return (scored[scored.length - 1] ?? p.years[0])?.year;
}

/**
 * Charts whose labels come from the KPI catalogue are keyed on its version: the shared Chart
 * draws the option it had when ECharts finished loading, so it is remounted once labels arrive.
 */
/** Targets vs actuals per KPI for one year: a bar chart of attainment (verified and declared parts) and the same as a table. */
function TargetsVsActuals({ year }: { year: YearPerformance }) {
  const { t } = useTranslation();
  const kpi = useKpiLabels();
  const rows = useMemo(() => year.kpis.filter((k) => k.target !== null), [year]);
  const option = useMemo<ChartOption>(() => {
    const share = (part: number, target: number | null) => (target ? Math.round((part / target) * 1000) / 10 : 0);
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: rows.map((k) => kpi.label(k.kpi)), axisLabel: { width: 130, overflow: 'truncate' } },
      series: [
        {
          name: t('programmes.dash.verified'),
          type: 'bar',
          stack: 'actual',
          data: rows.map((k) => share(k.verified, k.target)),
          markLine: { symbol: 'none', data: [{ xAxis: 100, name: t('programmes.dash.target') }], label: { formatter: t('programmes.dash.target') } },
        },
        { name: t('programmes.dash.declared'), type: 'bar', stack: 'actual', data: rows.map((k) => share(k.declared, k.target)) },
      ],
    };
  }, [rows, kpi, t]);
  if (year.kpis.length === 0) return <EmptyState description={t('programmes.dash.noKpis')} />;
  return (
    <div className="chart-pair">
      <Chart key={kpi.version ?? 'loading'} option={option} label={t('programmes.dash.targetsChart', { year: year.year })} height={Math.max(220, rows.length * 36 + 60)} testId="chart-targets" />
      <KpiTargetsTable kpis={year.kpis} caption={t('programmes.dash.targetsTable', { year: year.year })} testId="table-targets" />
    </div>
  );
}

/** A year's KPIs: target, actual (verified + declared) and attainment; on the dashboard and in the report. */
export function KpiTargetsTable({ kpis, caption, testId }: { kpis: YearPerformance['kpis']; caption: string; testId?: string }) {
  const { t } = useTranslation();
  const kpi = useKpiLabels();
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('programmes.dash.kpi')}</th>
            <th scope="col" className="num">{t('programmes.dash.target')}</th>
            <th scope="col" className="num">{t('programmes.dash.actual')}</th>
            <th scope="col" className="num">{t('programmes.dash.verified')}</th>
            <th scope="col" className="num">{t('programmes.dash.declared')}</th>
            <th scope="col" className="num">{t('programmes.dash.attainment')}</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((k) => (
            <tr key={k.kpi}>
              <th scope="row" title={kpi.definition(k.kpi)}>
                {kpi.label(k.kpi)}
              </th>
              <td className="num">{f.kpiValue(k.target, k.unit)}</td>
              <td className="num">{f.kpiValue(k.actual, k.unit)}</td>
              <td className="num">{f.kpiValue(k.verified, k.unit)}</td>
              <td className="num">{f.kpiValue(k.declared, k.unit)}</td>
              <td className="num">{f.percent(k.attainment)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Budget left over the programme's years (cumulative budget minus cumulative spending), line chart and table. */
function BurnDown({ perf }: { perf: Performance }) {
  const { t } = useTranslation();
  const f = useFormat();
  const cur = perf.currency;
  const rows = useMemo(() => {
    const total = perf.years.reduce((s, y) => s + y.budget.amount_minor, 0);
    let spent = 0;
    return perf.years.map((y) => {
      spent += y.spent.amount_minor;
      return { year: y.year, budget: y.budget.amount_minor, spent: y.spent.amount_minor, cumulative: spent, remaining: total - spent };
    });
  }, [perf]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => String(r.year)) },
      yAxis: { type: 'value', name: cur },
      series: [
        { name: t('programmes.dash.remaining'), type: 'line', data: rows.map((r) => toMajor(r.remaining, cur)) },
        { name: t('programmes.dash.cumulativeSpent'), type: 'line', data: rows.map((r) => toMajor(r.cumulative, cur)) },
      ],
    }),
    [rows, cur, t],
  );
  return (
    <div className="chart-pair">
      <Chart option={option} label={t('programmes.dash.burnChart')} testId="chart-burn" />
      <div className="table-wrap">
        <table className="data-table" data-testid="table-burn">
          <caption>{t('programmes.dash.burnTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('programmes.dash.year')}</th>
              <th scope="col" className="num">{t('programmes.dash.budget')}</th>
              <th scope="col" className="num">{t('programmes.dash.spent')}</th>
              <th scope="col" className="num">{t('programmes.dash.cumulativeSpent')}</th>
              <th scope="col" className="num">{t('programmes.dash.remaining')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.year}>
                <th scope="row">{r.year}</th>
                <td className="num">{f.money(r.budget, cur)}</td>
                <td className="num">{f.money(r.spent, cur)}</td>
                <td className="num">{f.money(r.cumulative, cur)}</td>
                <td className="num">{f.money(r.remaining, cur)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Money spent per unit of outcome (count KPIs) and per unit of value (money KPIs) for one year. */
function CostPerOutcome({ year, currency }: { year: YearPerformance; currency: string }) {
  const { t } = useTranslation();
  const kpi = useKpiLabels();
  const f = useFormat();
  const rows = useMemo(() => year.kpis.filter((k) => k.cost_per_outcome !== null), [year]);
  const counts = useMemo(() => rows.filter((k) => k.unit === 'count'), [rows]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, bottom: 8, top: 24, containLabel: true },
      xAxis: { type: 'value', name: currency },
      yAxis: { type: 'category', inverse: true, data: counts.map((k) => kpi.label(k.kpi)), axisLabel: { width: 130, overflow: 'truncate' } },
      series: [{ name: t('programmes.dash.costPerUnit'), type: 'bar', data: counts.map((k) => toMajor(k.cost_per_outcome ?? 0, currency)) }],
    }),
    [counts, currency, kpi, t],
  );
  if (rows.length === 0) return <EmptyState description={t('programmes.dash.noCost')} />;
  return (
    <div className="chart-pair">
      {counts.length ? <Chart key={kpi.version ?? 'loading'} option={option} label={t('programmes.dash.costChart', { year: year.year })} height={Math.max(200, counts.length * 36 + 50)} testId="chart-cost" /> : null}
      <div className="table-wrap">
        <table className="data-table" data-testid="table-cost">
          <caption>{t('programmes.dash.costTable', { year: year.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('programmes.dash.kpi')}</th>
              <th scope="col" className="num">{t('programmes.dash.actual')}</th>
              <th scope="col" className="num">{t('programmes.dash.costPerOutcome')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((k) => (
              <tr key={k.kpi}>
                <th scope="row">{kpi.label(k.kpi)}</th>
                <td className="num">{f.kpiValue(k.actual, k.unit)}</td>
                <td className="num">
                  {k.unit === 'count'
                    ? t('programmes.dash.perUnit', { amount: f.money(Math.round(k.cost_per_outcome ?? 0), currency) })
                    : t('programmes.dash.perValue', { ratio: f.num(k.cost_per_outcome), currency })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function YearsTable({ perf }: { perf: Performance }) {
  const { t } = useTranslation();
  const f = useFormat();
  const w = perf.score_weights;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="table-years">
        <caption>{t('programmes.dash.yearsTable', { version: w.version, input: w.input, process: w.process, output: w.output, effect: w.effect, declared: w.declared_credit_percent })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('programmes.dash.year')}</th>
            <th scope="col" className="num">{t('programmes.dash.execution')}</th>
            <th scope="col" className="num">{t('programmes.dash.input')}</th>
            <th scope="col" className="num">{t('programmes.dash.process')}</th>
            <th scope="col" className="num">{t('programmes.dash.output')}</th>
            <th scope="col" className="num">{t('programmes.dash.effect')}</th>
            <th scope="col" className="num">{t('programmes.dash.ipoe')}</th>
            <th scope="col">{t('programmes.dash.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {perf.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td className="num">{f.percent(y.execution_rate)}</td>
              <td className="num">{f.percent(y.ipoe.input)}</td>
              <td className="num">{f.percent(y.ipoe.process)}</td>
              <td className="num">{f.percent(y.ipoe.output)}</td>
              <td className="num">{f.percent(y.ipoe.effect)}</td>
              <td className="num">{f.num(y.ipoe.score)}</td>
              <td>{y.notes.join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OutcomeReports({ reports }: { reports: OutcomeReport[] }) {
  const { t } = useTranslation();
  const kpi = useKpiLabels();
  const f = useFormat();
  if (reports.length === 0) return <EmptyState description={t('programmes.dash.noReports')} />;
  return (
    <ol className="compact-list" data-testid="outcome-reports">
      {[...reports]
        .sort((a, b) => b.year - a.year || (a.submitted_at < b.submitted_at ? 1 : -1))
        .map((r) => (
          <li key={r.id} className="listing-card">
            <h3>{r.grant_id ? t('programmes.dash.grantReport', { year: r.year }) : t('programmes.dash.programmeReport', { year: r.year })}</h3>
            {r.note ? <p className="summary">{r.note}</p> : null}
            <ul className="reasons">
              {r.values.map((v) => (
                <li key={v.kpi}>
                  {kpi.label(v.kpi)}: {f.kpiValue(v.value, v.unit)} <Tag>{t('programmes.dash.declaredTag')}</Tag>
                  <span className="muted">{[v.evidence.note, v.evidence.url].filter(Boolean).join(' · ')}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
    </ol>
  );
}

/** /programmes/:id: the programme dashboard (targets vs actuals, burn-down, cost per outcome, execution, IPOE score). */
export default function ProgrammePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { content } = useLanguage();
  const { me } = useSession();
  const f = useFormat();
  const yearId = useId();
  const detail = useApi((signal) => programmesApi.get(id, { signal }), [id]);
  const perf = useApi((signal) => programmesApi.performance(id, { signal }), [id]);
  const [picked, setPicked] = useState<number | undefined>(undefined);
  useDocumentTitle(detail.data ? programmeName(detail.data.programme, content) : t('programmes.list.title'));

  const error = detail.error ?? perf.error;
  if (error)
    return (
      <ErrorState
        error={error}
        onRetry={() => {
          detail.reload();
          perf.reload();
        }}
      />
    );
  if (!detail.data || !perf.data) return <Loading />;
  const p = detail.data.programme;
  const performance = perf.data;
  const yearNo = picked ?? defaultYear(performance);
  const year = performance.years.find((y) => y.year === yearNo);
  const cur = performance.currency;
  const isManager = !!me && (me.roles.includes('programme_manager') || me.roles.includes('admin'));

  return (
    <div data-testid="programme-dashboard">
      <p className="no-print">
        <Link to="/programmes">{t('programmes.back')}</Link>
      </p>
      <div className="page-head">
        <h1 className="page-title">{programmeName(p, content)}</h1>
        <div className="row-wrap">
          <Link to={`/programmes/${p.id}/report`}>{t('programmes.dash.report')}</Link>
          <a href={programmesApi.csvUrl(p.id)} download data-testid="csv-link">
            {t('programmes.dash.csv')}
          </a>
          {isManager ? <Link to="/allocations">{t('programmes.allocation.link')}</Link> : null}
        </div>
      </div>
      <p className="muted">
        {t('programmes.period', { start: p.start_year, end: p.end_year })} · {t(`programmes.status.${p.status}`, { defaultValue: p.status })}
      </p>
      {p.description ? <p>{p.description}</p> : null}
      {performance.years.length === 0 || !year ? (
        <EmptyState description={t('programmes.dash.noYears')} />
      ) : (
        <>
          <div className="year-picker">
            <label htmlFor={yearId}>{t('programmes.dash.yearPick')}</label>
            <Select id={yearId} value={year.year} style={{ width: 120 }} onChange={(v: number) => setPicked(v)} options={performance.years.map((y) => ({ value: y.year, label: String(y.year) }))} />
          </div>
          <div className="kpi-cards" data-testid="headline">
            <div className="stat">
              <span className="stat-label">{t('programmes.dash.ipoe')}</span>
              <span className="stat-value" data-testid="ipoe-score">
                {f.num(year.ipoe.score)}
              </span>
            </div>
            <div className="stat">
              <span className="stat-label">{t('programmes.dash.execution')}</span>
              <span className="stat-value">{f.percent(year.execution_rate)}</span>
            </div>
            <div className="stat">
              <span className="stat-label">{t('programmes.dash.spentOfBudget')}</span>
              <span className="stat-value" style={{ fontSize: 18 }}>
                {f.money(year.spent.amount_minor, cur)} / {f.money(year.budget.amount_minor, cur)}
              </span>
            </div>
            <div className="stat">
              <span className="stat-label">{t('programmes.dash.grants')}</span>
              <span className="stat-value">{t('programmes.dash.grantsValue', { active: year.grants_active, reported: year.grants_reported })}</span>
            </div>
          </div>
          {year.notes.length ? <p className="muted">{year.notes.join(' ')}</p> : null}
          <section className="panel" aria-labelledby="targets-title">
            <h2 id="targets-title">{t('programmes.dash.targetsTitle', { year: year.year })}</h2>
            <TargetsVsActuals year={year} />
          </section>
          <section className="panel" aria-labelledby="burn-title">
            <h2 id="burn-title">{t('programmes.dash.burnTitle')}</h2>
            <BurnDown perf={performance} />
          </section>
          <section className="panel" aria-labelledby="cost-title">
            <h2 id="cost-title">{t('programmes.dash.costTitle', { year: year.year })}</h2>
            <CostPerOutcome year={year} currency={cur} />
          </section>
          <section className="panel" aria-labelledby="years-title">
            <h2 id="years-title">{t('programmes.dash.yearsTitle')}</h2>
            <YearsTable perf={performance} />
          </section>
        </>
      )}
      <section className="panel" aria-labelledby="reports-title">
        <h2 id="reports-title">{t('programmes.dash.reportsTitle')}</h2>
        <OutcomeReports reports={detail.data.outcome_reports} />
      </section>
    </div>
  );
}
