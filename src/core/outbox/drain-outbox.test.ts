import { describe, expect, it } from 'vitest';
import { DRAIN_POLICY, drainOutbox, retryDelayMs } from './drain-outbox.js';
import type { MailTransport, OutboxMessage, OutboxStore } from './message.js';

/** An in-memory outbox with the store's claiming semantics. */
function memoryOutbox(): OutboxStore & { rows: OutboxMessage[] } {
  const rows: OutboxMessage[] = [];
  let id = 0;
  return {
    rows,
    async enqueue(m) {
      rows.push({ id: ++id, to: m.to, subject: m.subject, text: m.text, kind: m.kind, userId: m.userId ?? null, createdAt: m.at, status: 'queued', attempts: 0, nextAttemptAt: m.at, sentAt: null, transport: null, lastError: null });
    },
    async claimDue(now, limit) {
      const due = rows.filter((r) => r.status === 'queued' && r.nextAttemptAt <= now).slice(0, limit);
      for (const r of due) r.status = 'sending';
      return due.map((r) => ({ ...r }));
    },
    async markSent(mid, at, transport) {
      Object.assign(rows.find((r) => r.id === mid)!, { status: 'sent', sentAt: at, transport });
    },
    async markFailed(mid, error, retryAt) {
      const r = rows.find((x) => x.id === mid)!;
      Object.assign(r, { status: retryAt ? 'queued' : 'failed', attempts: r.attempts + 1, lastError: error, nextAttemptAt: retryAt ?? r.nextAttemptAt });
    },
    async list() {
      return { items: rows, total: rows.length, page: 1, pageSize: rows.length };
    },
  };
}

describe('the outbox sender', () => {
  const t0 = new Date('2026-01-01T00:00:00Z');

  it('sends every due message once and marks it sent', async () => {
    const outbox = memoryOutbox();
    for (let i = 0; i < 45; i++) await outbox.enqueue({ to: `u${i}@x.org`, subject: 's', text: 't', kind: 'k', at: t0 });
    const sent: string[] = [];
    const transport: MailTransport = { name: 'test', send: async (m) => void sent.push(m.to) };
    expect(await drainOutbox({ outbox, transport, clock: { now: () => t0 } })).toEqual({ sent: 45, failed: 0 });
    expect(new Set(sent).size).toBe(45);
    expect(outbox.rows.every((r) => r.status === 'sent' && r.transport === 'test')).toBe(true);
    expect(await drainOutbox({ outbox, transport, clock: { now: () => t0 } })).toEqual({ sent: 0, failed: 0 });
  });

  it('retries a failed message later with back-off and gives up after the last attempt', async () => {
    const outbox = memoryOutbox();
    await outbox.enqueue({ to: 'down@x.org', subject: 's', text: 't', kind: 'k', at: t0 });
    let now = t0;
    const transport: MailTransport = { name: 'test', send: async () => Promise.reject(new Error('connection refused')) };
    expect(await drainOutbox({ outbox, transport, clock: { now: () => now } })).toEqual({ sent: 0, failed: 1 });
    expect(outbox.rows[0]).toMatchObject({ status: 'queued', attempts: 1, lastError: 'connection refused' });
    expect(outbox.rows[0]!.nextAttemptAt.getTime() - t0.getTime()).toBe(retryDelayMs(1));
    expect(await drainOutbox({ outbox, transport, clock: { now: () => now } })).toEqual({ sent: 0, failed: 0 }); // not due yet
    for (let i = 1; i < DRAIN_POLICY.maxAttempts; i++) {
      now = outbox.rows[0]!.nextAttemptAt;
      await drainOutbox({ outbox, transport, clock: { now: () => now } });
    }
    expect(outbox.rows[0]).toMatchObject({ status: 'failed', attempts: DRAIN_POLICY.maxAttempts });
  });

  it('doubles the retry delay up to its cap', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n))).toEqual([60_000, 120_000, 240_000]);
    expect(retryDelayMs(30)).toBe(DRAIN_POLICY.retryMaxMs);
  });
});
