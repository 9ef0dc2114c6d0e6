/**
 * The one place that computes the center's KPIs in SQL (see KPI_CATALOGUE in
 * src/core/insight/kpis.ts): the insight dashboards and the programmes' KPI targets both call
 * `computeKpiFacts`, so a KPI means the same number everywhere. Every KPI is counted in the
 * period that holds its date, per period of a series and over the whole window (GROUPING SETS).
 */
import { sql, type RawBuilder } from 'kysely';
import { AGREEMENT_STAGES, FUNNEL_STAGES, KPI_CODES, REGISTERED_STAGES, STALE_AFTER_DAYS, type KpiCode, type KpiValues } from '../core/insight/kpis.js';
import type { KpiFacts, KpiQuery, KpiSource } from '../core/insight/ports.js';
import { DAY_MS } from '../core/shared/validation.js';
import { localDay } from '../core/insight/period.js';
import {
  convertedValueJoined,
  localDateOf,
  periodLabel,
  periodStartOfDate,
  periodStartOfInstant,
  RATE_RANGES,
  rateJoin,
  withoutJit,
  type Db,
} from './insight-sql.js';
import { ROLLUP_UTC_OFFSET_MINUTES } from './insight-rollup.js';

/** The instant a month starts in the rollup's calendar, for the month holding `d`. */
const rollupMonthStart = (d: Date): number => {
  const local = new Date(d.getTime() + ROLLUP_UTC_OFFSET_MINUTES * 60_000);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - ROLLUP_UTC_OFFSET_MINUTES * 60_000;
};

type Sql = RawBuilder<unknown>;

const emptyValues = (): KpiValues => Object.fromEntries(KPI_CODES.map((c) => [c, null])) as KpiValues;

/** How far along the pipeline a stage is, in FUNNEL_STAGES order (follow_up counts as registered). */
const STAGE_RANK: Record<string, number> = {
  ...Object.fromEntries(FUNNEL_STAGES.map((s, i) => [s, i])),
  follow_up: FUNNEL_STAGES.indexOf('registered'),
};
const rankOf = (expr: Sql): Sql =>
  sql`(CASE ${expr} ${sql.join(
    Object.entries(STAGE_RANK).map(([s, i]) => sql.raw(`WHEN '${s}' THEN ${i}`)),
    sql` `,
  )} ELSE 0 END)`;

