import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { ProgrammeErrorCode } from './errors.js';
import { assertNotClosed, auditProgramme, checkVersion, concurrentChange, loadManagedProgramme } from './programme-helpers.js';
import { PROGRAMME_STATUSES, type Programme, type ProgrammeStatus } from './programme.js';
import type { ProgrammeDeps } from './ports.js';
import { validateProgramme, type ProgrammeInput } from './validate-programme.js';

export type ProgrammePatch = Partial<ProgrammeInput> & { status?: string | undefined };

/** Allowed status moves: a draft becomes active, an active programme closes; closed is final. */
const STATUS_MOVES: Record<ProgrammeStatus, ProgrammeStatus[]> = { draft: ['active', 'closed'], active: ['closed'], closed: [] };

/**
 * Changes a programme the actor manages at `version`: texts, period, budget lines, targets,
 * status. The currency is fixed once grants are attached (their amounts are in it). A closed
 * programme is final. Errors: PROGRAMME_NOT_FOUND, PROGRAMME_FORBIDDEN, PROGRAMME_VERSION_CONFLICT,
 * PROGRAMME_CLOSED, PROGRAMME_STATUS_INVALID, PROGRAMME_CURRENCY_MISMATCH, PROGRAMME_OWNER_NOT_FOUND
 * and the codes of validateProgramme.
 */
export async function updateProgramme(deps: ProgrammeDeps, actor: Actor, id: string, version: number, patch: ProgrammePatch): Promise<Programme> {
  return deps.unitOfWork(async (tx) => {
    const current = await loadManagedProgramme(tx.programmes, actor, id);
    checkVersion(current, version);
    assertNotClosed(current);
    const { status, ...rest } = patch;
    const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<ProgrammeInput>;
    const fields = validateProgramme({
      name: current.name,
      nameZh: current.nameZh,
      description: current.description,
      ownerOrganizationId: current.ownerOrganizationId,
      currency: current.currency,
      homeCountry: current.homeCountry,
      startYear: current.startYear,
      endYear: current.endYear,
      budgetLines: current.budgetLines,
      targets: current.targets,
      ...defined,
    });
    let nextStatus = current.status;
    if (status !== undefined && status !== current.status) {
      if (!(PROGRAMME_STATUSES as readonly string[]).includes(status) || !STATUS_MOVES[current.status].includes(status as ProgrammeStatus)) {
        throw new DomainError<ProgrammeErrorCode>('PROGRAMME_STATUS_INVALID', `A ${current.status} programme cannot become ${String(status).slice(0, 20)}.`, {
          allowed: STATUS_MOVES[current.status],
        });
      }
      nextStatus = status as ProgrammeStatus;
    }
    if (fields.currency !== current.currency && (await tx.links.grantLinks(id)).length > 0) {
      throw new DomainError<ProgrammeErrorCode>('PROGRAMME_CURRENCY_MISMATCH', 'The currency cannot change once grants are attached.');
    }
    if (fields.ownerOrganizationId !== current.ownerOrganizationId && fields.ownerOrganizationId !== null) {
      if (!(await deps.directory.organizationExists(fields.ownerOrganizationId))) {
        throw new DomainError<ProgrammeErrorCode>('PROGRAMME_OWNER_NOT_FOUND', 'The owner organization does not exist.');
      }
    }
    const next: Programme = { ...current, ...fields, status: nextStatus, updatedAt: deps.clock.now(), version: version + 1 };
    if (!(await tx.programmes.update(next, version))) throw concurrentChange();
    await auditProgramme(tx.audit, actor, status !== undefined && status !== current.status ? `status_${nextStatus}` : 'update', 'programme', id, current, next, next.updatedAt);
    return next;
  });
}
