import { sql, type Kysely, type Selectable } from 'kysely';
import type { MessageStatus, OutboxMessage, OutboxStore } from '../core/outbox/message.js';
import type { DB, OutboxTable } from './schema.js';

const rowToMessage = (r: Selectable<OutboxTable>): OutboxMessage => ({
  id: r.id,
  to: r.to_address,
  subject: r.subject,
  text: r.body_text,
  kind: r.kind,
  userId: r.user_id,
  createdAt: r.created_at,
  status: r.status as MessageStatus,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  sentAt: r.sent_at,
  transport: r.transport,
  lastError: r.last_error,
});

/**
 * The outbox. Queue messages on the transaction of the write that causes them
 * (`createOutboxStore(tx).enqueue(...)`); the sender claims them with SKIP LOCKED so several
 * server processes on one PostgreSQL never send a message twice at the same time.
 */
export function createOutboxStore(db: Kysely<DB>): OutboxStore {
  return {
    async enqueue(m) {
      await db
        .insertInto('outbox')
        .values({
          to_address: m.to.trim().toLowerCase(),
          subject: m.subject,
          body_text: m.text,
          kind: m.kind,
          user_id: m.userId ?? null,
          created_at: m.at,
          next_attempt_at: m.at,
        })
        .execute();
    },
    async claimDue(now, limit, staleBefore) {
      const rows = await sql<Selectable<OutboxTable>>`
        UPDATE outbox SET status = 'sending', claimed_at = ${now}
        WHERE id IN (
          SELECT id FROM outbox
          WHERE (status = 'queued' AND next_attempt_at <= ${now}) OR (status = 'sending' AND claimed_at < ${staleBefore})
          ORDER BY id
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED
        )
        RETURNING *`.execute(db);
      return rows.rows.map(rowToMessage).sort((a, b) => a.id - b.id);
    },
    async markSent(id, at, transport) {
      await db
        .updateTable('outbox')
        .set((eb) => ({ status: 'sent', sent_at: at, transport, attempts: eb('attempts', '+', 1), last_error: null }))
        .where('id', '=', id)
        .execute();
    },
    async markFailed(id, error, retryAt) {
      await db
        .updateTable('outbox')
        .set((eb) => ({
          status: retryAt ? 'queued' : 'failed',
          attempts: eb('attempts', '+', 1),
          last_error: error,
          ...(retryAt ? { next_attempt_at: retryAt } : {}),
        }))
        .where('id', '=', id)
        .execute();
    },
    async list(filter, page) {
      let q = db.selectFrom('outbox');
      if (filter.to) q = q.where('to_address', '=', filter.to.trim().toLowerCase());
      if (filter.status) q = q.where('status', '=', filter.status);
      if (filter.kind) q = q.where('kind', '=', filter.kind);
      const total = (await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirst())?.n ?? 0;
      const rows = await q
        .selectAll()
        .orderBy('id', 'desc')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      return { items: rows.map(rowToMessage), total, page: page.page, pageSize: page.pageSize };
    },
  };
}
