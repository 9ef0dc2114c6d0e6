import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openMigrated, testDatabases } from '../../../test/support/databases.js';
import { createArgon2Hasher } from '../account-crypto.js';
import type { Database } from '../db.js';
import { findDealIntegrityProblems } from '../deal-integrity-store.js';
import { seedDemo } from '../seed-demo.js';
import { DEMO_DEALS } from './deals.js';

describe.each(testDatabases())('demo deals on $kind', (factory) => {
  let database: Database;
  const now = new Date('2026-11-26T08:00:00Z');

  beforeAll(async () => {
    database = await openMigrated(factory);
    const r = await seedDemo(database, now, { hasher: createArgon2Hasher('low') });
    expect(r.deals).toBe(DEMO_DEALS.length);
  }, 120_000);

  afterAll(async () => {
    await database?.close();
  });

  it('covers every stage of the pipeline', async () => {
    const r = await sql<{ stage: string }>`SELECT DISTINCT stage FROM deals ORDER BY 1`.execute(database.db);
    expect(r.rows.map((x) => x.stage)).toEqual(
      ['accepted', 'agreement', 'closed_lost', 'closed_won', 'declined', 'follow_up', 'interest', 'negotiation', 'nda', 'registered'].sort(),
    );
  });

  it('holds registered contracts with values, currencies and both parties’ countries and regions', async () => {
    const r = await sql<{ n: number; countries: number; currencies: number }>`
      SELECT count(*)::int AS n, count(DISTINCT buyer_country || seller_country)::int AS countries, count(DISTINCT registered_currency)::int AS currencies
      FROM deals WHERE registration_number IS NOT NULL AND registered_value_minor > 0 AND buyer_region <> '' AND seller_region <> ''`.execute(database.db);
    expect(r.rows[0]!.n).toBeGreaterThanOrEqual(6);
    expect(r.rows[0]!.countries).toBeGreaterThanOrEqual(3);
    expect(r.rows[0]!.currencies).toBeGreaterThanOrEqual(4);
  });

  it('writes every deal whole: events, audit entries and versions agree', async () => {
    expect(await findDealIntegrityProblems(database.db)).toEqual([]);
  });

  it('never starts a deal before its listing was published, nor dates a move in the future', async () => {
    const r = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM deals d JOIN listings l ON l.id = d.listing_id
      WHERE d.created_at < l.published_at OR d.updated_at > ${now} OR d.agreement_signed_on > ${now.toISOString().slice(0, 10)}::date`.execute(database.db);
    expect(r.rows[0]!.n).toBe(0);
  });
});
