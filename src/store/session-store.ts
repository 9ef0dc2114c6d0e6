import type { Kysely, Selectable } from 'kysely';
import type { AccountLinkStore, SessionStore } from '../core/accounts/ports.js';
import type { AccountLink, Session } from '../core/accounts/user.js';
import { isUuid } from './listing-store.js';
import type { AccountLinksTable, DB, SessionsTable } from './schema.js';

const rowToSession = (r: Selectable<SessionsTable>): Session => ({
  id: r.id,
  tokenHash: r.token_hash,
  userId: r.user_id,
  csrfToken: r.csrf_token,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  expiresAt: r.expires_at,
});

/** Browser sessions (token hashes only). */
export function createSessionStore(db: Kysely<DB>): SessionStore {
  return {
    async insert(s) {
      await db
        .insertInto('sessions')
        .values({
          id: s.id,
          token_hash: s.tokenHash,
          user_id: s.userId,
          csrf_token: s.csrfToken,
          created_at: s.createdAt,
          last_seen_at: s.lastSeenAt,
          expires_at: s.expiresAt,
        })
        .execute();
    },
    async findByTokenHash(hash) {
      const r = await db.selectFrom('sessions').selectAll().where('token_hash', '=', hash).executeTakeFirst();
      return r ? rowToSession(r) : null;
    },
    async touch(id, at) {
      await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).where('last_seen_at', '<', at).execute();
    },
    async delete(id) {
      if (!isUuid(id)) return;
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },
    async deleteForUser(userId, exceptId) {
      let q = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (exceptId) q = q.where('id', '!=', exceptId);
      const r = await q.executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async purgeExpired(now, idleBefore) {
      const r = await db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleBefore)]))
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}

const rowToLink = (r: Selectable<AccountLinksTable>): AccountLink => ({
  tokenHash: r.token_hash,
  userId: r.user_id,
  purpose: r.purpose as AccountLink['purpose'],
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
});

/** One-time e-mail links (token hashes only). */
export function createAccountLinkStore(db: Kysely<DB>): AccountLinkStore {
  return {
    async insert(l) {
      await db
        .insertInto('account_links')
        .values({ token_hash: l.tokenHash, user_id: l.userId, purpose: l.purpose, created_at: l.createdAt, expires_at: l.expiresAt, used_at: l.usedAt })
        .execute();
    },
    async findByTokenHash(hash) {
      const r = await db.selectFrom('account_links').selectAll().where('token_hash', '=', hash).executeTakeFirst();
      return r ? rowToLink(r) : null;
    },
    async consume(hash, at) {
      const r = await db
        .updateTable('account_links')
        .set({ used_at: at })
        .where('token_hash', '=', hash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async invalidate(userId, purpose, at) {
      await db.updateTable('account_links').set({ used_at: at }).where('user_id', '=', userId).where('purpose', '=', purpose).where('used_at', 'is', null).execute();
    },
    async countSince(userId, purpose, since) {
      const rows = await db
        .selectFrom('account_links')
        .select('token_hash')
        .where('user_id', '=', userId)
        .where('purpose', '=', purpose)
        .where('created_at', '>=', since)
        .execute();
      return rows.length;
    },
    async purgeExpired(before) {
      const r = await db.deleteFrom('account_links').where('expires_at', '<', before).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
