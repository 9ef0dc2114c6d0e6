import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated, testDatabases } from '../../../test/support/databases.js';
import { runIttc, startServerProcess } from '../../../test/support/server-process.js';
import { parseCsv } from '../../store/csv.js';
import { openDatabase, type Database } from '../../store/db.js';
import { readRecords, type ImportEntity, type ImportFormat } from '../../store/import-rows.js';
import { loadMigrations, migrate } from '../../store/migrate.js';
import { seedDemo } from '../../store/seed-demo.js';
import type { CliContext } from '../command.js';
import { runCli } from '../main.js';
import { runBackup, runRestore } from './backup.js';
import { runExport } from './export.js';
import { runImport } from './import.js';

const NOW = new Date('2026-11-26T09:00:00Z');

function capture(): CliContext & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        append(String(chunk));
        done();
      },
    });
  return { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), isTty: false, out: () => out, err: () => err };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ittc-data-commands-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
};

describe('data commands refuse bad arguments with exit code 2, before opening any database', () => {
  const cases: [string, string[], RegExp][] = [
    ['import without a subject', ['import'], /say what to import: organizations or listings/],
    ['import of an unknown subject', ['import', 'people', 'x.csv'], /say what to import/],
    ['import without a file', ['import', 'listings'], /give the file to import/],
    ['a file whose format its name does not tell', ['import', 'listings', 'data.txt'], /give --format csv or --format jsonl/],
    ['an unknown --format', ['import', 'listings', 'data.csv', '--format', 'xml'], /--format must be csv or jsonl/],
    ['a file that does not exist', ['import', 'organizations', path.join(tmp, 'missing.csv')], /cannot read .*missing\.csv/],
    ['export of an unknown subject', ['export', 'deals'], /say what to export/],
    ['confidential details of organizations', ['export', 'organizations', '--include-confidential'], /listings only/],
    ['backup without a file', ['backup'], /give exactly one FILE/],
    ['restore of a missing file', ['restore', path.join(tmp, 'none.gz')], /does not exist/],
    ['an unknown option', ['export', 'listings', '--colour'], /Unknown option '--colour'/],
  ];
  it.each(cases)('%s', async (_name, argv, message) => {
    const ctx = capture();
    expect(await runCli(argv, ctx)).toBe(2);
    expect(ctx.err()).toMatch(message);
  });

  it('refuses a CSV header with an unknown column, naming it, and imports nothing', async () => {
    const file = write('colour.csv', 'name,type,country,colour\nA,enterprise,DE,red\n');
    const ctx = capture();
    expect(await runCli(['import', 'organizations', file], ctx)).toBe(2);
    expect(ctx.err()).toMatch(/Unknown column "colour" in the header\. Columns for organizations: id, name, .*Nothing was imported\./);
  });

  it('refuses to overwrite an existing file without --force', async () => {
    const file = write('exists.csv', 'x');
    for (const argv of [['backup', file], ['export', 'listings', '--out', file]]) {
      const ctx = capture();
      expect(await runCli(argv, ctx)).toBe(2);
      expect(ctx.err()).toMatch(/exists; give --force to replace it/);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('x');
  });
});

/** Rows of an export, by id, without the fields the database sets on import (times, extension count). */
function exportedRows(text: string, format: ImportFormat): Map<string, Record<string, unknown>> {
  let rows: Record<string, unknown>[];
  if (format === 'csv') {
    const [head, ...rest] = parseCsv(text);
    rows = rest.map((r) => Object.fromEntries(head!.fields.map((h, i) => [h, r.fields[i]])));
  } else {
    rows = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  }
  return new Map(
    rows.map((r) => {
      const { created_at: _c, updated_at: _u, published_at: _p, expires_at: _e, extension_count: _x, ...kept } = r;
      return [String(r.id), kept];
    }),
  );
}

describe.each(testDatabases())('import and export commands on $kind', (factory) => {
  let source: Database;
  let target: Database;

  const exportText = async (database: Database, entity: ImportEntity, format: ImportFormat, includeConfidential = true) => {
    const ctx = capture();
    expect(await runExport(ctx, database, { entity, format, includeConfidential, bom: false }, null)).toBe(0);
    return { text: ctx.out(), message: ctx.err() };
  };
  const importText = async (database: Database, entity: ImportEntity, format: ImportFormat, text: string, dryRun = false) => {
    const ctx = capture();
    const code = await runImport(ctx, database, { entity, format, records: readRecords(entity, format, text), dryRun, now: NOW });
    return { code, out: ctx.out(), err: ctx.err() };
  };

  beforeAll(async () => {
    [source, target] = await Promise.all([openMigrated(factory), openMigrated(factory)]);
    await seedDemo(source, NOW);
  }, 120_000);
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('reports each problem as "line N: CODE: message (column)" on stderr, commits the valid rows and exits 1', async () => {
    const orgs = 'key,name,type,country,website\nrt-lab,Round Trip Lab,research_institute,CH,rt-lab.example.ch\nbad,,castle,CH,\n';
    const o = await importText(source, 'organizations', 'csv', orgs);
    expect(o.code).toBe(1);
    expect(o.err).toBe(
      'line 3: ORGANIZATION_NAME_REQUIRED: Give the name in English, in Chinese, or both. (name)\n' +
        'line 3: ORGANIZATION_TYPE_INVALID: type must be one of university, research_institute, enterprise, investor, government, intermediary, other. (type)\n',
    );
    expect(o.out).toBe('Imported 1 organization; 0 skipped, 1 invalid (of 2 rows).\n');

    const listings =
      'key,kind,language,status,title,summary,sectors,keywords,price_min_minor,price_max_minor,price_currency,translation_zh_title,translation_zh_summary,confidential_details,country,owner_key\n' +
      'rt-1,technology_offer,en,published,"Quantum dots, ""green""",Made without cadmium.,wipo-22;ind-new-materials,dots;a\\;b,100,,chf,绿色量子点,不含镉。,"SECRET-RT\nline two",ch,rt-lab\n' +
      'rt-2,technology_offer,en,published,Too bare,,,,9,1,CHF,,,,CH,rt-lab\n' +
      'rt-3,technology_request,en,,Need coatings,,,,,,,,,,CH,rt-lab\n';
    const l = await importText(source, 'listings', 'csv', listings);
    expect(l.code).toBe(1);
    // rt-2 is on line 4: the confidential details of rt-1 span two lines.
    expect(l.err.split('\n').filter(Boolean)).toEqual([
      'line 4: LISTING_BUDGET_RANGE_INVALID: The maximum must not be below the minimum. (price_max_minor)',
      'line 4: LISTING_INCOMPLETE: A summary is needed before publishing. (summary)',
      'line 4: LISTING_INCOMPLETE: Choose at least one sector before publishing. (sectors)',
    ]);
    expect(l.out).toBe('Imported 2 listings; 0 skipped, 1 invalid (of 3 rows).\n');
  });

  it('writes nothing in a dry run, and exits 0 when every row is fine', async () => {
    const count = async () => (await sql<{ n: number }>`SELECT count(*)::int n FROM organizations`.execute(target.db)).rows[0]!.n;
    const before = await count();
    const r = await importText(target, 'organizations', 'jsonl', '{"name":"Dry Ltd","type":"enterprise","country":"GB"}\n', true);
    expect(r).toEqual({ code: 0, err: '', out: 'Dry run: 1 organization would be imported; 0 skipped, 0 invalid (of 1 rows). Nothing was written.\n' });
    expect(await count()).toBe(before);
  });

  it('leaves confidential details out of an export unless asked for', async () => {
    const without = await exportText(source, 'listings', 'csv', false);
    expect(parseCsv(without.text)[0]!.fields).not.toContain('confidential_details');
    expect(without.text).not.toContain('SECRET-RT');
    expect(without.message).toMatch(/^Exported \d+ listings without confidential details\.\n$/);
    const jsonl = await exportText(source, 'listings', 'jsonl', false);
    expect(jsonl.text).not.toContain('confidential_details');
    const withSecrets = await exportText(source, 'listings', 'csv', true);
    expect(withSecrets.text).toContain('"SECRET-RT\r\nline two"'.replace('\r\n', '\n'));
  });

  it.each(['csv', 'jsonl'] as const)('round-trips an export through import (%s)', async (format) => {
    await sql`DELETE FROM listings`.execute(target.db);
    await sql`DELETE FROM organizations`.execute(target.db);
    const orgs = await exportText(source, 'organizations', format);
    const listings = await exportText(source, 'listings', format);

    const o = await importText(target, 'organizations', format, orgs.text);
    expect(o).toMatchObject({ code: 0, err: '' });
    const l = await importText(target, 'listings', format, listings.text);
    // Only drafts and published listings are imported; the rest are reported, each with one issue.
    const statuses = await sql<{ status: string; n: number }>`SELECT status, count(*)::int n FROM listings GROUP BY status`.execute(source.db);
    const notImportable = statuses.rows.filter((s) => s.status !== 'draft' && s.status !== 'published').reduce((n, s) => n + s.n, 0);
    expect(notImportable).toBeGreaterThan(0);
    expect(l.err.split('\n').filter(Boolean)).toHaveLength(notImportable);
    expect(l.err.split('\n').filter(Boolean).every((line) => /^line \d+: IMPORT_STATUS_INVALID: .* \(status\)$/.test(line))).toBe(true);
    expect(l.code).toBe(1);

    const again = { orgs: await exportText(target, 'organizations', format), listings: await exportText(target, 'listings', format) };
    expect(exportedRows(again.orgs.text, format)).toEqual(exportedRows(orgs.text, format));
    const expected = exportedRows(listings.text, format);
    for (const [id, row] of expected) if (row.status !== 'draft' && row.status !== 'published') expected.delete(id);
    const actual = exportedRows(again.listings.text, format);
    expect(actual.size).toBe(expected.size);
    expect(actual).toEqual(expected);
    expect(again.listings.text).toContain('SECRET-RT');
  });

  it('writes --out files whole, with a byte-order mark when asked', async () => {
    const out = path.join(tmp, `orgs-${factory.kind}.csv`);
    const ctx = capture();
    expect(await runExport(ctx, source, { entity: 'organizations', format: 'csv', includeConfidential: false, bom: true }, out)).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFid,name,name_zh,')).toBe(true);
    expect(ctx.err()).toMatch(new RegExp(`^Exported \\d+ organizations to ${out.replace(/[.\\]/g, '\\$&')}\\.\\n$`));
    expect(fs.readdirSync(tmp).filter((f) => f.includes('.partial-'))).toEqual([]);
    const again = await importText(target, 'organizations', 'csv', text);
    expect(again.out).toMatch(/^Imported 0 organizations; \d+ skipped, 0 invalid/);
  });
});

describe('restore into a new database', () => {
  let old: Database;
  let fresh: Database;
  const migrations = loadMigrations();
  const first = migrations.filter((m) => m.version <= 2);

  beforeAll(async () => {
    [old, fresh] = await Promise.all([openDatabase({ kind: 'pglite', dataDir: null }), openDatabase({ kind: 'pglite', dataDir: null })]);
    await migrate(old, first);
    await sql`INSERT INTO organizations (id, name, type, country, created_at, updated_at)
      VALUES ('00000000-0000-4000-8000-000000000001', 'Old Times Ltd', 'enterprise', 'GB', ${NOW}, ${NOW})`.execute(old.db);
  }, 120_000);
  afterAll(async () => {
    await old?.close();
    await fresh?.close();
  });

  it('refuses a backup written by a newer ITTC', async () => {
    const file = path.join(tmp, 'future.gz');
    fs.writeFileSync(file, zlib.gzipSync(`${JSON.stringify({ format: 'ittc-backup', format_version: 1, ittc_version: '9.0.0', schema_version: 9999, created_at: NOW.toISOString(), tables: [] })}\n`));
    const ctx = capture();
    expect(await runRestore(ctx, fresh, file)).toBe(1);
    expect(ctx.err()).toMatch(/^ittc restore: BACKUP_SCHEMA_MISMATCH: the backup was written by a newer ITTC \(9\.0\.0, schema version 9999\)/);
  });

  it('brings a new database to the backup\'s schema version, restores, then upgrades it', async () => {
    const file = path.join(tmp, 'old.gz');
    const b = capture();
    expect(await runBackup(b, old, file, NOW)).toBe(0);
    expect(b.out()).toMatch(/^Backed up 36 rows of 4 tables \(schema version 2\)/);
    const r = capture();
    expect(await runRestore(r, fresh, file)).toBe(0);
    expect(r.err()).toBe('');
    expect(r.out()).toContain(`Restored 36 rows of 4 tables from ${file}`);
    const later = migrations.filter((m) => m.version > 2);
    if (later.length > 0) expect(r.out()).toContain(`Then applied ${later.length} newer migrations: ${later.map((m) => m.name).join(', ')}.`);
    const org = await fresh.db.selectFrom('organizations').select(['name']).executeTakeFirstOrThrow();
    expect(org.name).toBe('Old Times Ltd');
    const version = await sql<{ v: number }>`SELECT max(version)::int v FROM schema_migrations`.execute(fresh.db);
    expect(version.rows[0]!.v).toBe(Math.max(...migrations.map((m) => m.version)));
  });
});

describe('the embedded database admits one process', () => {
  it('refuses an export while `ittc serve` holds the directory, and leaves its data intact', async () => {
    const env = { ITTC_DATA_DIR: path.join(tmp, 'held'), ITTC_SEED_DEMO: 'false' };
    const file = write('held.csv', 'key,name,name_zh,type,country\nh1,Holder One,持有者一,enterprise,HK\nh2,Holder Two,,university,MO\n');
    const imported = await runIttc(['import', 'organizations', file], env);
    expect(imported).toMatchObject({ code: 0, stdout: 'Imported 2 organizations; 0 skipped, 0 invalid (of 2 rows).\n' });

    const holder = await startServerProcess(env);
    try {
      const busy = await runIttc(['export', 'organizations'], env);
      expect(busy.code).toBe(3);
      expect(busy.stderr).toContain(`is in use by another ITTC process (pid ${holder.child.pid})`);
      expect(busy.stdout).toBe('');

      const page = (await (await fetch(`${holder.url}/api/organizations?sort=name`)).json()) as { total: number; items: { name: string }[] };
      expect(page.items.map((o) => o.name)).toEqual(['Holder One', 'Holder Two']);
    } finally {
      expect(await holder.stop()).toBe(0);
    }
    const after = await runIttc(['export', 'organizations', '--format', 'jsonl'], env);
    expect(after.stderr).toBe('Exported 2 organizations.\n');
    expect(after.code).toBe(0);
    expect(after.stdout.trim().split('\n').map((l) => JSON.parse(l).name)).toEqual(['Holder One', 'Holder Two']);
  }, 240_000);
});
