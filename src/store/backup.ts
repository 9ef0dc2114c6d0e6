import fs from 'node:fs';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { z } from 'zod';
import type { Database } from './db.js';
import { schemaVersion } from './migrate.js';
import type { DB } from './schema.js';

/**
 * Portable backups: a gzip-compressed JSON Lines archive of every application table (every table
 * of the public schema but schema_migrations, found in the catalog so later tables are included).
 * Line 1 is a header; then one line per row, {"t": table, "r": {column: value}}, tables ordered
 * parents first. Values are PostgreSQL's own text form of each value (null for NULL), read with
 * fixed session settings, so timestamps, dates, bigints, numerics, arrays and jsonb come back
 * exactly, on PGlite and PostgreSQL alike.
 */

export const BACKUP_FORMAT = 'ittc-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const BACKUP_ERROR_CODES = ['BACKUP_UNREADABLE', 'BACKUP_SCHEMA_MISMATCH', 'RESTORE_TARGET_NOT_EMPTY'] as const;
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];

/** A backup cannot be written or restored; the message says why and what to do. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const Column = z.object({ name: z.string(), type: z.string() });
const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  format_version: z.literal(BACKUP_FORMAT_VERSION),
  ittc_version: z.string(),
  schema_version: z.number().int(),
  created_at: z.string(),
  database: z.string().optional(),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().min(0), columns: z.array(Column) })),
  sequences: z.array(z.object({ name: z.string(), last_value: z.string(), is_called: z.boolean() })).default([]),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export type TableInfo = {
  name: string;
  /** Stored columns in table order (generated columns are left out: the database computes them). */
  columns: { name: string; type: string }[];
  primaryKey: string[];
  /** Whether a column is GENERATED ALWAYS AS IDENTITY (inserting it needs OVERRIDING SYSTEM VALUE). */
  hasIdentityAlways: boolean;
  /** Columns filled from a sequence (serial or identity), with that sequence. */
  sequenceColumns: { column: string; sequence: string }[];
};

type Db = Kysely<DB>;
const qi = (name: string) => `"${name.replace(/"/g, '""')}"`;
const qt = (table: string) => `public.${qi(table)}`;

async function rows<T>(db: Db, query: RawBuilder<T>): Promise<T[]> {
  return (await query.execute(db)).rows;
}

/** Session settings under which every value's text form is the same on every server. */
async function fixSessionFormats(tx: Db): Promise<void> {
  for (const setting of ["TimeZone = 'UTC'", "DateStyle = 'ISO, YMD'", "IntervalStyle = 'postgres'", 'extra_float_digits = 1', "bytea_output = 'hex'"]) {
    await sql.raw(`SET LOCAL ${setting}`).execute(tx);
  }
}

