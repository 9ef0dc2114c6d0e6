import type { Actor } from '../shared/actor.js';
import { accountError } from './account-helpers.js';
import { checkPassword } from './password-policy.js';
import type { AccountDeps, MembershipWithOrganization } from './ports.js';
import { isValidName, NAME_MAX, normalizeName, type User } from './user.js';

const requireUser = async (deps: Pick<AccountDeps, 'users'>, actor: Actor): Promise<User> => {
  if (actor.kind !== 'user') throw accountError('AUTH_REQUIRED', 'Sign in first.');
  const user = await deps.users.findById(actor.userId);
  if (!user) throw accountError('AUTH_REQUIRED', 'Sign in first.');
  return user;
};

/** The signed-in user's account and memberships. Errors: AUTH_REQUIRED. */
export async function getMe(deps: AccountDeps, actor: Actor): Promise<{ user: User; memberships: MembershipWithOrganization[] }> {
  const user = await requireUser(deps, actor);
  return { user, memberships: await deps.memberships.listForUser(user.id) };
}

/** Renames the signed-in user. Errors: AUTH_REQUIRED, NAME_INVALID. */
export async function renameMe(deps: AccountDeps, actor: Actor, rawName: string): Promise<User> {
  const user = await requireUser(deps, actor);
  const name = normalizeName(rawName);
  if (!isValidName(name)) {
    throw accountError('NAME_INVALID', `Give your name (1 to ${NAME_MAX} characters).`, { issues: [{ path: 'name', message: 'Invalid name.' }] });
  }
  const now = deps.clock.now();
  await deps.unitOfWork(async (tx) => {
    await tx.users.setName(user.id, name, now);
    await tx.audit.record({
      actor,
      action: 'user.rename',
      entityType: 'user',
      entityId: user.id,
      summary: { changed: ['name'], before: { name: user.name }, after: { name } },
      at: now,
    });
  });
  return { ...user, name, updatedAt: now };
}

/**
 * Changes the signed-in user's password after checking the current one; ends every other
 * session. Errors: AUTH_REQUIRED, PASSWORD_INCORRECT, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG,
 * PASSWORD_TOO_COMMON.
 */
export async function changePassword(
  deps: AccountDeps,
  actor: Actor,
  currentSessionId: string | null,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await requireUser(deps, actor);
  if ([...input.currentPassword].length > 256 || !(await deps.hasher.verify(user.passwordHash, input.currentPassword))) {
    throw accountError('PASSWORD_INCORRECT', 'The current password is not right.', { issues: [{ path: 'current_password', message: 'Wrong password.' }] });
  }
  checkPassword(input.newPassword, { email: user.email, name: user.name }, 'new_password');
  const hash = await deps.hasher.hash(input.newPassword);
  const now = deps.clock.now();
  await deps.unitOfWork(async (tx) => {
    await tx.users.setPassword(user.id, hash, now);
    const ended = await tx.sessions.deleteForUser(user.id, currentSessionId ?? undefined);
    await tx.audit.record({
      actor,
      action: 'user.password_change',
      entityType: 'user',
      entityId: user.id,
      summary: { changed: ['password'], note: { other_sessions_ended: ended } },
      at: now,
    });
  });
}
