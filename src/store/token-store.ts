import type { Kysely, Selectable } from 'kysely';
import type { ApiTokenStore } from '../core/accounts/ports.js';
import type { ApiToken } from '../core/accounts/user.js';
import type { TokenScope } from '../core/shared/actor.js';
import { isUuid } from './listing-store.js';
import type { ApiTokensTable, DB } from './schema.js';

const rowToToken = (r: Selectable<ApiTokensTable>): ApiToken => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  scope: r.scope as TokenScope,
  prefix: r.prefix,
  tokenHash: r.token_hash,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

/** Personal API tokens (hashes only). */
export function createApiTokenStore(db: Kysely<DB>): ApiTokenStore {
  return {
    async insert(t) {
      await db
        .insertInto('api_tokens')
        .values({
          id: t.id,
          user_id: t.userId,
          name: t.name,
          scope: t.scope,
          prefix: t.prefix,
          token_hash: t.tokenHash,
          created_at: t.createdAt,
          expires_at: t.expiresAt,
          last_used_at: t.lastUsedAt,
          revoked_at: t.revokedAt,
        })
        .execute();
    },
    async findByTokenHash(hash) {
      const r = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
      return r ? rowToToken(r) : null;
    },
    async listForUser(userId) {
      const rows = await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id').execute();
      return rows.map(rowToToken);
    },
    async revoke(id, userId, at) {
      if (!isUuid(id)) return false;
      const r = await db
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async touch(id, at) {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },
  };
}
