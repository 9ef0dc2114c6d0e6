import { loadConfig } from '../../config.js';
import { openConfiguredDatabase } from '../../compose.js';
import { migrate, schemaVersion } from '../../store/migrate.js';
import { seedDemo } from '../../store/seed-demo.js';
import { EXIT, type CliCommand } from '../command.js';

export const dbMigrateCommand: CliCommand = {
  path: ['db', 'migrate'],
  summary: 'Apply pending database migrations',
  usage: '',
  run: async (ctx) => {
    const database = await openConfiguredDatabase(loadConfig());
    try {
      const applied = await migrate(database);
      ctx.stdout.write(
        applied.length ? `Applied ${applied.length} migrations: ${applied.join(', ')}\n` : 'The database is up to date.\n',
      );
      ctx.stdout.write(`Schema version ${await schemaVersion(database)} (${database.kind}).\n`);
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};

export const dbSeedDemoCommand: CliCommand = {
  path: ['db', 'seed-demo'],
  summary: 'Load the shipped demo data into an empty database',
  usage: '[--force]',
  options: { force: { type: 'boolean' } },
  run: async (ctx, args) => {
    const database = await openConfiguredDatabase(loadConfig());
    try {
      await migrate(database);
      const r = await seedDemo(database, new Date(), { force: args.values.force === true });
      if (r.skipped) {
        ctx.stderr.write('The database already holds organizations; demo data not loaded (use --force to add it anyway).\n');
        return EXIT.failure;
      }
      ctx.stdout.write(`Seeded ${r.organizations} organizations and ${r.listings} listings.\n`);
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
