import { describe, expect, it } from 'vitest';
import { expandBalance, gapIndex, parseDimensions, trlBandOf, type BalanceFact } from './balance.js';
import { classifyFlow, flowRows, flowTotals, ownerSells, sankeyOf, type FlowFact } from './flows.js';
import { applyMapping, compareRegions, parseMapping, parseNumber, regionFromName, validateIndicatorRow, type IndicatorValue } from './indicators.js';
import { funnelOf, percentileCont } from './kpis.js';
import { formatPeriod, parsePeriod, parsePeriodRange, periodOf, periodsIn, rangeWindow, trailingRange } from './period.js';
import { isInHome, parseHomeRegion, placeKey, regionLabel } from './regions.js';

describe('periods', () => {
  it('parses years, quarters and months, and ranges of them', () => {
    expect(parsePeriod('2026Q3')).toEqual({ grain: 'quarter', year: 2026, index: 3 });
    expect(parsePeriod('2026-q3')).toEqual({ grain: 'quarter', year: 2026, index: 3 });
    expect(parsePeriod('2026-07')).toEqual({ grain: 'month', year: 2026, index: 7 });
    expect(parsePeriod('2026')).toEqual({ grain: 'year', year: 2026, index: 1 });
    expect(parsePeriodRange('2025Q4..2026-02').to).toEqual({ grain: 'month', year: 2026, index: 2 });
  });

  it('refuses what is not a period, with INSIGHT_PERIOD_INVALID', () => {
    for (const bad of ['2026Q5', '2026-13', '26', 'last year', '2026..2025', '2026-07..2026-08..2026-09']) {
      expect(() => parsePeriodRange(bad), bad).toThrow(expect.objectContaining({ code: 'INSIGHT_PERIOD_INVALID' }));
    }
  });

  it('bounds a period in China Standard Time', () => {
    const w = rangeWindow(parsePeriodRange('2026Q3'));
    expect(w.start.toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(w.end.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(formatPeriod(periodOf(new Date('2026-09-30T20:00:00Z'), 'quarter'))).toBe('2026Q4');
    expect(formatPeriod(periodOf(new Date('2026-09-30T20:00:00Z'), 'quarter', 0))).toBe('2026Q3');
  });

  it('lists the periods of a range and trails back from a day', () => {
    expect(periodsIn(parsePeriodRange('2025-11..2026Q1'), 'month').map(formatPeriod)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    const r = trailingRange(new Date('2026-01-15T00:00:00Z'), 'month', 12);
    expect([formatPeriod(r.from), formatPeriod(r.to)]).toEqual(['2025-02', '2026-01']);
  });
});

describe('regions', () => {
  const home = parseHomeRegion('CN/Guangdong/Shenzhen');

  it('parses a home region in several forms', () => {
    expect(home).toMatchObject({ country: 'CN', region: 'Guangdong', city: 'Shenzhen', key: 'CN-GD-SZ' });
    expect(parseHomeRegion('CN/Shenzhen')).toMatchObject({ region: 'Guangdong', city: 'Shenzhen' });
    expect(parseHomeRegion('cn-gd-sz')).toMatchObject({ key: 'CN-GD-SZ' });
    expect(parseHomeRegion('DE/Bavaria')).toMatchObject({ key: 'DE', region: 'Bavaria', city: null });
    expect(() => parseHomeRegion('XX/Nowhere')).toThrow(expect.objectContaining({ code: 'INSIGHT_HOME_REGION_INVALID' }));
  });

  it('recognizes the home region written in English, Chinese, or with the city as region', () => {
    expect(isInHome({ country: 'CN', region: '广东省', city: '深圳市' }, home)).toBe(true);
    expect(isInHome({ country: 'CN', region: 'Guangdong Province', city: 'Shenzhen City' }, home)).toBe(true);
    expect(isInHome({ country: 'CN', region: 'Shenzhen', city: null }, home)).toBe(true);
    expect(isInHome({ country: 'CN', region: 'Guangdong', city: 'Guangzhou' }, home)).toBe(false);
    expect(isInHome({ country: 'HK', region: null, city: 'Shenzhen' }, home)).toBe(false);
  });

  it('keys places by province or city, and labels them in both languages', () => {
    expect(placeKey({ country: 'CN', region: '广东', city: '深圳' }, 'city')).toBe('CN-GD-SZ');
    expect(placeKey({ country: 'CN', region: 'Guangdong', city: 'Huizhou' }, 'city')).toBe('CN-GD-OTHER');
    expect(placeKey({ country: 'CN', region: 'Beijing', city: 'Beijing' }, 'city')).toBe('CN-BJ');
    expect(placeKey({ country: 'CN', region: null, city: null }, 'province')).toBe('CN-OTHER');
    expect(placeKey({ country: 'DE', region: 'Bavaria', city: 'Munich' }, 'city')).toBe('DE');
    expect(regionLabel('CN-GD-OTHER')).toEqual({ en: 'Guangdong, other cities', zh: '广东其他城市' });
    expect(regionLabel('US-CA')).toEqual({ en: 'California', zh: '加利福尼亚州' });
  });
});

describe('balance', () => {
  const offer = (attrs: BalanceFact['attrs'], count = 1): BalanceFact => ({ kind: 'technology_offer', matched: false, count, attrs });
  const request = (attrs: BalanceFact['attrs'], matched: boolean, count = 1): BalanceFact => ({ kind: 'technology_request', matched, count, attrs });

  it('computes the gap index as (requests - offers) / (requests + offers)', () => {
    expect(gapIndex(1, 3)).toBe(0.5);
    expect(gapIndex(0, 2)).toBe(1);
    expect(gapIndex(4, 0)).toBe(-1);
    expect(gapIndex(0, 0)).toBeNull();
    expect(gapIndex(2, 1)).toBe(-0.3333);
  });

  it('counts a listing in each of its sectors, and sums requests matched', () => {
    const rows = expandBalance(
      [offer({ sectors: ['a', 'b'] }, 2), request({ sectors: ['b'] }, true, 3), request({ sectors: ['b', 'c'] }, false)],
      ['sector'],
      { regionLevel: 'city' },
    );
    expect(rows.map((r) => [r.key, r.offers, r.requests, r.requestsMatched])).toEqual([
      ['a', 2, 0, 0],
      ['b', 2, 4, 3],
      ['c', 0, 1, 0],
    ]);
    expect(rows[1]!.coverage).toBe(0.75);
  });

  it('crosses dimensions, maps IPC to WIPO fields and bands TRLs', () => {
    const rows = expandBalance([offer({ ipcCodes: ['H01M 10/052', 'H01M 4/00'], trl: 5 }), request({ ipcCodes: ['G06N 3/08'], trl: null }, false)], ['wipo', 'trl_band'], { regionLevel: 'city' });
    expect(rows.map((r) => r.key)).toEqual(['wipo-01|4-6', 'wipo-06|none']);
    expect(trlBandOf(7)).toBe('7-9');
  });

  it('fills empty cells of closed dimensions on request, for every period', () => {
    const rows = expandBalance([offer({ trl: 2, period: '2026-01' })], ['trl_band'], { regionLevel: 'city', includeEmpty: true, periods: ['2026-01', '2026-02'] });
    expect(rows).toHaveLength(8);
    expect(rows.filter((r) => r.offers > 0).map((r) => [r.period, r.key])).toEqual([['2026-01', '1-3']]);
  });

  it('accepts one or two known dimensions only', () => {
    expect(parseDimensions('sector, region')).toEqual(['sector', 'region']);
    expect(parseDimensions('ipc')).toEqual(['wipo']);
    for (const bad of ['', 'colour', 'sector,sector', 'sector,country,trl']) {
      expect(() => parseDimensions(bad), bad).toThrow(expect.objectContaining({ code: 'INSIGHT_DIMENSION_INVALID' }));
    }
  });
});

describe('flows', () => {
  const at = (inHomeCountry: boolean, inHome: boolean) => ({ inHomeCountry, inHome });

  it('classifies every combination of seller and buyer location', () => {
    expect(classifyFlow(at(true, true), at(true, true))).toBe('local');
    expect(classifyFlow(at(true, false), at(true, true))).toBe('domestic_inbound');
    expect(classifyFlow(at(true, true), at(true, false))).toBe('domestic_outbound');
    expect(classifyFlow(at(false, false), at(true, true))).toBe('inbound');
    expect(classifyFlow(at(false, false), at(true, false))).toBe('inbound');
    expect(classifyFlow(at(true, true), at(false, false))).toBe('outbound');
    expect(classifyFlow(at(true, false), at(true, false))).toBe('domestic_other');
    expect(classifyFlow(at(false, false), at(false, false))).toBe('foreign');
  });

  it('knows which side sells', () => {
    expect(ownerSells('technology_offer')).toBe(true);
    expect(ownerSells('technology_request')).toBe(false);
    expect(ownerSells('investment_offer')).toBe(false);
  });

  it('totals by class and draws a Sankey without cycles', () => {
    const fact = (s: string, sh: boolean, b: string, bh: boolean, deals: number): FlowFact => ({
      sellerCountry: s, sellerInHome: sh, buyerCountry: b, buyerInHome: bh, sector: null,
      deals, agreements: 0, registered: 0, registeredValueCnyMinor: 0, registeredValueUsdMinor: 0, unconverted: 0,
    });
    const rows = flowRows([fact('DE', false, 'CN', true, 2), fact('CN', true, 'CN', true, 1), fact('DE', false, 'CN', false, 1)], 'CN');
    expect(flowTotals(rows).find((t) => t.flow === 'inbound')!.deals).toBe(3);
    const s = sankeyOf(rows, 'deals', (c) => ({ en: c, zh: c }));
    expect(s.links).toEqual([
      { source: 'seller:DE', target: 'buyer:CN', value: 3, flow: 'inbound' },
      { source: 'seller:CN', target: 'buyer:CN', value: 1, flow: 'local' },
    ]);
    expect(s.nodes.map((n) => n.id)).toEqual(['buyer:CN', 'seller:CN', 'seller:DE']);
  });
});

describe('KPI arithmetic', () => {
  it('interpolates percentiles like percentile_cont', () => {
    expect(percentileCont([12, 20, 36], 0.5)).toBe(20);
    expect(percentileCont([12, 20, 36], 0.9)).toBeCloseTo(32.8, 10);
    expect(percentileCont([5], 0.9)).toBe(5);
    expect(percentileCont([], 0.5)).toBeNull();
  });

  it('turns reached counts into conversion rates', () => {
    const f = funnelOf([10, 8, 4, 4, 2, 0, 0]);
    expect(f.map((s) => s.fromPrevious)).toEqual([null, 0.8, 0.5, 1, 0.5, 0, null]);
    expect(f[4]!.fromStart).toBe(0.2);
  });
});

describe('indicators', () => {
  const row = (over: Partial<Record<string, string>> = {}) => ({ region: 'DE', year: '2021', indicator: 'rd_intensity_pct', value: '3.13', unit: 'percent', source: 'OECD', ...over });

  it('validates a row and reports each problem with its field', () => {
    expect(validateIndicatorRow(row())).toMatchObject({ ok: true, row: { region: 'DE', year: 2021, value: 3.13 } });
    const bad = validateIndicatorRow(row({ region: 'Germany', year: '21', indicator: 'R&D', value: 'lots', unit: '', source: '' }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && !bad.missing && bad.issues.map((i) => i.path)).toEqual(['region', 'year', 'indicator', 'value', 'unit', 'source']);
    expect(validateIndicatorRow(row({ value: 'NA' }))).toMatchObject({ ok: false, missing: true });
  });

  it('reads numbers with thousands separators', () => {
    expect(parseNumber('1,234,567.5')).toBe(1234567.5);
    expect(parseNumber('12%')).toBe(12);
    expect(parseNumber('1 234')).toBeNull();
  });

  it('names countries as statistical tables write them', () => {
    expect(regionFromName('South Korea')).toBe('KR');
    expect(regionFromName('Israel<sup>c</sup>')).toBe('IL');
    expect(regionFromName('Australia (2019)')).toBe('AU');
    expect(regionFromName('EU-27')).toBe('EU27');
    expect(regionFromName('North America')).toBeNull();
  });

  it('maps columns and constants, long and wide', () => {
    const m = parseMapping('region=Country,region_as=name,year=Year,value=GERD,indicator=:gerd_ppp_usd_bn,unit=:billion USD,source=:OECD');
    const long = applyMapping(['Country', 'Year', 'GERD'], [{ line: 2, fields: ['Germany', '2021', '165'] }], m);
    expect(long).toEqual([{ line: 2, raw: expect.objectContaining({ region: 'DE', year: '2021', value: '165', indicator: 'gerd_ppp_usd_bn', source: 'OECD' }) }]);
    const wide = parseMapping('{"region": "state", "indicator": {"const": "vc_firms"}, "unit": {"const": "firms"}, "source": {"const": "PitchBook"}, "wide": {"pattern": "^y(\\\\d{4})$"}}');
    const rows = applyMapping(['state', 'y2021', 'y2022'], [{ line: 2, fields: ['US-CA', '5503', '5059'] }], wide);
    expect(rows.map((r) => ('raw' in r ? [r.raw.year, r.raw.value] : null))).toEqual([['2021', '5503'], ['2022', '5059']]);
    expect(() => applyMapping(['x'], [], m)).toThrow(expect.objectContaining({ code: 'INDICATOR_MAPPING_INVALID' }));
    expect(() => parseMapping('colour=Red')).toThrow(expect.objectContaining({ code: 'INDICATOR_MAPPING_INVALID' }));
  });

  it('normalizes a comparison to the best compared region, at or before the year asked', () => {
    const v = (region: string, year: number, value: number): IndicatorValue => ({ region, year, indicator: 'pct_applications', value, unit: 'applications', source: `S-${region}`, sourceUrl: null, note: null });
    const [c] = compareRegions([v('CN', 2021, 70_000), v('DE', 2021, 17_500), v('DE', 2022, 17_000), v('SG', 2020, 1_100)], ['CN', 'DE', 'SG'], ['pct_applications'], 2021);
    expect(c!.latest.map((l) => [l.region, l.year, l.normalized, l.source])).toEqual([
      ['CN', 2021, 100, 'S-CN'],
      ['DE', 2021, 25, 'S-DE'],
      ['SG', 2020, 1.57, 'S-SG'],
    ]);
    expect(c!.series[1]!.points.map((p) => p.year)).toEqual([2021, 2022]);
  });
});
