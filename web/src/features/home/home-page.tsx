import { Input } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/endpoints';
import type { FacetBucket, SearchHit } from '../../api/types';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatNumber } from '../../ui/format';
import { useLabels } from '../../ui/labels';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { ListingCard } from '../listings/listing-card';

function HeroSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputId = useId();
  return (
    <div role="search">
      <label htmlFor={inputId} className="visually-hidden">
        {t('search.inputLabel')}
      </label>
      <Input.Search
        id={inputId}
        name="q"
        size="large"
        placeholder={t('home.searchPlaceholder')}
        enterButton={t('search.submit')}
        onSearch={(value) => {
          const q = value.trim();
          void navigate(q ? `/search?q=${encodeURIComponent(q)}` : '/search');
        }}
      />
    </div>
  );
}

function Stats() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const stats = useApi((signal) => api.statsOverview({ signal }), []);
  if (stats.error) return <ErrorState error={stats.error} onRetry={stats.reload} />;
  if (!stats.data) return <Loading />;
  const figures = [
    { key: 'offers', value: stats.data.offers, label: t('home.stats.offers') },
    { key: 'requests', value: stats.data.requests, label: t('home.stats.requests') },
    { key: 'organizations', value: stats.data.organizations, label: t('home.stats.organizations') },
    { key: 'countries', value: stats.data.countries, label: t('home.stats.countries') },
  ];
  return (
    <section aria-labelledby="home-stats" className="home-section">
      <h2 id="home-stats" className="visually-hidden">
        {t('home.stats.title')}
      </h2>
      <dl className="stats-grid" data-testid="home-stats">
        {figures.map((figure) => (
          <div className="stat" key={figure.key}>
            <dt className="stat-label">{figure.label}</dt>
            <dd className="stat-value" style={{ margin: 0 }} data-stat={figure.key}>
              {formatNumber(figure.value, locale)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ListingStrip({ titleKey, kind, moreKey }: { titleKey: string; kind: string; moreKey: string }) {
  const { t } = useTranslation();
  const result = useApi(
    (signal) => api.search({ kind: [kind], sort: 'newest', page_size: 4 }, { signal }),
    [kind],
  );
  const headingId = `home-${kind}`;
  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (result.data.items.length === 0) body = <EmptyState description={t('home.noneYet')} />;
  else
    body = (
      <div className="grid-cards">
        {result.data.items.map((hit: SearchHit) => (
          <ListingCard key={hit.listing.id} listing={hit.listing} />
        ))}
      </div>
    );
  return (
    <section aria-labelledby={headingId}>
      <div className="results-head">
        <h2 id={headingId} className="section-title">
          {t(titleKey)}
        </h2>
        <Link to={`/search?kind=${kind}&sort=newest`}>{t(moreKey)}</Link>
      </div>
      {body}
    </section>
  );
}

function SectorsAtAGlance() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const labels = useLabels();
  const result = useApi((signal) => api.search({ page_size: 1 }, { signal }), []);
  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else {
    const buckets: FacetBucket[] = [...(result.data.facets?.sector ?? [])]
      .sort((a, b) => b.count - a.count)
      .slice(0, 10);
    const max = Math.max(1, ...buckets.map((b) => b.count));
    body =
      buckets.length === 0 ? (
        <EmptyState description={t('home.noneYet')} />
      ) : (
        <ul className="sector-bars" data-testid="sector-bars">
          {buckets.map((bucket) => (
            <li className="sector-bar" key={bucket.value}>
              <Link to={`/search?sector=${encodeURIComponent(bucket.value)}`}>
                <span>{labels.sector(bucket.value)}</span>
                <span className="bar" aria-hidden="true">
                  <span style={{ width: `${(bucket.count / max) * 100}%` }} />
                </span>
                <span className="count">{formatNumber(bucket.count, locale)}</span>
              </Link>
            </li>
          ))}
        </ul>
      );
  }
  return (
    <section aria-labelledby="home-sectors">
      <h2 id="home-sectors" className="section-title">
        {t('home.sectors')}
      </h2>
      <div className="panel">{body}</div>
    </section>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(undefined);
  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
        <HeroSearch />
      </section>
      <Stats />
      <section aria-labelledby="home-what" className="panel">
        <h2 id="home-what" className="section-title" style={{ marginTop: 0 }}>
          {t('home.what.title')}
        </h2>
        <ul>
          <li>{t('home.what.match')}</li>
          <li>{t('home.what.bilingual')}</li>
          <li>{t('home.what.confidential')}</li>
          <li>{t('home.what.programmes')}</li>
        </ul>
        <div className="row-wrap">
          <Link to="/listings/new" className="button-link">
            {t('home.postCta')}
          </Link>
          <Link to="/organizations">{t('home.orgCta')}</Link>
        </div>
      </section>
      <ListingStrip titleKey="home.featured" kind="technology_offer" moreKey="home.moreOffers" />
      <ListingStrip titleKey="home.needs" kind="technology_request" moreKey="home.moreNeeds" />
      <SectorsAtAGlance />
    </div>
  );
}
