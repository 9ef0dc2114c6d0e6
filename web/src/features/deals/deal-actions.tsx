import { Alert, Button, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useLanguage } from '../../i18n';
import { ErrorState, Loading, useErrorMessage } from '../../ui/async-state';
import { minorUnitsOf } from '../../ui/format';
import { pickLabel, useTaxonomy } from '../../ui/labels';
import { useApi } from '../../ui/use-api';
import {
  AGREEMENT_TYPES,
  DEAL_LIMITS,
  dealsApi,
  LOST_REASONS,
  type Deal,
  type NextActions,
  type NextMove,
  type TransitionFields,
} from './api';
import { stageKey } from './stages';

/** Codes meaning "the deal is no longer where you saw it": someone else moved it. */
export const CONFLICT_CODES = ['DEAL_VERSION_CONFLICT', 'DEAL_TRANSITION_NOT_ALLOWED', 'DEAL_NDA_NOT_OPEN', 'DEAL_NDA_VERSION_MISMATCH'];
export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409 && CONFLICT_CODES.includes(error.code);

const today = () => new Date().toISOString().slice(0, 10);

type Done = (deal: Deal) => void;
type Failed = (error: unknown) => void;

/** A move's form fields (none for a plain move), laid out for its stage. */
function MoveFields({ move, deal, formId }: { move: NextMove; deal: Deal; formId: string }) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const currencies = useTaxonomy('currencies');
  const countries = useTaxonomy('countries');
  const currencyOptions = (currencies ?? [{ code: 'CNY', en: 'Chinese yuan', zh: '人民币', minor_units: 2 }]).map((c) => ({
    value: c.code,
    label: `${c.code} · ${pickLabel(c, content)}`,
  }));
  const countryOptions = (countries ?? []).map((c) => ({ value: c.code, label: `${pickLabel(c, content)} (${c.code})` }));
  const required = { required: true, message: t('deals.form.required') };
  switch (move.needs) {
    case 'decline_reason':
      return (
        <Form.Item name="reason" label={t('deals.form.declineReason')} rules={[required]}>
          <Input.TextArea rows={3} maxLength={DEAL_LIMITS.reason} showCount />
        </Form.Item>
      );
    case 'lost_reason':
      return (
        <>
          <Form.Item name="lost_reason" label={t('deals.form.lostReason')} rules={[required]}>
            <Select
              options={LOST_REASONS.map((r) => ({ value: r, label: t(`deals.lostReason.${r}`) }))}
              placeholder={t('deals.form.choose')}
            />
          </Form.Item>
          <Form.Item
            noStyle
            shouldUpdate={(a: { lost_reason?: string }, b: { lost_reason?: string }) => a.lost_reason !== b.lost_reason}
          >
            {({ getFieldValue }) => (
              <Form.Item
                name="reason"
                label={t('deals.form.lostText')}
                rules={getFieldValue('lost_reason') === 'other' ? [required] : []}
                extra={t('deals.form.lostTextHint')}
              >
                <Input.TextArea rows={2} maxLength={DEAL_LIMITS.reason} />
              </Form.Item>
            )}
          </Form.Item>
        </>
      );
    case 'agreement':
      return (
        <div className="field-grid">
          <Form.Item name="agreement_type" label={t('deals.form.agreementType')} rules={[required]}>
            <Select
              options={AGREEMENT_TYPES.map((a) => ({ value: a, label: t(`deals.agreementType.${a}`) }))}
              placeholder={t('deals.form.choose')}
            />
          </Form.Item>
          <Form.Item name="value" label={t('deals.form.value')} rules={[required]}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="currency" label={t('deals.form.currency')} rules={[required]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={currencyOptions} />
          </Form.Item>
          <Form.Item name="signed_on" label={t('deals.form.signedOn')} rules={[required]}>
            <Input type="date" max={today()} />
          </Form.Item>
        </div>
      );
    case 'registration':
      return (
        <>
          <div className="field-grid">
            <Form.Item name="registration_number" label={t('deals.form.registrationNumber')} rules={[required]}>
              <Input maxLength={DEAL_LIMITS.registrationNumber} />
            </Form.Item>
            <Form.Item name="registry" label={t('deals.form.registry')} rules={[required]}>
              <Input maxLength={DEAL_LIMITS.registry} />
            </Form.Item>
            <Form.Item name="registered_on" label={t('deals.form.registeredOn')} rules={[required]}>
              <Input type="date" min={deal.agreement?.signed_on} max={today()} />
            </Form.Item>
            <Form.Item name="value" label={t('deals.form.value')} rules={[required]}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="currency" label={t('deals.form.currency')} rules={[required]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={currencyOptions} />
            </Form.Item>
          </div>
          <p className="muted" id={`${formId}-places`}>
            {t('deals.form.placesHint')}
          </p>
          <div className="field-grid">
            <Form.Item name="buyer_country" label={t('deals.form.buyerCountry')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={countryOptions} placeholder={t('deals.form.fromOrganization')} />
            </Form.Item>
            <Form.Item name="buyer_region" label={t('deals.form.buyerRegion')}>
              <Input maxLength={DEAL_LIMITS.region} placeholder={t('deals.form.fromOrganization')} />
            </Form.Item>
            <Form.Item name="seller_country" label={t('deals.form.sellerCountry')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={countryOptions} placeholder={t('deals.form.fromOrganization')} />
            </Form.Item>
            <Form.Item name="seller_region" label={t('deals.form.sellerRegion')}>
              <Input maxLength={DEAL_LIMITS.region} placeholder={t('deals.form.fromOrganization')} />
            </Form.Item>
          </div>
        </>
      );
    default:
      return null;
  }
}

type MoveValues = Record<string, string | number | undefined | null>;

/** The POST /transition fields from the form's values (money in minor units; blanks left out). */
export function toTransitionFields(values: MoveValues): TransitionFields {
  const out: Record<string, string | number> = {};
  for (const [key, raw] of Object.entries(values)) {
    if (raw === undefined || raw === null || key === 'value') continue;
    const v = typeof raw === 'string' ? raw.trim() : raw;
    if (v !== '') out[key] = v;
  }
  if (typeof values.value === 'number' && typeof values.currency === 'string') {
    out.value_minor = Math.round(values.value * 10 ** minorUnitsOf(values.currency));
  }
  return out as TransitionFields;
}

function initialValues(move: NextMove, deal: Deal): MoveValues {
  const a = deal.agreement;
  const asMajor = (minor: number, currency: string) => minor / 10 ** minorUnitsOf(currency);
  if (move.needs === 'agreement') return { currency: 'CNY' };
  if (move.needs === 'registration') return a ? { value: asMajor(a.value_minor, a.currency), currency: a.currency } : { currency: 'CNY' };
  return {};
}

function MoveForm({ deal, move, version, onDone, onFailed }: { deal: Deal; move: NextMove; version: number; onDone: Done; onFailed: Failed }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MoveValues>();
  const [isBusy, setIsBusy] = useState(false);
  const formId = `move-${move.to}`;
  const headingId = `${formId}-title`;
  const blocked = move.blocked_by !== null;
  const submit = async (values: MoveValues) => {
    setIsBusy(true);
    try {
      const r = await dealsApi.transition(deal.id, move.to, version, toTransitionFields(values));
      form.resetFields();
      onDone(r.deal);
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        const names = new Set(move.fields.map((f) => (f === 'value_minor' ? 'value' : f)));
        form.setFields(
          error.issues
            .map((i) => ({ name: i.path === 'value_minor' ? 'value' : i.path, errors: [i.message] }))
            .filter((f) => names.has(f.name)),
        );
      }
      onFailed(error);
    } finally {
      setIsBusy(false);
    }
  };
  const isLoss = move.to === 'closed_lost' || move.to === 'declined';
  return (
    <section className="deal-action" aria-labelledby={headingId} data-testid={`move-${move.to}`}>
      <h3 id={headingId}>{t('deals.move.title', { stage: t(stageKey(move.to)) })}</h3>
      <p className="muted" style={{ marginTop: 0 }}>
        {t(`deals.move.hint.${move.to}`)}
      </p>
      {blocked ? (
        <Alert type="info" showIcon title={t(`deals.move.blocked.${move.blocked_by}`, { defaultValue: t('deals.move.blockedGeneric') })} />
      ) : (
        <Form form={form} name={formId} layout="vertical" onFinish={(v) => void submit(v)} initialValues={initialValues(move, deal)} requiredMark="optional">
          <MoveFields move={move} deal={deal} formId={formId} />
          <Button htmlType="submit" type={isLoss ? 'default' : 'primary'} danger={isLoss} loading={isBusy}>
            {t(`deals.move.button.${move.to}`)}
          </Button>
        </Form>
      )}
    </section>
  );
}

/** The NDA text of the deal's version, and acceptance for the caller's side(s). */
function NdaAcceptance({ deal, next, onDone, onFailed }: { deal: Deal; next: NextActions; onDone: Done; onFailed: Failed }) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const version = next.nda.version ?? deal.nda.version ?? 1;
  const template = useApi((signal) => dealsApi.ndaTemplate(version, { signal }), [version]);
  const [hasRead, setHasRead] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const accept = async () => {
    setIsBusy(true);
    try {
      onDone((await dealsApi.acceptNda(deal.id, version)).deal);
    } catch (error) {
      onFailed(error);
    } finally {
      setIsBusy(false);
    }
  };
  const sides = next.nda.can_accept_for.map((s) => t(`deals.role.${s}`)).join(t('common.listSeparator'));
  return (
    <section className="deal-action" aria-labelledby="nda-accept-title" data-testid="nda-accept">
      <h3 id="nda-accept-title">{t('deals.nda.acceptTitle', { version })}</h3>
      {template.error ? (
        <ErrorState error={template.error} onRetry={template.reload} />
      ) : !template.data ? (
        <Loading />
      ) : (
        <>
          <p style={{ marginTop: 0 }}>
            <strong>{content === 'zh' ? template.data.title_zh : template.data.title_en}</strong>
          </p>
          <div className="nda-text" tabIndex={0} role="region" aria-label={t('deals.nda.textLabel')} data-testid="nda-text" lang={content === 'zh' ? 'zh-CN' : 'en'}>
            {content === 'zh' ? template.data.text_zh : template.data.text_en}
          </div>
        </>
      )}
      <p>
        <Checkbox checked={hasRead} onChange={(e) => setHasRead(e.target.checked)} data-testid="nda-read">
          {t('deals.nda.readConfirm', { version, sides })}
        </Checkbox>
      </p>
      <Button type="primary" disabled={!hasRead || !template.data} loading={isBusy} onClick={() => void accept()}>
        {t('deals.nda.accept', { version })}
      </Button>
    </section>
  );
}

/** Only what the API says the caller may do next, each with the form its stage needs. */
export function DealActions({
  deal,
  next,
  onDone,
}: {
  deal: Deal;
  next: NextActions;
  onDone: (deal: Deal, what: 'moved' | 'nda' | 'reload') => void;
}) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const onFailed = (error: unknown) => {
    if (isConflict(error)) {
      setConflict(true);
      setFailure(null);
    } else setFailure(error);
  };
  const clear = () => {
    setConflict(false);
    setFailure(null);
  };
  // The loss move comes last: it is always there and rarely wanted.
  const moves = [...next.items].sort((a, b) => Number(a.to === 'closed_lost') - Number(b.to === 'closed_lost'));
  const hasNothing = moves.length === 0 && next.nda.can_accept_for.length === 0;
  return (
    <div className="deal-actions" data-testid="deal-actions">
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-testid="conflict"
          title={t('deals.conflict.title')}
          description={t('deals.conflict.text')}
          action={
            <Button
              onClick={() => {
                clear();
                onDone(deal, 'reload');
              }}
            >
              {t('deals.conflict.reload')}
            </Button>
          }
        />
      ) : null}
      {failure ? (
        <Alert type="error" showIcon role="alert" data-testid="action-error" title={t('deals.actionFailed')} description={messageOf(failure)} closable={{ onClose: () => setFailure(null) }} />
      ) : null}
      {hasNothing ? <p className="muted" data-testid="no-actions">{t('deals.noActions')}</p> : null}
      {next.nda.can_accept_for.length > 0 ? (
        <NdaAcceptance
          deal={deal}
          next={next}
          onDone={(d) => {
            clear();
            onDone(d, 'nda');
          }}
          onFailed={onFailed}
        />
      ) : null}
      {moves.map((m) => (
        <MoveForm
          key={m.to}
          deal={deal}
          move={m}
          version={next.version}
          onDone={(d) => {
            clear();
            onDone(d, 'moved');
          }}
          onFailed={onFailed}
        />
      ))}
    </div>
  );
}
