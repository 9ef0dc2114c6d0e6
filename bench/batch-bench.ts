/**
 * Batch CLI commands on the shared data against PostgreSQL doing the same retrieval, in one run:
 *
 * 1. `ittc org resolve` (51,370 ROR records, affiliation strings of the development gold sets)
 *    against pg_trgm: one row per registry name, GIN trigram index, best `similarity()` under `%`.
 * 2. `ittc match` (USPTO abstracts; queries on odd lines only) against tsvector ('english') + GIN,
 *    each query the OR of the query document's first 32 distinct lexemes, ranked by ts_rank.
 *
 *   npx tsx bench/batch-bench.ts [--org-queries 3000] [--match-queries 1000] [--scale 1]
 *                                [--trgm-threshold 0.3] [--parts org,match]
 *
 * The CLI runs as a child process (`node bin/ittc.js ...`, stdout to a temp file), preloaded with a
 * small hook that timestamps its stdout and stderr writes: the CLI writes one line per query, so the
 * gaps between lines are its per-query times (parsing and writing the line included).
 * PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (skipped otherwise); tables live in a fresh
 * schema per run, dropped at the end. Data: ITTC_SHARED_DATA (default ../shared/data); skipped when
 * absent. Prints a table and writes bench/results/batch.json.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { DEFAULT_ORG_THRESHOLD } from '../src/match/org-resolver.js';
import { canonicalRorId } from '../src/match/ror.js';
import { loadDevSets, ROR_FILES, type GoldQuery } from './eval/ror.js';

const { values } = parseArgs({
  options: {
    'org-queries': { type: 'string', default: '3000' },
    'match-queries': { type: 'string', default: '1000' },
    scale: { type: 'string', default: '1' },
    'trgm-threshold': { type: 'string', default: '0.3' },
    parts: { type: 'string', default: 'org,match' },
  },
});
const nOrgQueries = Number(values['org-queries']);
const nMatchQueries = Number(values['match-queries']);
const scale = Number(values.scale);
const trgmThreshold = Number(values['trgm-threshold']);
const parts = new Set(values.parts!.split(','));
if (![nOrgQueries, nMatchQueries, scale].every((n) => Number.isInteger(n) && n >= 1) || !(trgmThreshold > 0 && trgmThreshold < 1)) {
  console.error('--org-queries, --match-queries and --scale are positive integers; --trgm-threshold is in (0, 1)');
  process.exit(2);
}

const repoRoot = path.resolve(import.meta.dirname, '..');
const dataDir = process.env.ITTC_SHARED_DATA ?? path.resolve(repoRoot, '..', 'shared', 'data');
const USPTO_FILE = 'uspto_abstracts_cpc/uspto_random_10000.jsonl';
const needed = [...(parts.has('org') ? [ROR_FILES.registry, ROR_FILES.crossref, ROR_FILES.names] : []), ...(parts.has('match') ? [USPTO_FILE] : [])];
const absent = needed.filter((f) => !fs.existsSync(path.join(dataDir, f)));
if (absent.length > 0) {
  console.log(`batch bench skipped: shared data absent (${absent.join(', ')} under ${dataDir}; set ITTC_SHARED_DATA)`);
  process.exit(0);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const latency = (ms: number[]) => ({ mean: round(sum(ms) / Math.max(ms.length, 1)), p50: round(pct(ms, 50)), p95: round(pct(ms, 95)), p99: round(pct(ms, 99)) });
/** `n` items spread evenly over `xs` (all of them when n >= length), order kept. */
const spread = <T,>(xs: readonly T[], n: number): T[] => (n >= xs.length ? [...xs] : Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]!));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ittc-batch-bench-'));
// Preloaded into the CLI process: timestamps every write to stdout and stderr, saved at exit.
const hook = path.join(tmp, 'timing-hook.mjs');
fs.writeFileSync(
  hook,
  `import fs from 'node:fs';
const marks = [];
for (const [name, stream] of [['out', process.stdout], ['err', process.stderr]]) {
  const write = stream.write.bind(stream);
  stream.write = (...args) => { const r = write(...args); marks.push([name, performance.now()]); return r; };
}
process.on('exit', () => fs.writeFileSync(process.env.ITTC_BENCH_MARKS, JSON.stringify({ marks, maxRssKb: process.resourceUsage().maxRSS })));
`,
);

