import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { openConfiguredDatabase } from '../../compose.js';
import { loadConfig } from '../../config.js';
import { BackupError, readBackupHeader, restoreBackup, writeBackup } from '../../store/backup.js';
import type { Database } from '../../store/db.js';
import { loadMigrations, migrate, schemaVersion } from '../../store/migrate.js';
import { VERSION } from '../../server/version.js';
import { EXIT, type CliArgs, type CliCommand, type CliContext } from '../command.js';
import { startProgress } from '../progress.js';

/** The schema version of `database`, or 0 when no migration ever ran there. */
async function currentSchemaVersion(database: Database): Promise<number> {
  const r = await sql<{ exists: boolean }>`SELECT to_regclass('public.schema_migrations') IS NOT NULL AS exists`.execute(database.db);
  return r.rows[0]?.exists ? schemaVersion(database) : 0;
}

const fail = (ctx: CliContext, command: string, err: BackupError) => {
  ctx.stderr.write(`ittc ${command}: ${err.code}: ${err.message}\n`);
  return EXIT.failure;
};

/** Backs `database` up to `file`. */
export async function runBackup(ctx: CliContext, database: Database, file: string, now = new Date()): Promise<number> {
  if ((await currentSchemaVersion(database)) === 0) {
    ctx.stderr.write('ittc backup: the database holds no ITTC schema yet; there is nothing to back up.\n');
    return EXIT.failure;
  }
  const progress = startProgress(ctx, 'Backing up');
  let header;
  try {
    header = await writeBackup(database, file, { ittcVersion: VERSION, now, onProgress: progress.update });
  } finally {
    progress.stop();
  }
  const rows = header.tables.reduce((n, t) => n + t.rows, 0);
  ctx.stdout.write(`Backed up ${rows} rows of ${header.tables.length} tables (schema version ${header.schema_version}) to ${file}.\n`);
  return EXIT.ok;
}

/**
 * Restores `file` into `database`. A database no migration ran on is first migrated to the
 * backup's schema version, and after the restore to this ITTC's; a migrated one must be empty
 * and at the backup's version.
 */
export async function runRestore(ctx: CliContext, database: Database, file: string): Promise<number> {
  let header;
  try {
    header = await readBackupHeader(file);
  } catch (err) {
    if (err instanceof BackupError) return fail(ctx, 'restore', err);
    throw err;
  }
  const migrations = loadMigrations();
  const newest = Math.max(0, ...migrations.map((m) => m.version));
  if (header.schema_version > newest) {
    ctx.stderr.write(
      `ittc restore: BACKUP_SCHEMA_MISMATCH: the backup was written by a newer ITTC (${header.ittc_version}, schema version ` +
        `${header.schema_version}); this ITTC knows schema versions up to ${newest}. Upgrade ITTC first.\n`,
    );
    return EXIT.failure;
  }
  if ((await currentSchemaVersion(database)) === 0) await migrate(database, migrations.filter((m) => m.version <= header.schema_version));

  const progress = startProgress(ctx, 'Restoring');
  try {
    await restoreBackup(database, file, { onProgress: progress.update });
  } catch (err) {
    if (err instanceof BackupError) return fail(ctx, 'restore', err);
    throw err;
  } finally {
    progress.stop();
  }
  const rows = header.tables.reduce((n, t) => n + t.rows, 0);
  ctx.stdout.write(
    `Restored ${rows} rows of ${header.tables.length} tables from ${file} (written ${header.created_at} by ITTC ${header.ittc_version}).\n`,
  );
  const upgraded = await migrate(database);
  if (upgraded.length > 0) ctx.stdout.write(`Then applied ${upgraded.length} newer migrations: ${upgraded.join(', ')}.\n`);
  return EXIT.ok;
}

function usageError(ctx: CliContext, command: CliCommand, message: string): number {
  ctx.stderr.write(`ittc ${command.path.join(' ')}: ${message}\nUsage: ittc ${command.path.join(' ')} ${command.usage.split('\n')[0]}\n`);
  return EXIT.usage;
}

async function withDatabase(work: (database: Database) => Promise<number>): Promise<number> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

export const backupCommand: CliCommand = {
  path: ['backup'],
  summary: 'Write a portable backup of the whole database (gzip JSON Lines) to FILE',
  usage:
    'FILE [--force]\n\n' +
    'Reads one consistent snapshot; works while the server runs on PostgreSQL (the embedded database\n' +
    'admits one process: stop the server first). --force replaces an existing FILE.',
  options: { force: { type: 'boolean' } },
  allowPositionals: true,
  run: async (ctx: CliContext, args: CliArgs) => {
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) return usageError(ctx, backupCommand, 'give exactly one FILE to write.');
    if (fs.existsSync(file) && args.values.force !== true) return usageError(ctx, backupCommand, `${file} exists; give --force to replace it.`);
    if (!fs.existsSync(path.dirname(path.resolve(file)))) return usageError(ctx, backupCommand, `the folder of ${file} does not exist.`);
    return withDatabase((database) => runBackup(ctx, database, file));
  },
};

export const restoreCommand: CliCommand = {
  path: ['restore'],
  summary: 'Restore a backup FILE into an empty database',
  usage:
    'FILE\n\n' +
    'The database (DATABASE_URL or ITTC_DATA_DIR) must be new, or empty and at the backup\'s schema version.\n' +
    'Everything is restored in one transaction, or nothing is.',
  allowPositionals: true,
  run: async (ctx: CliContext, args: CliArgs) => {
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) return usageError(ctx, restoreCommand, 'give exactly one backup FILE to restore.');
    if (!fs.existsSync(file)) return usageError(ctx, restoreCommand, `${file} does not exist.`);
    return withDatabase((database) => runRestore(ctx, database, file));
  },
};
