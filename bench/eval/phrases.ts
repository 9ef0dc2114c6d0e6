/**
 * Patent phrase similarity (anchor, target, CPC context -> score). Split by anchor:
 * md5(anchor)'s first hex digit 8-f = development (run here), 0-7 = reserved (never run).
 * Scores come from the same function as `ittc similarity`.
 */
import { createHash } from 'node:crypto';
import { loadAnalyzers } from '../../src/match/engine.js';
import { phraseSimilarity } from '../../src/match/similarity.js';
import { dataPath, log, missing, pearson, readCsv, seconds, spearman } from './common.js';
import type { EvalResult, EvalTask } from './types.js';

export type PhrasePair = { id: string; anchor: string; target: string; context: string; score: number };

/** The development pairs (anchors whose md5 starts with 8-f). */
export const developmentPairs = (dataDir: string): PhrasePair[] =>
  readCsv(dataPath(dataDir, 'patent_phrase_matching', 'train.csv'))
    .filter((r) => /^[89a-f]/.test(createHash('md5').update(r.anchor ?? '').digest('hex')))
    .map((r) => ({ id: r.id!, anchor: r.anchor!, target: r.target!, context: r.context!, score: Number(r.score) }));

export const runPhrases = async (dataDir: string): Promise<EvalResult> => {
  const file = dataPath(dataDir, 'patent_phrase_matching', 'train.csv');
  const skip = missing('phrases', 'development anchors (md5 8-f)', [file]);
  if (skip) return skip;
  const t0 = performance.now();
  const { analyzer } = await loadAnalyzers();
  const pairs = developmentPairs(dataDir);
  log(`phrases: ${pairs.length} development pairs`);
  const pred = pairs.map((p) => phraseSimilarity(analyzer, p.anchor, p.target, p.context));
  const gold = pairs.map((p) => p.score);
  return {
    task: 'phrases',
    split: 'development anchors (md5 8-f)',
    queries: pairs.length,
    metrics: [
      { name: 'Pearson', value: pearson(pred, gold), baseline: 0.442, baselineName: 'char-trigram cosine (README)' },
      { name: 'Spearman', value: spearman(pred, gold), baseline: 0.423, baselineName: 'char-trigram cosine (README)' },
    ],
    seconds: seconds(t0),
  };
};

export const task: EvalTask = { name: 'phrases', run: (dataDir) => runPhrases(dataDir) };
