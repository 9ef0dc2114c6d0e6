import { Alert, Button, Descriptions, Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import type { Me, Organization } from '../../api/types';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { organizationName, useLabels } from '../../ui/labels';
import { isAdmin, isBroker, useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useShowIssues } from '../account/form-errors';
import { RequireSignIn, UnverifiedNotice } from '../account/require-sign-in';
import { organizationRoleKey } from '../account/roles';
import { workspaceApi } from './api';
import { Members } from './members';
import { ORGANIZATION_FIELDS, OrganizationForm, toInput, toValues, type OrganizationValues } from './organization-form';
import './workspace.css';

/** Creating an organization; the API makes the creator its org admin. */
function CreateOrganization({ onCreated, onCancel }: { onCreated: (org: Organization) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OrganizationValues>();
  const showIssues = useShowIssues();
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (values: OrganizationValues) => {
    setIsBusy(true);
    setError(null);
    try {
      onCreated(await workspaceApi.createOrganization(toInput(values)));
    } catch (failure) {
      if (!showIssues(form, failure, ORGANIZATION_FIELDS)) setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="create-org-title">
      <h2 id="create-org-title" className="section-title" style={{ marginTop: 0 }}>
        {t('workspace.org.createTitle')}
      </h2>
      <p className="muted">{t('workspace.org.createIntro')}</p>
      {error ? <ErrorState error={error} title={t('workspace.org.createFailed')} /> : null}
      <OrganizationForm
        form={form}
        isBusy={isBusy}
        submitLabel={t('workspace.org.create')}
        onSubmit={(values) => void submit(values)}
        onCancel={onCancel}
        testId="create-organization"
      />
    </section>
  );
}

/** The profile: read-only for members, a form with optimistic concurrency for those who may change it. */
function Profile({ org, canEdit, onSaved, onReload }: { org: Organization; canEdit: boolean; onSaved: (org: Organization) => void; onReload: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [form] = Form.useForm<OrganizationValues>();
  const showIssues = useShowIssues();
  const [error, setError] = useState<unknown>(null);
  const [isSaved, setIsSaved] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  // A newer version (saved here, or reloaded after a conflict) replaces what the form shows.
  useEffect(() => {
    form.setFieldsValue(toValues(org));
  }, [org.id, org.version]);

  const save = async (values: OrganizationValues) => {
    setIsBusy(true);
    setError(null);
    setIsSaved(false);
    try {
      const saved = await workspaceApi.updateOrganization(org.id, { ...toInput(values), version: org.version });
      setIsSaved(true);
      onSaved(saved);
    } catch (failure) {
      if (!showIssues(form, failure, ORGANIZATION_FIELDS)) setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  const isConflict = error instanceof ApiError && error.status === 409 && error.code === 'ORGANIZATION_VERSION_CONFLICT';
  return (
    <section className="panel" aria-labelledby="org-profile-title" data-testid="organization-profile">
      <h2 id="org-profile-title" className="section-title" style={{ marginTop: 0 }}>
        {t('org.profile')}
      </h2>
      {isConflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-testid="version-conflict"
          style={{ marginBottom: 16 }}
          title={t('workspace.org.conflictTitle')}
          description={t('workspace.org.conflictText')}
          action={
            <Button
              size="small"
              onClick={() => {
                setError(null);
                onReload();
              }}
            >
              {t('workspace.org.reload')}
            </Button>
          }
        />
      ) : error ? (
        <ErrorState error={error} title={t('workspace.org.saveFailed')} />
      ) : null}
      {isSaved ? <Alert type="success" showIcon role="status" title={t('workspace.org.saved')} style={{ marginBottom: 16 }} /> : null}
      {canEdit ? (
        <OrganizationForm
          form={form}
          initialValues={toValues(org)}
          isBusy={isBusy}
          submitLabel={t('workspace.org.save')}
          onSubmit={(values) => void save(values)}
          testId="edit-organization"
        />
      ) : (
        <>
          <p className="muted">{t('workspace.org.readOnly')}</p>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'en', label: t('workspace.org.nameEn'), children: org.name ?? '—' },
              { key: 'zh', label: t('workspace.org.nameZh'), children: org.name_zh ?? '—' },
              { key: 'type', label: t('org.type'), children: labels.enumLabel('org_type', org.type) },
              { key: 'country', label: t('org.country'), children: labels.country(org.country) },
              { key: 'city', label: t('org.city'), children: [org.city, org.region].filter(Boolean).join(t('common.placeSeparator')) || '—' },
              { key: 'website', label: t('org.website'), children: org.website ?? '—' },
            ]}
          />
        </>
      )}
    </section>
  );
}

function OrganizationWorkspace({ me, organizationId }: { me: Me; organizationId: string }) {
  const { t } = useTranslation();
  const result = useApi((signal) => workspaceApi.getOrganization(organizationId, { signal }), [organizationId]);
  const [latest, setLatest] = useState<Organization | null>(null);
  useEffect(() => setLatest(null), [result.data]);
  const membership = me.memberships.find((m) => m.organization_id === organizationId);
  const isOrgAdmin = membership?.role === 'org_admin';
  // authorize.ts: organization:update for org admins, brokers, administrators; membership:manage for org admins, administrators.
  const canEdit = isOrgAdmin || isBroker(me) || isAdmin(me);
  const canManageMembers = isOrgAdmin || isAdmin(me);

  if (result.error) return <ErrorState error={result.error} onRetry={result.reload} />;
  const org = latest ?? result.data;
  if (!org) return <Loading />;
  return (
    <>
      <p className="row-wrap">
        <Link to={`/organizations/${org.id}`}>{t('workspace.org.publicPage')}</Link>
        <Link to={`/my/listings?org=${org.id}`}>{t('workspace.org.listingsLink')}</Link>
      </p>
      <Profile org={org} canEdit={canEdit} onSaved={setLatest} onReload={result.reload} />
      <Members organizationId={org.id} me={me} canManage={canManageMembers} />
    </>
  );
}

function MyOrganization({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [isCreating, setIsCreating] = useState(false);
  const memberships = me.memberships;
  const requested = params.get('org');
  const selected = memberships.find((m) => m.organization_id === requested) ?? memberships[0];
  const roleLabel = (role: string) => (organizationRoleKey(role) ? t(organizationRoleKey(role)!) : role);

  const created = async (org: Organization) => {
    await refresh();
    setIsCreating(false);
    void navigate(`/my/organization?org=${org.id}`);
  };

  if (memberships.length === 0 || isCreating) {
    return (
      <>
        {memberships.length === 0 ? (
          <EmptyState description={t('workspace.org.noneYet')}>
            <p className="muted" style={{ maxWidth: 520, margin: '0 auto' }}>
              {t('workspace.org.joinHint')}
            </p>
          </EmptyState>
        ) : null}
        <CreateOrganization onCreated={(org) => void created(org)} onCancel={memberships.length > 0 ? () => setIsCreating(false) : undefined} />
      </>
    );
  }

  return (
    <>
      <div className="workspace-toolbar">
        {memberships.length > 1 ? (
          <Select
            aria-label={t('workspace.org.choose')}
            style={{ minWidth: 260, maxWidth: '100%' }}
            value={selected?.organization_id}
            onChange={(id: string) => setParams({ org: id })}
            options={memberships.map((m) => ({
              value: m.organization_id,
              label: `${organizationName({ name: m.organization_name, name_zh: m.organization_name_zh }, content)} · ${roleLabel(m.role)}`,
            }))}
          />
        ) : null}
        <Button onClick={() => setIsCreating(true)}>{t('workspace.org.createAnother')}</Button>
      </div>
      {selected ? (
        <>
          <h2 className="section-title" data-testid="organization-name">
            {organizationName({ name: selected.organization_name, name_zh: selected.organization_name_zh }, content)}{' '}
            <span className="muted" style={{ fontSize: 14, fontWeight: 400 }}>
              {roleLabel(selected.role)}
            </span>
          </h2>
          <OrganizationWorkspace key={selected.organization_id} me={me} organizationId={selected.organization_id} />
        </>
      ) : null}
    </>
  );
}

/** /my/organization: the user's organizations, their profiles and members; creating one. */
export default function MyOrganizationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspace.org.title'));
  return (
    <div className="form-layout">
      <h1 className="page-title">{t('workspace.org.title')}</h1>
      <RequireSignIn>
        {(me) => (
          <>
            <UnverifiedNotice me={me} />
            <MyOrganization me={me} />
          </>
        )}
      </RequireSignIn>
    </div>
  );
}
