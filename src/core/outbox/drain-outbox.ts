import type { Clock } from '../shared/ports.js';
import type { MailTransport, OutboxStore } from './message.js';

export type DrainDeps = { outbox: OutboxStore; transport: MailTransport; clock: Clock };

export const DRAIN_POLICY = {
  batch: 20,
  /** Attempts before a message is given up as failed. */
  maxAttempts: 8,
  /** First retry delay, doubled on each further failure, capped. */
  retryBaseMs: 60_000,
  retryMaxMs: 6 * 3_600_000,
  /** A message left `sending` this long (its sender died) is claimed again. */
  staleMs: 10 * 60_000,
};

/** The delay before retry number `attempts` (1-based), in milliseconds. */
export const retryDelayMs = (attempts: number, policy = DRAIN_POLICY): number =>
  Math.min(policy.retryBaseMs * 2 ** Math.max(0, attempts - 1), policy.retryMaxMs);

/**
 * Sends every due message once: sent ones are marked sent, failed ones are retried later with
 * exponential back-off and given up after DRAIN_POLICY.maxAttempts. Delivery is at least once.
 * Returns how many were sent and how many failed this round.
 */
export async function drainOutbox(deps: DrainDeps, policy = DRAIN_POLICY): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (;;) {
    const now = deps.clock.now();
    const batch = await deps.outbox.claimDue(now, policy.batch, new Date(now.getTime() - policy.staleMs));
    for (const message of batch) {
      try {
        await deps.transport.send(message);
        await deps.outbox.markSent(message.id, deps.clock.now(), deps.transport.name);
        sent++;
      } catch (err) {
        const attempts = message.attempts + 1;
        const retryAt = attempts >= policy.maxAttempts ? null : new Date(deps.clock.now().getTime() + retryDelayMs(attempts, policy));
        await deps.outbox.markFailed(message.id, String((err as Error)?.message ?? err).slice(0, 500), retryAt);
        failed++;
      }
    }
    if (batch.length < policy.batch) return { sent, failed };
  }
}
