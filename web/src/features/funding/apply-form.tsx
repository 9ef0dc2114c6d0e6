import { Alert, Button, Input, InputNumber, Radio, Select } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useLanguage } from '../../i18n';
import { ErrorState } from '../../ui/async-state';
import { toMajor } from '../../ui/format';
import { useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { fundingApi, toMinor, type Application, type Call } from './api';
import { useMoney } from './parts';

type MilestoneDraft = { title: string; due_on: string; amount: number | null };

/** Why the API refused: the eligibility reasons one by one, else the message (with field issues). */
export function RefusalReasons({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return <ErrorState error={error} />;
  const reasons = (error.details?.reasons as { rule: string; message: string }[] | undefined) ?? [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="apply-refusal"
      title={error.code === 'FUNDING_NOT_ELIGIBLE' ? t('funding.apply.notEligible') : t('funding.apply.refused')}
      description={
        <>
          <span data-testid="error-message">{error.message}</span>
          {reasons.length > 0 || error.issues.length > 0 ? (
            <ul className="reasons">
              {reasons.map((r) => (
                <li key={r.rule}>{r.message}</li>
              ))}
              {error.issues.map((i) => (
                <li key={`${i.path}${i.message}`}>{i.message}</li>
              ))}
            </ul>
          ) : null}
        </>
      }
    />
  );
}

/** Applying to a call for one of the user's organizations, from a funding_request listing or new. */
export default function ApplyForm({ call, onCancel }: { call: Call; onCancel: () => void }) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const { me } = useSession();
  const money = useMoney();
  const ids = useId();
  const cur = call.budget.currency;
  const memberships = me?.memberships ?? [];
  const [orgId, setOrgId] = useState(memberships[0]?.organization_id ?? '');
  const [source, setSource] = useState<'listing' | 'new'>('new');
  const [listingId, setListingId] = useState<string | undefined>(undefined);
  const [title, setTitle] = useState('');
  const [plan, setPlan] = useState('');
  const [requested, setRequested] = useState<number | null>(null);
  const [coFunding, setCoFunding] = useState<number | null>(null);
  const [trl, setTrl] = useState<number | null>(null);
  const [milestones, setMilestones] = useState<MilestoneDraft[]>([{ title: '', due_on: '', amount: null }]);
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [done, setDone] = useState<Application | null>(null);

  const listings = useApi((signal) => (orgId ? fundingApi.myFundingRequests(orgId, { signal }) : Promise.resolve(null)), [orgId]);
  const requests = listings.data?.items ?? [];

  useEffect(() => {
    const l = requests.find((x) => x.id === listingId);
    if (!l) return;
    if (l.trl !== null) setTrl(l.trl);
    const ask = l.price?.max_minor ?? l.price?.min_minor ?? null;
    if (ask !== null && l.price?.currency === cur) setRequested(toMajor(ask, cur));
  }, [listingId]);

  const milestoneSum = milestones.reduce((s, m) => s + (m.amount ?? 0), 0);
  const orgName = (m: (typeof memberships)[number]) => (content === 'zh' ? (m.organization_name_zh ?? m.organization_name) : (m.organization_name ?? m.organization_name_zh)) ?? m.organization_id;

  if (done)
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        data-testid="apply-done"
        title={t('funding.apply.done')}
        description={t('funding.apply.doneDetail', { title: done.title, amount: money(done.requested.amount_minor, done.requested.currency) })}
      />
    );

  const submit = async () => {
    setIsSaving(true);
    setError(undefined);
    try {
      const created = await fundingApi.apply(call.id, {
        applicant_organization_id: orgId,
        listing_id: source === 'listing' ? (listingId ?? null) : null,
        title: title.trim() || undefined,
        plan: plan.trim() || undefined,
        requested: { amount_minor: toMinor(requested ?? 0, cur), currency: cur },
        co_funding: { amount_minor: toMinor(coFunding ?? 0, cur), currency: cur },
        trl,
        milestones: milestones.map((m) => ({ title: m.title.trim(), due_on: m.due_on, amount_minor: toMinor(m.amount ?? 0, cur) })),
      });
      setDone(created);
    } catch (e) {
      setError(e);
    } finally {
      setIsSaving(false);
    }
  };

  const setMilestone = (i: number, change: Partial<MilestoneDraft>) => setMilestones((ms) => ms.map((m, j) => (j === i ? { ...m, ...change } : m)));

  return (
    <form
      className="stack"
      data-testid="apply-form"
      aria-label={t('funding.apply.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${ids}-org`}>{t('funding.apply.organization')}</label>
          <Select id={`${ids}-org`} value={orgId} onChange={(v: string) => setOrgId(v)} options={memberships.map((m) => ({ value: m.organization_id, label: orgName(m) }))} />
        </div>
      </div>
      <Radio.Group value={source} onChange={(e) => setSource(e.target.value as 'listing' | 'new')} aria-label={t('funding.apply.source')}>
        <Radio value="new">{t('funding.apply.sourceNew')}</Radio>
        <Radio value="listing">{t('funding.apply.sourceListing')}</Radio>
      </Radio.Group>
      {source === 'listing' ? (
        <div className="field">
          <label htmlFor={`${ids}-listing`}>{t('funding.apply.listing')}</label>
          {listings.error ? <ErrorState error={listings.error} onRetry={listings.reload} /> : null}
          <Select
            id={`${ids}-listing`}
            loading={listings.isLoading}
            value={listingId}
            onChange={(v: string) => setListingId(v)}
            placeholder={requests.length || listings.isLoading ? t('funding.apply.pickListing') : t('funding.apply.noListings')}
            options={requests.map((l) => ({ value: l.id, label: l.title }))}
          />
          <span className="muted">{t('funding.apply.listingHint')}</span>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${ids}-title`}>{t('funding.apply.appTitle')}</label>
        <Input id={`${ids}-title`} value={title} maxLength={256} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-plan`}>{t('funding.apply.plan')}</label>
        <Input.TextArea id={`${ids}-plan`} value={plan} rows={4} onChange={(e) => setPlan(e.target.value)} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${ids}-requested`}>{t('funding.apply.requested', { currency: cur })}</label>
          <InputNumber id={`${ids}-requested`} min={0} style={{ width: '100%' }} value={requested} onChange={(v) => setRequested(v)} />
          <span className="muted">{t('funding.apply.ceilingHint', { amount: money(call.ceiling.amount_minor, cur) })}</span>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-cofunding`}>{t('funding.apply.coFunding', { currency: cur })}</label>
          <InputNumber id={`${ids}-cofunding`} min={0} style={{ width: '100%' }} value={coFunding} onChange={(v) => setCoFunding(v)} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-trl`}>{t('funding.apply.trl')}</label>
          <InputNumber id={`${ids}-trl`} min={1} max={9} style={{ width: '100%' }} value={trl} onChange={(v) => setTrl(v)} />
        </div>
      </div>
      <fieldset className="facet">
        <legend>{t('funding.apply.milestones')}</legend>
        {milestones.map((m, i) => (
          <div className="milestone-row" key={i} data-testid="milestone">
            <div className="field">
              <label htmlFor={`${ids}-m${i}-title`}>{t('funding.apply.milestoneTitle', { n: i + 1 })}</label>
              <Input id={`${ids}-m${i}-title`} value={m.title} onChange={(e) => setMilestone(i, { title: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-m${i}-due`}>{t('funding.apply.milestoneDue')}</label>
              <Input id={`${ids}-m${i}-due`} type="date" value={m.due_on} onChange={(e) => setMilestone(i, { due_on: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-m${i}-amount`}>{t('funding.apply.milestoneAmount', { currency: cur })}</label>
              <InputNumber id={`${ids}-m${i}-amount`} min={0} style={{ width: '100%' }} value={m.amount} onChange={(v) => setMilestone(i, { amount: v })} />
            </div>
            <Button disabled={milestones.length === 1} onClick={() => setMilestones((ms) => ms.filter((_, j) => j !== i))}>
              {t('funding.apply.removeMilestone')}
            </Button>
          </div>
        ))}
        <div className="row-wrap">
          <Button onClick={() => setMilestones((ms) => [...ms, { title: '', due_on: '', amount: null }])}>{t('funding.apply.addMilestone')}</Button>
          <span className="muted" data-testid="milestone-sum">
            {t('funding.apply.milestoneSum', { sum: money(toMinor(milestoneSum, cur), cur), requested: money(toMinor(requested ?? 0, cur), cur) })}
          </span>
        </div>
      </fieldset>
      {error ? <RefusalReasons error={error} /> : null}
      <div className="row-wrap">
        <Button type="primary" htmlType="submit" loading={isSaving} data-testid="apply-submit">
          {t('funding.apply.submit')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
