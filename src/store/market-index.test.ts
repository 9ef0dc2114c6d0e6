import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated, testDatabases } from '../../test/support/databases.js';
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

describe.each(testDatabases())('the index snapshot on $kind', (factory) => {
  let database: Database;
  let dir: string;

  beforeAll(async () => {
    database = await openMigrated(factory);
    await seedDemo(database, new Date(NOW));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ittc-snapshot-'));
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /**
   * What both audiences get for a few queries: the answers two indexes over the same listings
   * must share (hits of equal score in id order: their order follows insertion).
   */
  const answers = async (index: ReturnType<typeof createLiveMarketIndex>) => {
    const out: unknown[] = [];
    const byScore = <T extends { id: string; score: number }>(hits: T[]) => [...hits].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    for (const audience of ['public', 'members'] as const) {
      for (const text of ['固态电池', 'battery recycling', 'SNAPSHOTMARK', '机器人 vision', '']) {
        const r = await index.search(audience, { text, limit: 200 });
        out.push({ ...r, hits: byScore(r.hits) });
      }
      out.push(await index.matches(audience, { id: 'q', title: '钠离子电池 sodium-ion battery', kind: 'technology_request' }, { limit: 10 }));
    }
    return out;
  };

  it('is written after a build, loaded at the next start and brought up to date with every change made meanwhile, logged or not', async () => {
    const file = path.join(dir, 'market.snapshot');
    const marker = 'CONFIDENTIAL-SNAPSHOT-MARKER-7f3a';
    const published = await database.db.selectFrom('listings').select(['id', 'visibility']).where('status', '=', 'published').orderBy('id').execute();
    await database.db.updateTable('listings').set({ confidential_details: marker }).where('status', '=', 'published').execute();

    const first = createLiveMarketIndex(database.db, () => NOW, { analysisThreads: 0, snapshotFile: file });
    const built = await first.ready();
    expect(built.source).toBe('database');
    expect(built.snapshot?.writtenBytes).toBe(fs.statSync(file).size);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    // Confidential details never enter the index, so never its snapshot.
    expect(fs.readFileSync(file).includes(Buffer.from(marker))).toBe(false);

    // While no server runs: direct SQL (nothing in the change log) edits one listing's title,
    // makes a public one members-only, withdraws one and publishes a draft.
    const [edited, hidden, withdrawn] = [published[0]!, published.find((l) => l.visibility === 'public' && l.id !== published[0]!.id)!, published[2]!];
    await database.db.updateTable('listings').set({ title: 'SNAPSHOTMARK solid electrolyte' }).where('id', '=', edited.id).execute();
    await database.db.updateTable('listings').set({ visibility: 'members' }).where('id', '=', hidden.id).execute();
    await database.db.updateTable('listings').set({ status: 'archived' }).where('id', '=', withdrawn.id).execute();
    const draft = await database.db.selectFrom('listings').select('id').where('status', '!=', 'published').where('id', '!=', withdrawn.id).executeTakeFirst();
    if (draft) await database.db.updateTable('listings').set({ status: 'published', published_at: new Date(NOW) }).where('id', '=', draft.id).execute();

    const second = createLiveMarketIndex(database.db, () => NOW, { analysisThreads: 0, snapshotFile: file });
    const loaded = await second.ready();
    expect(loaded.source).toBe('snapshot');
    expect(loaded.snapshot).toMatchObject({ refused: null, removed: 1, updated: draft ? 3 : 2 });
    const fresh = createLiveMarketIndex(database.db, () => NOW, { analysisThreads: 0 });
    expect(loaded.documents).toEqual((await fresh.ready()).documents);
    expect(await answers(second)).toEqual(await answers(fresh));
    expect((await second.search('members', { text: 'SNAPSHOTMARK' })).hits.map((h) => h.id)).toEqual([edited.id]);
    expect((await second.search('public', { text: 'SNAPSHOTMARK' })).hits.map((h) => h.id)).toEqual(edited.visibility === 'public' ? [edited.id] : []);

    // The snapshot was rewritten with the changes: a third start has nothing to do.
    const third = createLiveMarketIndex(database.db, () => NOW, { analysisThreads: 0, snapshotFile: file });
    expect((await third.ready()).snapshot).toMatchObject({ refused: null, removed: 0, updated: 0 });
    expect(await answers(third)).toEqual(await answers(fresh));
  }, 120_000);

  it('builds from the database when the snapshot is damaged, and replaces it', async () => {
    const file = path.join(dir, 'damaged.snapshot');
    await createLiveMarketIndex(database.db, () => NOW, { analysisThreads: 0, snapshotFile: file }).ready();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const index = createLiveMarketIndex(database.db, () => NOW, { analysisThreads: 0, snapshotFile: file });
    const stats = await index.ready();
    expect(stats.source).toBe('database');
    expect(stats.snapshot?.refused).toMatch(/^MATCH_SNAPSHOT_INVALID/);
    expect(fs.statSync(file).size).toBe(bytes.length);
    fs.writeFileSync(file, 'not a snapshot at all');
    expect((await createLiveMarketIndex(database.db, () => NOW, { analysisThreads: 0, snapshotFile: file }).ready()).snapshot?.refused).toMatch(/^MATCH_SNAPSHOT_INVALID/);
    // A snapshot that cannot be written (its directory is a file) does not keep the index from serving.
    const blocked = createLiveMarketIndex(database.db, () => NOW, { analysisThreads: 0, snapshotFile: path.join(file, 'market.snapshot') });
    const built = await blocked.ready();
    expect(built.snapshot?.writeError).toMatch(/ENOTDIR|EEXIST/);
    expect((await blocked.search('members', { text: '固态电池' })).total).toBeGreaterThan(0);
    // The server's stop tries again, and says so when it fails.
    await expect(blocked.saveSnapshot()).rejects.toThrow(/ENOTDIR|EEXIST/);
  }, 120_000);
});
