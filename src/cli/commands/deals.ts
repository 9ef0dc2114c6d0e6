import { notifyExpiringListings } from '../../core/deals/notify-listing-owners.js';
import { EXIT, type CliCommand } from '../command.js';
import { withDeps } from '../with-deps.js';

export const dealsNotifyExpiringCommand: CliCommand = {
  path: ['deals', 'notify-expiring'],
  summary: 'Queue e-mails to owners whose listings expire within 14 days (once per listing and expiry date)',
  usage: '',
  run: async (ctx) =>
    withDeps(async (deps) => {
      const n = await notifyExpiringListings(deps.deals);
      ctx.stdout.write(`Queued ${n} listing expiry notice${n === 1 ? '' : 's'}.\n`);
      return EXIT.ok;
    }),
};
