import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnalyzers } from '../loaders/analyzers.js';
import { type Analyzer, createAnalyzer } from './analyzer.js';

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
