import { describe, expect, it } from 'vitest';
import { diceBigrams, nameVariants } from './org-names.js';

const keys = (main: string, aliases: string[] = []) => nameVariants([main], aliases).map((v) => v.key);

describe('nameVariants', () => {
  it('also reads a name without a trailing country qualifier, but keeps other qualifiers', () => {
    expect(keys('Amgen (United States)')).toEqual(['amgen united states', 'amgen']);
    expect(keys('The Hong Kong University of Science and Technology (Guangzhou)')).toEqual([
      'hong kong university science technology guangzhou',
    ]);
  });

  it('drops a one-word prefix before a dash and spells out umlauts', () => {
    expect(keys('VSB - Technical University of Ostrava')).toContain('technical university ostrava');
    expect(keys('Eberhard Karls Universität Tübingen')).toEqual([
      'eberhard karls university tubingen',
      'eberhard karls university tuebingen',
    ]);
  });

  it('marks main names and drops aliases that normalize to a key already seen', () => {
    const variants = nameVariants(['Toyohashi University of Technology', null], ['Toyohashi Univ. of Tech.', 'TUT Japan']);
    expect(variants.map((v) => [v.text, v.isMain])).toEqual([
      ['Toyohashi University of Technology', true],
      ['TUT Japan', false],
    ]);
  });
});

describe('diceBigrams', () => {
  it('scores alike spellings high and different words low', () => {
    expect(diceBigrams('wuerzburg', 'wurzburg')).toBeCloseTo(0.8, 5);
    expect(diceBigrams('tokyo', 'tokyo')).toBe(1);
    expect(diceBigrams('osaka', 'kyoto')).toBe(0);
    expect(diceBigrams('college', 'university')).toBeLessThan(0.7);
  });
});
