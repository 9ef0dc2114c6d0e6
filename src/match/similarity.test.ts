import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnalyzers } from '../loaders/analyzers.js';
import type { Analyzer } from './analyzer.js';
import {
  contextSection,
  PHRASE_COEFFICIENTS,
  PHRASE_SECTION_COEFFICIENTS,
  phraseCoefficients,
  phraseFeatures,
  phraseSimilarity,
  phraseVector,
  trigramCosine,
} from './similarity.js';

let a: Analyzer;
beforeAll(async () => {
  a = (await loadAnalyzers()).analyzer;
});

describe('phrase similarity', () => {
  it('scores in [0, 1] for any pair of strings, with or without a context', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
        (x, y, c) => {
          const s = phraseSimilarity(a, x, y, c);
          return s >= 0 && s <= 1 && Number.isFinite(s);
        },
      ),
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

  it('keeps the ranking when the pairs carry a context', () => {
    for (const c of ['A47', 'C07', 'H04']) {
      const same = phraseSimilarity(a, 'noise reduction', 'noise reduction', c);
      const overlap = phraseSimilarity(a, 'abatement', 'pollution abatement', c);
      const unrelated = phraseSimilarity(a, 'abatement', 'forest region', c);
      expect(same).toBeGreaterThan(overlap);
      expect(overlap).toBeGreaterThan(unrelated);
    }
  });
});

describe('phrase similarity with a CPC/IPC context', () => {
  it('reads the section from a class, a subclass or a group, and nothing else', () => {
    expect(contextSection('H04')).toBe('H');
    expect(contextSection('h04l')).toBe('H');
    expect(contextSection(' G06F 17/30')).toBe('G');
    expect(contextSection('A')).toBe('A');
    expect(contextSection(undefined)).toBeNull();
    expect(contextSection('')).toBeNull();
    expect(contextSection('Y02')).toBeNull();
    expect(contextSection('electricity')).toBeNull();
  });

  it('uses the section row with a context and the context-free row without one', () => {
    expect(phraseCoefficients(undefined)).toBe(PHRASE_COEFFICIENTS);
    expect(phraseCoefficients('Y02E')).toBe(PHRASE_COEFFICIENTS);
    expect(phraseCoefficients('B60')).toBe(PHRASE_SECTION_COEFFICIENTS.B);
    expect(Object.keys(PHRASE_SECTION_COEFFICIENTS).sort().join('')).toBe('ABCDEFGH');
    const width = phraseVector(phraseFeatures(a, 'x', 'y')).length;
    expect(PHRASE_COEFFICIENTS).toHaveLength(width);
    for (const row of Object.values(PHRASE_SECTION_COEFFICIENTS)) expect(row).toHaveLength(width);
  });

  it('scores a pair as its section row times the feature vector, clipped to [0, 1]', () => {
    const v = phraseVector(phraseFeatures(a, 'abatement', 'pollution abatement'));
    const dot = (w: readonly number[]) => Math.min(1, Math.max(0, v.reduce((s, x, i) => s + x * w[i]!, 0)));
    expect(phraseSimilarity(a, 'abatement', 'pollution abatement', 'H04')).toBeCloseTo(dot(PHRASE_SECTION_COEFFICIENTS.H!), 12);
    expect(phraseSimilarity(a, 'abatement', 'pollution abatement', 'A47')).toBeCloseTo(dot(PHRASE_SECTION_COEFFICIENTS.A!), 12);
    expect(phraseSimilarity(a, 'abatement', 'pollution abatement')).toBeCloseTo(dot(PHRASE_COEFFICIENTS), 12);
  });

  it('changes the score by section, not by class within a section', () => {
    // Values of the fitted model (development anchors only); they move only when the model does.
    expect(phraseSimilarity(a, 'abatement', 'pollution abatement')).toBeCloseTo(0.483, 2);
    expect(phraseSimilarity(a, 'abatement', 'pollution abatement', 'A47')).toBeCloseTo(0.427, 2);
    expect(phraseSimilarity(a, 'abatement', 'pollution abatement', 'H04')).toBeCloseTo(0.538, 2);
    expect(phraseSimilarity(a, 'abatement', 'pollution abatement', 'Y02')).toBe(phraseSimilarity(a, 'abatement', 'pollution abatement'));
    expect(phraseSimilarity(a, 'wiring trough', 'cable duct', 'H01')).toBe(phraseSimilarity(a, 'wiring trough', 'cable duct', 'H04'));
    expect(phraseSimilarity(a, 'wiring trough', 'cable duct', 'H04')).not.toBe(phraseSimilarity(a, 'wiring trough', 'cable duct', 'A47'));
  });
});
