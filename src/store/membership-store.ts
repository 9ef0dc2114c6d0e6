import type { Kysely } from 'kysely';
import type { MembershipStore } from '../core/accounts/ports.js';
import type { OrganizationRole } from '../core/shared/actor.js';
import { isUuid } from './listing-store.js';
import type { DB } from './schema.js';

/** Organization memberships. */
export function createMembershipStore(db: Kysely<DB>): MembershipStore {
  return {
    async find(organizationId, userId) {
      if (!isUuid(organizationId) || !isUuid(userId)) return null;
      const r = await db.selectFrom('memberships').selectAll().where('organization_id', '=', organizationId).where('user_id', '=', userId).executeTakeFirst();
      return r ? { organizationId: r.organization_id, userId: r.user_id, role: r.role as OrganizationRole, createdAt: r.created_at } : null;
    },
    async listForUser(userId) {
      if (!isUuid(userId)) return [];
      const rows = await db
        .selectFrom('memberships as m')
        .innerJoin('organizations as o', 'o.id', 'm.organization_id')
        .select(['m.organization_id', 'm.user_id', 'm.role', 'm.created_at', 'o.name', 'o.name_zh'])
        .where('m.user_id', '=', userId)
        .orderBy('m.created_at')
        .orderBy('m.organization_id')
        .execute();
      return rows.map((r) => ({
        organizationId: r.organization_id,
        userId: r.user_id,
        role: r.role as OrganizationRole,
        createdAt: r.created_at,
        organizationName: r.name,
        organizationNameZh: r.name_zh,
      }));
    },
    async listForOrganization(organizationId) {
      if (!isUuid(organizationId)) return [];
      const rows = await db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['m.organization_id', 'm.user_id', 'm.role', 'm.created_at', 'u.email', 'u.name'])
        .where('m.organization_id', '=', organizationId)
        .orderBy('m.created_at')
        .orderBy('m.user_id')
        .execute();
      return rows.map((r) => ({
        organizationId: r.organization_id,
        userId: r.user_id,
        role: r.role as OrganizationRole,
        createdAt: r.created_at,
        email: r.email,
        name: r.name,
      }));
    },
    async insert(m) {
      await db.insertInto('memberships').values({ organization_id: m.organizationId, user_id: m.userId, role: m.role, created_at: m.createdAt }).execute();
    },
    async setRole(organizationId, userId, role) {
      await db.updateTable('memberships').set({ role }).where('organization_id', '=', organizationId).where('user_id', '=', userId).execute();
    },
    async delete(organizationId, userId) {
      await db.deleteFrom('memberships').where('organization_id', '=', organizationId).where('user_id', '=', userId).execute();
    },
    async countAdmins(organizationId) {
      // Locks the org admins' rows, so two concurrent demotions of the last two admins serialize.
      const rows = await db
        .selectFrom('memberships')
        .select('user_id')
        .where('organization_id', '=', organizationId)
        .where('role', '=', 'org_admin')
        .forUpdate()
        .execute();
      return rows.length;
    },
  };
}
