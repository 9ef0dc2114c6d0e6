import type { Page, PageRequest } from '../shared/ports.js';

/** A message to send, as use cases queue it (plain text; never confidential listing text). */
export type NewMessage = {
  to: string;
  subject: string;
  text: string;
  /** What it is about, e.g. verify_email, reset_password, deal_interest. */
  kind: string;
  userId?: string | null;
  at: Date;
};

export const MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export type OutboxMessage = {
  id: number;
  to: string;
  subject: string;
  text: string;
  kind: string;
  userId: string | null;
  createdAt: Date;
  status: MessageStatus;
  attempts: number;
  nextAttemptAt: Date;
  sentAt: Date | null;
  /** How it left: smtp, or log (development without SMTP). */
  transport: string | null;
  lastError: string | null;
};

/**
 * The outbox, bound to the transaction of the write that causes the message: the message is
 * queued if and only if the write commits. A mail sender drains it (drain-outbox.ts).
 */
export type Outbox = { enqueue: (message: NewMessage) => Promise<void> };

export type OutboxFilter = { to?: string; status?: MessageStatus; kind?: string };

export type OutboxStore = Outbox & {
  /**
   * Marks up to `limit` due messages as being sent and returns them (queued ones whose next
   * attempt is due, and ones left `sending` since before `staleBefore` by a crashed sender).
   */
  claimDue: (now: Date, limit: number, staleBefore: Date) => Promise<OutboxMessage[]>;
  markSent: (id: number, at: Date, transport: string) => Promise<void>;
  /** Records a failed attempt; `retryAt` null means give up (status failed). */
  markFailed: (id: number, error: string, retryAt: Date | null) => Promise<void>;
  list: (filter: OutboxFilter, page: PageRequest) => Promise<Page<OutboxMessage>>;
};

/** Delivers one message (SMTP, or the log in development). */
export type MailTransport = { name: string; send: (message: OutboxMessage) => Promise<void> };
