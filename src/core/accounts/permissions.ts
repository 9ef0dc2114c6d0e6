import type { PlatformRole } from '../shared/actor.js';

/**
 * Who passes the route-level check of a permission:
 * - `anyone`: no credentials needed;
 * - `signed_in`: any signed-in user, even one whose e-mail is not verified yet;
 * - `verified`: a signed-in user with a verified e-mail address;
 * - `roles`: a verified user holding one of the platform roles.
 * The system actor (CLI, jobs) passes every check.
 */
export type Audience = 'anyone' | 'signed_in' | 'verified' | { roles: readonly PlatformRole[] };

export type PermissionSpec = {
  /** `read` permissions are open to read-scoped API tokens; `write` ones need a write-scoped token. */
  access: 'read' | 'write';
  audience: Audience;
  /** Refused to personal API tokens: only a browser session may do this (e.g. minting tokens). */
  sessionOnly?: boolean;
  /** What it allows, for docs/security.md and the OpenAPI document. */
  summary: string;
};

/**
 * Every permission a route can declare (`config: { permission: '...' }`). Resource rules
 * (which organization, which listing) are in authorize.ts. Add new permissions here, with a
 * row for each new route in src/server/authorization-matrix.table.ts.
 */
export const PERMISSIONS = {
  // Generic ones, for routes whose resource checks live in their use case.
  public: { access: 'read', audience: 'anyone', summary: 'Anyone, without signing in (public data only).' },
  'signed_in:read': { access: 'read', audience: 'signed_in', summary: 'Any signed-in user.' },
  'verified:write': { access: 'write', audience: 'verified', summary: 'Any verified user; the use case checks the resource.' },
  'staff:read': { access: 'read', audience: { roles: ['broker', 'admin'] }, summary: 'Brokers and administrators.' },
  'staff:write': { access: 'write', audience: { roles: ['broker', 'admin'] }, summary: 'Brokers and administrators.' },

  // Accounts.
  'auth:public': { access: 'write', audience: 'anyone', summary: 'Sign up, sign in, verify an e-mail address, reset a password.' },
  'auth:session': { access: 'write', audience: 'signed_in', summary: 'Sign out, sign out everywhere.' },
  'me:read': { access: 'read', audience: 'signed_in', summary: 'Read one’s own account, memberships and CSRF token.' },
  'me:write': { access: 'write', audience: 'signed_in', sessionOnly: true, summary: 'Change one’s own name or password.' },
  'api_token:read': { access: 'read', audience: 'signed_in', summary: 'List one’s own API tokens (never their secrets).' },
  'api_token:manage': { access: 'write', audience: 'verified', sessionOnly: true, summary: 'Create and revoke one’s own API tokens.' },
  'membership:read': { access: 'read', audience: 'signed_in', summary: 'List an organization’s members (its members, brokers, administrators).' },
  'membership:manage': { access: 'write', audience: 'verified', summary: 'Add, remove and change members (org admins, administrators); leave an organization.' },
  'admin:read': { access: 'read', audience: { roles: ['admin'] }, summary: 'Administrators: users, audit log, outbox.' },
  'admin:write': { access: 'write', audience: { roles: ['admin'] }, summary: 'Administrators: platform roles.' },

  // Market.
  'organization:read': { access: 'read', audience: 'anyone', summary: 'Read the organization registry.' },
  'organization:create': { access: 'write', audience: 'verified', summary: 'Create an organization (the creator becomes its org admin).' },
  'organization:update': { access: 'write', audience: 'verified', summary: 'Change an organization (its org admins, brokers, administrators).' },
  'organization:delete': { access: 'write', audience: 'verified', summary: 'Delete an organization (its org admins, administrators).' },
  'listing:read': { access: 'read', audience: 'anyone', summary: 'Read listings the caller may see (visibility, status, confidentiality).' },
  'listing:create': { access: 'write', audience: 'verified', summary: 'Create a listing for an organization one belongs to (brokers: any).' },
  'listing:update': { access: 'write', audience: 'verified', summary: 'Change, publish, withdraw, archive or extend a listing (owner members, brokers).' },
  'exchange_rate:write': { access: 'write', audience: { roles: ['admin'] }, summary: 'Set exchange rates (administrators).' },

  // Deals and programmes (resource rules in their use cases).
  'deal:create': { access: 'write', audience: 'verified', summary: 'Express interest in a listing for one’s organization.' },
  'deal:read': { access: 'read', audience: 'signed_in', summary: 'Read deals one is a party to (brokers: all).' },
  'deal:act': { access: 'write', audience: 'verified', summary: 'Move a deal, post messages and documents, accept an NDA (parties and brokers).' },
  'deal:pipeline': { access: 'read', audience: { roles: ['broker', 'admin'] }, summary: 'The broker’s pipeline across all deals.' },
  'match:feedback': { access: 'write', audience: 'verified', summary: 'Mark a suggested match relevant or not.' },
  'programme:read': { access: 'read', audience: 'signed_in', summary: 'Read programmes, budgets and results.' },
  'programme:manage': { access: 'write', audience: { roles: ['programme_manager', 'admin'] }, summary: 'Define programmes, budgets and targets.' },
} as const satisfies Record<string, PermissionSpec>;

export type Permission = keyof typeof PERMISSIONS;

export const isPermission = (p: unknown): p is Permission => typeof p === 'string' && Object.hasOwn(PERMISSIONS, p);

export const permissionSpec = (p: Permission): PermissionSpec => PERMISSIONS[p];
