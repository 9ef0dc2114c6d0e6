import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './db.js';
import { createLiveMarketIndex } from './market-index.js';
import { migrate } from './migrate.js';
import { seedDemo } from './seed-demo.js';

const NOW = Date.parse('2026-11-26T09:00:00Z');

describe('the live market index', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrate(database);
    await seedDemo(database, new Date(NOW));
  }, 60_000);
  afterAll(async () => database?.close());

  it('builds the same index with analysis threads as on the main thread', async () => {
    const single = createLiveMarketIndex(database.db, () => NOW, { analysisThreads: 0 });
    const threaded = createLiveMarketIndex(database.db, () => NOW, { analysisThreads: 2, threadsFrom: 0 });
    const a = await single.ready();
    const b = await threaded.ready();
    expect(a.analysisThreads).toBe(0);
    expect(b.analysisThreads).toBe(2);
    expect(b.documents).toEqual(a.documents);
    expect(a.documents.members).toBeGreaterThan(20);
    for (const text of ['固态电池', 'battery recycling', '机器人 vision', 'hydrogen 燃料电池']) {
      for (const audience of ['public', 'members'] as const) {
        const x = await single.search(audience, { text, limit: 10 });
        const y = await threaded.search(audience, { text, limit: 10 });
        expect(y.hits.map((h) => [h.id, h.score])).toEqual(x.hits.map((h) => [h.id, h.score]));
        expect(y.total).toBe(x.total);
      }
    }
    const query = { id: 'q', title: '钠离子电池 sodium-ion battery cathode', kind: 'technology_request' as const, sectors: ['ind-energy-storage'] };
    const m = await single.matches('members', query, { limit: 5 });
    expect(m.length).toBeGreaterThan(0);
    expect(await threaded.matches('members', query, { limit: 5 })).toEqual(m);
  }, 60_000);
});
