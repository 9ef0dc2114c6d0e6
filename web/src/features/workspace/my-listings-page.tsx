import { Alert, Button, Pagination, Popconfirm, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LISTING_STATUSES, type Listing, type ListingStatus, type Me } from '../../api/types';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatDate, formatNumber } from '../../ui/format';
import { organizationName, useLabels } from '../../ui/labels';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { RequireSignIn, UnverifiedNotice } from '../account/require-sign-in';
import { TAG_COLORS } from '../account/roles';
import { textForViewer } from '../listings/listing-text';
import { workspaceApi, type ListingAction } from './api';
import './workspace.css';

const PAGE_SIZE = 20;
const DAY_MS = 86_400_000;
/** src/core/listings: fields may be edited in these statuses; an extension opens 30 days before expiry. */
const EDITABLE: ListingStatus[] = ['draft', 'published', 'expired'];
const EXTENSION_WINDOW_DAYS = 30;

const STATUS_COLORS: Record<ListingStatus, string | undefined> = {
  draft: TAG_COLORS.pending,
  published: TAG_COLORS.ok,
  expired: TAG_COLORS.warn,
  withdrawn: undefined,
  archived: undefined,
};

/** The lifecycle actions the API allows from a status (src/core/listings/lifecycle.ts). */
export function allowedActions(listing: Pick<Listing, 'status' | 'expires_at'>, now = Date.now()): ListingAction[] {
  const actions: ListingAction[] = [];
  if (listing.status === 'draft') actions.push('publish');
  if (listing.status === 'published') actions.push('withdraw');
  const nearExpiry = listing.expires_at !== null && Date.parse(listing.expires_at) - now <= EXTENSION_WINDOW_DAYS * DAY_MS;
  if (listing.status === 'expired' || (listing.status === 'published' && nearExpiry)) actions.push('extend');
  if (listing.status !== 'archived') actions.push('archive');
  return actions;
}

const ACTION_KEYS: Record<ListingAction, { label: string; done: string; confirm?: string }> = {
  publish: { label: 'workspace.listings.action.publish', done: 'workspace.listings.done.publish' },
  withdraw: { label: 'workspace.listings.action.withdraw', done: 'workspace.listings.done.withdraw', confirm: 'workspace.listings.confirm.withdraw' },
  archive: { label: 'workspace.listings.action.archive', done: 'workspace.listings.done.archive', confirm: 'workspace.listings.confirm.archive' },
  extend: { label: 'workspace.listings.action.extend', done: 'workspace.listings.done.extend' },
};

