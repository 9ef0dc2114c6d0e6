import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated, testDatabases } from '../../test/support/databases.js';
import { compose } from '../compose.js';
import { loadConfig } from '../config.js';
import { changeListingStatus, extendListingValidity } from '../core/listings/change-listing-status.js';
import { createListing } from '../core/listings/create-listing.js';
import { updateListing } from '../core/listings/update-listing.js';
import { createOrganization } from '../core/organizations/manage-organization.js';
import { SYSTEM } from '../core/shared/actor.js';
import { BackupError, listTables, readBackupHeader, readTableAsText, restoreBackup, writeBackup, type TextRow } from './backup.js';
import type { Database } from './db.js';
import { seedDemo } from './seed-demo.js';

const NOW = new Date('2026-11-26T09:00:00Z');
const EDGE_LISTING = '00000000-0000-4000-8000-00000000e0e0';

/** Tables a later issue might add: an identity column, a generated column, every awkward type, a quoted name, a composite key. */
const EXTRA_TABLES = `
  CREATE TABLE a_notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    listing_id uuid NOT NULL REFERENCES listings (id),
    body text,
    tags text[],
    at timestamptz,
    day date,
    amount numeric(30, 10),
    data jsonb,
    raw bytea,
    score double precision,
    shout text GENERATED ALWAYS AS (upper(body)) STORED
  );
  CREATE TABLE "Mixed ""Case"" pairs" (k1 text, k2 integer, span interval, PRIMARY KEY (k1, k2));
`;

async function seed(database: Database) {
  const clock = { now: () => NOW };
  const deps = await compose(loadConfig({ NODE_ENV: 'test', ITTC_SEED_DEMO: 'false' }), { database, clock });
  await seedDemo(database, NOW);
  const org = await createOrganization(deps.organizations, SYSTEM, { name: 'Backup Test Lab', nameZh: '备份测试实验室', type: 'research_institute', country: 'de' });
  const draft = await createListing(deps.listings, SYSTEM, {
    kind: 'technology_offer',
    language: 'en',
    title: 'Sodium-ion cathode',
    summary: 'A layered oxide cathode.',
    sectors: ['ind-energy-storage'],
    keywords: ['sodium, ion', 'cathode "P2"', '钠离子'],
    price: { minMinor: 1, maxMinor: 8_000_000_000_000, currency: 'EUR' },
    confidentialDetails: 'secret',
    country: 'DE',
    ownerOrganizationId: org.id,
    deadline: '2027-02-28',
  });
  const edited = await updateListing(deps.listings, SYSTEM, draft.id, 1, { translations: { zh: { title: '钠离子正极', summary: '层状氧化物' } } });
  const published = await changeListingStatus(deps.listings, SYSTEM, draft.id, edited.version, 'publish');
  clock.now = () => new Date(NOW.getTime() + 340 * 86_400_000);
  await extendListingValidity(deps.listings, SYSTEM, draft.id, published.version, 200);
  // An operator's change to a migration-seeded rate, and a new rate.
  await deps.rates.set({ currency: 'USD', validFrom: '2021-04-28', cnyPerUnit: 6.45, source: 'corrected' });
  await deps.rates.set({ currency: 'USD', validFrom: '2026-01-01', cnyPerUnit: 7.123456, source: 'manual' });

  // Values the stores cannot make but the database holds: beyond 2^53, microseconds, odd arrays, big jsonb numbers.
  await sql`INSERT INTO listings (id, kind, language, title, translations, keywords, price_min_minor, price_max_minor, price_currency,
      country, owner_organization_id, created_at, updated_at, published_at)
    VALUES (${EDGE_LISTING}, 'technology_request', 'zh', '边缘', '{"en": {"title": "Edge", "summary": "", "description": ""}, "n": 12345678901234567890123}',
      ARRAY['a,b', 'c"d', '{e}', 'back\\slash', '', 'NULL'], 9007199254740993, 9223372036854775807, 'CNY',
      'CN', ${org.id}, '2026-01-02 03:04:05.123456+00', '2026-01-02 03:04:05.123457+00', NULL)`.execute(database.db);
  await sql`INSERT INTO a_notes (listing_id, body, tags, at, day, amount, data, raw, score) VALUES
    (${EDGE_LISTING}, 'first', ARRAY['x', NULL, 'y z'], '1999-12-31 23:59:59.999999+00', '0001-01-01', 12345678901234567890.0123456789,
      '{"deep": [1, 2.50, {"k": null}], "s": "\\u00e9"}', '\\x00ff10', 0.1),
    (${EDGE_LISTING}, NULL, '{}', NULL, NULL, NULL, 'null', NULL, 'NaN')`.execute(database.db);
  // Tables of other contexts: a composite key, an append-only table behind triggers.
  const user = '00000000-0000-4000-8000-0000000000a1';
  await sql`INSERT INTO users (id, email, name, password_hash, roles, created_at, updated_at)
    VALUES (${user}, 'ada@example.org', 'Ada', '$argon2id$v=19$x', ARRAY['broker'], ${NOW}, ${NOW})`.execute(database.db);
  await sql`INSERT INTO memberships (organization_id, user_id, role, created_at) VALUES (${org.id}, ${user}, 'org_admin', ${NOW})`.execute(database.db);
  await sql`INSERT INTO audit_log (at, actor_kind, actor_user_id, action, entity_type, entity_id, summary)
    VALUES (${NOW}, 'user', ${user}, 'listing.publish', 'listing', ${draft.id}, '{"version": 2}')`.execute(database.db);
  await sql`INSERT INTO "Mixed ""Case"" pairs" VALUES ('b', 2, '1 day 02:03:04.5'), ('a', 10, '-3 mons'), ('a', 9, NULL)`.execute(database.db);
  // A row deleted leaves a gap the restored sequence must remember.
  await sql`INSERT INTO a_notes (listing_id, body) VALUES (${EDGE_LISTING}, 'deleted')`.execute(database.db);
  await sql`DELETE FROM a_notes WHERE body = 'deleted'`.execute(database.db);
}

