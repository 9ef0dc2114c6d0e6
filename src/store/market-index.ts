import { sql, type Kysely } from 'kysely';
import { audiencesOf, toMatchDoc, type Audience } from '../core/matching/match-doc.js';
import type { MarketIndex, OrganizationNameIndex } from '../core/matching/ports.js';
import { loadAnalyzers } from '../loaders/analyzers.js';
import { DomainError } from '../core/shared/domain-error.js';
import { createMatchEngine, type MatchEngine } from '../match/engine.js';
import { createOrgResolver, type OrgResolver } from '../match/org-resolver.js';
import { createAnalysisPool, defaultAnalysisThreads, forEachAnalyzed, THREADS_WORTHWHILE_FROM } from '../workers/analysis-pool.js';
import { readSnapshotFile, writeSnapshotFile } from './index-snapshot.js';
import { rowToListing } from './listing-store.js';
import type { DB } from './schema.js';

export type MarketIndexStats = {
  documents: Record<Audience, number>;
  buildMillis: number;
  analyzerMillis: number;
  /** Threads that analyzed texts during the build (0: the main thread). */
  analysisThreads: number;
  lastSeq: number;
  /**
   * How the index was made at start: 'database' (every listing analyzed) or 'snapshot' (loaded
   * from the snapshot file, then brought up to date: `snapshot` says how).
   */
  source: 'database' | 'snapshot';
  snapshot: SnapshotStats | null;
};

export type SnapshotStats = {
  /** Time to read the file into an index. */
  loadMillis: number;
  /** Time to compare the index with the listings and apply the differences. */
  reconcileMillis: number;
  /** Listings analyzed again (changed or new since the snapshot) and documents removed. */
  updated: number;
  removed: number;
  /** Why the snapshot was not used, when it was not (the index was then built from the database). */
  refused: string | null;
  /** Size and time of the last snapshot written by this process, or why it could not be written. */
  writtenBytes: number;
  writeMillis: number;
  writeError: string | null;
};

export type LiveMarketIndexOptions = {
  /** Analysis threads for the build; null or absent = one per core. */
  analysisThreads?: number | null;
  /** Below this many published listings the build runs on the main thread (default 5000). */
  threadsFrom?: number;
  /**
   * A file for the index's snapshot (ITTC_INDEX_SNAPSHOT): loaded at start instead of analyzing
   * every listing when it is there (and then brought up to date with the listings, compared by
   * each row's version), written after a build from the database and by `saveSnapshot`. Null: none.
   */
  snapshotFile?: string | null;
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
  /** Writes the snapshot file when the index changed since the last one (no-op without a snapshot file). */
  saveSnapshot: () => Promise<void>;
  stats: () => MarketIndexStats;
};

const BATCH = 2000;

/**
 * The tag of this store's snapshots: what a document is made of (toMatchDoc over a listing row)
 * and how a row's version is read. Change it when either changes, so that older snapshots are
 * refused instead of trusted.
 */
const SNAPSHOT_TAG = 'listings:toMatchDoc-1:xmin';

/**
 * A listing row's version: the id of the transaction that wrote the row as it is (`xmin`). Every
 * UPDATE writes a new row version with a new xmin, whoever makes it (this server, another
 * process, direct SQL), and reading it costs nothing (no hashing of the row). VACUUM FREEZE,
 * VACUUM FULL and pg_upgrade keep it; a dump restored into another database gets new ones (every
 * listing then counts as changed, and the index is built from the database).
 */
const ROW_VERSION = sql<number>`l.xmin::text::float8`;

/** Above this share of changed listings a snapshot is not worth bringing up to date: build from the database. */
const RECONCILE_LIMIT = 0.25;

const VERSION_PAGE = 20_000;

/** The query of one page of published listings (ids after `after`, in id order, `size` at most); the caller adds the columns. */
const publishedPage = (tx: Kysely<DB>, after: string, size: number) =>
  tx.selectFrom('listings as l').where('l.status', '=', 'published').where('l.id', '>', after).orderBy('l.id').limit(size);