/** Computes every KPI of the catalogue for the query's window (and per period when it has a grain). */
export async function computeKpiFacts(db: Db, q: KpiQuery): Promise<KpiFacts> {
  const { start, end } = q.window;
  const startDay = sql`${q.days.startDay}::date`;
  const endDay = sql`${q.days.endDay}::date`;
  // Rows carry the start of their period (date_trunc, cheap); each group's label is formatted once.
  const inst = (e: Sql) => (q.grain ? periodStartOfInstant(e, q.grain, q.utcOffsetMinutes) : sql`NULL::timestamp`);
  const day = (e: Sql) => (q.grain ? periodStartOfDate(e, q.grain) : sql`NULL::timestamp`);
  // Per period and over the window in one pass; without a grain, over the window only.
  const groupBy = q.grain ? sql`GROUP BY GROUPING SETS ((period), ())` : sql``;
  const period = q.grain ? sql`(CASE WHEN GROUPING(period) = 1 THEN NULL ELSE ${periodLabel(sql`period`, q.grain)} END)` : sql`NULL::text`;
  const agg = (code: KpiCode, value: Sql, from: Sql) => sql`SELECT ${code}::text AS code, ${period} AS period, ${value}::float8 AS v FROM ${from} ${groupBy}`;

  const orgs = q.organizationIds?.length ? sql.val(q.organizationIds) : null;
  const sectors = q.sectors?.length ? sql.val(q.sectors) : null;
  const listingFilter = (l: string): Sql =>
    sql.join(
      [
        sql`true`,
        ...(orgs ? [sql`${sql.ref(`${l}.owner_organization_id`)} = ANY(${orgs}::uuid[])`] : []),
        ...(sectors ? [sql`${sql.ref(`${l}.sectors`)} && ${sectors}::text[]`] : []),
      ],
      sql` AND `,
    );
  const dealFilter = sql.join(
    [
      sql`true`,
      ...(orgs ? [sql`(d.owner_organization_id = ANY(${orgs}::uuid[]) OR d.interested_organization_id = ANY(${orgs}::uuid[]))`] : []),
      ...(sectors ? [sql`l.sectors && ${sectors}::text[]`] : []),
    ],
    sql` AND `,
  );
  const value = convertedValueJoined(sql`d.registered_value_minor`, sql`d.registered_currency`, sql`rr.cny_per_unit`, sql`ru.cny_per_unit`);
  const invest = convertedValueJoined(sql`d.agreement_value_minor`, sql`d.agreement_currency`, sql`ar.cny_per_unit`, sql`au.cny_per_unit`);
  const home = q.homeCountry.toUpperCase();
  // Each deal KPI reads deals by its own date column (indexed in migration 0011).
  const deals = sql`FROM deals d ${sectors ? sql`JOIN listings l ON l.id = d.listing_id` : sql``} WHERE ${dealFilter}`;
  // Listings published: the rollup's total rows when nothing narrows them, else the listings themselves.
  const monthDay = (d: Date) => localDay(d, ROLLUP_UTC_OFFSET_MINUTES);
  const fromRollup =
    !orgs && !sectors && q.utcOffsetMinutes === ROLLUP_UTC_OFFSET_MINUTES && start.getTime() === rollupMonthStart(start) && end.getTime() === rollupMonthStart(end);
  const listingsPublished =
    fromRollup
      ? sql`SELECT r.kind, ${day(sql`r.month`)} AS period, r.n FROM insight_listing_rollup r
            WHERE r.sector = '' AND r.month >= ${monthDay(start)}::date AND r.month < ${monthDay(end)}::date`
      : sql`SELECT l.kind, ${inst(sql`l.published_at`)} AS period, 1 AS n FROM listings l
            WHERE l.published_at >= ${start} AND l.published_at < ${end} AND ${listingFilter('l')}`;

  // The three queries run at once (on PostgreSQL each on its own connection).
  const main = withoutJit(db, (t) => sql<{ code: KpiCode; period: string | null; v: number | null }>`
    WITH ranges AS MATERIALIZED (${RATE_RANGES}), lst AS (${listingsPublished}), notices AS (
      -- Strong-match notices carry their listing pair (a_id > b_id) as uuids (migration 0013).
      SELECT n.noticed_at, ${inst(sql`n.noticed_at`)} AS period, n.a_id, n.b_id
      FROM listing_notices n
      WHERE n.kind = 'strong_match' AND n.noticed_at >= ${start} AND n.noticed_at < ${end}
    ), filtered AS (
      SELECT * FROM notices p
      ${
        orgs || sectors
          ? sql`WHERE EXISTS (SELECT 1 FROM listings a WHERE a.id = p.a_id AND ${listingFilter('a')}) OR EXISTS (SELECT 1 FROM listings b WHERE b.id = p.b_id AND ${listingFilter('b')})`
          : sql``
      }
    ), candidates AS (
      -- EOIs on either listing after the notice (hash joins); the owner check below only for these few.
      SELECT n.a_id, n.b_id, n.a_id AS other, d.interested_organization_id AS org FROM filtered n
      JOIN deals d ON d.listing_id = n.b_id AND d.created_at >= n.noticed_at AND d.created_at >= ${start}
      UNION ALL
      SELECT n.a_id, n.b_id, n.b_id AS other, d.interested_organization_id FROM filtered n
      JOIN deals d ON d.listing_id = n.a_id AND d.created_at >= n.noticed_at AND d.created_at >= ${start}
    ), followed AS (
      SELECT DISTINCT c.a_id, c.b_id FROM candidates c
      WHERE c.org = (SELECT l.owner_organization_id FROM listings l WHERE l.id = c.other)
    ), acted AS (
      SELECT n.period, f.a_id IS NOT NULL AS yes FROM filtered n LEFT JOIN followed f ON f.a_id = n.a_id AND f.b_id = n.b_id
    ), eoi AS (
      SELECT ${inst(sql`d.created_at`)} AS period ${deals} AND d.created_at >= ${start} AND d.created_at < ${end}
    ), nda AS (
      SELECT ${inst(sql`d.nda_unlocked_at`)} AS period ${deals} AND d.nda_unlocked_at >= ${start} AND d.nda_unlocked_at < ${end}
    ), won AS (
      SELECT ${inst(sql`d.closed_at`)} AS period ${deals} AND d.stage = 'closed_won' AND d.closed_at >= ${start} AND d.closed_at < ${end}
    ), ag AS (
      SELECT ${day(sql`d.agreement_signed_on`)} AS period, (d.agreement_signed_on - ${localDateOf(sql`d.created_at`, q.utcOffsetMinutes)}) AS days,
             d.agreement_type AS type, CASE WHEN d.agreement_type = 'investment' THEN ${invest.cny} END AS invest_cny
      FROM deals d ${sectors ? sql`JOIN listings l ON l.id = d.listing_id` : sql``}
      ${rateJoin('ranges', 'ar', sql`d.agreement_currency`, sql`d.agreement_signed_on`)} ${rateJoin('ranges', 'au', sql`'USD'`, sql`d.agreement_signed_on`)}
      WHERE ${dealFilter} AND d.agreement_signed_on >= ${startDay} AND d.agreement_signed_on < ${endDay} AND d.stage = ANY(${sql.val([...AGREEMENT_STAGES])}::text[])
    ), rg AS (
      SELECT ${day(sql`d.registered_on`)} AS period, ${value.cny} AS cny, ${value.usd} AS usd,
             (d.buyer_country = ${home} AND d.seller_country <> ${home}) AS inbound, (d.seller_country = ${home} AND d.buyer_country <> ${home}) AS outbound
      FROM deals d ${sectors ? sql`JOIN listings l ON l.id = d.listing_id` : sql``}
      ${rateJoin('ranges', 'rr', sql`d.registered_currency`, sql`d.registered_on`)} ${rateJoin('ranges', 'ru', sql`'USD'`, sql`d.registered_on`)}
      WHERE ${dealFilter} AND d.registered_on >= ${startDay} AND d.registered_on < ${endDay} AND d.stage = ANY(${sql.val([...REGISTERED_STAGES])}::text[])
    )
    ${agg('listings_published', sql`coalesce(sum(n), 0)`, sql`lst`)}
    UNION ALL ${agg('offers_published', sql`coalesce(sum(n) FILTER (WHERE kind = 'technology_offer'), 0)`, sql`lst`)}
    UNION ALL ${agg('requests_published', sql`coalesce(sum(n) FILTER (WHERE kind = 'technology_request'), 0)`, sql`lst`)}
    UNION ALL ${agg('matches_suggested', sql`count(*)`, sql`acted`)}
    UNION ALL ${agg('matches_acted_on', sql`count(*) FILTER (WHERE yes)`, sql`acted`)}
    UNION ALL ${agg('eois', sql`count(*)`, sql`eoi`)}
    UNION ALL ${agg('ndas', sql`count(*)`, sql`nda`)}
    UNION ALL ${agg('closed_won', sql`count(*)`, sql`won`)}
    UNION ALL ${agg('agreements', sql`count(*)`, sql`ag`)}
    UNION ALL ${agg('eoi_to_agreement_days_median', sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY days)`, sql`ag`)}
    UNION ALL ${agg('eoi_to_agreement_days_p90', sql`percentile_cont(0.9) WITHIN GROUP (ORDER BY days)`, sql`ag`)}
    UNION ALL ${agg('licenses_executed', sql`count(*) FILTER (WHERE type IN ('license_exclusive', 'license_non_exclusive'))`, sql`ag`)}
    UNION ALL ${agg('assignments', sql`count(*) FILTER (WHERE type = 'technology_transfer')`, sql`ag`)}
    UNION ALL ${agg('investment_value_cny_minor', sql`coalesce(sum(invest_cny), 0)`, sql`ag`)}
    UNION ALL ${agg('international_transfers_inbound', sql`count(*) FILTER (WHERE inbound)`, sql`rg`)}
    UNION ALL ${agg('international_transfers_outbound', sql`count(*) FILTER (WHERE outbound)`, sql`rg`)}
    UNION ALL ${agg('registered_contracts', sql`count(*)`, sql`rg`)}
    UNION ALL ${agg('registered_value_cny_minor', sql`coalesce(sum(cny) FILTER (WHERE usd IS NOT NULL), 0)`, sql`rg`)}
    UNION ALL ${agg('registered_value_usd_minor', sql`coalesce(sum(usd), 0)`, sql`rg`)}
    UNION ALL ${agg('registered_unconverted', sql`count(*) FILTER (WHERE usd IS NULL)`, sql`rg`)}
  `.execute(t));

  const total = emptyValues();
  const byPeriod = new Map<string, KpiValues>();
  const [r, stale, funnel] = await Promise.all([main, withoutJit(db, (t) => staleListings(t, q, listingFilter)), withoutJit(db, (t) => funnelOf(t, q, dealFilter))]);
  for (const row of r.rows) {
    if (row.period === null) total[row.code] = row.v;
    else {
      let values = byPeriod.get(row.period);
      if (!values) byPeriod.set(row.period, (values = emptyValues()));
      values[row.code] = row.v;
    }
  }
  total.stale_listings = stale;
  return { total, series: [...byPeriod.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([p, values]) => ({ period: p, values })), funnel };
}

/** Published listings not updated for STALE_AFTER_DAYS and without an expression of interest in as long. */
async function staleListings(db: Db, q: KpiQuery, listingFilter: (l: string) => Sql): Promise<number> {
  const before = new Date(q.now.getTime() - STALE_AFTER_DAYS * DAY_MS);
  const r = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM listings l
    WHERE l.status = 'published' AND l.updated_at < ${before} AND ${listingFilter('l')}
      AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.listing_id = l.id AND d.created_at >= ${before})
  `.execute(db);
  return r.rows[0]?.n ?? 0;
}

