import { Button, Form, Input, Pagination, Table } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatNumber } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import { formatDateTime } from '../account/roles';
import { adminApi, type AuditEntry } from './api';
import { useUrlFilters } from './url-state';

const PAGE_SIZE = 50;
const FILTERS = ['actor', 'entity_type', 'entity_id', 'action', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** A summary's before/after as short "key: value" lines (never confidential text: the server keeps none). */
function Summary({ summary }: { summary: Record<string, unknown> }) {
  const { t } = useTranslation();
  const text = JSON.stringify(summary, null, 2);
  if (text === '{}') return null;
  return (
    <details>
      <summary>{t('admin.audit.details')}</summary>
      <pre className="admin-pre">{text}</pre>
    </details>
  );
}

/** The audit log, newest first, with filters and paging. */
export function AuditTab() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { values, page, set } = useUrlFilters(FILTERS);
  const [form] = Form.useForm<Filters>();
  // The address bar is the truth: the form follows it (back button, links, clearing).
  useEffect(() => form.setFieldsValue(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v || undefined]))), [JSON.stringify(values)]);

  const result = useApi(
    (signal) =>
      adminApi.audit(
        { ...Object.fromEntries(Object.entries(values).filter(([, v]) => v)), page, page_size: PAGE_SIZE },
        { signal },
      ),
    [JSON.stringify(values), page],
  );

  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (result.data.items.length === 0) body = <EmptyState description={t('admin.audit.none')} />;
  else
    body = (
      <>
        <p className="muted" role="status">
          {t('admin.audit.count', { count: result.data.total, formatted: formatNumber(result.data.total, locale) })}
        </p>
        <Table<AuditEntry>
          rowKey="seq"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={result.data.items}
          data-testid="audit-entries"
          columns={[
            { title: t('admin.audit.at'), key: 'at', render: (_, e) => <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time> },
            {
              title: t('admin.audit.actor'),
              key: 'actor',
              render: (_, e) =>
                e.actor_user_id ? (
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => set({ ...values, actor: e.actor_user_id ?? undefined })}>
                    <code>{e.actor_user_id.slice(0, 8)}</code>
                  </Button>
                ) : (
                  <span className="muted">{e.actor_kind}</span>
                ),
            },
            { title: t('admin.audit.action'), key: 'action', render: (_, e) => <code>{e.action}</code> },
            {
              title: t('admin.audit.entity'),
              key: 'entity',
              render: (_, e) => (
                <span>
                  {e.entity_type} <code className="muted">{e.entity_id.slice(0, 8)}</code>
                </span>
              ),
            },
            { title: t('admin.audit.summary'), key: 'summary', render: (_, e) => <Summary summary={e.summary} /> },
          ]}
        />
        {result.data.total > PAGE_SIZE ? (
          <nav className="pagination" aria-label={t('admin.pagination')}>
            <Pagination current={page} pageSize={PAGE_SIZE} total={result.data.total} showSizeChanger={false} onChange={(p) => set({ ...values, page: String(p) })} />
          </nav>
        ) : null}
      </>
    );

  return (
    <section aria-labelledby="admin-audit-title">
      <h2 id="admin-audit-title" className="section-title">
        {t('admin.audit.title')}
      </h2>
      <Form<Filters> form={form} name="audit" layout="vertical" initialValues={values} onFinish={(v) => set(v)} data-testid="audit-filters">
        <div className="admin-filters">
          <Form.Item name="actor" label={t('admin.audit.actorFilter')}>
            <Input placeholder={t('admin.audit.actorPlaceholder')} />
          </Form.Item>
          <Form.Item name="entity_type" label={t('admin.audit.entityType')}>
            <Input placeholder={t('admin.audit.entityTypePlaceholder')} />
          </Form.Item>
          <Form.Item name="entity_id" label={t('admin.audit.entityId')}>
            <Input />
          </Form.Item>
          <Form.Item name="action" label={t('admin.audit.actionFilter')} extra={t('admin.audit.actionHint')}>
            <Input placeholder={t('admin.audit.actionPlaceholder')} />
          </Form.Item>
          <Form.Item name="from" label={t('admin.audit.from')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="to" label={t('admin.audit.to')} extra={t('admin.audit.toHint')}>
            <Input type="date" />
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
