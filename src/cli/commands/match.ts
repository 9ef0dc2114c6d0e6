import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { LISTING_KINDS } from '../../core/listings/listing.js';
import { loadAnalyzers } from '../../loaders/analyzers.js';
import { createMatchEngine, type MatchDoc } from '../../match/engine.js';
import { createAnalysisPool, defaultAnalysisThreads, forEachAnalyzed, inBatches, THREADS_WORTHWHILE_FROM } from '../../workers/analysis-pool.js';
import { EXIT, type CliCommand, type CliContext } from '../command.js';

const lineSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  title: z.string().optional(),
  summary: z.string().optional(),
  description: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  lang: z.enum(['zh', 'en']).optional(),
  sectors: z.array(z.string()).optional(),
  ipc: z.array(z.string()).optional(),
  trl: z.number().int().min(1).max(9).nullable().optional(),
  kind: z.enum(LISTING_KINDS).optional(),
});

export type MatchLine = z.infer<typeof lineSchema>;

const toDoc = (l: MatchLine): MatchDoc => ({
  id: l.id,
  title: l.title ?? '',
  summary: l.summary ?? null,
  description: l.description ?? null,
  keywords: l.keywords ?? [],
  language: l.lang ?? null,
  sectors: l.sectors ?? [],
  ipcCodes: l.ipc ?? [],
  trl: l.trl ?? null,
  kind: l.kind ?? null,
});

/** Reads a JSONL file of documents; throws a message naming the line on the first bad one. */
export async function* readDocLines(file: string): AsyncGenerator<MatchDoc> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    if (raw.trim().length === 0) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new Error(`${file}:${n}: not valid JSON`);
    }
    const parsed = lineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}:${n}: ${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`);
    }
    yield toDoc(parsed.data);
  }
}

/** threads: analysis threads for indexing (default one per core; 0 = this thread). */
export type MatchRunOptions = { corpus: string; queries: string; top: number; threads?: number };

const BATCH = 1000;

/**
 * `ittc match`: indexes the corpus, then writes one line per query,
 * {"query": id, "results": [{"id", "score", "why"}]}, best first. Timings go to stderr.
 * Complementary kinds filter candidates only when both sides have a kind.
 */
export async function runMatch(ctx: CliContext, o: MatchRunOptions): Promise<number> {
  const { analyzer, millis } = await loadAnalyzers();
  ctx.stderr.write(`ittc match: analyzers loaded in ${(millis / 1000).toFixed(2)} s\n`);
  const engine = createMatchEngine({ analyzer });
  let t0 = performance.now();
  // The first THREADS_WORTHWHILE_FROM documents decide: a small corpus is indexed here, a large one on threads.
  const lines = inBatches(readDocLines(o.corpus), BATCH);
  const head: MatchDoc[][] = [];
  let headSize = 0;
  let ended = false;
  while (headSize < THREADS_WORTHWHILE_FROM) {
    const next = await lines.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headSize += next.value.length;
  }
  const threads = ended ? 0 : (o.threads ?? defaultAnalysisThreads());
  const pool = await createAnalysisPool(analyzer, { threads });
  async function* all() {
    yield* head;
    if (!ended) yield* lines;
  }
  try {
    await forEachAnalyzed(pool, all(), (d) => d, (_, doc, terms) => {
      engine.add(doc, terms);
      if (ctx.isTty && engine.size % 10_000 === 0) ctx.stderr.write(`\rindexed ${engine.size}`);
    });
  } finally {
    await pool.close();
  }
  engine.seal();
  const threadNote = pool.threads > 0 ? ` on ${pool.threads} analysis threads` : '';
  ctx.stderr.write(`${ctx.isTty ? '\r' : ''}ittc match: indexed ${engine.size} documents in ${((performance.now() - t0) / 1000).toFixed(2)} s${threadNote}\n`);
  t0 = performance.now();
  let n = 0;
  for await (const q of readDocLines(o.queries)) {
    const hits = engine.matches(q, { limit: o.top, includeSameOwner: true });
    const line = { query: q.id, results: hits.map((h) => ({ id: h.id, score: round(h.score), why: h.why })) };
    ctx.stdout.write(`${JSON.stringify(line)}\n`);
    n++;
    if (ctx.isTty && n % 100 === 0) ctx.stderr.write(`\rmatched ${n} queries`);
  }
  const secs = (performance.now() - t0) / 1000;
  ctx.stderr.write(`${ctx.isTty ? '\r' : ''}ittc match: ${n} queries in ${secs.toFixed(2)} s (${n > 0 ? ((secs * 1000) / n).toFixed(1) : '0'} ms each)\n`);
  return EXIT.ok;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

export const matchCommand: CliCommand = {
  path: ['match'],
  summary: 'Rank corpus documents for each query document (JSONL in, JSONL out)',
  usage: [
    'ittc match --corpus C.jsonl --queries Q.jsonl [--top K] [--threads N]',
    'Lines: {"id","title"?,"summary"?,"description"?,"keywords"?,"lang"?,"sectors"?,"ipc"?,"trl"?,"kind"?}.',
    'Writes {"query": id, "results": [{"id","score","why"}]} per query, best first (K default 10).',
    '--threads N: threads that analyze a large corpus while it is indexed (default one per core; 0 = none).',
  ].join('\n'),
  options: { corpus: { type: 'string' }, queries: { type: 'string' }, top: { type: 'string' }, threads: { type: 'string' } },
  async run(ctx, args) {
    const corpus = args.values.corpus;
    const queries = args.values.queries;
    const top = args.values.top === undefined ? 10 : Number(args.values.top);
    const threads = args.values.threads === undefined ? undefined : Number(args.values.threads);
    if (
      typeof corpus !== 'string' ||
      typeof queries !== 'string' ||
      !Number.isInteger(top) ||
      top < 1 ||
      (threads !== undefined && (!Number.isInteger(threads) || threads < 0 || threads > 16))
    ) {
      ctx.stderr.write('ittc match: --corpus FILE and --queries FILE are required; --top must be a positive integer; --threads 0 to 16\n');
      return EXIT.usage;
    }
    try {
      return await runMatch(ctx, { corpus, queries, top, threads });
    } catch (e) {
      ctx.stderr.write(`ittc match: ${(e as Error).message}\n`);
      return EXIT.usage;
    }
  },
};
