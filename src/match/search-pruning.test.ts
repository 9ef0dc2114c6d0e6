import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnalyzers } from '../loaders/analyzers.js';
import type { Analyzer } from './analyzer.js';
import { createMatchEngine, type SearchParams } from './engine.js';
import { EN, KINDS, makeDoc, NOW, seededPick, ZH } from './test-corpus.js';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = (await loadAnalyzers()).analyzer;
});

describe('search by relevance', () => {
  it('scores only the documents that can reach the page, and answers exactly as scoring them all', () => {
    let pruned = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), fc.integer({ min: 1, max: 400 }), (seed, n) => {
        const pick = seededPick(seed);
        const docs = Array.from({ length: n }, (_, i) => makeDoc(i, pick));
        const fast = createMatchEngine({ analyzer, now: () => NOW, compactAt: 1 });
        const full = createMatchEngine({ analyzer, now: () => NOW, compactAt: 1, exhaustiveSearch: true });
        for (const e of [fast, full]) {
          for (const d of docs) e.add(d);
          for (let i = 0; i < n; i += 7) e.remove(`doc-${i}`);
        }
        for (let q = 0; q < 6; q++) {
          const words = Array.from({ length: 1 + pick(4) }, () => (pick(2) ? ZH : EN)[pick(ZH.length)]);
          const params: SearchParams = {
            text: words.join(' '),
            offset: pick(3) === 0 ? pick(10) : 0,
            limit: 1 + pick(20),
            publicOnly: pick(2) === 0,
            filters: {
              ...(pick(3) === 0 ? { kinds: [KINDS[pick(KINDS.length)]!] } : {}),
              ...(pick(3) === 0 ? { trl: { min: 1 + pick(5), max: 9 } } : {}),
              ...(pick(4) === 0 ? { sectors: [`wipo-0${1 + pick(5)}`] } : {}),
            },
          };
          const a = fast.search(params);
          expect(a).toEqual(full.search(params));
          if (a.total > (params.offset ?? 0) + (params.limit ?? 20)) pruned++;
        }
      }),
      { numRuns: 60 },
    );
    // Most queries found more documents than their page holds: the pruning had work to do.
    expect(pruned).toBeGreaterThan(100);
  });
});
