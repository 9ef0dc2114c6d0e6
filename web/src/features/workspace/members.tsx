import { Button, Form, Input, Popconfirm, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../api/types';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatDate } from '../../ui/format';
import { useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { useShowIssues } from '../account/form-errors';
import { ORGANIZATION_ROLES, organizationRoleKey } from '../account/roles';
import { workspaceApi, type Member } from './api';

type AddValues = { email: string; role: string };

/**
 * An organization's members. Org admins and administrators add (by e-mail of an existing
 * account), remove and change roles; any member may leave. The API keeps the last org admin.
 */
export function Members({ organizationId, me, canManage }: { organizationId: string; me: Me; canManage: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<AddValues>();
  const showIssues = useShowIssues();
  const members = useApi((signal) => workspaceApi.listMembers(organizationId, { signal }), [organizationId]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (key: string, action: () => Promise<unknown>, after?: () => Promise<void> | void) => {
    setBusy(key);
    setError(null);
    try {
      await action();
      members.reload();
      await after?.();
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setBusy(null);
    }
  };

  const add = async (values: AddValues) => {
    setBusy('add');
    setError(null);
    try {
      await workspaceApi.addMember(organizationId, values.email.trim(), values.role);
      form.resetFields();
      members.reload();
    } catch (failure) {
      if (!showIssues(form, failure, ['email', 'role'])) setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const roleLabel = (role: string) => (organizationRoleKey(role) ? t(organizationRoleKey(role)!) : role);
  const roleOptions = ORGANIZATION_ROLES.map((role) => ({ value: role, label: roleLabel(role) }));

  let table;
  if (members.error) table = <ErrorState error={members.error} onRetry={members.reload} />;
  else if (!members.data) table = <Loading />;
  else if (members.data.items.length === 0) table = <EmptyState description={t('workspace.members.none')} />;
  else
    table = (
      <Table<Member>
        rowKey="user_id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={members.data.items}
        data-testid="members"
        columns={[
          {
            title: t('account.name'),
            key: 'name',
            render: (_, m) => (
              <span>
                {m.name} {m.user_id === me.user.id ? <Tag>{t('workspace.members.you')}</Tag> : null}
              </span>
            ),
          },
          { title: t('auth.email'), dataIndex: 'email', key: 'email' },
          {
            title: t('workspace.members.role'),
            key: 'role',
            render: (_, m) =>
              canManage ? (
                <Select
                  size="small"
                  value={m.role}
                  style={{ minWidth: 150 }}
                  aria-label={t('workspace.members.roleOf', { name: m.name })}
                  loading={busy === `role:${m.user_id}`}
                  options={roleOptions}
                  onChange={(role: string) =>
                    void run(`role:${m.user_id}`, () => workspaceApi.setMemberRole(organizationId, m.user_id, role), m.user_id === me.user.id ? refresh : undefined)
                  }
                />
              ) : (
                roleLabel(m.role)
              ),
          },
          { title: t('workspace.members.since'), key: 'since', render: (_, m) => formatDate(m.created_at, locale) },
          {
            title: t('workspace.members.actions'),
            key: 'actions',
            render: (_, m) => {
              const isSelf = m.user_id === me.user.id;
              if (!canManage && !isSelf) return null;
              return (
                <Popconfirm
                  title={isSelf ? t('workspace.members.leaveConfirm') : t('workspace.members.removeConfirm', { name: m.name })}
                  okText={isSelf ? t('workspace.members.leave') : t('workspace.members.remove')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    run(`remove:${m.user_id}`, () => workspaceApi.removeMember(organizationId, m.user_id), async () => {
                      if (!isSelf) return;
                      await refresh();
                      void navigate('/my/organization', { replace: true });
                    })
                  }
                >
                  <Button
                    size="small"
                    danger
                    loading={busy === `remove:${m.user_id}`}
                    aria-label={isSelf ? t('workspace.members.leave') : t('workspace.members.removeNamed', { name: m.name })}
                  >
                    {isSelf ? t('workspace.members.leave') : t('workspace.members.remove')}
                  </Button>
                </Popconfirm>
              );
            },
          },
        ]}
      />
    );

  return (
    <section className="panel" aria-labelledby="members-title" data-testid="members-panel">
      <h2 id="members-title" className="section-title" style={{ marginTop: 0 }}>
        {t('workspace.members.title')}
      </h2>
      {error ? <ErrorState error={error} /> : null}
      {table}
      {canManage ? (
        <Form<AddValues>
          form={form}
          name="member"
          layout="vertical"
          requiredMark={false}
          initialValues={{ role: 'member' }}
          onFinish={(values) => void add(values)}
          style={{ marginTop: 16 }}
          data-testid="add-member"
        >
          <h3 style={{ fontSize: 16 }}>{t('workspace.members.add')}</h3>
          <p className="muted">{t('workspace.members.addHint')}</p>
          <div className="row-wrap" style={{ alignItems: 'flex-start' }}>
            <Form.Item
              name="email"
              label={t('auth.email')}
              style={{ flex: '1 1 240px' }}
              rules={[
                { required: true, message: t('auth.emailRequired') },
                { type: 'email', message: t('account.emailInvalid') },
              ]}
            >
              <Input type="email" autoComplete="off" />
            </Form.Item>
            <Form.Item name="role" label={t('workspace.members.role')} style={{ minWidth: 160 }}>
              <Select options={roleOptions} />
            </Form.Item>
          </div>
          <Button htmlType="submit" loading={busy === 'add'}>
            {t('workspace.members.addSubmit')}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}
