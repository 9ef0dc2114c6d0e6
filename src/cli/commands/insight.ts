import { getBalance } from '../../core/insight/get-balance.js';
import { getFlows } from '../../core/insight/get-flows.js';
import { getKpis } from '../../core/insight/get-kpis.js';
import { listGaps } from '../../core/insight/list-gaps.js';
import { FLOW_CLASS_LABELS } from '../../core/insight/flows.js';
import { SYSTEM } from '../../core/shared/actor.js';
import { balanceCsv, flowsCsv, gapsCsv, kpisCsv, presentBalance, presentFlows, presentGaps, presentKpis } from '../../server/insight-presenters.js';
import { EXIT, type CliArgs, type CliCommand, type CliContext } from '../command.js';
import { textTable } from '../text-table.js';
import { withDeps } from '../with-deps.js';

const FORMATS = ['table', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

const str = (args: CliArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
};
const list = (args: CliArgs, name: string): string[] | undefined => str(args, name)?.split(',').map((s) => s.trim()).filter(Boolean);
const int = (args: CliArgs, name: string): number | undefined => (str(args, name) === undefined ? undefined : Number(str(args, name)));
const fmt = (n: number | null, digits = 4) => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(digits).replace(/0+$/, '').replace(/\.$/, ''));

function formatOf(ctx: CliContext, args: CliArgs, command: string): Format | null {
  const f = str(args, 'format') ?? 'table';
  if ((FORMATS as readonly string[]).includes(f)) return f as Format;
  ctx.stderr.write(`ittc insight ${command}: --format is table, csv or json, not "${f}".\n`);
  return null;
}

const lang = (args: CliArgs): 'en' | 'zh' => (str(args, 'lang') === 'zh' ? 'zh' : 'en');

const scopeOptions = {
  period: { type: 'string' },
  status: { type: 'string' },
  sector: { type: 'string' },
  country: { type: 'string' },
  'trl-min': { type: 'string' },
  'trl-max': { type: 'string' },
  ipc: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
} as const;

const scopeOf = (args: CliArgs) => ({
  period: str(args, 'period'),
  status: list(args, 'status'),
  sectors: list(args, 'sector'),
  countries: list(args, 'country'),
  trlMin: int(args, 'trl-min'),
  trlMax: int(args, 'trl-max'),
  ipc: str(args, 'ipc'),
});

export const insightBalanceCommand: CliCommand = {
  path: ['insight', 'balance'],
  summary: 'Supply and demand balance of published technology offers and requests',
  usage:
    '--by sector[,region] [--period 2026Q3|2026-07|2026|A..B] [--interval month|quarter|year] [--region-level province|city] [--status published,expired] [--sector S] [--country C] [--trl-min N] [--trl-max N] [--ipc PREFIX] [--empty] [--format table|csv|json] [--lang en|zh]\n' +
    'Dimensions: sector, wipo (35 WIPO fields via IPC), country, region (province/city for China), trl, trl_band, cooperation.\n' +
    'The CLI sees every published listing (public and members-only); coverage is by sector overlap (no match engine runs here).',
  options: { by: { type: 'string' }, interval: { type: 'string' }, 'region-level': { type: 'string' }, empty: { type: 'boolean' }, ...scopeOptions },
  run: async (ctx, args) => {
    const format = formatOf(ctx, args, 'balance');
    if (!format) return EXIT.usage;
    return withDeps(async (deps) => {
      const r = await getBalance(deps.insight, SYSTEM, {
        by: str(args, 'by') ?? 'sector',
        interval: str(args, 'interval'),
        regionLevel: str(args, 'region-level'),
        includeEmpty: args.values.empty === true,
        ...scopeOf(args),
      });
      if (format === 'json') ctx.stdout.write(`${JSON.stringify(presentBalance(r, lang(args)), null, 2)}\n`);
      else if (format === 'csv') ctx.stdout.write(balanceCsv(r));
      else {
        const l = lang(args);
        const header = [...(r.interval ? ['period'] : []), ...r.dimensions, 'label', 'offers', 'requests', 'matched', 'coverage', 'gap_index'];
        const rows = r.rows.map((x) => [...(r.interval ? [x.period ?? ''] : []), ...x.keys, l === 'zh' ? x.label.zh : x.label.en, String(x.offers), String(x.requests), String(x.requestsMatched), fmt(x.coverage), fmt(x.gapIndex)]);
        const n = header.length;
        ctx.stdout.write(textTable(header, rows, new Set([n - 5, n - 4, n - 3, n - 2, n - 1])));
        ctx.stdout.write(
          `\n${r.period ?? 'all time'} · ${r.totals.offers} offers, ${r.totals.requests} requests (distinct listings), coverage ${fmt(r.totals.coverage)} by ${r.coverageMethod} · gap_index = (requests - offers) / (requests + offers)\n`,
        );
      }
      return EXIT.ok;
    });
  },
};

