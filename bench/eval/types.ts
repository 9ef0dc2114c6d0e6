/** One evaluation task of `npm run eval` (bench/eval.ts runs every task in bench/eval/). */
export type EvalMetric = {
  name: string; // e.g. 'nDCG@10'
  value: number;
  /** Baseline figure from ../shared/data/README.md for the same split, if it names one. */
  baseline?: number;
  baselineName?: string;
};

export type EvalResult = {
  task: string; // e.g. 'scifact', 'nsfc', 'ror', 'phrases', 'uspto', 'crosslingual'
  split: string; // which split was used (never a reserved held-out split unless flagged)
  queries: number;
  metrics: EvalMetric[];
  seconds: number;
  skipped?: string; // reason when the data is absent
};

export type EvalTask = {
  name: string;
  run: (dataDir: string) => Promise<EvalResult>;
};