/**
 * Every published listing, a page at a time. Each page is a short range of the published-listings
 * index (migration 0014). Told nothing, the planner may sort a bitmap scan of everything past
 * `after` for every page when the table has no statistics yet (just loaded): 1.6 s a page at 1M
 * listings instead of 5 ms.
 */
async function* publishedPages<R extends { id: string }>(
  db: Kysely<DB>,
  size: number,
  read: (page: ReturnType<typeof publishedPage>) => Promise<R[]>,
): AsyncGenerator<R[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db.transaction().execute(async (tx) => {
      await sql`SET LOCAL enable_bitmapscan = off`.execute(tx);
      await sql`SET LOCAL enable_sort = off`.execute(tx);
      return read(publishedPage(tx, after, size));
    });
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = rows[rows.length - 1]!.id;
  }
}

const EMPTY_SNAPSHOT_STATS: SnapshotStats = { loadMillis: 0, reconcileMillis: 0, updated: 0, removed: 0, refused: null, writtenBytes: 0, writeMillis: 0, writeError: null };

/**
 * The in-process search index over published listings: one engine holding every published
 * listing, each marked with who may find it (members-only listings are left out of the public's
 * queries, their totals and facets). Built from the database on first use, updated on local
 * writes (refresh) and on writes of other processes (catchUp polls the listing_changes log).
 */
