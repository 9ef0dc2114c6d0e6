/**
 * Benchmark indicators: one number per region, year and indicator, with its unit and source.
 * Rows come from CSV imports (validated row by row), the NCSES loader, or the demo set.
 */
import { COUNTRIES } from '../taxonomy/countries.js';
import { DomainError, type FieldIssue } from '../shared/domain-error.js';
import type { InsightErrorCode } from './errors.js';
import { AGGREGATE_REGIONS, isIndicatorRegion, regionLabel, type Label } from './regions.js';

export type IndicatorValue = {
  region: string;
  year: number;
  indicator: string;
  value: number;
  unit: string;
  source: string;
  sourceUrl: string | null;
  note: string | null;
};

export type IndicatorDefinition = { code: string; label: Label; unit: string; higherIsBetter: boolean };

/** Indicators the platform knows by name; imports may add others (their code is their label). */
export const INDICATOR_CATALOGUE: readonly IndicatorDefinition[] = [
  { code: 'gerd_ppp_usd_bn', label: { en: 'Gross domestic expenditure on R&D (GERD)', zh: '全社会研发经费支出' }, unit: 'billion current PPP USD', higherIsBetter: true },
  { code: 'rd_intensity_pct', label: { en: 'R&D intensity (GERD / GDP)', zh: '研发投入强度（研发经费/GDP）' }, unit: 'percent', higherIsBetter: true },
  { code: 'gdp_ppp_usd_bn', label: { en: 'Gross domestic product (PPP)', zh: '国内生产总值（购买力平价）' }, unit: 'billion current PPP USD', higherIsBetter: true },
  { code: 'gerd_business_performed_pct', label: { en: 'Share of R&D performed by business', zh: '企业执行研发经费占比' }, unit: 'percent', higherIsBetter: true },
  { code: 'gerd_business_funded_pct', label: { en: 'Share of R&D funded by business', zh: '企业资助研发经费占比' }, unit: 'percent', higherIsBetter: true },
  { code: 'pct_applications', label: { en: 'PCT patent applications', zh: 'PCT国际专利申请量' }, unit: 'applications', higherIsBetter: true },
  { code: 'uspto_patents', label: { en: 'USPTO utility patents granted (by inventor)', zh: '美国专利商标局发明专利授权量（按发明人）' }, unit: 'patents (fractional count)', higherIsBetter: true },
  { code: 'rd_expenditure_usd_m', label: { en: 'R&D expenditure', zh: '研发经费支出' }, unit: 'million current USD', higherIsBetter: true },
  { code: 'herd_usd_k', label: { en: 'Higher-education R&D expenditure', zh: '高校研发经费支出' }, unit: 'thousand current USD', higherIsBetter: true },
  { code: 'vc_firms', label: { en: 'Firms receiving venture capital', zh: '获得风险投资的企业数' }, unit: 'firms', higherIsBetter: true },
  { code: 'tech_contract_value_cny_bn', label: { en: 'Technology contract turnover', zh: '技术合同成交额' }, unit: 'billion CNY', higherIsBetter: true },
  { code: 'high_tech_enterprises', label: { en: 'National high-tech enterprises', zh: '国家高新技术企业数' }, unit: 'enterprises', higherIsBetter: true },
];

const byCode = new Map(INDICATOR_CATALOGUE.map((d) => [d.code, d]));

/** The definition of a known indicator, or a plain one named by its code. */
export function indicatorDefinition(code: string, unit = ''): IndicatorDefinition {
  return byCode.get(code) ?? { code, label: { en: code, zh: code }, unit, higherIsBetter: true };
}

export const INDICATOR_CODE = /^[a-z][a-z0-9_]{1,63}$/;
export const INDICATOR_LIMITS = { unit: 100, source: 500, sourceUrl: 2000, note: 2000, yearMin: 1900, yearMax: 2100 } as const;

/** Names statistical tables give countries that differ from the ISO short names. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'united states of america': 'US',
  usa: 'US',
  'u.s.': 'US',
  'korea, republic of': 'KR',
  korea: 'KR',
  'republic of korea': 'KR',
  taiwan: 'TW',
  'hong kong': 'HK',
  macao: 'MO',
  macau: 'MO',
  turkey: 'TR',
  'czech republic': 'CZ',
  macedonia: 'MK',
  'bosnia and herzegovina': 'BA',
  'russian federation': 'RU',
  'viet nam': 'VN',
  'iran, islamic republic of': 'IR',
  uk: 'GB',
  'great britain': 'GB',
  "cote d'ivoire": 'CI',
  "côte d'ivoire": 'CI',
  'china (mainland)': 'CN',
  "china, people's republic of": 'CN',
  'eu-27': 'EU27',
  eu27: 'EU27',
  'european union': 'EU27',
  'total oecd': 'OECD',
  oecd: 'OECD',
  world: 'WORLD',
};

const countryByName = new Map<string, string>();
for (const c of COUNTRIES) countryByName.set(c.en.toLowerCase(), c.code);
for (const [name, code] of Object.entries(COUNTRY_ALIASES)) countryByName.set(name, code);

/**
 * The region key of a country or aggregate name as statistical tables write it ('South Korea',
 * 'EU-27', 'Germany (2020)' — a trailing year in parentheses is ignored), or null.
 */
