import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabases } from '../../test/support/databases.js';
import { loadMigrations, migrate, schemaVersion } from './migrate.js';

describe.each(testDatabases())('migrations on $kind', (factory) => {
  it('migrate an empty database to the latest version, and a second run does nothing', async () => {
    const database = await factory.open();
    try {
      const all = loadMigrations();
      expect(await migrate(database)).toEqual(all.map((m) => m.name));
      expect(await schemaVersion(database)).toBe(all.at(-1)!.version);
      expect(await migrate(database)).toEqual([]);
      const tables = await sql<{ t: string }>`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`.execute(database.db);
      expect(tables.rows.map((r) => r.t)).toEqual(expect.arrayContaining(['exchange_rates', 'listings', 'organizations', 'schema_migrations']));
    } finally {
      await database.close();
    }
  });

  it('rolls a failing migration back whole', async () => {
    const database = await factory.open();
    try {
      const broken = [{ version: 1, name: '0001_broken', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' }];
      await expect(migrate(database, broken)).rejects.toThrow();
      const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done'`.execute(database.db);
      expect(r.rows[0]!.n).toBe(0);
      expect(await schemaVersion(database)).toBe(0);
    } finally {
      await database.close();
    }
  });

  it('numbers migrations without gaps', () => {
    loadMigrations().forEach((m, i) => expect(m.version).toBe(i + 1));
  });
});
