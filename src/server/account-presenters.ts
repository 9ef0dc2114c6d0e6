import type { z } from 'zod';
import type { AuditEntry as AuditEntryModel } from '../core/audit/audit.js';
import type { MembershipWithOrganization, MembershipWithUser } from '../core/accounts/ports.js';
import type { ApiToken as ApiTokenModel, User as UserModel } from '../core/accounts/user.js';
import type { OutboxMessage as OutboxModel } from '../core/outbox/message.js';
import type { ApiToken, AuditEntry, Member, MembershipOfMe, OutboxMessage, User } from './account-contracts.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A user as JSON: never the password hash. */
export const presentUser = (u: UserModel): z.infer<typeof User> => ({
  id: u.id,
  email: u.email,
  name: u.name,
  email_verified: u.emailVerifiedAt !== null,
  roles: u.roles,
  created_at: u.createdAt.toISOString(),
});

export const presentMembershipOfMe = (m: MembershipWithOrganization): z.infer<typeof MembershipOfMe> => ({
  organization_id: m.organizationId,
  organization_name: m.organizationName,
  organization_name_zh: m.organizationNameZh,
  role: m.role,
});

export const presentMember = (m: Pick<MembershipWithUser, 'userId' | 'email' | 'name' | 'role' | 'createdAt'>): z.infer<typeof Member> => ({
  user_id: m.userId,
  email: m.email,
  name: m.name,
  role: m.role,
  created_at: m.createdAt.toISOString(),
});

/** A token as JSON: never its hash or secret. */
export const presentApiToken = (t: ApiTokenModel): z.infer<typeof ApiToken> => ({
  id: t.id,
  name: t.name,
  scope: t.scope,
  prefix: t.prefix,
  created_at: t.createdAt.toISOString(),
  expires_at: iso(t.expiresAt),
  last_used_at: iso(t.lastUsedAt),
  revoked_at: iso(t.revokedAt),
});

export const presentOutboxMessage = (m: OutboxModel): z.infer<typeof OutboxMessage> => ({
  id: m.id,
  to: m.to,
  subject: m.subject,
  text: m.text,
  kind: m.kind,
  status: m.status,
  attempts: m.attempts,
  created_at: m.createdAt.toISOString(),
  sent_at: iso(m.sentAt),
  transport: m.transport,
  last_error: m.lastError,
});

export const presentAuditEntry = (e: AuditEntryModel): z.infer<typeof AuditEntry> => ({
  seq: e.seq,
  at: e.at.toISOString(),
  actor_kind: e.actorKind,
  actor_user_id: e.actorUserId,
  action: e.action,
  entity_type: e.entityType,
  entity_id: e.entityId,
  summary: e.summary as Record<string, unknown>,
});
