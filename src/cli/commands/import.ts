import fs from 'node:fs';
import path from 'node:path';
import { openConfiguredDatabase } from '../../compose.js';
import { loadConfig } from '../../config.js';
import type { Database } from '../../store/db.js';
import {
  ImportFileError,
  importListings,
  importOrganizations,
  readRecords,
  type ImportEntity,
  type ImportFormat,
  type ImportResult,
  type SourceRecord,
} from '../../store/import-rows.js';
import { migrate } from '../../store/migrate.js';
import { EXIT, type CliArgs, type CliCommand, type CliContext } from '../command.js';
import { startProgress } from '../progress.js';

export const ENTITIES: readonly ImportEntity[] = ['organizations', 'listings'];

/** The format a file is in: --format, else its extension. */
export function formatOf(file: string, given: unknown): ImportFormat | string {
  if (given !== undefined) {
    return given === 'csv' || given === 'jsonl' ? given : `--format must be csv or jsonl, not "${String(given)}".`;
  }
  if (file === '-') return 'reading standard input (-) needs --format csv or --format jsonl.';
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return `Cannot tell the format of "${file}" from its name; give --format csv or --format jsonl.`;
}

/** A core field path as the file names it: price.min_minor is the CSV column price_min_minor. */
export function columnPath(issuePath: string, format: ImportFormat): string {
  if (format === 'jsonl') return issuePath;
  const price = /^price\.(min_minor|max_minor|currency)$/.exec(issuePath);
  if (price) return `price_${price[1]}`;
  const tr = /^translations\.([a-z]+)\.(title|summary|description)$/.exec(issuePath);
  if (tr) return `translation_${tr[1]}_${tr[2]}`;
  const trLang = /^translations\.([a-z]+)$/.exec(issuePath);
  if (trLang) return `translation_${trLang[1]}_*`;
  return issuePath;
}

/** The report of an import: one line per problem (stderr) and a summary line (stdout). */
export function reportImport(ctx: CliContext, r: ImportResult, format: ImportFormat): void {
  const lines: { line: number; text: string }[] = [
    ...r.invalid.flatMap((row) =>
      row.issues.map((i) => ({ line: row.line, text: `line ${row.line}: ${i.code}: ${i.message}${i.path ? ` (${columnPath(i.path, format)})` : ''}` })),
    ),
    ...r.skipped.map((s) => ({ line: s.line, text: `line ${s.line}: skipped: ${s.reason}` })),
  ].sort((a, b) => a.line - b.line);
  for (const l of lines) ctx.stderr.write(`${l.text}\n`);

  const noun = (n: number) => (n === 1 ? r.entity.replace(/s$/, '') : r.entity);
  const rest = `${r.skipped.length} skipped, ${r.invalid.length} invalid (of ${r.total} rows)`;
  ctx.stdout.write(
    r.dryRun
      ? `Dry run: ${r.imported} ${noun(r.imported)} would be imported; ${rest}. Nothing was written.\n`
      : `Imported ${r.imported} ${noun(r.imported)}; ${rest}.\n`,
  );
}

export type ImportRequest = { entity: ImportEntity; format: ImportFormat; records: SourceRecord[]; dryRun: boolean; now: Date };

/** Imports already read records into `database`, reports, and returns the exit code. */
export async function runImport(ctx: CliContext, database: Database, req: ImportRequest): Promise<number> {
  const progress = startProgress(ctx, `Importing ${req.entity}`);
  const options = { dryRun: req.dryRun, now: req.now, onProgress: progress.update };
  let result: ImportResult;
  try {
    result =
      req.entity === 'organizations'
        ? await importOrganizations(database.db, req.records, options)
        : await importListings(database.db, req.records, options);
  } catch (err) {
    // One transaction: an unexpected database error leaves nothing half-imported.
    ctx.stderr.write(`ittc import: the import failed and nothing was imported: ${(err as Error).message}\n`);
    return EXIT.failure;
  } finally {
    progress.stop();
  }
  reportImport(ctx, result, req.format);
  return result.invalid.length > 0 ? EXIT.failure : EXIT.ok;
}

function usageError(ctx: CliContext, message: string): number {
  ctx.stderr.write(`ittc import: ${message}\nUsage: ittc import ${importCommand.usage}\n`);
  return EXIT.usage;
}

async function run(ctx: CliContext, args: CliArgs): Promise<number> {
  const [entity, file, ...extra] = args.positionals;
  if (!entity || !ENTITIES.includes(entity as ImportEntity)) return usageError(ctx, 'say what to import: organizations or listings.');
  if (!file) return usageError(ctx, 'give the file to import (or - for standard input, with --format).');
  if (extra.length > 0) return usageError(ctx, `unexpected argument "${extra[0]}".`);
  const format = formatOf(file, args.values.format);
  if (format !== 'csv' && format !== 'jsonl') return usageError(ctx, format);

  let text: string;
  try {
    text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    return usageError(ctx, `cannot read ${file}: ${(err as Error).message}`);
  }
  let records: SourceRecord[];
  try {
    records = readRecords(entity as ImportEntity, format, text);
  } catch (err) {
    if (err instanceof ImportFileError) return usageError(ctx, `${file}: ${err.message} Nothing was imported.`);
    throw err;
  }

  const database = await openConfiguredDatabase(loadConfig());
  try {
    await migrate(database);
    return await runImport(ctx, database, { entity: entity as ImportEntity, format, records, dryRun: args.values['dry-run'] === true, now: new Date() });
  } finally {
    await database.close();
  }
}

export const importCommand: CliCommand = {
  path: ['import'],
  summary: 'Import organizations or listings from a CSV or JSON Lines file (docs/import-formats.md)',
  usage: 'organizations|listings FILE [--format csv|jsonl] [--dry-run]',
  options: { format: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  allowPositionals: true,
  run,
};
