import { z } from 'zod';
import type { AppDeps } from '../../compose.js';
import { listUsers, setPlatformRoles } from '../../core/accounts/manage-users.js';
import { normalizeEmail } from '../../core/accounts/user.js';
import { listAuditEntries } from '../../core/audit/query-audit.js';
import { listOutbox } from '../../core/outbox/query-outbox.js';
import { PLATFORM_ROLES, type PlatformRole } from '../../core/shared/actor.js';
import { DomainError } from '../../core/shared/domain-error.js';
import { AdminUser, AdminUserQuery, AuditEntry, AuditQuery, OutboxMessage, OutboxQuery, RolesBody, User } from '../account-contracts.js';
import { presentAuditEntry, presentOutboxMessage, presentUser } from '../account-presenters.js';
import type { ZApp } from '../app.js';
import { ErrorBody, IdParams, pageOf } from '../contracts.js';

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** A date (YYYY-MM-DD) or date-time, or a VALIDATION_FAILED naming the parameter. */
function parseInstant(value: string | undefined, path: string): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    throw new DomainError('VALIDATION_FAILED', `${path} must be a date (YYYY-MM-DD) or an ISO date-time.`, { issues: [{ path, message: 'Not a date.' }] });
  }
  return d;
}

/** Administrators: users and platform roles, the outbox, the audit log. */
export function adminRoutes(app: ZApp, deps: AppDeps) {
  const d = deps.accounts;

  app.get(
    '/api/admin/users',
    {
      config: { permission: 'admin:read' },
      schema: { tags: ['admin'], summary: 'Users, with filters (q: e-mail or name; role)', querystring: AdminUserQuery, response: { 200: pageOf(AdminUser), ...errors } },
    },
    async (req) => {
      const q = req.query;
      const role = q.role && (PLATFORM_ROLES as readonly string[]).includes(q.role) ? (q.role as PlatformRole) : undefined;
      if (q.role && !role) throw new DomainError('ROLE_INVALID', `role must be one of ${PLATFORM_ROLES.join(', ')}.`, { issues: [{ path: 'role', message: 'Unknown role.' }] });
      const page = await listUsers(d, req.actor, { q: q.q, role }, { page: q.page, pageSize: q.page_size });
      return {
        items: page.items.map((u) => ({ ...presentUser(u), membership_count: u.membershipCount })),
        total: page.total,
        page: page.page,
        page_size: page.pageSize,
      };
    },
  );

  app.patch(
    '/api/admin/users/:id',
    {
      config: { permission: 'admin:write' },
      schema: {
        tags: ['admin'],
        summary: 'Set a user’s platform roles (broker, programme_manager, funder, admin)',
        params: IdParams,
        body: RolesBody,
        response: { 200: z.object({ user: User }), ...errors },
      },
    },
    async (req) => ({ user: presentUser(await setPlatformRoles(d, req.actor, req.params.id, req.body.roles)) }),
  );

  app.get(
    '/api/admin/outbox',
    {
      config: { permission: 'admin:read' },
      schema: {
        tags: ['admin'],
        summary: 'Queued and sent e-mails with their text (filter by recipient: ?to=EMAIL)',
        querystring: OutboxQuery,
        response: { 200: pageOf(OutboxMessage), ...errors },
      },
    },
    async (req) => {
      const q = req.query;
      const page = await listOutbox({ outbox: deps.mail.outbox }, req.actor, { to: q.to, status: q.status, kind: q.kind }, { page: q.page, pageSize: q.page_size });
      return { items: page.items.map(presentOutboxMessage), total: page.total, page: page.page, page_size: page.pageSize };
    },
  );

  app.get(
    '/api/admin/audit',
    {
      config: { permission: 'admin:read' },
      schema: {
        tags: ['admin'],
        summary: 'The audit log, newest first (filters: actor, entity_type, entity_id, action, from, to)',
        querystring: AuditQuery,
        response: { 200: pageOf(AuditEntry), ...errors },
      },
    },
    async (req) => {
      const q = req.query;
      let actorUserId: string | undefined;
      if (q.actor) {
        if (isUuid(q.actor)) actorUserId = q.actor.toLowerCase();
        else actorUserId = (await d.users.findByEmail(normalizeEmail(q.actor)))?.id ?? '00000000-0000-0000-0000-000000000000';
      }
      const page = await listAuditEntries(
        deps,
        req.actor,
        { actorUserId, entityType: q.entity_type, entityId: q.entity_id, action: q.action, from: parseInstant(q.from, 'from'), to: parseInstant(q.to, 'to') },
        { page: q.page, pageSize: q.page_size },
      );
      return { items: page.items.map(presentAuditEntry), total: page.total, page: page.page, page_size: page.pageSize };
    },
  );
}
