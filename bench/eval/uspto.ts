/**
 * USPTO neighbours: corpus = the patents with CPC codes; development queries = odd 0-based line
 * numbers (even lines are reserved and never run here). precision@10 = share of the 10 nearest
 * neighbours (the engine's `classify` neighbours) sharing a non-Y CPC subclass with the query;
 * accuracy@1 = the subclass of their score-weighted vote is one of the query's.
 */
import { loadAnalyzers } from '../../src/loaders/analyzers.js';
import { createMatchEngine, type MatchWeights } from '../../src/match/engine.js';
import { dataPath, log, mean, missing, readText, seconds } from './common.js';
import type { EvalResult, EvalTask } from './types.js';

type Patent = { patent_id: string; abstract: string; cpc: string[]; cpc_subclasses: string[] };

export const runUspto = async (dataDir: string, weights?: Partial<MatchWeights>): Promise<EvalResult> => {
  const file = dataPath(dataDir, 'uspto_abstracts_cpc', 'uspto_random_10000.jsonl');
  const skip = missing('uspto', 'odd lines', [file]);
  if (skip) return skip;
  const t0 = performance.now();
  const { analyzer } = await loadAnalyzers();
  const engine = createMatchEngine({ analyzer, weights });
  const lines = readText(file).split('\n').filter((l) => l.trim().length > 0);
  const patents = lines.map((l, line) => ({ line, p: JSON.parse(l) as Patent })).filter((x) => x.p.cpc.length > 0);
  const subclasses = new Map<string, Set<string>>();
  const tAdd = performance.now();
  for (const { p } of patents) {
    engine.add({ id: p.patent_id, title: '', description: p.abstract, language: 'en', ipcCodes: p.cpc });
    subclasses.set(p.patent_id, new Set(p.cpc_subclasses.filter((s) => !s.startsWith('Y'))));
  }
  log(`uspto: indexed ${patents.length} abstracts in ${seconds(tAdd)} s`);
  const queries = patents.filter((x) => x.line % 2 === 1);
  const prec: number[] = [];
  const acc: number[] = [];
  for (const { p } of queries) {
    const own = subclasses.get(p.patent_id)!;
    const nb = engine.classify(p.patent_id).neighbours.slice(0, 10);
    let shared = 0;
    const votes = new Map<string, number>();
    for (const n of nb) {
      const subs = subclasses.get(n.id) ?? new Set<string>();
      if ([...subs].some((s) => own.has(s))) shared++;
      for (const s of subs) votes.set(s, (votes.get(s) ?? 0) + n.score);
    }
    prec.push(shared / 10);
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    acc.push(best !== undefined && own.has(best) ? 1 : 0);
  }
  return {
    task: 'uspto',
    split: 'odd lines',
    queries: queries.length,
    metrics: [
      { name: 'precision@10', value: mean(prec), baseline: 0.371, baselineName: 'BM25 (README, 0.365-0.371)' },
      { name: 'accuracy@1', value: mean(acc), baseline: 0.486, baselineName: 'BM25 (README)' },
    ],
    seconds: seconds(t0),
  };
};

export const task: EvalTask = { name: 'uspto', run: (dataDir) => runUspto(dataDir) };
