/**
 * Supply and demand balance: published technology offers (supply) against published technology
 * requests (demand) per cell of one or two dimensions, with match coverage and a gap index.
 *
 * The store aggregates listings in SQL down to "facts" (a count of listings per kind, matched
 * flag and the raw attributes the requested dimensions need); `expandBalance` turns facts into
 * cells. A listing counts once in every cell its attributes put it in: a listing with two sectors
 * counts in both sectors, exactly as GET /api/listings?sector=X counts it for each X.
 */
import { COOPERATION_TYPES, type CooperationType } from '../listings/listing.js';
import { COOPERATION_TYPE_LABELS } from '../taxonomy/labels.js';
import { wipoFieldsForIpcCodes } from '../taxonomy/ipc-wipo.js';
import { findCountry } from '../taxonomy/countries.js';
import { SECTORS, WIPO_FIELDS, findSector } from '../taxonomy/sectors.js';
import { TRL_DEFINITIONS } from '../taxonomy/trl.js';
import { DomainError } from '../shared/domain-error.js';
import type { InsightErrorCode } from './errors.js';
import { placeKey, regionLabel, type Label, type Place, type RegionLevel } from './regions.js';

export const BALANCE_DIMENSIONS = ['sector', 'wipo', 'country', 'region', 'trl', 'trl_band', 'cooperation'] as const;
export type BalanceDimension = (typeof BALANCE_DIMENSIONS)[number];

/** The kinds a balance weighs: supply and demand of technology. */
export const SUPPLY_KIND = 'technology_offer';
export const DEMAND_KIND = 'technology_request';

/** TRL bands: research (1-3), development (4-6), deployment (7-9); listings without a TRL are 'none'. */
export const TRL_BANDS = [
  { key: '1-3', min: 1, max: 3, en: 'TRL 1-3 (research)', zh: 'TRL 1-3（研究）' },
  { key: '4-6', min: 4, max: 6, en: 'TRL 4-6 (development)', zh: 'TRL 4-6（开发）' },
  { key: '7-9', min: 7, max: 9, en: 'TRL 7-9 (deployment)', zh: 'TRL 7-9（应用）' },
] as const;
const NO_TRL: Label = { en: 'TRL not given', zh: '未填写技术成熟度' };

/** What a dimension needs from a listing; the store selects only these columns. */
export type FactAttributes = {
  sectors?: string[];
  ipcCodes?: string[];
  country?: string;
  /** The owner organization's place (for the region dimension). */
  place?: Place;
  trl?: number | null;
  cooperationTypes?: string[];
  /** The period label of the listing's publication, when the balance is a series. */
  period?: string;
};

/** A count of listings of one kind sharing the same attributes and matched flag. */
export type BalanceFact = { kind: typeof SUPPLY_KIND | typeof DEMAND_KIND; matched: boolean; count: number; attrs: FactAttributes };

export type BalanceCell = {
  /** One key per requested dimension, in the requested order. */
  keys: string[];
  /** The period label when the balance is a series, else null. */
  period: string | null;
  offers: number;
  requests: number;
  /** Requests with at least one strong match (see the coverage method). */
  requestsMatched: number;
};

export type BalanceRow = BalanceCell & {
  /** The keys joined with '|' (and the period first when there is one). */
  key: string;
  labels: Label[];
  label: Label;
  /** requestsMatched / requests, null without requests. */
  coverage: number | null;
  gapIndex: number | null;
};

/**
 * The gap index of a cell: (requests − offers) / (requests + offers), in [−1, 1], rounded to
 * 4 decimals; null when the cell has neither. +1: demand and no supply; −1: supply and no
 * demand; 0: as many offers as requests.
 */
export function gapIndex(offers: number, requests: number): number | null {
  const total = offers + requests;
  if (total === 0) return null;
  return Math.round(((requests - offers) / total) * 10_000) / 10_000;
}

/** requestsMatched / requests rounded to 4 decimals; null without requests. */
export function coverage(requestsMatched: number, requests: number): number | null {
  return requests === 0 ? null : Math.round((requestsMatched / requests) * 10_000) / 10_000;
}

