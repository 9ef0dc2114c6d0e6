/**
 * NSFC need -> institution (Chinese). Development: projects with odd project_id are the queries
 * (title); institutions are ranked by partner search over the even-numbered projects (each
 * indexed with its host institution as owner). Queries whose institution has no even-numbered
 * project are dropped. The even-numbered queries are reserved and never run here.
 */
import { loadAnalyzers } from '../../src/loaders/analyzers.js';
import { createMatchEngine, type MatchWeights } from '../../src/match/engine.js';
import type { ChineseMode } from '../../src/match/chinese.js';
import { dataPath, log, mean, missing, mrrAt, readCsv, seconds } from './common.js';
import type { EvalResult, EvalTask } from './types.js';

export const runNsfc = async (dataDir: string, weights?: Partial<MatchWeights>, chineseMode?: ChineseMode): Promise<EvalResult> => {
  const file = dataPath(dataDir, 'nsfc_projects', 'nsfc_projects_2017_snapshot.csv');
  const skip = missing('nsfc', 'odd project ids', [file]);
  if (skip) return skip;
  const t0 = performance.now();
  const { analyzer } = await loadAnalyzers({ chineseMode });
  const engine = createMatchEngine({ analyzer, weights });
  const rows = readCsv(file).filter((r) => r.project_id && r.title && r.host_institution);
  const even = rows.filter((r) => Number(r.project_id) % 2 === 0);
  const odd = rows.filter((r) => Number(r.project_id) % 2 === 1);
  const tAdd = performance.now();
  for (const r of even) engine.add({ id: r.project_id!, title: r.title!, language: 'zh', ownerOrganizationId: r.host_institution! });
  log(`nsfc: indexed ${even.length} projects in ${seconds(tAdd)} s`);
  const hosts = new Set(even.map((r) => r.host_institution!));
  const queries = odd.filter((r) => hosts.has(r.host_institution!));
  const r10: number[] = [];
  const mrr: number[] = [];
  for (const q of queries) {
    const orgs = engine.partners({ id: `q${q.project_id}`, title: q.title!, language: 'zh' }, { limit: 10, explain: false }).map((p) => p.organizationId);
    const gold = q.host_institution!;
    r10.push(orgs.includes(gold) ? 1 : 0);
    mrr.push(mrrAt(orgs, (o) => o === gold, 10));
  }
  return {
    task: 'nsfc',
    split: `odd project ids (${hosts.size} institutions)`,
    queries: queries.length,
    metrics: [
      { name: 'R@10', value: mean(r10), baseline: 0.326, baselineName: 'BM25 char uni+bigrams on profiles (README)' },
      { name: 'MRR@10', value: mean(mrr), baseline: 0.141, baselineName: 'BM25 char uni+bigrams on profiles (README)' },
    ],
    seconds: seconds(t0),
  };
};

export const task: EvalTask = { name: 'nsfc', run: (dataDir) => runNsfc(dataDir) };
