import { proposeAllocation } from '../../core/programs/propose-allocation.js';
import type { AllocationProposal } from '../../core/programs/programme.js';
import { formatMoney } from '../../core/programs/format-money.js';
import { SYSTEM } from '../../core/shared/actor.js';
import { findCurrency } from '../../core/taxonomy/currencies.js';
import { EXIT, type CliArgs, type CliCommand } from '../command.js';
import { textTable } from '../text-table.js';
import { withDeps } from '../with-deps.js';

const str = (args: CliArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
};

/**
 * Parses an amount in MAJOR units ("100000000", "1234.56") into minor units of `currency`,
 * exactly (no floating point). Null when it is not a non-negative amount with at most the
 * currency's decimals, or too large to count exactly.
 */
export function parseMajorAmount(text: string, currency: string): number | null {
  const c = findCurrency(currency);
  if (!c) return null;
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const frac = m[2] ?? '';
  if (frac.length > c.minorUnits) return null;
  const minor = BigInt(m[1]!) * 10n ** BigInt(c.minorUnits) + BigInt(frac.padEnd(c.minorUnits, '0') || '0');
  return minor <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(minor) : null;
}

/** The allocation as the CLI prints it: exactly {period, budget, lines[{programme_id, name, current_minor, proposed_minor, score, reasons}]}. */
export function allocationJson(p: AllocationProposal) {
  return {
    period: p.period,
    budget: { amount_minor: p.budgetMinor, currency: p.currency },
    lines: p.lines.map((l) => ({
      programme_id: l.programmeId,
      name: l.name,
      current_minor: l.currentMinor,
      proposed_minor: l.proposedMinor,
      score: l.score,
      reasons: l.reasons,
    })),
  };
}

export const allocateCommand: CliCommand = {
  path: ['allocate'],
  summary: 'Propose next period’s budget allocation between programmes from measured performance',
  usage:
    '--period YEAR --budget AMOUNT --currency CODE [--format table|json] [--save]\n' +
    '--budget is in MAJOR units (yuan for CNY: 100000000 is CNY 100 million, i.e. amount_minor 10000000000);\n' +
    'use --budget-minor N instead to give minor units. The proposed amounts sum exactly to the budget.\n' +
    'Programmes counted: active, in the budget currency, running in the period; current = their budget for period-1,\n' +
    'score = their IPOE score for period-1 (docs/programmes.md). --save stores the proposal for approval (POST /api/allocations/ID/approve).',
  options: {
    period: { type: 'string' },
    budget: { type: 'string' },
    'budget-minor': { type: 'string' },
    currency: { type: 'string' },
    format: { type: 'string' },
    save: { type: 'boolean' },
  },
  run: async (ctx, args) => {
    const usage = (m: string) => {
      ctx.stderr.write(`ittc allocate: ${m}\n`);
      return EXIT.usage;
    };
    const format = str(args, 'format') ?? 'table';
    if (format !== 'table' && format !== 'json') return usage(`--format is table or json, not "${format}".`);
    const period = Number(str(args, 'period'));
    if (!Number.isInteger(period) || period < 2000 || period > 2100) return usage('--period is a budget year, e.g. 2027.');
    const currency = (str(args, 'currency') ?? '').toUpperCase();
    if (!findCurrency(currency)) return usage('--currency is an ISO 4217 code such as CNY.');
    const major = str(args, 'budget');
    const minorText = str(args, 'budget-minor');
    if ((major === undefined) === (minorText === undefined)) return usage('give --budget (major units) or --budget-minor (minor units), one of them.');
    const budgetMinor = major !== undefined ? parseMajorAmount(major, currency) : /^\d+$/.test(minorText!) ? Number(minorText) : null;
    if (budgetMinor === null || !Number.isSafeInteger(budgetMinor)) {
      return usage(`the budget must be a non-negative amount${major !== undefined ? ` with at most ${findCurrency(currency)!.minorUnits} decimals` : ' of whole minor units'}.`);
    }
    return withDeps(async (deps) => {
      const proposal = await proposeAllocation(deps.programmes, SYSTEM, { period, budgetMinor, currency }, { save: args.values.save === true });
      if (format === 'json') {
        ctx.stdout.write(`${JSON.stringify(allocationJson(proposal), null, 2)}\n`);
      } else {
        const rows = proposal.lines.map((l) => [
          l.name,
          formatMoney(l.currentMinor, currency),
          formatMoney(l.proposedMinor, currency),
          l.currentMinor > 0 ? `${(((l.proposedMinor - l.currentMinor) / l.currentMinor) * 100).toFixed(1)}%` : '–',
          l.score === null ? '–' : l.score.toFixed(2),
        ]);
        ctx.stdout.write(`Allocation proposal for ${period}: ${formatMoney(budgetMinor, currency)} (policy ${proposal.policyVersion}, score weights ${proposal.scoreWeightsVersion})\n\n`);
        ctx.stdout.write(textTable(['programme', 'current', 'proposed', 'change', 'score'], rows, new Set([1, 2, 3, 4])));
        for (const l of proposal.lines) ctx.stdout.write(`\n${l.name} (${l.programmeId}):\n${l.reasons.map((r) => `  - ${r}`).join('\n')}\n`);
        if (proposal.id) ctx.stdout.write(`\nSaved as proposal ${proposal.id}.\n`);
      }
      return EXIT.ok;
    });
  },
};