export function trlBandOf(trl: number | null | undefined): string {
  if (trl === null || trl === undefined) return 'none';
  return TRL_BANDS.find((b) => trl >= b.min && trl <= b.max)?.key ?? 'none';
}

/**
 * Parses `by` ('sector' or 'sector,region'): one or two distinct dimensions.
 * Throws INSIGHT_DIMENSION_INVALID.
 */
export function parseDimensions(raw: string | string[]): BalanceDimension[] {
  const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((s) => s.split(',')).map((s) => s.trim().toLowerCase()).filter(Boolean);
  const dims = parts.map((p) => (p === 'ipc' || p === 'wipo_field' ? 'wipo' : p === 'trlband' ? 'trl_band' : p));
  const bad = dims.filter((d) => !(BALANCE_DIMENSIONS as readonly string[]).includes(d));
  if (dims.length === 0 || dims.length > 2 || bad.length > 0 || new Set(dims).size !== dims.length) {
    throw new DomainError<InsightErrorCode>(
      'INSIGHT_DIMENSION_INVALID',
      `by must be one or two of ${BALANCE_DIMENSIONS.join(', ')}, separated by a comma.`,
      { issues: [{ path: 'by', message: bad.length ? `Unknown dimension ${bad[0]}.` : 'One or two distinct dimensions.' }], allowed: BALANCE_DIMENSIONS },
    );
  }
  return dims as BalanceDimension[];
}

/** The attributes a dimension reads (the store selects and groups by these). */
export function attributesFor(dim: BalanceDimension): (keyof FactAttributes)[] {
  switch (dim) {
    case 'sector':
      return ['sectors'];
    case 'wipo':
      return ['ipcCodes'];
    case 'country':
      return ['country'];
    case 'region':
      return ['place'];
    case 'trl':
    case 'trl_band':
      return ['trl'];
    case 'cooperation':
      return ['cooperationTypes'];
  }
}

/** The keys a fact falls under for a dimension (none: the fact is outside that dimension). */
export function keysOf(dim: BalanceDimension, a: FactAttributes, regionLevel: RegionLevel): string[] {
  switch (dim) {
    case 'sector':
      return [...new Set(a.sectors ?? [])];
    case 'wipo':
      return wipoFieldsForIpcCodes(a.ipcCodes ?? []);
    case 'country':
      return a.country ? [a.country] : [];
    case 'region':
      return a.place ? [placeKey(a.place, regionLevel)] : [];
    case 'trl':
      return [a.trl === null || a.trl === undefined ? 'none' : String(a.trl)];
    case 'trl_band':
      return [trlBandOf(a.trl)];
    case 'cooperation':
      return [...new Set(a.cooperationTypes ?? [])];
  }
}

/** Bilingual label of a key of a dimension. */
export function labelOf(dim: BalanceDimension, key: string): Label {
  switch (dim) {
    case 'sector':
    case 'wipo': {
      const s = findSector(key);
      return s ? { en: s.en, zh: s.zh } : { en: key, zh: key };
    }
    case 'country': {
      const c = findCountry(key);
      return c ? { en: c.en, zh: c.zh } : { en: key, zh: key };
    }
    case 'region':
      return regionLabel(key);
    case 'trl': {
      const t = TRL_DEFINITIONS.find((d) => String(d.level) === key);
      return t ? { en: `TRL ${t.level}: ${t.name.en}`, zh: `TRL ${t.level}：${t.name.zh}` } : NO_TRL;
    }
    case 'trl_band': {
      const b = TRL_BANDS.find((x) => x.key === key);
      return b ? { en: b.en, zh: b.zh } : NO_TRL;
    }
    case 'cooperation': {
      const c = COOPERATION_TYPE_LABELS[key as CooperationType];
      return c ? { en: c.en, zh: c.zh } : { en: key, zh: key };
    }
  }
}