export function createLiveMarketIndex(db: Kysely<DB>, now: () => number, opts: LiveMarketIndexOptions = {}): LiveMarketIndex {
  let index: MatchEngine | null = null;
  let building: Promise<MarketIndexStats> | null = null;
  const stats: MarketIndexStats = {
    documents: { public: 0, members: 0 },
    buildMillis: 0,
    analyzerMillis: 0,
    analysisThreads: 0,
    lastSeq: 0,
    source: 'database',
    snapshot: null,
  };
  /** Whether the index changed since the snapshot was last written. */
  let dirty = false;
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

  const applyTo = async (e: MatchEngine, ids: string[]) => {
    if (ids.length === 0) return;
    const unique = [...new Set(ids)];
    const rows = await db.selectFrom('listings as l').selectAll('l').select(ROW_VERSION.as('row_version')).where('l.id', 'in', unique).execute();
    const found = new Map(rows.map((r) => [r.id, r]));
    for (const id of unique) {
      const row = found.get(id);
      const listing = row ? rowToListing(row) : null;
      if (row && listing && audiencesOf(listing).length > 0) e.add({ ...toMatchDoc(listing), version: row.row_version });
      else e.remove(id);
    }
    dirty = true;
  };

  const apply = async (ids: string[]) => {
    if (!index || ids.length === 0) return;
    await applyTo(index, ids);
    stats.documents = countDocuments(index);
  };

  /** Writes the snapshot; a failure (a full disk) is recorded in the stats and thrown only when `strict`. */
  const save = (e: MatchEngine, strict: boolean) => {
    if (!opts.snapshotFile) return;
    const t = performance.now();
    try {
      const bytes = writeSnapshotFile(e, opts.snapshotFile, SNAPSHOT_TAG);
      dirty = false;
      stats.snapshot = { ...(stats.snapshot ?? EMPTY_SNAPSHOT_STATS), writtenBytes: bytes, writeMillis: Math.round(performance.now() - t), writeError: null };
    } catch (err) {
      dirty = true; // tried again at the next save
      stats.snapshot = { ...(stats.snapshot ?? EMPTY_SNAPSHOT_STATS), writeError: String(err) };
      if (strict) throw err;
    }
  };

  /**
   * The snapshot's index brought up to date with the listings: listings whose row version differs
   * from the indexed one (or that are new) are read and analyzed again, indexed documents no
   * longer published are removed. Null (and `stats.snapshot.refused` says why) when there is no
   * usable snapshot or too much has changed.
   */
  const fromSnapshot = async (analyzer: Awaited<ReturnType<typeof loadAnalyzers>>['analyzer']): Promise<MatchEngine | null> => {
    const file = opts.snapshotFile;
    if (!file) return null;
    const t0 = performance.now();
    let e: MatchEngine | null;
    try {
      e = readSnapshotFile(file, (source) => createMatchEngine({ analyzer, now, snapshot: { source, tag: SNAPSHOT_TAG } }));
    } catch (err) {
      // A snapshot is a cache: whatever keeps it from loading (damage, another format or analyzer,
      // a file that cannot be read), the index is built from the database instead.
      stats.snapshot = { ...EMPTY_SNAPSHOT_STATS, refused: err instanceof DomainError ? `${err.code}: ${err.message}` : `unreadable: ${String(err)}` };
      return null;
    }
    if (e === null) return null;
    const loadMillis = Math.round(performance.now() - t0);
    const t1 = performance.now();
    const indexed = new Map(e.versions());
    const stale: string[] = [];
    let published = 0;
    for await (const rows of publishedPages(db, VERSION_PAGE, (q) => q.select(['l.id', ROW_VERSION.as('row_version')]).execute())) {
      for (const r of rows) {
        published++;
        if (indexed.get(r.id) !== r.row_version) stale.push(r.id);
        indexed.delete(r.id);
      }
    }
    const gone = [...indexed.keys()];
    indexed.clear();
    if (stale.length + gone.length > RECONCILE_LIMIT * Math.max(published, 1) && stale.length + gone.length > 1000) {
      stats.snapshot = { ...EMPTY_SNAPSHOT_STATS, loadMillis, refused: `${stale.length + gone.length} of ${published} listings changed since the snapshot` };
      return null;
    }
    for (const id of gone) e.remove(id);
    for (let i = 0; i < stale.length; i += BATCH) await applyTo(e, stale.slice(i, i + BATCH));
    dirty = stale.length + gone.length > 0;
    stats.snapshot = { ...EMPTY_SNAPSHOT_STATS, loadMillis, reconcileMillis: Math.round(performance.now() - t1), updated: stale.length, removed: gone.length };
    return e;
  };

  const build = async (): Promise<MarketIndexStats> => {
    const { analyzer, millis } = await loadAnalyzers();
    stats.analyzerMillis = Math.round(millis);
    const t0 = performance.now();
    // Changes logged from here on are applied by catchUp, whichever way the index is made.
    const seq = await sql<{ s: number | null }>`SELECT max(seq)::int8 AS s FROM listing_changes`.execute(db);
    stats.lastSeq = seq.rows[0]?.s ?? 0;
    const loaded = await fromSnapshot(analyzer);
    if (loaded !== null) {
      // Replaced and removed documents leave dead entries that still count in term statistics:
      // compacting makes the index the one a build from the database would make.
      if (dirty) loaded.compact();
      index = loaded;
      stats.source = 'snapshot';
      stats.analysisThreads = 0;
      stats.buildMillis = Math.round(performance.now() - t0);
      stats.documents = countDocuments(loaded);
      if (dirty) save(loaded, false);
      return { ...stats };
    }
    const e = createMatchEngine({ analyzer, now });
    const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM listings WHERE status = 'published'`.execute(db);
    const threads = (count.rows[0]?.n ?? 0) < (opts.threadsFrom ?? THREADS_WORTHWHILE_FROM) ? 0 : (opts.analysisThreads ?? defaultAnalysisThreads());
    const pool = await createAnalysisPool(analyzer, { threads });
    stats.analysisThreads = pool.threads;
    // Listings are analyzed on the pool's threads.
    async function* batches() {
      for await (const rows of publishedPages(db, BATCH, (q) => q.selectAll('l').select(ROW_VERSION.as('row_version')).execute()))
        yield rows.map((r) => ({ listing: rowToListing(r), version: r.row_version }));
    }
    try {
      await forEachAnalyzed(
        pool,
        batches(),
        (r) => ({ ...toMatchDoc(r.listing), version: r.version }),
        (r, doc, terms) => {
          if (audiencesOf(r.listing).length > 0) e.add(doc, terms);
        },
      );
    } finally {
      await pool.close();
    }
    e.seal();
    index = e;
    stats.source = 'database';
    stats.buildMillis = Math.round(performance.now() - t0);
    stats.documents = countDocuments(e);
    // Serving does not depend on the snapshot: a failed write is in the stats (and the server's log).
    save(e, false);
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
    saveSnapshot: async () => {
      if (!building || !opts.snapshotFile) return;
      await ready();
      await serial(async () => {
        if (dirty && index) save(index, true);
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
