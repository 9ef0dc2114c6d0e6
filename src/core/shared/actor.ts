/**
 * Who is acting. Requests without credentials act as `anonymous`; the CLI and jobs act as
 * `system`. Signed-in users arrive with the accounts context.
 */
export const PLATFORM_ROLES = ['broker', 'programme_manager', 'funder', 'admin'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'system' }
  | { kind: 'user'; userId: string; organizationIds: string[]; roles: PlatformRole[] };

export const ANONYMOUS: Actor = { kind: 'anonymous' };
export const SYSTEM: Actor = { kind: 'system' };

export const isStaff = (actor: Actor): boolean =>
  actor.kind === 'system' || (actor.kind === 'user' && (actor.roles.includes('broker') || actor.roles.includes('admin')));

export const isMemberOf = (actor: Actor, organizationId: string): boolean =>
  actor.kind === 'user' && actor.organizationIds.includes(organizationId);
