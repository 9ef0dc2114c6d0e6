import type { AuditLog } from '../audit/audit.js';
import { summarizeChange } from '../audit/summarize.js';
import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { FundingCall } from './call.js';
import type { FundingErrorCode } from './errors.js';
import type { CallStore } from './ports.js';
import { callNotFound, canManageCall, canReadCall, fundingForbidden } from './policy.js';

const IGNORE = ['id', 'createdAt', 'updatedAt', 'version'];

/** Records a funding write in the audit log of the same transaction. */
export function auditFunding(
  audit: AuditLog,
  actor: Actor,
  action: string,
  entityType: 'funding_call' | 'funding_application' | 'review_assignment' | 'review' | 'grant',
  entityId: string,
  before: object | null,
  after: object | null,
  at: Date,
  note?: Record<string, unknown>,
): Promise<void> {
  const summary = summarizeChange(before, after, { ignore: IGNORE });
  if (note) summary.note = note;
  return audit.record({ actor, action: `${entityType}.${action}`, entityType, entityId, summary, at });
}

/** Loads a call the actor may see (others are hidden as not found). */
export async function loadReadableCall(calls: CallStore, actor: Actor, id: string, lock = false): Promise<FundingCall> {
  const call = lock ? await calls.findByIdForUpdate(id) : await calls.findById(id);
  if (!call || !canReadCall(actor, call)) throw callNotFound(id);
  return call;
}

/** Loads a call the actor manages: not found when they cannot see it, FUNDING_FORBIDDEN when they see but do not manage it. */
export async function loadManagedCall(calls: CallStore, actor: Actor, id: string, lock = false): Promise<FundingCall> {
  const call = await loadReadableCall(calls, actor, id, lock);
  if (!canManageCall(actor, call)) throw fundingForbidden('Only the funder’s staff manage this call.');
  return call;
}

export function checkVersion(current: { version: number }, version: number, what: string): void {
  if (current.version !== version) {
    throw new DomainError<FundingErrorCode>('FUNDING_VERSION_CONFLICT', `The ${what} was changed by someone else since you loaded it. Reload and apply your change again.`, {
      current_version: current.version,
      your_version: version,
    });
  }
}

export const conflict = () =>
  new DomainError<FundingErrorCode>('FUNDING_VERSION_CONFLICT', 'The record was changed concurrently. Reload and retry.');
