/**
 * The one authorization module. Every route declares a permission (permissions.ts); the HTTP
 * layer calls `authorizeRoute` before the handler runs, and use cases call `authorize` (or
 * `can`) with the resource they loaded. Nothing else in the code base decides who may do what.
 */
import type { ListingStatus, Visibility } from '../listings/listing.js';
import { DomainError } from '../shared/domain-error.js';
import { hasRole, isMemberOf, isOrgAdminOf, type Actor } from '../shared/actor.js';
import type { AccountErrorCode } from './errors.js';
import { PERMISSIONS, type Permission } from './permissions.js';

/** What a resource rule needs to know about the thing acted on. */
export type Resource =
  | { kind: 'organization'; organizationId: string }
  | {
      kind: 'membership';
      organizationId: string;
      /** The member acted on; with `leaving`, a member may remove themself. */
      targetUserId?: string;
      leaving?: boolean;
    }
  | {
      kind: 'listing';
      ownerOrganizationId: string;
      status: ListingStatus;
      visibility: Visibility;
    }
  | {
      kind: 'deal';
      ownerOrganizationId: string;
      interestedOrganizationId: string;
      /** The deal's messages and documents rather than its record, stage and timeline. */
      thread?: boolean;
    };

type Rule = (actor: Actor, resource: Resource) => boolean;

const isBroker = (a: Actor) => hasRole(a, 'broker');
const isAdmin = (a: Actor) => hasRole(a, 'admin');
const orgOf = (r: Resource) => (r.kind === 'listing' || r.kind === 'deal' ? r.ownerOrganizationId : r.organizationId);

/** Whether the listing's public part is visible to the actor. */
function listingReadable(actor: Actor, r: Extract<Resource, { kind: 'listing' }>): boolean {
  if (actor.kind === 'system' || isBroker(actor) || isAdmin(actor) || isMemberOf(actor, r.ownerOrganizationId)) return true;
  if (r.status !== 'published' && r.status !== 'expired') return false;
  return r.visibility === 'public' || actor.kind === 'user';
}

/**
 * A deal is for its two parties (members of the owner and of the interested organization) and the
 * brokers; administrators see and move it too, but its messages and documents are the parties'
 * and the brokers' only. Which move each of them may make is the deal pipeline's (core/deals/pipeline.ts).
 */
function dealAccessible(actor: Actor, r: Resource): boolean {
  if (r.kind !== 'deal') return false;
  if (isMemberOf(actor, r.ownerOrganizationId) || isMemberOf(actor, r.interestedOrganizationId) || isBroker(actor)) return true;
  return isAdmin(actor) && r.thread !== true;
}

/** Resource rules, per permission. A permission without a rule needs only the route-level check. */
const RULES: Partial<Record<Permission, Rule>> = {
  'organization:update': (a, r) => isOrgAdminOf(a, orgOf(r)) || isBroker(a) || isAdmin(a),
  'organization:delete': (a, r) => isOrgAdminOf(a, orgOf(r)) || isAdmin(a),
  'membership:read': (a, r) => isMemberOf(a, orgOf(r)) || isBroker(a) || isAdmin(a),
  'membership:manage': (a, r) =>
    isOrgAdminOf(a, orgOf(r)) ||
    isAdmin(a) ||
    (r.kind === 'membership' && r.leaving === true && a.kind === 'user' && r.targetUserId === a.userId && isMemberOf(a, r.organizationId)),
  'listing:read': (a, r) => r.kind === 'listing' && listingReadable(a, r),
  'listing:create': (a, r) => isMemberOf(a, orgOf(r)) || isBroker(a),
  'listing:update': (a, r) => isMemberOf(a, orgOf(r)) || isBroker(a),
  'deal:read': dealAccessible,
  'deal:act': dealAccessible,
};

const deny = (code: AccountErrorCode, message: string, details?: Record<string, unknown>) => new DomainError(code, message, details);

/** The route-level verdict: null when allowed, else the error to raise. */
function routeVerdict(actor: Actor, permission: Permission): DomainError | null {
  const spec = PERMISSIONS[permission] as (typeof PERMISSIONS)[Permission] & { sessionOnly?: boolean };
  if (actor.kind === 'system') return null;
  const audience = spec.audience;
  if (audience === 'anyone') {
    if (actor.kind === 'user' && actor.via === 'token' && spec.access === 'write' && actor.tokenScope !== 'write') {
      return deny('TOKEN_SCOPE_INSUFFICIENT', 'This API token is read-only.', { permission });
    }
    return null;
  }
  if (actor.kind !== 'user') return deny('AUTH_REQUIRED', 'Sign in first.', { permission });
  if (actor.via === 'token') {
    if (spec.sessionOnly) return deny('SESSION_REQUIRED', 'API tokens cannot do this; sign in with a browser session.', { permission });
    if (spec.access === 'write' && actor.tokenScope !== 'write') {
      return deny('TOKEN_SCOPE_INSUFFICIENT', 'This API token is read-only; create one with the write scope.', { permission });
    }
  }
  if (audience === 'signed_in') return null;
  if (actor.emailVerified === false) return deny('EMAIL_NOT_VERIFIED', 'Verify your e-mail address first (see the link we sent you).');
  if (audience === 'verified') return null;
  if (audience.roles.some((r) => actor.roles.includes(r))) return null;
  return deny('PERMISSION_DENIED', `Only ${audience.roles.join(' or ')} users may do this.`, { permission });
}

function verdict(actor: Actor, permission: Permission, resource?: Resource): DomainError | null {
  const routeError = routeVerdict(actor, permission);
  if (routeError || actor.kind === 'system' || !resource) return routeError;
  const rule = RULES[permission];
  if (!rule || rule(actor, resource)) return null;
  return actor.kind === 'anonymous'
    ? deny('AUTH_REQUIRED', 'Sign in first.', { permission })
    : deny('PERMISSION_DENIED', 'You may not do this here.', { permission });
}

/**
 * The route-level check every request passes before its handler: signed in, e-mail verified,
 * platform role, API token scope. Throws AUTH_REQUIRED, EMAIL_NOT_VERIFIED, SESSION_REQUIRED,
 * TOKEN_SCOPE_INSUFFICIENT or PERMISSION_DENIED.
 */
export function authorizeRoute(actor: Actor, permission: Permission): void {
  const e = routeVerdict(actor, permission);
  if (e) throw e;
}

/**
 * The full check for acting on `resource` (route-level check plus the permission's resource
 * rule). Throws the codes of authorizeRoute, PERMISSION_DENIED when the rule refuses.
 */
export function authorize(actor: Actor, permission: Permission, resource?: Resource): void {
  const e = verdict(actor, permission, resource);
  if (e) throw e;
}

/** The boolean form of `authorize`. */
export function can(actor: Actor, permission: Permission, resource?: Resource): boolean {
  return verdict(actor, permission, resource) === null;
}

/**
 * May the actor read a listing's confidential_details? The owner organization's members,
 * brokers, the system, and parties whose NDA for the listing is accepted (`disclosed`, which
 * the deals context computes). Never anonymous callers, administrators or programme managers
 * as such.
 */
export function canSeeConfidential(actor: Actor, listing: { ownerOrganizationId: string }, disclosed = false): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  return disclosed || isBroker(actor) || isMemberOf(actor, listing.ownerOrganizationId);
}

/** Whether a user may see unpublished listings of every organization (brokers, administrators, the system). */
export function seesAllListings(actor: Actor): boolean {
  return actor.kind === 'system' || isBroker(actor) || isAdmin(actor);
}
