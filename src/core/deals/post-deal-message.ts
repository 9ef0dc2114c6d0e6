import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import type { Page, PageRequest } from '../shared/ports.js';
import { DEAL_LIMITS, type DealMessage } from './deal.js';
import type { DealErrorCode } from './errors.js';
import type { DealDeps } from './ports.js';
import { actingRole, authorizeDealCall, canReadThread, canWriteToThread, threadForbidden } from './deal-policy.js';
import { closedDeal, eventOf, loadVisible } from './deal-helpers.js';

const fail = (code: DealErrorCode, message: string, details?: Record<string, unknown>) => new DomainError<DealErrorCode>(code, message, details);

/**
 * Posts a message to the deal's thread (between the parties and the brokers), with its timeline
 * event, in one transaction. The audit log records that a message was posted, never its text.
 * Errors: AUTH_REQUIRED and the route-level codes of authorize.ts, DEAL_NOT_FOUND, DEAL_CLOSED, DEAL_FIELD_REQUIRED, DEAL_TEXT_TOO_LONG.
 */
export async function postDealMessage(deps: DealDeps, actor: Actor, dealId: string, body: string): Promise<DealMessage> {
  authorizeDealCall(actor, 'deal:act');
  const text = (body ?? '').normalize('NFC').trim();
  if (text.length === 0) {
    throw fail('DEAL_FIELD_REQUIRED', 'A message needs some text.', { issues: [{ path: 'body', message: 'Required.' }] });
  }
  const n = [...text].length;
  if (n > DEAL_LIMITS.threadMessage) {
    throw fail('DEAL_TEXT_TOO_LONG', `The message is ${n} characters long; the limit is ${DEAL_LIMITS.threadMessage}.`, {
      issues: [{ path: 'body', message: 'Too long.' }],
    });
  }
  if (actor.kind !== 'user') throw fail('DEAL_ACTION_FORBIDDEN', 'Only people can post to a deal thread.');
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const { deal, roles } = await loadVisible(tx.deals, actor, dealId);
    if (!canReadThread(actor, deal)) throw threadForbidden();
    if (!canWriteToThread(actor, deal)) throw closedDeal(deal.stage);
    const role = actingRole(roles);
    const message: DealMessage = { id: deps.ids.newId(), dealId: deal.id, authorUserId: actor.userId, authorRole: role, body: text, createdAt: now };
    await tx.messages.insert(message);
    await tx.deals.appendEvent(eventOf(deps.ids.newId(), deal, actor, role, 'message_posted', now, { message_id: message.id }));
    await tx.audit.record({
      actor,
      action: 'deal.message',
      entityType: 'deal_message',
      entityId: message.id,
      at: now,
      // The text is named, never stored.
      summary: { changed: ['body'], note: { deal_id: deal.id, author_role: role, length: n } },
    });
    return message;
  });
}

/** The deal's thread, oldest first. Errors: AUTH_REQUIRED and the route-level codes of authorize.ts, DEAL_NOT_FOUND. */
export async function listDealMessages(deps: Pick<DealDeps, 'deals' | 'messages'>, actor: Actor, dealId: string, page: PageRequest): Promise<Page<DealMessage>> {
  authorizeDealCall(actor, 'deal:read');
  const { deal } = await loadVisible(deps.deals, actor, dealId);
  if (!canReadThread(actor, deal)) throw threadForbidden();
  return deps.messages.list(deal.id, page);
}