/**
 * For the deals opened in the window: how many reached each FUNNEL_STAGES stage. The furthest
 * stage a deal reached is the furthest of its current stage, what its recorded fields prove
 * (an NDA version, an agreement, a registration) and its timeline's stage changes.
 */
async function funnelOf(db: Db, q: KpiQuery, dealFilter: Sql): Promise<number[]> {
  const fields = sql`(CASE WHEN d.registration_number IS NOT NULL THEN ${STAGE_RANK.registered!}
    WHEN d.agreement_type IS NOT NULL THEN ${STAGE_RANK.agreement!}
    WHEN d.nda_version IS NOT NULL THEN ${STAGE_RANK.nda!} ELSE 0 END)`;
  const counts = FUNNEL_STAGES.map((_, i) => sql`(count(*) FILTER (WHERE reached >= ${sql.lit(i)}))::int AS ${sql.ref(`s${i}`)}`);
  const r = await sql<Record<string, number>>`
    WITH cohort AS MATERIALIZED (
      SELECT d.id, d.stage, greatest(${rankOf(sql`d.stage`)}, ${fields}) AS known
      FROM deals d ${q.sectors?.length ? sql`JOIN listings l ON l.id = d.listing_id` : sql``}
      WHERE d.created_at >= ${q.window.start} AND d.created_at < ${q.window.end} AND ${dealFilter}
    ), timeline AS (
      -- Only a declined or lost deal's stage hides how far it went; the others' stage is their furthest.
      SELECT e.deal_id, max(${rankOf(sql`e.to_stage`)}) AS rank FROM deal_events e JOIN cohort c ON c.id = e.deal_id
      WHERE e.to_stage IS NOT NULL AND c.stage IN ('declined', 'closed_lost') GROUP BY e.deal_id
    ), reached AS MATERIALIZED (
      SELECT greatest(c.known, coalesce(t.rank, 0)) AS reached FROM cohort c LEFT JOIN timeline t ON t.deal_id = c.id
    )
    SELECT ${sql.join(counts)} FROM reached
  `.execute(db);
  const row = r.rows[0] ?? {};
  return FUNNEL_STAGES.map((_, i) => row[`s${i}`] ?? 0);
}

/** The KPI source the insight use cases take. */
export const createKpiSource = (db: Db): KpiSource => ({ kpiFacts: (q) => computeKpiFacts(db, q) });
