import { Pagination } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import type { Organization } from '../../api/types';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { organizationName, useLabels } from '../../ui/labels';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { ListingCard } from '../listings/listing-card';

const PAGE_SIZE = 10;

function safeWebsite(url: string): string | null {
  try {
    const parsed = new URL(url.includes('://') ? url : `https://${url}`);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

function OrganizationListings({ org }: { org: Organization }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const result = useApi(
    (signal) =>
      api.listListings(
        { owner_organization_id: org.id, status: 'published', sort: 'newest', page, page_size: PAGE_SIZE },
        { signal },
      ),
    [org.id, page],
  );
  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (result.data.items.length === 0) body = <EmptyState description={t('org.noListings')} />;
  else
    body = (
      <>
        <div className="stack">
          {result.data.items.map((listing) => (
            <ListingCard key={listing.id} listing={listing} />
          ))}
        </div>
        {result.data.total > PAGE_SIZE ? (
          <nav className="pagination" aria-label={t('search.pagination')}>
            <Pagination current={page} pageSize={PAGE_SIZE} total={result.data.total} onChange={setPage} showSizeChanger={false} />
          </nav>
        ) : null}
      </>
    );
  return (
    <section aria-labelledby="org-listings">
      <h2 id="org-listings" className="section-title">
        {t('org.listings')}
      </h2>
      {body}
    </section>
  );
}

function OrganizationView({ org }: { org: Organization }) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const labels = useLabels();
  const name = organizationName(org, content);
  const otherName = content === 'zh' ? org.name : org.name_zh;
  const website = org.website ? safeWebsite(org.website) : null;
  useDocumentTitle(name);
  return (
    <article data-testid="organization">
      <p>
        <Link to="/organizations">← {t('org.backToDirectory')}</Link>
      </p>
      <h1 className="page-title">{name}</h1>
      {otherName && otherName !== name ? (
        <p className="muted" lang={content === 'zh' ? 'en' : 'zh-CN'}>
          {otherName}
        </p>
      ) : null}
      <div className="listing-layout">
        <div>
          {org.description ? (
            <section className="panel" aria-labelledby="org-about">
              <h2 id="org-about">{t('org.about')}</h2>
              <p className="description" style={{ margin: 0 }}>
                {org.description}
              </p>
            </section>
          ) : null}
          <OrganizationListings org={org} />
        </div>
        <aside className="panel" aria-labelledby="org-profile">
          <h2 id="org-profile">{t('org.profile')}</h2>
          <dl className="facts">
            <dt>{t('org.type')}</dt>
            <dd>{labels.enumLabel('org_type', org.type)}</dd>
            <dt>{t('org.country')}</dt>
            <dd>{labels.country(org.country)}</dd>
            {org.region ? (
              <>
                <dt>{t('org.region')}</dt>
                <dd>{org.region}</dd>
              </>
            ) : null}
            {org.city ? (
              <>
                <dt>{t('org.city')}</dt>
                <dd>{org.city}</dd>
              </>
            ) : null}
            {org.size_class ? (
              <>
                <dt>{t('org.size')}</dt>
                <dd>{t('org.sizeValue', { size: org.size_class })}</dd>
              </>
            ) : null}
            {org.ror_id ? (
              <>
                <dt>{t('org.ror')}</dt>
                <dd>
                  <a href={`https://ror.org/${encodeURIComponent(org.ror_id)}`} target="_blank" rel="noopener noreferrer" data-testid="ror-link">
                    {org.ror_id}
                    <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
                  </a>
                </dd>
              </>
            ) : null}
            {website ? (
              <>
                <dt>{t('org.website')}</dt>
                <dd style={{ overflowWrap: 'anywhere' }}>
                  <a href={website} target="_blank" rel="noopener noreferrer">
                    {website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                    <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
        </aside>
      </div>
    </article>
  );
}

export default function OrganizationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const result = useApi((signal) => api.getOrganization(id, { signal }), [id]);
  if (result.error) {
    const isMissing = result.error instanceof ApiError && result.error.status === 404;
    return (
      <>
        <h1 className="page-title">{isMissing ? t('org.notFound') : t('org.directory')}</h1>
        <ErrorState error={result.error} onRetry={isMissing ? undefined : result.reload} />
        <Link to="/organizations">{t('org.backToDirectory')}</Link>
      </>
    );
  }
  if (!result.data || result.data.id !== id) return <Loading />;
  return <OrganizationView org={result.data} />;
}