type CliRun = { command: string; wallS: number; exitCode: number | null; stderr: string; stdoutFile: string; perQueryMs: number[]; maxRssMb: number };

/** Runs `node bin/ittc.js ...args` with stdout to a temp file; per-query times from the hook's marks. */
function runCli(name: string, args: string[]): CliRun {
  const stdoutFile = path.join(tmp, `${name}.out.jsonl`);
  const marksFile = path.join(tmp, `${name}.marks.json`);
  const fd = fs.openSync(stdoutFile, 'w');
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, 'bin/ittc.js', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', fd, 'pipe'],
    env: { ...process.env, ITTC_BENCH_MARKS: marksFile },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const wallS = (performance.now() - t) / 1000;
  fs.closeSync(fd);
  process.stderr.write(r.stderr);
  if (r.status !== 0) throw new Error(`ittc ${args.slice(0, 2).join(' ')} exited with ${r.status}${r.error ? `: ${r.error.message}` : ''}`);
  const { marks, maxRssKb } = JSON.parse(fs.readFileSync(marksFile, 'utf8')) as { marks: [string, number][]; maxRssKb: number };
  // A query's time: from the previous line (or the last stderr line before the first one, which
  // the CLI writes when its index is ready) to its own line.
  const first = marks.findIndex(([s]) => s === 'out');
  const perQueryMs: number[] = [];
  if (first > 0) {
    let prev = marks[first - 1]![1];
    for (const [s, at] of marks.slice(first)) {
      if (s !== 'out') continue;
      perQueryMs.push(at - prev);
      prev = at;
    }
  }
  const command = `node bin/ittc.js ${args.map((a) => (a.startsWith(tmp) ? a.replace(tmp, '$TMP') : a.startsWith(dataDir) ? a.replace(dataDir, '$ITTC_SHARED_DATA') : a)).join(' ')}`;
  return { command, wallS: round(wallS), exitCode: r.status, stderr: r.stderr, stdoutFile, perQueryMs, maxRssMb: round(maxRssKb / 1024, 0) };
}

const num = (text: string, re: RegExp): number | null => {
  const m = re.exec(text);
  return m ? Number(m[1]) : null;
};
const readLines = <T,>(file: string): T[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);

const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const schema = `bench_batch_${process.pid}_${Date.now().toString(36)}`;
let client: pg.Client | null = null;
let pgVersion: string | undefined;
async function db(): Promise<pg.Client> {
  if (client) return client;
  client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  pgVersion = (await client.query<{ v: string }>('SELECT version() AS v')).rows[0]?.v;
  await client.query(`CREATE SCHEMA ${schema}`);
  return client;
}
async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await run();
  return { value, ms: performance.now() - t };
}
const pgSkipped = 'skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL';

type Row = { part: string; figure: string; ittc: number | string; postgresql: number | string; 'pg / ittc': number | string };
const table: Row[] = [];
const addRow = (part: string, figure: string, ittc: number | null | undefined, postgresql: number | null | undefined, ratio = true) =>
  table.push({
    part,
    figure,
    ittc: ittc ?? '-',
    postgresql: postgresql ?? '-',
    'pg / ittc': ratio && ittc != null && postgresql != null && ittc > 0 ? round(postgresql / ittc) : '-',
  });

const results: Record<string, unknown> = {};

