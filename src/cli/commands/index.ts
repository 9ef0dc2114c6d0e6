import type { CliCommand } from '../command.js';
import { dbMigrateCommand, dbSeedDemoCommand } from './db.js';
import { serveCommand } from './serve.js';

/** Every command of the `ittc` binary. */
export const COMMANDS: CliCommand[] = [serveCommand, dbMigrateCommand, dbSeedDemoCommand];
