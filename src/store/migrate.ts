import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './db.js';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export type Migration = { version: number; name: string; sql: string };

/** The numbered SQL files in src/store/migrations, in order. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 4)), name: f.replace(/\.sql$/, ''), sql: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/**
 * Applies every migration not yet applied, each in its own transaction, forward only.
 * Returns the names applied. Fails if the database is newer than this code.
 */
export async function migrate(database: Database, migrations = loadMigrations()): Promise<string[]> {
  await database.execScript(
    `CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const rows = await database.db.selectFrom('schema_migrations').select(['version']).execute();
  const applied = new Set(rows.map((r) => r.version));
  const known = new Set(migrations.map((m) => m.version));
  const unknown = [...applied].filter((v) => !known.has(v));
  if (unknown.length > 0) {
    throw new Error(`The database has migrations this version of ITTC does not know (${unknown.join(', ')}). Upgrade ITTC.`);
  }
  const done: string[] = [];
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    await database.execScript(
      `BEGIN;\n${m.sql}\n;INSERT INTO schema_migrations (version, name) VALUES (${m.version}, '${m.name}');\nCOMMIT;`,
    );
    done.push(m.name);
  }
  return done;
}

export async function schemaVersion(database: Database): Promise<number> {
  const r = await sql<{ v: number | null }>`SELECT max(version)::int AS v FROM schema_migrations`.execute(database.db);
  return r.rows[0]?.v ?? 0;
}
