import { authorizeRoute } from '../accounts/authorize.js';
import { hasRole, type Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { ProgrammeErrorCode } from './errors.js';
import type { Programme } from './programme.js';

/**
 * Programme rules as the programmes context asks them. The route-level checks
 * (programme:read, programme:manage) are the one authorization module's
 * (src/core/accounts/authorize.ts); the resource rule is here: programme managers manage the
 * programmes they are named managers of; administrators and the system manage all.
 */
export function canManageProgramme(actor: Actor, programme: Pick<Programme, 'managerUserIds'>): boolean {
  if (actor.kind === 'system' || hasRole(actor, 'admin')) return true;
  return actor.kind === 'user' && hasRole(actor, 'programme_manager') && programme.managerUserIds.includes(actor.userId);
}

/** Throws the authorization codes, or PROGRAMME_FORBIDDEN when the actor does not manage this programme. */
export function requireManager(actor: Actor, programme: Pick<Programme, 'managerUserIds' | 'name'>): void {
  authorizeRoute(actor, 'programme:manage');
  if (!canManageProgramme(actor, programme)) {
    throw new DomainError<ProgrammeErrorCode>('PROGRAMME_FORBIDDEN', `Only the managers of “${programme.name}” may do this.`);
  }
}

export const programmeNotFound = (id: string) => new DomainError<ProgrammeErrorCode>('PROGRAMME_NOT_FOUND', 'No such programme.', { id });
