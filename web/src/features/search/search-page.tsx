import { Badge, Button, Drawer, Input, Pagination, Select, Spin } from 'antd';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/endpoints';
import type { SearchSort } from '../../api/types';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatNumber } from '../../ui/format';
import { queryTerms } from '../../ui/highlight';
import { enumKey } from '../../ui/labels';
import { useApi, useDebounced } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { ListingCard } from '../listings/listing-card';
import { SearchFacets } from './search-facets';
import {
  activeFilterCount,
  PAGE_SIZE,
  parseSearchParams,
  SORTS,
  toApiQuery,
  toSearchString,
  withChange,
  type SearchState,
} from './search-state';

/** Quiet time after the last keystroke before the search runs. */
export const TYPING_DEBOUNCE_MS = 250;

export default function SearchPage() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const urlKey = searchParams.toString();
  const state = useMemo(() => parseSearchParams(new URLSearchParams(urlKey)), [urlKey]);
  const canonicalKey = toSearchString(state);
  const inputId = useId();
  const [isDrawerOpen, setIsDrawerOpen] = useState(false);
  useDocumentTitle(state.q ? t('search.titleWithQuery', { q: state.q }) : t('search.title'));

  const navigateTo = (next: SearchState, replace = false) => {
    const search = toSearchString(next);
    void navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { replace });
  };

  // Search as you type: the input is local; its settled value goes to the URL, which drives the query.
  const [text, setText] = useState(state.q);
  const typedQuery = useRef<string | null>(null);
  const settledText = useDebounced(text, TYPING_DEBOUNCE_MS);
  useEffect(() => {
    const q = settledText.trim();
    if (q !== state.q) {
      typedQuery.current = q;
      navigateTo(withChange(state, { q }), true);
    }
    // Only the settled text triggers this; state changes from elsewhere are handled below.
  }, [settledText]);
  useEffect(() => {
    // The URL changed by other means (back button, a link): show its query in the box.
    if (typedQuery.current !== state.q && text.trim() !== state.q) setText(state.q);
    typedQuery.current = null;
  }, [state.q]);

  const results = useApi(
    async (signal) => ({ key: canonicalKey, response: await api.search(toApiQuery(state), { signal }) }),
    [canonicalKey],
  );
  const data = results.data?.response;
  const terms = useMemo(() => queryTerms(state.q), [state.q]);
  const isStale = results.isLoading && results.data !== undefined;

  const facets = <SearchFacets state={state} facets={data?.facets} onChange={(next) => navigateTo(next)} />;
  const filterCount = activeFilterCount(state);

  let body;
  if (results.error) {
    body = <ErrorState error={results.error} onRetry={results.reload} />;
  } else if (!data) {
    body = <Loading label={t('search.searching')} />;
  } else if (data.items.length === 0) {
    body = <EmptyState description={state.q ? t('search.noResultsFor', { q: state.q }) : t('search.noResults')} />;
  } else {
    body = (
      <>
        <ol className="results" aria-label={t('search.resultsLabel')}>
          {data.items.map((hit) => (
            <li key={hit.listing.id}>
              <ListingCard listing={hit.listing} highlights={hit.highlights} terms={terms} headingLevel={2} />
            </li>
          ))}
        </ol>
        {data.total > PAGE_SIZE ? (
          <nav className="pagination" aria-label={t('search.pagination')}>
            <Pagination
              current={state.page}
              pageSize={PAGE_SIZE}
              total={data.total}
              showSizeChanger={false}
              onChange={(page) => {
                navigateTo({ ...state, page });
                window.scrollTo({ top: 0 });
              }}
            />
          </nav>
        ) : null}
      </>
    );
  }

  return (
    <div className="search-page">
      <h1 className="page-title">{t('search.title')}</h1>
      <div className="search-bar" role="search">
        <label htmlFor={inputId} className="visually-hidden">
          {t('search.inputLabel')}
        </label>
        <Input.Search
          id={inputId}
          className="search-input"
          size="large"
          allowClear
          value={text}
          placeholder={t('search.placeholder')}
          enterButton={t('search.submit')}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => {
            const q = value.trim();
            setText(value);
            if (q !== state.q) {
              typedQuery.current = q;
              navigateTo(withChange(state, { q }));
            }
          }}
        />
        <Select<SearchSort>
          aria-label={t('search.sortLabel')}
          value={state.sort}
          style={{ minWidth: 160 }}
          onChange={(sort) => navigateTo(withChange(state, { sort }))}
          options={SORTS.map((sort) => ({ value: sort, label: t(enumKey('sort', sort)) }))}
        />
        <Badge count={filterCount} size="small">
          <Button className="filters-button" onClick={() => setIsDrawerOpen(true)}>
            {t('search.filters')}
          </Button>
        </Badge>
      </div>
      <div className="search-layout">
        <aside className="facets facets-desktop" aria-label={t('search.filters')}>
          {facets}
        </aside>
        <section aria-labelledby="results-count">
          <div className="results-head">
            <p id="results-count" role="status" aria-live="polite" style={{ margin: 0 }} data-testid="results-count">
              {data ? t('search.resultCount', { count: data.total, formatted: formatNumber(data.total, locale) }) : ''}
            </p>
            {isStale ? <Spin size="small" aria-label={t('search.searching')} /> : null}
          </div>
          <div
            data-testid="results"
            data-url={location.search.replace(/^\?/, '')}
            data-query={canonicalKey}
            data-loaded-query={results.isLoading ? undefined : results.data?.key}
            aria-busy={results.isLoading}
            style={{ opacity: isStale ? 0.6 : 1 }}
          >
            {body}
          </div>
        </section>
      </div>
      <Drawer
        title={t('search.filters')}
        placement="left"
        open={isDrawerOpen}
        onClose={() => setIsDrawerOpen(false)}
        size={320}
      >
        {facets}
      </Drawer>
    </div>
  );
}
