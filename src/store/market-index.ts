import { sql, type Kysely } from 'kysely';
import { audiencesOf, toMatchDoc, type Audience } from '../core/matching/match-doc.js';
import type { MarketIndex, OrganizationNameIndex } from '../core/matching/ports.js';
import { loadAnalyzers } from '../loaders/analyzers.js';
import { createMatchEngine, type MatchEngine } from '../match/engine.js';
import { createOrgResolver, type OrgResolver } from '../match/org-resolver.js';
import { createAnalysisPool, defaultAnalysisThreads, forEachAnalyzed, THREADS_WORTHWHILE_FROM } from '../workers/analysis-pool.js';
import { rowToListing } from './listing-store.js';
import type { DB } from './schema.js';

export type MarketIndexStats = {
  documents: Record<Audience, number>;
  buildMillis: number;
  analyzerMillis: number;
  /** Threads that analyzed texts during the build (0: the main thread). */
  analysisThreads: number;
  lastSeq: number;
};

export type LiveMarketIndexOptions = {
  /** Analysis threads for the build; null or absent = one per core. */
  analysisThreads?: number | null;
  /** Below this many published listings the build runs on the main thread (default 5000). */
  threadsFrom?: number;
};

export type LiveMarketIndex = MarketIndex & {
  /** Builds the index from the database (once; later calls wait for the same build). */
  ready: () => Promise<MarketIndexStats>;
  /** Whether the index has been built (the server builds it at start; tests on first use). */
  isBuilt: () => boolean;
  /** Re-reads these listings and updates the index (after a local write). */
  refresh: (ids: string[]) => Promise<void>;
  /** Applies changes other processes logged in listing_changes since the last look. */
  catchUp: () => Promise<number>;
  stats: () => MarketIndexStats;
};

const BATCH = 2000;

/**
 * The in-process search index over published listings: one engine holding every published
 * listing, each marked with who may find it (members-only listings are left out of the public's
 * queries, their totals and facets). Built from the database on first use, updated on local
 * writes (refresh) and on writes of other processes (catchUp polls the listing_changes log).
 */
