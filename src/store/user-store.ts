import { sql, type Kysely, type Selectable } from 'kysely';
import type { SignInThrottleStore, UserStore } from '../core/accounts/ports.js';
import type { User } from '../core/accounts/user.js';
import type { PlatformRole } from '../core/shared/actor.js';
import { isUuid } from './listing-store.js';
import type { DB, UsersTable } from './schema.js';

export function rowToUser(r: Selectable<UsersTable>): User {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    passwordHash: r.password_hash,
    emailVerifiedAt: r.email_verified_at,
    roles: r.roles as PlatformRole[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Users on PGlite or PostgreSQL. */
export function createUserStore(db: Kysely<DB>): UserStore {
  return {
    async findById(id) {
      if (!isUuid(id)) return null;
      const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? rowToUser(r) : null;
    },
    async findByEmail(email) {
      const r = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return r ? rowToUser(r) : null;
    },
    async insert(u) {
      await db
        .insertInto('users')
        .values({
          id: u.id,
          email: u.email,
          name: u.name,
          password_hash: u.passwordHash,
          email_verified_at: u.emailVerifiedAt,
          roles: u.roles,
          created_at: u.createdAt,
          updated_at: u.updatedAt,
        })
        .execute();
    },
    async setPassword(id, hash, at) {
      await db.updateTable('users').set({ password_hash: hash, updated_at: at }).where('id', '=', id).execute();
    },
    async setName(id, name, at) {
      await db.updateTable('users').set({ name, updated_at: at }).where('id', '=', id).execute();
    },
    async markVerified(id, at) {
      await db.updateTable('users').set({ email_verified_at: at, updated_at: at }).where('id', '=', id).where('email_verified_at', 'is', null).execute();
    },
    async setRoles(id, roles, at) {
      await db.updateTable('users').set({ roles, updated_at: at }).where('id', '=', id).execute();
    },
    async countWithRole(role) {
      // FOR UPDATE in a subquery is not allowed with count: lock the rows first so two concurrent demotions serialize.
      const rows = await db.selectFrom('users').select('id').where(sql<boolean>`${role} = ANY(roles)`).forUpdate().execute();
      return rows.length;
    },
    async list(filter, page) {
      let q = db.selectFrom('users');
      if (filter.role) q = q.where(sql<boolean>`${filter.role} = ANY(roles)`);
      if (filter.q?.trim()) {
        const p = `%${escapeLike(filter.q.trim().toLowerCase())}%`;
        q = q.where((eb) => eb.or([eb('email', 'like', p), eb(sql`lower(name)`, 'like', p)]));
      }
      const total = (await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirst())?.n ?? 0;
      const rows = await q
        .selectAll()
        .select(sql<number>`(SELECT count(*)::int FROM memberships m WHERE m.user_id = users.id)`.as('membership_count'))
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      return { items: rows.map((r) => ({ ...rowToUser(r), membershipCount: r.membership_count })), total, page: page.page, pageSize: page.pageSize };
    },
  };
}

/** Failed sign-ins per e-mail address. */
export function createSignInThrottleStore(db: Kysely<DB>): SignInThrottleStore {
  return {
    async find(email) {
      const r = await db.selectFrom('sign_in_throttle').selectAll().where('email', '=', email).executeTakeFirst();
      return r ? { email: r.email, failures: r.failures, lastFailureAt: r.last_failure_at, lockedUntil: r.locked_until } : null;
    },
    async recordFailure(email, at, resetBefore) {
      const r = await db
        .insertInto('sign_in_throttle')
        .values({ email, failures: 1, last_failure_at: at, locked_until: null })
        .onConflict((oc) =>
          oc.column('email').doUpdateSet({
            failures: sql`CASE WHEN sign_in_throttle.last_failure_at IS NULL OR sign_in_throttle.last_failure_at < ${resetBefore} THEN 1 ELSE sign_in_throttle.failures + 1 END`,
            last_failure_at: at,
          }),
        )
        .returning('failures')
        .executeTakeFirstOrThrow();
      return r.failures;
    },
    async lock(email, until) {
      await db.updateTable('sign_in_throttle').set({ locked_until: until }).where('email', '=', email).execute();
    },
    async clear(email) {
      await db.deleteFrom('sign_in_throttle').where('email', '=', email).execute();
    },
  };
}