export function regionFromName(name: string): string | null {
  const clean = name
    .replace(/<sup>.*?<\/sup>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\(\d{4}\)\s*$/, '')
    .trim()
    .toLowerCase();
  return countryByName.get(clean) ?? null;
}

/** A row as read from a file: every field still text. */
export type RawIndicatorRow = {
  region: string;
  year: string;
  indicator: string;
  value: string;
  unit: string;
  source: string;
  sourceUrl?: string;
  note?: string;
};

/** Cell values that mean "no number here" in statistical tables: the row is skipped, not invalid. */
const MISSING = new Set(['', 'na', 'n/a', 'ne', 'd', 's', 'x', '-', '–', '—', '..', '...', 'null', 'none']);

export type RowVerdict = { ok: true; row: IndicatorValue } | { ok: false; missing: true; reason: string } | { ok: false; missing: false; issues: FieldIssue[] };

/**
 * Validates one row. A missing value ('NA', 'D', '') skips the row; anything else wrong is
 * listed as issues (codes INDICATOR_ROW_INVALID / INDICATOR_REGION_INVALID).
 */
export function validateIndicatorRow(raw: RawIndicatorRow): RowVerdict {
  const issues: (FieldIssue & { code: string })[] = [];
  const add = (path: string, message: string, code: InsightErrorCode = 'INDICATOR_ROW_INVALID') => issues.push({ path, message, code });
  const valueText = raw.value.trim();
  if (MISSING.has(valueText.toLowerCase())) return { ok: false, missing: true, reason: `no value (${raw.value.trim() || 'empty'})` };

  const region = raw.region.trim().toUpperCase();
  if (!isIndicatorRegion(region)) {
    add('region', `"${raw.region.slice(0, 40)}" is not a region key (ISO country such as DE, subdivision such as CN-GD or US-CA, or WORLD/EU27/OECD).`, 'INDICATOR_REGION_INVALID');
  }
  const yearText = raw.year.trim();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!Number.isInteger(year) || year < INDICATOR_LIMITS.yearMin || year > INDICATOR_LIMITS.yearMax) {
    add('year', `"${yearText.slice(0, 20)}" is not a year from ${INDICATOR_LIMITS.yearMin} to ${INDICATOR_LIMITS.yearMax}.`);
  }
  const indicator = raw.indicator.trim();
  if (!INDICATOR_CODE.test(indicator)) add('indicator', 'An indicator code is lower case letters, digits and _, starting with a letter (e.g. rd_intensity_pct).');
  const value = parseNumber(valueText);
  if (value === null) add('value', `"${valueText.slice(0, 40)}" is not a number.`);
  const unit = raw.unit.trim();
  if (unit === '' || unit.length > INDICATOR_LIMITS.unit) add('unit', `The unit is required (at most ${INDICATOR_LIMITS.unit} characters).`);
  const source = raw.source.trim();
  if (source === '' || source.length > INDICATOR_LIMITS.source) add('source', `The source is required (at most ${INDICATOR_LIMITS.source} characters).`);
  const sourceUrl = raw.sourceUrl?.trim() || null;
  if (sourceUrl !== null && (sourceUrl.length > INDICATOR_LIMITS.sourceUrl || !/^https?:\/\/\S+$/.test(sourceUrl))) add('source_url', 'The source URL must be an http(s) address.');
  const note = raw.note?.trim() || null;
  if (note !== null && note.length > INDICATOR_LIMITS.note) add('note', `The note is longer than ${INDICATOR_LIMITS.note} characters.`);

  if (issues.length > 0) return { ok: false, missing: false, issues };
  return { ok: true, row: { region, year, indicator, value: value!, unit, source, sourceUrl, note } };
}

/** '1,234.5', '1 234,5'? No: thousands separators are commas, the decimal mark a point; '12%' is 12. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(/,(?=\d{3}(\D|$))/g, '').replace(/%$/, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

// Mapping ----------------------------------------------------------------------------

/** Where a field's value comes from: a column of the file, or a constant for every row. */
export type ColumnRef = { column: string } | { const: string };

export const MAPPING_FIELDS = ['region', 'year', 'indicator', 'value', 'unit', 'source', 'source_url', 'note'] as const;
export type MappingField = (typeof MAPPING_FIELDS)[number];

