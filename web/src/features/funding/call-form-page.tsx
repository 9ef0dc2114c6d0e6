import { Button, Input, InputNumber, Select } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLanguage } from '../../i18n';
import { EmptyState, Loading } from '../../ui/async-state';
import { ENUMS, pickLabel, useLabels, useTaxonomy } from '../../ui/labels';
import { useSession } from '../../ui/session';
import { useDocumentTitle } from '../../ui/use-document-title';
import { fundingApi, INSTRUMENTS, SIZE_CLASSES, toMinor, type Criterion } from './api';
import { RefusalReasons } from './apply-form';
import { isoToday } from './parts';

const DEFAULT_CRITERIA: Criterion[] = [
  { key: 'impact', label: '', weight: 50 },
  { key: 'feasibility', label: '', weight: 30 },
  { key: 'team', label: '', weight: 20 },
];

/** /calls/new: a funder drafts a call for one of their organizations (published from its management page). */
export default function CallFormPage() {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const { me } = useSession();
  const labels = useLabels();
  const countries = useTaxonomy('countries');
  const currencies = useTaxonomy('currencies');
  const navigate = useNavigate();
  const ids = useId();
  useDocumentTitle(t('funding.form.title'));
  const memberships = me?.memberships ?? [];
  const [funder, setFunder] = useState<string | undefined>(memberships[0]?.organization_id);
  const [title, setTitle] = useState('');
  const [theme, setTheme] = useState('');
  const [description, setDescription] = useState('');
  const [sectors, setSectors] = useState<string[]>([]);
  const [trlMin, setTrlMin] = useState<number | null>(null);
  const [trlMax, setTrlMax] = useState<number | null>(null);
  const [instrument, setInstrument] = useState<string>('grant');
  const [currency, setCurrency] = useState('CNY');
  const [budget, setBudget] = useState<number | null>(null);
  const [ceiling, setCeiling] = useState<number | null>(null);
  const [orgTypes, setOrgTypes] = useState<string[]>([]);
  const [countryCodes, setCountryCodes] = useState<string[]>([]);
  const [regions, setRegions] = useState<string[]>([]);
  const [sizes, setSizes] = useState<string[]>([]);
  const [opensOn, setOpensOn] = useState(isoToday());
  const [closesOn, setClosesOn] = useState('');
  const [criteria, setCriteria] = useState<Criterion[]>(DEFAULT_CRITERIA.map((c) => ({ ...c, label: t(`funding.form.defaultCriteria.${c.key}`) })));
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  if (me === undefined) return <Loading />;
  if (!me || !me.roles.includes('funder')) return <EmptyState description={t('funding.form.funderOnly')} />;

  const setCriterion = (i: number, change: Partial<Criterion>) => setCriteria((cs) => cs.map((c, j) => (j === i ? { ...c, ...change } : c)));
  const weightSum = criteria.reduce((s, c) => s + (c.weight || 0), 0);

  const submit = async () => {
    setIsSaving(true);
    setError(undefined);
    try {
      const call = await fundingApi.createCall({
        funder_organization_id: funder ?? '',
        title,
        theme,
        description,
        sectors,
        trl_min: trlMin,
        trl_max: trlMax,
        instrument,
        budget: { amount_minor: toMinor(budget ?? 0, currency), currency },
        ceiling: { amount_minor: toMinor(ceiling ?? 0, currency), currency },
        eligibility: { organization_types: orgTypes, countries: countryCodes, regions, size_classes: sizes },
        criteria,
        opens_on: opensOn,
        closes_on: closesOn,
      });
      navigate(`/calls/${call.id}/manage`);
    } catch (e) {
      setError(e);
      setIsSaving(false);
    }
  };

  const field = (key: string, label: string, control: React.ReactNode) => (
    <div className="field">
      <label htmlFor={`${ids}-${key}`}>{label}</label>
      {control}
    </div>
  );

  return (
    <form
      className="form-layout"
      aria-label={t('funding.form.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p>
        <Link to="/calls">{t('funding.calls.back')}</Link>
      </p>
      <h1 className="page-title">{t('funding.form.title')}</h1>
      <p>{t('funding.form.intro')}</p>
      <section className="form-section">
        <h2>{t('funding.form.about')}</h2>
        {field(
          'funder',
          t('funding.form.funder'),
          <Select
            id={`${ids}-funder`}
            value={funder}
            onChange={(v: string) => setFunder(v)}
            options={memberships.map((m) => ({ value: m.organization_id, label: (content === 'zh' ? (m.organization_name_zh ?? m.organization_name) : (m.organization_name ?? m.organization_name_zh)) ?? m.organization_id }))}
          />,
        )}
        {field('title', t('funding.form.callTitle'), <Input id={`${ids}-title`} value={title} maxLength={256} onChange={(e) => setTitle(e.target.value)} />)}
        {field('theme', t('funding.call.theme'), <Input id={`${ids}-theme`} value={theme} maxLength={500} onChange={(e) => setTheme(e.target.value)} />)}
        {field('description', t('funding.form.description'), <Input.TextArea id={`${ids}-description`} rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />)}
        <div className="field-row">
          {field(
            'instrument',
            t('funding.call.instrument'),
            <Select id={`${ids}-instrument`} value={instrument} onChange={(v: string) => setInstrument(v)} options={INSTRUMENTS.map((i) => ({ value: i, label: t(`funding.instrument.${i}`) }))} />,
          )}
          {field(
            'sectors',
            t('funding.call.sectors'),
            <Select
              id={`${ids}-sectors`}
              mode="multiple"
              value={sectors}
              onChange={(v: string[]) => setSectors(v)}
              optionFilterProp="label"
              options={labels.sectors.map((s) => ({ value: s.code, label: labels.sector(s.code) }))}
            />,
          )}
          {field('trlMin', t('funding.form.trlMin'), <InputNumber id={`${ids}-trlMin`} min={1} max={9} style={{ width: '100%' }} value={trlMin} onChange={(v) => setTrlMin(v)} />)}
          {field('trlMax', t('funding.form.trlMax'), <InputNumber id={`${ids}-trlMax`} min={1} max={9} style={{ width: '100%' }} value={trlMax} onChange={(v) => setTrlMax(v)} />)}
        </div>
      </section>
      <section className="form-section">
        <h2>{t('funding.form.money')}</h2>
        <div className="field-row">
          {field(
            'currency',
            t('funding.form.currency'),
            <Select
              id={`${ids}-currency`}
              showSearch
              value={currency}
              onChange={(v: string) => setCurrency(v)}
              options={(currencies ?? [{ code: 'CNY' }]).map((c) => ({ value: c.code, label: c.code }))}
            />,
          )}
          {field('budget', t('funding.call.budget'), <InputNumber id={`${ids}-budget`} min={0} style={{ width: '100%' }} value={budget} onChange={(v) => setBudget(v)} />)}
          {field('ceiling', t('funding.call.ceiling'), <InputNumber id={`${ids}-ceiling`} min={0} style={{ width: '100%' }} value={ceiling} onChange={(v) => setCeiling(v)} />)}
        </div>
        <div className="field-row">
          {field('opens', t('funding.call.opens'), <Input id={`${ids}-opens`} type="date" value={opensOn} onChange={(e) => setOpensOn(e.target.value)} />)}
          {field('closes', t('funding.call.closes'), <Input id={`${ids}-closes`} type="date" value={closesOn} onChange={(e) => setClosesOn(e.target.value)} />)}
        </div>
      </section>
      <section className="form-section">
        <h2>{t('funding.call.eligibility')}</h2>
        <p className="muted">{t('funding.form.eligibilityHint')}</p>
        <div className="field-row">
          {field(
            'types',
            t('funding.form.orgTypes'),
            <Select id={`${ids}-types`} mode="multiple" value={orgTypes} onChange={(v: string[]) => setOrgTypes(v)} options={ENUMS.org_type.map((o) => ({ value: o, label: labels.enumLabel('org_type', o) }))} />,
          )}
          {field(
            'countries',
            t('funding.form.countries'),
            <Select
              id={`${ids}-countries`}
              mode="multiple"
              optionFilterProp="label"
              value={countryCodes}
              onChange={(v: string[]) => setCountryCodes(v)}
              options={(countries ?? []).map((c) => ({ value: c.code, label: pickLabel(c, content) }))}
            />,
          )}
          {field('regions', t('funding.form.regions'), <Select id={`${ids}-regions`} mode="tags" value={regions} onChange={(v: string[]) => setRegions(v)} />)}
          {field('sizes', t('funding.form.sizes'), <Select id={`${ids}-sizes`} mode="multiple" value={sizes} onChange={(v: string[]) => setSizes(v)} options={SIZE_CLASSES.map((s) => ({ value: s, label: s }))} />)}
        </div>
      </section>
      <section className="form-section">
        <h2>{t('funding.call.criteria')}</h2>
        {criteria.map((c, i) => (
          <div className="criterion-row" key={i}>
            {field(`ck${i}`, t('funding.form.criterionKey'), <Input id={`${ids}-ck${i}`} value={c.key} onChange={(e) => setCriterion(i, { key: e.target.value })} />)}
            {field(`cl${i}`, t('funding.call.criterion'), <Input id={`${ids}-cl${i}`} value={c.label} onChange={(e) => setCriterion(i, { label: e.target.value })} />)}
            {field(`cw${i}`, t('funding.call.weight'), <InputNumber id={`${ids}-cw${i}`} min={0} max={100} style={{ width: '100%' }} value={c.weight} onChange={(v) => setCriterion(i, { weight: v ?? 0 })} />)}
            <Button disabled={criteria.length === 1} onClick={() => setCriteria((cs) => cs.filter((_, j) => j !== i))}>
              {t('funding.form.removeCriterion')}
            </Button>
          </div>
        ))}
        <div className="row-wrap">
          <Button onClick={() => setCriteria((cs) => [...cs, { key: '', label: '', weight: 0 }])}>{t('funding.form.addCriterion')}</Button>
          <span className={weightSum === 100 ? 'muted' : ''} role="status">
            {t('funding.form.weightSum', { sum: weightSum })}
          </span>
        </div>
      </section>
      {error ? <RefusalReasons error={error} /> : null}
      <div className="form-actions">
        <Button type="primary" htmlType="submit" loading={isSaving} data-testid="call-create">
          {t('funding.form.create')}
        </Button>
      </div>
    </form>
  );
}
