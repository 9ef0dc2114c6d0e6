import { authorize } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import type { Page, PageRequest } from '../shared/ports.js';
import type { AuditEntry, AuditFilter, AuditReader } from './audit.js';

/** Audit entries matching `filter`, newest first. Administrators only. Errors: authorization codes. */
export function listAuditEntries(deps: { audit: AuditReader }, actor: Actor, filter: AuditFilter, page: PageRequest): Promise<Page<AuditEntry>> {
  authorize(actor, 'admin:read');
  return deps.audit.list(filter, page);
}
