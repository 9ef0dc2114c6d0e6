import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrate.js';

export type TestDatabaseFactory = { kind: 'pglite' | 'postgresql'; open: () => Promise<Database> };

/**
 * The databases a contract suite runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is
 * set. Each PostgreSQL open creates its own database (dropped on close), so parallel runs never collide.
 */
export function testDatabases(): TestDatabaseFactory[] {
  const list: TestDatabaseFactory[] = [{ kind: 'pglite', open: () => openDatabase({ kind: 'pglite', dataDir: null }) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) list.push({ kind: 'postgresql', open: () => openTempPostgres(url) });
  return list;
}

export async function openTempPostgres(baseUrl: string): Promise<Database> {
  const name = `ittc_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgresql', url: u.toString(), poolSize: 5 });
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      const a = new pg.Client({ connectionString: baseUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export async function openMigrated(factory: TestDatabaseFactory): Promise<Database> {
  const db = await factory.open();
  await migrate(db);
  return db;
}
