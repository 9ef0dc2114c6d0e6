import { Alert, Button, Descriptions, Form, Input, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Me } from '../../api/types';
import { useLanguage } from '../../i18n';
import { ErrorState } from '../../ui/async-state';
import { formatDate } from '../../ui/format';
import { organizationName } from '../../ui/labels';
import { useSession } from '../../ui/session';
import { useDocumentTitle } from '../../ui/use-document-title';
import { accountApi, PASSWORD_MIN } from './api';
import { ApiTokens } from './api-tokens';
import { useShowIssues } from './form-errors';
import { RequireSignIn, UnverifiedNotice } from './require-sign-in';
import { organizationRoleKey, platformRoleKey, TAG_COLORS } from './roles';

function Profile({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { content, locale } = useLanguage();
  const { refresh } = useSession();
  const [form] = Form.useForm<{ name: string }>();
  const showIssues = useShowIssues();
  const [error, setError] = useState<unknown>(null);
  const [isSaved, setIsSaved] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  const save = async ({ name }: { name: string }) => {
    setIsBusy(true);
    setError(null);
    setIsSaved(false);
    try {
      await accountApi.rename(name.trim());
      await refresh();
      setIsSaved(true);
    } catch (failure) {
      if (!showIssues(form, failure, ['name'])) setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="profile-title" data-testid="profile">
      <h2 id="profile-title" className="section-title" style={{ marginTop: 0 }}>
        {t('account.profile.title')}
      </h2>
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'email',
            label: t('auth.email'),
            children: (
              <span className="row-wrap">
                <span data-testid="account-email">{me.user.email}</span>
                {me.user.email_verified ? (
                  <Tag color={TAG_COLORS.ok}>{t('account.profile.verified')}</Tag>
                ) : (
                  <Tag color={TAG_COLORS.warn}>{t('account.profile.unverified')}</Tag>
                )}
              </span>
            ),
          },
          { key: 'since', label: t('account.profile.since'), children: formatDate(me.user.created_at, locale) },
          {
            key: 'roles',
            label: t('account.profile.roles'),
            children:
              me.roles.length > 0 ? (
                <span className="row-wrap">
                  {me.roles.map((role) => (
                    <Tag key={role}>{platformRoleKey(role) ? t(platformRoleKey(role)!) : role}</Tag>
                  ))}
                </span>
              ) : (
                t('account.profile.noRoles')
              ),
          },
          {
            key: 'orgs',
            label: t('account.profile.organizations'),
            children:
              me.memberships.length > 0 ? (
                <ul className="compact-list">
                  {me.memberships.map((m) => (
                    <li key={m.organization_id}>
                      <Link to={`/my/organization?org=${m.organization_id}`}>
                        {organizationName({ name: m.organization_name, name_zh: m.organization_name_zh }, content)}
                      </Link>{' '}
                      <span className="muted">{organizationRoleKey(m.role) ? t(organizationRoleKey(m.role)!) : m.role}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <Link to="/my/organization">{t('account.profile.noOrganization')}</Link>
              ),
          },
        ]}
      />
      {error ? <ErrorState error={error} /> : null}
      {isSaved ? <Alert type="success" showIcon role="status" title={t('account.profile.saved')} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} name="profile" layout="vertical" requiredMark={false} initialValues={{ name: me.user.name }} onFinish={(values) => void save(values)}>
        <Form.Item name="name" label={t('account.name')} rules={[{ required: true, whitespace: true, message: t('account.nameRequired') }]}>
          <Input autoComplete="name" maxLength={200} style={{ maxWidth: 420 }} />
        </Form.Item>
        <Button htmlType="submit" loading={isBusy}>
          {t('account.profile.save')}
        </Button>
      </Form>
    </section>
  );
}

type PasswordValues = { current: string; next: string };

function ChangePassword() {
  const { t } = useTranslation();
  const [form] = Form.useForm<PasswordValues>();
  const showIssues = useShowIssues();
  const [error, setError] = useState<unknown>(null);
  const [isDone, setIsDone] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (values: PasswordValues) => {
    setIsBusy(true);
    setError(null);
    setIsDone(false);
    try {
      await accountApi.changePassword(values.current, values.next);
      form.resetFields();
      setIsDone(true);
    } catch (failure) {
      if (!showIssues(form, failure, ['current', 'next'], { current_password: 'current', new_password: 'next' })) setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="password-title">
      <h2 id="password-title" className="section-title" style={{ marginTop: 0 }}>
        {t('account.password.title')}
      </h2>
      {error ? <ErrorState error={error} /> : null}
      {isDone ? <Alert type="success" showIcon role="status" title={t('account.password.done')} style={{ marginBottom: 12 }} /> : null}
      <Form<PasswordValues> form={form} name="change-password" layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} style={{ maxWidth: 420 }}>
        <Form.Item name="current" label={t('account.password.current')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="next"
          label={t('account.newPassword')}
          extra={t('account.passwordHint', { min: PASSWORD_MIN })}
          rules={[
            { required: true, message: t('auth.passwordRequired') },
            { min: PASSWORD_MIN, message: t('account.passwordTooShort', { min: PASSWORD_MIN }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button htmlType="submit" loading={isBusy}>
          {t('account.password.submit')}
        </Button>
      </Form>
    </section>
  );
}

function Sessions() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const signOutEverywhere = async () => {
    setIsBusy(true);
    setError(null);
    try {
      await accountApi.signOutEverywhere();
      await refresh();
      void navigate('/sign-in', { replace: true });
    } catch (failure) {
      setError(failure);
      setIsBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="section-title" style={{ marginTop: 0 }}>
        {t('account.sessions.title')}
      </h2>
      <p>{t('account.sessions.intro')}</p>
      {error ? <ErrorState error={error} /> : null}
      <Popconfirm
        title={t('account.sessions.confirm')}
        okText={t('account.sessions.everywhere')}
        cancelText={t('common.cancel')}
        onConfirm={() => signOutEverywhere()}
      >
        <Button danger loading={isBusy} data-testid="sign-out-everywhere">
          {t('account.sessions.everywhere')}
        </Button>
      </Popconfirm>
    </section>
  );
}

/** /account: profile, password, sessions, personal API tokens. */
export default function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  return (
    <div className="form-layout">
      <h1 className="page-title">{t('account.title')}</h1>
      <RequireSignIn>
        {(me) => (
          <>
            <UnverifiedNotice me={me} />
            <Profile me={me} />
            <ChangePassword />
            <Sessions />
            <ApiTokens />
          </>
        )}
      </RequireSignIn>
    </div>
  );
}