/** Every key of a closed dimension, in its natural order (for filling empty cells); null for open ones. */
export function allKeysOf(dim: BalanceDimension): string[] | null {
  switch (dim) {
    case 'sector':
      return SECTORS.map((s) => s.code);
    case 'wipo':
      return WIPO_FIELDS.map((s) => s.code);
    case 'trl':
      return [...TRL_DEFINITIONS.map((d) => String(d.level)), 'none'];
    case 'trl_band':
      return [...TRL_BANDS.map((b) => b.key), 'none'];
    case 'cooperation':
      return [...COOPERATION_TYPES];
    default:
      return null;
  }
}

const naturalOrder = (dim: BalanceDimension): ((a: string, b: string) => number) => {
  const all = allKeysOf(dim);
  if (all) {
    const rank = new Map(all.map((k, i) => [k, i]));
    return (a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9) || a.localeCompare(b);
  }
  return (a, b) => a.localeCompare(b);
};

export type ExpandOptions = {
  regionLevel: RegionLevel;
  /** Add rows with zero counts for every key of closed dimensions (and every period given). */
  includeEmpty?: boolean;
  /** The periods of a series, in order (rows are made for these when includeEmpty). */
  periods?: string[];
};

/** Turns aggregated facts into balance rows, ordered by period, then the dimensions' natural order. */
export function expandBalance(facts: readonly BalanceFact[], dims: readonly BalanceDimension[], options: ExpandOptions): BalanceRow[] {
  const cells = new Map<string, BalanceCell>();
  const cellFor = (period: string | null, keys: string[]) => {
    const id = JSON.stringify([period, keys]);
    let c = cells.get(id);
    if (!c) cells.set(id, (c = { keys, period, offers: 0, requests: 0, requestsMatched: 0 }));
    return c;
  };
  for (const f of facts) {
    const perDim = dims.map((d) => keysOf(d, f.attrs, options.regionLevel));
    for (const keys of cartesian(perDim)) {
      const c = cellFor(f.attrs.period ?? null, keys);
      if (f.kind === SUPPLY_KIND) c.offers += f.count;
      else {
        c.requests += f.count;
        if (f.matched) c.requestsMatched += f.count;
      }
    }
  }
  if (options.includeEmpty) {
    const closed = dims.map((d) => allKeysOf(d));
    if (closed.every((k) => k !== null)) {
      for (const period of options.periods ?? [null]) for (const keys of cartesian(closed as string[][])) cellFor(period, keys);
    }
  }
  const orders = dims.map(naturalOrder);
  return [...cells.values()]
    .sort((a, b) => (a.period ?? '').localeCompare(b.period ?? '') || orders.reduce((r, cmp, i) => r || cmp(a.keys[i]!, b.keys[i]!), 0))
    .map((c) => {
      const labels = c.keys.map((k, i) => labelOf(dims[i]!, k));
      return {
        ...c,
        key: c.keys.join('|'),
        labels,
        label: { en: labels.map((l) => l.en).join(' / '), zh: labels.map((l) => l.zh).join(' / ') },
        coverage: coverage(c.requestsMatched, c.requests),
        gapIndex: gapIndex(c.offers, c.requests),
      };
    });
}

function cartesian(lists: string[][]): string[][] {
  return lists.reduce<string[][]>((acc, list) => acc.flatMap((prefix) => list.map((k) => [...prefix, k])), [[]]);
}

/** Totals over distinct listings are not sums of cells (a listing may sit in several); the store reports them apart. */
export type BalanceTotals = { offers: number; requests: number; requestsMatched: number; coverage: number | null; gapIndex: number | null };

export function totalsOf(offers: number, requests: number, requestsMatched: number): BalanceTotals {
  return { offers, requests, requestsMatched, coverage: coverage(requestsMatched, requests), gapIndex: gapIndex(offers, requests) };
}

/** The totals of facts that partition the listings (each listing in one fact). */
export function sumFacts(facts: readonly BalanceFact[]): { offers: number; requests: number; requestsMatched: number } {
  let offers = 0;
  let requests = 0;
  let requestsMatched = 0;
  for (const f of facts) {
    if (f.kind === SUPPLY_KIND) offers += f.count;
    else {
      requests += f.count;
      if (f.matched) requestsMatched += f.count;
    }
  }
  return { offers, requests, requestsMatched };
}
