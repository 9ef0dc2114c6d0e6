import { Alert, Button, Checkbox, DatePicker, Form, Input, InputNumber, message, Radio, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import {
  COOPERATION_TYPES,
  IPR_STATUSES,
  LISTING_KINDS,
  type Language,
  type Listing,
  type ListingKind,
  type Me,
} from '../../api/types';
import { useLanguage } from '../../i18n';
import { ErrorState, Loading } from '../../ui/async-state';
import { pickLabel, useLabels, useTaxonomy } from '../../ui/labels';
import { canManageListing, isBroker, useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import {
  changedFields,
  emptyFormValues,
  fromListing,
  mapIssues,
  otherLanguage,
  toListingInput,
  type FieldName,
  type ListingFormValues,
} from './listing-form-model';
import { ClassifySuggestions } from './classify-suggestions';
import { IpcPicker, OrganizationSelect, SectorPicker } from './pickers';
import { PRICE_LABEL_KEYS } from './price';
import { TrlHelper } from './trl-helper';

const KIND_HINT_KEYS: Record<ListingKind, string> = {
  technology_offer: 'form.kindHint.technology_offer',
  technology_request: 'form.kindHint.technology_request',
  funding_request: 'form.kindHint.funding_request',
  investment_offer: 'form.kindHint.investment_offer',
  rd_partnership: 'form.kindHint.rd_partnership',
};

const TITLE_PLACEHOLDER_KEYS: Record<ListingKind, string> = {
  technology_offer: 'form.titlePlaceholder.technology_offer',
  technology_request: 'form.titlePlaceholder.technology_request',
  funding_request: 'form.titlePlaceholder.funding_request',
  investment_offer: 'form.titlePlaceholder.investment_offer',
  rd_partnership: 'form.titlePlaceholder.rd_partnership',
};

const LIMITS = { title: 256, summary: 500, description: 4000, confidential: 20000 };

function isKind(value: string | null): value is ListingKind {
  return value !== null && (LISTING_KINDS as readonly string[]).includes(value);
}

type FormProps = { initial: Listing | null; presetKind: ListingKind | null; me: Me };

function ListingForm({ initial, presetKind, me }: FormProps) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const labels = useLabels();
  const navigate = useNavigate();
  const [messageApi, messageHolder] = message.useMessage();
  const [form] = Form.useForm<ListingFormValues>();
  const [listing, setListing] = useState<Listing | null>(initial);
  const [kind, setKind] = useState<ListingKind | null>(initial?.kind ?? presetKind);
  const [failure, setFailure] = useState<{ error: unknown; general: string[] } | null>(null);
  const [busy, setBusy] = useState<'draft' | 'publish' | null>(null);
  const [isTrlHelperOpen, setIsTrlHelperOpen] = useState(false);
  const errorFields = useRef<FieldName[]>([]);
  const countries = useTaxonomy('countries');
  const currencies = useTaxonomy('currencies');
  const trl = useTaxonomy('trl');

  const memberships = isBroker(me) ? null : me.memberships;
  const initialValues = useMemo(
    () =>
      initial
        ? fromListing(initial)
        : { ...emptyFormValues(presetKind ?? 'technology_offer', content), owner_organization_id: memberships?.[0]?.organization_id },
    // The form reads initial values once; later language switches must not reset typed text.
    [],
  );
  const language = (Form.useWatch('language', form) ?? initialValues.language) as Language;
  const iprStatus = Form.useWatch('ipr_status', form) ?? initialValues.ipr_status;
  const hasTranslation = Form.useWatch('hasTranslation', form) ?? initialValues.hasTranslation;
  const chosenSectors = (Form.useWatch('sectors', form) ?? initialValues.sectors) as string[];
  const chosenIpc = (Form.useWatch('ipc_codes', form) ?? initialValues.ipc_codes) as string[];
  const owner = Form.useWatch('owner_organization_id', form) ?? initialValues.owner_organization_id;
  const other = otherLanguage(language);
  const isEditing = listing !== null;

  // The owner's country is the likely country of origin: fill it in while the field is empty.
  useEffect(() => {
    if (!owner || form.getFieldValue('country')) return;
    const controller = new AbortController();
    api.getOrganization(owner, { signal: controller.signal }).then(
      (org) => {
        if (!form.getFieldValue('country')) form.setFieldValue('country', org.country);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [owner, form]);
  const isDraft = !listing || listing.status === 'draft';
  useDocumentTitle(isEditing ? t('form.editTitle') : t('form.newTitle'));

  const countryOptions = useMemo(
    () =>
      (countries ?? [])
        .map((c) => ({ value: c.code, label: pickLabel(c, content), search: `${c.en} ${c.zh} ${c.code}` }))
        .sort((a, b) => a.label.localeCompare(b.label, content === 'zh' ? 'zh-CN' : 'en')),
    [countries, content],
  );

  const clearErrors = () => {
    form.setFields(errorFields.current.map((name) => ({ name: name as never, errors: [] })));
    errorFields.current = [];
    setFailure(null);
  };

  const showError = (error: unknown) => {
    if (error instanceof ApiError && error.issues.length > 0) {
      const mapped = mapIssues(error.issues);
      form.setFields(mapped.fields.map((f) => ({ name: f.name as never, errors: f.errors })));
      errorFields.current = mapped.fields.map((f) => f.name);
      setFailure({ error, general: mapped.general });
      const first = mapped.fields[0];
      if (first) form.scrollToField(first.name as never, { block: 'center', focus: true });
    } else {
      setFailure({ error, general: [] });
    }
  };

  const save = async (publish: boolean) => {
    clearErrors();
    setBusy(publish ? 'publish' : 'draft');
    const values = { ...initialValues, ...form.getFieldsValue(true), kind: kind ?? initialValues.kind } as ListingFormValues;
    const body = toListingInput(values);
    let saved = listing;
    try {
      if (!saved) {
        saved = await api.createListing(body);
      } else {
        const diff = changedFields(toListingInput(fromListing(saved)), body);
        if (Object.keys(diff).length > 0) saved = await api.updateListing(saved.id, { ...diff, version: saved.version });
      }
      setListing(saved);
      if (publish && saved.status === 'draft') {
        saved = await api.publishListing(saved.id, saved.version);
      }
      if (publish || !isDraft) {
        void navigate(`/listings/${saved.id}`, { state: { flash: publish ? 'published' : 'saved' } });
        return;
      }
      void messageApi.success(t('form.draftSaved'));
      if (!listing) void navigate(`/listings/${saved.id}/edit`, { replace: true, state: { listing: saved, fromNew: true } });
    } catch (error) {
      // The draft may have been created before publishing failed: stay on its edit address.
      if (saved && !listing) {
        void navigate(`/listings/${saved.id}/edit`, { replace: true, state: { listing: saved, fromNew: true } });
      }
      showError(error);
    } finally {
      setBusy(null);
    }
  };

  const kindChooser = (
    <section className="form-section" aria-labelledby="kind-title">
      <h2 id="kind-title">{t('form.section.kind')}</h2>
      <Radio.Group
        aria-labelledby="kind-title"
        value={kind}
        disabled={isEditing}
        onChange={(event) => {
          setKind(event.target.value as ListingKind);
          form.setFieldValue('kind', event.target.value);
        }}
        style={{ width: '100%' }}
      >
        <div className="kind-options">
          {LISTING_KINDS.map((k) => (
            <Radio key={k} value={k} data-testid={`kind-${k}`}>
              <strong>{labels.enumLabel('kind', k)}</strong>
            </Radio>
          ))}
        </div>
      </Radio.Group>
      {kind ? (
        <p className="muted" style={{ marginBottom: 0 }}>
          {t(KIND_HINT_KEYS[kind])}
        </p>
      ) : null}
    </section>
  );

  if (!kind) {
    return (
      <div className="form-layout">
        <h1 className="page-title">{t('form.newTitle')}</h1>
        <p>{t('form.intro')}</p>
        {kindChooser}
      </div>
    );
  }

  return (
    <div className="form-layout">
      {messageHolder}
      <h1 className="page-title">{isEditing ? t('form.editTitle') : t('form.newTitle')}</h1>
      {listing ? (
        <p className="muted">
          {t('form.statusLine', { status: labels.enumLabel('status', listing.status) })}{' '}
          <Link to={`/listings/${listing.id}`}>{t('form.viewListing')}</Link>
        </p>
      ) : (
        <p>{t('form.intro')}</p>
      )}
      {failure ? (
        <div data-testid="form-error">
          <ErrorState
            error={failure.error}
            title={
              failure.error instanceof ApiError && failure.error.issues.length > 0 ? t('form.fixErrors') : undefined
            }
          />
          {failure.general.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              title={
                <ul style={{ margin: 0, paddingLeft: 16 }}>
                  {failure.general.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          {failure.error instanceof ApiError && /VERSION_CONFLICT$/.test(failure.error.code) && listing ? (
            <Button onClick={() => window.location.assign(`/listings/${listing.id}/edit`)}>
              {t('form.reloadLatest')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {kindChooser}
      <Form<ListingFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={() => void save(false)}
        requiredMark
        scrollToFirstError
      >
        <Form.Item name="kind" hidden>
          <Input />
        </Form.Item>
        <section className="form-section" aria-labelledby="describe-title">
          <h2 id="describe-title">{t('form.section.describe')}</h2>
          <Form.Item name="language" label={t('form.language')} required>
            <Radio.Group
              aria-label={t('form.language')}
              options={[
                { value: 'zh', label: t('language.zh') },
                { value: 'en', label: t('language.en') },
              ]}
            />
          </Form.Item>
          <Form.Item name="title" label={t('form.title')} required extra={t('form.titleHelp')}>
            <Input maxLength={LIMITS.title} showCount placeholder={t(TITLE_PLACEHOLDER_KEYS[kind])} />
          </Form.Item>
          <Form.Item name="summary" label={t('form.summary')} required extra={t('form.summaryHelp')}>
            <Input.TextArea maxLength={LIMITS.summary} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Form.Item name="description" label={t('form.description')} required extra={t('form.descriptionHelp')}>
            <Input.TextArea maxLength={LIMITS.description} showCount autoSize={{ minRows: 5, maxRows: 14 }} />
          </Form.Item>
          <Form.Item name="hasTranslation" valuePropName="checked" label={t('form.addTranslation', { language: t(`language.${other}`) })}>
            <Switch />
          </Form.Item>
          {hasTranslation ? (
            <div className="other-language">
              <Form.Item name={['translations', other, 'title']} label={t('form.translatedTitle', { language: t(`language.${other}`) })}>
                <Input maxLength={LIMITS.title} />
              </Form.Item>
              <Form.Item name={['translations', other, 'summary']} label={t('form.translatedSummary', { language: t(`language.${other}`) })}>
                <Input.TextArea maxLength={LIMITS.summary} autoSize={{ minRows: 2, maxRows: 5 }} />
              </Form.Item>
              <Form.Item
                name={['translations', other, 'description']}
                label={t('form.translatedDescription', { language: t(`language.${other}`) })}
              >
                <Input.TextArea maxLength={LIMITS.description} autoSize={{ minRows: 4, maxRows: 12 }} />
              </Form.Item>
            </div>
          ) : null}
        </section>

        <section className="form-section" aria-labelledby="technology-title">
          <h2 id="technology-title">{t('form.section.technology')}</h2>
          <Form.Item name="sectors" label={t('form.sectors')} extra={t('form.sectorsHelp')}>
            <SectorPicker />
          </Form.Item>
          <Form.Item name="ipc_codes" label={t('form.ipc')} extra={t('form.ipcHelp')}>
            <IpcPicker />
          </Form.Item>
          <ClassifySuggestions
            text={() => ({
              title: String(form.getFieldValue('title') ?? ''),
              text: `${form.getFieldValue('summary') ?? ''}\n${form.getFieldValue('description') ?? ''}`,
            })}
            sectors={chosenSectors}
            ipcCodes={chosenIpc}
            onAddSector={(code) => form.setFieldValue('sectors', [...chosenSectors, code])}
            onAddIpc={(code) => form.setFieldValue('ipc_codes', [...chosenIpc, code])}
          />
          <Form.Item name="keywords" label={t('form.keywords')} extra={t('form.keywordsHelp')}>
            <Select mode="tags" tokenSeparators={[',', '，', ';']} open={false} suffixIcon={null} />
          </Form.Item>
          <Form.Item label={t('form.trl')} extra={t('form.trlHelp')} required={false}>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="trl" noStyle>
                <Select<number | null>
                  aria-label={t('form.trl')}
                  allowClear
                  placeholder={t('form.trlPlaceholder')}
                  options={(trl?.items ?? []).map((item) => ({
                    value: item.level,
                    label: `${item.level} · ${pickLabel(item, content)}`,
                  }))}
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Button onClick={() => setIsTrlHelperOpen(true)} disabled={!trl}>
                {t('form.trlHelper')}
              </Button>
            </Space.Compact>
          </Form.Item>
          <Form.Item name="ipr_status" label={t('form.ipr')}>
            <Radio.Group
              aria-label={t('form.ipr')}
              options={IPR_STATUSES.map((code) => ({ value: code, label: labels.enumLabel('ipr', code) }))}
            />
          </Form.Item>
          {iprStatus === 'applied' || iprStatus === 'granted' ? (
            <Form.Item name="patent_numbers" label={t('form.patents')} extra={t('form.patentsHelp')}>
              <Select mode="tags" tokenSeparators={[',', '，', ';', ' ']} open={false} suffixIcon={null} />
            </Form.Item>
          ) : null}
        </section>

        <section className="form-section" aria-labelledby="cooperation-title">
          <h2 id="cooperation-title">{t('form.section.cooperation')}</h2>
          <Form.Item name="cooperation_types" label={t('form.cooperation')}>
            <Checkbox.Group
              aria-label={t('form.cooperation')}
              options={COOPERATION_TYPES.map((code) => ({ value: code, label: labels.enumLabel('cooperation', code) }))}
            />
          </Form.Item>
          <fieldset className="facet" style={{ marginBottom: 0 }}>
            <legend>{t(PRICE_LABEL_KEYS[kind])}</legend>
            <div className="row-wrap" style={{ alignItems: 'flex-start' }}>
              <Form.Item name={['price', 'currency']} label={t('form.currency')}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  style={{ width: 140 }}
                  options={(currencies ?? [{ code: 'CNY', en: 'Chinese yuan', zh: '人民币', minor_units: 2 }]).map((c) => ({
                    value: c.code,
                    label: `${c.code} · ${pickLabel(c, content)}`,
                  }))}
                />
              </Form.Item>
              <Form.Item name={['price', 'min']} label={t('form.priceMin')}>
                <InputNumber<number> min={0} style={{ width: 180 }} />
              </Form.Item>
              <Form.Item name={['price', 'max']} label={t('form.priceMax')}>
                <InputNumber<number> min={0} style={{ width: 180 }} />
              </Form.Item>
            </div>
          </fieldset>
          <Form.Item
            name="deadline"
            label={t('form.deadline')}
            getValueProps={(value: string | null) => ({ value: value ? dayjs(value) : null })}
            normalize={(value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null)}
          >
            <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </section>

        <section className="form-section" aria-labelledby="who-title">
          <h2 id="who-title">{t('form.section.who')}</h2>
          <Form.Item name="owner_organization_id" label={t('form.owner')} required extra={t('form.ownerHelp')}>
            <OrganizationSelect initialOwner={initial?.owner} memberships={memberships} />
          </Form.Item>
          <Form.Item name="country" label={t('form.country')} required>
            <Select
              showSearch={{ optionFilterProp: 'search' }}
              options={countryOptions}
              placeholder={t('form.countryPlaceholder')}
              loading={!countries}
            />
          </Form.Item>
          <Form.Item name="target_countries" label={t('form.targetCountries')}>
            <Select mode="multiple" showSearch={{ optionFilterProp: 'search' }} options={countryOptions} loading={!countries} />
          </Form.Item>
          <Form.Item name="visibility" label={t('form.visibility')}>
            <Radio.Group
              aria-label={t('form.visibility')}
              options={(['public', 'members'] as const).map((v) => ({ value: v, label: labels.enumLabel('visibility', v) }))}
            />
          </Form.Item>
        </section>

        <section className="form-section" aria-labelledby="confidential-title">
          <h2 id="confidential-title">{t('form.section.confidential')}</h2>
          <Form.Item name="confidential_details" label={t('form.confidential')} extra={t('form.confidentialHelp')}>
            <Input.TextArea maxLength={LIMITS.confidential} autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
        </section>

        <div className="form-actions">
          <Button htmlType="submit" loading={busy === 'draft'} disabled={busy !== null} data-testid="save-draft">
            {isDraft ? t('form.saveDraft') : t('form.saveChanges')}
          </Button>
          {isDraft ? (
            <Button
              type="primary"
              loading={busy === 'publish'}
              disabled={busy !== null}
              onClick={() => void save(true)}
              data-testid="publish"
            >
              {t('form.publish')}
            </Button>
          ) : null}
          <Button onClick={() => void navigate(listing ? `/listings/${listing.id}` : '/')} disabled={busy !== null}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
      <TrlHelper
        open={isTrlHelperOpen}
        taxonomy={trl}
        onClose={() => setIsTrlHelperOpen(false)}
        onChoose={(level) => form.setFieldValue('trl', level)}
      />
    </div>
  );
}

type GateReason = 'signIn' | 'cannotEdit' | 'notMember';

/** Why the viewer may not use the form, or null when they may. The server enforces the same. */
function gateReason(me: Me | null, listing: Listing | null): GateReason | null {
  if (!me) return 'signIn';
  if (listing) return canManageListing(me, listing) ? null : 'cannotEdit';
  return isBroker(me) || me.memberships.length > 0 ? null : 'notMember';
}

function Gate({ reason }: { reason: GateReason }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (reason === 'signIn') {
    const returnTo = encodeURIComponent(`${location.pathname}${location.search}`);
    return (
      <Alert
        type="info"
        showIcon
        title={t('auth.required')}
        action={<Link to={`/sign-in?returnTo=${returnTo}`}>{t('auth.signIn')}</Link>}
        data-testid="sign-in-required"
      />
    );
  }
  return <Alert type="warning" showIcon title={t(reason === 'cannotEdit' ? 'auth.cannotEdit' : 'auth.notMember')} />;
}

export default function ListingFormPage() {
  const { id } = useParams();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const { me } = useSession();
  const passed = (location.state as { listing?: Listing; fromNew?: boolean } | null) ?? null;
  const hasPassed = !!id && passed?.listing?.id === id;
  const result = useApi(
    (signal) => (id && !hasPassed ? api.getListing(id, { signal }) : Promise.resolve(null)),
    [id, hasPassed],
  );
  const presetKind = searchParams.get('kind');
  // A draft just created keeps its form instance (and any error shown) when its address changes.
  const formKey = passed?.fromNew ? 'new' : (id ?? 'new');
  const title = id ? t('form.editTitle') : t('form.newTitle');
  if (me === undefined) return <Loading />;
  if (result.error) {
    return (
      <>
        <h1 className="page-title">{title}</h1>
        <ErrorState error={result.error} onRetry={result.reload} />
      </>
    );
  }
  const listing = hasPassed && passed?.listing ? passed.listing : (result.data ?? null);
  if (id && !listing) return <Loading />;
  const reason = gateReason(me, listing);
  if (reason || !me) {
    return (
      <div className="form-layout">
        <h1 className="page-title">{title}</h1>
        <Gate reason={reason ?? 'signIn'} />
      </div>
    );
  }
  return (
    <ListingForm
      key={formKey}
      initial={listing}
      presetKind={!id && isKind(presetKind) ? presetKind : null}
      me={me}
    />
  );
}
