import { ensureAdministrator } from '../../core/accounts/manage-users.js';
import { EXIT, type CliCommand } from '../command.js';
import { withDeps } from '../with-deps.js';

export const usersCreateAdminCommand: CliCommand = {
  path: ['users', 'create-admin'],
  summary: 'Make an administrator (a new verified account, or take over an existing one)',
  usage: '--email E --password P [--name N]',
  options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
  run: async (ctx, args) => {
    const email = args.values.email;
    const password = args.values.password;
    if (typeof email !== 'string' || typeof password !== 'string') {
      ctx.stderr.write('ittc users create-admin: --email and --password are required.\n');
      return EXIT.usage;
    }
    const name = typeof args.values.name === 'string' ? args.values.name : undefined;
    return withDeps(async (deps) => {
      const { user, created } = await ensureAdministrator(deps.accounts, { email, password, ...(name ? { name } : {}) });
      ctx.stdout.write(
        created
          ? `Created administrator ${user.email} (e-mail verified).\n`
          : `${user.email} is now an administrator; its password was replaced and its sessions ended.\n`,
      );
      return EXIT.ok;
    });
  },
};