// ---------------------------------------------------------------------------------------------
// 1. Organization name resolution
async function orgPart(): Promise<void> {
  const registryFile = path.join(dataDir, ROR_FILES.registry);
  type RorLine = { id: string; names?: { value: string }[] };
  const nameRows: { id: string; name: string }[] = [];
  const registryIds = new Set<string>();
  for (const line of gunzipSync(fs.readFileSync(registryFile)).toString('utf8').split('\n')) {
    if (line.trim().length === 0) continue;
    const rec = JSON.parse(line) as RorLine;
    const id = canonicalRorId(rec.id);
    registryIds.add(id);
    for (const value of new Set((rec.names ?? []).map((n) => n.value.trim()).filter(Boolean))) nameRows.push({ id, name: value });
  }
  // Development sets only (protocol 3): crossref positives whose gold ids are in the subset,
  // crossref no-match strings, names positives in the subset. Springer is reserved: never read.
  const sets = loadDevSets(dataDir, registryIds);
  type Q = GoldQuery & { set: 'crossref' | 'crossref-no-match' | 'names' };
  const pool: Q[] = [
    ...sets.crossrefPositive.map((q) => ({ ...q, set: 'crossref' as const })),
    ...sets.crossrefNoMatch.map((q) => ({ ...q, set: 'crossref-no-match' as const })),
    ...sets.names.map((q) => ({ ...q, set: 'names' as const })),
  ];
  const queries = spread(pool, nOrgQueries);
  const counts = { crossref: 0, 'crossref-no-match': 0, names: 0 };
  for (const q of queries) counts[q.set]++;
  const queryFile = path.join(tmp, 'org-queries.jsonl');
  fs.writeFileSync(queryFile, queries.map((q, i) => JSON.stringify({ id: i, affiliation: q.affiliation })).join('\n') + '\n');
  console.error(`org: ${registryIds.size} records, ${nameRows.length} names; ${queries.length} queries of a pool of ${pool.length}`);

  /** acc@1 per set for top answers (null = no answer), and the false-match rate on no-match strings. */
  const quality = (top: (string | null)[]) => {
    const acc = (set: Q['set']) => {
      const idx = queries.map((q, i) => [q, i] as const).filter(([q]) => q.set === set);
      return idx.length === 0 ? null : round(idx.filter(([q, i]) => top[i] != null && q.gold.includes(top[i]!)).length / idx.length, 3);
    };
    const positives = queries.map((q, i) => [q, i] as const).filter(([q]) => q.set !== 'crossref-no-match');
    return {
      acc1_positives: round(positives.filter(([q, i]) => top[i] != null && q.gold.includes(top[i]!)).length / Math.max(positives.length, 1), 3),
      acc1_crossref: acc('crossref'),
      acc1_names: acc('names'),
      false_match_rate_no_match: (() => {
        const nm = queries.map((q, i) => [q, i] as const).filter(([q]) => q.set === 'crossref-no-match');
        return nm.length === 0 ? null : round(nm.filter(([, i]) => top[i] != null).length / nm.length, 3);
      })(),
    };
  };

  // ITTC: threshold 0 so every query gets its best candidate (acc@1 as a ranking, like the README's
  // TF-IDF baseline); the decision figures apply the CLI's default threshold to the same output.
  const cli = runCli('org', ['org', 'resolve', '--registry', registryFile, '--queries', queryFile, '--top', '1', '--threshold', '0']);
  const out = readLines<{ query: number; results: { id: string; score: number }[] }>(cli.stdoutFile);
  const topRanked: (string | null)[] = queries.map(() => null);
  const topDecision: (string | null)[] = queries.map(() => null);
  for (const line of out) {
    const r = line.results[0];
    if (!r) continue;
    topRanked[line.query] = r.id;
    if (r.score >= DEFAULT_ORG_THRESHOLD) topDecision[line.query] = r.id;
  }
  const ittc = {
    command: cli.command,
    wall_s: cli.wallS,
    read_registry_s: num(cli.stderr, /read \d+ organizations in ([\d.]+) s/),
    index_s: num(cli.stderr, /indexed in ([\d.]+) s/),
    queries_s: num(cli.stderr, /resolved \d+ queries \(\d+ matched\) in ([\d.]+) s/),
    queries_answered: out.length,
    per_query_ms: latency(cli.perQueryMs),
    max_rss_mb: cli.maxRssMb,
    ranking: quality(topRanked),
    decision_threshold: DEFAULT_ORG_THRESHOLD,
    decision: quality(topDecision),
  };

  let pgResult: Record<string, unknown> | string = pgSkipped;
  if (pgUrl) {
    const c = await db();
    try {
      await c.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    } catch (e) {
      // Two runs creating it at once: one of them loses the race, and the extension is there.
      const { rows } = await c.query(`SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`);
      if (rows.length === 0) throw e;
    }
    const load = await timed(async () => {
      await c.query(`CREATE UNLOGGED TABLE ${schema}.org_names (ror_id text NOT NULL, name text NOT NULL)`);
      for (let i = 0; i < nameRows.length; i += 10_000) {
        const chunk = nameRows.slice(i, i + 10_000);
        await c.query(`INSERT INTO ${schema}.org_names SELECT * FROM unnest($1::text[], $2::text[])`, [chunk.map((r) => r.id), chunk.map((r) => r.name)]);
      }
    });
    const index = await timed(async () => {
      await c.query(`CREATE INDEX ON ${schema}.org_names USING gin (name gin_trgm_ops)`);
      await c.query(`ANALYZE ${schema}.org_names`);
    });
    await c.query(`SET pg_trgm.similarity_threshold = ${trgmThreshold}`);
    const sql = `SELECT ror_id, similarity(name, $1) AS s FROM ${schema}.org_names WHERE name % $1 ORDER BY s DESC, ror_id LIMIT 1`;
    const times: number[] = [];
    const top: (string | null)[] = [];
    const all = await timed(async () => {
      for (const q of queries) {
        const t = performance.now();
        const { rows } = await c.query<{ ror_id: string }>(sql, [q.affiliation]);
        times.push(performance.now() - t);
        top.push(rows[0]?.ror_id ?? null);
      }
    });
    pgResult = {
      names_loaded: nameRows.length,
      load_s: round(load.ms / 1000),
      index_s: round(index.ms / 1000),
      queries_s: round(all.ms / 1000),
      per_query_ms: latency(times),
      similarity_threshold: trgmThreshold,
      query: sql.replace(schema, '<schema>'),
      quality: quality(top),
    };
  }
  results.org = {
    registry_records: registryIds.size,
    queries: queries.length,
    query_sets: counts,
    query_selection: `evenly spread over the ${pool.length} development queries (crossref positives in the subset, crossref no-match, names in the subset); springer (reserved) not read`,
    ittc,
    postgresql: pgResult,
  };

  const p = typeof pgResult === 'string' ? null : (pgResult as { load_s: number; index_s: number; queries_s: number; per_query_ms: ReturnType<typeof latency>; quality: ReturnType<typeof quality> });
  const part = 'org resolve';
  addRow(part, 'process wall s (ITTC) / load+index+queries s (PG)', ittc.wall_s, p ? round(p.load_s + p.index_s + p.queries_s) : null);
  addRow(part, 'load s (ITTC: read registry; PG: insert names)', ittc.read_registry_s, p?.load_s);
  addRow(part, 'index s', ittc.index_s, p?.index_s);
  addRow(part, `queries total s (${queries.length})`, ittc.queries_s, p?.queries_s);
  addRow(part, 'per query mean ms', ittc.per_query_ms.mean, p?.per_query_ms.mean);
  addRow(part, 'per query p50 ms', ittc.per_query_ms.p50, p?.per_query_ms.p50);
  addRow(part, 'per query p95 ms', ittc.per_query_ms.p95, p?.per_query_ms.p95);
  addRow(part, `acc@1 positives (${counts.crossref + counts.names}); ITTC ranking, PG at % ${trgmThreshold}`, ittc.ranking.acc1_positives, p?.quality.acc1_positives, false);
  addRow(part, `acc@1 crossref (${counts.crossref})`, ittc.ranking.acc1_crossref, p?.quality.acc1_crossref, false);
  addRow(part, `acc@1 names (${counts.names})`, ittc.ranking.acc1_names, p?.quality.acc1_names, false);
  addRow(part, `acc@1 positives, ITTC at its threshold ${DEFAULT_ORG_THRESHOLD}`, ittc.decision.acc1_positives, p?.quality.acc1_positives, false);
  addRow(part, `false-match rate, no-match (${counts['crossref-no-match']}); ITTC at ${DEFAULT_ORG_THRESHOLD}`, ittc.decision.false_match_rate_no_match, p?.quality.false_match_rate_no_match, false);
}

