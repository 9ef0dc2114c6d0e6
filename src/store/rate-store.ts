import { sql, type Kysely } from 'kysely';
import type { RateTable } from '../core/shared/money.js';
import type { DB } from './schema.js';

export type RateRow = { currency: string; validFrom: string; cnyPerUnit: number; source: string };

export type RateStore = {
  /** The newest rate of each currency valid on `day` (YYYY-MM-DD). */
  ratesOn: (day: string) => Promise<RateRow[]>;
  set: (row: RateRow) => Promise<void>;
};

export function createRateStore(db: Kysely<DB>): RateStore {
  return {
    async ratesOn(day) {
      const rows = await db
        .selectFrom('exchange_rates')
        .select(['currency', 'valid_from', sql<string>`cny_per_unit::text`.as('rate'), 'source'])
        .distinctOn('currency')
        .where('valid_from', '<=', day)
        .orderBy('currency')
        .orderBy('valid_from', 'desc')
        .execute();
      return rows.map((r) => ({ currency: r.currency, validFrom: r.valid_from, cnyPerUnit: Number(r.rate), source: r.source }));
    },
    async set(row) {
      await db
        .insertInto('exchange_rates')
        .values({ currency: row.currency, valid_from: row.validFrom, cny_per_unit: row.cnyPerUnit, source: row.source })
        .onConflict((oc) => oc.columns(['currency', 'valid_from']).doUpdateSet({ cny_per_unit: row.cnyPerUnit, source: row.source }))
        .execute();
    },
  };
}

export const toRateTable = (rows: RateRow[]): RateTable => new Map(rows.map((r) => [r.currency, r.cnyPerUnit]));