/**
 * How a CSV file's columns become indicator rows. `regionAs: 'name'` maps country names
 * ('South Korea') to keys; `wide` melts year columns (headers matching the pattern's one
 * capture group, e.g. "^field_(\\d{4})$") into one row per year, instead of year and value.
 */
export type IndicatorMapping = Partial<Record<MappingField, ColumnRef>> & {
  regionAs?: 'code' | 'name';
  wide?: { pattern: string };
};

const mappingInvalid = (message: string) =>
  new DomainError<InsightErrorCode>('INDICATOR_MAPPING_INVALID', message, { issues: [{ path: 'mapping', message }] });

/** The mapping when none is given: columns named like the fields. */
export const DEFAULT_MAPPING: IndicatorMapping = {
  region: { column: 'region' },
  year: { column: 'year' },
  indicator: { column: 'indicator' },
  value: { column: 'value' },
  unit: { column: 'unit' },
  source: { column: 'source' },
};

/**
 * Parses a mapping: JSON ({"region": "Country", "unit": {"const": "percent"}, "region_as": "name",
 * "wide": {"pattern": "^(\\d{4})$"}}) or the inline form 'region=Country,year=Year,unit=:percent'
 * (a leading ':' marks a constant). Fields not mapped fall back to a column of their own name.
 * Throws INDICATOR_MAPPING_INVALID.
 */
