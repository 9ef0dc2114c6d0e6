import { apiRequest } from '../../api/client';
import type { Page, User } from '../../api/types';

type Signal = { signal?: AbortSignal };

export type AdminUser = User & { membership_count: number };

export type AuditEntry = {
  seq: number;
  at: string;
  actor_kind: string;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: Record<string, unknown>;
};

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';
export const OUTBOX_STATUSES: OutboxStatus[] = ['queued', 'sending', 'sent', 'failed'];

export type OutboxMessage = {
  id: number;
  to: string;
  subject: string;
  text: string;
  kind: string;
  status: OutboxStatus;
  attempts: number;
  created_at: string;
  sent_at: string | null;
  transport: string | null;
  last_error: string | null;
};

export type UserQuery = { q?: string; role?: string; page?: number; page_size?: number };
export type AuditQuery = {
  actor?: string;
  entity_type?: string;
  entity_id?: string;
  action?: string;
  from?: string;
  to?: string;
  page?: number;
  page_size?: number;
};
export type OutboxQuery = { to?: string; status?: OutboxStatus; kind?: string; page?: number; page_size?: number };

/** Administrators' API (src/server/routes/admin.ts). */
export const adminApi = {
  users: (query: UserQuery, o: Signal = {}) => apiRequest<Page<AdminUser>>('/api/admin/users', { query, ...o }),
  setRoles: (id: string, roles: string[]) =>
    apiRequest<{ user: User }>(`/api/admin/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: { roles } }),
  audit: (query: AuditQuery, o: Signal = {}) => apiRequest<Page<AuditEntry>>('/api/admin/audit', { query, ...o }),
  outbox: (query: OutboxQuery, o: Signal = {}) => apiRequest<Page<OutboxMessage>>('/api/admin/outbox', { query, ...o }),
};
