/**
 * Insight benchmark: generates a market of listings and deals in PGlite and PostgreSQL with SQL
 * (INSERT ... SELECT generate_series, deterministic pseudo-random values), then times the
 * dashboard's queries — the balance by sector and the KPIs of the last 12 months by month — and
 * the other insight views (flows, gaps, public statistics...). A count of all listings is timed
 * too, as a measure of how loaded the machine was.
 *
 *   npx tsx bench/insight-bench.ts                 100k listings, 10k deals (a few minutes)
 *   npx tsx bench/insight-bench.ts --full          1M listings, 100k deals (the size)
 *   options: --listings N --deals N --runs N --only pglite|postgresql
 *            --keep NAME: only generate, into the PostgreSQL database NAME (recreated, kept: for EXPLAIN)
 *
 * PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (a temporary database is created and
 * dropped); skipped with a reason when neither is set. Writes bench/results/insight.json.
 * Target (issue 7): the dashboard's queries together under 500 ms at 1M/100k on PostgreSQL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { getBalance } from '../src/core/insight/get-balance.js';
import { getFlows } from '../src/core/insight/get-flows.js';
import { getKpis } from '../src/core/insight/get-kpis.js';
import { getPublicStats } from '../src/core/insight/get-public-stats.js';
import { listGaps } from '../src/core/insight/list-gaps.js';
import { CENTER_UTC_OFFSET_MINUTES } from '../src/core/insight/period.js';
import type { InsightDeps } from '../src/core/insight/ports.js';
import { DEFAULT_HOME_REGION, parseHomeRegion } from '../src/core/insight/regions.js';
import { ANONYMOUS, SYSTEM, type Actor } from '../src/core/shared/actor.js';
import { SECTORS } from '../src/core/taxonomy/sectors.js';
import { openDatabase, type Database } from '../src/store/db.js';
import { createIndicatorStore } from '../src/store/indicator-store.js';
import { createKpiSource } from '../src/store/insight-kpis.js';
import { createInsightStore } from '../src/store/insight-store.js';
import { migrate } from '../src/store/migrate.js';
import { openTempPostgres } from '../test/support/databases.js';

const { values: opts } = parseArgs({
  options: {
    full: { type: 'boolean' },
    listings: { type: 'string' },
    deals: { type: 'string' },
    runs: { type: 'string' },
    only: { type: 'string' },
    keep: { type: 'string' },
  },
});
const LISTINGS = Number(opts.listings ?? (opts.full ? 1_000_000 : 100_000));
const DEALS = Number(opts.deals ?? (opts.full ? 100_000 : 10_000));
const RUNS = Number(opts.runs ?? (opts.full ? 3 : 7));
const ORGS = Math.max(200, Math.round(LISTINGS / 500));
const NOW = new Date('2026-11-26T09:00:00Z');

// Places organizations are in: a third in Shenzhen, some elsewhere in China, the rest abroad.
const PLACES: [string, string, string][] = [
  ['CN', 'Guangdong', 'Shenzhen'], ['CN', 'Guangdong', 'Shenzhen'], ['CN', 'Guangdong', 'Shenzhen'], ['CN', '广东省', '深圳市'],
  ['CN', 'Guangdong', 'Guangzhou'], ['CN', 'Beijing', 'Beijing'], ['CN', 'Shanghai', 'Shanghai'], ['CN', 'Zhejiang', 'Hangzhou'],
  ['CN', 'Hubei', 'Wuhan'], ['CN', 'Jiangsu', 'Suzhou'], ['HK', 'Hong Kong', 'Hong Kong'],
  ['DE', 'Bavaria', 'Munich'], ['DE', 'Baden-Württemberg', 'Freiburg'], ['US', 'California', 'San Jose'], ['US', 'Massachusetts', 'Boston'],
  ['GB', 'England', 'Cambridge'], ['FR', 'Île-de-France', 'Paris'], ['JP', 'Tokyo', 'Tokyo'], ['KR', 'Seoul', 'Seoul'],
  ['IL', 'Tel Aviv', 'Tel Aviv'], ['SG', 'Singapore', 'Singapore'], ['NL', 'North Brabant', 'Eindhoven'], ['FI', 'Uusimaa', 'Espoo'],
  ['CH', 'Zurich', 'Zurich'],
];
const IPC = ['H01M 10/052', 'H01M 4/525', 'B25J 9/16', 'G06N 3/08', 'G06F 16/00', 'H01L 21/00', 'H01L 29/00', 'A61K 31/00', 'A61K 8/00', 'A61B 5/00',
  'C12N 15/00', 'G01N 33/00', 'B60L 53/00', 'F03D 1/00', 'H02J 7/00', 'H04W 72/00', 'H04L 9/00', 'C08L 23/00', 'B01D 53/00', 'E04B 1/00',
  'G05B 19/00', 'B64C 39/02', 'A01G 9/00', 'C02F 1/00', 'G02B 6/00', 'H10K 30/00', 'B33Y 10/00', 'F24S 10/00', 'G16H 50/00', 'C22C 38/00'];
const SECTOR_CODES = SECTORS.map((s) => s.code);
const COOP = ['license', 'assignment', 'joint_development', 'technical_service', 'investment', 'commercial_agreement'];
const CURRENCY = ['CNY', 'CNY', 'USD', 'EUR', 'JPY'];

/** mod(abs(hashtext(salt || i)), n): deterministic pseudo-random integers in SQL. */
const h = (salt: string, n: number) => sql.raw(`mod(abs(hashtext('${salt}' || i::text)), ${n})`);
const hj = (salt: string, n: number) => sql.raw(`mod(abs(hashtext('${salt}' || j::text)), ${n})`);