/** The application tables, parents before the tables whose foreign keys point at them. */
export async function listTables(db: Db): Promise<TableInfo[]> {
  const tables = await rows(
    db,
    sql<{ name: string }>`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> 'schema_migrations'
      ORDER BY c.relname`,
  );
  const columns = await rows(
    db,
    sql<{ table: string; name: string; type: string; identity: string; generated: string; sequence: string | null }>`
      SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
        a.attidentity::text AS identity, a.attgenerated::text AS generated,
        pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
  );
  const keys = await rows(
    db,
    sql<{ table: string; name: string }>`
      SELECT c.relname AS table, a.attname AS name
      FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' AND i.indisprimary
      ORDER BY c.relname, k.ord`,
  );
  const links = await rows(
    db,
    sql<{ child: string; parent: string }>`
      SELECT child.relname AS child, parent.relname AS parent
      FROM pg_constraint f JOIN pg_class child ON child.oid = f.conrelid JOIN pg_class parent ON parent.oid = f.confrelid
      JOIN pg_namespace n ON n.oid = child.relnamespace JOIN pg_namespace pn ON pn.oid = parent.relnamespace
      WHERE f.contype = 'f' AND n.nspname = 'public' AND pn.nspname = 'public'`,
  );

  const infos = new Map<string, TableInfo>(
    tables.map((t) => [t.name, { name: t.name, columns: [], primaryKey: [], hasIdentityAlways: false, sequenceColumns: [] }]),
  );
  for (const c of columns) {
    const info = infos.get(c.table);
    if (!info || c.generated !== '') continue;
    info.columns.push({ name: c.name, type: c.type });
    if (c.identity === 'a') info.hasIdentityAlways = true;
    if (c.sequence) info.sequenceColumns.push({ column: c.name, sequence: c.sequence });
  }
  for (const k of keys) infos.get(k.table)?.primaryKey.push(k.name);

  // Kahn's algorithm, alphabetical among equals; tables on a foreign-key cycle go last
  // (restore defers the constraints that allow it).
  const parents = new Map([...infos.keys()].map((n) => [n, new Set<string>()]));
  for (const l of links) if (l.child !== l.parent && infos.has(l.parent)) parents.get(l.child)?.add(l.parent);
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  for (;;) {
    const ready = [...infos.keys()].filter((n) => !placed.has(n) && [...parents.get(n)!].every((p) => placed.has(p)));
    if (ready.length === 0) break;
    for (const n of ready) {
      placed.add(n);
      ordered.push(infos.get(n)!);
    }
  }
  for (const [n, info] of infos) if (!placed.has(n)) ordered.push(info);
  return ordered;
}

/** The SELECT that reads a table as text values in primary-key order. */
function selectAsText(t: TableInfo): string {
  const list = t.columns.map((c) => `${qi(c.name)}::text AS ${qi(c.name)}`).join(', ');
  const order = t.primaryKey.length > 0 ? t.primaryKey.map(qi).join(', ') : `${qi(t.name)}::text`;
  return `SELECT ${list} FROM ${qt(t.name)} ORDER BY ${order}`;
}

export type TextRow = Record<string, string | null>;

/**
 * A table's rows as text values in primary-key order, in batches (a cursor: any size fits).
 * Must run inside a transaction.
 */
export async function* readTableAsText(tx: Db, table: TableInfo, batchSize = 1000): AsyncGenerator<TextRow[]> {
  await sql.raw(`DECLARE ittc_backup_rows NO SCROLL CURSOR FOR ${selectAsText(table)}`).execute(tx);
  try {
    for (;;) {
      const batch = (await sql.raw<TextRow>(`FETCH FORWARD ${batchSize} FROM ittc_backup_rows`).execute(tx)).rows;
      if (batch.length > 0) yield batch;
      if (batch.length < batchSize) return;
    }
  } finally {
    await sql.raw('CLOSE ittc_backup_rows').execute(tx);
  }
}

async function sequenceStates(tx: Db): Promise<BackupHeader['sequences']> {
  const seqs = await rows(
    tx,
    sql<{ name: string }>`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`,
  );
  const out: BackupHeader['sequences'] = [];
  for (const s of seqs) {
    const [state] = await rows(tx, sql.raw<{ last_value: string; is_called: boolean }>(`SELECT last_value::text AS last_value, is_called FROM ${qt(s.name)}`));
    if (state) out.push({ name: s.name, ...state });
  }
  return out;
}

export type BackupOptions = {
  ittcVersion: string;
  now: Date;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Writes a backup of every application table to `file` from one consistent snapshot
 * (a repeatable-read transaction). The file appears only when complete, readable by its owner
 * only: it holds everything, password hashes and confidential details included.
 */
export async function writeBackup(database: Database, file: string, options: BackupOptions): Promise<BackupHeader> {
  const partial = `${file}.partial-${process.pid}`;
  let header: BackupHeader | null = null;
  try {
    await database.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (tx) => {
        await fixSessionFormats(tx);
        const tables = await listTables(tx);
        const counted: BackupHeader['tables'] = [];
        for (const t of tables) {
          const [c] = await rows(tx, sql.raw<{ n: number }>(`SELECT count(*)::int AS n FROM ${qt(t.name)}`));
          counted.push({ name: t.name, rows: c?.n ?? 0, columns: t.columns });
        }
        const h: BackupHeader = {
          format: BACKUP_FORMAT,
          format_version: BACKUP_FORMAT_VERSION,
          ittc_version: options.ittcVersion,
          schema_version: (await rows(tx, sql<{ v: number | null }>`SELECT max(version)::int AS v FROM schema_migrations`))[0]?.v ?? 0,
          created_at: options.now.toISOString(),
          database: database.kind,
          tables: counted,
          sequences: await sequenceStates(tx),
        };
        header = h;
        const total = counted.reduce((n, t) => n + t.rows, 0);
        async function* lines() {
          yield `${JSON.stringify(h)}\n`;
          let done = 0;
          for (const t of tables) {
            for await (const batch of readTableAsText(tx, t)) {
              yield batch.map((r) => `${JSON.stringify({ t: t.name, r })}\n`).join('');
              done += batch.length;
              options.onProgress?.(done, total);
            }
          }
        }
        await pipeline(Readable.from(lines()), zlib.createGzip(), fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
      });
    fs.renameSync(partial, file);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
  return header!;
}

/** Reads an archive's lines, gzip-compressed or not. */
function openLines(file: string): AsyncIterator<string> {
  const fd = fs.openSync(file, 'r');
  const magic = Buffer.alloc(2);
  fs.readSync(fd, magic, 0, 2, 0);
  fs.closeSync(fd);
  const raw = fs.createReadStream(file);
  let input: NodeJS.ReadableStream = raw;
  if (magic[0] === 0x1f && magic[1] === 0x8b) {
    const gunzip = zlib.createGunzip();
    raw.on('error', (err) => gunzip.destroy(err));
    input = raw.pipe(gunzip);
  }
  return readline.createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
}

async function readHeader(lines: AsyncIterator<string>, file: string): Promise<BackupHeader> {
  let first: IteratorResult<string>;
  try {
    first = await lines.next();
  } catch (err) {
    throw new BackupError('BACKUP_UNREADABLE', `${file} cannot be read: ${(err as Error).message}.`);
  }
  let value: unknown;
  try {
    value = first.done ? null : JSON.parse(first.value);
  } catch {
    value = null;
  }
  const parsed = BackupHeader.safeParse(value);
  if (!parsed.success) {
    throw new BackupError('BACKUP_UNREADABLE', `${file} is not an ITTC backup (format "${BACKUP_FORMAT}", version ${BACKUP_FORMAT_VERSION}).`);
  }
  return parsed.data;
}

/** Reads only the header of a backup file. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const lines = openLines(file);
  try {
    return await readHeader(lines, file);
  } finally {
    await lines.return?.();
  }
}

export type RestoreOptions = { onProgress?: (done: number, total: number) => void; batchSize?: number };

/**
 * Restores a backup into an empty database at the backup's schema version, in one transaction,
 * then sets every sequence to its backed-up state. Rows a migration wrote (the seeded exchange
 * rates) do not make a database non-empty; they are replaced by the backup's.
 * Errors (BackupError): BACKUP_UNREADABLE, BACKUP_SCHEMA_MISMATCH, RESTORE_TARGET_NOT_EMPTY.
 */
export async function restoreBackup(database: Database, file: string, options: RestoreOptions = {}): Promise<BackupHeader> {
  const lines = openLines(file);
  try {
    const header = await readHeader(lines, file);
    const target = await schemaVersion(database);
    if (header.schema_version !== target) {
      throw new BackupError(
        'BACKUP_SCHEMA_MISMATCH',
        `The backup is at schema version ${header.schema_version} (ITTC ${header.ittc_version}); this database is at ${target}. ` +
          `Restore into a new database, on which no migration has run: ittc restore brings it to the backup's version, restores, then upgrades it.`,
      );
    }
    await database.db.transaction().execute(async (tx) => {
      await fixSessionFormats(tx);
      const tables = new Map((await listTables(tx)).map((t) => [t.name, t]));
      checkSameSchema(header, tables);
      await clearMigrationRows(tx, [...tables.values()]);
      await quietTriggers(tx);
      await loadRows(tx, lines, header, tables, options);
      await restoreSequences(tx, header, [...tables.values()]);
    });
    return header;
  } finally {
    await lines.return?.();
  }
}

