/**
 * SciFact claims -> abstracts (BEIR layout). Development split: the 809 train claims with
 * qrels/train.tsv. The dev claims are reserved and never run here.
 */
import { loadAnalyzers } from '../../src/loaders/analyzers.js';
import { createMatchEngine, type MatchWeights } from '../../src/match/engine.js';
import { dataPath, log, mean, missing, ndcgAt, readJsonl, readText, recallAt, seconds } from './common.js';
import type { EvalResult, EvalTask } from './types.js';

type Corpus = { _id: string; title: string; text: string };
type Query = { _id: string; text: string; split: string };

export const runSciFact = async (dataDir: string, weights?: Partial<MatchWeights>): Promise<EvalResult> => {
  const dir = dataPath(dataDir, 'scifact');
  const files = [dataPath(dir, 'corpus.jsonl.gz'), dataPath(dir, 'queries.jsonl'), dataPath(dir, 'qrels', 'train.tsv')];
  const skip = missing('scifact', 'train', files);
  if (skip) return skip;
  const t0 = performance.now();
  const { analyzer } = await loadAnalyzers();
  const engine = createMatchEngine({ analyzer, weights });
  const corpus = readJsonl<Corpus>(files[0]!);
  const tAdd = performance.now();
  for (const c of corpus) engine.add({ id: c._id, title: c.title, description: c.text, language: 'en' });
  log(`scifact: indexed ${corpus.length} abstracts in ${seconds(tAdd)} s`);
  const qrels = new Map<string, Map<string, number>>();
  for (const line of readText(files[2]!).split('\n').slice(1)) {
    const [q, d, s] = line.trim().split('\t');
    if (!q || !d) continue;
    let m = qrels.get(q);
    if (m === undefined) qrels.set(q, (m = new Map()));
    m.set(d, Number(s ?? 1));
  }
  const queries = readJsonl<Query>(files[1]!).filter((q) => q.split === 'train' && qrels.has(q._id));
  const ndcg: number[] = [];
  const recall: number[] = [];
  for (const q of queries) {
    const res = engine.search({ text: q.text, limit: 100, facets: false, highlight: false, explain: false });
    const ranked = res.hits.map((h) => h.id);
    const rel = qrels.get(q._id)!;
    ndcg.push(ndcgAt(ranked, rel, 10));
    recall.push(recallAt(ranked, rel, 100));
  }
  return {
    task: 'scifact',
    split: 'train (809 claims)',
    queries: queries.length,
    metrics: [
      { name: 'nDCG@10', value: mean(ndcg), baseline: 0.696, baselineName: 'BM25 k1 0.9 b 0.4 Porter (README)' },
      { name: 'Recall@100', value: mean(recall), baseline: 0.926, baselineName: 'BM25 k1 0.9 b 0.4 Porter (README)' },
    ],
    seconds: seconds(t0),
  };
};

export const task: EvalTask = { name: 'scifact', run: (dataDir) => runSciFact(dataDir) };
