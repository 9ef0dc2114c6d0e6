import type { OrganizationErrorCode } from '../organizations/errors.js';
import { ORGANIZATION_ROLES, type Actor, type OrganizationRole } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { accountError } from './account-helpers.js';
import { authorize } from './authorize.js';
import type { AccountDeps, AccountsTx, MembershipWithUser } from './ports.js';
import type { Membership } from './user.js';
import { validateEmail } from './validate-account.js';

async function assertOrganization(deps: AccountDeps, organizationId: string): Promise<void> {
  if (!(await deps.organizationExists(organizationId))) {
    throw new DomainError<OrganizationErrorCode>('ORGANIZATION_NOT_FOUND', 'No such organization.', { id: organizationId });
  }
}

function parseRole(role: string): OrganizationRole {
  if (!(ORGANIZATION_ROLES as readonly string[]).includes(role)) {
    throw accountError('ROLE_INVALID', `role must be one of ${ORGANIZATION_ROLES.join(', ')}.`, { issues: [{ path: 'role', message: 'Unknown role.' }] });
  }
  return role as OrganizationRole;
}

/** Refuses to leave an organization without an org admin. */
async function assertAdminRemains(tx: AccountsTx, current: Membership): Promise<void> {
  if (current.role !== 'org_admin') return;
  if ((await tx.memberships.countAdmins(current.organizationId)) <= 1) {
    throw accountError('MEMBERSHIP_LAST_ADMIN', 'An organization needs at least one org admin: make someone else org admin first.');
  }
}

/** The members of an organization. Errors: ORGANIZATION_NOT_FOUND, authorization codes. */
export async function listMembers(deps: AccountDeps, actor: Actor, organizationId: string): Promise<MembershipWithUser[]> {
  await assertOrganization(deps, organizationId);
  authorize(actor, 'membership:read', { kind: 'organization', organizationId });
  return deps.memberships.listForOrganization(organizationId);
}

/**
 * Adds an existing user (by e-mail address) to an organization. Org admins and administrators.
 * Errors: ORGANIZATION_NOT_FOUND, USER_NOT_FOUND, MEMBERSHIP_EXISTS, ROLE_INVALID, EMAIL_INVALID,
 * authorization codes.
 */
export async function addMember(deps: AccountDeps, actor: Actor, organizationId: string, input: { email: string; role?: string }): Promise<Membership> {
  await assertOrganization(deps, organizationId);
  authorize(actor, 'membership:manage', { kind: 'membership', organizationId });
  const email = validateEmail(input.email);
  const role = parseRole(input.role ?? 'member');
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const user = await tx.users.findByEmail(email);
    if (!user) throw accountError('USER_NOT_FOUND', 'Nobody has an account with this e-mail address; ask them to sign up first.');
    if (await tx.memberships.find(organizationId, user.id)) throw accountError('MEMBERSHIP_EXISTS', 'This user is already a member.', { user_id: user.id });
    const membership: Membership = { organizationId, userId: user.id, role, createdAt: now };
    await tx.memberships.insert(membership);
    await tx.audit.record({
      actor,
      action: 'membership.add',
      entityType: 'organization',
      entityId: organizationId,
      summary: { changed: ['members'], after: { user_id: user.id, role } },
      at: now,
    });
    return membership;
  });
}

/**
 * Changes a member's role. Errors: ORGANIZATION_NOT_FOUND, MEMBERSHIP_NOT_FOUND, ROLE_INVALID,
 * MEMBERSHIP_LAST_ADMIN, authorization codes.
 */
export async function setMemberRole(deps: AccountDeps, actor: Actor, organizationId: string, userId: string, rawRole: string): Promise<Membership> {
  await assertOrganization(deps, organizationId);
  authorize(actor, 'membership:manage', { kind: 'membership', organizationId, targetUserId: userId });
  const role = parseRole(rawRole);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const current = await tx.memberships.find(organizationId, userId);
    if (!current) throw accountError('MEMBERSHIP_NOT_FOUND', 'This user is not a member.', { user_id: userId });
    if (current.role === role) return current;
    if (role !== 'org_admin') await assertAdminRemains(tx, current);
    await tx.memberships.setRole(organizationId, userId, role);
    await tx.audit.record({
      actor,
      action: 'membership.role_set',
      entityType: 'organization',
      entityId: organizationId,
      summary: { changed: ['members'], before: { user_id: userId, role: current.role }, after: { user_id: userId, role } },
      at: now,
    });
    return { ...current, role };
  });
}

/**
 * Removes a member (org admins, administrators), or lets a member leave. The last org admin
 * cannot go. Errors: ORGANIZATION_NOT_FOUND, MEMBERSHIP_NOT_FOUND, MEMBERSHIP_LAST_ADMIN,
 * authorization codes.
 */
export async function removeMember(deps: AccountDeps, actor: Actor, organizationId: string, userId: string): Promise<void> {
  await assertOrganization(deps, organizationId);
  authorize(actor, 'membership:manage', { kind: 'membership', organizationId, targetUserId: userId, leaving: true });
  const now = deps.clock.now();
  await deps.unitOfWork(async (tx) => {
    const current = await tx.memberships.find(organizationId, userId);
    if (!current) throw accountError('MEMBERSHIP_NOT_FOUND', 'This user is not a member.', { user_id: userId });
    await assertAdminRemains(tx, current);
    await tx.memberships.delete(organizationId, userId);
    await tx.audit.record({
      actor,
      action: 'membership.remove',
      entityType: 'organization',
      entityId: organizationId,
      summary: { changed: ['members'], before: { user_id: userId, role: current.role } },
      at: now,
    });
  });
}