function checkSameSchema(header: BackupHeader, tables: Map<string, TableInfo>): void {
  const problems: string[] = [];
  for (const t of header.tables) {
    const target = tables.get(t.name);
    if (!target) {
      problems.push(`table ${t.name} does not exist here`);
      continue;
    }
    const types = new Map(target.columns.map((c) => [c.name, c.type]));
    for (const c of t.columns) {
      const type = types.get(c.name);
      if (type === undefined) problems.push(`column ${t.name}.${c.name} does not exist here`);
      else if (type !== c.type) problems.push(`column ${t.name}.${c.name} is ${type} here, ${c.type} in the backup`);
    }
  }
  if (problems.length > 0) {
    throw new BackupError('BACKUP_SCHEMA_MISMATCH', `The backup does not fit this database's schema: ${problems.slice(0, 10).join('; ')}.`);
  }
}

/**
 * Refuses a database that holds data; deletes the rows migrations wrote. A row written by a
 * migration carries the same transaction id (xmin) as that migration's schema_migrations row,
 * and loses it once changed, so changed seed rows count as data.
 */
async function clearMigrationRows(tx: Db, tables: TableInfo[]): Promise<void> {
  const occupied: string[] = [];
  const seeded: TableInfo[] = [];
  for (const t of tables) {
    const [c] = await rows(
      tx,
      sql.raw<{ data: number; seeded: number }>(
        `SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM schema_migrations m WHERE m.xmin = x.xmin))::int AS data,
           count(*)::int AS seeded FROM ${qt(t.name)} AS x`,
      ),
    );
    if (c && c.data > 0) occupied.push(`${t.name} (${c.data} rows)`);
    else if (c && c.seeded > 0) seeded.push(t);
  }
  if (occupied.length > 0) {
    throw new BackupError(
      'RESTORE_TARGET_NOT_EMPTY',
      `The database is not empty: ${occupied.join(', ')}. Restore into a new database ` +
        `(an empty ITTC_DATA_DIR, or a new PostgreSQL database in DATABASE_URL); nothing was changed.`,
    );
  }
  for (const t of seeded.reverse()) await sql.raw(`DELETE FROM ${qt(t.name)}`).execute(tx);
}

