import { z } from 'zod';
import { Id, PageQuery } from './contracts.js';

/**
 * The JSON contract of the accounts API (sign-up, sessions, me, tokens, memberships, admin).
 * zod checks shapes and sizes; the rules (password policy, roles) are in src/core/accounts.
 */

const email = z.string().max(320);
const password = z.string().max(1024);
const secretToken = z.string().min(1).max(200);

export const SignUpBody = z.object({ email, password, name: z.string().max(1000) }).strict();
export const SignUpAccepted = z.object({ status: z.literal('verification_sent'), email: z.string() });

export const TokenBody = z.object({ token: secretToken }).strict();
export const EmailBody = z.object({ email }).strict();
export const Accepted = z.object({ status: z.literal('accepted') });

export const SignInBody = z.object({ email, password }).strict();

export const User = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  email_verified: z.boolean(),
  roles: z.array(z.string()),
  created_at: z.string(),
});

export const SignedIn = z.object({ user: User, csrf_token: z.string() });

export const ResetPasswordBody = z.object({ token: secretToken, password }).strict();
export const PasswordReset = z.object({ status: z.literal('password_reset') });

export const MembershipOfMe = z.object({
  organization_id: z.string(),
  organization_name: z.string().nullable(),
  organization_name_zh: z.string().nullable(),
  role: z.string(),
});

export const Me = z.object({
  user: User,
  memberships: z.array(MembershipOfMe),
  roles: z.array(z.string()),
  /** For X-CSRF-Token on state-changing requests; null when authenticated by an API token. */
  csrf_token: z.string().nullable(),
  auth: z.enum(['session', 'token']),
  token_scope: z.enum(['read', 'write']).nullable(),
});

export const MePatch = z.object({ name: z.string().max(1000) }).strict();
export const ChangePasswordBody = z.object({ current_password: password, new_password: password }).strict();

export const ApiTokenBody = z
  .object({ name: z.string().max(1000), scope: z.string().max(16), expires_in_days: z.number().int().nullable().optional() })
  .strict();

export const ApiToken = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.string(),
  prefix: z.string(),
  created_at: z.string(),
  expires_at: z.string().nullable(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});

/** The secret is in this answer only; it cannot be read again. */
export const ApiTokenCreated = z.object({ token: ApiToken, secret: z.string() });

export const Member = z.object({ user_id: z.string(), email: z.string(), name: z.string(), role: z.string(), created_at: z.string() });
export const AddMemberBody = z.object({ email, role: z.string().max(32).optional() }).strict();
export const MemberRoleBody = z.object({ role: z.string().max(32) }).strict();
export const MemberParams = z.object({ id: Id, userId: Id });

export const AdminUser = User.extend({ membership_count: z.number().int() });
export const AdminUserQuery = z.object({ q: z.string().max(320).optional(), role: z.string().max(32).optional(), ...PageQuery });
export const RolesBody = z.object({ roles: z.array(z.string().max(64)).max(10) }).strict();

export const OutboxMessage = z.object({
  id: z.number().int(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  kind: z.string(),
  status: z.string(),
  attempts: z.number().int(),
  created_at: z.string(),
  sent_at: z.string().nullable(),
  transport: z.string().nullable(),
  last_error: z.string().nullable(),
});
export const OutboxQuery = z.object({
  to: z.string().max(320).optional(),
  status: z.enum(['queued', 'sending', 'sent', 'failed']).optional(),
  kind: z.string().max(64).optional(),
  ...PageQuery,
});

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor_kind: z.string(),
  actor_user_id: z.string().nullable(),
  action: z.string(),
  entity_type: z.string(),
  entity_id: z.string(),
  summary: z.record(z.string(), z.unknown()),
});
export const AuditQuery = z.object({
  /** A user id or an e-mail address. */
  actor: z.string().max(320).optional(),
  entity_type: z.string().max(64).optional(),
  entity_id: z.string().max(200).optional(),
  /** An exact action (listing.publish) or a prefix ending with a dot (listing.). */
  action: z.string().max(100).optional(),
  /** ISO date or date-time, inclusive. */
  from: z.string().max(40).optional(),
  /** ISO date or date-time, exclusive. */
  to: z.string().max(40).optional(),
  ...PageQuery,
});
