import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatDate } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { programmesApi } from './api';
import { KpiTargetsTable, OutcomeReports } from './programme-page';
import { programmeName, useFormat } from './parts';

/** /programmes/:id/report: the programme report as a print-styled page (targets vs actuals, spending, outcomes, top deals). */
export default function ProgrammeReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { content, locale } = useLanguage();
  const f = useFormat();
  const result = useApi((signal) => programmesApi.report(id, { signal }), [id]);
  useDocumentTitle(result.data ? t('programmes.report.title', { name: programmeName(result.data.programme, content) }) : t('programmes.report.heading'));
  if (result.error) return <ErrorState error={result.error} onRetry={result.reload} />;
  if (!result.data) return <Loading />;
  const r = result.data;
  const cur = r.programme.currency;
  const measured = r.performance.years.filter((y) => y.kpis.length > 0);

  return (
    <article className="report-page" data-testid="programme-report">
      <div className="row-wrap no-print" style={{ justifyContent: 'space-between' }}>
        <Link to={`/programmes/${r.programme.id}`}>{t('programmes.report.back')}</Link>
        <div className="row-wrap">
          <a href={programmesApi.csvUrl(r.programme.id)} download>
            {t('programmes.dash.csv')}
          </a>
          <Button onClick={() => window.print()}>{t('programmes.report.print')}</Button>
        </div>
      </div>
      <h1 className="page-title">{t('programmes.report.title', { name: programmeName(r.programme, content) })}</h1>
      <p className="report-meta">
        {t('programmes.period', { start: r.programme.start_year, end: r.programme.end_year })} · {t('programmes.report.generated', { date: formatDate(r.generated_at, locale) })} ·{' '}
        {t('programmes.report.weights', { version: r.performance.score_weights.version })}
      </p>

      <h2>{t('programmes.report.targets')}</h2>
      {measured.length === 0 ? <EmptyState description={t('programmes.dash.noKpis')} /> : null}
      {measured.map((y) => (
        <KpiTargetsTable
          key={y.year}
          kpis={y.kpis}
          caption={t('programmes.report.yearCaption', { year: y.year, score: f.num(y.ipoe.score), execution: f.percent(y.execution_rate) })}
        />
      ))}

      <h2>{t('programmes.report.spending')}</h2>
      <div className="table-wrap">
        <table className="data-table" data-testid="report-spending">
          <thead>
            <tr>
              <th scope="col">{t('programmes.dash.year')}</th>
              <th scope="col">{t('programmes.report.line')}</th>
              <th scope="col" className="num">{t('programmes.dash.budget')}</th>
              <th scope="col" className="num">{t('programmes.dash.spent')}</th>
            </tr>
          </thead>
          <tbody>
            {r.spending.map((s) => (
              <tr key={`${s.year}-${s.key}`}>
                <td>{s.year}</td>
                <td>{s.label}</td>
                <td className="num">{f.money(s.budget.amount_minor, cur)}</td>
                <td className="num">{f.money(s.spent.amount_minor, cur)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t('programmes.report.topDeals')}</h2>
      {r.top_deals.length === 0 ? (
        <EmptyState description={t('programmes.report.noDeals')} />
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="report-deals">
            <thead>
              <tr>
                <th scope="col">{t('programmes.report.deal')}</th>
                <th scope="col">{t('programmes.report.parties')}</th>
                <th scope="col">{t('programmes.report.registration')}</th>
                <th scope="col" className="num">{t('programmes.report.value')}</th>
              </tr>
            </thead>
            <tbody>
              {r.top_deals.map((d) => (
                <tr key={d.deal_id}>
                  <td>{d.title ?? d.deal_id}</td>
                  <td>{[d.owner_name, d.interested_name].filter(Boolean).join(' → ')}</td>
                  <td>
                    {d.registration_number} · {formatDate(d.registered_on, locale)}
                  </td>
                  <td className="num">{d.value ? f.money(d.value.amount_minor, d.value.currency) : t('programmes.na')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t('programmes.dash.reportsTitle')}</h2>
      <OutcomeReports reports={r.outcome_reports} />
    </article>
  );
}
