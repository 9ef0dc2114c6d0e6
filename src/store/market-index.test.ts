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

  it("gives visitors only public listings, in results, totals and facets, and all published ones to members", async () => {
    const index = createLiveMarketIndex(database.db, () => NOW, { analysisThreads: 0 });
    const stats = await index.ready();
    const rows = await database.db.selectFrom('listings').select(['id', 'title', 'visibility']).where('status', '=', 'published').execute();
    const membersOnly = rows.filter((r) => r.visibility !== 'public');
    expect(membersOnly.length).toBeGreaterThan(0);
    expect(stats.documents).toEqual({ public: rows.length - membersOnly.length, members: rows.length });
    const hidden = new Set(membersOnly.map((r) => r.id));
    const browsePublic = await index.search('public', { limit: 200 });
    const browseMembers = await index.search('members', { limit: 200 });
    expect(browsePublic.total).toBe(rows.length - membersOnly.length);
    expect(browseMembers.total).toBe(rows.length);
    expect(browsePublic.hits.filter((h) => hidden.has(h.id))).toEqual([]);
    const sum = (r: typeof browsePublic) => r.facets!.kind.reduce((a, f) => a + f.count, 0);
    expect(sum(browsePublic)).toBe(browsePublic.total);
    for (const r of membersOnly) {
      // Each members-only listing's own title finds it for members and never for visitors.
      const pub = await index.search('public', { text: r.title, limit: 50 });
      expect(pub.hits.map((h) => h.id)).not.toContain(r.id);
      expect((await index.search('members', { text: r.title, limit: 50 })).hits.map((h) => h.id)).toContain(r.id);
      const query = { id: `q-${r.id}`, title: r.title };
      expect((await index.similar('public', query, { limit: 50 })).map((h) => h.id)).not.toContain(r.id);
      for (const kind of ['technology_request', 'technology_offer'] as const) {
        expect((await index.matches('public', { ...query, kind }, { limit: 50 })).map((h) => h.id)).not.toContain(r.id);
        const partners = await index.partners('public', { ...query, kind }, { limit: 50 });
        expect(partners.flatMap((p) => p.listings.map((l) => l.id)).filter((id) => hidden.has(id))).toEqual([]);
      }
    }
  }, 60_000);
});
