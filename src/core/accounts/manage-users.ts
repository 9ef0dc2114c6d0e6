import { PLATFORM_ROLES, SYSTEM, type Actor, type PlatformRole } from '../shared/actor.js';
import type { Page, PageRequest } from '../shared/ports.js';
import { accountError } from './account-helpers.js';
import { authorize } from './authorize.js';
import { checkPassword } from './password-policy.js';
import type { AccountDeps, UserFilter, UserWithCounts } from './ports.js';
import type { User } from './user.js';
import { validateEmail } from './validate-account.js';

/** Users for administrators, with filters. Errors: authorization codes. */
export async function listUsers(deps: AccountDeps, actor: Actor, filter: UserFilter, page: PageRequest): Promise<Page<UserWithCounts>> {
  authorize(actor, 'admin:read');
  return deps.users.list(filter, page);
}

/**
 * Sets a user's platform roles (broker, programme_manager, funder, admin). The last
 * administrator keeps the admin role. Errors: USER_NOT_FOUND, ROLE_INVALID, ROLE_LAST_ADMIN,
 * authorization codes.
 */
export async function setPlatformRoles(deps: AccountDeps, actor: Actor, userId: string, rawRoles: string[]): Promise<User> {
  authorize(actor, 'admin:write');
  const unknown = rawRoles.filter((r) => !(PLATFORM_ROLES as readonly string[]).includes(r));
  if (unknown.length) {
    throw accountError('ROLE_INVALID', `Unknown roles: ${unknown.map((r) => r.slice(0, 40)).join(', ')}. Roles are ${PLATFORM_ROLES.join(', ')}.`, {
      issues: [{ path: 'roles', message: 'Unknown role.' }],
    });
  }
  const roles = PLATFORM_ROLES.filter((r) => rawRoles.includes(r));
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const user = await tx.users.findById(userId);
    if (!user) throw accountError('USER_NOT_FOUND', 'No such user.', { id: userId });
    if (user.roles.includes('admin') && !roles.includes('admin') && (await tx.users.countWithRole('admin')) <= 1) {
      throw accountError('ROLE_LAST_ADMIN', 'This is the last administrator; make someone else administrator first.');
    }
    await tx.users.setRoles(user.id, roles, now);
    await tx.audit.record({
      actor,
      action: 'user.roles_set',
      entityType: 'user',
      entityId: user.id,
      summary: { changed: ['roles'], before: { roles: user.roles }, after: { roles } },
      at: now,
    });
    return { ...user, roles, updatedAt: now };
  });
}

/**
 * Makes `email` an administrator with a verified address and this password: creates the
 * account, or takes over an existing one (its password is replaced and its sessions end, so
 * whoever signed up with that address before cannot keep it). Used by the CLI and at start-up.
 * Errors: EMAIL_INVALID, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_TOO_COMMON.
 */
export async function ensureAdministrator(
  deps: AccountDeps,
  input: { email: string; password: string; name?: string },
): Promise<{ user: User; created: boolean }> {
  const email = validateEmail(input.email);
  checkPassword(input.password, { email, name: input.name ?? '' });
  const passwordHash = await deps.hasher.hash(input.password);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const existing = await tx.users.findByEmail(email);
    const roles: PlatformRole[] = [...new Set<PlatformRole>([...(existing?.roles ?? []), 'admin'])];
    let user: User;
    if (existing) {
      await tx.users.setPassword(existing.id, passwordHash, now);
      if (!existing.emailVerifiedAt) await tx.users.markVerified(existing.id, now);
      await tx.users.setRoles(existing.id, roles, now);
      await tx.sessions.deleteForUser(existing.id);
      user = { ...existing, passwordHash, roles, emailVerifiedAt: existing.emailVerifiedAt ?? now, updatedAt: now };
    } else {
      user = { id: deps.ids.newId(), email, name: input.name ?? 'Administrator', passwordHash, emailVerifiedAt: now, roles, createdAt: now, updatedAt: now };
      await tx.users.insert(user);
    }
    await tx.audit.record({
      actor: SYSTEM,
      action: 'user.make_admin',
      entityType: 'user',
      entityId: user.id,
      summary: { changed: existing ? ['roles', 'password'] : ['email', 'roles'], before: existing ? { roles: existing.roles } : undefined, after: { email, roles } },
      at: now,
    });
    return { user, created: !existing };
  });
}

/**
 * At server start: when no administrator exists and both settings are given, makes one.
 * Returns the administrator made, or null when there was one already. Errors: those of
 * ensureAdministrator.
 */
export async function bootstrapFirstAdministrator(deps: AccountDeps, input: { email: string; password: string }): Promise<User | null> {
  if ((await deps.users.countWithRole('admin')) > 0) return null;
  return (await ensureAdministrator(deps, input)).user;
}
