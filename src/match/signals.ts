/**
 * Structured signals between a query document and a candidate, each in [0, 1] or null when a side
 * lacks the data. Kinds: a request's TRL is the level wanted, an offer's the level reached.
 */
import type { CooperationType, ListingKind } from '../core/listings/listing.js';
import type { MatchDoc } from './doc.js';
import type { MatchReason } from './explain.js';
import { ipcOverlap, type IpcParts } from './ipc.js';
import type { MatchWeights } from './weights.js';

const DAY = 86_400_000;
const REQUESTS: ReadonlySet<ListingKind> = new Set(['technology_request', 'funding_request']);

/** Sector overlap: shared codes over the smaller set. */
export const sectorFit = (q: readonly string[], d: readonly string[]): { score: number; codes: string[] } | null => {
  if (q.length === 0 || d.length === 0) return null;
  const set = new Set(d);
  const codes = [...new Set(q)].filter((c) => set.has(c));
  return { score: codes.length / Math.min(new Set(q).size, set.size), codes };
};

/**
 * TRL fit. Request vs offer: 1 when the offer reaches the wanted level, minus 0.25 per missing
 * level. Otherwise closeness: 1 - |difference| / 8.
 */
export const trlFit = (q: MatchDoc, d: MatchDoc): number | null => {
  const a = q.trl;
  const b = d.trl;
  if (a == null || b == null) return null;
  const qReq = q.kind != null && REQUESTS.has(q.kind);
  const dReq = d.kind != null && REQUESTS.has(d.kind);
  if (qReq !== dReq && q.kind != null && d.kind != null) {
    const wanted = qReq ? a : b;
    const reached = qReq ? b : a;
    return reached >= wanted ? 1 : Math.max(0, 1 - 0.25 * (wanted - reached));
  }
  return Math.max(0, 1 - Math.abs(a - b) / 8);
};

export const cooperationFit = (
  q: readonly CooperationType[],
  d: readonly CooperationType[],
): { score: number; types: CooperationType[] } | null => {
  if (q.length === 0 || d.length === 0) return null;
  const types = q.filter((t) => d.includes(t));
  return { score: types.length > 0 ? 1 : 0, types };
};

type Range = { min: number | null; max: number | null };

/** Budget/price fit: 1 when the ranges overlap, else 1 - gap / far end (>= 0). */
export const budgetFit = (q: Range | null | undefined, d: Range | null | undefined): { score: number; overlap: boolean } | null => {
  if (q == null || d == null) return null;
  if (q.min == null && q.max == null) return null;
  if (d.min == null && d.max == null) return null;
  const qlo = q.min ?? 0;
  const qhi = q.max ?? Number.POSITIVE_INFINITY;
  const dlo = d.min ?? 0;
  const dhi = d.max ?? Number.POSITIVE_INFINITY;
  if (qlo <= dhi && dlo <= qhi) return { score: 1, overlap: true };
  const gap = qlo > dhi ? qlo - dhi : dlo - qhi;
  const far = Math.max(qlo, dlo);
  return { score: far > 0 ? Math.max(0, 1 - gap / far) : 0, overlap: false };
};

/** Target-country fit: does each side's country lie in the other's target countries? */
export const countryFit = (q: MatchDoc, d: MatchDoc): { score: number; countries: string[] } | null => {
  const parts: number[] = [];
  const countries: string[] = [];
  const check = (country: string | null | undefined, targets: readonly string[] | undefined) => {
    if (country == null || targets === undefined || targets.length === 0) return;
    const ok = targets.includes(country);
    parts.push(ok ? 1 : 0);
    if (ok && !countries.includes(country)) countries.push(country);
  };
  check(q.country, d.targetCountries);
  check(d.country, q.targetCountries);
  if (parts.length === 0) return null;
  return { score: parts.reduce((a, b) => a + b, 0) / parts.length, countries };
};

