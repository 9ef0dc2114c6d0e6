/**
 * A loader for the NSF/NCSES indicator tables in ../shared/data/ncses_indicators (a third
 * party's machine-readable re-export of Science and Engineering Indicators tables; see the
 * SOURCE.md there). It turns the tables ITTC benchmarks with into indicator rows:
 *
 * | table | indicators |
 * |---|---|
 * | 10978 (SRD-1) | gerd_ppp_usd_bn, rd_intensity_pct, gdp_ppp_usd_bn by country, 1990/2000/2010/latest |
 * | 10946 (SRD-2) | gerd_business_performed_pct, gerd_business_funded_pct by country, 2021 or latest |
 * | 10551 (SINV-4) | uspto_patents by inventor country, 2000-2022 |
 * | 10558 (SINV-11) | pct_applications by country, 2000-2022 |
 * | 10482 (table 10) | rd_expenditure_usd_m, rd_intensity_pct by US state, 2021 |
 * | 10159 (table 67) | herd_usd_k by US state, FY2010-2022 |
 * | 10579 (SINV-32) | vc_firms by US state, 2003-2022 |
 *
 * Format caveats handled here: the time-series tables 10551/10558 lost their year column; each
 * region is a block of 24 rows, a first row that is not a year (na, an income group, or the
 * block's total) followed by 2000..2022 in order (the order is inferred from the titles; the
 * check `blockTotals` confirms that, in 10558, the first row is the sum of the 23 that follow).
 * "Latest" columns ('2021a') take the year in parentheses after the region name ('Australia
 * (2019)'). HTML in names (<sup>a</sup>) is dropped. Rows that name no country or state this
 * platform knows (continents, income groups, patent offices) are skipped with a reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MappedRecord, RawIndicatorRow } from '../core/insight/indicators.js';
import { parseNumber, regionFromName } from '../core/insight/indicators.js';
import { findUsStateByName } from '../core/insight/us-states.js';
import { parseCsv } from './csv.js';

export const NCSES_TABLES = ['10978', '10946', '10551', '10558', '10482', '10159', '10579'] as const;
export type NcsesTable = (typeof NCSES_TABLES)[number];

const SOURCES: Record<NcsesTable, string> = {
  '10978': 'NSF NCSES, Science and Engineering Indicators, table SRD-1 (from OECD MSTI)',
  '10946': 'NSF NCSES, Science and Engineering Indicators, table SRD-2 (from OECD MSTI)',
  '10551': 'NSF NCSES, Science and Engineering Indicators, table SINV-4 (PatentsView, USPTO)',
  '10558': 'NSF NCSES, Science and Engineering Indicators, table SINV-11 (EPO bibliographic data)',
  '10482': 'NSF NCSES, National Patterns of R&D Resources, table 10',
  '10159': 'NSF NCSES, Higher Education Research and Development Survey, table 67',
  '10579': 'NSF NCSES, Science and Engineering Indicators, table SINV-32 (PitchBook)',
};

export type NcsesSkip = { table: string; line: number; reason: string };
export type NcsesCheck = { table: string; ok: boolean; message: string };
export type NcsesLoad = { records: (MappedRecord & { table: string })[]; skipped: NcsesSkip[]; checks: NcsesCheck[]; tables: string[]; missing: string[] };

/** The shared data directory: ITTC_SHARED_DATA, else ../shared/data next to the repository. */
export function sharedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ITTC_SHARED_DATA ? path.resolve(env.ITTC_SHARED_DATA) : path.resolve(import.meta.dirname, '../../../shared/data');
}

export const ncsesDir = (env: NodeJS.ProcessEnv = process.env) => path.join(sharedDataDir(env), 'ncses_indicators');

/** Drops footnote marks (<sup>a</sup>) and any other markup. */
const stripHtml = (s: string) => s.replace(/<sup>.*?<\/sup>/gi, '').replace(/<[^>]*>/g, '').trim();
const lastSegment = (s: string) => stripHtml(s.split('->').at(-1) ?? s);
const latestYear = (name: string, fallback: number) => Number(/\((\d{4})\)\s*$/.exec(stripHtml(name))?.[1] ?? fallback);

