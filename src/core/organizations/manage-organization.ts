import { authorize } from '../accounts/authorize.js';
import { summarizeChange } from '../audit/summarize.js';
import type { AuditLog } from '../audit/audit.js';
import { DomainError } from '../shared/domain-error.js';
import type { Actor } from '../shared/actor.js';
import type { Page, PageRequest } from '../shared/ports.js';
import type { OrganizationErrorCode } from './errors.js';
import type { Organization } from './organization.js';
import type { OrganizationDeps, OrganizationFilter, OrganizationStore, OrganizationWithCounts } from './ports.js';
import { validateOrganization, type OrganizationInput } from './validate-organization.js';

const fail = (code: OrganizationErrorCode, message: string, details?: Record<string, unknown>) => new DomainError(code, message, details);
const notFound = (id: string) => fail('ORGANIZATION_NOT_FOUND', 'No such organization.', { id });

async function assertRorFree(store: OrganizationStore, rorId: string | null, selfId?: string) {
  if (!rorId) return;
  const other = await store.findByRorId(rorId);
  if (other && other.id !== selfId) {
    throw fail('ORGANIZATION_ROR_ID_TAKEN', 'Another organization already has this ROR id.', {
      existing_organization_id: other.id,
      issues: [{ path: 'ror_id', message: 'Already registered.' }],
    });
  }
}

const ORGANIZATION_AUDIT = { ignore: ['id', 'createdAt', 'updatedAt', 'version'] };

const auditOrganization = (audit: AuditLog, actor: Actor, action: string, before: Organization | null, after: Organization | null, at: Date) =>
  audit.record({
    actor,
    action: `organization.${action}`,
    entityType: 'organization',
    entityId: (after ?? before)!.id,
    summary: summarizeChange(before, after, ORGANIZATION_AUDIT),
    at,
  });

/**
 * Creates an organization; a signed-in creator becomes its org admin.
 * Errors: validation codes, ORGANIZATION_ROR_ID_TAKEN, the authorization codes.
 */
export async function createOrganization(deps: OrganizationDeps, actor: Actor, input: OrganizationInput): Promise<Organization> {
  authorize(actor, 'organization:create');
  const fields = validateOrganization(input);
  const now = deps.clock.now();
  const org: Organization = { ...fields, id: deps.ids.newId(), createdAt: now, updatedAt: now, version: 1 };
  await deps.unitOfWork(async (tx) => {
    await assertRorFree(tx.organizations, org.rorId);
    await tx.organizations.insert(org);
    if (actor.kind === 'user') await tx.memberships.insert({ organizationId: org.id, userId: actor.userId, role: 'org_admin', createdAt: now });
    await auditOrganization(tx.audit, actor, 'create', null, org, now);
  });
  return org;
}

/**
 * Changes an organization at `version` (its org admins, brokers, administrators).
 * Errors: ORGANIZATION_NOT_FOUND, ORGANIZATION_VERSION_CONFLICT, validation codes, the authorization codes.
 */
export async function updateOrganization(
  deps: OrganizationDeps,
  actor: Actor,
  id: string,
  version: number,
  patch: Partial<OrganizationInput>,
): Promise<Organization> {
  return deps.unitOfWork(async (tx) => {
    const current = await tx.organizations.findById(id);
    if (!current) throw notFound(id);
    authorize(actor, 'organization:update', { kind: 'organization', organizationId: id });
    if (current.version !== version) {
      throw fail('ORGANIZATION_VERSION_CONFLICT', 'The organization was changed by someone else. Reload and apply your change again.', {
        current_version: current.version,
        your_version: version,
      });
    }
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const fields = validateOrganization({ ...current, ...defined });
    await assertRorFree(tx.organizations, fields.rorId, id);
    const next: Organization = { ...current, ...fields, updatedAt: deps.clock.now(), version: version + 1 };
    if (!(await tx.organizations.update(next, version))) throw fail('ORGANIZATION_VERSION_CONFLICT', 'Changed concurrently. Reload and retry.');
    await auditOrganization(tx.audit, actor, 'update', current, next, next.updatedAt);
    return next;
  });
}

/**
 * Deletes an organization that owns no listings (its org admins, administrators); its memberships go with it.
 * Errors: ORGANIZATION_NOT_FOUND, ORGANIZATION_VERSION_CONFLICT, ORGANIZATION_IN_USE, the authorization codes.
 */
export async function deleteOrganization(deps: OrganizationDeps, actor: Actor, id: string, version: number): Promise<void> {
  await deps.unitOfWork(async (tx) => {
    const current = await tx.organizations.findById(id);
    if (!current) throw notFound(id);
    authorize(actor, 'organization:delete', { kind: 'organization', organizationId: id });
    if (current.version !== version) {
      throw fail('ORGANIZATION_VERSION_CONFLICT', 'The organization was changed by someone else. Reload first.', { current_version: current.version });
    }
    const n = await tx.organizations.listingCount(id);
    if (n > 0) throw fail('ORGANIZATION_IN_USE', `The organization owns ${n} listings; withdraw or reassign them first.`, { listing_count: n });
    if (!(await tx.organizations.delete(id, version))) throw fail('ORGANIZATION_VERSION_CONFLICT', 'Changed concurrently. Reload and retry.');
    await auditOrganization(tx.audit, actor, 'delete', current, null, deps.clock.now());
  });
}

/** One organization with its listing count. Errors: ORGANIZATION_NOT_FOUND. */
export async function getOrganization(deps: Pick<OrganizationDeps, 'organizations'>, id: string): Promise<OrganizationWithCounts> {
  const org = await deps.organizations.findById(id);
  if (!org) throw notFound(id);
  return { ...org, listingCount: await deps.organizations.listingCount(id) };
}

export function listOrganizations(
  deps: Pick<OrganizationDeps, 'organizations'>,
  filter: OrganizationFilter,
  page: PageRequest,
): Promise<Page<OrganizationWithCounts>> {
  return deps.organizations.list(filter, page);
}