export const freshness = (publishedAt: number | null | undefined, now: number | undefined, halfLifeDays: number): { score: number; ageDays: number } | null => {
  if (publishedAt == null || now === undefined) return null;
  const ageDays = Math.max(0, (now - publishedAt) / DAY);
  return { score: Math.pow(0.5, ageDays / halfLifeDays), ageDays: Math.round(ageDays) };
};

export type SignalInput = {
  query: MatchDoc;
  queryIpc: readonly IpcParts[];
  doc: MatchDoc;
  docIpc: readonly IpcParts[];
  /** Text relevance normalized to [0, 1]. */
  text: number;
  now: number | undefined;
  /** Which signals count (e.g. 'similar' ignores TRL/budget fit). */
  use: ReadonlySet<keyof MatchWeights['signal']>;
};

type Sum = { total: number; sum: number };

const addSignal = (acc: Sum, inp: SignalInput, w: MatchWeights, key: keyof MatchWeights['signal'], value: number | null): void => {
  if (!inp.use.has(key)) return;
  const wt = w.signal[key];
  acc.total += wt;
  acc.sum += wt * (value ?? w.neutral);
};

/** Combines the text score and the structured signals into a score in [0, 1], with reasons. */
export const combineSignals = (inp: SignalInput, w: MatchWeights): { score: number; reasons: MatchReason[] } => {
  const reasons: MatchReason[] = [];
  // No closure here: this runs for every re-ranked candidate.
  const acc: Sum = { total: 0, sum: 0 };
  addSignal(acc, inp, w, 'text', inp.text);
  const q = inp.query;
  const d = inp.doc;
  const sec = sectorFit(q.sectors ?? [], d.sectors ?? []);
  addSignal(acc, inp, w, 'sector', sec?.score ?? null);
  if (sec !== null && sec.codes.length > 0 && inp.use.has('sector')) reasons.push({ type: 'sector', codes: sec.codes, score: sec.score });
  const ipc = ipcOverlap(inp.queryIpc, inp.docIpc, w.ipcLevel);
  addSignal(acc, inp, w, 'ipc', ipc?.score ?? null);
  if (ipc !== null && ipc.pairs.length > 0 && inp.use.has('ipc')) reasons.push({ type: 'ipc', codes: ipc.pairs, score: ipc.score });
  const trl = trlFit(q, d);
  addSignal(acc, inp, w, 'trl', trl);
  if (trl !== null && inp.use.has('trl')) reasons.push({ type: 'trl', query: q.trl as number, match: d.trl as number, score: trl });
  const coop = cooperationFit(q.cooperationTypes ?? [], d.cooperationTypes ?? []);
  addSignal(acc, inp, w, 'cooperation', coop?.score ?? null);
  if (coop !== null && coop.types.length > 0 && inp.use.has('cooperation'))
    reasons.push({ type: 'cooperation', types: coop.types, score: coop.score });
  const budget = budgetFit(q.priceCny, d.priceCny);
  addSignal(acc, inp, w, 'budget', budget?.score ?? null);
  if (budget !== null && inp.use.has('budget'))
    reasons.push({
      type: 'budget',
      query: { min: q.priceCny?.min ?? null, max: q.priceCny?.max ?? null },
      match: { min: d.priceCny?.min ?? null, max: d.priceCny?.max ?? null },
      overlap: budget.overlap,
      score: budget.score,
    });
  const ctry = countryFit(q, d);
  addSignal(acc, inp, w, 'country', ctry?.score ?? null);
  if (ctry !== null && ctry.countries.length > 0 && inp.use.has('country'))
    reasons.push({ type: 'country', countries: ctry.countries, score: ctry.score });
  const fresh = freshness(d.publishedAt, inp.now, w.freshnessHalfLifeDays);
  addSignal(acc, inp, w, 'freshness', fresh?.score ?? null);
  if (fresh !== null && inp.use.has('freshness')) reasons.push({ type: 'freshness', ageDays: fresh.ageDays, score: fresh.score });
  return { score: acc.total > 0 ? acc.sum / acc.total : 0, reasons };
};