export function createLiveMarketIndex(db: Kysely<DB>, now: () => number, opts: LiveMarketIndexOptions = {}): LiveMarketIndex {
  let index: MatchEngine | null = null;
  let building: Promise<MarketIndexStats> | null = null;
  const stats: MarketIndexStats = { documents: { public: 0, members: 0 }, buildMillis: 0, analyzerMillis: 0, analysisThreads: 0, lastSeq: 0 };
  let queue: Promise<unknown> = Promise.resolve();
  // Index updates run one after another so a slow reload never overwrites a newer one.
  const serial = <T>(f: () => Promise<T>): Promise<T> => {
    const p = queue.then(f, f);
    queue = p.catch(() => {});
    return p;
  };

  const countDocuments = (e: MatchEngine): Record<Audience, number> => {
    const s = e.stats();
    return { public: s.publicDocuments, members: s.documents };
  };

  const apply = async (ids: string[]) => {
    if (!index || ids.length === 0) return;
    const unique = [...new Set(ids)];
    const rows = await db.selectFrom('listings').selectAll().where('id', 'in', unique).execute();
    const found = new Map(rows.map((r) => [r.id, rowToListing(r)]));
    for (const id of unique) {
      const listing = found.get(id);
      if (listing && audiencesOf(listing).length > 0) index.add(toMatchDoc(listing));
      else index.remove(id);
    }
    stats.documents = countDocuments(index);
  };

  const build = async (): Promise<MarketIndexStats> => {
    const { analyzer, millis } = await loadAnalyzers();
    stats.analyzerMillis = Math.round(millis);
    const t0 = performance.now();
    const e = createMatchEngine({ analyzer, now });
    const seq = await sql<{ s: number | null }>`SELECT max(seq)::int8 AS s FROM listing_changes`.execute(db);
    stats.lastSeq = seq.rows[0]?.s ?? 0;
    const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM listings WHERE status = 'published'`.execute(db);
    const threads = (count.rows[0]?.n ?? 0) < (opts.threadsFrom ?? THREADS_WORTHWHILE_FROM) ? 0 : (opts.analysisThreads ?? defaultAnalysisThreads());
    const pool = await createAnalysisPool(analyzer, { threads });
    stats.analysisThreads = pool.threads;
    // Listings are analyzed on the pool's threads.
    async function* batches() {
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        // Each page is a short range of the published-listings index (migration 0014). Told nothing,
        // the planner may sort a bitmap scan of everything past `after` for every page when the
        // table has no statistics yet (just loaded): 1.6 s a page at 1M listings instead of 5 ms.
        const rows = await db.transaction().execute(async (tx) => {
          await sql`SET LOCAL enable_bitmapscan = off`.execute(tx);
          await sql`SET LOCAL enable_sort = off`.execute(tx);
          return tx.selectFrom('listings').selectAll().where('status', '=', 'published').where('id', '>', after).orderBy('id').limit(BATCH).execute();
        });
        yield rows.map(rowToListing);
        if (rows.length < BATCH) return;
        after = rows[rows.length - 1]!.id;
      }
    }
    try {
      await forEachAnalyzed(pool, batches(), toMatchDoc, (listing, doc, terms) => {
        if (audiencesOf(listing).length > 0) e.add(doc, terms);
      });
    } finally {
      await pool.close();
    }
    e.seal();
    index = e;
    stats.buildMillis = Math.round(performance.now() - t0);
    stats.documents = countDocuments(e);
    return { ...stats };
  };

  const ready = () => (building ??= build());
  const engine = async () => {
    await ready();
    return index!;
  };
  const publicOnly = (a: Audience) => a === 'public';

  return {
    ready,
    isBuilt: () => index !== null,
    refresh: async (ids) => {
      if (!building) return; // not built yet: the build will read the current rows
      await ready();
      await serial(() => apply(ids));
    },
    catchUp: async () => {
      if (!building) return 0;
      await ready();
      return serial(async () => {
        const rows = await db
          .selectFrom('listing_changes')
          .select(['seq', 'listing_id'])
          .where('seq', '>', stats.lastSeq)
          .orderBy('seq')
          .limit(10_000)
          .execute();
        if (rows.length === 0) return 0;
        await apply(rows.map((r) => r.listing_id));
        stats.lastSeq = Number(rows[rows.length - 1]!.seq);
        return rows.length;
      });
    },
    stats: () => ({ ...stats }),
    search: async (a, params) => (await engine()).search({ ...params, publicOnly: publicOnly(a) }),
    matches: async (a, q, opts) => (await engine()).matches(q, { ...opts, publicOnly: publicOnly(a) }),
    similar: async (a, q, opts) => (await engine()).similar(q, { ...opts, publicOnly: publicOnly(a) }),
    partners: async (a, q, opts) => (await engine()).partners(q, { ...opts, publicOnly: publicOnly(a) }),
    classify: async (q) => (await engine()).classify(q),
  };
}

/**
 * Name resolution over the organization registry, rebuilt when organizations change (checked by
 * count and last update at most every few seconds).
 */
export function createOrganizationNameIndex(db: Kysely<DB>): OrganizationNameIndex {
  let resolver: OrgResolver | null = null;
  let signature = '';
  let checkedAt = 0;
  let building: Promise<void> | null = null;

  const rebuild = async () => {
    const sig = await sql<{ n: number; t: Date | null }>`SELECT count(*)::int AS n, max(updated_at) AS t FROM organizations`.execute(db);
    const s = `${sig.rows[0]!.n}:${sig.rows[0]!.t?.getTime() ?? 0}`;
    if (s === signature && resolver) return;
    const rows = await db.selectFrom('organizations').select(['id', 'name', 'name_zh', 'aliases', 'acronyms', 'country', 'city']).execute();
    resolver = createOrgResolver(
      rows.map((r) => ({ id: r.id, name: r.name, nameZh: r.name_zh, aliases: r.aliases, acronyms: r.acronyms, country: r.country, city: r.city })),
    );
    signature = s;
  };

  return {
    async resolve(text, limit) {
      if (Date.now() - checkedAt > 3000 || !resolver) {
        building ??= rebuild().finally(() => {
          building = null;
          checkedAt = Date.now();
        });
        await building;
      }
      return resolver!.resolve(text, { limit }).map((m) => ({ organizationId: m.orgId, score: m.score, matchedName: m.matchedName }));
    },
  };
}
