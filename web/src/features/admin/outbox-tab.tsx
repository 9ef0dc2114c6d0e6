import { Button, Form, Input, Pagination, Select, Tag } from 'antd';
import { Fragment, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatNumber } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import { formatDateTime, TAG_COLORS } from '../account/roles';
import { adminApi, OUTBOX_STATUSES, type OutboxMessage, type OutboxStatus } from './api';
import { useUrlFilters } from './url-state';

const PAGE_SIZE = 20;
const FILTERS = ['to', 'status', 'kind'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** The message text with its web addresses as links, so a verification or reset link can be followed. */
export function LinkedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <pre className="admin-pre" data-testid="outbox-text">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} rel="noopener noreferrer">
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </pre>
  );
}

const STATUS_COLORS: Record<OutboxStatus, string | undefined> = { queued: TAG_COLORS.pending, sending: TAG_COLORS.info, sent: TAG_COLORS.ok, failed: TAG_COLORS.danger };

function Message({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <li className="listing-card" data-testid="outbox-message" data-kind={message.kind}>
      <div className="row-wrap" style={{ justifyContent: 'space-between' }}>
        <strong style={{ overflowWrap: 'anywhere' }}>{message.subject}</strong>
        <Tag color={STATUS_COLORS[message.status]}>{t(`admin.outbox.status.${message.status}`)}</Tag>
      </div>
      <div className="meta row-wrap muted">
        <span>{t('admin.outbox.toLine', { to: message.to })}</span>
        <code>{message.kind}</code>
        <time dateTime={message.created_at}>{formatDateTime(message.created_at, locale)}</time>
        {message.attempts > 0 ? <span>{t('admin.outbox.attempts', { count: message.attempts })}</span> : null}
      </div>
      {message.last_error ? <div className="muted">{t('admin.outbox.lastError', { error: message.last_error })}</div> : null}
      <details open>
        <summary>{t('admin.outbox.text')}</summary>
        <LinkedText text={message.text} />
      </details>
    </li>
  );
}

/** Queued and sent e-mails with their text, filtered by recipient, status and kind. */
export function OutboxTab() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { values, page, set } = useUrlFilters(FILTERS);
  const [form] = Form.useForm<Filters>();
  // The address bar is the truth: the form follows it (back button, links, clearing).
  useEffect(() => form.setFieldsValue(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v || undefined]))), [JSON.stringify(values)]);
  const status = (OUTBOX_STATUSES as string[]).includes(values.status) ? (values.status as OutboxStatus) : undefined;

  const result = useApi(
    (signal) => adminApi.outbox({ to: values.to || undefined, status, kind: values.kind || undefined, page, page_size: PAGE_SIZE }, { signal }),
    [values.to, status, values.kind, page],
  );

  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (result.data.items.length === 0) body = <EmptyState description={t('admin.outbox.none')} />;
  else
    body = (
      <>
        <p className="muted" role="status">
          {t('admin.outbox.count', { count: result.data.total, formatted: formatNumber(result.data.total, locale) })}
        </p>
        <ul className="results" data-testid="outbox-messages">
          {result.data.items.map((m) => (
            <Message key={m.id} message={m} />
          ))}
        </ul>
        {result.data.total > PAGE_SIZE ? (
          <nav className="pagination" aria-label={t('admin.pagination')}>
            <Pagination current={page} pageSize={PAGE_SIZE} total={result.data.total} showSizeChanger={false} onChange={(p) => set({ ...values, page: String(p) })} />
          </nav>
        ) : null}
      </>
    );

  return (
    <section aria-labelledby="admin-outbox-title">
      <h2 id="admin-outbox-title" className="section-title">
        {t('admin.outbox.title')}
      </h2>
      <p className="muted">{t('admin.outbox.intro')}</p>
      <Form<Filters> form={form} name="outbox" layout="vertical" initialValues={values} onFinish={(v) => set(v)} data-testid="outbox-filters">
        <div className="admin-filters">
          <Form.Item name="to" label={t('admin.outbox.recipient')}>
            <Input type="email" placeholder={t('admin.outbox.recipientPlaceholder')} />
          </Form.Item>
          <Form.Item name="status" label={t('admin.outbox.statusFilter')}>
            <Select allowClear options={OUTBOX_STATUSES.map((s) => ({ value: s, label: t(`admin.outbox.status.${s}`) }))} />
          </Form.Item>
          <Form.Item name="kind" label={t('admin.outbox.kind')}>
            <Input placeholder={t('admin.outbox.kindPlaceholder')} />
          </Form.Item>
        </div>
        <div className="row-wrap" style={{ marginBottom: 16 }}>
          <Button type="primary" htmlType="submit">
            {t('admin.filter')}
          </Button>
          <Button
            onClick={() => set(Object.fromEntries(FILTERS.map((k) => [k, undefined])))}
          >
            {t('admin.clear')}
          </Button>
        </div>
      </Form>
      {body}
    </section>
  );
}
