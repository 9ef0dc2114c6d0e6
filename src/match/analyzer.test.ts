import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadAnalyzers } from '../loaders/analyzers.js';
import { type Analyzer, createAnalyzer, termSet } from './analyzer.js';

let a: Analyzer;
beforeAll(async () => {
  a = (await loadAnalyzers()).analyzer;
});

describe('Chinese analysis', () => {
  it('segments Chinese text into words and drops function words', () => {
    const terms = a.terms('锂离子电池的回收方法');
    expect(terms).toContain('电池');
    expect(terms).toContain('回收');
    expect(terms).toContain('方法');
    expect(terms).not.toContain('的');
  });

  it('folds traditional characters to simplified ones', () => {
    expect(a.terms('電池回收')).toEqual(a.terms('电池回收'));
  });

  it('keeps Latin technical tokens inside Chinese text whole', () => {
    const terms = a.terms('磷酸铁锂LiFePO4正极材料，分类号H01M 10/052');
    expect(terms).toContain('lifepo4');
    expect(terms).toContain('正极');
    expect(terms).toContain('h01m10/052');
  });

  it('gives tokens whose offsets point at their surface in the original text', () => {
    const text = '新型電池 battery';
    for (const t of a.tokens(text)) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });
});

describe('zh <-> en bridge', () => {
  it('translates a Chinese query word into English terms', () => {
    const q = a.query('电池', { toEnglish: true, toChinese: false });
    expect(q.find((t) => t.bridged && t.term === 'batteri')?.source).toBe('电池');
  });

  it('translates an English query phrase into Chinese terms', () => {
    const q = a.query('battery recycling', { toEnglish: false, toChinese: true });
    const bridged = q.filter((t) => t.bridged).map((t) => t.term);
    expect(bridged).toContain('电池');
    expect(bridged).toContain('回收');
  });

  it('prefers our glossary over everyday dictionary senses', () => {
    const targets = a.bridge!.zhToEn('装置').map((t) => t.term);
    expect(targets[0]).toBe('devic');
  });

  it('does not bridge when not asked to', () => {
    expect(a.query('电池', { toEnglish: false, toChinese: false }).every((t) => !t.bridged)).toBe(true);
  });
});

describe('analyzer without loaded resources', () => {
  it('indexes Han text as character bigrams and English as stems', () => {
    const plain = createAnalyzer();
    expect(plain.terms('电池回收 batteries').sort()).toEqual(['batteri', '回收', '池回', '电池']);
    expect(plain.terms('电池，回收').sort()).toEqual(['回收', '电池']);
    expect(plain.bridge).toBeNull();
  });
});

describe('locating matched terms', () => {
  const texts = [
    '锂离子电池的回收方法：正极材料与電池隔膜的分离，用于 LiFePO4 batteries and cortex-m4 controllers',
    'Solid-state electrolytes for lithium batteries; the battery pack (H01M 10/052) 固态电解质',
    '基于机器视觉的焊接缺陷检测系统，检测精度高，焊接速度快',
  ];

  it('finds every token of the terms asked for, at the offsets segmentation gives', () => {
    for (const text of texts) {
      const tokens = a.tokens(text);
      const wanted = termSet(tokens.filter((_, i) => i % 2 === 0).map((t) => t.term));
      const located = a.locate(text, wanted);
      const key = (t: { term: string; start: number; end: number; surface: string }) => `${t.term}@${t.start}-${t.end}:${t.surface}`;
      const found = new Set(located.map(key));
      for (const t of tokens) if (wanted.all.has(t.term)) expect(found, `${t.term} in ${text}`).toContain(key(t));
      for (const t of located) {
        expect(wanted.all.has(t.term)).toBe(true);
        expect(text.slice(t.start, t.end)).toBe(t.surface);
      }
      expect(located.map((t) => t.start)).toEqual([...located.map((t) => t.start)].sort((x, y) => x - y));
    }
  });

  it('gives the original characters of a folded term and nothing for terms the text lacks', () => {
    const located = a.locate('電池隔膜 battery', termSet(['电池', 'batteri', '光伏', 'solar']));
    expect(located.map((t) => [t.term, t.surface])).toEqual([
      ['电池', '電池'],
      ['batteri', 'battery'],
    ]);
  });
});

describe('terms of several texts at once (termsOfEach)', () => {
  // Pieces of listing text: Chinese words (some traditional), English words, technical tokens,
  // characters outside the Basic Multilingual Plane, punctuation, spaces and line breaks.
  const piece = fc.constantFrom(
    '锂离子电池',
    '回收',
    '的',
    '電池',
    '人工智能',
    '〇',
    '𠀀𠀁',
    'battery',
    'Solid-state',
    'LiFePO4',
    'H01M 10/052',
    ' ',
    '\n',
    '，',
    '。',
    '-',
    '',
  );
  const text = fc.array(piece, { maxLength: 12 }).map((ps) => ps.join(''));
  const texts = fc.array(text, { maxLength: 8 });
  const agrees = (an: Analyzer) =>
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (ts, x, y) => {
        const from = ts.length === 0 ? 0 : x % ts.length;
        const to = from + (ts.length === 0 ? 0 : y % (ts.length - from + 1));
        const outs: string[][] = [['left over from an earlier call']];
        an.termsOfEach(ts, from, to, outs);
        for (let i = from; i < to; i++) expect(outs[i - from]).toEqual(an.terms(ts[i]!));
      }),
      { numRuns: 300 },
    );

  it('gives each text the terms that analyzing it alone gives, with jieba', () => agrees(a));

  it('does so in precise mode with character bigrams', async () => {
    agrees((await loadAnalyzers({ chineseMode: { segmentation: 'words', charBigrams: true } })).analyzer);
  });

  it('does so without a segmenter (character bigrams)', () => agrees(createAnalyzer()));

  it('does so with a segmenter that does not mark line breaks (one call per text then)', () => {
    let calls = 0;
    const merging = {
      cut: (t: string) => (calls++, [...t.replace(/\n/g, '')]),
      cutForSearch: (t: string) => (calls++, [...t.replace(/\n/g, '')]),
      tokenize: (t: string) => [...t].map((w, i) => ({ word: w, start: i, end: i + 1 })),
    };
    agrees(createAnalyzer({ segmenter: merging }));
    const an = createAnalyzer({ segmenter: merging });
    calls = 0;
    const outs: string[][] = [];
    an.termsOfEach(['电池', '回收', 'battery'], 0, 3, outs);
    expect(outs).toEqual([['电', '池'], ['回', '收'], ['batteri']]);
    // One call for both texts, which shows no break, then one per Chinese text.
    expect(calls).toBe(3);
  });
});
