/**
 * Patent phrase similarity (anchor, target, CPC context -> score). Split by anchor:
 * md5(anchor)'s first hex digit 8-f = development (task `phrases`, run by `npm run eval`), 0-7 =
 * reserved (task `phrases-reserved` in phrases-reserved.ts, held-out figures only, opt-in).
 * Scores come from the same function as `ittc similarity`; only aggregate figures are returned.
 */
import { createHash } from 'node:crypto';
import { loadAnalyzers } from '../../src/loaders/analyzers.js';
import { phraseSimilarity, trigramCosine } from '../../src/match/similarity.js';
import { dataPath, log, missing, pearson, readCsv, seconds, spearman } from './common.js';
import type { EvalMetric, EvalResult, EvalTask } from './types.js';

export type PhrasePair = { id: string; anchor: string; target: string; context: string; score: number };
export type PhraseSplit = 'development' | 'reserved';

export const SPLIT_NAMES: Record<PhraseSplit, string> = {
  development: 'development anchors (md5 8-f)',
  reserved: 'RESERVED anchors (md5 0-7), held-out',
};

const phraseFile = (dataDir: string): string => dataPath(dataDir, 'patent_phrase_matching', 'train.csv');

/** The pairs of one split: development = anchors whose md5 starts with 8-f, reserved = 0-7. */
export const phrasePairs = (dataDir: string, split: PhraseSplit): PhrasePair[] => {
  const dev = /^[89a-f]/;
  return readCsv(phraseFile(dataDir))
    .filter((r) => dev.test(createHash('md5').update(r.anchor ?? '').digest('hex')) === (split === 'development'))
    .map((r) => ({ id: r.id!, anchor: r.anchor!, target: r.target!, context: r.context!, score: Number(r.score) }));
};

/** The development pairs (anchors whose md5 starts with 8-f): the only ones to fit or tune on. */
export const developmentPairs = (dataDir: string): PhrasePair[] => phrasePairs(dataDir, 'development');

/**
 * Pearson and Spearman of `ittc similarity`'s scores with the human scores on one split, and the
 * Pearson with the context withheld (what the CPC context adds). Aggregates only: no per-pair output.
 */
export const runPhraseSplit = async (dataDir: string, split: PhraseSplit): Promise<EvalResult> => {
  const name = split === 'development' ? 'phrases' : 'phrases-reserved';
  const skip = missing(name, SPLIT_NAMES[split], [phraseFile(dataDir)]);
  if (skip) return skip;
  const t0 = performance.now();
  const { analyzer } = await loadAnalyzers();
  const pairs = phrasePairs(dataDir, split);
  log(`${name}: ${pairs.length} ${split} pairs`);
  const pred = pairs.map((p) => phraseSimilarity(analyzer, p.anchor, p.target, p.context));
  const noContext = pairs.map((p) => phraseSimilarity(analyzer, p.anchor, p.target));
  const gold = pairs.map((p) => p.score);
  // The README's baselines were measured on the development split; on the reserved split the same
  // baseline (character-trigram cosine) is computed here so the figures stay comparable.
  const base =
    split === 'development'
      ? { pearson: 0.442, spearman: 0.423, baselineName: 'char-trigram cosine (README)' }
      : (() => {
          const tri = pairs.map((p) => trigramCosine(p.anchor, p.target));
          return { pearson: pearson(tri, gold), spearman: spearman(tri, gold), baselineName: 'char-trigram cosine (computed, same split)' };
        })();
  const metrics: EvalMetric[] = [
    { name: 'Pearson', value: pearson(pred, gold), baseline: base.pearson, baselineName: base.baselineName },
    { name: 'Spearman', value: spearman(pred, gold), baseline: base.spearman, baselineName: base.baselineName },
    { name: 'Pearson, context withheld', value: pearson(noContext, gold) },
    { name: 'Spearman, context withheld', value: spearman(noContext, gold) },
  ];
  return { task: name, split: SPLIT_NAMES[split], queries: pairs.length, metrics, seconds: seconds(t0) };
};

export const runPhrases = (dataDir: string): Promise<EvalResult> => runPhraseSplit(dataDir, 'development');

export const task: EvalTask = { name: 'phrases', run: (dataDir) => runPhrases(dataDir) };
