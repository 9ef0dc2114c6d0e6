/**
 * The demo's benchmark indicators: a handful of regions (Shenzhen, Guangdong, China, Germany,
 * the United States, South Korea, Israel, Singapore) on a few indicators, 2019-2023.
 *
 * ILLUSTRATIVE VALUES WRITTEN FOR THE DEMO, NOT OFFICIAL STATISTICS. They are round numbers of
 * a plausible order of magnitude so the benchmarking views have something to show; every row
 * says so in its source. Import real tables (`ittc indicators load-ncses`, `ittc indicators
 * import`) to replace them: an import overwrites the same region, indicator and year.
 */
import type { IndicatorValue } from '../../core/insight/indicators.js';
import type { Db } from '../insight-sql.js';
import { createIndicatorStore } from '../indicator-store.js';

export const DEMO_INDICATOR_SOURCE = 'ITTC demo data: illustrative values written for the demo, not official statistics';

const YEARS = [2019, 2020, 2021, 2022, 2023] as const;

// indicator -> unit, then region -> one value per year of YEARS.
const TABLE: Record<string, { unit: string; values: Record<string, readonly number[]> }> = {
  rd_intensity_pct: {
    unit: 'percent',
    values: {
      'CN-GD-SZ': [4.9, 5.1, 5.5, 5.8, 6.0],
      'CN-GD': [2.9, 3.1, 3.2, 3.4, 3.5],
      CN: [2.2, 2.4, 2.4, 2.5, 2.6],
      DE: [3.2, 3.1, 3.1, 3.1, 3.1],
      US: [3.2, 3.4, 3.5, 3.6, 3.6],
      KR: [4.6, 4.8, 4.9, 5.2, 5.0],
      IL: [5.1, 5.4, 5.6, 6.0, 6.3],
      SG: [1.9, 2.2, 2.1, 2.0, 2.0],
    },
  },
  gerd_ppp_usd_bn: {
    unit: 'billion current PPP USD',
    values: {
      'CN-GD-SZ': [20, 23, 26, 29, 32],
      'CN-GD': [60, 68, 78, 85, 92],
      CN: [515, 580, 668, 710, 760],
      DE: [145, 140, 150, 160, 165],
      US: [660, 720, 790, 860, 900],
      KR: [100, 112, 120, 130, 135],
      IL: [19, 21, 24, 27, 29],
      SG: [10, 11, 11.5, 12, 12.5],
    },
  },
  pct_applications: {
    unit: 'applications',
    values: {
      'CN-GD-SZ': [17_400, 20_200, 17_500, 15_900, 15_800],
      'CN-GD': [24_700, 28_000, 26_000, 25_000, 24_500],
      CN: [59_000, 68_700, 69_500, 70_000, 69_600],
      DE: [19_300, 18_600, 17_300, 17_500, 17_000],
      US: [57_500, 59_200, 59_400, 58_900, 55_700],
      KR: [19_000, 20_100, 20_700, 22_000, 22_300],
      IL: [2_100, 2_200, 2_400, 2_500, 2_400],
      SG: [1_000, 1_050, 1_100, 1_200, 1_150],
    },
  },
  tech_contract_value_cny_bn: {
    unit: 'billion CNY',
    values: {
      'CN-GD-SZ': [80, 95, 120, 150, 180],
      'CN-GD': [210, 250, 300, 400, 480],
      CN: [2_240, 2_830, 3_730, 4_780, 6_150],
    },
  },
};

export const DEMO_INDICATORS: readonly IndicatorValue[] = Object.entries(TABLE).flatMap(([indicator, { unit, values }]) =>
  Object.entries(values).flatMap(([region, series]) =>
    YEARS.map((year, i) => ({ region, year, indicator, value: series[i]!, unit, source: DEMO_INDICATOR_SOURCE, sourceUrl: null, note: 'Illustrative demo value.' })),
  ),
);

/** Writes the demo indicators (replacing those regions, indicators and years); returns how many. */
export function seedDemoIndicators(db: Db, now: Date): Promise<number> {
  return createIndicatorStore(db).upsert([...DEMO_INDICATORS], now);
}
