import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

export type Overview = { offers: number; requests: number; organizations: number; countries: number; listingsPublished: number };

export type StatsStore = { overview: () => Promise<Overview> };

/** Headline figures over public, published listings. */
export function createStatsStore(db: Kysely<DB>): StatsStore {
  return {
    async overview() {
      const r = await sql<{ offers: number; requests: number; published: number; organizations: number; countries: number }>`
        SELECT
          (SELECT count(*)::int FROM listings WHERE status = 'published' AND visibility = 'public' AND kind = 'technology_offer') AS offers,
          (SELECT count(*)::int FROM listings WHERE status = 'published' AND visibility = 'public' AND kind = 'technology_request') AS requests,
          (SELECT count(*)::int FROM listings WHERE status = 'published' AND visibility = 'public') AS published,
          (SELECT count(*)::int FROM organizations) AS organizations,
          (SELECT count(DISTINCT country)::int FROM organizations) AS countries
      `.execute(db);
      const row = r.rows[0]!;
      return { offers: row.offers, requests: row.requests, organizations: row.organizations, countries: row.countries, listingsPublished: row.published };
    },
  };
}
