/**
 * Every tunable number of the matching engine, in one object. Pass a partial copy to
 * `createMatchEngine({ weights })` to override. Values were tuned on development splits only
 * (see docs/adr/0002-matching-engine.md and bench/eval).
 */
export type MatchWeights = {
  /** BM25 term-frequency saturation. */
  k1: number;
  /** Per-field weight of a term occurrence: title, keywords, summary, description (incl. translations). */
  fieldWeight: readonly [number, number, number, number];
  /** Per-field length normalization (BM25 b), same order. */
  fieldB: readonly [number, number, number, number];
  /** Query-side weight of a term by the field of the query document it comes from (doc-as-query). */
  queryFieldWeight: readonly [number, number, number, number];
  /** Saturation of repeated query terms: w = qtf (k3 + 1) / (qtf + k3). */
  queryK3: number;
  /** Most query terms kept (by weight x idf) when a whole document is the query. */
  maxQueryTerms: number;
  /**
   * When a whole document is the query, terms in more than this share of documents are dropped
   * (they add almost nothing and cost a pass over most postings).
   */
  maxDocFrequencyShare: number;
  /** Multiplier of a term that reached the index through the zh<->en bridge. */
  bridgeWeight: number;
  /** Candidates re-ranked with structured signals after the text pass. */
  rerankDepth: number;
  /** Share of the final match score per signal; a signal without data on both sides scores `neutral`. */
  signal: {
    text: number;
    sector: number;
    ipc: number;
    trl: number;
    cooperation: number;
    budget: number;
    country: number;
    freshness: number;
  };
  /** Score of a signal that cannot be computed (a side lacks the data). */
  neutral: number;
  /** IPC similarity by deepest shared level. */
  ipcLevel: { section: number; class: number; subclass: number; group: number; subgroup: number };
  /** Freshness half-life in days (score 0.5 at this age). */
  freshnessHalfLifeDays: number;
  /** Nearest classified neighbours that vote in `classify`. */
  classifyNeighbours: number;
  /** Partner search: listings considered, and the decay of an organization's 2nd, 3rd ... listing. */
  partnerDepth: number;
  partnerDecay: number;
  partnerListings: number;
};

export const DEFAULT_WEIGHTS: MatchWeights = {
  k1: 1.2,
  fieldWeight: [2, 2, 1.5, 1],
  fieldB: [0.4, 0.2, 0.4, 0.4],
  queryFieldWeight: [2, 2, 1.5, 1],
  queryK3: 1.2,
  maxQueryTerms: 32,
  maxDocFrequencyShare: 0.3,
  bridgeWeight: 0.6,
  rerankDepth: 200,
  signal: { text: 0.55, sector: 0.08, ipc: 0.1, trl: 0.07, cooperation: 0.06, budget: 0.06, country: 0.04, freshness: 0.04 },
  neutral: 0.5,
  ipcLevel: { section: 0.1, class: 0.3, subclass: 0.6, group: 0.85, subgroup: 1 },
  freshnessHalfLifeDays: 180,
  classifyNeighbours: 10,
  partnerDepth: 300,
  partnerDecay: 0.5,
  partnerListings: 5,
};

/** Merges overrides into the defaults (nested `signal` and `ipcLevel` merge by key). */
export const mergeWeights = (over: Partial<MatchWeights> | undefined): MatchWeights =>
  over === undefined
    ? DEFAULT_WEIGHTS
    : {
        ...DEFAULT_WEIGHTS,
        ...over,
        signal: { ...DEFAULT_WEIGHTS.signal, ...over.signal },
        ipcLevel: { ...DEFAULT_WEIGHTS.ipcLevel, ...over.ipcLevel },
      };