// ---------------------------------------------------------------------------------------------
// 2. Listing matching on patent abstracts
async function matchPart(): Promise<void> {
  type Patent = { patent_id: string; abstract: string; cpc: string[]; cpc_subclasses: string[] };
  const lines = fs
    .readFileSync(path.join(dataDir, USPTO_FILE), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0);
  // Protocol 5: corpus = the patents with CPC codes; queries on odd 0-based lines of the file
  // (even lines are reserved and never queried here).
  const patents = lines.map((l, line) => ({ line, p: JSON.parse(l) as Patent })).filter((x) => x.p.cpc.length > 0);
  const queries = spread(
    patents.filter((x) => x.line % 2 === 1).map((x) => x.p),
    nMatchQueries,
  );
  const subclasses = new Map(patents.map(({ p }) => [p.patent_id, new Set(p.cpc_subclasses.filter((s) => !s.startsWith('Y')))]));
  // Copies beyond the first get a suffixed id: they duplicate the originals (scale > 1 only).
  const copyId = (id: string, k: number) => (k === 0 ? id : `${id}~${k}`);
  const baseId = (id: string) => id.split('~')[0]!;
  const corpusFile = path.join(tmp, 'match-corpus.jsonl');
  const fd = fs.openSync(corpusFile, 'w');
  for (let k = 0; k < scale; k++) {
    fs.writeSync(fd, patents.map(({ p }) => JSON.stringify({ id: copyId(p.patent_id, k), description: p.abstract, lang: 'en', ipc: p.cpc })).join('\n') + '\n');
  }
  fs.closeSync(fd);
  // Queries carry no CPC codes: both sides rank on text alone, so the CPC-based precision is not
  // handed to either of them.
  const queryFile = path.join(tmp, 'match-queries.jsonl');
  fs.writeFileSync(queryFile, queries.map((p) => JSON.stringify({ id: p.patent_id, description: p.abstract, lang: 'en' })).join('\n') + '\n');
  const corpusSize = patents.length * scale;
  console.error(`match: corpus ${corpusSize} documents (${patents.length} patents x ${scale}); ${queries.length} queries`);

  /** precision@10: share of the 10 neighbours (the query's own copies dropped) sharing a non-Y subclass. */
  const precision = (ranked: string[][]) => {
    const prec = queries.map((q, i) => {
      const own = subclasses.get(q.patent_id)!;
      const nb = ranked[i]!.filter((id) => baseId(id) !== q.patent_id).slice(0, 10);
      return nb.filter((id) => [...(subclasses.get(baseId(id)) ?? [])].some((s) => own.has(s))).length / 10;
    });
    return round(sum(prec) / Math.max(prec.length, 1), 3);
  };

  // The engine leaves out a corpus document with the query's own id; its other copies are asked
  // for on top of the 10 and dropped.
  const top = 10 + scale - 1;
  const cli = runCli('match', ['match', '--corpus', corpusFile, '--queries', queryFile, '--top', String(top)]);
  const out = readLines<{ query: string; results: { id: string }[] }>(cli.stdoutFile);
  const byQuery = new Map(out.map((l) => [l.query, l.results.map((r) => r.id)]));
  const ittc = {
    command: cli.command,
    wall_s: cli.wallS,
    analyzers_s: num(cli.stderr, /analyzers loaded in ([\d.]+) s/),
    index_s: num(cli.stderr, /indexed \d+ documents in ([\d.]+) s/),
    queries_s: num(cli.stderr, /ittc match: \d+ queries in ([\d.]+) s/),
    per_query_ms: latency(cli.perQueryMs),
    max_rss_mb: cli.maxRssMb,
    precision_at_10: precision(queries.map((q) => byQuery.get(q.patent_id) ?? [])),
    self_hits: out.filter((l) => l.results.some((r) => r.id === l.query)).length,
  };

  let pgResult: Record<string, unknown> | string = pgSkipped;
  if (pgUrl) {
    const c = await db();
    const load = await timed(async () => {
      await c.query(`CREATE UNLOGGED TABLE ${schema}.docs (id text PRIMARY KEY, base text NOT NULL, tsv tsvector NOT NULL)`);
      for (let k = 0; k < scale; k++) {
        for (let i = 0; i < patents.length; i += 2000) {
          const chunk = patents.slice(i, i + 2000).map((x) => x.p);
          await c.query(`INSERT INTO ${schema}.docs SELECT id, base, to_tsvector('english', body) FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, base, body)`, [
            chunk.map((p) => copyId(p.patent_id, k)),
            chunk.map((p) => p.patent_id),
            chunk.map((p) => p.abstract),
          ]);
        }
      }
    });
    const index = await timed(async () => {
      await c.query(`CREATE INDEX ON ${schema}.docs USING gin (tsv)`);
      await c.query(`ANALYZE ${schema}.docs`);
    });
    // The query document's first 32 distinct lexemes ('english': stems, stop words dropped), OR-ed,
    // quoted as tsquery lexemes so they are not stemmed twice.
    const sql = `WITH t AS (SELECT lexeme FROM unnest(to_tsvector('english', $1)) ORDER BY positions[1] LIMIT 32),
      q AS (SELECT string_agg('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || '''', ' | ')::tsquery AS q FROM t)
      SELECT d.id, ts_rank(d.tsv, q.q) AS r FROM ${schema}.docs d, q WHERE d.tsv @@ q.q AND d.base <> $2 ORDER BY r DESC, d.id LIMIT 10`;
    const times: number[] = [];
    const ranked: string[][] = [];
    const all = await timed(async () => {
      for (const q of queries) {
        const t = performance.now();
        const { rows } = await c.query<{ id: string }>(sql, [q.abstract, q.patent_id]);
        times.push(performance.now() - t);
        ranked.push(rows.map((r) => r.id));
      }
    });
    pgResult = {
      load_s: round(load.ms / 1000),
      index_s: round(index.ms / 1000),
      queries_s: round(all.ms / 1000),
      per_query_ms: latency(times),
      query: sql.replace(schema, '<schema>').replace(/\s+/g, ' '),
      precision_at_10: precision(ranked),
    };
  }
  results.match = {
    corpus_documents: corpusSize,
    patents: patents.length,
    scale,
    scaled_copies: scale > 1 ? `${scale - 1} of every ${scale} documents are duplicates of the ${patents.length} patents (suffixed ids)` : 'none',
    queries: queries.length,
    query_selection: `evenly spread over the ${patents.filter((x) => x.line % 2 === 1).length} patents with CPC codes on odd 0-based lines (development); even lines (reserved) never queried`,
    top_asked: top,
    ittc,
    postgresql: pgResult,
  };

  const p = typeof pgResult === 'string' ? null : (pgResult as { load_s: number; index_s: number; queries_s: number; per_query_ms: ReturnType<typeof latency>; precision_at_10: number });
  const part = `match ${corpusSize} docs${scale > 1 ? ' (dup copies)' : ''}`;
  addRow(part, 'process wall s (ITTC) / load+index+queries s (PG)', ittc.wall_s, p ? round(p.load_s + p.index_s + p.queries_s) : null);
  addRow(part, 'build s (ITTC: analyzers+index; PG: insert+tsvector+GIN)', ittc.analyzers_s != null && ittc.index_s != null ? round(ittc.analyzers_s + ittc.index_s) : null, p ? round(p.load_s + p.index_s) : null);
  addRow(part, 'index s (ITTC: add docs; PG: GIN only)', ittc.index_s, p?.index_s);
  addRow(part, `queries total s (${queries.length})`, ittc.queries_s, p?.queries_s);
  addRow(part, 'per query mean ms', ittc.per_query_ms.mean, p?.per_query_ms.mean);
  addRow(part, 'per query p50 ms', ittc.per_query_ms.p50, p?.per_query_ms.p50);
  addRow(part, 'per query p95 ms', ittc.per_query_ms.p95, p?.per_query_ms.p95);
  addRow(part, 'precision@10 (shared non-Y CPC subclass)', ittc.precision_at_10, p?.precision_at_10, false);
}

