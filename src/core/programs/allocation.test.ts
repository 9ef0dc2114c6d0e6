import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/domain-error.js';
import { allocateBudget, ALLOCATION_POLICY, type AllocationCandidate } from './allocation.js';
import { apportion, largestRemainder, ratio } from './apportion.js';

const c = (programmeId: string, currentMinor: number, score: number | null): AllocationCandidate => ({
  programmeId,
  name: programmeId.toUpperCase(),
  currentMinor,
  score,
  scoreReasons: score === null ? [] : [`Score ${score}`],
});
const proposed = (lines: { programmeId: string; proposedMinor: number }[]) => Object.fromEntries(lines.map((l) => [l.programmeId, l.proposedMinor]));
const sum = (lines: { proposedMinor: number }[]) => lines.reduce((s, l) => s + l.proposedMinor, 0);

describe('allocateBudget: the worked examples of docs/programmes.md', () => {
  it('example 1: a strong programme is held at its ceiling, a weak one raised to its floor, the rest shared by weight', () => {
    // 100,000,000.00 CNY for three programmes currently at 40, 35 and 25 million, scores 95, 50, 20.
    const lines = allocateBudget(10_000_000_000, 'CNY', [c('p1', 4_000_000_000, 95), c('p2', 3_500_000_000, 50), c('p3', 2_500_000_000, 20)]);
    expect(proposed(lines)).toEqual({ p1: 4_800_000_000, p2: 3_200_000_000, p3: 2_000_000_000 });
    expect(lines.map((l) => l.bound)).toEqual(['ceiling', null, 'floor']);
    expect(lines.map((l) => l.multiplier)).toEqual([1.45, 1, 0.7]);
    expect(lines.map((l) => [l.floorMinor, l.ceilingMinor])).toEqual([
      [3_200_000_000, 4_800_000_000],
      [2_800_000_000, 4_200_000_000],
      [2_000_000_000, 3_000_000_000],
    ]);
    expect(lines[0]!.reasons).toContain('Held at the ceiling 48,000,000.00 CNY (120% of baseline).');
    expect(lines[2]!.reasons).toContain('Raised to the floor 20,000,000.00 CNY (80% of baseline).');
  });

  it('example 2: a bigger budget shared by weight inside the band, an unmeasured programme at the neutral score', () => {
    // 110,000,000.00 CNY; weights 40×1.225 = 49, 35×1.1125 = 38.9375, 25×1 = 25 (millions), total 112.9375.
    const lines = allocateBudget(11_000_000_000, 'CNY', [c('p1', 4_000_000_000, 72.5), c('p2', 3_500_000_000, 61.25), c('p3', 2_500_000_000, null)]);
    // Exact shares 4,772,551,189.82…, 3,792,473,713.17…, 2,434,975,097.01… fen; the one fen left goes to the largest remainder (p1).
    expect(proposed(lines)).toEqual({ p1: 4_772_551_190, p2: 3_792_473_713, p3: 2_434_975_097 });
    expect(lines.map((l) => l.baselineMinor)).toEqual([4_400_000_000, 3_850_000_000, 2_750_000_000]);
    expect(lines.every((l) => l.bound === null)).toBe(true);
    expect(lines[2]!.reasons[0]).toBe('No measured score: the neutral 50 is used.');
    expect(sum(lines)).toBe(11_000_000_000);
  });

  it('example 3: equal shares that do not divide evenly: the extra fen goes to the lowest programme id', () => {
    const lines = allocateBudget(100_000, 'CNY', [c('p3', 500_000, 60), c('p1', 500_000, 60), c('p2', 500_000, 60)]);
    expect(lines.map((l) => [l.programmeId, l.proposedMinor])).toEqual([
      ['p1', 33_334],
      ['p2', 33_333],
      ['p3', 33_333],
    ]);
  });
});

