import { sql, type Kysely, type Selectable } from 'kysely';
import type { MatchFeedback } from '../core/deals/deal.js';
import type { MatchFeedbackFilter, MatchFeedbackStore } from '../core/deals/ports.js';
import { isUuid } from './listing-store.js';
import type { DB } from './schema.js';
import { withDealTables, type DealDB, type MatchFeedbackTable } from './deal-store.js';

function rowToFeedback(r: Selectable<MatchFeedbackTable>): MatchFeedback {
  return {
    id: r.id,
    listingId: r.listing_id,
    otherListingId: r.other_listing_id,
    userId: r.user_id,
    relevant: r.relevant,
    reason: r.reason as MatchFeedback['reason'],
    comment: r.comment,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function filtered(db: Kysely<DealDB>, f: MatchFeedbackFilter) {
  let q = db.selectFrom('match_feedback');
  if (f.listingId) q = isUuid(f.listingId) ? q.where('listing_id', '=', f.listingId) : q.where(sql<boolean>`false`);
  if (f.relevant !== undefined) q = q.where('relevant', '=', f.relevant);
  if (f.reasons?.length) q = q.where('reason', 'in', f.reasons);
  return q;
}

/** Match feedback (one row per user and suggested pair) on PGlite or PostgreSQL. */
export function createMatchFeedbackStore(base: Kysely<DB>): MatchFeedbackStore {
  const db = withDealTables(base);
  return {
    async upsert(f) {
      const r = await db
        .insertInto('match_feedback')
        .values({
          id: f.id,
          listing_id: f.listingId,
          other_listing_id: f.otherListingId,
          user_id: f.userId,
          relevant: f.relevant,
          reason: f.reason,
          comment: f.comment,
          created_at: f.createdAt,
          updated_at: f.updatedAt,
        })
        .onConflict((oc) =>
          oc.columns(['listing_id', 'other_listing_id', 'user_id']).doUpdateSet({
            relevant: f.relevant,
            reason: f.reason,
            comment: f.comment,
            updated_at: f.updatedAt,
          }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return rowToFeedback(r);
    },
    async list(f, page) {
      const q = filtered(db, f);
      const count = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirst();
      const rows = await q
        .selectAll()
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      return { items: rows.map(rowToFeedback), total: count?.n ?? 0, page: page.page, pageSize: page.pageSize };
    },
    async summary(f) {
      const rows = await filtered(db, f)
        .select(['relevant', 'reason', sql<number>`count(*)::int`.as('n')])
        .groupBy(['relevant', 'reason'])
        .orderBy('relevant', 'desc')
        .orderBy('reason')
        .execute();
      return rows.map((r) => ({ relevant: r.relevant, reason: r.reason as MatchFeedback['reason'], count: r.n }));
    },
  };
}