/**
 * Rows come back as they were, so triggers must not act on them (one that logs inserts would add
 * rows). session_replication_role = replica turns triggers and foreign-key checks off for this
 * transaction; it needs a superuser (PGlite is one). Otherwise triggers stay on, foreign keys are
 * satisfied by the parents-first order, and deferrable ones are deferred.
 */
async function quietTriggers(tx: Db): Promise<void> {
  await sql`SAVEPOINT ittc_restore_replica`.execute(tx);
  try {
    await sql`SET LOCAL session_replication_role = replica`.execute(tx);
    await sql`RELEASE SAVEPOINT ittc_restore_replica`.execute(tx);
  } catch {
    await sql`ROLLBACK TO SAVEPOINT ittc_restore_replica`.execute(tx);
    await sql`SET CONSTRAINTS ALL DEFERRED`.execute(tx);
  }
}

async function loadRows(
  tx: Db,
  lines: AsyncIterator<string>,
  header: BackupHeader,
  tables: Map<string, TableInfo>,
  options: RestoreOptions,
): Promise<void> {
  const declared = new Map(header.tables.map((t) => [t.name, { columns: new Set(t.columns.map((c) => c.name)), rows: t.rows }]));
  const loaded = new Map<string, number>();
  const total = header.tables.reduce((n, t) => n + t.rows, 0);
  const batchSize = options.batchSize ?? 500;
  let batch: { table: string; rows: TextRow[] } | null = null;
  let done = 0;
  let lineNo = 1;

  const flush = async () => {
    if (!batch || batch.rows.length === 0) return;
    const t = tables.get(batch.table)!;
    const columns = t.columns.filter((c) => declared.get(t.name)!.columns.has(c.name));
    const names = columns.map((c) => qi(c.name)).join(', ');
    const casts = columns.map((c) => `x.${qi(c.name)}::${c.type}`).join(', ');
    const record = columns.map((c) => `${qi(c.name)} text`).join(', ');
    const overriding = t.hasIdentityAlways ? ' OVERRIDING SYSTEM VALUE' : '';
    await sql`${sql.raw(`INSERT INTO ${qt(t.name)} (${names})${overriding} SELECT ${casts} FROM json_to_recordset(`)}${JSON.stringify(batch.rows)}${sql.raw(`::json) AS x(${record})`)}`.execute(tx);
    loaded.set(t.name, (loaded.get(t.name) ?? 0) + batch.rows.length);
    done += batch.rows.length;
    options.onProgress?.(done, total);
    batch = null;
  };

  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await lines.next();
    } catch (err) {
      throw new BackupError('BACKUP_UNREADABLE', `The backup is damaged after line ${lineNo}: ${(err as Error).message}. Nothing was restored.`);
    }
    if (next.done) break;
    lineNo++;
    if (next.value.trim() === '') continue;
    const entry = parseRowLine(next.value, declared, lineNo);
    if (batch && (batch.table !== entry.t || batch.rows.length >= batchSize)) await flush();
    (batch ??= { table: entry.t, rows: [] }).rows.push(entry.r);
  }
  await flush();

  const short = header.tables.filter((t) => (loaded.get(t.name) ?? 0) !== t.rows);
  if (short.length > 0) {
    throw new BackupError(
      'BACKUP_UNREADABLE',
      `The backup is incomplete: ${short.map((t) => `${t.name} has ${loaded.get(t.name) ?? 0} of ${t.rows} rows`).join(', ')}. Nothing was restored.`,
    );
  }
}