export function parseMapping(text: string): IndicatorMapping {
  const t = text.trim();
  let entries: [string, unknown][];
  let regionAs: unknown;
  let wide: unknown;
  if (t.startsWith('{')) {
    let obj: unknown;
    try {
      obj = JSON.parse(t);
    } catch {
      throw mappingInvalid('The mapping is not valid JSON.');
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw mappingInvalid('The mapping must be a JSON object.');
    const o = obj as Record<string, unknown>;
    regionAs = o.region_as ?? o.regionAs;
    wide = o.wide;
    entries = Object.entries(o).filter(([k]) => !['region_as', 'regionAs', 'wide'].includes(k));
  } else {
    entries = t
      .split(',')
      .filter((p) => p.trim() !== '')
      .map((p) => {
        const i = p.indexOf('=');
        if (i < 1) throw mappingInvalid(`"${p.slice(0, 40)}" is not field=column or field=:constant.`);
        return [p.slice(0, i).trim(), p.slice(i + 1).trim()];
      });
    const ra = entries.find(([k]) => k === 'region_as');
    regionAs = ra?.[1];
    const w = entries.find(([k]) => k === 'wide');
    wide = w ? { pattern: w[1] } : undefined;
    entries = entries.filter(([k]) => k !== 'region_as' && k !== 'wide');
  }
  const mapping: IndicatorMapping = { ...DEFAULT_MAPPING };
  for (const [key, v] of entries) {
    if (!(MAPPING_FIELDS as readonly string[]).includes(key)) throw mappingInvalid(`Unknown field "${key.slice(0, 40)}"; map ${MAPPING_FIELDS.join(', ')}.`);
    let ref: ColumnRef;
    if (typeof v === 'string') ref = v.startsWith(':') ? { const: v.slice(1) } : { column: v };
    else if (typeof v === 'object' && v !== null && typeof (v as { const?: unknown }).const === 'string') ref = { const: (v as { const: string }).const };
    else if (typeof v === 'object' && v !== null && typeof (v as { column?: unknown }).column === 'string') ref = { column: (v as { column: string }).column };
    else throw mappingInvalid(`Field "${key}" must name a column or {"const": "..."}.`);
    mapping[key as MappingField] = ref;
  }
  if (regionAs !== undefined) {
    if (regionAs !== 'code' && regionAs !== 'name') throw mappingInvalid('region_as is code or name.');
    mapping.regionAs = regionAs;
  }
  if (wide !== undefined) {
    const pattern = (wide as { pattern?: unknown } | null)?.pattern;
    if (typeof pattern !== 'string' || pattern === '') throw mappingInvalid('wide needs a pattern with one capture group for the year.');
    try {
      new RegExp(pattern);
    } catch {
      throw mappingInvalid('The wide pattern is not a valid regular expression.');
    }
    mapping.wide = { pattern };
  }
  return mapping;
}

export type MappedRecord = { line: number; raw: RawIndicatorRow } | { line: number; error: string };

/**
 * Applies a mapping to a table (header + records). Returns one raw row per record (per year
 * column in the wide form), or a file-level problem (a mapped column missing) as an error.
 */
export function applyMapping(header: string[], records: { line: number; fields: string[] }[], mapping: IndicatorMapping): MappedRecord[] {
  const index = new Map(header.map((h, i) => [h.trim(), i]));
  const need = (field: MappingField, optional: boolean): ((f: string[]) => string) | null => {
    const ref = mapping[field];
    if (!ref) return optional ? () => '' : null;
    if ('const' in ref) return () => ref.const;
    const i = index.get(ref.column);
    if (i === undefined) {
      if (optional && ref.column === field) return () => '';
      throw mappingInvalid(`The file has no column "${ref.column}" (for ${field}). Its columns: ${header.slice(0, 30).join(', ')}.`);
    }
    return (f) => f[i] ?? '';
  };
  const wide = mapping.wide ? new RegExp(mapping.wide.pattern) : null;
  const region = need('region', false)!;
  const indicator = need('indicator', false)!;
  const unit = need('unit', false)!;
  const source = need('source', false)!;
  const sourceUrl = need('source_url', true)!;
  const note = need('note', true)!;
  const asName = mapping.regionAs === 'name';
  const regionOf = (f: string[]) => {
    const r = region(f);
    return asName ? (regionFromName(r) ?? r) : r;
  };
  const out: MappedRecord[] = [];
  if (wide) {
    const yearColumns = header.flatMap((h, i) => {
      const m = wide.exec(h.trim());
      return m?.[1] ? [{ i, year: m[1] }] : [];
    });
    if (yearColumns.length === 0) throw mappingInvalid(`No column header matches the wide pattern ${mapping.wide!.pattern}.`);
    for (const r of records) {
      for (const c of yearColumns) {
        out.push({ line: r.line, raw: { region: regionOf(r.fields), year: c.year, indicator: indicator(r.fields), value: r.fields[c.i] ?? '', unit: unit(r.fields), source: source(r.fields), sourceUrl: sourceUrl(r.fields), note: note(r.fields) } });
      }
    }
    return out;
  }
  const year = need('year', false)!;
  const value = need('value', false)!;
  for (const r of records) {
    out.push({ line: r.line, raw: { region: regionOf(r.fields), year: year(r.fields), indicator: indicator(r.fields), value: value(r.fields), unit: unit(r.fields), source: source(r.fields), sourceUrl: sourceUrl(r.fields), note: note(r.fields) } });
  }
  return out;
}

// Comparison -------------------------------------------------------------------------

export type ComparisonPoint = { year: number; value: number; unit: string; source: string; sourceUrl: string | null };
export type ComparisonSeries = { region: string; label: Label; points: ComparisonPoint[] };
export type ComparisonLatest = { region: string; label: Label; year: number | null; value: number | null; normalized: number | null; unit: string | null; source: string | null };
export type IndicatorComparison = { indicator: IndicatorDefinition; series: ComparisonSeries[]; latest: ComparisonLatest[] };

/**
 * A region against peers on indicators: per indicator, each region's series (years ascending,
 * the source of every point) and its latest value at or before `year` (any year when null),
 * normalized to 0..100 as a share of the best of the compared regions (the lowest when the
 * indicator is better low). Normalized values are null when no region has a positive best.
 */
export function compareRegions(values: readonly IndicatorValue[], regions: readonly string[], indicators: readonly string[], year: number | null): IndicatorComparison[] {
  return indicators.map((code) => {
    const rows = values.filter((v) => v.indicator === code);
    const definition = indicatorDefinition(code, rows[0]?.unit ?? '');
    const series: ComparisonSeries[] = regions.map((region) => ({
      region,
      label: regionLabel(region),
      points: rows
        .filter((r) => r.region === region)
        .sort((a, b) => a.year - b.year)
        .map((r) => ({ year: r.year, value: r.value, unit: r.unit, source: r.source, sourceUrl: r.sourceUrl })),
    }));
    const picked = series.map((s) => {
      const eligible = s.points.filter((p) => year === null || p.year <= year);
      return eligible[eligible.length - 1] ?? null;
    });
    const present = picked.filter((p): p is ComparisonPoint => p !== null).map((p) => p.value);
    const best = present.length === 0 ? null : definition.higherIsBetter ? Math.max(...present) : Math.min(...present);
    const latest: ComparisonLatest[] = series.map((s, i) => {
      const p = picked[i];
      let normalized: number | null = null;
      if (p && best !== null && best > 0) {
        normalized = definition.higherIsBetter ? (p.value / best) * 100 : p.value > 0 ? (best / p.value) * 100 : null;
        if (normalized !== null) normalized = Math.round(normalized * 100) / 100;
      }
      return { region: s.region, label: s.label, year: p?.year ?? null, value: p?.value ?? null, normalized, unit: p?.unit ?? null, source: p?.source ?? null };
    });
    return { indicator: definition, series, latest };
  });
}

export const isAggregateRegion = (code: string): boolean => Object.hasOwn(AGGREGATE_REGIONS, code);
