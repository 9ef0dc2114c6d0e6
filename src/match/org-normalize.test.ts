import { describe, expect, it } from 'vitest';
import { cleanText, decodeEntities, nameKey, splitSegments, tokenize } from './org-normalize.js';

describe('nameKey', () => {
  it('expands abbreviations and drops function words', () => {
    expect(nameKey('Toyohashi Univ. of Tech.')).toBe('toyohashi university technology');
    expect(nameKey('Toyohashi University of Technology')).toBe('toyohashi university technology');
    expect(nameKey('Dept. of Physics')).toBe('department physics');
  });

  it('folds case, accents and foreign forms of common words', () => {
    expect(nameKey('Universität Würzburg')).toBe('university wurzburg');
    expect(nameKey('UNIVERSITÉ DE MONTRÉAL')).toBe('university montreal');
    expect(nameKey('Universidade de São Paulo')).toBe('university st paulo');
  });

  it('reads "&" as "and", removes apostrophes and legal forms', () => {
    expect(nameKey('Texas A&M University')).toBe('texas m university');
    expect(nameKey("People's Hospital")).toBe('peoples hospital');
    expect(nameKey('Toshiba Corporation')).toBe(nameKey('Toshiba'));
    expect(nameKey('Amgen Inc.')).toBe('amgen');
  });

  it('splits elided French and Italian articles', () => {
    expect(nameKey("Université d'Angers")).toBe('university angers');
    expect(nameKey("Laboratoire de l'Accélérateur Linéaire")).toBe('laboratory accelerateur lineaire');
  });

  it('writes each CJK character as its own token', () => {
    expect(nameKey('清华大学')).toBe('清 华 大 学');
    expect(nameKey('東京大学 医学部')).toBe('東 京 大 学 医 学 部');
  });
});

describe('tokenize', () => {
  it('joins dotted initials and keeps the raw form for acronyms', () => {
    const tokens = tokenize('U.S.A. and CNRS');
    expect(tokens.map((t) => t.key)).toEqual(['usa', 'cnrs']);
    expect(tokens.map((t) => t.raw)).toEqual(['USA', 'CNRS']);
  });

  it('separates numbers glued to words and words glued by lost line breaks', () => {
    expect(tokenize('1University of MelbourneMelbourne').map((t) => t.key)).toEqual(['1', 'university', 'melbourne', 'melbourne']);
  });

  it('does not split names with short lower-case prefixes like McGill or DePaul', () => {
    expect(tokenize('McGill DePaul').map((t) => t.key)).toEqual(['mcgill', 'depaul']);
  });
});

describe('cleanText and decodeEntities', () => {
  it('decodes numeric and named entities and drops markup', () => {
    expect(decodeEntities('Science &#x0026; Industry &amp; Co')).toBe('Science & Industry & Co');
    expect(cleanText('<I>Kitazato University</I>').trim()).toBe('Kitazato University');
  });

  it('turns full-width characters into ASCII', () => {
    expect(cleanText('ＡＢＣ１２３')).toBe('ABC123');
  });
});

describe('splitSegments', () => {
  it('splits an affiliation at commas, semicolons, brackets and Chinese commas', () => {
    expect(splitSegments('Dept. of Physics, Tsinghua University (THU); Beijing 100084，China')).toEqual([
      'Dept. of Physics',
      'Tsinghua University',
      'THU',
      'Beijing 100084',
      'China',
    ]);
  });
});
