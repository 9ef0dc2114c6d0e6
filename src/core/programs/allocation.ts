import { DomainError } from '../shared/domain-error.js';
import { ceilR, cmpR, divR, floorR, largestRemainder, maxR, minR, mulR, ratio, subR, addR, type Ratio } from './apportion.js';
import type { ProgrammeErrorCode } from './errors.js';
import { formatMoney } from './format-money.js';

export { formatMoney };

/**
 * The allocation policy, versioned (docs/programmes.md explains it with worked examples):
 *   baseline_i   = current_i × budget / Σ current          (everyone keeps their share)
 *   multiplier_i = 1 + (score_i − 50) / 100                 (score 0..100 → 0.5..1.5; neutral 50 when unmeasured)
 *   weight_i     = current_i × multiplier_i
 *   floor_i      = ⌈80% × baseline_i⌉, ceiling_i = ⌊120% × baseline_i⌋   (at most ±20% a year;
 *                  widened to ⌊baseline_i⌋ and ⌈baseline_i⌉ when amounts are a few minor units)
 *   proposed_i   = clamp(λ × weight_i, floor_i, ceiling_i), with the one λ that makes Σ proposed = budget
 * computed exactly in rationals, then rounded to minor units by largest remainder (ties to the
 * lower programme id), so the proposed amounts sum exactly to the budget.
 */
export const ALLOCATION_POLICY = {
  version: 'alloc-2026.1',
  floorPercent: 80,
  ceilingPercent: 120,
  neutralScore: 50,
} as const;

export type AllocationCandidate = {
  programmeId: string;
  name: string;
  /** The programme's budget for the year before the proposal period, minor units. */
  currentMinor: number;
  /** 0-100 with at most 2 decimals, or null when unmeasured. */
  score: number | null;
  /** Facts behind the score, copied into the line's reasons. */
  scoreReasons: string[];
};

export type AllocationResultLine = {
  programmeId: string;
  name: string;
  currentMinor: number;
  proposedMinor: number;
  score: number | null;
  multiplier: number;
  baselineMinor: number;
  floorMinor: number;
  ceilingMinor: number;
  bound: 'floor' | 'ceiling' | null;
  reasons: string[];
};

const fail = (code: ProgrammeErrorCode, message: string, details?: Record<string, unknown>) => new DomainError<ProgrammeErrorCode>(code, message, details);

const pct = (x: Ratio) => `${(Number((x.n * 10000n) / x.d) / 100).toFixed(2)}%`;

/**
 * Proposes how to split `budgetMinor` between programmes from their current allocation and
 * measured score (ALLOCATION_POLICY). Deterministic: the same inputs give the same lines in the
 * same order (by programme id). Programmes with no current allocation get 0 (new programmes
 * are funded outside the formula). Errors: PROGRAMME_ALLOCATION_INVALID (negative or
 * non-integer amounts, scores outside 0-100), PROGRAMME_ALLOCATION_NO_BASIS (no programme
 * with a current allocation while the budget is positive).
 */
