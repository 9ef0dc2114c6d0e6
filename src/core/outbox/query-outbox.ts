import { authorize } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import type { Page, PageRequest } from '../shared/ports.js';
import type { OutboxFilter, OutboxMessage, OutboxStore } from './message.js';

/**
 * Queued and sent messages with their text, newest first, so that in development (and in
 * tests) a verification or reset link can be followed. Administrators only. Errors: authorization codes.
 */
export function listOutbox(deps: { outbox: Pick<OutboxStore, 'list'> }, actor: Actor, filter: OutboxFilter, page: PageRequest): Promise<Page<OutboxMessage>> {
  authorize(actor, 'admin:read');
  return deps.outbox.list(filter, page);
}