function parseRowLine(line: string, declared: Map<string, { columns: Set<string> }>, lineNo: number): { t: string; r: TextRow } {
  const bad = (why: string) => new BackupError('BACKUP_UNREADABLE', `Line ${lineNo} of the backup is damaged: ${why}. Nothing was restored.`);
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch {
    throw bad('not JSON');
  }
  const { t, r } = (entry ?? {}) as { t?: unknown; r?: unknown };
  if (typeof t !== 'string' || !declared.has(t)) throw bad('unknown table');
  if (typeof r !== 'object' || r === null) throw bad('no row');
  const columns = declared.get(t)!.columns;
  for (const [k, v] of Object.entries(r)) {
    if (!columns.has(k)) throw bad(`unknown column ${k}`);
    if (v !== null && typeof v !== 'string') throw bad(`column ${k} is not text`);
  }
  return { t, r: r as TextRow };
}

async function restoreSequences(tx: Db, header: BackupHeader, tables: TableInfo[]): Promise<void> {
  for (const s of header.sequences) {
    await sql`SELECT setval(${qt(s.name)}::regclass, ${s.last_value}::bigint, ${s.is_called})`.execute(tx);
  }
  // A sequence must never hand out a value its column already holds.
  for (const t of tables) {
    for (const { column, sequence } of t.sequenceColumns) {
      await sql
        .raw(
          `SELECT setval('${sequence.replace(/'/g, "''")}'::regclass, m) FROM (SELECT max(${qi(column)})::bigint AS m FROM ${qt(t.name)}) s
           WHERE m IS NOT NULL AND m >= (SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM ${sequence})`,
        )
        .execute(tx);
    }
  }
}
