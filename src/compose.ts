import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Config } from './config.js';
import type { ListingDeps } from './core/listings/ports.js';
import type { OrganizationDeps } from './core/organizations/ports.js';
import type { RateTable } from './core/shared/money.js';
import type { Clock, IdGenerator } from './core/shared/ports.js';
import { openDatabase, type Database } from './store/db.js';
import { createListingStore } from './store/listing-store.js';
import { migrate } from './store/migrate.js';
import { createOrganizationStore } from './store/organization-store.js';
import { createRateStore, toRateTable, type RateStore } from './store/rate-store.js';
import { createStatsStore, type StatsStore } from './store/stats-store.js';
import { createUnitOfWork } from './store/unit-of-work.js';

/** Everything the server and the CLI need, wired once. */
export type AppDeps = {
  config: Config;
  database: Database;
  clock: Clock;
  ids: IdGenerator;
  listings: ListingDeps;
  organizations: OrganizationDeps;
  rates: RateStore & { current: () => Promise<RateTable>; invalidate: () => void };
  stats: StatsStore;
  /** Listeners told after commit which listings changed (the search index subscribes). */
  listingListeners: Set<(ids: string[]) => void>;
  close: () => Promise<void>;
};

export type ComposeOptions = {
  /** Run migrations on open (default true). */
  migrate?: boolean;
  clock?: Clock;
  /** An already open database (tests). */
  database?: Database;
};

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgresql', url: config.databaseUrl })
    : openDatabase({ kind: 'pglite', dataDir: path.resolve(config.dataDir) });
}

/** The composition root: picks the database, wires stores into use cases. */
export async function compose(config: Config, options: ComposeOptions = {}): Promise<AppDeps> {
  const database = options.database ?? (await openConfiguredDatabase(config));
  try {
    if (options.migrate !== false) await migrate(database);
  } catch (err) {
    if (!options.database) await database.close();
    throw err;
  }
  const db = database.db;
  const clock: Clock = options.clock ?? { now: () => new Date() };
  const ids: IdGenerator = { newId: () => randomUUID() };

  const rateStore = createRateStore(db);
  let cached: { day: string; table: RateTable } | null = null;
  const rates = {
    ...rateStore,
    async current() {
      const day = clock.now().toISOString().slice(0, 10);
      if (!cached || cached.day !== day) cached = { day, table: toRateTable(await rateStore.ratesOn(day)) };
      return cached.table;
    },
    invalidate() {
      cached = null;
    },
  };

  const listingListeners = new Set<(ids: string[]) => void>();
  const onChange = (changed: string[]) => {
    for (const l of listingListeners) l(changed);
  };
  const policy = { openWrites: config.openWrites };

  const listings: ListingDeps = {
    listings: createListingStore(db),
    unitOfWork: createUnitOfWork(db, (tx) => ({
      listings: createListingStore(tx),
      owners: { organizationExists: async (id: string) => (await createOrganizationStore(tx).findById(id)) !== null },
    })),
    clock,
    ids,
    rates,
    onChange,
    policy,
  };
  const organizations: OrganizationDeps = {
    organizations: createOrganizationStore(db),
    unitOfWork: createUnitOfWork(db, (tx) => ({ organizations: createOrganizationStore(tx) })),
    clock,
    ids,
    openWrites: config.openWrites,
  };

  return {
    config,
    database,
    clock,
    ids,
    listings,
    organizations,
    rates,
    stats: createStatsStore(db),
    listingListeners,
    close: () => database.close(),
  };
}
