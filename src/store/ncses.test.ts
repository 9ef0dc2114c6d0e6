import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated, testDatabases } from '../../test/support/databases.js';
import { importIndicators } from '../core/insight/import-indicators.js';
import { SYSTEM } from '../core/shared/actor.js';
import type { Database } from './db.js';
import { createIndicatorStore } from './indicator-store.js';
import { loadNcses, ncsesDir, type NcsesLoad } from './ncses.js';

const dir = ncsesDir();
const present = fs.existsSync(dir);
if (!present) console.log(`Skipping the NCSES tests: ${dir} is absent (set ITTC_SHARED_DATA to the shared data directory).`);

describe.skipIf(!present)('NCSES loader on the real tables', () => {
  let load: NcsesLoad;
  const value = (region: string, indicator: string, year: number) =>
    load.records.flatMap((r) => ('raw' in r && r.raw.region === region && r.raw.indicator === indicator && r.raw.year === String(year) ? [Number(r.raw.value)] : []));

  beforeAll(() => {
    load = loadNcses(dir);
  });

  it('reads every table it knows', () => {
    expect(load.missing).toEqual([]);
    expect(load.tables).toHaveLength(7);
  });

  it('reads GERD and R&D intensity by country, with the latest year from the region name', () => {
    expect(value('CN', 'gerd_ppp_usd_bn', 2021)).toEqual([667.64]);
    expect(value('CN', 'rd_intensity_pct', 2021)).toEqual([2.43]);
    expect(value('DE', 'gerd_ppp_usd_bn', 1990)).toEqual([35.97]);
    // "Non-OECD -> Singapore (2020)": the latest column is 2020 there.
    expect(value('SG', 'gerd_ppp_usd_bn', 2020)).toHaveLength(1);
    expect(value('SG', 'gerd_ppp_usd_bn', 2021)).toEqual([]);
    expect(value('EU27', 'rd_intensity_pct', 2021)).toHaveLength(1);
  });

  it('reads the patent time series in blocks of 2000-2022, and the block totals check out', () => {
    expect(value('CN', 'pct_applications', 2000)).toEqual([250]);
    expect(value('CN', 'pct_applications', 2022)).toEqual([68558]);
    expect(value('DE', 'uspto_patents', 2022)).toEqual([16015]);
    expect(load.checks.find((c) => c.table === '10558')).toMatchObject({ ok: true });
  });

  it('reads US states R&D, HERD and venture capital', () => {
    expect(value('US-CA', 'rd_expenditure_usd_m', 2021)).toEqual([236140]);
    expect(value('US-CA', 'vc_firms', 2003)).toEqual([770]);
    expect(value('US-AL', 'herd_usd_k', 2010)).toEqual([847072]);
    expect(value('US', 'herd_usd_k', 2022)).toEqual([97680528]);
  });

  it('skips rows without a known region or value, with a reason', () => {
    expect(load.skipped.some((s) => s.table === '10551' && /North America/.test(s.reason))).toBe(true);
    expect(load.skipped.some((s) => /no value \(NA\)/.test(s.reason))).toBe(true);
  });

  describe.each(testDatabases())('imported on $kind', (factory) => {
    let database: Database;
    beforeAll(async () => {
      database = await openMigrated(factory);
    }, 120_000);
    afterAll(async () => database?.close());

    it('passes the per-row validation of any import and lands in the store', async () => {
      const indicators = createIndicatorStore(database.db);
      const r = await importIndicators({ indicators, clock: { now: () => new Date('2026-01-01T00:00:00Z') } }, SYSTEM, load.records, { dryRun: false });
      expect(r.invalid).toEqual([]);
      expect(r.imported).toBe(load.records.length);
      const cn = await indicators.query({ regions: ['CN'], indicators: ['rd_intensity_pct'] });
      expect(cn.map((v) => [v.year, v.value])).toEqual([[2000, 0.89], [2010, 1.71], [2021, 2.43]]);
      expect(cn[0]!.source).toMatch(/NCSES/);
    });
  });
});
