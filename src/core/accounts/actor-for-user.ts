import type { TokenScope, UserActor } from '../shared/actor.js';
import type { Membership, User } from './user.js';

/** The actor a signed-in user acts as, with their memberships and roles as of now. */
export function actorForUser(
  user: Pick<User, 'id' | 'roles' | 'emailVerifiedAt'>,
  memberships: Pick<Membership, 'organizationId' | 'role'>[],
  via?: { kind: 'session' } | { kind: 'token'; scope: TokenScope },
): UserActor {
  const actor: UserActor = {
    kind: 'user',
    userId: user.id,
    organizationIds: memberships.map((m) => m.organizationId),
    adminOrganizationIds: memberships.filter((m) => m.role === 'org_admin').map((m) => m.organizationId),
    roles: [...user.roles],
    emailVerified: user.emailVerifiedAt !== null,
  };
  if (via?.kind === 'session') actor.via = 'session';
  if (via?.kind === 'token') {
    actor.via = 'token';
    actor.tokenScope = via.scope;
  }
  return actor;
}