export const insightGapsCommand: CliCommand = {
  path: ['insight', 'gaps'],
  summary: 'Sectors where home-region demand outstrips home supply (import) or the reverse (export), with foreign listings to fill them',
  usage: '[--direction import|export] [--home CN/Guangdong/Shenzhen] [--limit 10] [--per-sector 5] [--period P] [--format table|csv|json] [--lang en|zh]',
  options: { direction: { type: 'string' }, home: { type: 'string' }, limit: { type: 'string' }, 'per-sector': { type: 'string' }, ...scopeOptions },
  run: async (ctx, args) => {
    const format = formatOf(ctx, args, 'gaps');
    if (!format) return EXIT.usage;
    return withDeps(async (deps) => {
      const r = await listGaps(deps.insight, SYSTEM, { direction: str(args, 'direction'), home: str(args, 'home'), limit: int(args, 'limit'), perSector: int(args, 'per-sector'), ...scopeOf(args) });
      if (format === 'json') ctx.stdout.write(`${JSON.stringify(presentGaps(r, lang(args)), null, 2)}\n`);
      else if (format === 'csv') ctx.stdout.write(gapsCsv(r));
      else {
        const l = lang(args);
        const home = l === 'zh' ? r.home.label.zh : r.home.label.en;
        ctx.stdout.write(`${r.direction === 'import' ? 'Home demand above home supply' : 'Home supply above home demand'} (home: ${home}${r.period ? `, ${r.period}` : ''})\n\n`);
        const rows = r.rows.flatMap((g) => [
          [g.sector, l === 'zh' ? g.label.zh : g.label.en, String(g.homeRequests), String(g.homeOffers), String(r.direction === 'import' ? g.foreignOffers : g.foreignRequests), String(g.gap), fmt(g.gapIndex)],
          ...g.counterparts.map((c) => ['', `  → ${(l === 'zh' ? c.titleZh : c.titleEn) ?? c.title} (${c.country}, ${c.ownerName ?? c.ownerNameZh ?? ''})`, '', '', '', '', `affinity ${c.affinity}`]),
        ]);
        ctx.stdout.write(textTable(['sector', 'label', 'home_requests', 'home_offers', r.direction === 'import' ? 'foreign_offers' : 'foreign_requests', 'gap', 'gap_index'], rows, new Set([2, 3, 4, 5])));
      }
      return EXIT.ok;
    });
  },
};

export const insightFlowsCommand: CliCommand = {
  path: ['insight', 'flows'],
  summary: 'Technology transfer flows from deals and registered contracts (local, domestic, inbound, outbound)',
  usage: '[--period P] [--home CN/Guangdong/Shenzhen] [--by-sector] [--format table|csv|json] [--lang en|zh]',
  options: { period: { type: 'string' }, home: { type: 'string' }, 'by-sector': { type: 'boolean' }, format: { type: 'string' }, lang: { type: 'string' } },
  run: async (ctx, args) => {
    const format = formatOf(ctx, args, 'flows');
    if (!format) return EXIT.usage;
    return withDeps(async (deps) => {
      const r = await getFlows(deps.insight, SYSTEM, { period: str(args, 'period'), home: str(args, 'home'), bySector: args.values['by-sector'] === true });
      if (format === 'json') ctx.stdout.write(`${JSON.stringify(presentFlows(r), null, 2)}\n`);
      else if (format === 'csv') ctx.stdout.write(flowsCsv(r));
      else {
        const l = lang(args);
        const label = (f: keyof typeof FLOW_CLASS_LABELS) => (l === 'zh' ? FLOW_CLASS_LABELS[f].zh : FLOW_CLASS_LABELS[f].en);
        const money = (minor: number) => (minor / 100).toLocaleString(l === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 });
        const rows = r.rows.map((x) => [label(x.flow), x.sellerCountry, x.buyerCountry, x.sector ?? '', String(x.deals), String(x.agreements), String(x.registered), money(x.registeredValueCnyMinor)]);
        ctx.stdout.write(textTable(['flow', 'seller', 'buyer', 'sector', 'deals', 'agreements', 'registered', 'value_cny'], rows, new Set([4, 5, 6, 7])));
        ctx.stdout.write(`\n${r.period ?? 'all time'} · by class: ${r.totals.map((t) => `${t.flow} ${t.deals}/${t.agreements}/${t.registered}`).join(', ')} (deals/agreements/registered)\n`);
      }
      return EXIT.ok;
    });
  },
};

export const insightKpisCommand: CliCommand = {
  path: ['insight', 'kpis'],
  summary: 'The center’s KPIs over a period (default the last 12 months by month)',
  usage: '[--period P] [--interval month|quarter|year] [--organization ID,...] [--sector S,...] [--format table|csv|json] [--lang en|zh]',
  options: { period: { type: 'string' }, interval: { type: 'string' }, organization: { type: 'string' }, sector: { type: 'string' }, format: { type: 'string' }, lang: { type: 'string' } },
  run: async (ctx, args) => {
    const format = formatOf(ctx, args, 'kpis');
    if (!format) return EXIT.usage;
    return withDeps(async (deps) => {
      const r = await getKpis(deps.insight, SYSTEM, { period: str(args, 'period'), interval: str(args, 'interval'), organizationIds: list(args, 'organization'), sectors: list(args, 'sector') });
      if (format === 'json') ctx.stdout.write(`${JSON.stringify(presentKpis(r, lang(args)), null, 2)}\n`);
      else if (format === 'csv') ctx.stdout.write(kpisCsv(r));
      else {
        const l = lang(args);
        const rows = r.kpis.map((k) => [k.code, l === 'zh' ? k.label.zh : k.label.en, fmt(k.total, 1), ...r.periods.map((p) => fmt(k.series.find((s) => s.period === p)?.value ?? null, 1))]);
        ctx.stdout.write(textTable(['kpi', 'label', 'total', ...r.periods], rows, new Set(Array.from({ length: r.periods.length + 1 }, (_, i) => i + 2))));
        ctx.stdout.write(`\nConversion (deals opened in ${r.period}): ${r.funnel.map((s) => `${s.stage} ${s.deals}`).join(' → ')}\n`);
      }
      return EXIT.ok;
    });
  },
};

export const INSIGHT_COMMANDS: CliCommand[] = [insightBalanceCommand, insightGapsCommand, insightFlowsCommand, insightKpisCommand];