function ListingRow({ listing, onChanged }: { listing: Listing; onChanged: (listing: Listing, action: ListingAction) => void }) {
  const { t } = useTranslation();
  const { content, locale } = useLanguage();
  const labels = useLabels();
  const [busy, setBusy] = useState<ListingAction | null>(null);
  const [error, setError] = useState<unknown>(null);
  const shown = textForViewer(listing, content);

  const act = async (action: ListingAction) => {
    setBusy(action);
    setError(null);
    try {
      onChanged(await workspaceApi.changeListing(listing.id, action, listing.version), action);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <li className="listing-card" data-testid="my-listing" data-listing-id={listing.id} data-status={listing.status}>
      <div className="workspace-listing">
        <div className="workspace-listing-main">
          <h3>
            <Link to={`/listings/${listing.id}`}>{shown.title}</Link>
          </h3>
          <div className="meta row-wrap">
            <Tag color={STATUS_COLORS[listing.status]}>{labels.enumLabel('status', listing.status)}</Tag>
            <span>{labels.enumLabel('kind', listing.kind)}</span>
            <span className="muted">{t('workspace.listings.updated', { date: formatDate(listing.updated_at, locale) })}</span>
            {listing.expires_at && (listing.status === 'published' || listing.status === 'expired') ? (
              <span className="muted">{t('workspace.listings.expires', { date: formatDate(listing.expires_at, locale) })}</span>
            ) : null}
          </div>
        </div>
        <div className="workspace-actions">
          {EDITABLE.includes(listing.status) ? (
            <Link to={`/listings/${listing.id}/edit`} aria-label={t('workspace.listings.editNamed', { title: shown.title })}>
              {t('workspace.listings.edit')}
            </Link>
          ) : null}
          {allowedActions(listing).map((action) => {
            const keys = ACTION_KEYS[action];
            const button = (
              <Button
                key={action}
                size="small"
                type={action === 'publish' ? 'primary' : 'default'}
                loading={busy === action}
                disabled={busy !== null && busy !== action}
                data-action={action}
                onClick={keys.confirm ? undefined : () => void act(action)}
              >
                {t(keys.label)}
              </Button>
            );
            return keys.confirm ? (
              <Popconfirm key={action} title={t(keys.confirm)} okText={t(keys.label)} cancelText={t('common.cancel')} onConfirm={() => act(action)}>
                {button}
              </Popconfirm>
            ) : (
              button
            );
          })}
        </div>
      </div>
      {error ? <ErrorState error={error} /> : null}
    </li>
  );
}

function MyListings({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { content, locale } = useLanguage();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const [done, setDone] = useState<string | null>(null);
  const memberships = me.memberships;
  const selected = memberships.find((m) => m.organization_id === params.get('org')) ?? memberships[0];
  const rawStatus = params.get('status');
  const status = (LISTING_STATUSES as readonly string[]).includes(rawStatus ?? '') ? (rawStatus as ListingStatus) : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const result = useApi(
    (signal) =>
      selected
        ? workspaceApi.listListings({ owner_organization_id: selected.organization_id, status, page, page_size: PAGE_SIZE, sort: 'updated' }, { signal })
        : Promise.resolve(null),
    [selected?.organization_id, status, page],
  );

  const update = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in change)) next.delete('page');
    setParams(next);
    setDone(null);
  };

  if (!selected) {
    return (
      <EmptyState description={t('workspace.listings.noOrganization')}>
        <Link to="/my/organization">{t('workspace.listings.toOrganization')}</Link>
      </EmptyState>
    );
  }

  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (result.data.items.length === 0)
    body = (
      <EmptyState description={status ? t('workspace.listings.noneWithStatus') : t('workspace.listings.none')}>
        <Link to="/listings/new">{t('workspace.listings.new')}</Link>
      </EmptyState>
    );
  else
    body = (
      <>
        <p className="muted" role="status">
          {t('workspace.listings.count', { count: result.data.total, formatted: formatNumber(result.data.total, locale) })}
        </p>
        <ul className="results" data-testid="my-listings" aria-busy={result.isLoading}>
          {result.data.items.map((listing) => (
            <ListingRow
              key={`${listing.id}:${listing.version}`}
              listing={listing}
              onChanged={(_, action) => {
                setDone(t(ACTION_KEYS[action].done));
                result.reload();
              }}
            />
          ))}
        </ul>
        {result.data.total > PAGE_SIZE ? (
          <nav className="pagination" aria-label={t('workspace.listings.pagination')}>
            <Pagination current={page} pageSize={PAGE_SIZE} total={result.data.total} showSizeChanger={false} onChange={(p) => update({ page: String(p) })} />
          </nav>
        ) : null}
      </>
    );

  return (
    <>
      <div className="workspace-toolbar">
        {memberships.length > 1 ? (
          <Select
            aria-label={t('workspace.org.choose')}
            style={{ minWidth: 240, maxWidth: '100%' }}
            value={selected.organization_id}
            onChange={(id: string) => update({ org: id })}
            options={memberships.map((m) => ({
              value: m.organization_id,
              label: organizationName({ name: m.organization_name, name_zh: m.organization_name_zh }, content),
            }))}
          />
        ) : (
          <strong data-testid="listings-organization">{organizationName({ name: selected.organization_name, name_zh: selected.organization_name_zh }, content)}</strong>
        )}
        <Select
          aria-label={t('workspace.listings.statusFilter')}
          style={{ minWidth: 180 }}
          value={status ?? 'all'}
          data-testid="status-filter"
          onChange={(value: string) => update({ status: value === 'all' ? undefined : value })}
          options={[
            { value: 'all', label: t('workspace.listings.allStatuses') },
            ...LISTING_STATUSES.map((s) => ({ value: s, label: labels.enumLabel('status', s) })),
          ]}
        />
        <Link className="button-link" to="/listings/new" style={{ marginLeft: 'auto' }}>
          {t('workspace.listings.new')}
        </Link>
      </div>
      {done ? <Alert type="success" showIcon role="status" title={done} closable={{ onClose: () => setDone(null) }} style={{ marginBottom: 12 }} /> : null}
      {body}
    </>
  );
}

/** /my/listings: the listings of the user's organizations in every status, with lifecycle actions. */
export default function MyListingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspace.listings.title'));
  return (
    <div>
      <h1 className="page-title">{t('workspace.listings.title')}</h1>
      <RequireSignIn>
        {(me) => (
          <>
            <UnverifiedNotice me={me} />
            <MyListings me={me} />
          </>
        )}
      </RequireSignIn>
    </div>
  );
}
