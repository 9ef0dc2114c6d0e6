import { sql, type Kysely } from 'kysely';
import type { AuditLog, AuditReader, AuditSummary } from '../core/audit/audit.js';
import type { Actor } from '../core/shared/actor.js';
import type { DB } from './schema.js';

/**
 * The audit log. Build it on the transaction of the write it records (`createAuditStore(tx)`)
 * so the entry commits or rolls back with the write. The table refuses updates and deletes.
 */
export function createAuditStore(db: Kysely<DB>): AuditLog & AuditReader {
  return {
    async record(e) {
      await db
        .insertInto('audit_log')
        .values({
          at: e.at,
          actor_kind: e.actor.kind,
          actor_user_id: e.actor.kind === 'user' ? e.actor.userId : null,
          action: e.action,
          entity_type: e.entityType,
          entity_id: e.entityId,
          summary: JSON.stringify(e.summary),
        })
        .execute();
    },
    async list(filter, page) {
      let q = db.selectFrom('audit_log');
      if (filter.actorUserId) q = q.where('actor_user_id', '=', filter.actorUserId);
      if (filter.entityType) q = q.where('entity_type', '=', filter.entityType);
      if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
      if (filter.action) q = filter.action.endsWith('.') ? q.where('action', 'like', `${filter.action.replace(/[\\%_]/g, '\\$&')}%`) : q.where('action', '=', filter.action);
      if (filter.from) q = q.where('at', '>=', filter.from);
      if (filter.to) q = q.where('at', '<', filter.to);
      const total = (await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirst())?.n ?? 0;
      const rows = await q
        .selectAll()
        .orderBy('seq', 'desc')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      return {
        items: rows.map((r) => ({
          seq: r.seq,
          at: r.at,
          actorKind: r.actor_kind as Actor['kind'],
          actorUserId: r.actor_user_id,
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
          summary: r.summary as AuditSummary,
        })),
        total,
        page: page.page,
        pageSize: page.pageSize,
      };
    },
  };
}
