/**
 * Who is acting. Requests without credentials act as `anonymous`; the CLI and jobs act as
 * `system`; signed-in users (session cookie or personal API token) act as `user`.
 * What an actor may do is decided in one place: src/core/accounts/authorize.ts.
 */
export const PLATFORM_ROLES = ['broker', 'programme_manager', 'funder', 'admin'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** A user's role inside one organization. */
export const ORGANIZATION_ROLES = ['member', 'org_admin'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export type UserActor = {
  kind: 'user';
  userId: string;
  /** Every organization the user belongs to, whatever the role. */
  organizationIds: string[];
  roles: PlatformRole[];
  /** Organizations in which the user is org_admin (a subset of organizationIds). */
  adminOrganizationIds?: string[];
  /** False for a signed-in user who has not verified the e-mail address yet; absent means verified. */
  emailVerified?: boolean;
  /** How the request authenticated; absent for actors built in code (tests, jobs). */
  via?: 'session' | 'token';
  /** The scope of the personal API token, when via is 'token'. */
  tokenScope?: TokenScope;
};

export type Actor = { kind: 'anonymous' } | { kind: 'system' } | UserActor;

export const ANONYMOUS: Actor = { kind: 'anonymous' };
export const SYSTEM: Actor = { kind: 'system' };

export const isUser = (actor: Actor): actor is UserActor => actor.kind === 'user';

export const hasRole = (actor: Actor, role: PlatformRole): boolean => actor.kind === 'user' && actor.roles.includes(role);

export const isMemberOf = (actor: Actor, organizationId: string): boolean =>
  actor.kind === 'user' && actor.organizationIds.includes(organizationId);

export const isOrgAdminOf = (actor: Actor, organizationId: string): boolean =>
  actor.kind === 'user' && (actor.adminOrganizationIds ?? []).includes(organizationId);

/** The user's id, or null for anonymous and system actors. */
export const userIdOf = (actor: Actor): string | null => (actor.kind === 'user' ? actor.userId : null);
