import { Button, Checkbox, Input, Modal, Pagination, Select, Table, Tag } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatDate, formatNumber } from '../../ui/format';
import { useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { PLATFORM_ROLES, platformRoleKey, TAG_COLORS } from '../account/roles';
import { adminApi, type AdminUser } from './api';
import { useUrlFilters } from './url-state';

const PAGE_SIZE = 25;

function RolesDialog({ user, me, onClose, onSaved }: { user: AdminUser; me: Me; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [roles, setRoles] = useState<string[]>(user.roles);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const groupId = useId();

  const save = async () => {
    setIsBusy(true);
    setError(null);
    try {
      await adminApi.setRoles(user.id, roles);
      if (user.id === me.user.id) await refresh();
      onSaved();
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('admin.users.rolesOf', { name: user.name })}
      okText={t('admin.users.saveRoles')}
      cancelText={t('common.cancel')}
      confirmLoading={isBusy}
      onOk={() => void save()}
      onCancel={onClose}
    >
      <p className="muted">{user.email}</p>
      {error ? <ErrorState error={error} title={t('admin.users.rolesFailed')} /> : null}
      <div role="group" aria-labelledby={groupId}>
        <p id={groupId}>{t('admin.users.platformRoles')}</p>
        <Checkbox.Group
          value={roles}
          onChange={(values) => setRoles(values as string[])}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={PLATFORM_ROLES.map((role) => ({ value: role, label: `${t(platformRoleKey(role)!)} — ${t(`admin.users.roleHelp.${role}`)}` }))}
        />
      </div>
    </Modal>
  );
}

/** Users with their platform roles; administrators grant and revoke roles. */
export function UsersTab({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { values, page, set } = useUrlFilters(['q', 'role'] as const);
  const [text, setText] = useState(values.q);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const searchId = useId();
  useEffect(() => setText(values.q), [values.q]);

  const result = useApi(
    (signal) => adminApi.users({ q: values.q || undefined, role: values.role || undefined, page, page_size: PAGE_SIZE }, { signal }),
    [values.q, values.role, page],
  );
  const roleLabel = (role: string) => (platformRoleKey(role) ? t(platformRoleKey(role)!) : role);

  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (result.data.items.length === 0) body = <EmptyState description={t('admin.users.none')} />;
  else
    body = (
      <>
        <p className="muted" role="status">
          {t('admin.users.count', { count: result.data.total, formatted: formatNumber(result.data.total, locale) })}
        </p>
        <Table<AdminUser>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={result.data.items}
          data-testid="admin-users"
          columns={[
            { title: t('account.name'), dataIndex: 'name', key: 'name' },
            {
              title: t('auth.email'),
              key: 'email',
              render: (_, u) => (
                <span className="row-wrap">
                  {u.email}
                  {u.email_verified ? null : <Tag color={TAG_COLORS.warn}>{t('account.profile.unverified')}</Tag>}
                </span>
              ),
            },
            {
              title: t('admin.users.roles'),
              key: 'roles',
              render: (_, u) =>
                u.roles.length ? (
                  <span className="row-wrap">
                    {u.roles.map((r) => (
                      <Tag key={r} color={r === 'admin' ? TAG_COLORS.danger : TAG_COLORS.info}>
                        {roleLabel(r)}
                      </Tag>
                    ))}
                  </span>
                ) : (
                  <span className="muted">{t('admin.users.noRoles')}</span>
                ),
            },
            { title: t('admin.users.memberships'), dataIndex: 'membership_count', key: 'memberships' },
            { title: t('admin.users.since'), key: 'since', render: (_, u) => formatDate(u.created_at, locale) },
            {
              title: t('admin.users.actions'),
              key: 'actions',
              render: (_, u) => (
                <Button size="small" onClick={() => setEditing(u)} aria-label={t('admin.users.editRolesOf', { name: u.name })}>
                  {t('admin.users.editRoles')}
                </Button>
              ),
            },
          ]}
        />
        {result.data.total > PAGE_SIZE ? (
          <nav className="pagination" aria-label={t('admin.pagination')}>
            <Pagination current={page} pageSize={PAGE_SIZE} total={result.data.total} showSizeChanger={false} onChange={(p) => set({ page: String(p) })} />
          </nav>
        ) : null}
      </>
    );

  return (
    <section aria-labelledby="admin-users-title">
      <h2 id="admin-users-title" className="section-title">
        {t('admin.users.title')}
      </h2>
      <div className="search-bar" role="search">
        <label htmlFor={searchId} className="visually-hidden">
          {t('admin.users.search')}
        </label>
        <Input.Search
          id={searchId}
          allowClear
          style={{ maxWidth: 360 }}
          value={text}
          placeholder={t('admin.users.searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onSearch={(value) => set({ q: value })}
        />
        <Select
          aria-label={t('admin.users.roleFilter')}
          allowClear
          placeholder={t('admin.users.roleFilter')}
          style={{ minWidth: 200 }}
          value={values.role || undefined}
          onChange={(value?: string) => set({ role: value })}
          options={PLATFORM_ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
        />
      </div>
      {body}
      {editing ? (
        <RolesDialog
          user={editing}
          me={me}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            result.reload();
          }}
        />
      ) : null}
    </section>
  );
}
