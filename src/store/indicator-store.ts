import { sql } from 'kysely';
import type { IndicatorValue } from '../core/insight/indicators.js';
import type { IndicatorStore } from '../core/insight/ports.js';
import type { Db } from './insight-sql.js';

type Row = { region: string; indicator: string; year: number; value: number; unit: string; source: string; source_url: string | null; note: string | null };

const toValue = (r: Row): IndicatorValue => ({
  region: r.region,
  year: r.year,
  indicator: r.indicator,
  value: r.value,
  unit: r.unit,
  source: r.source,
  sourceUrl: r.source_url,
  note: r.note,
});

const BATCH = 500;

/** The indicator store (migration 0010) on PGlite or PostgreSQL. */
export function createIndicatorStore(db: Db): IndicatorStore {
  return {
    async upsert(rows, at) {
      let n = 0;
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        const values = batch.map(
          (v) => sql`(${v.region}, ${v.indicator}, ${v.year}, ${v.value}::float8, ${v.unit}, ${v.source}, ${v.sourceUrl}, ${v.note}, ${at})`,
        );
        await sql`
          INSERT INTO indicator_values (region, indicator, year, value, unit, source, source_url, note, imported_at)
          VALUES ${sql.join(values)}
          ON CONFLICT (region, indicator, year) DO UPDATE SET value = EXCLUDED.value, unit = EXCLUDED.unit, source = EXCLUDED.source,
            source_url = EXCLUDED.source_url, note = EXCLUDED.note, imported_at = EXCLUDED.imported_at
        `.execute(db);
        n += batch.length;
      }
      return n;
    },
    async query(f) {
      const w = [sql`true`];
      if (f.regions?.length) w.push(sql`region = ANY(${sql.val(f.regions)}::text[])`);
      if (f.indicators?.length) w.push(sql`indicator = ANY(${sql.val(f.indicators)}::text[])`);
      if (f.yearFrom !== undefined) w.push(sql`year >= ${f.yearFrom}`);
      if (f.yearTo !== undefined) w.push(sql`year <= ${f.yearTo}`);
      const r = await sql<Row>`
        SELECT region, indicator, year, value, unit, source, source_url, note FROM indicator_values
        WHERE ${sql.join(w, sql` AND `)} ORDER BY indicator, region, year
      `.execute(db);
      return r.rows.map(toValue);
    },
    async summary() {
      const r = await sql<{ indicator: string; unit: string; regions: number; year_min: number; year_max: number; sources: string[] }>`
        SELECT indicator, min(unit) AS unit, count(DISTINCT region)::int AS regions, min(year)::int AS year_min, max(year)::int AS year_max,
               array_agg(DISTINCT source ORDER BY source) AS sources
        FROM indicator_values GROUP BY indicator ORDER BY indicator
      `.execute(db);
      return r.rows.map((x) => ({ indicator: x.indicator, unit: x.unit, regions: x.regions, yearMin: x.year_min, yearMax: x.year_max, sources: x.sources }));
    },
    async regions() {
      const r = await sql<{ region: string; indicators: number; values: number }>`
        SELECT region, count(DISTINCT indicator)::int AS indicators, count(*)::int AS values FROM indicator_values GROUP BY region ORDER BY region
      `.execute(db);
      return r.rows;
    },
  };
}
