import { authorizeRoute } from '../accounts/authorize.js';
import { userIdOf, type Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { apportion } from './apportion.js';
import type { ProgrammeErrorCode } from './errors.js';
import { formatMoney } from './format-money.js';
import { auditProgramme, concurrentChange } from './programme-helpers.js';
import { budgetOfYear, type AllocationProposal, type BudgetLine, type Programme } from './programme.js';
import type { ProgrammeDeps } from './ports.js';

export type ApprovalInput = {
  /** Amounts the manager changes, per programme; the others keep the proposed amount. */
  adjustments?: { programmeId: string; amountMinor: number }[] | undefined;
  /** Why, required when anything is adjusted. */
  note?: string | undefined;
};

const fail = (code: ProgrammeErrorCode, message: string, details?: Record<string, unknown>) => new DomainError<ProgrammeErrorCode>(code, message, details);

/**
 * The programme's budget lines for `year` scaled to `total`: existing lines keep their
 * proportions (largest remainder, so they sum exactly to the total); a year without lines gets
 * one line `allocation`. Pure.
 */
export function rescaleYear(lines: BudgetLine[], year: number, total: number): BudgetLine[] {
  const others = lines.filter((l) => l.year !== year);
  const mine = lines.filter((l) => l.year === year);
  if (mine.length === 0) return [...others, { year, key: 'allocation', label: 'Approved allocation', amountMinor: total }];
  const weights = mine.every((l) => l.amountMinor === 0) ? mine.map((_, i) => (i === 0 ? 1 : 0)) : mine.map((l) => l.amountMinor);
  const parts = apportion(total, weights);
  return [...others, ...mine.map((l, i) => ({ ...l, amountMinor: parts[i]! }))].sort(
    (a, b) => a.year - b.year || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/**
 * Approves a stored proposal, with the manager's adjustments: the approved amounts must still
 * sum exactly to the budget, and any adjustment needs a note. Each programme's budget for the
 * period becomes its approved amount (its lines rescaled, see rescaleYear), all in one
 * transaction, audit-logged with the proposal and the adjustments.
 * Errors: PROGRAMME_ALLOCATION_NOT_FOUND, PROGRAMME_ALLOCATION_ALREADY_APPROVED,
 * PROGRAMME_ALLOCATION_LINE_UNKNOWN, PROGRAMME_ALLOCATION_INVALID, PROGRAMME_ALLOCATION_SUM_MISMATCH,
 * PROGRAMME_VERSION_CONFLICT, the authorization codes.
 */
export async function approveAllocation(deps: ProgrammeDeps, actor: Actor, id: string, input: ApprovalInput): Promise<AllocationProposal> {
  authorizeRoute(actor, 'programme:manage');
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const proposal = await tx.allocations.findByIdForUpdate(id);
    if (!proposal) throw fail('PROGRAMME_ALLOCATION_NOT_FOUND', 'No such allocation proposal.', { id });
    if (proposal.status !== 'proposed') throw fail('PROGRAMME_ALLOCATION_ALREADY_APPROVED', `The proposal was approved on ${proposal.approvedAt?.toISOString().slice(0, 10)}.`);
    const approved = new Map(proposal.lines.map((l) => [l.programmeId, l.proposedMinor]));
    const adjustments = input.adjustments ?? [];
    const adjusted: string[] = [];
    for (const [i, a] of adjustments.entries()) {
      if (!approved.has(a.programmeId)) {
        throw fail('PROGRAMME_ALLOCATION_LINE_UNKNOWN', 'The proposal has no line for that programme.', { issues: [{ path: `adjustments.${i}.programme_id`, message: 'Not in the proposal.' }] });
      }
      if (!Number.isSafeInteger(a.amountMinor) || a.amountMinor < 0) {
        throw fail('PROGRAMME_ALLOCATION_INVALID', 'An amount is a whole, non-negative number of minor units.', { issues: [{ path: `adjustments.${i}.amount_minor`, message: 'Invalid.' }] });
      }
      if (approved.get(a.programmeId) !== a.amountMinor) adjusted.push(a.programmeId);
      approved.set(a.programmeId, a.amountMinor);
    }
    const note = (input.note ?? '').normalize('NFC').trim();
    if (adjusted.length > 0 && note.length === 0) {
      throw fail('PROGRAMME_ALLOCATION_INVALID', 'Say why the proposal is adjusted (note).', { issues: [{ path: 'note', message: 'Required with adjustments.' }] });
    }
    if ([...note].length > 4000) throw fail('PROGRAMME_ALLOCATION_INVALID', 'The note has at most 4000 characters.');
    const sum = [...approved.values()].reduce((s, v) => s + v, 0);
    if (sum !== proposal.budgetMinor) {
      throw fail(
        'PROGRAMME_ALLOCATION_SUM_MISMATCH',
        `The approved amounts sum to ${formatMoney(sum, proposal.currency)}; they must sum exactly to the budget of ${formatMoney(proposal.budgetMinor, proposal.currency)}.`,
        { sum_minor: sum, budget_minor: proposal.budgetMinor, difference_minor: sum - proposal.budgetMinor },
      );
    }

    const changes: { programme_id: string; before_minor: number; after_minor: number }[] = [];
    for (const line of proposal.lines) {
      const amount = approved.get(line.programmeId)!;
      const programme: Programme | null = await tx.programmes.findByIdForUpdate(line.programmeId);
      if (!programme) continue;
      const runs = proposal.period >= programme.startYear && proposal.period <= programme.endYear;
      if (!runs) {
        if (amount > 0) throw fail('PROGRAMME_ALLOCATION_INVALID', `${programme.name} does not run in ${proposal.period}.`);
        continue;
      }
      const before = budgetOfYear(programme, proposal.period);
      if (before === amount && programme.budgetLines.some((l) => l.year === proposal.period)) continue;
      const next: Programme = {
        ...programme,
        budgetLines: rescaleYear(programme.budgetLines, proposal.period, amount),
        updatedAt: now,
        version: programme.version + 1,
      };
      if (!(await tx.programmes.update(next, programme.version))) throw concurrentChange();
      await auditProgramme(tx.audit, actor, 'budget_set', 'programme', programme.id, null, null, now, {
        allocation_id: proposal.id,
        year: proposal.period,
        before_minor: before,
        after_minor: amount,
      });
      changes.push({ programme_id: programme.id, before_minor: before, after_minor: amount });
    }

    const next: AllocationProposal = {
      ...proposal,
      lines: proposal.lines.map((l) => ({ ...l, approvedMinor: approved.get(l.programmeId)! })),
      status: 'approved',
      note: note || null,
      approvedAt: now,
      approvedByUserId: userIdOf(actor),
      version: proposal.version + 1,
    };
    if (!(await tx.allocations.update(next, proposal.version))) throw fail('PROGRAMME_ALLOCATION_ALREADY_APPROVED', 'The proposal was changed concurrently.');
    await auditProgramme(tx.audit, actor, 'approve', 'allocation', proposal.id, { status: 'proposed' }, { status: 'approved' }, now, {
      period: proposal.period,
      budget_minor: proposal.budgetMinor,
      currency: proposal.currency,
      adjusted: proposal.lines
        .filter((l) => adjusted.includes(l.programmeId))
        .map((l) => ({ programme_id: l.programmeId, proposed_minor: l.proposedMinor, approved_minor: approved.get(l.programmeId) })),
      note: note || null,
      budgets_changed: changes,
    });
    return next;
  });
}

/** One allocation proposal. Errors: PROGRAMME_ALLOCATION_NOT_FOUND. */
export async function getAllocation(deps: ProgrammeDeps, actor: Actor, id: string): Promise<AllocationProposal> {
  authorizeRoute(actor, 'programme:read');
  const p = await deps.allocations.findById(id);
  if (!p) throw fail('PROGRAMME_ALLOCATION_NOT_FOUND', 'No such allocation proposal.', { id });
  return p;
}

/** Allocation proposals, newest first (at most 200), optionally for one period. */
export async function listAllocations(deps: ProgrammeDeps, actor: Actor, filter: { period?: number }): Promise<AllocationProposal[]> {
  authorizeRoute(actor, 'programme:read');
  return deps.allocations.list(filter);
}
