import { describe, expect, it } from 'vitest';
import { englishTerms, stemEnglish, type Token, tokenizeLatin } from './english.js';

describe('English analysis', () => {
  it('stems with Snowball English and drops stopwords', () => {
    expect(englishTerms('The batteries are recycling the cathodes')).toEqual(['batteri', 'recycl', 'cathod']);
    expect(stemEnglish('generalization')).toBe('general');
  });

  it('keeps IPC symbols whole and adds their subclass', () => {
    expect(englishTerms('classified in H01M 10/052 and G06F17/30')).toEqual(['classifi', 'h01m10/052', 'h01m', 'g06f17/30', 'g06f']);
  });

  it('keeps chemical formulas and model numbers whole, unstemmed', () => {
    expect(englishTerms('LiFePO4 cathodes')).toEqual(['lifepo4', 'cathod']);
    const t = englishTerms('an RTX-4090 board and a Cortex-M4 core at 3.5 GHz');
    expect(t).toContain('rtx-4090');
    expect(t).toContain('cortex-m4');
    expect(t).toContain('cortex');
    expect(t).toContain('3.5');
    expect(t).not.toContain('4090');
  });

  it('splits hyphenated words without digits into words', () => {
    expect(englishTerms('state-of-the-art and/or sensors')).toEqual(['state', 'art', 'sensor']);
  });

  it('drops the possessive and folds accents', () => {
    expect(englishTerms("Alzheimer's naïve")).toEqual(['alzheim', 'naiv']);
  });

  it('reports surfaces and offsets of tokens', () => {
    const text = 'Solar cells';
    const out: Token[] = [];
    tokenizeLatin(text, 0, text.length, out);
    expect(out.map((t) => [t.term, t.surface, text.slice(t.start, t.end)])).toEqual([
      ['solar', 'Solar', 'Solar'],
      ['cell', 'cells', 'cells'],
    ]);
  });
});
