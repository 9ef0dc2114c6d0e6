import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading, useErrorMessage } from '../../ui/async-state';
import { formatDate, formatMoney, formatNumber } from '../../ui/format';
import { useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import {
  DEAL_LIMITS,
  DOCUMENT_EXTENSIONS,
  DOCUMENT_MAX_BYTES,
  DOCUMENT_MIME,
  dealsApi,
  type DealDocument,
  type DealEvent,
} from './api';
import { roleKey, stageKey } from './stages';

const isForbidden = (e: unknown) => e instanceof ApiError && e.status === 403;

function dateTime(value: string, locale: string): string {
  const d = new Date(value);
  return Number.isNaN(d.getTime())
    ? value
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** The thread between the parties and the brokers, with a box to post to it. */
export function DealThread({ dealId, canPost, refreshKey, onPosted }: { dealId: string; canPost: boolean; refreshKey: number; onPosted: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { me } = useSession();
  const messageOf = useErrorMessage();
  const messages = useApi((signal) => dealsApi.messages(dealId, { signal }), [dealId, refreshKey]);
  const [form] = Form.useForm<{ body: string }>();
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const post = async ({ body }: { body: string }) => {
    setIsBusy(true);
    setFailure(null);
    try {
      await dealsApi.postMessage(dealId, body);
      form.resetFields();
      onPosted();
    } catch (error) {
      setFailure(error);
    } finally {
      setIsBusy(false);
    }
  };
  let list;
  if (messages.error) {
    list = isForbidden(messages.error) ? <p className="muted">{t('deals.thread.forbidden')}</p> : <ErrorState error={messages.error} onRetry={messages.reload} />;
  } else if (!messages.data) list = <Loading />;
  else if (messages.data.items.length === 0) list = <EmptyState description={t('deals.thread.empty')} />;
  else {
    list = (
      <ol className="deal-thread" data-testid="thread">
        {messages.data.items.map((m) => {
          const mine = me?.user.id === m.author_user_id;
          return (
            <li key={m.id} className={mine ? 'mine' : undefined}>
              <span className="muted">
                {mine ? t('deals.thread.you') : t(roleKey(m.author_role))}
                {' · '}
                <time dateTime={m.created_at}>{dateTime(m.created_at, locale)}</time>
              </span>
              <p className="body">{m.body}</p>
            </li>
          );
        })}
      </ol>
    );
  }
  return (
    <section className="panel" aria-labelledby="thread-title" data-testid="thread-panel">
      <h2 id="thread-title">
        {t('deals.thread.title')}
        {messages.data ? <span className="muted"> ({formatNumber(messages.data.total, locale)})</span> : null}
      </h2>
      {list}
      {canPost ? (
        <Form form={form} name="deal-message" layout="vertical" onFinish={(v) => void post(v)}>
          <Form.Item name="body" label={t('deals.thread.label')} rules={[{ required: true, whitespace: true, message: t('deals.form.required') }]}>
            <Input.TextArea rows={3} maxLength={DEAL_LIMITS.threadMessage} />
          </Form.Item>
          {failure ? <Alert type="error" showIcon role="alert" title={messageOf(failure)} style={{ marginBottom: 12 }} /> : null}
          <Button htmlType="submit" type="primary" loading={isBusy}>
            {t('deals.thread.send')}
          </Button>
        </Form>
      ) : (
        <p className="muted">{t('deals.thread.readOnly')}</p>
      )}
    </section>
  );
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function formatBytes(bytes: number, locale: string): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10, locale)} KB`;
  return `${formatNumber(Math.round(bytes / 104857.6) / 10, locale)} MB`;
}

/** The deal's documents: download, and upload within the size and type limits (the API checks the bytes). */
export function DealDocuments({ dealId, canAdd, refreshKey, onAdded }: { dealId: string; canAdd: boolean; refreshKey: number; onAdded: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const messageOf = useErrorMessage();
  const docs = useApi((signal) => dealsApi.documents(dealId, { signal }), [dealId, refreshKey]);
  const [isBusy, setIsBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    const ext = file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase() : '';
    if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(ext)) {
      setProblem(t('deals.documents.badType', { types: DOCUMENT_EXTENSIONS.join(', ') }));
      return;
    }
    if (file.size > DOCUMENT_MAX_BYTES) {
      setProblem(t('deals.documents.tooLarge', { size: formatBytes(file.size, locale), max: formatBytes(DOCUMENT_MAX_BYTES, locale) }));
      return;
    }
    setIsBusy(true);
    try {
      await dealsApi.addDocument(dealId, file.name, file.type || DOCUMENT_MIME[ext] || 'application/octet-stream', await readAsBase64(file));
      onAdded();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setIsBusy(false);
      setInputKey((k) => k + 1);
    }
  };
  let list;
  if (docs.error) {
    list = isForbidden(docs.error) ? <p className="muted">{t('deals.thread.forbidden')}</p> : <ErrorState error={docs.error} onRetry={docs.reload} />;
  } else if (!docs.data) list = <Loading />;
  else if (docs.data.items.length === 0) list = <p className="muted">{t('deals.documents.empty')}</p>;
  else {
    list = (
      <ul className="compact-list" data-testid="documents">
        {docs.data.items.map((d: DealDocument) => (
          <li key={d.id}>
            <a href={dealsApi.documentUrl(dealId, d.id)} download={d.filename}>
              {d.filename}
            </a>
            <span className="muted" style={{ display: 'block', fontSize: 13 }}>
              {d.document_type.toUpperCase()} · {formatBytes(d.size_bytes, locale)} · {t(roleKey(d.uploaded_by_role))} ·{' '}
              {formatDate(d.created_at, locale)}
            </span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <section className="panel" aria-labelledby="documents-title" data-testid="documents-panel">
      <h2 id="documents-title">{t('deals.documents.title')}</h2>
      {list}
      {canAdd ? (
        <div style={{ marginTop: 12 }}>
          <label htmlFor="deal-document-input" style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
            {t('deals.documents.add')}
          </label>
          <input
            key={inputKey}
            id="deal-document-input"
            type="file"
            disabled={isBusy}
            aria-describedby="deal-document-hint"
            accept={DOCUMENT_EXTENSIONS.map((e) => `.${e}`).join(',')}
            onChange={(e) => void upload(e.target.files?.[0])}
          />
          <p id="deal-document-hint" className="muted" style={{ fontSize: 13, margin: '4px 0 0' }}>
            {t('deals.documents.limits', { types: DOCUMENT_EXTENSIONS.join(', '), max: formatBytes(DOCUMENT_MAX_BYTES, locale) })}
          </p>
          {isBusy ? <Loading label={t('deals.documents.uploading')} /> : null}
          {problem ? <Alert type="error" showIcon role="alert" title={problem} data-testid="document-error" style={{ marginTop: 8 }} /> : null}
        </div>
      ) : null}
    </section>
  );
}

function describeEvent(e: DealEvent, t: (k: string, o?: Record<string, unknown>) => string, docs: Map<string, string>): string {
  switch (e.kind) {
    case 'interest_expressed':
      return t('deals.event.interest');
    case 'stage_changed':
      return t('deals.event.moved', { from: t(stageKey(e.from_stage ?? '')), to: t(stageKey(e.to_stage ?? '')) });
    case 'nda_accepted': {
      const sides = Array.isArray(e.data.sides) ? (e.data.sides as string[]).map((s) => t(roleKey(s))).join(t('common.listSeparator')) : '';
      return e.data.in_effect
        ? t('deals.event.ndaInEffect', { sides, version: e.data.nda_version })
        : t('deals.event.ndaAccepted', { sides, version: e.data.nda_version });
    }
    case 'message_posted':
      return t('deals.event.message');
    case 'document_added':
      return t('deals.event.document', { name: docs.get(String(e.data.document_id)) ?? String(e.data.document_type ?? '').toUpperCase() });
    default:
      return e.kind;
  }
}

/** The details a move recorded (reason, agreement, registration), as "label: value" lines. */
function eventDetails(e: DealEvent, t: (k: string) => string, locale: string): string[] {
  const labelOf: Record<string, string> = {
    reason: 'deals.fact.reason',
    lost_reason: 'deals.fact.lostReason',
    agreement_type: 'deals.form.agreementType',
    registration_number: 'deals.form.registrationNumber',
    registry: 'deals.form.registry',
  };
  return Object.entries(e.data)
    .filter(([k]) => k in labelOf)
    .map(([k, v]) => {
      const value = k === 'agreement_type' ? t(`deals.agreementType.${String(v)}`) : k === 'lost_reason' ? t(`deals.lostReason.${String(v)}`) : String(v);
      return `${t(labelOf[k]!)}: ${value}`;
    })
    .concat(
      typeof e.data.value_minor === 'number' && typeof e.data.currency === 'string'
        ? [`${t('deals.form.value')}: ${formatMoney(e.data.value_minor, e.data.currency, locale)}`]
        : [],
    );
}

/** Every event of the deal, oldest first. */
export function DealTimeline({ dealId, refreshKey }: { dealId: string; refreshKey: number }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const events = useApi(
    async (signal) => {
      const [timeline, docs] = await Promise.all([
        dealsApi.timeline(dealId, { signal }),
        dealsApi.documents(dealId, { signal }).catch(() => ({ items: [] as DealDocument[] })),
      ]);
      return { items: timeline.items, docs: new Map(docs.items.map((d) => [d.id, d.filename])) };
    },
    [dealId, refreshKey],
  );
  let body;
  if (events.error) body = <ErrorState error={events.error} onRetry={events.reload} />;
  else if (!events.data) body = <Loading />;
  else if (events.data.items.length === 0) body = <p className="muted">{t('deals.event.none')}</p>;
  else {
    body = (
      <ol className="deal-timeline" data-testid="timeline">
        {events.data.items.map((e) => (
          <li key={e.id} data-kind={e.kind}>
            <span className="muted" style={{ fontSize: 13 }}>
              <time dateTime={e.at}>{dateTime(e.at, locale)}</time> · {e.actor_role === 'system' ? t('deals.role.system') : t(roleKey(e.actor_role))}
            </span>
            <div>{describeEvent(e, t, events.data!.docs)}</div>
            {eventDetails(e, t, locale).map((line) => (
              <div key={line} className="muted" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
                {line}
              </div>
            ))}
          </li>
        ))}
      </ol>
    );
  }
  return (
    <section className="panel" aria-labelledby="timeline-title" data-testid="timeline-panel">
      <h2 id="timeline-title">{t('deals.timelineTitle')}</h2>
      {body}
    </section>
  );
}
