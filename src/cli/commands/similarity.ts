import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { loadAnalyzers } from '../../loaders/analyzers.js';
import { phraseSimilarity } from '../../match/similarity.js';
import { EXIT, type CliCommand, type CliContext } from '../command.js';

const pairSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  a: z.string(),
  b: z.string(),
  context: z.string().optional(),
});

/**
 * `ittc similarity`: reads {"id","a","b","context"?} lines (two short technical phrases and an
 * optional CPC/IPC class) and writes {"id","score"} lines with score in [0, 1].
 */
export async function runSimilarity(ctx: CliContext, pairsFile: string): Promise<number> {
  const { analyzer, millis } = await loadAnalyzers();
  ctx.stderr.write(`ittc similarity: analyzers loaded in ${(millis / 1000).toFixed(2)} s\n`);
  const t0 = performance.now();
  const rl = createInterface({ input: createReadStream(pairsFile, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  let n = 0;
  for await (const raw of rl) {
    line++;
    if (raw.trim().length === 0) continue;
    let parsed;
    try {
      parsed = pairSchema.safeParse(JSON.parse(raw));
    } catch {
      ctx.stderr.write(`ittc similarity: ${pairsFile}:${line}: not valid JSON\n`);
      return EXIT.usage;
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      ctx.stderr.write(`ittc similarity: ${pairsFile}:${line}: ${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}\n`);
      return EXIT.usage;
    }
    const p = parsed.data;
    const score = Math.round(phraseSimilarity(analyzer, p.a, p.b, p.context) * 1e6) / 1e6;
    ctx.stdout.write(`${JSON.stringify({ id: p.id, score })}\n`);
    n++;
  }
  ctx.stderr.write(`ittc similarity: ${n} pairs in ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
  return EXIT.ok;
}

export const similarityCommand: CliCommand = {
  path: ['similarity'],
  summary: 'Score the similarity of technical phrase pairs in [0, 1] (JSONL in, JSONL out)',
  usage: ['ittc similarity --pairs P.jsonl', 'Lines: {"id","a","b","context"?}; writes {"id","score"} per pair.'].join('\n'),
  options: { pairs: { type: 'string' } },
  async run(ctx, args) {
    const pairs = args.values.pairs;
    if (typeof pairs !== 'string') {
      ctx.stderr.write('ittc similarity: --pairs FILE is required\n');
      return EXIT.usage;
    }
    try {
      return await runSimilarity(ctx, pairs);
    } catch (e) {
      ctx.stderr.write(`ittc similarity: ${(e as Error).message}\n`);
      return EXIT.failure;
    }
  },
};