describe('allocateBudget rules', () => {
  it('gives nothing to a programme without a current allocation and says why', () => {
    const lines = allocateBudget(1_000_000, 'CNY', [c('a', 600_000, 50), c('b', 0, 90)]);
    expect(proposed(lines)).toEqual({ a: 1_000_000, b: 0 });
    expect(lines.find((l) => l.programmeId === 'b')!.reasons[0]).toMatch(/No current allocation/);
  });

  it('refuses a positive budget when no programme has a current allocation', () => {
    try {
      allocateBudget(1_000, 'CNY', [c('a', 0, 50)]);
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('PROGRAMME_ALLOCATION_NO_BASIS');
    }
  });

  it.each([
    [-1, [c('a', 100, 50)]],
    [1.5, [c('a', 100, 50)]],
    [100, [c('a', 100, 101)]],
    [100, [c('a', 100, 33.333)]],
    [100, [c('a', -5, 50)]],
  ])('refuses invalid amounts or scores (%s)', (budget, cands) => {
    expect(() => allocateBudget(budget, 'CNY', cands)).toThrowError(expect.objectContaining({ code: 'PROGRAMME_ALLOCATION_INVALID' }));
  });

  it('does not depend on the order candidates are given in', () => {
    const cands = [c('x', 1_234_567, 81.5), c('y', 7_654_321, 12), c('z', 3_000_000, 50.01)];
    const a = allocateBudget(9_999_999, 'CNY', cands);
    const b = allocateBudget(9_999_999, 'CNY', [...cands].reverse());
    expect(b).toEqual(a);
  });

  it('keeps proportions when all scores are equal (scores move money only between programmes that differ)', () => {
    const lines = allocateBudget(2_000_000, 'CNY', [c('a', 300_000, 70), c('b', 700_000, 70)]);
    expect(proposed(lines)).toEqual({ a: 600_000, b: 1_400_000 });
  });

  it('sums exactly to the budget and keeps every line within its floor and ceiling, for any inputs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 1e11 }), fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null })), { minLength: 1, maxLength: 12 }),
        (budget, rows) => {
          const cands = rows.map(([cur, s], i) => c(`p${String(i).padStart(2, '0')}`, cur, s === null ? null : s / 100));
          const lines = allocateBudget(budget, 'CNY', cands);
          expect(sum(lines)).toBe(budget);
          const feasible = lines.reduce((s, l) => s + l.floorMinor, 0) <= budget && lines.reduce((s, l) => s + l.ceilingMinor, 0) >= budget;
          for (const l of lines) {
            expect(Number.isSafeInteger(l.proposedMinor)).toBe(true);
            if (feasible) {
              expect(l.proposedMinor).toBeGreaterThanOrEqual(l.floorMinor);
              expect(l.proposedMinor).toBeLessThanOrEqual(l.ceilingMinor);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives a higher-scoring programme at least the share of an otherwise identical lower-scoring one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 1e10 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (budget, s1, s2) => {
        const lines = allocateBudget(budget, 'CNY', [c('a', 1_000_000, s1), c('b', 1_000_000, s2)]);
        const [a, b] = lines;
        if (s1 > s2) expect(a!.proposedMinor).toBeGreaterThanOrEqual(b!.proposedMinor);
        if (s1 === s2) expect(Math.abs(a!.proposedMinor - b!.proposedMinor)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('names its policy version', () => {
    expect(ALLOCATION_POLICY).toMatchObject({ version: 'alloc-2026.1', floorPercent: 80, ceilingPercent: 120 });
  });
});

describe('largest remainder', () => {
  it('gives leftover units to the largest fractional parts', () => {
    // 10 split as 1/3, 1/3, 1/3 of 10 plus unequal: 2.6, 3.3, 4.1 -> floors 2, 3, 4 (9), one left -> 2.6 has the largest remainder.
    expect(largestRemainder([ratio(26, 10), ratio(33, 10), ratio(41, 10)], 10n)).toEqual([3n, 3n, 4n]);
  });

  it('apportions in proportion to weights and sums exactly', () => {
    expect(apportion(800, [300, 500, 200])).toEqual([240, 400, 160]);
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(7, [0, 5, 0])).toEqual([0, 7, 0]);
  });
});
