/**
 * SQL fragments the insight stores share: the listing scope (the same predicates as the
 * listing store's list()), period buckets in the center's calendar, the home-region test, and
 * the conversion of registered contract values to CNY and USD with the dated rate table.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Grain } from '../core/insight/period.js';
import type { ListingScope } from '../core/insight/ports.js';
import { isInHome, type Place } from '../core/insight/regions.js';
import { CURRENCIES } from '../core/taxonomy/currencies.js';
import type { DB } from './schema.js';

export type Db = Kysely<DB>;
type Sql = RawBuilder<unknown>;

/**
 * Runs `work` in a transaction with PostgreSQL's JIT compiler off. The insight queries are
 * estimated expensive enough to be compiled, and compiling them costs seconds more than running
 * them (bench/insight-bench.ts); PGlite has no JIT and takes the setting as a no-op.
 */
export async function withoutJit<T>(db: Db, work: (q: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) {
    await sql`SET LOCAL jit = off`.execute(db);
    return work(db);
  }
  return db.transaction().execute(async (tx) => {
    await sql`SET LOCAL jit = off`.execute(tx);
    return work(tx);
  });
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The listing scope as a WHERE fragment on alias `l`: the visible-market part of the listing
 * store's filter (status in the market statuses and visibility in the viewer's), the same
 * filters as GET /api/listings, and the publication window.
 */
export function scopeWhere(s: ListingScope): Sql {
  const w: Sql[] = [sql`l.status = ANY(${sql.val(s.statuses)}::text[])`, sql`l.visibility = ANY(${sql.val(s.visibilities)}::text[])`];
  if (s.sectors?.length) w.push(sql`l.sectors && ${sql.val(s.sectors)}::text[]`);
  if (s.countries?.length) w.push(sql`l.country = ANY(${sql.val(s.countries)}::text[])`);
  if (s.trlMin !== undefined) w.push(sql`l.trl >= ${s.trlMin}`);
  if (s.trlMax !== undefined) w.push(sql`l.trl <= ${s.trlMax}`);
  if (s.ipcPrefix) w.push(sql`EXISTS (SELECT 1 FROM unnest(l.ipc_codes) AS c WHERE c LIKE ${`${escapeLike(s.ipcPrefix)}%`})`);
  if (s.window) w.push(sql`l.published_at >= ${s.window.start} AND l.published_at < ${s.window.end}`);
  return sql.join(w, sql` AND `);
}

const FORMAT: Record<Grain, string> = { month: 'YYYY-MM', quarter: 'YYYY"Q"Q', year: 'YYYY' };

/** The period label ('2026-07', '2026Q3', '2026') of a timestamptz expression in a calendar `offset` minutes east of UTC. */
export function bucketOfInstant(expr: Sql, grain: Grain, offsetMinutes: number): Sql {
  if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > 18 * 60) throw new RangeError('utc offset out of range');
  return sql`to_char((${expr} AT TIME ZONE 'UTC') + make_interval(mins => ${sql.lit(offsetMinutes)}), ${sql.lit(FORMAT[grain])})`;
}

/** The period label of a date expression (already a local calendar day). */
export function bucketOfDate(expr: Sql, grain: Grain): Sql {
  return sql`to_char(${expr}, ${sql.lit(FORMAT[grain])})`;
}

const TRUNC: Record<Grain, string> = { month: 'month', quarter: 'quarter', year: 'year' };

/**
 * The start of the period (a timestamp, cheap to group by) of a timestamptz expression in the
 * calendar `offset` minutes east of UTC; format it once per group with `periodLabel`.
 */
export function periodStartOfInstant(expr: Sql, grain: Grain, offsetMinutes: number): Sql {
  if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > 18 * 60) throw new RangeError('utc offset out of range');
  return sql`date_trunc(${sql.lit(TRUNC[grain])}, (${expr} AT TIME ZONE 'UTC') + make_interval(mins => ${sql.lit(offsetMinutes)}))`;
}

/** The start of the period of a date expression (a local calendar day), as a timestamp. */
export function periodStartOfDate(expr: Sql, grain: Grain): Sql {
  return sql`date_trunc(${sql.lit(TRUNC[grain])}, ${expr}::timestamp)`;
}

/** The label ('2026-07', '2026Q3', '2026') of a period start made by periodStartOf*. */
export function periodLabel(expr: Sql, grain: Grain): Sql {
  return sql`to_char(${expr}, ${sql.lit(FORMAT[grain])})`;
}

/** The local calendar day of a timestamptz expression. */
export function localDateOf(expr: Sql, offsetMinutes: number): Sql {
  return sql`((${expr} AT TIME ZONE 'UTC') + make_interval(mins => ${sql.lit(offsetMinutes)}))::date`;
}