/** Every table's rows twice: as the driver parses them (SELECT *) and as PostgreSQL's text. */
async function snapshot(database: Database) {
  const tables = await listTables(database.db);
  const parsed: Record<string, unknown[]> = {};
  const text: Record<string, TextRow[]> = {};
  for (const t of tables) {
    const name = `public."${t.name.replace(/"/g, '""')}"`;
    const order = t.primaryKey.map((k) => `"${k}"`).join(', ');
    parsed[t.name] = (await sql.raw(`SELECT * FROM ${name} ORDER BY ${order}`).execute(database.db)).rows;
    text[t.name] = await database.db.transaction().execute(async (tx) => {
      await sql`SET LOCAL TimeZone = 'UTC'`.execute(tx);
      const all: TextRow[] = [];
      for await (const batch of readTableAsText(tx, t, 7)) all.push(...batch);
      return all;
    });
  }
  return { parsed, text };
}

describe.each(testDatabases())('backup and restore on $kind', (factory) => {
  let source: Database;
  let target: Database;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ittc-backup-'));
    file = path.join(dir, 'ittc.backup.jsonl.gz');
    [source, target] = await Promise.all([openMigrated(factory), openMigrated(factory)]);
    for (const d of [source, target]) await d.execScript(EXTRA_TABLES);
    await seed(source);
    await writeBackup(source, file, { ittcVersion: '0.1.0', now: NOW });
  }, 120_000);

  afterAll(async () => {
    await source?.close();
    await target?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds every application table, parents before the tables that point at them', async () => {
    const names = (await listTables(source.db)).map((t) => t.name);
    const all = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'`.execute(source.db);
    expect([...names].sort()).toEqual(all.rows.map((r) => r.name).sort());
    expect(names).toEqual(expect.arrayContaining(['Mixed "Case" pairs', 'a_notes', 'exchange_rates', 'listing_changes', 'listings', 'organizations']));
    expect(names).not.toContain('schema_migrations');
    const links = await sql<{ child: string; parent: string }>`SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent
      FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid`.execute(source.db);
    expect(links.rows.length).toBeGreaterThan(3);
    for (const { child, parent } of links.rows) expect(names.indexOf(parent), `${parent} before ${child}`).toBeLessThan(names.indexOf(child));
  });

  it('writes a header with the schema version and the row count of each table', async () => {
    const header = await readBackupHeader(file);
    expect(header).toMatchObject({ format: 'ittc-backup', format_version: 1, ittc_version: '0.1.0', created_at: NOW.toISOString() });
    expect(header.schema_version).toBeGreaterThanOrEqual(2);
    const rows = Object.fromEntries(header.tables.map((t) => [t.name, t.rows]));
    const demo = await sql<{ o: number; l: number }>`SELECT (SELECT count(*)::int FROM organizations) o, (SELECT count(*)::int FROM listings) l`.execute(source.db);
    expect(rows).toMatchObject({ organizations: demo.rows[0]!.o, listings: demo.rows[0]!.l, a_notes: 2, 'Mixed "Case" pairs': 3 });
    expect(rows.exchange_rates).toBe(36);
    expect(header.tables.find((t) => t.name === 'a_notes')!.columns.map((c) => c.name)).not.toContain('shout');
  });

  it('refuses a truncated archive and leaves the target untouched', async () => {
    const cut = path.join(dir, 'cut.gz');
    const whole = zlib.gunzipSync(fs.readFileSync(file));
    fs.writeFileSync(cut, zlib.gzipSync(whole.subarray(0, Math.floor(whole.length * 0.6))));
    await expect(restoreBackup(target, cut)).rejects.toMatchObject({ code: 'BACKUP_UNREADABLE' });
    const broken = path.join(dir, 'broken.gz');
    fs.writeFileSync(broken, fs.readFileSync(file).subarray(0, 4000));
    await expect(restoreBackup(target, broken)).rejects.toBeInstanceOf(BackupError);
    const n = await sql<{ n: number }>`SELECT count(*)::int n FROM organizations`.execute(target.db);
    expect(n.rows[0]!.n).toBe(0);
  });

  it('refuses a backup made at another schema version', async () => {
    const other = path.join(dir, 'other.gz');
    const [head, ...rest] = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const header = JSON.parse(head!);
    fs.writeFileSync(other, zlib.gzipSync([JSON.stringify({ ...header, schema_version: header.schema_version + 1 }), ...rest].join('\n')));
    await expect(restoreBackup(target, other)).rejects.toMatchObject({ code: 'BACKUP_SCHEMA_MISMATCH', message: expect.stringMatching(/schema version/) });
  });

  it('refuses a file that is not a backup', async () => {
    const notBackup = path.join(dir, 'x.csv');
    fs.writeFileSync(notBackup, 'id,name\n1,x\n');
    await expect(restoreBackup(target, notBackup)).rejects.toMatchObject({ code: 'BACKUP_UNREADABLE', message: expect.stringMatching(/not an ITTC backup/) });
  });

  it('refuses to restore into a database that holds data, changing nothing', async () => {
    const before = await snapshot(source);
    await expect(restoreBackup(source, file)).rejects.toMatchObject({
      code: 'RESTORE_TARGET_NOT_EMPTY',
      message: expect.stringMatching(/organizations \(\d+ rows\)/),
    });
    expect(await snapshot(source)).toEqual(before);
  });

  it('restores every table so that each row equals the original, value for value', async () => {
    await restoreBackup(target, file);
    const [a, b] = await Promise.all([snapshot(source), snapshot(target)]);
    expect(Object.keys(b.text).sort()).toEqual(Object.keys(a.text).sort());
    for (const table of Object.keys(a.text)) {
      expect(b.text[table], table).toEqual(a.text[table]);
      expect(b.parsed[table], table).toEqual(a.parsed[table]);
    }
    // Checked apart from the reader that wrote the backup:
    const edge = await sql<Record<string, string>>`SELECT price_min_minor::text p, price_max_minor::text q, created_at::text c, translations->>'n' n,
        keywords::text k FROM listings WHERE id = ${EDGE_LISTING}`.execute(target.db);
    expect(edge.rows[0]).toMatchObject({ p: '9007199254740993', q: '9223372036854775807', n: '12345678901234567890123', k: '{"a,b","c\\"d","{e}","back\\\\slash","","NULL"}' });
    expect(edge.rows[0]!.c).toMatch(/^2026-01-02 0\d:04:05\.123456/);
    const rate = await sql<{ r: string; s: string }>`SELECT cny_per_unit::text r, source s FROM exchange_rates WHERE currency = 'USD' AND valid_from = '2021-04-28'`.execute(target.db);
    expect(rate.rows[0]).toEqual({ r: '6.45000000', s: 'corrected' });
    const notes = await sql<{ amount: string; raw: string; shout: string | null }>`SELECT amount::text amount, encode(raw, 'hex') raw, shout FROM a_notes ORDER BY id`.execute(target.db);
    expect(notes.rows[0]).toEqual({ amount: '12345678901234567890.0123456789', raw: '00ff10', shout: 'FIRST' });
  });

  it('leaves sequences where the original left them, so new rows get new numbers', async () => {
    const next = async (d: Database) => {
      const note = await sql<{ id: number }>`INSERT INTO a_notes (listing_id) VALUES (${EDGE_LISTING}) RETURNING id`.execute(d.db);
      const change = await sql<{ seq: number }>`INSERT INTO listing_changes (listing_id) VALUES (${EDGE_LISTING}) RETURNING seq`.execute(d.db);
      return { note: note.rows[0]!.id, change: change.rows[0]!.seq };
    };
    const [fromSource, fromTarget] = [await next(source), await next(target)];
    expect(fromTarget).toEqual(fromSource);
    // The deleted third note used id 3: the next one is 4, not 3.
    expect(fromTarget.note).toBe(4);
  });
});
