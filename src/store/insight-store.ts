import { sql } from 'kysely';
import type { BalanceFact, FactAttributes } from '../core/insight/balance.js';
import type { FlowFact } from '../core/insight/flows.js';
import type { CounterpartListing, GapFact, InsightStore, ListingScope, MatchedBy, SuccessStory } from '../core/insight/ports.js';
import { bucketOfInstant, convertedValue, homeTest, scopeWhere, withoutJit, type Db } from './insight-sql.js';
import { rollupFacts, rollupServes } from './insight-rollup.js';
import { AGREEMENT_STAGES, REGISTERED_STAGES } from '../core/insight/kpis.js';

type Sql = ReturnType<typeof sql>;

const TECH_KINDS = sql`l.kind IN ('technology_offer', 'technology_request')`;

/** The columns each balance attribute needs (organizations `o` joined for places). */
const ATTRIBUTE_COLUMNS: Record<Exclude<keyof FactAttributes, 'period'>, { cols: [string, Sql][]; needsOrg?: boolean }> = {
  sectors: { cols: [['sectors', sql`l.sectors`]] },
  ipcCodes: { cols: [['ipc_codes', sql`l.ipc_codes`]] },
  country: { cols: [['country', sql`l.country::text`]] },
  place: { cols: [['org_country', sql`o.country::text`], ['org_region', sql`o.region`], ['org_city', sql`o.city`]], needsOrg: true },
  trl: { cols: [['trl', sql`l.trl`]] },
  cooperationTypes: { cols: [['cooperation_types', sql`l.cooperation_types`]] },
};

type FactRow = {
  kind: BalanceFact['kind'];
  matched: boolean;
  n: number;
  sectors?: string[];
  ipc_codes?: string[];
  country?: string;
  org_country?: string;
  org_region?: string | null;
  org_city?: string | null;
  trl?: number | null;
  cooperation_types?: string[];
  period?: string;
};

export type InsightStoreOptions = {
  /** Read the listing rollup (migration 0011) where it can answer; false scans listings always (tests compare both). */
  rollup?: boolean;
};

/** Insight aggregations on PGlite or PostgreSQL (same SQL): listings, deals, organizations. Each call runs without JIT (see withoutJit). */
export function createInsightStore(db: Db, options: InsightStoreOptions = {}): InsightStore {
  const run = <T>(work: (store: InsightStore) => Promise<T>) => withoutJit(db, (q) => work(storeOn(q, options)));
  return {
    balanceFacts: (...a) => run((s) => s.balanceFacts(...a)),
    requestIds: (...a) => run((s) => s.requestIds(...a)),
    gapFacts: (...a) => run((s) => s.gapFacts(...a)),
    counterparts: (...a) => run((s) => s.counterparts(...a)),
    flowFacts: (...a) => run((s) => s.flowFacts(...a)),
    organizationCounts: () => run((s) => s.organizationCounts()),
    successStories: (...a) => run((s) => s.successStories(...a)),
  };
}

