/**
 * `ittc org resolve --registry ROR_FILE --queries Q.jsonl [--top K] [--threshold T]`
 *
 * Resolves affiliation strings to organizations of a ROR data dump. Reads {"id", "affiliation"}
 * lines and writes one {"query": id, "results": [{"id": rorId, "score"}]} line per query on
 * stdout (an empty list means "no match"); counts and timings go to stderr.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { createOrgResolver, type OrgResolverEntry } from '../../match/org-resolver.js';
import { rorResolverEntry } from '../../match/ror.js';
import { readRorOrganizations } from '../../store/ror-file.js';
import { EXIT, type CliCommand, type CliContext } from '../command.js';

const argsSchema = z.object({
  registry: z.string({ error: '--registry ROR_FILE is required' }).min(1),
  queries: z.string({ error: '--queries FILE is required' }).min(1),
  top: z.coerce.number().int().min(1).max(100).default(1),
  threshold: z.coerce.number().min(0).max(1).optional(),
});

const queryLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  affiliation: z.string(),
});

const seconds = (since: number): string => ((performance.now() - since) / 1000).toFixed(2);

/** Loads every valid record of a ROR dump; invalid records are reported on stderr. */
async function loadRegistry(path: string, ctx: CliContext): Promise<OrgResolverEntry[]> {
  const entries: OrgResolverEntry[] = [];
  let invalid = 0;
  const onInvalid = (position: number, error: Error): void => {
    invalid++;
    if (invalid <= 5) ctx.stderr.write(`skipping record ${position}: ${error.message}\n`);
  };
  for await (const org of readRorOrganizations(path, onInvalid)) entries.push(rorResolverEntry(org));
  if (invalid > 5) ctx.stderr.write(`skipped ${invalid} invalid records in all\n`);
  return entries;
}

export const orgResolveCommand: CliCommand = {
  path: ['org', 'resolve'],
  summary: 'Resolve affiliation strings to ROR organizations',
  usage: [
    '--registry ROR_FILE   ROR v2 data dump: JSON array or JSON Lines, optionally gzip',
    '--queries FILE        JSON Lines of {"id", "affiliation"}',
    '--top K               results per query (default 1)',
    '--threshold T         lowest confidence returned, 0..1 (default: the tuned threshold)',
    'Writes {"query": id, "results": [{"id": rorId, "score"}]} per line; [] means no match.',
  ].join('\n'),
  options: {
    registry: { type: 'string' },
    queries: { type: 'string' },
    top: { type: 'string' },
    threshold: { type: 'string' },
  },
  async run(ctx, args) {
    const parsed = argsSchema.safeParse(args.values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.stderr.write(`${issue.path.join('.') || 'arguments'}: ${issue.message}\n`);
      return EXIT.usage;
    }
    const { registry, queries, top, threshold } = parsed.data;

    let started = performance.now();
    let entries: OrgResolverEntry[];
    try {
      entries = await loadRegistry(registry, ctx);
    } catch (e) {
      ctx.stderr.write(`cannot read registry ${registry}: ${(e as Error).message}\n`);
      return EXIT.failure;
    }
    ctx.stderr.write(`read ${entries.length} organizations in ${seconds(started)} s\n`);
    started = performance.now();
    const resolver = createOrgResolver(entries, threshold === undefined ? {} : { threshold });
    resolver.resolve('index warm-up');
    ctx.stderr.write(`indexed in ${seconds(started)} s; threshold ${resolver.threshold}\n`);

    started = performance.now();
    let count = 0;
    let matched = 0;
    let bad = 0;
    let lineNo = 0;
    try {
      const lines = createInterface({ input: createReadStream(queries, 'utf8'), crlfDelay: Infinity });
      for await (const line of lines) {
        lineNo++;
        if (line.trim().length === 0) continue;
        let query: z.infer<typeof queryLineSchema>;
        try {
          query = queryLineSchema.parse(JSON.parse(line));
        } catch {
          bad++;
          ctx.stderr.write(`line ${lineNo}: not a {"id", "affiliation"} object\n`);
          continue;
        }
        const results = resolver.resolve(query.affiliation, { limit: top });
        count++;
        if (results.length > 0) matched++;
        ctx.stdout.write(`${JSON.stringify({ query: query.id, results: results.map((r) => ({ id: r.orgId, score: r.score })) })}\n`);
      }
    } catch (e) {
      ctx.stderr.write(`cannot read queries ${queries}: ${(e as Error).message}\n`);
      return EXIT.failure;
    }
    const elapsed = (performance.now() - started) / 1000;
    ctx.stderr.write(
      `resolved ${count} queries (${matched} matched) in ${elapsed.toFixed(2)} s, ${Math.round(count / Math.max(elapsed, 1e-9))} queries/s\n`,
    );
    return bad > 0 ? EXIT.failure : EXIT.ok;
  },
};
