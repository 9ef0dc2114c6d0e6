import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { DocIndex } from './doc-index.js';
import { DEFAULT_WEIGHTS } from './weights.js';

const analyzer = createAnalyzer();
const WORDS = ['alpha', 'bravo', 'delta', 'echo', 'golf', 'hotel', 'india', 'kilo', 'lima', 'mike'];

const topOf = (ix: DocIndex, ids: number[], weights: number[], k: number, pruned: boolean, accept?: (d: number) => boolean) => {
  const got: [number, number][] = [];
  ix.score({ ids: Int32Array.from(ids), weights: Float64Array.from(weights) }, DEFAULT_WEIGHTS, (d, s) => got.push([d, s]), pruned ? { topK: k, accept } : { accept });
  return got.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k);
};

describe('BM25F scoring with top-k pruning', () => {
  it('returns the same best k documents and scores as the exhaustive pass', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 120 }),
        fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 10 }),
        fc.boolean(),
        (docs, query, k, filtered) => {
          const ix = new DocIndex(analyzer);
          docs.forEach((words, i) => ix.add({ id: `d${i}`, title: words.slice(0, 2).join(' '), description: words.join(' ') }));
          const ids = query.map((t) => ix.vocab.get(analyzer.terms(t)[0]!)).filter((x): x is number => x !== undefined);
          const weights = ids.map((_, i) => 1 / (i + 1));
          const accept = filtered ? (d: number) => d % 3 !== 0 : undefined;
          const full = topOf(ix, ids, weights, k, false, accept);
          const pruned = topOf(ix, ids, weights, k, true, accept);
          expect(pruned.map(([d]) => d)).toEqual(full.map(([d]) => d));
          pruned.forEach(([, s], i) => expect(s).toBeCloseTo(full[i]![1], 5));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('scores nothing for removed documents', () => {
    const ix = new DocIndex(analyzer);
    ix.add({ id: 'a', title: 'alpha' });
    ix.add({ id: 'b', title: 'alpha bravo' });
    ix.remove('a');
    const got: number[] = [];
    ix.score({ ids: Int32Array.of(ix.vocab.get('alpha')!), weights: Float64Array.of(1) }, DEFAULT_WEIGHTS, (d) => got.push(d));
    expect(got).toEqual([1]);
  });
});
