import { DomainError } from '../shared/domain-error.js';
import { IssueCollector } from '../shared/validation.js';
import { FUNDING_LIMITS, SCORE_MAX, SCORE_MIN, type Criterion, type CriterionScore, type FundingApplication, type Review } from './call.js';
import type { FundingErrorCode } from './errors.js';

export type ScoreInput = { criterionKey: string; score: number; comment?: string | undefined };

/**
 * Validates a reviewer's scores against the call's criteria: every criterion scored exactly
 * once, each a whole number from 0 to 10, comments within limits.
 * Errors: FUNDING_SCORE_OUT_OF_RANGE, FUNDING_SCORES_INCOMPLETE, FUNDING_REVIEW_INVALID (several).
 */
export function validateScores(criteria: Criterion[], input: ScoreInput[]): CriterionScore[] {
  const issues = new IssueCollector();
  const known = new Set(criteria.map((c) => c.key));
  const seen = new Set<string>();
  const out: CriterionScore[] = [];
  input.forEach((s, i) => {
    const key = (s.criterionKey ?? '').trim().toLowerCase();
    if (!known.has(key)) issues.add(`scores.${i}.criterion_key`, 'FUNDING_SCORES_INCOMPLETE', `The call has no criterion "${key.slice(0, 40)}".`);
    else if (seen.has(key)) issues.add(`scores.${i}.criterion_key`, 'FUNDING_SCORES_INCOMPLETE', `The criterion "${key}" is scored twice.`);
    seen.add(key);
    if (!Number.isInteger(s.score) || s.score < SCORE_MIN || s.score > SCORE_MAX) {
      issues.add(`scores.${i}.score`, 'FUNDING_SCORE_OUT_OF_RANGE', `A score is a whole number from ${SCORE_MIN} to ${SCORE_MAX}.`);
    }
    const comment = (s.comment ?? '').normalize('NFC').trim();
    if ([...comment].length > FUNDING_LIMITS.comment) issues.add(`scores.${i}.comment`, 'FUNDING_REVIEW_INVALID', `A comment has at most ${FUNDING_LIMITS.comment} characters.`);
    out.push({ criterionKey: key, score: s.score, comment });
  });
  const missing = criteria.filter((c) => !seen.has(c.key)).map((c) => c.key);
  if (missing.length > 0) issues.add('scores', 'FUNDING_SCORES_INCOMPLETE', `Score every criterion; missing: ${missing.join(', ')}.`);
  issues.throwIfAny('FUNDING_REVIEW_INVALID', 'The review');
  const order = new Map(criteria.map((c, i) => [c.key, i]));
  return out.sort((a, b) => order.get(a.criterionKey)! - order.get(b.criterionKey)!);
}

/**
 * The weighted score of one review in hundredths of a point: Σ weight% × score, which is
 * 100 × the weighted mean on the 0-10 scale (weights sum to 100). E.g. weights 50/30/20 and
 * scores 8/6/5 give 400 + 180 + 100 = 680, i.e. 6.80.
 */
export function weightedHundredths(criteria: Criterion[], scores: CriterionScore[]): number {
  const byKey = new Map(scores.map((s) => [s.criterionKey, s.score]));
  return criteria.reduce((sum, c) => {
    const s = byKey.get(c.key);
    if (s === undefined) throw new DomainError<FundingErrorCode>('FUNDING_SCORES_INCOMPLETE', `Criterion ${c.key} is not scored.`);
    return sum + c.weight * s;
  }, 0);
}

export type RankedApplication = {
  applicationId: string;
  rank: number | null;
  /** Mean weighted score on the 0-10 scale, 2 decimals; null before any review. */
  score: number | null;
  reviewCount: number;
  /** Mean per criterion (2 decimals), for the ranking table. */
  criterionMeans: Record<string, number>;
};

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Ranks applications by the mean of their reviews' weighted scores (highest first). Ties go
 * to the smaller request (more projects for the money), then the earlier submission, then the
 * id. Withdrawn applications are left out; unreviewed ones come last without a rank.
 */
export function rankApplications(
  criteria: Criterion[],
  applications: Pick<FundingApplication, 'id' | 'requestedMinor' | 'submittedAt' | 'status'>[],
  reviews: Pick<Review, 'applicationId' | 'weightedHundredths' | 'scores'>[],
): RankedApplication[] {
  const byApp = new Map<string, Pick<Review, 'weightedHundredths' | 'scores'>[]>();
  for (const r of reviews) byApp.set(r.applicationId, [...(byApp.get(r.applicationId) ?? []), r]);
  const rows = applications
    .filter((a) => a.status !== 'withdrawn')
    .map((a) => {
      const rs = byApp.get(a.id) ?? [];
      // Hundredths summed as integers; one division at the end keeps the mean exact to round.
      const total = rs.reduce((s, r) => s + r.weightedHundredths, 0);
      const criterionMeans: Record<string, number> = {};
      for (const c of criteria) {
        const xs = rs.map((r) => r.scores.find((s) => s.criterionKey === c.key)?.score ?? 0);
        if (xs.length > 0) criterionMeans[c.key] = round2(xs.reduce((s, x) => s + x, 0) / xs.length);
      }
      return { a, n: rs.length, exact: rs.length ? total / rs.length : -1, score: rs.length ? round2(total / rs.length / 100) : null, criterionMeans };
    });
  rows.sort(
    (x, y) =>
      y.exact - x.exact ||
      x.a.requestedMinor - y.a.requestedMinor ||
      x.a.submittedAt.getTime() - y.a.submittedAt.getTime() ||
      (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0),
  );
  let rank = 0;
  return rows.map((r) => ({
    applicationId: r.a.id,
    rank: r.n > 0 ? ++rank : null,
    score: r.score,
    reviewCount: r.n,
    criterionMeans: r.criterionMeans,
  }));
}
