import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Analyzer, loadAnalyzers } from './analyzer.js';
import { phraseSimilarity, trigramCosine } from './similarity.js';

let a: Analyzer;
beforeAll(async () => {
  a = (await loadAnalyzers()).analyzer;
});

describe('phrase similarity', () => {
  it('scores in [0, 1] for any pair of strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (x, y) => {
        const s = phraseSimilarity(a, x, y);
        return s >= 0 && s <= 1 && Number.isFinite(s);
      }),
      { numRuns: 200 },
    );
  });

  it('ranks identical above overlapping above unrelated phrases', () => {
    const same = phraseSimilarity(a, 'noise reduction', 'noise reduction');
    const variant = phraseSimilarity(a, 'abatement', 'abating');
    const overlap = phraseSimilarity(a, 'abatement', 'pollution abatement');
    const unrelated = phraseSimilarity(a, 'abatement', 'forest region');
    expect(same).toBeGreaterThan(overlap);
    expect(variant).toBeGreaterThan(overlap);
    expect(overlap).toBeGreaterThan(unrelated);
  });

  it('computes trigram cosine of equal strings as 1 and disjoint ones as 0', () => {
    expect(trigramCosine('valve', 'valve')).toBeCloseTo(1);
    expect(trigramCosine('abc', 'xyz')).toBe(0);
  });
});
