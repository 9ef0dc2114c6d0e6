import { authorizeRoute } from '../accounts/authorize.js';
import { userIdOf, type Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { ProgrammeErrorCode } from './errors.js';
import { KPI_CATALOGUE_VERSION } from './kpi-catalogue.js';
import { auditProgramme } from './programme-helpers.js';
import type { Programme } from './programme.js';
import type { ProgrammeDeps } from './ports.js';
import { validateProgramme, type ProgrammeInput } from './validate-programme.js';

/**
 * Creates a programme, active, with the actor as its manager (programme managers and
 * administrators). Errors: the codes of validateProgramme, PROGRAMME_OWNER_NOT_FOUND, the
 * authorization codes.
 */
export async function createProgramme(deps: ProgrammeDeps, actor: Actor, input: ProgrammeInput): Promise<Programme> {
  authorizeRoute(actor, 'programme:manage');
  const fields = validateProgramme(input);
  if (fields.ownerOrganizationId !== null && !(await deps.directory.organizationExists(fields.ownerOrganizationId))) {
    throw new DomainError<ProgrammeErrorCode>('PROGRAMME_OWNER_NOT_FOUND', 'The owner organization does not exist.', {
      issues: [{ path: 'owner_organization_id', message: 'No such organization.' }],
    });
  }
  const now = deps.clock.now();
  const me = userIdOf(actor);
  const programme: Programme = {
    ...fields,
    id: deps.ids.newId(),
    status: 'active',
    managerUserIds: me ? [me] : [],
    catalogueVersion: KPI_CATALOGUE_VERSION,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await deps.unitOfWork(async (tx) => {
    await tx.programmes.insert(programme);
    await auditProgramme(tx.audit, actor, 'create', 'programme', programme.id, null, programme, now);
  });
  return programme;
}
