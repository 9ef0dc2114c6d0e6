import type { SearchQuery } from '../../api/endpoints';
import type { SearchSort } from '../../api/types';

/** Everything a search is made of; the URL holds all of it so a search can be shared and reloaded. */
export type SearchState = {
  q: string;
  kind: string[];
  sector: string[];
  country: string[];
  iprStatus: string[];
  cooperationType: string[];
  trlMin: number | null;
  trlMax: number | null;
  /** Budget bounds in CNY major units (yuan). */
  budgetMinCny: number | null;
  budgetMaxCny: number | null;
  sort: SearchSort;
  page: number;
};

export const PAGE_SIZE = 20;
export const SORTS: readonly SearchSort[] = ['relevance', 'newest', 'deadline'];

export const EMPTY_SEARCH: SearchState = {
  q: '',
  kind: [],
  sector: [],
  country: [],
  iprStatus: [],
  cooperationType: [],
  trlMin: null,
  trlMax: null,
  budgetMinCny: null,
  budgetMaxCny: null,
  sort: 'relevance',
  page: 1,
};

/** URL parameter names: the API's own, so a URL reads like the query it sends. */
const LIST_PARAMS = {
  kind: 'kind',
  sector: 'sector',
  country: 'country',
  iprStatus: 'ipr_status',
  cooperationType: 'cooperation_type',
} as const;

function readList(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  return [...new Set(values)];
}

function readInt(params: URLSearchParams, name: string, min: number, max: number): number | null {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  if (!Number.isFinite(value)) return null;
  return Math.min(max, Math.max(min, Math.round(value)));
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const sortParam = params.get('sort');
  const sort = SORTS.find((s) => s === sortParam) ?? 'relevance';
  let trlMin = readInt(params, 'trl_min', 1, 9);
  let trlMax = readInt(params, 'trl_max', 1, 9);
  if (trlMin !== null && trlMax !== null && trlMin > trlMax) [trlMin, trlMax] = [trlMax, trlMin];
  return {
    q: (params.get('q') ?? '').trim(),
    kind: readList(params, LIST_PARAMS.kind),
    sector: readList(params, LIST_PARAMS.sector),
    country: readList(params, LIST_PARAMS.country).map((c) => c.toUpperCase()),
    iprStatus: readList(params, LIST_PARAMS.iprStatus),
    cooperationType: readList(params, LIST_PARAMS.cooperationType),
    trlMin,
    trlMax,
    budgetMinCny: readInt(params, 'budget_min_cny', 0, Number.MAX_SAFE_INTEGER),
    budgetMaxCny: readInt(params, 'budget_max_cny', 0, Number.MAX_SAFE_INTEGER),
    sort,
    page: readInt(params, 'page', 1, 10_000) ?? 1,
  };
}

/** The canonical URL form: defaults are left out, lists are comma-separated, order is fixed. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const [field, name] of Object.entries(LIST_PARAMS) as [keyof typeof LIST_PARAMS, string][]) {
    if (state[field].length > 0) params.set(name, state[field].join(','));
  }
  if (state.trlMin !== null && state.trlMin > 1) params.set('trl_min', String(state.trlMin));
  if (state.trlMax !== null && state.trlMax < 9) params.set('trl_max', String(state.trlMax));
  if (state.budgetMinCny !== null) params.set('budget_min_cny', String(state.budgetMinCny));
  if (state.budgetMaxCny !== null) params.set('budget_max_cny', String(state.budgetMaxCny));
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** The canonical query string of a search: commas of lists stay readable in shared URLs. */
export function toSearchString(state: SearchState): string {
  return toSearchParams(state).toString().replace(/%2C/gi, ',');
}

/** A change of any filter (not of the page itself) starts again at page 1. */
export function withChange(state: SearchState, change: Partial<SearchState>): SearchState {
  const next = { ...state, ...change };
  if (!('page' in change)) next.page = 1;
  return next;
}

export function toApiQuery(state: SearchState, pageSize: number = PAGE_SIZE): SearchQuery {
  return {
    q: state.q || undefined,
    kind: state.kind,
    sector: state.sector,
    country: state.country,
    ipr_status: state.iprStatus,
    cooperation_type: state.cooperationType,
    trl_min: state.trlMin !== null && state.trlMin > 1 ? state.trlMin : undefined,
    trl_max: state.trlMax !== null && state.trlMax < 9 ? state.trlMax : undefined,
    budget_min_cny: state.budgetMinCny ?? undefined,
    budget_max_cny: state.budgetMaxCny ?? undefined,
    sort: state.sort,
    page: state.page,
    page_size: pageSize,
  };
}

export function activeFilterCount(state: SearchState): number {
  return (
    state.kind.length +
    state.sector.length +
    state.country.length +
    state.iprStatus.length +
    state.cooperationType.length +
    (state.trlMin !== null && state.trlMin > 1 ? 1 : 0) +
    (state.trlMax !== null && state.trlMax < 9 ? 1 : 0) +
    (state.budgetMinCny !== null ? 1 : 0) +
    (state.budgetMaxCny !== null ? 1 : 0)
  );
}
