/**
 * Matching speed: the in-process engine against PostgreSQL full-text search (tsvector + GIN +
 * ts_rank) and MiniSearch, on the same generated corpus and queries, in one run.
 *
 *   npx tsx bench/match-bench.ts [--sizes 10000,100000] [--queries 1000]
 *
 * Needs TEST_DATABASE_URL (or BENCH_DATABASE_URL) for the PostgreSQL side; skips it otherwise.
 * Prints a table and writes bench/results/match.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import pg from 'pg';
import { COOPERATION_TYPES, LISTING_KINDS } from '../src/core/listings/listing.js';
import { SECTORS } from '../src/core/taxonomy/sectors.js';
import { createMatchEngine, loadAnalyzers, type MatchDoc } from '../src/match/engine.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000' }, queries: { type: 'string', default: '1000' } } });
const sizes = values.sizes!.split(',').map(Number);
const nQueries = Number(values.queries);

// A deterministic generator: Zipf-distributed vocabulary in English and Chinese, structured fields.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const EN = 'battery electrolyte solid state lithium sodium cathode anode membrane sensor laser optical fiber semiconductor wafer silicon carbide power module inverter motor drone robot gripper vision inspection imaging diagnosis vaccine antibody protein enzyme polymer coating catalyst hydrogen fuel cell solar perovskite wind turbine water treatment filtration desalination agriculture soil fertilizer food packaging biodegradable plastic recycling carbon capture steel alloy ceramic composite graphene nanotube quantum computing chip antenna wireless network software platform cloud data model learning neural algorithm control system monitoring diagnostic medical device implant surgical wearable textile fiber printing additive manufacturing machining welding bearing gear pump valve engine vehicle charging grid storage thermal heat exchanger insulation building concrete bridge tunnel rail marine ship satellite radar lidar camera display screen led audio speaker'.split(' ');
const ZH = '电池 电解质 固态 锂 钠 正极 负极 隔膜 传感器 激光 光纤 半导体 晶圆 碳化硅 功率 模块 逆变器 电机 无人机 机器人 夹爪 视觉 检测 成像 诊断 疫苗 抗体 蛋白 酶 聚合物 涂层 催化剂 氢 燃料电池 光伏 钙钛矿 风电 水处理 过滤 海水淡化 农业 土壤 肥料 食品 包装 可降解 塑料 回收 碳捕集 钢 合金 陶瓷 复合材料 石墨烯 纳米管 量子计算 芯片 天线 无线 网络 软件 平台 云 数据 模型 学习 神经网络 算法 控制 系统 监测 医疗器械 植入 手术 可穿戴 纺织 打印 增材制造 加工 焊接 轴承 齿轮 泵 阀门 发动机 车辆 充电 电网 储能 热管理 换热器 保温 建筑 混凝土 桥梁 隧道 轨道 船舶 卫星 雷达 激光雷达 相机 显示 屏幕'.split(' ');
const zipf = (n: number) => Math.min(n - 1, Math.floor(n * Math.pow(rand(), 2.2)));
const words = (vocab: string[], k: number, sep: string) => Array.from({ length: k }, () => vocab[zipf(vocab.length)]).join(sep);
const sectorCodes = SECTORS.map((s) => s.code);

function makeDoc(i: number): MatchDoc {
  const zh = rand() < 0.5;
  const v = zh ? ZH : EN;
  const sep = zh ? '' : ' ';
  const min = Math.floor(rand() * 1e9);
  return {
    id: `d${i}`,
    kind: LISTING_KINDS[i % 2 === 0 ? 0 : 1],
    language: zh ? 'zh' : 'en',
    title: words(v, 6, sep),
    summary: words(v, 20, sep),
    description: words(v, 60, sep),
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
const rssMb = () => round(process.memoryUsage().rss / 2 ** 20, 0);

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

for (const size of sizes) {
  seed = 42;
  const docs = Array.from({ length: size }, (_, i) => makeDoc(i));
  const queries = Array.from({ length: nQueries }, (_, i) => docs[(i * 7919) % size]!);
  const queryText = (q: MatchDoc) => q.title;
  const row: Record<string, unknown> = { size, queries: nQueries };

  const rss0 = rssMb();
  let t = performance.now();
  const engine = createMatchEngine({ analyzer, now: () => Date.UTC(2026, 10, 26) });
  for (const d of docs) engine.add(d);
  const buildMs = performance.now() - t;
  row.engine_build_s = round(buildMs / 1000);
  row.engine_docs_per_s = Math.round(size / (buildMs / 1000));
  row.engine_rss_mb = rssMb();
  row.engine_rss_delta_mb = rssMb() - rss0;
  row.engine_match_ms = await timeQueries((i) => engine.matches(queries[i]!, { limit: 10 }), nQueries);
  row.engine_search_facets_ms = await timeQueries((i) => engine.search({ text: queryText(queries[i]!), limit: 20, facets: true }), nQueries);
  row.engine_search_text_ms = await timeQueries((i) => engine.search({ text: queryText(queries[i]!), limit: 20, facets: false, highlight: false }), nQueries);
  console.error(`engine ${size}: built in ${row.engine_build_s} s`);

  // MiniSearch (English and Chinese text as given; no Chinese segmentation), for comparison.
  t = performance.now();
  const mini = new MiniSearch<MatchDoc>({ fields: ['title', 'summary', 'description'], idField: 'id' });
  mini.addAll(docs);
  row.minisearch_build_s = round((performance.now() - t) / 1000);
  row.minisearch_search_ms = await timeQueries((i) => mini.search(queryText(queries[i]!)).slice(0, 20), nQueries);

  if (pgUrl) {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query('DROP TABLE IF EXISTS bench_fts; CREATE UNLOGGED TABLE bench_fts (id text PRIMARY KEY, body text, tsv tsvector)');
    t = performance.now();
    for (let i = 0; i < size; i += 2000) {
      const chunk = docs.slice(i, i + 2000);
      await client.query(
        `INSERT INTO bench_fts (id, body) SELECT * FROM unnest($1::text[], $2::text[])`,
        [chunk.map((d) => d.id), chunk.map((d) => `${d.title} ${d.summary} ${d.description}`)],
      );
    }
    await client.query(`UPDATE bench_fts SET tsv = to_tsvector('simple', body); CREATE INDEX bench_fts_gin ON bench_fts USING gin (tsv); ANALYZE bench_fts`);
    row.pg_build_s = round((performance.now() - t) / 1000);
    const pgQuery = (q: MatchDoc) =>
      client.query(
        `SELECT id, ts_rank(tsv, q) AS r FROM bench_fts, plainto_tsquery('simple', $1) q WHERE tsv @@ q ORDER BY r DESC LIMIT 10`,
        [queryText(q).split(/\s+/).slice(0, 3).join(' ')],
      );
    // An OR query is what ranking needs (an AND of six words finds almost nothing); both are timed.
    const pgOr = (q: MatchDoc) =>
      client.query(
        `SELECT id, ts_rank(tsv, q) AS r FROM bench_fts, to_tsquery('simple', $1) q WHERE tsv @@ q ORDER BY r DESC LIMIT 10`,
        [queryText(q).split(/\s+/).filter(Boolean).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean).join(' | ') || 'x'],
      );
    row.pg_fts_and_ms = await timeQueries((i) => pgQuery(queries[i]!), nQueries);
    row.pg_fts_or_ms = await timeQueries((i) => pgOr(queries[i]!), nQueries);
    row.ratio_pg_or_p95_over_engine_search_p95 = round((row.pg_fts_or_ms as { p95: number }).p95 / (row.engine_search_text_ms as { p95: number }).p95);
    await client.query('DROP TABLE bench_fts');
    await client.end();
  } else {
    row.pg = 'skipped: set TEST_DATABASE_URL or BENCH_DATABASE_URL';
  }
  results.push(row);
  console.log(JSON.stringify(row));
}

const out = { generatedAt: new Date().toISOString(), node: process.version, cpus: 2, analyzerLoadMs: round(millis, 0), results };
fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
fs.writeFileSync(path.join(import.meta.dirname, 'results', 'match.json'), `${JSON.stringify(out, null, 2)}\n`);
console.table(
  results.map((r) => ({
    size: r.size,
    'build docs/s': r.engine_docs_per_s,
    'RSS MB': r.engine_rss_mb,
    'match p95 ms': (r.engine_match_ms as { p95: number }).p95,
    'search+facets p95': (r.engine_search_facets_ms as { p95: number }).p95,
    'search p95': (r.engine_search_text_ms as { p95: number }).p95,
    'minisearch p95': (r.minisearch_search_ms as { p95: number }).p95,
    'pg OR p95': (r.pg_fts_or_ms as { p95: number } | undefined)?.p95 ?? '-',
  })),
);
