import { authorizeRoute } from '../accounts/authorize.js';
import { userIdOf, type Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { isCurrencyCode } from '../taxonomy/currencies.js';
import { ALLOCATION_POLICY, allocateBudget, type AllocationCandidate } from './allocation.js';
import type { ProgrammeErrorCode } from './errors.js';
import { loadEvidence, measureProgramme } from './measure-programme.js';
import { describeScore, SCORE_WEIGHTS } from './performance.js';
import { auditProgramme } from './programme-helpers.js';
import { budgetOfYear, type AllocationProposal } from './programme.js';
import type { ProgrammeDeps } from './ports.js';

export type ProposalInput = { period: number; budgetMinor: number; currency: string };

const fail = (code: ProgrammeErrorCode, message: string, details?: Record<string, unknown>) => new DomainError<ProgrammeErrorCode>(code, message, details);

/**
 * Proposes next period's allocation between the active programmes in the budget's currency
 * that still run in `period`: each programme's current allocation is its budget for
 * `period - 1`, its score the IPOE score measured for `period - 1`; allocateBudget does the
 * rest (ALLOCATION_POLICY). Proposed amounts sum exactly to the budget. With `save`, the
 * proposal is stored (status proposed, audit-logged) for a manager to adjust and approve.
 * Errors: PROGRAMME_ALLOCATION_INVALID, PROGRAMME_CURRENCY_UNKNOWN, PROGRAMME_ALLOCATION_NO_BASIS,
 * the authorization codes (programme managers and administrators).
 */
export async function proposeAllocation(deps: ProgrammeDeps, actor: Actor, input: ProposalInput, options: { save: boolean }): Promise<AllocationProposal> {
  authorizeRoute(actor, 'programme:manage');
  const currency = input.currency.trim().toUpperCase();
  if (!isCurrencyCode(currency)) throw fail('PROGRAMME_CURRENCY_UNKNOWN', `"${currency.slice(0, 8)}" is not a supported ISO 4217 currency.`);
  if (!Number.isInteger(input.period) || input.period < 2000 || input.period > 2100) {
    throw fail('PROGRAMME_ALLOCATION_INVALID', 'period is a budget year from 2000 to 2100.', { issues: [{ path: 'period', message: 'A year.' }] });
  }
  const previous = input.period - 1;
  const programmes = (await deps.programmes.list({ statuses: ['active'] })).filter(
    (p) => p.currency === currency && p.endYear >= input.period && p.startYear <= input.period,
  );
  const candidates: AllocationCandidate[] = [];
  for (const p of programmes) {
    const current = budgetOfYear(p, previous);
    let score: number | null = null;
    let scoreReasons: string[] = [];
    if (previous >= p.startYear && previous <= p.endYear) {
      const m = measureProgramme(await loadEvidence(deps, p));
      const year = m.years.find((y) => y.year === previous)!;
      score = year.ipoe.score;
      scoreReasons = [describeScore(year)];
    }
    candidates.push({ programmeId: p.id, name: p.name, currentMinor: current, score, scoreReasons });
  }
  const lines = allocateBudget(input.budgetMinor, currency, candidates);
  const now = deps.clock.now();
  const proposal: AllocationProposal = {
    id: options.save ? deps.ids.newId() : '',
    period: input.period,
    budgetMinor: input.budgetMinor,
    currency,
    policyVersion: ALLOCATION_POLICY.version,
    scoreWeightsVersion: SCORE_WEIGHTS.version,
    lines: lines.map((l) => ({
      programmeId: l.programmeId,
      name: l.name,
      currentMinor: l.currentMinor,
      proposedMinor: l.proposedMinor,
      score: l.score,
      reasons: l.reasons,
      approvedMinor: null,
    })),
    status: 'proposed',
    note: null,
    createdAt: now,
    createdByUserId: userIdOf(actor),
    approvedAt: null,
    approvedByUserId: null,
    version: 1,
  };
  if (options.save) {
    await deps.unitOfWork(async (tx) => {
      await tx.allocations.insert(proposal);
      await auditProgramme(tx.audit, actor, 'propose', 'allocation', proposal.id, null, null, now, {
        period: proposal.period,
        budget_minor: proposal.budgetMinor,
        currency,
        policy_version: proposal.policyVersion,
        lines: proposal.lines.map((l) => ({ programme_id: l.programmeId, current_minor: l.currentMinor, proposed_minor: l.proposedMinor, score: l.score })),
      });
    });
  }
  return proposal;
}
