/** Platform roles (src/core/shared/actor.ts PLATFORM_ROLES) and organization roles, in display order. */
export const PLATFORM_ROLES = ['broker', 'programme_manager', 'funder', 'admin'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const ORGANIZATION_ROLES = ['member', 'org_admin'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

/** Translation keys of the role labels (kept literal so the i18n check finds them). */
export const PLATFORM_ROLE_KEYS: Record<PlatformRole, string> = {
  broker: 'account.role.broker',
  programme_manager: 'account.role.programme_manager',
  funder: 'account.role.funder',
  admin: 'account.role.admin',
};

export const ORGANIZATION_ROLE_KEYS: Record<OrganizationRole, string> = {
  member: 'account.orgRole.member',
  org_admin: 'account.orgRole.org_admin',
};

export function platformRoleKey(role: string): string | undefined {
  return (PLATFORM_ROLE_KEYS as Record<string, string>)[role];
}

export function organizationRoleKey(role: string): string | undefined {
  return (ORGANIZATION_ROLE_KEYS as Record<string, string>)[role];
}

/** Date and time in the UI locale, e.g. "3 Mar 2026, 14:05". */
export function formatDateTime(value: string, locale: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}

/** Tag colors dark enough for white text (WCAG AA); antd's light presets are not. */
export const TAG_COLORS = { ok: '#237804', warn: '#ad4e00', pending: '#874d00', danger: '#a8071a', info: '#0b57d0' } as const;