async function generate(database: Database): Promise<Record<string, number>> {
  const db = database.db;
  const t = Date.now();
  const times: Record<string, number> = {};
  const step = async (name: string, work: () => Promise<unknown>) => {
    const s = Date.now();
    await work();
    times[name] = Date.now() - s;
    process.stdout.write(`  ${name}: ${((Date.now() - s) / 1000).toFixed(1)} s\n`);
  };
  const arr = (xs: string[]) => sql`${sql.val(xs)}::text[]`;
  await step('organizations', () =>
    sql`
      INSERT INTO organizations (id, name, type, country, region, city, created_at, updated_at)
      SELECT md5('org' || i)::uuid, 'Organization ' || i, 'enterprise', (${arr(PLACES.map((p) => p[0]))})[1 + ${h('p', PLACES.length)}],
             (${arr(PLACES.map((p) => p[1]))})[1 + ${h('p', PLACES.length)}], (${arr(PLACES.map((p) => p[2]))})[1 + ${h('p', PLACES.length)}],
             ${NOW}, ${NOW}
      FROM generate_series(1, ${ORGS}::int) AS i
    `.execute(db),
  );
  const BATCH = 250_000;
  for (let from = 1; from <= LISTINGS; from += BATCH) {
    const to = Math.min(LISTINGS, from + BATCH - 1);
    await step(`listings ${from}-${to}`, () =>
      sql`
        INSERT INTO listings (id, kind, language, title, summary, description, sectors, ipc_codes, trl, cooperation_types, country,
                              owner_organization_id, visibility, status, published_at, expires_at, created_at, updated_at)
        SELECT md5('l' || i)::uuid, x.kind, 'en', 'Listing ' || i, 'A generated listing.', '',
               CASE WHEN ${h('s2', 10)} < 3 THEN ARRAY[(${arr(SECTOR_CODES)})[1 + ${h('s', SECTOR_CODES.length)}], (${arr(SECTOR_CODES)})[1 + ${h('t', SECTOR_CODES.length)}]]
                    ELSE ARRAY[(${arr(SECTOR_CODES)})[1 + ${h('s', SECTOR_CODES.length)}]] END,
               ARRAY[(${arr(IPC)})[1 + ${h('c', IPC.length)}]],
               CASE WHEN ${h('n', 10)} = 0 THEN NULL ELSE 1 + ${h('r', 9)} END,
               ARRAY[(${arr(COOP)})[1 + ${h('co', COOP.length)}]],
               o.country, o.id, CASE WHEN ${h('v', 100)} < 85 THEN 'public' ELSE 'members' END,
               x.status, x.published_at, x.published_at + interval '365 days', coalesce(x.published_at, ${NOW}::timestamptz - interval '3 days'),
               coalesce(x.published_at, ${NOW}::timestamptz - interval '3 days')
        FROM generate_series(${from}::int, ${to}::int) AS i
        JOIN organizations o ON o.id = md5('org' || (1 + ${h('o', ORGS)}))::uuid
        CROSS JOIN LATERAL (
          SELECT (ARRAY['technology_offer', 'technology_offer', 'technology_offer', 'technology_offer', 'technology_request', 'technology_request',
                        'technology_request', 'technology_request', 'funding_request', 'rd_partnership'])[1 + ${h('k', 10)}] AS kind,
                 st.status,
                 CASE WHEN st.status = 'draft' THEN NULL
                      WHEN st.status = 'expired' THEN ${NOW}::timestamptz - make_interval(days => 366 + ${h('d', 700)}::int)
                      ELSE ${NOW}::timestamptz - make_interval(days => ${h('d', 365)}::int, hours => ${h('hh', 24)}::int) END AS published_at
          FROM (SELECT CASE WHEN ${h('st', 100)} < 70 THEN 'published' WHEN ${h('st', 100)} < 85 THEN 'expired'
                            WHEN ${h('st', 100)} < 95 THEN 'draft' ELSE 'withdrawn' END AS status) st
        ) x
      `.execute(db),
    );
  }
  // Stages by share: the rank decides which stage fields a deal carries.
  const stage = sql.raw(`(CASE WHEN r < 30 THEN 'interest' WHEN r < 40 THEN 'accepted' WHEN r < 45 THEN 'declined' WHEN r < 55 THEN 'nda'
    WHEN r < 65 THEN 'negotiation' WHEN r < 75 THEN 'agreement' WHEN r < 82 THEN 'registered' WHEN r < 85 THEN 'follow_up'
    WHEN r < 92 THEN 'closed_won' ELSE 'closed_lost' END)`);
  await step('deals', () =>
    sql`
      INSERT INTO deals (id, listing_id, owner_organization_id, interested_organization_id, stage, message, cooperation_type,
        nda_version, nda_owner_accepted_at, nda_interested_accepted_at, nda_unlocked_at,
        agreement_type, agreement_value_minor, agreement_currency, agreement_signed_on,
        registration_number, registry, registered_on, buyer_country, buyer_region, seller_country, seller_region, registered_value_minor, registered_currency,
        created_at, updated_at, stage_changed_at, closed_at)
      SELECT md5('d' || j)::uuid, l.id, l.owner_organization_id, io.id, ${stage}, 'Interested.', 'license',
        CASE WHEN r >= 45 THEN 1 END, CASE WHEN r >= 55 THEN created + interval '5 days' END, CASE WHEN r >= 55 THEN created + interval '6 days' END,
        CASE WHEN r >= 55 THEN created + interval '6 days' END,
        CASE WHEN r >= 65 AND r < 92 THEN 'technology_transfer' END, CASE WHEN r >= 65 AND r < 92 THEN value END, CASE WHEN r >= 65 AND r < 92 THEN cur END,
        CASE WHEN r >= 65 AND r < 92 THEN (created + make_interval(days => 10 + ${hj('ag', 90)}::int))::date END,
        CASE WHEN r >= 75 AND r < 92 THEN 'REG-' || j END, CASE WHEN r >= 75 AND r < 92 THEN 'Registry' END,
        CASE WHEN r >= 75 AND r < 92 THEN (created + make_interval(days => 100 + ${hj('rg', 60)}::int))::date END,
        CASE WHEN r >= 75 AND r < 92 THEN io.country END, CASE WHEN r >= 75 AND r < 92 THEN io.region END,
        CASE WHEN r >= 75 AND r < 92 THEN o.country END, CASE WHEN r >= 75 AND r < 92 THEN o.region END,
        CASE WHEN r >= 75 AND r < 92 THEN value END, CASE WHEN r >= 75 AND r < 92 THEN cur END,
        created, created, created, CASE WHEN r >= 85 OR (r >= 40 AND r < 45) THEN created + interval '200 days' END
      FROM generate_series(1, ${DEALS}::int) AS j
      CROSS JOIN LATERAL (SELECT ${hj('stage', 100)} AS r, ${NOW}::timestamptz - make_interval(days => ${hj('cr', 720)}::int) AS created,
                                 (1000 + ${hj('val', 100000)}) * 10000::bigint AS value, (${arr(CURRENCY)})[1 + ${hj('cur', CURRENCY.length)}] AS cur) v
      JOIN listings l ON l.id = md5('l' || (1 + ${hj('dl', LISTINGS)}))::uuid
      JOIN organizations o ON o.id = l.owner_organization_id
      JOIN organizations io ON io.id = md5('org' || (1 + ${hj('di', ORGS)}))::uuid
      WHERE io.id <> l.owner_organization_id
      ON CONFLICT DO NOTHING
    `.execute(db),
  );
  await step('deal_events', () =>
    sql`
      INSERT INTO deal_events (id, deal_id, kind, actor_role, from_stage, to_stage, deal_version, at)
      SELECT md5('e' || d.id || s.stage)::uuid, d.id, 'stage_changed', 'system', NULL, s.stage, 2, d.created_at
      FROM deals d CROSS JOIN LATERAL unnest(
        CASE WHEN d.stage IN ('interest', 'declined') THEN ARRAY[d.stage] ELSE ARRAY['accepted', d.stage] END) AS s(stage)
      WHERE s.stage <> 'interest'
      ON CONFLICT DO NOTHING
    `.execute(db),
  );
  await step('listing_notices', () =>
    sql`
      INSERT INTO listing_notices (kind, key, noticed_at)
      SELECT 'strong_match', md5('l' || (1 + ${hj('na', LISTINGS)}))::uuid || '>' || md5('l' || (1 + ${hj('nb', LISTINGS)}))::uuid,
             ${NOW}::timestamptz - make_interval(days => ${hj('nt', 700)}::int)
      FROM generate_series(1, ${DEALS}::int) AS j
      ON CONFLICT DO NOTHING
    `.execute(db),
  );
  await step('analyze', () => sql`ANALYZE`.execute(db));
  times.total = Date.now() - t;
  return times;
}

