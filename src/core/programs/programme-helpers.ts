import type { AuditLog } from '../audit/audit.js';
import { summarizeChange } from '../audit/summarize.js';
import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { ProgrammeErrorCode } from './errors.js';
import type { Programme } from './programme.js';
import type { ProgrammeStore } from './ports.js';
import { programmeNotFound, requireManager } from './policy.js';

/** Records a programmes write in the audit log of the same transaction. */
export function auditProgramme(
  audit: AuditLog,
  actor: Actor,
  action: string,
  entityType: 'programme' | 'outcome_report' | 'allocation',
  entityId: string,
  before: object | null,
  after: object | null,
  at: Date,
  note?: Record<string, unknown>,
): Promise<void> {
  const summary = summarizeChange(before, after, { ignore: ['id', 'createdAt', 'updatedAt', 'version'] });
  if (note) summary.note = note;
  return audit.record({ actor, action: `${entityType}.${action}`, entityType, entityId, summary, at });
}

/** Loads a programme (locked) that the actor manages. Errors: PROGRAMME_NOT_FOUND, PROGRAMME_FORBIDDEN, the authorization codes. */
export async function loadManagedProgramme(store: ProgrammeStore, actor: Actor, id: string): Promise<Programme> {
  const programme = await store.findByIdForUpdate(id);
  if (!programme) throw programmeNotFound(id);
  requireManager(actor, programme);
  return programme;
}

export function checkVersion(current: { version: number }, version: number): void {
  if (current.version !== version) {
    throw new DomainError<ProgrammeErrorCode>('PROGRAMME_VERSION_CONFLICT', 'The programme was changed by someone else since you loaded it. Reload and apply your change again.', {
      current_version: current.version,
      your_version: version,
    });
  }
}

export const concurrentChange = () =>
  new DomainError<ProgrammeErrorCode>('PROGRAMME_VERSION_CONFLICT', 'The programme was changed concurrently. Reload and retry.');

export function assertNotClosed(programme: Programme): void {
  if (programme.status === 'closed') throw new DomainError<ProgrammeErrorCode>('PROGRAMME_CLOSED', 'The programme is closed; its records are final.');
}