const started = performance.now();
const loadAverageAtStart = round(os.loadavg()[0]!);
if (!pgUrl) console.log(`PostgreSQL side skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL`);
try {
  if (parts.has('org')) await orgPart();
  if (parts.has('match')) await matchPart();
} finally {
  // Assigned inside db(): the compiler's narrowing of `client` to null does not see it.
  const c = client as pg.Client | null;
  if (c) {
    await c.query(`DROP SCHEMA ${schema} CASCADE`);
    await c.end();
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

const file = path.join(import.meta.dirname, 'results', 'batch.json');
const out = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  loadAverageAtStart,
  totalSeconds: round((performance.now() - started) / 1000),
  command: ['npx tsx bench/batch-bench.ts', ...process.argv.slice(2)].join(' '),
  notes: [
    'ITTC times: the real CLI as a child process; wall = whole process (node + tsx start included); load/index/queries from its stderr lines; per-query = gaps between its stdout lines (a preloaded hook timestamps writes).',
    'PostgreSQL times: client-side round trips on one connection, UNLOGGED tables in a per-run schema (dropped at the end).',
  ],
  settings: { orgQueries: nOrgQueries, matchQueries: nMatchQueries, scale, trgmThreshold, parts: [...parts] },
  postgresql: pgUrl ? (pgVersion ?? 'not used') : pgSkipped,
  ...results,
};
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.table(table);
console.log(`total ${out.totalSeconds} s; results in ${path.relative(repoRoot, file)}`);
