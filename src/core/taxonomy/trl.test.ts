import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/domain-error.js';
import {
  EEN_STAGES,
  TRL_DEFINITIONS,
  TRL_QUESTIONS,
  eenStageForTrl,
  gbt22900LevelForTrl,
  isTrl,
  nextTrlQuestion,
  trlDefinition,
  trlFromAnswers,
  trlRangeForEenStage,
  type TrlAnswers,
} from './trl.js';

const yesUpTo = (level: number): TrlAnswers => Object.fromEntries(TRL_QUESTIONS.map((q) => [q.id, q.level <= level]));

describe('TRL definitions', () => {
  it('define levels 1..9 in order, each with names and meanings in both languages', () => {
    expect(TRL_DEFINITIONS.map((d) => d.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const d of TRL_DEFINITIONS) {
      expect(d.name.en.length).toBeGreaterThan(5);
      expect(d.name.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(d.meaning.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(d.gbt22900.name.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('validates the range', () => {
    expect(isTrl(1)).toBe(true);
    expect(isTrl(9)).toBe(true);
    expect(isTrl(0)).toBe(false);
    expect(isTrl(10)).toBe(false);
    expect(isTrl(4.5)).toBe(false);
    try {
      trlDefinition(10);
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('TRL_OUT_OF_RANGE');
    }
  });
});

describe('EEN crosswalk', () => {
  it('maps each TRL to a stage of development', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(eenStageForTrl)).toEqual([
      'concept',
      'concept',
      'under_development',
      'lab_tested',
      'lab_tested',
      'available_for_demonstration',
      'available_for_demonstration',
      'available_for_demonstration',
      'already_on_market',
    ]);
  });

  it('gives every stage a contiguous TRL range and covers 1..9 without gaps', () => {
    const ranges = EEN_STAGES.map(trlRangeForEenStage);
    expect(ranges[0]).toEqual({ min: 1, max: 2 });
    expect(ranges[4]).toEqual({ min: 9, max: 9 });
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.min).toBe(ranges[i - 1]!.max + 1);
  });

  it('maps TRL onto the same GB/T 22900 level', () => {
    expect([1, 5, 9].map(gbt22900LevelForTrl)).toEqual([1, 5, 9]);
  });
});

describe('trlFromAnswers', () => {
  it('returns the highest level answered yes without a gap', () => {
    for (let level = 1; level <= 9; level++) expect(trlFromAnswers(yesUpTo(level))).toBe(level);
  });

  it('returns null when the first question is not answered yes', () => {
    expect(trlFromAnswers({})).toBeNull();
    expect(trlFromAnswers(yesUpTo(0))).toBeNull();
  });

  it('ignores yes answers after the first no', () => {
    expect(trlFromAnswers({ ...yesUpTo(3), qualified: true, proven: true })).toBe(3);
  });

  it('stops at an unanswered question', () => {
    expect(trlFromAnswers({ principle: true, concept: true, lab_validation: true })).toBe(2);
  });
});

describe('nextTrlQuestion', () => {
  it('asks the first unanswered question, and nothing after a no', () => {
    expect(nextTrlQuestion({})?.id).toBe('principle');
    expect(nextTrlQuestion({ principle: true, concept: true })?.level).toBe(3);
    expect(nextTrlQuestion({ principle: true, concept: false })).toBeNull();
    expect(nextTrlQuestion(yesUpTo(9))).toBeNull();
  });
});
