import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated, testDatabases } from '../../test/support/databases.js';
import { FIXTURE_NOW, L, loadInsightFixture, ORG } from '../../test/support/insight-fixture.js';
import { getBalance, type BalanceInput } from '../core/insight/get-balance.js';
import { getKpis } from '../core/insight/get-kpis.js';
import { getPublicStats } from '../core/insight/get-public-stats.js';
import { CENTER_UTC_OFFSET_MINUTES } from '../core/insight/period.js';
import type { InsightDeps } from '../core/insight/ports.js';
import { parseHomeRegion } from '../core/insight/regions.js';
import { ANONYMOUS, SYSTEM, type Actor } from '../core/shared/actor.js';
import type { Database } from './db.js';
import { createIndicatorStore } from './indicator-store.js';
import { createKpiSource } from './insight-kpis.js';
import { ROLLUP_UTC_OFFSET_MINUTES } from './insight-rollup.js';
import { createInsightStore } from './insight-store.js';

const broker: Actor = { kind: 'user', userId: 'u-broker', organizationIds: [], roles: ['broker'] };

const depsOf = (database: Database, rollup: boolean): InsightDeps => ({
  store: createInsightStore(database.db, { rollup }),
  kpis: createKpiSource(database.db),
  indicators: createIndicatorStore(database.db),
  coverage: null,
  clock: { now: () => FIXTURE_NOW },
  home: parseHomeRegion('CN/Guangdong/Shenzhen'),
  utcOffsetMinutes: CENTER_UTC_OFFSET_MINUTES,
});

const QUERIES: [Actor, BalanceInput][] = [
  [ANONYMOUS, { by: 'sector' }],
  [SYSTEM, { by: 'sector' }],
  [ANONYMOUS, { by: 'sector', status: ['published', 'expired'] }],
  [SYSTEM, { by: 'sector', period: '2026Q3' }],
  [SYSTEM, { by: 'sector', period: '2025-01..2026-12', interval: 'quarter', includeEmpty: true }],
  [ANONYMOUS, { by: 'sector', period: '2026', interval: 'month' }],
];

/** The rollup recomputed from the listings, for comparison with what the triggers kept. */
async function recount(database: Database) {
  const kept = await sql<{ k: string; n: number }>`
    SELECT concat_ws('|', kind, status, visibility, sector, month) AS k, n FROM insight_listing_rollup WHERE n <> 0 ORDER BY 1`.execute(database.db);
  const fresh = await sql<{ k: string; n: number }>`
    SELECT concat_ws('|', l.kind, l.status, l.visibility, s.sector, insight_month(l.published_at)) AS k, count(*)::int AS n
    FROM listings l CROSS JOIN LATERAL unnest(l.sectors || ''::text) AS s(sector) GROUP BY 1 ORDER BY 1`.execute(database.db);
  return { kept: kept.rows, fresh: fresh.rows };
}

describe.each(testDatabases())('listing rollup on $kind', (factory) => {
  let database: Database;
  let withRollup: InsightDeps;
  let scanning: InsightDeps;

  beforeAll(async () => {
    database = await openMigrated(factory);
    await loadInsightFixture(database);
    withRollup = depsOf(database, true);
    scanning = depsOf(database, false);
  }, 120_000);
  afterAll(async () => database?.close());

  const expectSameAnswers = async () => {
    for (const [actor, q] of QUERIES) {
      expect(await getBalance(withRollup, actor, q), JSON.stringify(q)).toEqual(await getBalance(scanning, actor, q));
    }
    expect(await getPublicStats(withRollup, ANONYMOUS)).toEqual(await getPublicStats(scanning, ANONYMOUS));
    const kpis = await getKpis(withRollup, broker, { period: '2026Q3', interval: 'month' });
    const narrowed = await getKpis(withRollup, broker, { period: '2026Q3', interval: 'month', organizationIds: Object.values(ORG) });
    expect(kpis.kpis.find((k) => k.code === 'listings_published')).toEqual(narrowed.kpis.find((k) => k.code === 'listings_published'));
  };

  it('uses the calendar of the center', () => {
    expect(ROLLUP_UTC_OFFSET_MINUTES).toBe(CENTER_UTC_OFFSET_MINUTES);
  });

  it('answers exactly as a scan of the listings', async () => {
    expect(await recount(database)).toMatchObject({ kept: (await recount(database)).fresh });
    await expectSameAnswers();
  });

  it('follows inserts, updates of counted columns, other updates and deletes', async () => {
    const db = database.db;
    // Publish the draft L9, move L5 to other sectors, withdraw L2, edit a title, delete L13, add a listing.
    await sql`UPDATE listings SET status = 'published', published_at = '2026-08-03T01:00:00Z' WHERE id = ${L.L9}`.execute(db);
    await sql`UPDATE listings SET sectors = ARRAY['ind-biomedicine', 'wipo-08'] WHERE id = ${L.L5}`.execute(db);
    await sql`UPDATE listings SET status = 'withdrawn' WHERE id = ${L.L2}`.execute(db);
    await sql`UPDATE listings SET title = 'Renamed' WHERE kind = 'technology_offer'`.execute(db);
    await sql`DELETE FROM listings WHERE id = ${L.L13}`.execute(db);
    await sql`
      INSERT INTO listings (id, kind, language, title, sectors, country, owner_organization_id, visibility, status, published_at, created_at, updated_at)
      SELECT md5('extra' || i)::uuid, 'technology_request', 'en', 'Extra ' || i, ARRAY['ind-marine'], 'CN', ${ORG.SZ1}, 'public', 'published',
             '2026-07-31T17:00:00Z', now(), now()
      FROM generate_series(1, 3) AS i`.execute(db);
    const { kept, fresh } = await recount(database);
    expect(kept).toEqual(fresh);
    await expectSameAnswers();
    const rows = (await getBalance(withRollup, ANONYMOUS, { by: 'sector', period: '2026-08' })).rows;
    // 17:00 UTC on 31 July is 01:00 on 1 August in Shenzhen.
    expect(rows.find((r) => r.key === 'ind-marine')).toMatchObject({ offers: 0, requests: 3, requestsMatched: 0 });
  });

  it('leaves the rollup alone in a transaction that writes it directly (a restore with triggers on)', async () => {
    const db = database.db;
    const before = await recount(database);
    await db.transaction().execute(async (tx) => {
      await sql`INSERT INTO insight_listing_rollup (kind, status, visibility, sector, month, n) VALUES ('technology_offer', 'published', 'public', 'ind-marine', '2030-01-01', 1), ('technology_offer', 'published', 'public', '', '2030-01-01', 1)`.execute(tx);
      await sql`
        INSERT INTO listings (id, kind, language, title, sectors, country, owner_organization_id, visibility, status, published_at, created_at, updated_at)
        VALUES (md5('restored')::uuid, 'technology_offer', 'en', 'Restored', ARRAY['ind-marine'], 'CN', ${ORG.SZ1}, 'public', 'published', '2030-01-05T00:00:00Z', now(), now())`.execute(tx);
    });
    const after = await recount(database);
    // The direct row stands for the restored listing: counted once, not twice.
    expect(after.kept).toEqual(after.fresh);
    expect(after.kept.length).toBe(before.kept.length + 2);
    // Later transactions maintain it again.
    await sql`DELETE FROM listings WHERE id = md5('restored')::uuid`.execute(db);
    const again = await recount(database);
    expect(again.kept).toEqual(again.fresh);
  });
});