type Timing = { median_ms: number; min_ms: number; max_ms: number; runs: number };

async function time(work: () => Promise<unknown>): Promise<Timing> {
  await work(); // warm
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    await work();
    ms.push(performance.now() - s);
  }
  ms.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return { median_ms: r(ms[Math.floor(ms.length / 2)]!), min_ms: r(ms[0]!), max_ms: r(ms.at(-1)!), runs: RUNS };
}

async function measure(database: Database): Promise<Record<string, Timing | Record<string, number>>> {
  const db = database.db;
  const deps: InsightDeps = {
    store: createInsightStore(db),
    kpis: createKpiSource(db),
    indicators: createIndicatorStore(db),
    coverage: null,
    clock: { now: () => NOW },
    home: parseHomeRegion(DEFAULT_HOME_REGION),
    utcOffsetMinutes: CENTER_UTC_OFFSET_MINUTES,
  };
  const broker: Actor = { kind: 'user', userId: 'bench', organizationIds: [], roles: ['broker'] };
  const counts = await sql<{ listings: number; deals: number; published: number }>`
    SELECT (SELECT count(*)::int FROM listings) AS listings, (SELECT count(*)::int FROM deals) AS deals,
           (SELECT count(*)::int FROM listings WHERE status = 'published') AS published
  `.execute(db);
  const views: [string, () => Promise<unknown>][] = [
    ['balance_by_sector', () => getBalance(deps, ANONYMOUS, { by: 'sector' })],
    ['kpis_12_months_by_month', () => getKpis(deps, broker, {})],
    ['flows_12_months', () => getFlows(deps, broker, { period: '2025-12..2026-11' })],
    ['balance_by_sector_quarter', () => getBalance(deps, ANONYMOUS, { by: 'sector', period: '2026Q3' })],
    ['balance_by_region', () => getBalance(deps, SYSTEM, { by: 'region' })],
    ['balance_by_wipo_ipc', () => getBalance(deps, SYSTEM, { by: 'wipo' })],
    ['balance_sector_by_month_series', () => getBalance(deps, SYSTEM, { by: 'sector', period: '2025-12..2026-11', interval: 'month' })],
    ['gaps_import', () => listGaps(deps, broker, { direction: 'import' })],
    ['public_stats', () => getPublicStats(deps, ANONYMOUS)],
  ];
  const out: Record<string, Timing | Record<string, number>> = { counts: counts.rows[0]! };
  for (const [name, work] of views) {
    out[name] = await time(work);
    process.stdout.write(`  ${name.padEnd(32)} median ${(out[name] as Timing).median_ms} ms\n`);
  }
  // The dashboard (issue 7: "the balance and KPI queries"): balance by sector and the KPIs of the last 12 months,
  // one after the other and at once (as the web app asks them). Flows have their own page.
  out.dashboard_sequential = await time(async () => {
    await views[0]![1]();
    await views[1]![1]();
  });
  out.dashboard_parallel = await time(() => Promise.all([views[0]![1](), views[1]![1]()]));
  // How loaded the machine is: a full count of the listings (on an idle machine, tens of milliseconds at 1M).
  out.calibration_count_listings = await time(() => sql`SELECT count(*) FROM listings`.execute(db));
  process.stdout.write(`  calibration: count(*) of listings    median ${(out.calibration_count_listings as Timing).median_ms} ms\n`);
  process.stdout.write(`  dashboard (sequential)           median ${(out.dashboard_sequential as Timing).median_ms} ms\n`);
  process.stdout.write(`  dashboard (parallel)             median ${(out.dashboard_parallel as Timing).median_ms} ms\n`);
  return out;
}

