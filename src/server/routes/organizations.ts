import { z } from 'zod';
import type { AppDeps } from '../../compose.js';
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizations,
  updateOrganization,
} from '../../core/organizations/manage-organization.js';
import type { OrganizationType } from '../../core/organizations/organization.js';
import type { ZApp } from '../app.js';
import { ErrorBody, IdParams, Organization, OrganizationBody, OrganizationPatch, OrganizationQuery, pageOf } from '../contracts.js';
import { organizationInputFromBody, presentOrganization } from '../presenters.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function organizationRoutes(app: ZApp, deps: AppDeps) {
  const d = deps.organizations;
  app.get(
    '/api/organizations',
    { config: { permission: 'organization:read' }, schema: { tags: ['organizations'], summary: 'List organizations', querystring: OrganizationQuery, response: { 200: pageOf(Organization), ...errors } } },
    async (req) => {
      const q = req.query;
      const page = await listOrganizations(
        d,
        { q: q.q, types: q.type as OrganizationType[] | undefined, countries: q.country?.map((c) => c.toUpperCase()), sort: q.sort },
        { page: q.page, pageSize: q.page_size },
      );
      return { items: page.items.map(presentOrganization), total: page.total, page: page.page, page_size: page.pageSize };
    },
  );

  app.post(
    '/api/organizations',
    { config: { permission: 'organization:create' }, schema: { tags: ['organizations'], summary: 'Create an organization (the creator becomes its org admin)', body: OrganizationBody, response: { 201: Organization, ...errors } } },
    async (req, reply) => {
      const org = await createOrganization(d, req.actor, organizationInputFromBody(req.body));
      return reply.code(201).send(presentOrganization({ ...org, listingCount: 0 }));
    },
  );

  app.get(
    '/api/organizations/:id',
    { config: { permission: 'organization:read' }, schema: { tags: ['organizations'], summary: 'One organization', params: IdParams, response: { 200: Organization, ...errors } } },
    async (req) => presentOrganization(await getOrganization(d, req.params.id)),
  );

  app.patch(
    '/api/organizations/:id',
    {
      config: { permission: 'organization:update' },
      schema: { tags: ['organizations'], summary: 'Change an organization (optimistic concurrency: send its version)', params: IdParams, body: OrganizationPatch, response: { 200: Organization, ...errors } },
    },
    async (req) => {
      const { version, ...rest } = req.body;
      const patch = Object.fromEntries(Object.entries(organizationInputFromBody(rest)).filter(([, v]) => v !== undefined));
      return presentOrganization(await updateOrganization(d, req.actor, req.params.id, version, patch));
    },
  );

  app.delete(
    '/api/organizations/:id',
    {
      config: { permission: 'organization:delete' },
      schema: {
        tags: ['organizations'],
        summary: 'Delete an organization that owns no listings',
        params: IdParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await deleteOrganization(d, req.actor, req.params.id, req.query.version);
      return reply.code(204).send(null);
    },
  );
}
