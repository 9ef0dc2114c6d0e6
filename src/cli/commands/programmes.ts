import { buildProgrammeReport } from '../../core/programs/programme-report.js';
import { formatMoney } from '../../core/programs/format-money.js';
import { listProgrammes } from '../../core/programs/query-programmes.js';
import { SYSTEM } from '../../core/shared/actor.js';
import { presentProgramme, presentReport } from '../../server/funding-presenters.js';
import { programmeReportCsv } from '../../server/routes/programmes.js';
import { renderProgrammeReport } from '../../server/programme-report-html.js';
import { EXIT, type CliArgs, type CliCommand } from '../command.js';
import { textTable } from '../text-table.js';
import { withDeps } from '../with-deps.js';

const str = (args: CliArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
};

export const programmesListCommand: CliCommand = {
  path: ['programmes', 'list'],
  summary: 'List programmes with this year’s budget and latest status',
  usage: '[--format table|json]',
  options: { format: { type: 'string' } },
  run: async (ctx, args) => {
    const format = str(args, 'format') ?? 'table';
    if (format !== 'table' && format !== 'json') {
      ctx.stderr.write(`ittc programmes list: --format is table or json, not "${format}".\n`);
      return EXIT.usage;
    }
    return withDeps(async (deps) => {
      const list = await listProgrammes(deps.programmes, SYSTEM, {});
      if (format === 'json') ctx.stdout.write(`${JSON.stringify({ items: list.map((p) => presentProgramme(p, p.budgetThisYearMinor)) }, null, 2)}\n`);
      else {
        const rows = list.map((p) => [p.id, p.name, `${p.startYear}-${p.endYear}`, p.status, formatMoney(p.budgetThisYearMinor, p.currency)]);
        ctx.stdout.write(textTable(['id', 'name', 'period', 'status', 'budget this year'], rows, new Set([4])));
      }
      return EXIT.ok;
    });
  },
};

export const programmesReportCommand: CliCommand = {
  path: ['programmes', 'report'],
  summary: 'A programme’s report: targets vs actuals, spending, outcomes, top deals',
  usage:
    'ID [--format csv|json|html]\n' +
    'csv: one flat table (section, year, item, unit, target, actual, verified, declared, rate, credit, cost_per_outcome, note), money in minor units;\n' +
    'json: the same document as GET /api/programmes/ID/report; html: the print-styled page.',
  options: { format: { type: 'string' } },
  allowPositionals: true,
  run: async (ctx, args) => {
    const format = str(args, 'format') ?? 'json';
    const id = args.positionals[0];
    if (!id || args.positionals.length > 1) {
      ctx.stderr.write('ittc programmes report: give one programme id (ittc programmes list shows them).\n');
      return EXIT.usage;
    }
    if (!['csv', 'json', 'html'].includes(format)) {
      ctx.stderr.write(`ittc programmes report: --format is csv, json or html, not "${format}".\n`);
      return EXIT.usage;
    }
    return withDeps(async (deps) => {
      const report = await buildProgrammeReport(deps.programmes, SYSTEM, id);
      if (format === 'csv') ctx.stdout.write(programmeReportCsv(report));
      else if (format === 'html') ctx.stdout.write(renderProgrammeReport(report));
      else ctx.stdout.write(`${JSON.stringify(presentReport(report), null, 2)}\n`);
      return EXIT.ok;
    });
  },
};

export const PROGRAMME_COMMANDS: CliCommand[] = [programmesListCommand, programmesReportCommand];