async function run(kind: 'pglite' | 'postgresql', open: () => Promise<Database>) {
  process.stdout.write(`\n${kind}: generating ${LISTINGS} listings, ${DEALS} deals, ${ORGS} organizations\n`);
  const database = await open();
  try {
    await migrate(database);
    const generation = await generate(database);
    process.stdout.write(`${kind}: timing (${RUNS} runs each, warm)\n`);
    return { generation_ms: generation, ...(await measure(database)) };
  } finally {
    await database.close();
  }
}

if (opts.keep) {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url || !/^[a-z_][a-z0-9_]*$/.test(opts.keep)) throw new Error('--keep needs TEST_DATABASE_URL and a plain database name');
  const admin = await openDatabase({ kind: 'postgresql', url, poolSize: 1 });
  await sql.raw(`DROP DATABASE IF EXISTS ${opts.keep} WITH (FORCE)`).execute(admin.db);
  await sql.raw(`CREATE DATABASE ${opts.keep}`).execute(admin.db);
  await admin.close();
  const u = new URL(url);
  u.pathname = `/${opts.keep}`;
  const database = await openDatabase({ kind: 'postgresql', url: u.toString() });
  await migrate(database);
  await generate(database);
  await database.close();
  process.stdout.write(`Kept ${u.toString()}\n`);
  process.exit(0);
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  size: { listings: LISTINGS, deals: DEALS, organizations: ORGS },
  target: 'dashboard (balance by sector + KPIs of 12 months) under 500 ms on PostgreSQL at 1M listings / 100k deals',
};
if (opts.only !== 'postgresql') results.pglite = await run('pglite', () => openDatabase({ kind: 'pglite', dataDir: null }));
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (opts.only !== 'pglite') {
  if (url) results.postgresql = await run('postgresql', () => openTempPostgres(url));
  else {
    process.stdout.write('\nPostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL.\n');
    results.postgresql = { skipped: 'BENCH_DATABASE_URL and TEST_DATABASE_URL are not set' };
  }
}
const file = path.join(import.meta.dirname, 'results', 'insight.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
const previous = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
const key = `${LISTINGS}_listings_${DEALS}_deals`;
fs.writeFileSync(file, `${JSON.stringify({ ...previous, [key]: results }, null, 2)}\n`);
process.stdout.write(`\nWrote ${path.relative(process.cwd(), file)} (${key}).\n`);
