import { describe, expect, it } from 'vitest';
import { searchTokens } from './chinese.js';

describe('searchTokens', () => {
  it('places the 2-grams and 3-grams of a long word inside it, then the word', () => {
    // cut: 中华人民共和国 | 成立; cutForSearch lists 2-grams, then 3-grams, then the word.
    const tokens = searchTokens(['中华人民共和国', '成立'], ['中华', '华人', '人民', '共和', '共和国', '中华人民共和国', '成立']);
    expect(tokens).toEqual([
      { word: '中华', start: 0, end: 2 },
      { word: '华人', start: 1, end: 3 },
      { word: '人民', start: 2, end: 4 },
      { word: '共和', start: 4, end: 6 },
      { word: '共和国', start: 4, end: 7 },
      { word: '中华人民共和国', start: 0, end: 7 },
      { word: '成立', start: 7, end: 9 },
    ]);
  });

  it('finds a repeated 2-gram at each of its places', () => {
    expect(searchTokens(['研究研究'], ['研究', '研究', '研究研究'])).toEqual([
      { word: '研究', start: 0, end: 2 },
      { word: '研究', start: 2, end: 4 },
      { word: '研究研究', start: 0, end: 4 },
    ]);
  });

  it('counts offsets in UTF-16 code units, so a character outside the BMP keeps its two halves', () => {
    const text = '𧿹趾电池';
    const tokens = searchTokens(['𧿹', '趾', '电池'], ['𧿹', '趾', '电池']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['𧿹', '趾', '电池']);
  });
});
