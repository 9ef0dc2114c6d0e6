import { Input, Pagination, Select } from 'antd';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/endpoints';
import type { Organization } from '../../api/types';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatNumber } from '../../ui/format';
import { ENUMS, organizationName, pickLabel, useLabels, useTaxonomy } from '../../ui/labels';
import { useApi, useDebounced } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';

const PAGE_SIZE = 24;

function OrganizationCard({ org }: { org: Organization }) {
  const { t } = useTranslation();
  const { content, locale } = useLanguage();
  const labels = useLabels();
  const other = content === 'zh' ? org.name : org.name_zh;
  const name = organizationName(org, content);
  return (
    <article className="listing-card" data-testid="organization-card">
      <h2 style={{ margin: 0, fontSize: 17 }}>
        <Link to={`/organizations/${org.id}`}>{name}</Link>
      </h2>
      {other && other !== name ? (
        <div className="muted" lang={content === 'zh' ? 'en' : 'zh-CN'}>
          {other}
        </div>
      ) : null}
      <div className="meta">
        <span>{labels.enumLabel('org_type', org.type)}</span>
        <span>{[org.city, org.region, labels.country(org.country)].filter(Boolean).join(t('common.placeSeparator'))}</span>
        {org.listing_count !== undefined ? (
          <span>{t('org.listingCount', { count: org.listing_count, formatted: formatNumber(org.listing_count, locale) })}</span>
        ) : null}
      </div>
    </article>
  );
}

export default function OrganizationsPage() {
  const { t } = useTranslation();
  const { content, locale } = useLanguage();
  const labels = useLabels();
  const countries = useTaxonomy('countries');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const type = params.get('type') ?? undefined;
  const country = params.get('country') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(q);
  const settled = useDebounced(text, 300);
  const inputId = useId();
  useDocumentTitle(t('org.directory'));

  const update = (change: Record<string, string | undefined>, replace = false) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in change)) next.delete('page');
    setParams(next, { replace });
  };
  useEffect(() => {
    if (settled.trim() !== q) update({ q: settled.trim() || undefined }, true);
  }, [settled]);
  useEffect(() => {
    if (q !== settled.trim()) setText(q);
  }, [q]);

  const result = useApi(
    (signal) => api.listOrganizations({ q: q || undefined, type, country, page, page_size: PAGE_SIZE }, { signal }),
    [q, type, country, page],
  );
  const countryOptions = useMemo(
    () =>
      (countries ?? [])
        .map((c) => ({ value: c.code, label: pickLabel(c, content), search: `${c.en} ${c.zh} ${c.code}` }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    [countries, content, locale],
  );

  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (result.data.items.length === 0) body = <EmptyState description={t('org.none')} />;
  else
    body = (
      <>
        <div className="grid-cards">
          {result.data.items.map((org) => (
            <OrganizationCard key={org.id} org={org} />
          ))}
        </div>
        {result.data.total > PAGE_SIZE ? (
          <nav className="pagination" aria-label={t('search.pagination')}>
            <Pagination
              current={page}
              pageSize={PAGE_SIZE}
              total={result.data.total}
              showSizeChanger={false}
              onChange={(p) => update({ page: String(p) })}
            />
          </nav>
        ) : null}
      </>
    );

  return (
    <div>
      <h1 className="page-title">{t('org.directory')}</h1>
      <p>{t('org.intro')}</p>
      <div className="search-bar" role="search">
        <label htmlFor={inputId} className="visually-hidden">
          {t('org.searchLabel')}
        </label>
        <Input.Search
          id={inputId}
          className="search-input"
          allowClear
          value={text}
          placeholder={t('org.searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onSearch={(value) => update({ q: value.trim() || undefined })}
        />
        <Select
          aria-label={t('org.typeFilter')}
          allowClear
          placeholder={t('org.typeFilter')}
          style={{ minWidth: 180 }}
          value={type}
          onChange={(value?: string) => update({ type: value })}
          options={ENUMS.org_type.map((code) => ({ value: code, label: labels.enumLabel('org_type', code) }))}
        />
        <Select
          aria-label={t('org.countryFilter')}
          allowClear
          showSearch={{ optionFilterProp: 'search' }}
          placeholder={t('org.countryFilter')}
          style={{ minWidth: 180 }}
          value={country}
          onChange={(value?: string) => update({ country: value })}
          options={countryOptions}
        />
      </div>
      <p role="status" aria-live="polite" className="muted">
        {result.data ? t('org.count', { count: result.data.total, formatted: formatNumber(result.data.total, locale) }) : ''}
      </p>
      {body}
    </div>
  );
}
