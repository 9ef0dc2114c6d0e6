/**
 * Cross-lingual IPC titles, Chinese -> English. Development: main-group titles (Chinese query,
 * all English main-group titles as the corpus). Subclass titles are reserved and never run here.
 * The zh<->en bridge comes from CC-CEDICT and our glossary only.
 */
import { loadAnalyzers } from '../../src/loaders/analyzers.js';
import { createMatchEngine, type MatchWeights } from '../../src/match/engine.js';
import { dataPath, log, mean, missing, mrrAt, readCsv, seconds } from './common.js';
import type { EvalResult, EvalTask } from './types.js';

export const runCrosslingual = async (dataDir: string, weights?: Partial<MatchWeights>): Promise<EvalResult> => {
  const dir = dataPath(dataDir, 'ipc_titles_bilingual');
  const enFile = dataPath(dir, 'ipc_en_2006_core.csv');
  const alignedFile = dataPath(dir, 'ipc_zh_en_aligned.csv');
  const skip = missing('crosslingual', 'main groups', [enFile, alignedFile]);
  if (skip) return skip;
  const t0 = performance.now();
  const { analyzer } = await loadAnalyzers();
  const engine = createMatchEngine({ analyzer, weights });
  const en = readCsv(enFile).filter((r) => r.level === 'maingroup');
  for (const r of en) engine.add({ id: r.code!, title: r.title_en_core!, language: 'en' });
  const queries = readCsv(alignedFile).filter((r) => r.level === 'maingroup' && r.title_zh_core);
  log(`crosslingual: ${en.length} English titles, ${queries.length} Chinese queries`);
  const acc1: number[] = [];
  const mrr: number[] = [];
  for (const q of queries) {
    const ids = engine.search({ text: q.title_zh_core!, limit: 100, facets: false, highlight: false, explain: false }).hits.map((h) => h.id);
    acc1.push(ids[0] === q.code ? 1 : 0);
    mrr.push(mrrAt(ids, (id) => id === q.code, 100));
  }
  return {
    task: 'crosslingual',
    split: 'main groups zh -> en',
    queries: queries.length,
    metrics: [
      { name: 'acc@1', value: mean(acc1), baseline: 0.05, baselineName: 'shared Latin tokens (README)' },
      { name: 'MRR@100', value: mean(mrr) },
    ],
    seconds: seconds(t0),
  };
};

export const task: EvalTask = { name: 'crosslingual', run: (dataDir) => runCrosslingual(dataDir) };
