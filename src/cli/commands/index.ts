import type { CliCommand } from '../command.js';
import { dbMigrateCommand, dbSeedDemoCommand } from './db.js';
import { dealsNotifyExpiringCommand } from './deals.js';
import { serveCommand } from './serve.js';
import { usersCreateAdminCommand } from './users.js';
import { backupCommand, restoreCommand } from './backup.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { INSIGHT_COMMANDS } from './insight.js';
import { INDICATOR_COMMANDS } from './indicators.js';
import { PROGRAMME_COMMANDS } from './programmes.js';
import { allocateCommand } from './allocate.js';
import { orgResolveCommand } from './org-resolve.js';
import { orgImportRorCommand } from './org-import-ror.js';
import { matchCommand } from './match.js';
import { similarityCommand } from './similarity.js';

/** Every command of the `ittc` binary. */
export const COMMANDS: CliCommand[] = [serveCommand, dbMigrateCommand, dbSeedDemoCommand, importCommand, exportCommand, backupCommand, restoreCommand, usersCreateAdminCommand, dealsNotifyExpiringCommand, ...INSIGHT_COMMANDS, ...INDICATOR_COMMANDS, ...PROGRAMME_COMMANDS, allocateCommand, orgResolveCommand, orgImportRorCommand, matchCommand, similarityCommand];
