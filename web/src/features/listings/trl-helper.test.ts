import { describe, expect, it } from 'vitest';
import type { TrlTaxonomy } from '../../api/types';
import { levelFromAnswers, trlSteps } from './trl-helper';

const taxonomy: TrlTaxonomy = {
  items: [3, 1, 2].map((level) => ({
    level,
    en: `L${level}`,
    zh: `级${level}`,
    meaning_en: `meaning ${level}`,
    meaning_zh: `含义${level}`,
    een_stage: 'x',
  })),
  questions: [{ level: 2, en: 'Is there a concept?', zh: '是否有概念？' }],
};

describe('TRL helper', () => {
  it('asks one question per level in order, using the server question when there is one', () => {
    expect(trlSteps(taxonomy, 'zh')).toEqual([
      { level: 1, text: '含义1', isQuestion: false },
      { level: 2, text: '是否有概念？', isQuestion: true },
      { level: 3, text: '含义3', isQuestion: false },
    ]);
  });

  it('reaches the last level answered yes before the first no', () => {
    const steps = trlSteps(taxonomy, 'en');
    expect(levelFromAnswers(steps, [true, true, false])).toBe(2);
    expect(levelFromAnswers(steps, [true, true, true])).toBe(3);
    expect(levelFromAnswers(steps, [false])).toBeNull();
    expect(levelFromAnswers(steps, [true, false, true])).toBe(1);
  });
});
