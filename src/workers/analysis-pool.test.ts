import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnalyzers } from '../loaders/analyzers.js';
import type { Analyzer } from '../match/analyzer.js';
import { analyzeDocTerms, type DocTerms } from '../match/doc-terms.js';
import type { MatchDoc } from '../match/doc.js';
import { createMatchEngine, type MatchEngine } from '../match/engine.js';
import { type AnalysisPool, createAnalysisPool, forEachAnalyzed } from './analysis-pool.js';

// Traditional characters (folded to simplified), glossary words the segmenter keeps whole, mixed
// scripts, technical tokens, translations and keywords: everything that decides index terms.
const DOCS: MatchDoc[] = [
  { id: 'a', title: '鋰離子電池正極材料', summary: '高鎳三元正極，循環壽命長', keywords: ['固態電池'] },
  { id: 'b', title: 'Solid-state electrolyte for LiFePO4 cells', description: 'IPC H01M 10/052; tested on RTX-4090 rigs', language: 'en' },
  { id: 'c', title: '技术转移中心 与 产学研合作', summary: '知识产权许可 and licensing of patents', keywords: ['技术转让', 'know-how'] },
  { id: 'd', title: '机器人视觉检测', translations: { en: { title: 'Robot vision inspection', summary: 'Machine vision for defects' } } },
  { id: 'e', title: '' },
  // Chinese in every field, line breaks inside them: one segmentation serves all of a document's fields.
  { id: 'f', title: '电池\n回收', summary: '新型\n\n材料 with 石墨烯', description: '第一段。\n第二段：锂电池', keywords: ['电池', ''], translations: { zh: { title: '锂电池回收' } } },
];

const plain = (t: DocTerms) => ({ terms: t.terms, tfs: [...t.tfs], lens: [...t.lens] });

describe('the analysis pool', () => {
  let analyzer: Analyzer;
  let pool: AnalysisPool;

  beforeAll(async () => {
    ({ analyzer } = await loadAnalyzers());
    pool = await createAnalysisPool(analyzer, { threads: 2 });
  }, 60_000);
  afterAll(async () => pool?.close());

  it('makes on its threads the terms the caller’s analyzer makes', async () => {
    const expected = DOCS.map((d) => plain(analyzeDocTerms(analyzer, d)));
    expect(expected[0]!.terms).toContain('锂离子');
    const [x, y] = await Promise.all([pool.analyze(DOCS), pool.analyze([...DOCS].reverse())]);
    expect(x.map(plain)).toEqual(expected);
    expect(y.map(plain)).toEqual([...expected].reverse());
  });

  it('analyzes on the caller’s thread with no threads, with the same result', async () => {
    const inline = await createAnalysisPool(analyzer, { threads: 0 });
    expect(inline.threads).toBe(0);
    expect((await inline.analyze(DOCS)).map(plain)).toEqual((await pool.analyze(DOCS)).map(plain));
  });

  it('builds from terms analyzed on its threads the index the engine builds alone, for every engine they go to', async () => {
    const docs = [...DOCS, ...DOCS.map((d) => ({ ...d, id: `${d.id}2`, title: `${d.title} 新型 sensor` }))];
    const alone = createMatchEngine({ analyzer, now: () => 0 });
    for (const d of docs) alone.add(d);
    const [first, second] = [createMatchEngine({ analyzer, now: () => 0 }), createMatchEngine({ analyzer, now: () => 0 })];
    // Two batches: the second reuses the first's term numbers.
    await forEachAnalyzed(pool, [docs.slice(0, 5), docs.slice(5)], (d) => d, (_, doc, terms) => {
      first.add(doc, terms);
      second.add(doc, terms);
    });
    const ranked = (e: MatchEngine, text: string) => e.search({ text, limit: 20, facets: false }).hits.map((h) => [h.id, h.score]);
    for (const text of ['锂离子电池', 'solid electrolyte', 'robot vision 检测', 'sensor']) {
      expect(ranked(alone, text).length).toBeGreaterThan(0);
      expect(ranked(first, text)).toEqual(ranked(alone, text));
      expect(ranked(second, text)).toEqual(ranked(alone, text));
    }
    expect(first.stats().terms).toBe(alone.stats().terms);
  });

  it('refuses work once closed', async () => {
    const p = await createAnalysisPool(analyzer, { threads: 1 });
    await p.close();
    await expect(p.analyze(DOCS)).rejects.toThrow(/closed/);
  }, 30_000);
});
