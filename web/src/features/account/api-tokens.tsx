import { Alert, Button, Form, Input, Popconfirm, Radio, Select, Table, Tag } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatDate } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import { accountApi, type ApiToken, type ApiTokenCreated, type TokenScope } from './api';
import { useShowIssues } from './form-errors';
import { TAG_COLORS } from './roles';

type Values = { name: string; scope: TokenScope; expires: number | 'never' };

const EXPIRY_CHOICES = [30, 90, 365] as const;

function tokenState(token: ApiToken, now = Date.now()): 'revoked' | 'expired' | 'active' {
  if (token.revoked_at) return 'revoked';
  if (token.expires_at && Date.parse(token.expires_at) <= now) return 'expired';
  return 'active';
}

/** The secret of a new token, shown once, with a copy button. */
function NewSecret({ created, onDismiss }: { created: ApiTokenCreated; onDismiss: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <Alert
      type="success"
      showIcon
      data-testid="new-token"
      style={{ marginBottom: 16 }}
      title={t('account.tokens.createdTitle', { name: created.token.name })}
      description={
        <div className="stack">
          <span>{t('account.tokens.showOnce')}</span>
          <label htmlFor={id} className="visually-hidden">
            {t('account.tokens.secret')}
          </label>
          <div className="row-wrap">
            <Input id={id} readOnly value={created.secret} data-testid="token-secret" style={{ fontFamily: 'monospace', flex: '1 1 240px' }} onFocus={(e) => e.target.select()} />
            <Button onClick={() => void copy()}>{t('account.tokens.copy')}</Button>
            <Button type="text" onClick={onDismiss}>
              {t('account.tokens.dismiss')}
            </Button>
          </div>
          <span role="status" aria-live="polite">
            {copied === 'yes' ? t('account.tokens.copied') : copied === 'failed' ? t('account.tokens.copyFailed') : ''}
          </span>
        </div>
      }
    />
  );
}

/** Personal API tokens: create (scope read or write), list, revoke. */
export function ApiTokens() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const showIssues = useShowIssues();
  const [form] = Form.useForm<Values>();
  const tokens = useApi((signal) => accountApi.listTokens({ signal }), []);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [revoking, setRevoking] = useState<string | null>(null);

  const create = async (values: Values) => {
    setIsBusy(true);
    setError(null);
    try {
      const result = await accountApi.createToken({
        name: values.name.trim(),
        scope: values.scope,
        expires_in_days: values.expires === 'never' ? null : values.expires,
      });
      setCreated(result);
      form.resetFields();
      tokens.reload();
    } catch (failure) {
      if (!showIssues(form, failure, ['name', 'scope'], { expires_in_days: 'expires' })) setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  const revoke = async (token: ApiToken) => {
    setRevoking(token.id);
    setError(null);
    try {
      await accountApi.revokeToken(token.id);
      if (created?.token.id === token.id) setCreated(null);
      tokens.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setRevoking(null);
    }
  };

  let list;
  if (tokens.error) list = <ErrorState error={tokens.error} onRetry={tokens.reload} />;
  else if (!tokens.data) list = <Loading />;
  else if (tokens.data.items.length === 0) list = <EmptyState description={t('account.tokens.none')} />;
  else
    list = (
      <Table<ApiToken>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={tokens.data.items}
        data-testid="token-list"
        columns={[
          { title: t('account.tokens.name'), dataIndex: 'name', key: 'name' },
          {
            title: t('account.tokens.scope'),
            key: 'scope',
            render: (_, token) => <Tag>{token.scope === 'write' ? t('account.tokens.scopeWrite') : t('account.tokens.scopeRead')}</Tag>,
          },
          { title: t('account.tokens.prefix'), key: 'prefix', render: (_, token) => <code>{`${token.prefix}…`}</code> },
          { title: t('account.tokens.created'), key: 'created', render: (_, token) => formatDate(token.created_at, locale) },
          {
            title: t('account.tokens.lastUsed'),
            key: 'used',
            render: (_, token) => (token.last_used_at ? formatDate(token.last_used_at, locale) : t('account.tokens.never')),
          },
          {
            title: t('account.tokens.expires'),
            key: 'expires',
            render: (_, token) => (token.expires_at ? formatDate(token.expires_at, locale) : t('account.tokens.noExpiry')),
          },
          {
            title: t('account.tokens.state'),
            key: 'state',
            render: (_, token) => {
              const state = tokenState(token);
              return <Tag color={state === 'active' ? TAG_COLORS.ok : undefined}>{t(`account.tokens.stateLabel.${state}`)}</Tag>;
            },
          },
          {
            title: t('account.tokens.actions'),
            key: 'actions',
            render: (_, token) =>
              tokenState(token) === 'active' ? (
                <Popconfirm
                  title={t('account.tokens.revokeConfirm', { name: token.name })}
                  okText={t('account.tokens.revoke')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => revoke(token)}
                >
                  <Button size="small" danger loading={revoking === token.id} aria-label={t('account.tokens.revokeNamed', { name: token.name })}>
                    {t('account.tokens.revoke')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    );

  return (
    <section className="panel" aria-labelledby="tokens-title" data-testid="api-tokens">
      <h2 id="tokens-title" className="section-title" style={{ marginTop: 0 }}>
        {t('account.tokens.title')}
      </h2>
      <p className="muted">{t('account.tokens.intro')}</p>
      {created ? <NewSecret created={created} onDismiss={() => setCreated(null)} /> : null}
      {error ? <ErrorState error={error} /> : null}
      <Form<Values>
        form={form}
        name="token"
        layout="vertical"
        requiredMark={false}
        initialValues={{ scope: 'read', expires: 90 }}
        onFinish={(values) => void create(values)}
        style={{ marginBottom: 16 }}
      >
        <div className="row-wrap" style={{ alignItems: 'flex-start' }}>
          <Form.Item
            name="name"
            label={t('account.tokens.name')}
            style={{ flex: '1 1 220px' }}
            rules={[{ required: true, whitespace: true, message: t('account.tokens.nameRequired') }]}
          >
            <Input maxLength={100} placeholder={t('account.tokens.namePlaceholder')} />
          </Form.Item>
          <Form.Item name="scope" label={t('account.tokens.scope')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'read', label: t('account.tokens.scopeRead') },
                { value: 'write', label: t('account.tokens.scopeWrite') },
              ]}
            />
          </Form.Item>
          <Form.Item name="expires" label={t('account.tokens.expires')} style={{ minWidth: 160 }}>
            <Select
              options={[
                ...EXPIRY_CHOICES.map((days) => ({ value: days, label: t('account.tokens.days', { count: days }) })),
                { value: 'never', label: t('account.tokens.noExpiry') },
              ]}
            />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={isBusy}>
          {t('account.tokens.create')}
        </Button>
      </Form>
      {list}
    </section>
  );
}
