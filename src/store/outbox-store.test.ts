import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/support/databases.js';
import { drainOutbox } from '../core/outbox/drain-outbox.js';
import type { Database } from './db.js';
import { migrate } from './migrate.js';
import { createOutboxStore } from './outbox-store.js';

const t0 = new Date('2026-11-26T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const msg = (to: string, when = t0) => ({ to, subject: 'Subject', text: 'Text', kind: 'test', at: when });

describe.each(testDatabases())('the outbox store on $kind', (factory) => {
  let database: Database;

  beforeAll(async () => {
    database = await factory.open();
    await migrate(database);
  }, 60_000);
  afterAll(async () => database?.close());

  it('queues a message only if the transaction that queued it commits', async () => {
    await expect(
      database.db.transaction().execute(async (tx) => {
        await createOutboxStore(tx).enqueue(msg('rolled.back@example.org'));
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    await database.db.transaction().execute(async (tx) => createOutboxStore(tx).enqueue(msg('Committed@Example.org')));
    const store = createOutboxStore(database.db);
    expect((await store.list({ to: 'rolled.back@example.org' }, { page: 1, pageSize: 10 })).total).toBe(0);
    expect((await store.list({ to: 'COMMITTED@example.org' }, { page: 1, pageSize: 10 })).items.map((m) => m.to)).toEqual(['committed@example.org']);
  });

  it('hands each due message to one sender only, even to concurrent ones', async () => {
    const store = createOutboxStore(database.db);
    for (let i = 0; i < 30; i++) await store.enqueue(msg(`c${i}@example.org`, at(1000)));
    await store.enqueue(msg('later@example.org', at(3_600_000)));
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => store.claimDue(at(2000), 12, t0)));
    const claimed = [...a!, ...b!, ...c!].map((m) => m.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    const mine = [...a!, ...b!, ...c!].filter((m) => /^c\d+@/.test(m.to));
    expect(mine).toHaveLength(30);
    expect([...a!, ...b!, ...c!].some((m) => m.to === 'later@example.org')).toBe(false);
    expect(await store.claimDue(at(2000), 50, t0)).toEqual([]);
    // A sender that died leaves messages `sending`; after the stale time they are claimed again.
    expect((await store.claimDue(at(3000), 50, at(2001))).length).toBeGreaterThanOrEqual(30);
  });

  it('is drained: sent messages are marked, failures retried later', async () => {
    const store = createOutboxStore(database.db);
    await store.enqueue(msg('ok@drain.example.org', at(10_000)));
    await store.enqueue(msg('bounce@drain.example.org', at(10_000)));
    const transport = {
      name: 'test',
      send: async (m: { to: string }) => {
        if (m.to.startsWith('bounce')) throw new Error('550 mailbox unavailable');
      },
    };
    const result = await drainOutbox({ outbox: store, transport, clock: { now: () => at(20_000) } });
    expect(result.failed).toBe(1);
    const ok = (await store.list({ to: 'ok@drain.example.org' }, { page: 1, pageSize: 5 })).items[0]!;
    expect(ok).toMatchObject({ status: 'sent', transport: 'test', attempts: 1 });
    const bounce = (await store.list({ to: 'bounce@drain.example.org' }, { page: 1, pageSize: 5 })).items[0]!;
    expect(bounce).toMatchObject({ status: 'queued', attempts: 1, lastError: '550 mailbox unavailable' });
    expect(bounce.nextAttemptAt.getTime()).toBe(at(80_000).getTime());
  });
});
