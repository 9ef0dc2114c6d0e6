/**
 * Reads the listing rollup of migration 0011 (insight_listing_rollup: counts per kind, status,
 * visibility, sector and month of first publication, kept by triggers) instead of scanning
 * listings, when a balance asks for nothing the rollup does not hold: by sector or in total,
 * with no filter but status, visibility and a month-aligned period, coverage by sector overlap.
 * The few counts the rollup cannot give (requests matched only through another sector, requests
 * matched nowhere) come from the listings through the GIN index on sectors.
 */
import { sql, type RawBuilder } from 'kysely';
import type { BalanceFact, FactAttributes } from '../core/insight/balance.js';
import { CENTER_UTC_OFFSET_MINUTES, localDay, type Grain } from '../core/insight/period.js';
import type { BalanceFactSet, ListingScope, MatchedBy, SeriesSpec } from '../core/insight/ports.js';
import { bucketOfInstant, scopeWhere, type Db } from './insight-sql.js';

type Sql = RawBuilder<unknown>;

/** The calendar the rollup's months are in (insight_month() in migration 0011: UTC+8). */
export const ROLLUP_UTC_OFFSET_MINUTES = 480;

const FORMAT: Record<Grain, string> = { month: 'YYYY-MM', quarter: 'YYYY"Q"Q', year: 'YYYY' };

/** Is the instant the start of a month in the rollup's calendar? */
function monthStart(d: Date): boolean {
  const local = new Date(d.getTime() + ROLLUP_UTC_OFFSET_MINUTES * 60_000);
  return local.getUTCDate() === 1 && local.getUTCHours() === 0 && local.getUTCMinutes() === 0 && local.getUTCSeconds() === 0 && local.getUTCMilliseconds() === 0;
}

/** Can the rollup answer this balance query? */
export function rollupServes(scope: ListingScope, attributes: (keyof FactAttributes)[], series: SeriesSpec | null, matched: MatchedBy): boolean {
  if (CENTER_UTC_OFFSET_MINUTES !== ROLLUP_UTC_OFFSET_MINUTES) return false;
  if (matched.method !== 'sector_overlap') return false;
  if (scope.sectors?.length || scope.countries?.length || scope.trlMin !== undefined || scope.trlMax !== undefined || scope.ipcPrefix) return false;
  if (attributes.some((a) => a !== 'sectors' && a !== 'period')) return false;
  if (series && series.utcOffsetMinutes !== ROLLUP_UTC_OFFSET_MINUTES) return false;
  if (scope.window && !(monthStart(scope.window.start) && monthStart(scope.window.end))) return false;
  return true;
}

type Count = { kind: BalanceFact['kind']; sector: string; period: string | null; n: number };

