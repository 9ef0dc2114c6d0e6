import type { Actor } from '../shared/actor.js';
import type { Page, PageRequest } from '../shared/ports.js';

/**
 * What changed in one write: the names of the changed fields (snake_case, as in the API) and,
 * for fields that are not confidential, their values before and after, clipped. Confidential
 * fields are named in `changed` but their text is never stored.
 */
export type AuditSummary = {
  changed: string[];
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  /** Extra non-confidential facts about the write (e.g. the role granted). */
  note?: Record<string, unknown>;
};

/** One write, as use cases report it. */
export type AuditRecord = {
  actor: Actor;
  /** `<entity>.<verb>`, e.g. listing.create, listing.publish, membership.add, user.roles_set. */
  action: string;
  entityType: string;
  entityId: string;
  summary: AuditSummary;
  at: Date;
};

/** A stored audit entry. */
export type AuditEntry = {
  seq: number;
  at: Date;
  actorKind: Actor['kind'];
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: AuditSummary;
};

/**
 * The append-only audit log, bound to the transaction of the write it records: the entry
 * lands if and only if the write does. Every use case that writes calls `record`.
 */
export type AuditLog = { record: (entry: AuditRecord) => Promise<void> };

export type AuditFilter = {
  actorUserId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date;
};

export type AuditReader = { list: (filter: AuditFilter, page: PageRequest) => Promise<Page<AuditEntry>> };
