import { userIdOf, type Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { ProgrammeErrorCode } from './errors.js';
import { assertNotClosed, auditProgramme, loadManagedProgramme } from './programme-helpers.js';
import type { ProgrammeDealLink, ProgrammeGrantLink } from './programme.js';
import type { ProgrammeDeps } from './ports.js';

const fail = (code: ProgrammeErrorCode, message: string, details?: Record<string, unknown>) => new DomainError<ProgrammeErrorCode>(code, message, details);

/**
 * Attaches a grant to a programme the actor manages, charged to one of its budget lines (any
 * year) or none. The grant must be in the programme's currency and in no other programme.
 * Errors: PROGRAMME_NOT_FOUND, PROGRAMME_FORBIDDEN, PROGRAMME_CLOSED, PROGRAMME_GRANT_NOT_FOUND,
 * PROGRAMME_CURRENCY_MISMATCH, PROGRAMME_BUDGET_LINE_UNKNOWN, PROGRAMME_GRANT_ALREADY_ATTACHED.
 */
export async function attachGrant(
  deps: ProgrammeDeps,
  actor: Actor,
  programmeId: string,
  input: { grantId: string; budgetLineKey?: string | null | undefined },
): Promise<ProgrammeGrantLink> {
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const programme = await loadManagedProgramme(tx.programmes, actor, programmeId);
    assertNotClosed(programme);
    const [grant] = await tx.grants.findByIds([input.grantId]);
    if (!grant) throw fail('PROGRAMME_GRANT_NOT_FOUND', 'No such grant.', { issues: [{ path: 'grant_id', message: 'No such grant.' }] });
    if (grant.currency !== programme.currency) {
      throw fail('PROGRAMME_CURRENCY_MISMATCH', `The grant is in ${grant.currency}; the programme counts ${programme.currency}.`);
    }
    const key = input.budgetLineKey ?? null;
    if (key !== null && !programme.budgetLines.some((l) => l.key === key)) {
      throw fail('PROGRAMME_BUDGET_LINE_UNKNOWN', `The programme has no budget line "${key.slice(0, 40)}".`, { issues: [{ path: 'budget_line_key', message: 'Unknown line.' }] });
    }
    const link: ProgrammeGrantLink = { programmeId, grantId: grant.id, budgetLineKey: key, attachedAt: now, attachedByUserId: userIdOf(actor) };
    if ((await tx.links.insertGrantLink(link)) === 'duplicate') {
      throw fail('PROGRAMME_GRANT_ALREADY_ATTACHED', 'The grant already counts in a programme.');
    }
    await auditProgramme(tx.audit, actor, 'attach_grant', 'programme', programmeId, null, null, now, { grant_id: grant.id, budget_line_key: key });
    return link;
  });
}

/**
 * Attaches a deal to a programme the actor manages (optionally through one of its grants): once
 * the deal's contract is signed and registered it counts automatically in the programme's KPIs.
 * A deal counts in one programme only. Errors: PROGRAMME_NOT_FOUND, PROGRAMME_FORBIDDEN,
 * PROGRAMME_CLOSED, PROGRAMME_DEAL_NOT_FOUND, PROGRAMME_GRANT_NOT_ATTACHED, PROGRAMME_DEAL_ALREADY_ATTACHED.
 */
export async function attachDeal(
  deps: ProgrammeDeps,
  actor: Actor,
  programmeId: string,
  input: { dealId: string; grantId?: string | null | undefined },
): Promise<ProgrammeDealLink> {
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const programme = await loadManagedProgramme(tx.programmes, actor, programmeId);
    assertNotClosed(programme);
    const [deal] = await tx.deals.findByIds([input.dealId]);
    if (!deal) throw fail('PROGRAMME_DEAL_NOT_FOUND', 'No such deal.', { issues: [{ path: 'deal_id', message: 'No such deal.' }] });
    const grantId = input.grantId ?? null;
    if (grantId !== null && !(await tx.links.grantLinks(programmeId)).some((l) => l.grantId === grantId)) {
      throw fail('PROGRAMME_GRANT_NOT_ATTACHED', 'That grant is not attached to this programme.', { issues: [{ path: 'grant_id', message: 'Not in the programme.' }] });
    }
    const link: ProgrammeDealLink = { programmeId, dealId: deal.id, grantId, attachedAt: now, attachedByUserId: userIdOf(actor) };
    if ((await tx.links.insertDealLink(link)) === 'duplicate') throw fail('PROGRAMME_DEAL_ALREADY_ATTACHED', 'The deal already counts in a programme.');
    await auditProgramme(tx.audit, actor, 'attach_deal', 'programme', programmeId, null, null, now, { deal_id: deal.id, grant_id: grantId });
    return link;
  });
}