/** The balance facts of a query `rollupServes` accepted, with totals over distinct listings. */
export async function rollupFacts(db: Db, scope: ListingScope, attributes: (keyof FactAttributes)[], series: SeriesSpec | null): Promise<BalanceFactSet> {
  const bySector = attributes.includes('sectors');
  const where: Sql[] = [
    sql`r.kind IN ('technology_offer', 'technology_request')`,
    sql`r.status = ANY(${sql.val(scope.statuses)}::text[])`,
    sql`r.visibility = ANY(${sql.val(scope.visibilities)}::text[])`,
  ];
  if (scope.window) {
    where.push(sql`r.month >= ${localDay(scope.window.start, ROLLUP_UTC_OFFSET_MINUTES)}::date AND r.month < ${localDay(scope.window.end, ROLLUP_UTC_OFFSET_MINUTES)}::date`);
  }
  const period = series ? sql`to_char(r.month, ${sql.lit(FORMAT[series.grain])})` : sql`NULL::text`;
  const counts = (
    await sql<Count>`
      SELECT r.kind, r.sector, ${period} AS period, sum(r.n)::int AS n
      FROM insight_listing_rollup r
      WHERE ${sql.join(where, sql` AND `)} ${bySector ? sql`` : sql`AND r.sector = ''`}
      GROUP BY 1, 2, 3
      HAVING sum(r.n) > 0
    `.execute(db)
  ).rows;

  // Coverage by sector overlap: the sectors of published offers the viewer may see, anywhere in time.
  const offered = new Set(
    (
      await sql<{ sector: string }>`
        SELECT sector FROM insight_listing_rollup
        WHERE kind = 'technology_offer' AND status = 'published' AND visibility = ANY(${sql.val(scope.visibilities)}::text[]) AND sector <> ''
        GROUP BY sector HAVING sum(n) > 0
      `.execute(db)
    ).rows.map((x) => x.sector),
  );
  const requestSectors = new Set(counts.filter((c) => c.kind === 'technology_request' && c.sector !== '').map((c) => c.sector));
  const offeredList = [...offered];
  const bucket = series ? bucketOfInstant(sql`l.published_at`, series.grain, series.utcOffsetMinutes) : sql`NULL::text`;
  const key = (sector: string, p: string | null) => `${sector}|${p ?? ''}`;

  // Requests matched nowhere (no sector of theirs is offered), per period: through the GIN index (<@).
  const notOffered = (
    await sql<{ sector: string }>`
      SELECT DISTINCT sector FROM insight_listing_rollup r
      WHERE r.kind = 'technology_request' AND r.sector <> '' AND r.status = ANY(${sql.val(scope.statuses)}::text[])
        AND r.visibility = ANY(${sql.val(scope.visibilities)}::text[]) AND r.n > 0
    `.execute(db)
  ).rows
    .map((x) => x.sector)
    .filter((s) => !offered.has(s));
  const unmatched = new Map<string | null, number>();
  for (const row of (
    await sql<{ period: string | null; n: number }>`
      SELECT ${bucket} AS period, count(*)::int AS n FROM listings l
      WHERE l.kind = 'technology_request' AND ${scopeWhere(scope)} AND l.sectors <@ ${sql.val(notOffered)}::text[]
      GROUP BY 1
    `.execute(db)
  ).rows) {
    unmatched.set(row.period, row.n);
  }

  // Requests in a sector nobody offers, matched through another of their sectors.
  const viaOther = new Map<string, number>();
  const lonely = [...requestSectors].filter((s) => !offered.has(s));
  if (bySector && lonely.length > 0 && offeredList.length > 0) {
    for (const row of (
      await sql<{ sector: string; period: string | null; n: number }>`
        SELECT s.sector, ${bucket} AS period, count(*)::int AS n
        FROM listings l CROSS JOIN LATERAL unnest(l.sectors) AS s(sector)
        WHERE l.kind = 'technology_request' AND ${scopeWhere(scope)}
          AND l.sectors && ${sql.val(lonely)}::text[] AND l.sectors && ${sql.val(offeredList)}::text[] AND s.sector = ANY(${sql.val(lonely)}::text[])
        GROUP BY 1, 2
      `.execute(db)
    ).rows) {
      viaOther.set(key(row.sector, row.period), row.n);
    }
  }

  const facts: BalanceFact[] = [];
  const attrs = (sector: string, p: string | null): FactAttributes => ({ ...(bySector ? { sectors: [sector] } : {}), ...(p !== null ? { period: p } : {}) });
  let offers = 0;
  let requests = 0;
  for (const c of counts) {
    const total = c.sector === '';
    if (total) {
      if (c.kind === 'technology_offer') offers += c.n;
      else requests += c.n;
    }
    if (bySector === total) continue; // per-sector rows make the facts when by sector, total rows otherwise
    if (c.kind === 'technology_offer') {
      facts.push({ kind: c.kind, matched: false, count: c.n, attrs: attrs(c.sector, c.period) });
      continue;
    }
    const matched = total ? c.n - (unmatched.get(c.period) ?? 0) : offered.has(c.sector) ? c.n : (viaOther.get(key(c.sector, c.period)) ?? 0);
    if (matched > 0) facts.push({ kind: c.kind, matched: true, count: matched, attrs: attrs(c.sector, c.period) });
    if (c.n - matched > 0) facts.push({ kind: c.kind, matched: false, count: c.n - matched, attrs: attrs(c.sector, c.period) });
  }
  const unmatchedTotal = [...unmatched.values()].reduce((s, n) => s + n, 0);
  return { facts, totals: { offers, requests, requestsMatched: requests - unmatchedTotal } };
}
