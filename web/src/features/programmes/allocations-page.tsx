import { Alert, Button, Input, InputNumber, Select, Tag } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { Chart, type ChartOption } from '../../ui/chart';
import { toMajor } from '../../ui/format';
import { useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { toMinor } from '../funding/api';
import { RefusalReasons } from '../funding/apply-form';
import { TAG_COLORS } from '../funding/parts';
import { programmesApi, type Allocation } from './api';
import { useFormat } from './parts';

const CURRENCIES = ['CNY', 'USD', 'EUR'];

/** The proposal side by side with the current allocation; amounts can be adjusted (with a note) and approved. */
function ProposalView({ proposal, onApproved }: { proposal: Allocation; onApproved: (a: Allocation) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const ids = useId();
  const cur = proposal.budget.currency;
  const isApproved = proposal.status === 'approved';
  const [amounts, setAmounts] = useState<Record<string, number | null>>(() =>
    Object.fromEntries(proposal.lines.map((l) => [l.programme_id, toMajor(l.approved_minor ?? l.proposed_minor, cur)])),
  );
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const adjustedMinor = (programmeId: string) => toMinor(amounts[programmeId] ?? 0, cur);
  const sum = proposal.lines.reduce((s, l) => s + adjustedMinor(l.programme_id), 0);
  const proposedSum = proposal.lines.reduce((s, l) => s + l.proposed_minor, 0);
  const changed = proposal.lines.filter((l) => adjustedMinor(l.programme_id) !== l.proposed_minor);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'value', name: cur },
      yAxis: { type: 'category', inverse: true, data: proposal.lines.map((l) => l.name), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [
        { name: t('programmes.allocation.current'), type: 'bar', data: proposal.lines.map((l) => toMajor(l.current_minor, cur)) },
        { name: t('programmes.allocation.proposed'), type: 'bar', data: proposal.lines.map((l) => toMajor(l.proposed_minor, cur)) },
      ],
    }),
    [proposal, cur, t],
  );

  const approve = () => {
    setIsSaving(true);
    setError(undefined);
    programmesApi
      .approve(proposal.id, {
        adjustments: changed.map((l) => ({ programme_id: l.programme_id, amount_minor: adjustedMinor(l.programme_id) })),
        note: note.trim() || undefined,
      })
      .then(onApproved, setError)
      .finally(() => setIsSaving(false));
  };

  return (
    <section className="panel" aria-labelledby="proposal-title" data-testid="proposal">
      <h2 id="proposal-title">
        {t('programmes.allocation.proposalTitle', { period: proposal.period, budget: f.money(proposal.budget.amount_minor, cur) })}{' '}
        <Tag color={isApproved ? TAG_COLORS.green : TAG_COLORS.blue}>{t(`programmes.allocation.status.${proposal.status}`, { defaultValue: proposal.status })}</Tag>
      </h2>
      <p className="muted">{t('programmes.allocation.versions', { policy: proposal.policy_version, weights: proposal.score_weights_version })}</p>
      <Chart option={option} label={t('programmes.allocation.chart')} height={Math.max(200, proposal.lines.length * 60 + 60)} testId="chart-allocation" />
      <div className="table-wrap">
        <table className="data-table" data-testid="allocation-table">
          <caption>{t('programmes.allocation.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('programmes.allocation.programme')}</th>
              <th scope="col" className="num">{t('programmes.allocation.current')}</th>
              <th scope="col" className="num">{t('programmes.allocation.proposed')}</th>
              <th scope="col" className="num">{t('programmes.allocation.score')}</th>
              <th scope="col">{t('programmes.allocation.reasons')}</th>
              <th scope="col" className="num">{isApproved ? t('programmes.allocation.approved') : t('programmes.allocation.adjusted', { currency: cur })}</th>
            </tr>
          </thead>
          <tbody>
            {proposal.lines.map((l) => (
              <tr key={l.programme_id} data-testid="allocation-line">
                <th scope="row">
                  <Link to={`/programmes/${l.programme_id}`}>{l.name}</Link>
                </th>
                <td className="num">{f.money(l.current_minor, cur)}</td>
                <td className="num" data-testid="proposed" data-minor={l.proposed_minor}>
                  {f.money(l.proposed_minor, cur)}
                </td>
                <td className="num">{f.num(l.score)}</td>
                <td>
                  <ul className="reasons">
                    {l.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </td>
                <td className="num">
                  {isApproved ? (
                    f.money(l.approved_minor ?? l.proposed_minor, cur)
                  ) : (
                    <>
                      <label htmlFor={`${ids}-${l.programme_id}`} className="visually-hidden">
                        {t('programmes.allocation.adjustFor', { name: l.name })}
                      </label>
                      <InputNumber
                        id={`${ids}-${l.programme_id}`}
                        min={0}
                        value={amounts[l.programme_id]}
                        onChange={(v) => setAmounts((a) => ({ ...a, [l.programme_id]: v }))}
                        style={{ width: 150 }}
                      />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('programmes.allocation.total')}</th>
              <td className="num">{f.money(proposal.lines.reduce((s, l) => s + l.current_minor, 0), cur)}</td>
              <td className="num" data-testid="proposed-total">
                {f.money(proposedSum, cur)}
              </td>
              <td />
              <td />
              <td className="num">
                <span className={sum === proposal.budget.amount_minor ? 'alloc-sum-ok' : 'alloc-sum-bad'} data-testid="adjusted-total">
                  {f.money(sum, cur)}
                </span>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {isApproved ? (
        <Alert type="success" showIcon title={t('programmes.allocation.approvedNote', { note: proposal.note ?? '' })} />
      ) : (
        <div className="stack no-print" style={{ marginTop: 12 }}>
          {sum !== proposal.budget.amount_minor ? (
            <Alert type="warning" showIcon role="status" title={t('programmes.allocation.sumMismatch', { sum: f.money(sum, cur), budget: f.money(proposal.budget.amount_minor, cur) })} />
          ) : null}
          <div className="field">
            <label htmlFor={`${ids}-note`}>{changed.length ? t('programmes.allocation.noteRequired') : t('programmes.allocation.note')}</label>
            <Input.TextArea id={`${ids}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          {error ? <RefusalReasons error={error} /> : null}
          <div>
            <Button type="primary" onClick={approve} loading={isSaving} data-testid="approve-button">
              {changed.length ? t('programmes.allocation.approveAdjusted', { count: changed.length }) : t('programmes.allocation.approve')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

/** /allocations: next period's budget between programmes from measured performance (POST /api/allocations/proposal). */
export default function AllocationsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const f = useFormat();
  const ids = useId();
  useDocumentTitle(t('programmes.allocation.title'));
  const [period, setPeriod] = useState<number | null>(new Date().getFullYear() + 1);
  const [amount, setAmount] = useState<number | null>(null);
  const [currency, setCurrency] = useState('CNY');
  const [proposal, setProposal] = useState<Allocation | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const history = useApi((signal) => (me ? programmesApi.allocations({}, { signal }) : Promise.resolve(null)), [me?.user.id, proposal?.id, proposal?.status]);
  const isManager = !!me && (me.roles.includes('programme_manager') || me.roles.includes('admin'));

  if (me === undefined) return <Loading />;
  if (!me)
    return (
      <p>
        <Link to="/sign-in?returnTo=%2Fallocations">{t('programmes.list.signIn')}</Link>
      </p>
    );

  const propose = () => {
    setIsSaving(true);
    setError(undefined);
    programmesApi
      .propose({ period: period ?? 0, budget: { amount_minor: toMinor(amount ?? 0, currency), currency } })
      .then(setProposal, setError)
      .finally(() => setIsSaving(false));
  };

  return (
    <div>
      <p>
        <Link to="/programmes">{t('programmes.back')}</Link>
      </p>
      <h1 className="page-title">{t('programmes.allocation.title')}</h1>
      <p>{t('programmes.allocation.intro')}</p>
      {isManager ? (
        <form
          className="form-section"
          aria-label={t('programmes.allocation.formLabel')}
          onSubmit={(e) => {
            e.preventDefault();
            propose();
          }}
        >
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${ids}-period`}>{t('programmes.allocation.period')}</label>
              <InputNumber id={`${ids}-period`} min={2000} max={2100} value={period} onChange={(v) => setPeriod(v)} style={{ width: '100%' }} />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-budget`}>{t('programmes.allocation.budget')}</label>
              <InputNumber id={`${ids}-budget`} min={0} value={amount} onChange={(v) => setAmount(v)} style={{ width: '100%' }} data-testid="allocation-budget" />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-currency`}>{t('programmes.allocation.currency')}</label>
              <Select id={`${ids}-currency`} value={currency} onChange={(v: string) => setCurrency(v)} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
            </div>
          </div>
          <Button type="primary" htmlType="submit" loading={isSaving} data-testid="propose-button">
            {t('programmes.allocation.propose')}
          </Button>
          {error ? <RefusalReasons error={error} /> : null}
        </form>
      ) : (
        <Alert type="info" showIcon title={t('programmes.allocation.managersOnly')} />
      )}
      {proposal ? <ProposalView key={proposal.id} proposal={proposal} onApproved={setProposal} /> : null}
      <section aria-labelledby="history-title">
        <h2 id="history-title" className="section-title">
          {t('programmes.allocation.history')}
        </h2>
        {history.error ? (
          <ErrorState error={history.error} onRetry={history.reload} />
        ) : !history.data ? (
          <Loading />
        ) : history.data.items.length === 0 ? (
          <EmptyState description={t('programmes.allocation.noHistory')} />
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('programmes.allocation.period')}</th>
                  <th scope="col" className="num">{t('programmes.allocation.budget')}</th>
                  <th scope="col">{t('programmes.allocation.statusLabel')}</th>
                  <th scope="col">{t('programmes.allocation.open')}</th>
                </tr>
              </thead>
              <tbody>
                {history.data.items.slice(0, 20).map((a) => (
                  <tr key={a.id}>
                    <td>{a.period}</td>
                    <td className="num">{f.money(a.budget.amount_minor, a.budget.currency)}</td>
                    <td>{t(`programmes.allocation.status.${a.status}`, { defaultValue: a.status })}</td>
                    <td>
                      <button type="button" className="link-button" onClick={() => setProposal(a)}>
                        {t('programmes.allocation.show')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
