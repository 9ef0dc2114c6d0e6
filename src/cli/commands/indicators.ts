import fs from 'node:fs';
import { listIndicatorValues } from '../../core/insight/compare-indicators.js';
import { importIndicators, type IndicatorImportResult } from '../../core/insight/import-indicators.js';
import { applyMapping, DEFAULT_MAPPING, parseMapping, type IndicatorMapping, type MappedRecord } from '../../core/insight/indicators.js';
import { regionLabel } from '../../core/insight/regions.js';
import { SYSTEM } from '../../core/shared/actor.js';
import { isDomainError } from '../../core/shared/domain-error.js';
import { indicatorsCsv, presentIndicatorValue } from '../../server/insight-presenters.js';
import { parseCsv } from '../../store/csv.js';
import { loadNcses, ncsesDir } from '../../store/ncses.js';
import { EXIT, type CliArgs, type CliCommand, type CliContext } from '../command.js';
import { textTable } from '../text-table.js';
import { withDeps } from '../with-deps.js';

const str = (args: CliArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
};

function usage(ctx: CliContext, command: string, message: string): number {
  ctx.stderr.write(`ittc indicators ${command}: ${message}\n`);
  return EXIT.usage;
}

/** The mapping: a JSON file, inline JSON, or inline field=column pairs (see docs/insight.md). */
function mappingOf(given: string | undefined): IndicatorMapping {
  if (given === undefined) return DEFAULT_MAPPING;
  if (!given.trim().startsWith('{') && !given.includes('=') && fs.existsSync(given)) return parseMapping(fs.readFileSync(given, 'utf8'));
  return parseMapping(given);
}

/** One line per problem (stderr), a summary (stdout); exit 1 when some rows were invalid. */
export function reportIndicatorImport(ctx: CliContext, r: IndicatorImportResult, quietSkips = false): number {
  for (const row of r.invalid) for (const i of row.issues) ctx.stderr.write(`line ${row.line}: ${i.code ?? 'INDICATOR_ROW_INVALID'}: ${i.message}${i.path ? ` (${i.path})` : ''}\n`);
  if (!quietSkips) for (const s of r.skipped) ctx.stderr.write(`line ${s.line}: skipped: ${s.reason}\n`);
  const rest = `${r.skipped.length} skipped, ${r.invalid.length} invalid (of ${r.total} rows)`;
  ctx.stdout.write(r.dryRun ? `Dry run: ${r.imported} values would be imported; ${rest}. Nothing was written.\n` : `Imported ${r.imported} values; ${rest}.\n`);
  return r.invalid.length > 0 ? EXIT.failure : EXIT.ok;
}