function storeOn(db: Db, options: InsightStoreOptions): InsightStore {
  /** Sectors in which at least one published technology offer is visible: the sector-overlap coverage. */
  const offeredSectors = async (visibilities: string[]): Promise<string[]> => {
    const r = await sql<{ s: string }>`
      SELECT DISTINCT s FROM listings l CROSS JOIN LATERAL unnest(l.sectors) AS s
      WHERE l.kind = 'technology_offer' AND l.status = 'published' AND l.visibility = ANY(${sql.val(visibilities)}::text[])
    `.execute(db);
    return r.rows.map((x) => x.s);
  };

  return {
    async balanceFacts(scope, attributes, series, matchedBy) {
      if (options.rollup !== false && rollupServes(scope, attributes, series, matchedBy)) return rollupFacts(db, scope, attributes, series);
      const cols: [string, Sql][] = [];
      let needsOrg = false;
      for (const a of attributes) {
        if (a === 'period') continue;
        const spec = ATTRIBUTE_COLUMNS[a];
        cols.push(...spec.cols);
        needsOrg ||= spec.needsOrg === true;
      }
      if (series) cols.push(['period', bucketOfInstant(sql`l.published_at`, series.grain, series.utcOffsetMinutes)]);
      const matched = await matchedExpr(matchedBy, scope);
      const select = [sql`l.kind`, sql`${matched} AS matched`, ...cols.map(([name, expr]) => sql`${expr} AS ${sql.ref(name)}`)];
      const groupBy = select.map((_, i) => sql.raw(String(i + 1)));
      const r = await sql<FactRow>`
        SELECT ${sql.join(select)}, count(*)::int AS n
        FROM listings l ${needsOrg ? sql`JOIN organizations o ON o.id = l.owner_organization_id` : sql``}
        WHERE ${TECH_KINDS} AND ${scopeWhere(scope)}
        GROUP BY ${sql.join(groupBy)}
      `.execute(db);
      const facts = r.rows.map((row): BalanceFact => {
        const attrs: FactAttributes = {};
        if (row.sectors !== undefined) attrs.sectors = row.sectors;
        if (row.ipc_codes !== undefined) attrs.ipcCodes = row.ipc_codes;
        if (row.country !== undefined) attrs.country = row.country;
        if (row.org_country !== undefined) attrs.place = { country: row.org_country, region: row.org_region ?? null, city: row.org_city ?? null };
        if (row.trl !== undefined) attrs.trl = row.trl;
        if (row.cooperation_types !== undefined) attrs.cooperationTypes = row.cooperation_types;
        if (row.period !== undefined) attrs.period = row.period;
        return { kind: row.kind, matched: row.matched, count: row.n, attrs };
      });
      return { facts, totals: null };
    },

    async requestIds(scope, limit) {
      const r = await sql<{ id: string }>`
        SELECT l.id FROM listings l WHERE l.kind = 'technology_request' AND ${scopeWhere(scope)} LIMIT ${limit + 1}
      `.execute(db);
      return r.rows.length > limit ? null : r.rows.map((x) => x.id);
    },

    async gapFacts(scope, home) {
      const inHome = await homeTest(db, home);
      const r = await sql<{ sector: string; kind: GapFact['kind']; side: GapFact['side']; n: number }>`
        SELECT s.sector, l.kind,
          CASE WHEN ${inHome(sql`o.country`, sql`o.region`, sql`o.city`)} THEN 'home'
               WHEN o.country = ${home.country.toUpperCase()} THEN 'domestic' ELSE 'foreign' END AS side,
          count(*)::int AS n
        FROM listings l JOIN organizations o ON o.id = l.owner_organization_id
        CROSS JOIN LATERAL unnest(l.sectors) AS s(sector)
        WHERE ${TECH_KINDS} AND ${scopeWhere(scope)}
        GROUP BY 1, 2, 3
      `.execute(db);
      return r.rows.map((x) => ({ sector: x.sector, kind: x.kind, side: x.side, count: x.n }));
    },

    async counterparts(scope, home, sectors, want, perSector) {
      const other = want === 'technology_offer' ? 'technology_request' : 'technology_offer';
      const inHome = await homeTest(db, home);
      type Row = {
        sector: string; id: string; kind: string; title: string; language: string; title_en: string | null; title_zh: string | null;
        country: string; owner_organization_id: string; name: string | null; name_zh: string | null; trl: number | null;
        published_at: Date | null; affinity: number;
      };
      // Affinity: for each IPC subclass of the candidate, how many home listings of the other kind in the sector share it.
      const r = await sql<Row>`
        WITH home_sub AS MATERIALIZED (
          SELECT s.sector, left(c.code, 4) AS sub, count(DISTINCT l.id)::int AS n
          FROM listings l JOIN organizations o ON o.id = l.owner_organization_id
          CROSS JOIN LATERAL unnest(l.sectors) AS s(sector)
          CROSS JOIN LATERAL unnest(l.ipc_codes) AS c(code)
          WHERE l.kind = ${other} AND ${scopeWhere(scope)} AND ${inHome(sql`o.country`, sql`o.region`, sql`o.city`)}
            AND s.sector = ANY(${sql.val(sectors)}::text[]) AND length(c.code) >= 4
          GROUP BY 1, 2
        ), cand AS MATERIALIZED (
          SELECT s.sector, l.id, l.kind, l.title, l.language, l.ipc_codes,
            CASE WHEN l.language = 'en' THEN l.title ELSE l.translations -> 'en' ->> 'title' END AS title_en,
            CASE WHEN l.language = 'zh' THEN l.title ELSE l.translations -> 'zh' ->> 'title' END AS title_zh,
            l.country::text AS country, l.owner_organization_id, o.name, o.name_zh, l.trl, l.published_at
          FROM listings l JOIN organizations o ON o.id = l.owner_organization_id
          CROSS JOIN LATERAL unnest(l.sectors) AS s(sector)
          WHERE l.kind = ${want} AND ${scopeWhere(scope)} AND o.country <> ${home.country.toUpperCase()}
            AND s.sector = ANY(${sql.val(sectors)}::text[])
        ), aff AS (
          SELECT c.sector, c.id, sum(h.n)::int AS affinity
          FROM cand c CROSS JOIN LATERAL (SELECT DISTINCT left(x, 4) AS sub FROM unnest(c.ipc_codes) AS x) cs
          JOIN home_sub h ON h.sector = c.sector AND h.sub = cs.sub
          GROUP BY 1, 2
        ), ranked AS (
          SELECT c.sector, c.id, c.kind, c.title, c.language, c.title_en, c.title_zh, c.country, c.owner_organization_id, c.name, c.name_zh,
                 c.trl, c.published_at, coalesce(a.affinity, 0) AS affinity,
                 row_number() OVER (PARTITION BY c.sector ORDER BY coalesce(a.affinity, 0) DESC, c.trl DESC NULLS LAST, c.published_at DESC NULLS LAST, c.id) AS rk
          FROM cand c LEFT JOIN aff a ON a.sector = c.sector AND a.id = c.id
        )
        SELECT * FROM ranked WHERE rk <= ${perSector} ORDER BY sector, rk
      `.execute(db);
      const out = new Map<string, CounterpartListing[]>();
      for (const x of r.rows) {
        const list = out.get(x.sector) ?? [];
        list.push({
          id: x.id, kind: x.kind, title: x.title, language: x.language, titleEn: x.title_en, titleZh: x.title_zh, country: x.country,
          ownerOrganizationId: x.owner_organization_id, ownerName: x.name, ownerNameZh: x.name_zh, trl: x.trl, publishedAt: x.published_at,
          affinity: x.affinity,
        });
        out.set(x.sector, list);
      }
      return out;
    },

    async flowFacts(span, home, bySector) {
      const inHome = await homeTest(db, home);
      const { start, end } = span.window;
      const { startDay, endDay } = span.days;
      const created = sql`(p.created_at >= ${start} AND p.created_at < ${end})`;
      // Agreements and registrations count while the deal is not lost since (as the KPIs count them).
      const agreed = sql`(p.agreement_signed_on >= ${startDay}::date AND p.agreement_signed_on < ${endDay}::date AND p.stage = ANY(${sql.val([...AGREEMENT_STAGES])}::text[]))`;
      const registered = sql`(p.registered_on >= ${startDay}::date AND p.registered_on < ${endDay}::date AND p.stage = ANY(${sql.val([...REGISTERED_STAGES])}::text[]))`;
      const value = convertedValue(sql`d.registered_value_minor`, sql`d.registered_currency`, sql`d.registered_on`);
      // A registration's country and region replace the organization's when they differ (the city is then unknown).
      const side = (prefix: 's' | 'b', org: 'so' | 'bo', reg: 'seller' | 'buyer') => {
        const rc = sql.ref(`d.${reg}_country`);
        const rr = sql.ref(`d.${reg}_region`);
        const oc = sql.ref(`${org}.country`);
        const or = sql.ref(`${org}.region`);
        const oy = sql.ref(`${org}.city`);
        const overridden = sql`(${rc} IS NOT NULL AND (${rc} <> ${oc} OR coalesce(${rr}, '') <> coalesce(${or}, '')))`;
        return sql`
          CASE WHEN ${overridden} THEN ${rc}::text ELSE ${oc}::text END AS ${sql.ref(`${prefix}_country`)},
          CASE WHEN ${overridden} THEN ${rr} ELSE ${or} END AS ${sql.ref(`${prefix}_region`)},
          CASE WHEN ${overridden} THEN NULL ELSE ${oy} END AS ${sql.ref(`${prefix}_city`)}`;
      };
      type Row = {
        seller_country: string; seller_home: boolean; buyer_country: string; buyer_home: boolean; sector: string | null;
        deals: number; agreements: number; registered: number; cny: number; usd: number; unconverted: number;
      };
      const r = await sql<Row>`
        WITH d AS (
          SELECT d.*, l.sectors,
            CASE WHEN l.kind IN ('technology_request', 'investment_offer') THEN d.interested_organization_id ELSE d.owner_organization_id END AS seller_id,
            CASE WHEN l.kind IN ('technology_request', 'investment_offer') THEN d.owner_organization_id ELSE d.interested_organization_id END AS buyer_id
          -- The listing by primary key per deal (OFFSET 0 keeps the planner from hashing every listing).
          FROM deals d CROSS JOIN LATERAL (SELECT l.kind, l.sectors FROM listings l WHERE l.id = d.listing_id OFFSET 0) l
          WHERE (d.created_at >= ${start} AND d.created_at < ${end})
             OR (d.agreement_signed_on >= ${startDay}::date AND d.agreement_signed_on < ${endDay}::date)
             OR (d.registered_on >= ${startDay}::date AND d.registered_on < ${endDay}::date)
        ), p AS (
          SELECT d.id, d.stage, d.created_at, d.agreement_signed_on, d.registered_on, d.sectors, ${side('s', 'so', 'seller')}, ${side('b', 'bo', 'buyer')}
          FROM d JOIN organizations so ON so.id = d.seller_id JOIN organizations bo ON bo.id = d.buyer_id
        ), v AS (
          SELECT d.id, ${value.cny} AS cny, ${value.usd} AS usd
          FROM d WHERE d.registered_value_minor IS NOT NULL AND d.registered_on >= ${startDay}::date AND d.registered_on < ${endDay}::date
            AND d.stage = ANY(${sql.val([...REGISTERED_STAGES])}::text[])
        )
        SELECT p.s_country AS seller_country, ${inHome(sql`p.s_country`, sql`p.s_region`, sql`p.s_city`)} AS seller_home,
               p.b_country AS buyer_country, ${inHome(sql`p.b_country`, sql`p.b_region`, sql`p.b_city`)} AS buyer_home,
               ${bySector ? sql`s.sector` : sql`NULL::text`} AS sector,
               count(*) FILTER (WHERE ${created})::int AS deals,
               count(*) FILTER (WHERE ${agreed})::int AS agreements,
               count(*) FILTER (WHERE ${registered})::int AS registered,
               coalesce(sum(v.cny) FILTER (WHERE v.usd IS NOT NULL), 0)::float8 AS cny,
               coalesce(sum(v.usd), 0)::float8 AS usd,
               count(*) FILTER (WHERE ${registered} AND v.usd IS NULL)::int AS unconverted
        FROM p LEFT JOIN v ON v.id = p.id
        ${bySector ? sql`CROSS JOIN LATERAL unnest(p.sectors) AS s(sector)` : sql``}
        GROUP BY 1, 2, 3, 4, 5
      `.execute(db);
      return r.rows.map(
        (x): FlowFact => ({
          sellerCountry: x.seller_country, sellerInHome: x.seller_home, buyerCountry: x.buyer_country, buyerInHome: x.buyer_home, sector: x.sector,
          deals: x.deals, agreements: x.agreements, registered: x.registered, registeredValueCnyMinor: x.cny, registeredValueUsdMinor: x.usd,
          unconverted: x.unconverted,
        }),
      );
    },

    async organizationCounts() {
      const r = await sql<{ organizations: number; countries: number }>`
        SELECT count(*)::int AS organizations, count(DISTINCT country)::int AS countries FROM organizations
      `.execute(db);
      return r.rows[0]!;
    },

    async successStories(limit) {
      type Row = {
        deal_id: string; listing_id: string; title: string; language: string; title_en: string | null; title_zh: string | null; sectors: string[];
        seller_name: string | null; seller_name_zh: string | null; seller_country: string; buyer_name: string | null; buyer_name_zh: string | null;
        buyer_country: string; agreement_type: string | null; closed_at: Date;
      };
      const r = await sql<Row>`
        SELECT d.id AS deal_id, l.id AS listing_id, l.title, l.language,
          CASE WHEN l.language = 'en' THEN l.title ELSE l.translations -> 'en' ->> 'title' END AS title_en,
          CASE WHEN l.language = 'zh' THEN l.title ELSE l.translations -> 'zh' ->> 'title' END AS title_zh,
          l.sectors, s.name AS seller_name, s.name_zh AS seller_name_zh, s.country::text AS seller_country,
          b.name AS buyer_name, b.name_zh AS buyer_name_zh, b.country::text AS buyer_country, d.agreement_type, d.closed_at
        FROM deals d JOIN listings l ON l.id = d.listing_id
        JOIN organizations s ON s.id = CASE WHEN l.kind IN ('technology_request', 'investment_offer') THEN d.interested_organization_id ELSE d.owner_organization_id END
        JOIN organizations b ON b.id = CASE WHEN l.kind IN ('technology_request', 'investment_offer') THEN d.owner_organization_id ELSE d.interested_organization_id END
        WHERE d.stage = 'closed_won' AND d.closed_at IS NOT NULL AND l.visibility = 'public'
          AND d.publish_consent_owner_at IS NOT NULL AND d.publish_consent_interested_at IS NOT NULL
        ORDER BY d.closed_at DESC, d.id
        LIMIT ${limit}
      `.execute(db);
      return r.rows.map(
        (x): SuccessStory => ({
          dealId: x.deal_id, listingId: x.listing_id, listingTitle: x.title, listingLanguage: x.language, listingTitleEn: x.title_en,
          listingTitleZh: x.title_zh, sectors: x.sectors, sellerName: x.seller_name, sellerNameZh: x.seller_name_zh, sellerCountry: x.seller_country,
          buyerName: x.buyer_name, buyerNameZh: x.buyer_name_zh, buyerCountry: x.buyer_country, agreementType: x.agreement_type, closedAt: x.closed_at,
        }),
      );
    },
  };

  async function matchedExpr(m: MatchedBy, scope: ListingScope): Promise<Sql> {
    if (m.method === 'engine') return sql`(l.kind = 'technology_request' AND l.id = ANY(${sql.val(m.requestIds)}::uuid[]))`;
    const offered = await offeredSectors(scope.visibilities);
    return sql`(l.kind = 'technology_request' AND l.sectors && ${sql.val(offered)}::text[])`;
  }
}
