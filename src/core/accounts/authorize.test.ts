import { describe, expect, it } from 'vitest';
import { ANONYMOUS, SYSTEM, type Actor, type UserActor } from '../shared/actor.js';
import type { DomainError } from '../shared/domain-error.js';
import { authorize, authorizeRoute, can, canSeeConfidential, type Resource } from './authorize.js';
import { PERMISSIONS, type Permission } from './permissions.js';

const user = (over: Partial<UserActor> = {}): UserActor => ({ kind: 'user', userId: 'u1', organizationIds: [], roles: [], ...over });
const codeOf = (f: () => void) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as DomainError).code;
  }
};

const org: Resource = { kind: 'organization', organizationId: 'o1' };
const listing = (over: Partial<Extract<Resource, { kind: 'listing' }>> = {}): Resource => ({
  kind: 'listing',
  ownerOrganizationId: 'o1',
  status: 'published',
  visibility: 'public',
  ...over,
});

describe('route-level authorization', () => {
  it('asks anonymous callers to sign in for anything but public permissions', () => {
    expect(codeOf(() => authorizeRoute(ANONYMOUS, 'listing:create'))).toBe('AUTH_REQUIRED');
    expect(codeOf(() => authorizeRoute(ANONYMOUS, 'me:read'))).toBe('AUTH_REQUIRED');
    expect(codeOf(() => authorizeRoute(ANONYMOUS, 'listing:read'))).toBeNull();
    expect(codeOf(() => authorizeRoute(ANONYMOUS, 'auth:public'))).toBeNull();
  });

  it('lets an unverified user read and sign out but not write', () => {
    const u = user({ emailVerified: false });
    expect(codeOf(() => authorizeRoute(u, 'me:read'))).toBeNull();
    expect(codeOf(() => authorizeRoute(u, 'auth:session'))).toBeNull();
    expect(codeOf(() => authorizeRoute(u, 'organization:create'))).toBe('EMAIL_NOT_VERIFIED');
  });

  it('keeps role-gated permissions to their roles', () => {
    expect(codeOf(() => authorizeRoute(user(), 'admin:read'))).toBe('PERMISSION_DENIED');
    expect(codeOf(() => authorizeRoute(user({ roles: ['broker'] }), 'admin:read'))).toBe('PERMISSION_DENIED');
    expect(codeOf(() => authorizeRoute(user({ roles: ['admin'] }), 'admin:read'))).toBeNull();
    expect(codeOf(() => authorizeRoute(user({ roles: ['broker'] }), 'deal:pipeline'))).toBeNull();
    expect(codeOf(() => authorizeRoute(user({ roles: ['programme_manager'] }), 'programme:manage'))).toBeNull();
    expect(codeOf(() => authorizeRoute(user({ roles: ['admin'], emailVerified: false }), 'admin:read'))).toBe('EMAIL_NOT_VERIFIED');
  });

  it('limits read-scoped API tokens to reads and keeps session-only permissions from tokens', () => {
    const read = user({ via: 'token', tokenScope: 'read' });
    const write = user({ via: 'token', tokenScope: 'write' });
    expect(codeOf(() => authorizeRoute(read, 'listing:read'))).toBeNull();
    expect(codeOf(() => authorizeRoute(read, 'listing:create'))).toBe('TOKEN_SCOPE_INSUFFICIENT');
    expect(codeOf(() => authorizeRoute(write, 'listing:create'))).toBeNull();
    expect(codeOf(() => authorizeRoute(write, 'api_token:manage'))).toBe('SESSION_REQUIRED');
    expect(codeOf(() => authorizeRoute(user({ via: 'session' }), 'api_token:manage'))).toBeNull();
  });

  it('lets the system do everything', () => {
    for (const p of Object.keys(PERMISSIONS) as Permission[]) expect(can(SYSTEM, p, org), p).toBe(true);
  });
});

describe('resource rules', () => {
  it('lets org admins, brokers and administrators change an organization, and plain members not', () => {
    expect(can(user({ organizationIds: ['o1'], adminOrganizationIds: ['o1'] }), 'organization:update', org)).toBe(true);
    expect(can(user({ organizationIds: ['o1'] }), 'organization:update', org)).toBe(false);
    expect(can(user({ roles: ['broker'] }), 'organization:update', org)).toBe(true);
    expect(can(user({ roles: ['broker'] }), 'organization:delete', org)).toBe(false);
    expect(can(user({ roles: ['admin'] }), 'organization:delete', org)).toBe(true);
  });

  it('lets a member leave but not promote themself', () => {
    const member = user({ organizationIds: ['o1'] });
    expect(can(member, 'membership:manage', { kind: 'membership', organizationId: 'o1', targetUserId: 'u1', leaving: true })).toBe(true);
    expect(can(member, 'membership:manage', { kind: 'membership', organizationId: 'o1', targetUserId: 'u1' })).toBe(false);
    expect(can(member, 'membership:manage', { kind: 'membership', organizationId: 'o1', targetUserId: 'u2', leaving: true })).toBe(false);
  });

  it('shows members-only listings to signed-in users and drafts only to the owner side', () => {
    const members = listing({ visibility: 'members' });
    expect(can(ANONYMOUS, 'listing:read', members)).toBe(false);
    expect(codeOf(() => authorize(ANONYMOUS, 'listing:read', members))).toBe('AUTH_REQUIRED');
    expect(can(user(), 'listing:read', members)).toBe(true);
    const draft = listing({ status: 'draft' });
    expect(can(user(), 'listing:read', draft)).toBe(false);
    expect(can(user({ organizationIds: ['o1'] }), 'listing:read', draft)).toBe(true);
    expect(can(user({ roles: ['broker'] }), 'listing:read', draft)).toBe(true);
    expect(can(user({ roles: ['programme_manager'] }), 'listing:read', draft)).toBe(false);
  });

  it('lets owner members and brokers change a listing, and nobody else', () => {
    expect(can(user({ organizationIds: ['o1'] }), 'listing:update', listing())).toBe(true);
    expect(can(user({ roles: ['broker'] }), 'listing:update', listing())).toBe(true);
    for (const a of [user({ organizationIds: ['o2'] }), user({ roles: ['admin'] }), user({ roles: ['programme_manager'] })] as Actor[]) {
      expect(codeOf(() => authorize(a, 'listing:update', listing()))).toBe('PERMISSION_DENIED');
    }
  });
});

describe('confidential details', () => {
  it('are for the owner organization, brokers and NDA parties only', () => {
    const l = { ownerOrganizationId: 'o1' };
    expect(canSeeConfidential(user({ organizationIds: ['o1'] }), l)).toBe(true);
    expect(canSeeConfidential(user({ roles: ['broker'] }), l)).toBe(true);
    expect(canSeeConfidential(user({ organizationIds: ['o2'] }), l, true)).toBe(true);
    expect(canSeeConfidential(SYSTEM, l)).toBe(true);
    for (const a of [ANONYMOUS, user({ organizationIds: ['o2'] }), user({ roles: ['admin'] }), user({ roles: ['programme_manager'] }), user({ roles: ['funder'] })]) {
      expect(canSeeConfidential(a, l)).toBe(false);
    }
    expect(canSeeConfidential(ANONYMOUS, l, true)).toBe(false);
  });
});