export function allocateBudget(budgetMinor: number, currency: string, candidates: AllocationCandidate[]): AllocationResultLine[] {
  if (!Number.isSafeInteger(budgetMinor) || budgetMinor < 0) {
    throw fail('PROGRAMME_ALLOCATION_INVALID', 'The budget is a whole, non-negative number of minor units.', { budget_minor: budgetMinor });
  }
  for (const c of candidates) {
    if (!Number.isSafeInteger(c.currentMinor) || c.currentMinor < 0) {
      throw fail('PROGRAMME_ALLOCATION_INVALID', `The current allocation of ${c.name} is not a whole, non-negative amount.`);
    }
    if (c.score !== null && (!(c.score >= 0 && c.score <= 100) || Math.abs(Math.round(c.score * 100) - c.score * 100) > 1e-6)) {
      throw fail('PROGRAMME_ALLOCATION_INVALID', `The score of ${c.name} must be from 0 to 100 with at most 2 decimals.`);
    }
  }
  const sorted = [...candidates].sort((a, b) => (a.programmeId < b.programmeId ? -1 : a.programmeId > b.programmeId ? 1 : 0));
  const funded = sorted.filter((c) => c.currentMinor > 0);
  const B = BigInt(budgetMinor);
  const C = funded.reduce((s, c) => s + BigInt(c.currentMinor), 0n);
  if (funded.length === 0 && budgetMinor > 0) {
    throw fail('PROGRAMME_ALLOCATION_NO_BASIS', 'No programme has a current allocation to start from; set budgets for the current year first.');
  }
  const { floorPercent: fp, ceilingPercent: cp, neutralScore } = ALLOCATION_POLICY;

  type Work = AllocationCandidate & { w: Ratio; m: Ratio; base: Ratio; lo: bigint; hi: bigint };
  const work: Work[] = funded.map((c) => {
    const s100 = BigInt(Math.round((c.score ?? neutralScore) * 100));
    const m = ratio(5000n + s100, 10000n); // 1 + (score − 50) / 100
    const base = ratio(BigInt(c.currentMinor) * B, C);
    return {
      ...c,
      m,
      w: mulR(ratio(BigInt(c.currentMinor)), m),
      base,
      // The min and max keep the baseline inside the band when amounts are a few minor units.
      lo: [ceilR(mulR(base, ratio(fp, 100))), floorR(base)].reduce((a, b) => (a < b ? a : b)),
      hi: [floorR(mulR(base, ratio(cp, 100))), ceilR(base)].reduce((a, b) => (a > b ? a : b)),
    };
  });

  // Σ floor_i ≤ Σ ⌊baseline_i⌋ ≤ budget ≤ Σ ⌈baseline_i⌉ ≤ Σ ceiling_i: a solution always exists.
  const clampAt = (lambda: Ratio, x: Work): Ratio => minR(ratio(x.hi), maxR(ratio(x.lo), mulR(lambda, x.w)));
  const total = (lambda: Ratio) => work.reduce((s, x) => addR(s, clampAt(lambda, x)), ratio(0n));

  let lambda = ratio(0n);
  if (work.length > 0) {
    // Σ clamp(λ·w_i) is continuous and non-decreasing in λ: find the segment between
    // breakpoints where it reaches B, then solve the linear equation on that segment.
    const points = work.flatMap((x) => [divR(ratio(x.lo), x.w), divR(ratio(x.hi), x.w)]).sort(cmpR);
    let hiPoint = points[points.length - 1]!;
    let loPoint = ratio(0n);
    for (const p of points) {
      if (cmpR(total(p), ratio(B)) >= 0) {
        hiPoint = p;
        break;
      }
      loPoint = p;
    }
    // On (loPoint, hiPoint) each programme is either pinned at a bound or free (λ·w_i).
    const mid = divR(addR(loPoint, hiPoint), ratio(2n));
    let pinned = ratio(0n);
    let freeW = ratio(0n);
    for (const x of work) {
      const v = mulR(mid, x.w);
      if (cmpR(v, ratio(x.lo)) <= 0) pinned = addR(pinned, ratio(x.lo));
      else if (cmpR(v, ratio(x.hi)) >= 0) pinned = addR(pinned, ratio(x.hi));
      else freeW = addR(freeW, x.w);
    }
    lambda = freeW.n === 0n ? hiPoint : divR(subR(ratio(B), pinned), freeW);
  }

  const exact = work.map((x) => clampAt(lambda, x));
  const rounded = work.length > 0 ? largestRemainder(exact, B) : [];

  const lines: AllocationResultLine[] = [];
  let k = 0;
  for (const c of sorted) {
    if (c.currentMinor === 0) {
      lines.push({
        programmeId: c.programmeId,
        name: c.name,
        currentMinor: 0,
        proposedMinor: 0,
        score: c.score,
        multiplier: 1,
        baselineMinor: 0,
        floorMinor: 0,
        ceilingMinor: 0,
        bound: null,
        reasons: ['No current allocation: new programmes are funded outside the formula.'],
      });
      continue;
    }
    const x = work[k]!;
    const proposed = rounded[k]!;
    const ex = exact[k]!;
    k++;
    const bound = cmpR(ex, ratio(x.hi)) === 0 && cmpR(mulR(lambda, x.w), ratio(x.hi)) > 0
      ? 'ceiling'
      : cmpR(ex, ratio(x.lo)) === 0 && cmpR(mulR(lambda, x.w), ratio(x.lo)) < 0
        ? 'floor'
        : null;
    const baselineMinor = Number(floorR(addR(x.base, ratio(1n, 2n))));
    const multiplier = Number(x.m.n) / Number(x.m.d);
    const reasons = [
      ...(c.score === null ? [`No measured score: the neutral ${neutralScore} is used.`] : c.scoreReasons),
      `Multiplier ${multiplier.toFixed(4)} = 1 + (${(c.score ?? neutralScore).toFixed(2)} − ${neutralScore}) / 100.`,
      `Baseline ${formatMoney(baselineMinor, currency)} = current ${formatMoney(c.currentMinor, currency)} × budget / total current (${pct(ratio(B, C))}).`,
      bound === 'ceiling'
        ? `Held at the ceiling ${formatMoney(Number(x.hi), currency)} (${cp}% of baseline).`
        : bound === 'floor'
          ? `Raised to the floor ${formatMoney(Number(x.lo), currency)} (${fp}% of baseline).`
          : `Within the band ${formatMoney(Number(x.lo), currency)} to ${formatMoney(Number(x.hi), currency)} (${fp}-${cp}% of baseline).`,
      `Proposed ${formatMoney(Number(proposed), currency)}, ${pct(ratio(proposed, BigInt(c.currentMinor)))} of the current allocation.`,
    ];
    lines.push({
      programmeId: c.programmeId,
      name: c.name,
      currentMinor: c.currentMinor,
      proposedMinor: Number(proposed),
      score: c.score,
      multiplier,
      baselineMinor,
      floorMinor: Number(x.lo),
      ceilingMinor: Number(x.hi),
      bound,
      reasons,
    });
  }
  return lines;
}
