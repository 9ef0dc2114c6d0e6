import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type { Kysely } from 'kysely';
import { openConfiguredDatabase } from '../../compose.js';
import { loadConfig } from '../../config.js';
import { CSV_BOM, csvLine } from '../../store/csv.js';
import type { Database } from '../../store/db.js';
import {
  listingColumns,
  listingCsvValues,
  listingJson,
  ORGANIZATION_COLUMNS,
  organizationCsvValues,
  organizationJson,
  scanListings,
  scanOrganizations,
} from '../../store/export-rows.js';
import type { ImportEntity, ImportFormat } from '../../store/import-rows.js';
import type { DB } from '../../store/schema.js';
import { migrate } from '../../store/migrate.js';
import { EXIT, type CliArgs, type CliCommand, type CliContext } from '../command.js';
import { ENTITIES, formatOf } from './import.js';

export type ExportRequest = { entity: ImportEntity; format: ImportFormat; includeConfidential: boolean; bom: boolean };

/** The export as chunks of text, in the layout `ittc import` reads. */
export async function* exportLines(db: Kysely<DB>, req: ExportRequest): AsyncGenerator<string> {
  const csv = req.format === 'csv';
  if (csv) {
    const header = req.entity === 'organizations' ? [...ORGANIZATION_COLUMNS] : listingColumns(req.includeConfidential);
    yield `${req.bom ? CSV_BOM : ''}${csvLine(header)}`;
  }
  if (req.entity === 'organizations') {
    for await (const o of scanOrganizations(db)) yield csv ? csvLine(organizationCsvValues(o)) : `${JSON.stringify(organizationJson(o))}\n`;
  } else {
    for await (const l of scanListings(db)) {
      yield csv ? csvLine(listingCsvValues(l, req.includeConfidential)) : `${JSON.stringify(listingJson(l, req.includeConfidential))}\n`;
    }
  }
}

/** Writes `chunks` to `out`, waiting whenever it is full; returns how many chunks were written. */
async function writeAll(out: NodeJS.WritableStream, chunks: AsyncIterable<string>): Promise<number> {
  let n = 0;
  let failed: Error | null = null;
  const onError = (err: Error) => (failed = err);
  out.on('error', onError);
  try {
    for await (const chunk of chunks) {
      if (failed) throw failed;
      // once() also rejects when the stream fails (e.g. EPIPE when a pager quits).
      if (!out.write(chunk)) await once(out, 'drain');
      n++;
    }
    if (failed) throw failed;
    return n;
  } finally {
    out.off('error', onError);
  }
}

/**
 * Exports to `out` (a file path, written whole or not at all; private when it holds confidential
 * details) or to stdout, from one snapshot of the database. Returns the exit code.
 */
export async function runExport(ctx: CliContext, database: Database, req: ExportRequest, out: string | null): Promise<number> {
  const chunks = await database.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (tx) => {
      const lines = exportLines(tx, req);
      if (out === null) return writeAll(ctx.stdout, lines);
      const partial = `${out}.partial-${process.pid}`;
      const file = fs.createWriteStream(partial, { flags: 'wx', mode: req.includeConfidential ? 0o600 : 0o666 });
      try {
        const n = await writeAll(file, lines);
        file.end();
        await once(file, 'finish');
        fs.renameSync(partial, out);
        return n;
      } catch (err) {
        file.destroy();
        fs.rmSync(partial, { force: true });
        throw err;
      }
    });
  const count = chunks - (req.format === 'csv' ? 1 : 0); // the CSV header
  const secrets = req.entity === 'listings' ? (req.includeConfidential ? ' with confidential details' : ' without confidential details') : '';
  const noun = count === 1 ? req.entity.replace(/s$/, '') : req.entity;
  ctx.stderr.write(`Exported ${count} ${noun}${secrets}${out ? ` to ${out}` : ''}.\n`);
  return EXIT.ok;
}

function usageError(ctx: CliContext, message: string): number {
  ctx.stderr.write(`ittc export: ${message}\nUsage: ittc export ${exportCommand.usage}\n`);
  return EXIT.usage;
}

async function run(ctx: CliContext, args: CliArgs): Promise<number> {
  const [entity, ...extra] = args.positionals;
  if (!entity || !ENTITIES.includes(entity as ImportEntity)) return usageError(ctx, 'say what to export: organizations or listings.');
  if (extra.length > 0) return usageError(ctx, `unexpected argument "${extra[0]}".`);
  const out = typeof args.values.out === 'string' ? args.values.out : null;
  const format = args.values.format === undefined && !out ? 'csv' : formatOf(out ?? '', args.values.format);
  if (format !== 'csv' && format !== 'jsonl') return usageError(ctx, format);
  if (out && fs.existsSync(out) && args.values.force !== true) return usageError(ctx, `${out} exists; give --force to replace it.`);
  if (out && !fs.existsSync(path.dirname(path.resolve(out)))) return usageError(ctx, `the folder of ${out} does not exist.`);

  const req: ExportRequest = {
    entity: entity as ImportEntity,
    format,
    includeConfidential: args.values['include-confidential'] === true,
    bom: args.values.bom === true,
  };
  if (req.includeConfidential && req.entity === 'organizations') return usageError(ctx, '--include-confidential applies to listings only.');
  const database = await openConfiguredDatabase(loadConfig());
  try {
    await migrate(database);
    return await runExport(ctx, database, req, out);
  } finally {
    await database.close();
  }
}

export const exportCommand: CliCommand = {
  path: ['export'],
  summary: 'Export organizations or listings as CSV or JSON Lines, in the layout import reads',
  usage:
    'organizations|listings [--format csv|jsonl] [--out FILE [--force]] [--include-confidential] [--bom]\n\n' +
    'Writes to standard output unless --out is given. confidential_details is left out unless\n' +
    '--include-confidential is given. --bom starts a CSV with a byte-order mark for spreadsheet programs.',
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'include-confidential': { type: 'boolean' },
    bom: { type: 'boolean' },
  },
  allowPositionals: true,
  run,
};