/** Loads the NCSES tables found in `dir` as raw indicator rows (validated later, row by row, like any import). */
export function loadNcses(dir: string): NcsesLoad {
  const out: NcsesLoad = { records: [], skipped: [], checks: [], tables: [], missing: [] };
  for (const table of NCSES_TABLES) {
    const file = path.join(dir, `ncses_${table}.csv`);
    if (!fs.existsSync(file)) {
      out.missing.push(table);
      continue;
    }
    out.tables.push(table);
    const records = parseCsv(fs.readFileSync(file, 'utf8'));
    const header = records[0]?.fields ?? [];
    const col = (name: string) => header.indexOf(name);
    const rows = records.slice(1).filter((r) => r.fields.length > 1);
    const emit = (line: number, region: string | null, name: string, indicator: string, year: number | string, value: string, unit: string, note?: string) => {
      if (region === null) {
        out.skipped.push({ table, line, reason: `no known country or state: ${stripHtml(name).slice(0, 80)}` });
        return;
      }
      const n = parseNumber(value.trim());
      if (n === null) {
        out.skipped.push({ table, line, reason: `no value (${value.trim().slice(0, 30) || 'empty'})` });
        return;
      }
      const raw: RawIndicatorRow = { region, year: String(year), indicator, value: String(n), unit, source: SOURCES[table], ...(note ? { note } : {}) };
      out.records.push({ table, line, raw });
    };
    switch (table) {
      case '10978': {
        const [tp, l1, l2, l3, v] = ['time_period', '_b_gerd_b_level_1', '_b_gerd_b_level_2', '_b_gerd_b_level_3', 'value'].map(col) as number[];
        for (const r of rows) {
          const f = r.fields;
          const name = f[tp!]!;
          const region = regionFromName(lastSegment(name));
          const a = f[l1!]!.trim();
          const b = f[l2!]!.trim();
          let indicator: string | null = null;
          let yearText = '';
          let unit = '';
          if (a === 'GERD' && b === 'Current PPP dollars') [indicator, yearText, unit] = ['gerd_ppp_usd_bn', f[l3!]!, 'billion current PPP USD'];
          else if (a === 'GDP' && b === 'Current PPP dollars') [indicator, yearText, unit] = ['gdp_ppp_usd_bn', f[l3!]!, 'billion current PPP USD'];
          else if (a === 'GERD-to-GDP ratio (%)') [indicator, yearText, unit] = ['rd_intensity_pct', b, 'percent'];
          if (!indicator) continue;
          const latest = /a$/.test(yearText.trim());
          const year = latest ? latestYear(lastSegment(name), 2021) : Number(yearText);
          emit(r.line, region, name, indicator, year, f[v!]!, unit, latest ? 'Latest year available in the 2023 edition' : undefined);
        }
        break;
      }
      case '10946': {
        const [tp, l1, l2, v] = ['time_period', 'column_level_1', 'column_level_2', 'value'].map(col) as number[];
        for (const r of rows) {
          const f = r.fields;
          const a = f[l1!]!.trim();
          const b = f[l2!]!.trim();
          const indicator =
            a === 'R&D performing sector: Share of total (percent)' && b === 'Business'
              ? 'gerd_business_performed_pct'
              : a === 'R&D source of funds: Share of total (percent)' && b === 'Business'
                ? 'gerd_business_funded_pct'
                : null;
          if (!indicator) continue;
          const name = f[tp!]!;
          emit(r.line, regionFromName(lastSegment(name)), name, indicator, latestYear(lastSegment(name), 2021), f[v!]!, 'percent');
        }
        break;
      }
      case '10551':
      case '10558': {
        const [tp, v] = ['time_period', 'value'].map(col) as number[];
        const indicator = table === '10551' ? 'uspto_patents' : 'pct_applications';
        const unit = table === '10551' ? 'patents (fractional count)' : 'applications';
        let ok = 0;
        let bad = 0;
        for (let i = 0; i < rows.length; ) {
          const name = rows[i]!.fields[tp!]!;
          let j = i;
          while (j < rows.length && rows[j]!.fields[tp!] === name) j++;
          const block = rows.slice(i, j);
          i = j;
          if (block.length !== 24) {
            for (const r of block) out.skipped.push({ table, line: r.line, reason: `a block of ${block.length} rows, not 24: years unknown` });
            continue;
          }
          const years = block.slice(1).map((r) => parseNumber(r.fields[v!]!.trim()));
          const first = parseNumber(block[0]!.fields[v!]!.trim());
          if (first !== null && years.every((y) => y !== null)) {
            const sum = years.reduce<number>((s, y) => s + y!, 0);
            // The year cells are rounded fractional counts: 23 roundings may move the sum by up to 11.5.
            if (Math.abs(sum - first) <= 11.5) ok++;
            else bad++;
          }
          out.skipped.push({ table, line: block[0]!.line, reason: `block header (${block[0]!.fields[v!]!.slice(0, 20)})` });
          const region = regionFromName(lastSegment(name));
          const note =
            table === '10558'
              ? 'By receiving office: applications filed through the European Patent Office count under it, not under the applicant’s country. China includes Hong Kong.'
              : 'Fractional count by inventor residence. China includes Hong Kong.';
          block.slice(1).forEach((r, k) => emit(r.line, region, name, indicator, 2000 + k, r.fields[v!]!, unit, note));
        }
        if (ok + bad > 0) out.checks.push({ table, ok: bad === 0, message: `blockTotals: ${ok} of ${ok + bad} blocks have a first row equal to the sum of the 23 year rows` });
        break;
      }
      case '10482': {
        const [l1, l2, total, intensity] = ['_b_state_b_level_1', '_b_state_b_level_2', 'field_all_performers_all_funding_sources', 'field_r_d_intensityc_d_percent'].map(col) as number[];
        for (const r of rows) {
          const f = r.fields;
          const state = findUsStateByName(stripHtml(f[l2!]!));
          if (!state) {
            out.skipped.push({ table, line: r.line, reason: `not a state: ${stripHtml(f[l2!]! || f[l1!]!)}` });
            continue;
          }
          emit(r.line, `US-${state.code}`, state.en, 'rd_expenditure_usd_m', 2021, f[total!]!, 'million current USD');
          emit(r.line, `US-${state.code}`, state.en, 'rd_intensity_pct', 2021, f[intensity!]!, 'percent');
        }
        break;
      }
      case '10159':
      case '10579': {
        const prefix = table === '10159' ? '_b_state_b_' : 'u_s_states_';
        const [l1, l2] = [`${prefix}level_1`, `${prefix}level_2`].map(col) as number[];
        const yearCols = header.flatMap((h, k) => (/^field_(\d{4})$/.exec(h) ? [{ k, year: Number(h.slice(6)) }] : []));
        const indicator = table === '10159' ? 'herd_usd_k' : 'vc_firms';
        const unit = table === '10159' ? 'thousand current USD' : 'firms';
        for (const r of rows) {
          const f = r.fields;
          const level2 = stripHtml(f[l2!]!);
          const state = level2 ? findUsStateByName(level2) : undefined;
          const region = state ? `US-${state.code}` : level2 === '' && /^(United States|Total)$/.test(stripHtml(f[l1!]!)) ? 'US' : null;
          for (const c of yearCols) emit(r.line, region, level2 || f[l1!]!, indicator, c.year, f[c.k]!, unit);
        }
        break;
      }
    }
  }
  // One value per region, indicator and year: the first table that gives it wins.
  const seen = new Set<string>();
  out.records = out.records.filter((rec) => {
    if (!('raw' in rec)) return true;
    const key = `${rec.raw.region}|${rec.raw.indicator}|${rec.raw.year}`;
    if (seen.has(key)) {
      out.skipped.push({ table: rec.table, line: rec.line, reason: `duplicate of an earlier row for ${key}` });
      return false;
    }
    seen.add(key);
    return true;
  });
  return out;
}