export const indicatorsImportCommand: CliCommand = {
  path: ['indicators', 'import'],
  summary: 'Import indicator values (region, year, indicator, value, unit, source) from a CSV file, validating every row',
  usage:
    'FILE [--mapping MAPPING] [--dry-run]\n' +
    'Without --mapping the file has the columns region,year,indicator,value,unit,source (and optionally source_url,note).\n' +
    'MAPPING is a JSON file or text, e.g. {"region":"Country","region_as":"name","year":"Year","value":"GERD","indicator":{"const":"gerd_ppp_usd_bn"},"unit":{"const":"billion current PPP USD"},"source":{"const":"OECD MSTI"}},\n' +
    'or field=column pairs with :constants: region=Country,region_as=name,year=Year,value=GERD,indicator=:gerd_ppp_usd_bn,unit=:percent,source=:OECD.\n' +
    'A "wide" table with one column per year: "wide":{"pattern":"^(\\\\d{4})$"} instead of year and value.',
  options: { mapping: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  allowPositionals: true,
  run: async (ctx, args) => {
    const [file, ...extra] = args.positionals;
    if (!file) return usage(ctx, 'import', 'give the CSV file to import.');
    if (extra.length) return usage(ctx, 'import', `unexpected argument "${extra[0]}".`);
    let records: MappedRecord[];
    try {
      const mapping = mappingOf(str(args, 'mapping'));
      const csv = parseCsv(fs.readFileSync(file === '-' ? 0 : file, 'utf8'));
      if (csv.length === 0) return usage(ctx, 'import', `${file} is empty.`);
      const body = csv.slice(1);
      records = [
        ...applyMapping(csv[0]!.fields, body.filter((r) => !r.error), mapping),
        ...body.filter((r) => r.error).map((r) => ({ line: r.line, error: `malformed CSV: ${r.error}` })),
      ];
    } catch (err) {
      if (isDomainError(err)) return usage(ctx, 'import', `${err.code}: ${err.message} Nothing was imported.`);
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return usage(ctx, 'import', `cannot read ${file}.`);
      throw err;
    }
    return withDeps(async (deps) => reportIndicatorImport(ctx, await importIndicators(deps.insight, SYSTEM, records, { dryRun: args.values['dry-run'] === true })));
  },
};

export const indicatorsLoadNcsesCommand: CliCommand = {
  path: ['indicators', 'load-ncses'],
  summary: 'Load the NSF/NCSES indicator tables (GERD, R&D intensity, PCT and USPTO patents by country; US states R&D, HERD, venture capital)',
  usage: '[DIR] [--dry-run]   (DIR defaults to $ITTC_SHARED_DATA/ncses_indicators, else ../shared/data/ncses_indicators)',
  options: { 'dry-run': { type: 'boolean' } },
  allowPositionals: true,
  run: async (ctx, args) => {
    const dir = args.positionals[0] ?? ncsesDir();
    if (!fs.existsSync(dir)) return usage(ctx, 'load-ncses', `${dir} does not exist: set ITTC_SHARED_DATA or give the directory.`);
    const load = loadNcses(dir);
    if (load.tables.length === 0) return usage(ctx, 'load-ncses', `${dir} holds none of the NCSES tables (ncses_10978.csv...).`);
    for (const c of load.checks) ctx.stderr.write(`${c.ok ? 'check ok' : 'CHECK FAILED'}: table ${c.table}: ${c.message}\n`);
    ctx.stderr.write(`Read tables ${load.tables.join(', ')}${load.missing.length ? `; missing ${load.missing.join(', ')}` : ''}; ${load.skipped.length} rows skipped (no known region or no value).\n`);
    return withDeps(async (deps) => reportIndicatorImport(ctx, await importIndicators(deps.insight, SYSTEM, load.records, { dryRun: args.values['dry-run'] === true }), true));
  },
};

export const indicatorsListCommand: CliCommand = {
  path: ['indicators', 'list'],
  summary: 'List indicator values with their sources',
  usage: '[--region R,...] [--indicator I,...] [--from YEAR] [--to YEAR] [--format table|csv|json]',
  options: { region: { type: 'string' }, indicator: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' } },
  run: async (ctx, args) => {
    const format = str(args, 'format') ?? 'table';
    if (!['table', 'csv', 'json'].includes(format)) return usage(ctx, 'list', '--format is table, csv or json.');
    const year = (name: string) => (str(args, name) === undefined ? undefined : Number(str(args, name)));
    return withDeps(async (deps) => {
      const values = await listIndicatorValues(deps.insight, SYSTEM, {
        regions: str(args, 'region')?.split(','),
        indicators: str(args, 'indicator')?.split(','),
        yearFrom: year('from'),
        yearTo: year('to'),
      });
      if (format === 'json') ctx.stdout.write(`${JSON.stringify({ items: values.map(presentIndicatorValue) }, null, 2)}\n`);
      else if (format === 'csv') ctx.stdout.write(indicatorsCsv(values));
      else {
        const rows = values.map((v) => [v.region, regionLabel(v.region).en, v.indicator, String(v.year), String(v.value), v.unit, v.source]);
        ctx.stdout.write(textTable(['region', 'name', 'indicator', 'year', 'value', 'unit', 'source'], rows, new Set([3, 4])));
      }
      return EXIT.ok;
    });
  },
};

export const INDICATOR_COMMANDS: CliCommand[] = [indicatorsImportCommand, indicatorsLoadNcsesCommand, indicatorsListCommand];