const placeKey = (region: string | null, city: string | null) => `${region ?? ''}|${city ?? ''}`;

/**
 * A test "is this place in the home region" over three SQL expressions (country, region, city).
 * The free-text regions and cities of the home country that name the home region are found
 * once here (organizations and registered contracts), so the SQL compares exact strings.
 */
export async function homeTest(db: Db, home: Place): Promise<(country: Sql, region: Sql, city: Sql) => Sql> {
  const country = home.country.toUpperCase();
  if (home.region === null && home.city === null) return (c) => sql`(${c} = ${country})`;
  const r = await sql<{ region: string | null; city: string | null }>`
    SELECT DISTINCT region, city FROM organizations WHERE country = ${country}
    UNION SELECT DISTINCT seller_region, NULL FROM deals WHERE seller_country = ${country}
    UNION SELECT DISTINCT buyer_region, NULL FROM deals WHERE buyer_country = ${country}
  `.execute(db);
  const keys = r.rows.filter((p) => isInHome({ country, region: p.region, city: p.city }, home)).map((p) => placeKey(p.region, p.city));
  return (c, region, city) => sql`(${c} = ${country} AND (coalesce(${region}, '') || '|' || coalesce(${city}, '')) = ANY(${sql.val(keys)}::text[]))`;
}

const NON_CENT_CURRENCIES = CURRENCIES.filter((c) => c.minorUnits !== 2);

/** 10^minor units of a currency column, for currencies whose minor unit is not the cent. */
function minorFactor(currency: Sql): Sql {
  if (NON_CENT_CURRENCIES.length === 0) return sql`100`;
  const whens = NON_CENT_CURRENCIES.map((c) => sql.raw(`WHEN '${c.code}' THEN ${10 ** c.minorUnits}`));
  return sql`(CASE ${currency} ${sql.join(whens, sql` `)} ELSE 100 END)`;
}

/**
 * The rate table as ranges [valid_from, valid_to) per currency, for joins: a CTE body. Joining
 * it (see rateJoin) costs one hash lookup per row where a subquery per row costs a scan.
 */
export const RATE_RANGES = sql`
  SELECT currency::text AS currency, valid_from, lead(valid_from) OVER (PARTITION BY currency ORDER BY valid_from) AS valid_to, cny_per_unit
  FROM exchange_rates`;

/** Joins the rate of `currency` in force on `day` from a RATE_RANGES CTE named `ranges`, as alias `as`. */
export function rateJoin(ranges: string, as: string, currency: Sql, day: Sql): Sql {
  const r = sql.ref(as);
  return sql`LEFT JOIN ${sql.table(ranges)} AS ${r} ON ${sql.ref(`${as}.currency`)} = ${currency}::text AND ${sql.ref(`${as}.valid_from`)} <= ${day}
    AND (${sql.ref(`${as}.valid_to`)} IS NULL OR ${day} < ${sql.ref(`${as}.valid_to`)})`;
}

/** convertedValue with the rates already joined (rateJoin): CNY per unit of the currency, and of USD. */
export function convertedValueJoined(valueMinor: Sql, currency: Sql, cnyPerUnit: Sql, cnyPerUsd: Sql): { cny: Sql; usd: Sql } {
  const cnyMajor = sql`(${valueMinor}::numeric / ${minorFactor(currency)} * (CASE WHEN ${currency} = 'CNY' THEN 1 ELSE ${cnyPerUnit} END))`;
  return { cny: sql`round(${cnyMajor} * 100)`, usd: sql`round(${cnyMajor} / ${cnyPerUsd} * 100)` };
}

/** CNY per unit of `currency` in force on `day` (the newest rate from that day back). */
const rateOn = (currency: Sql, day: Sql): Sql =>
  sql`(SELECT e.cny_per_unit FROM exchange_rates e WHERE e.currency = ${currency} AND e.valid_from <= ${day} ORDER BY e.valid_from DESC LIMIT 1)`;

/**
 * A contract value (minor units of `currency`) in CNY fen and in US cents at the rates in force
 * on `day`, rounded half away from zero; null when a rate is missing. CNY needs no rate.
 */
export function convertedValue(valueMinor: Sql, currency: Sql, day: Sql): { cny: Sql; usd: Sql } {
  const cnyMajor = sql`(${valueMinor}::numeric / ${minorFactor(currency)} * (CASE WHEN ${currency} = 'CNY' THEN 1 ELSE ${rateOn(currency, day)} END))`;
  return {
    cny: sql`round(${cnyMajor} * 100)`,
    usd: sql`round(${cnyMajor} / ${rateOn(sql`'USD'`, day)} * 100)`,
  };
}
