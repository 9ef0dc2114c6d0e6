import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Config } from './config.js';
import type { AccountDeps } from './core/accounts/ports.js';
import type { AuditReader } from './core/audit/audit.js';
import type { DealDeps } from './core/deals/ports.js';
import type { FundingDeps } from './core/funding/ports.js';
import type { ProgrammeDeps } from './core/programs/ports.js';
import type { InsightDeps } from './core/insight/ports.js';
import { CENTER_UTC_OFFSET_MINUTES } from './core/insight/period.js';
import { DEFAULT_HOME_REGION, parseHomeRegion } from './core/insight/regions.js';
import { disclosedAmong } from './core/deals/query-deals.js';
import type { MailTransport, OutboxStore } from './core/outbox/message.js';
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
import { createFundingDeps } from './store/funding-store.js';
import { createProgrammeDeps } from './store/programme-store.js';
import { createIndicatorStore } from './store/indicator-store.js';
import { createInsightStore } from './store/insight-store.js';
import { createKpiSource } from './store/insight-kpis.js';
import { createDealMessageStore, createDealStore } from './store/deal-store.js';
import { createDealDocumentStore } from './store/deal-document-store.js';
import { createMatchFeedbackStore } from './store/deal-feedback-store.js';
import { createDealListingReader, createDealOrganizationReader, createNoticeLog, createRecipientDirectory } from './store/deal-directory-store.js';
import { createArgon2Hasher, nodeSecrets } from './store/account-crypto.js';
import { createAuditStore } from './store/audit-store.js';
import { createSmtpTransport } from './store/mail-transport.js';
import { createMembershipStore } from './store/membership-store.js';
import { createOutboxStore } from './store/outbox-store.js';
import { createAccountLinkStore, createSessionStore } from './store/session-store.js';
import { createApiTokenStore } from './store/token-store.js';
import { createSignInThrottleStore, createUserStore } from './store/user-store.js';
import type { MatchingDeps } from './core/matching/query-market.js';
import { notifyNewMatches } from './core/matching/notify-new-matches.js';
import { createLiveMarketIndex, createOrganizationNameIndex, type LiveMarketIndex } from './store/market-index.js';

/** Everything the server and the CLI need, wired once. */
export type AppDeps = {
  config: Config;
  database: Database;
  clock: Clock;
  ids: IdGenerator;
  listings: ListingDeps;
  organizations: OrganizationDeps;
  /** Users, sessions, tokens, memberships, roles. */
  accounts: AccountDeps;
  /** The brokerage pipeline: deals, their threads and documents, match feedback, owner notices. */
  deals: DealDeps;
  /** Funders' calls, applications, reviews, awards and grants. */
  funding: FundingDeps;
  /** Programmes, outcome reports, performance and allocation proposals (results-based budgeting). */
  programmes: ProgrammeDeps;
  /** The audit log, for reading (writers get it bound to their transaction). */
  audit: AuditReader;
  /** The outbox and, when ITTC_SMTP_URL is set, the SMTP transport (else the server logs messages). */
  mail: { outbox: OutboxStore; smtp: MailTransport | null };
  rates: RateStore & { current: () => Promise<RateTable>; invalidate: () => void };
  stats: StatsStore;
  /** Supply/demand balance, flows, KPIs, indicators. `insight.coverage` is set where a match engine runs. */
  insight: InsightDeps;
  /** The in-process search and matching index over published listings (built on first use). */
  market: LiveMarketIndex;
  /** Search, matches, similar listings, partners, classification and name resolution. */
  matching: MatchingDeps;
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
    ? openDatabase({
        kind: 'postgresql',
        url: config.databaseUrl,
        // The pool replaces the connection; worth a line in the log, not a crash.
        onIdleError: (error) => logBackgroundError('database connection lost', error),
      })
    : openDatabase({ kind: 'pglite', dataDir: path.resolve(config.dataDir) });
}

/** Work done after a response (index updates, notices) has no request to fail: its errors are logged. */
function logBackgroundError(msg: string, error: unknown): void {
  process.stderr.write(`${JSON.stringify({ level: 50, time: Date.now(), msg, err: error instanceof Error ? error.message : String(error) })}\n`);
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

  const listings: ListingDeps = {
    listings: createListingStore(db),
    unitOfWork: createUnitOfWork(db, (tx) => ({
      listings: createListingStore(tx),
      owners: { organizationExists: async (id: string) => (await createOrganizationStore(tx).findById(id)) !== null },
      audit: createAuditStore(tx),
    })),
    clock,
    ids,
    rates,
    onChange,
    // Parties under an NDA in effect see confidential details (the deals context decides).
    disclosures: { disclosedAmong: (actor, listingIds) => disclosedAmong(deals, actor, listingIds) },
  };
  const dealReaders = (q: typeof db) => ({
    deals: createDealStore(q),
    messages: createDealMessageStore(q),
    documents: createDealDocumentStore(q),
    feedback: createMatchFeedbackStore(q),
    listings: createDealListingReader(q),
    organizations: createDealOrganizationReader(q),
  });
  const deals: DealDeps = {
    ...dealReaders(db),
    unitOfWork: createUnitOfWork(db, (tx) => ({
      ...dealReaders(tx),
      notices: createNoticeLog(tx),
      audit: createAuditStore(tx),
      outbox: createOutboxStore(tx),
      recipients: createRecipientDirectory(tx),
    })),
    clock,
    ids,
    digest: (bytes) => createHash('sha256').update(bytes).digest('hex'),
    publicUrl: config.publicUrl,
  };
  const organizations: OrganizationDeps = {
    organizations: createOrganizationStore(db),
    unitOfWork: createUnitOfWork(db, (tx) => ({
      organizations: createOrganizationStore(tx),
      memberships: createMembershipStore(tx),
      audit: createAuditStore(tx),
    })),
    clock,
    ids,
  };
  const accounts: AccountDeps = {
    users: createUserStore(db),
    sessions: createSessionStore(db),
    links: createAccountLinkStore(db),
    memberships: createMembershipStore(db),
    apiTokens: createApiTokenStore(db),
    throttle: createSignInThrottleStore(db),
    unitOfWork: createUnitOfWork(db, (tx) => ({
      users: createUserStore(tx),
      sessions: createSessionStore(tx),
      links: createAccountLinkStore(tx),
      memberships: createMembershipStore(tx),
      apiTokens: createApiTokenStore(tx),
      throttle: createSignInThrottleStore(tx),
      outbox: createOutboxStore(tx),
      audit: createAuditStore(tx),
    })),
    clock,
    ids,
    hasher: createArgon2Hasher(config.passwordHashCost),
    secrets: nodeSecrets,
    settings: {
      publicUrl: config.publicUrl,
      sessionIdleMs: config.sessionIdleMinutes * 60_000,
      sessionAbsoluteMs: config.sessionMaxHours * 3_600_000,
      verifyLinkTtlMs: 48 * 3_600_000,
      resetLinkTtlMs: 3_600_000,
      resetEmailsPerHour: 3,
    },
    organizationExists: async (id) => (await createOrganizationStore(db).findById(id)) !== null,
  };

  const market = createLiveMarketIndex(db, () => clock.now().getTime(), { analysisThreads: config.indexThreads, snapshotFile: config.indexSnapshot });
  // The index follows every listing write; then the owners on both sides of a new strong match hear of it
  // (once the index is built: the server builds it at start, a test app on first use).
  const newMatches = { index: market, listings: listings.listings, notices: deals };
  listingListeners.add((changed) => {
    void market
      .refresh(changed)
      .then(() => (market.isBuilt() ? notifyNewMatches(newMatches, changed) : 0))
      .catch((error: unknown) => logBackgroundError('listing index update or match notices failed', error));
  });
  const matching: MatchingDeps = { index: market, names: createOrganizationNameIndex(db), listings };

  return {
    config,
    database,
    clock,
    ids,
    market,
    matching,
    listings,
    organizations,
    accounts,
    deals,
    funding: createFundingDeps(db, clock, ids),
    programmes: createProgrammeDeps(db, clock, ids, rates),
    audit: createAuditStore(db),
    mail: {
      outbox: createOutboxStore(db),
      smtp: config.smtpUrl ? createSmtpTransport({ url: config.smtpUrl, from: config.mailFrom }) : null,
    },
    rates,
    stats: createStatsStore(db),
    insight: {
      store: createInsightStore(db),
      kpis: createKpiSource(db),
      indicators: createIndicatorStore(db),
      coverage: null,
      clock,
      home: parseHomeRegion(DEFAULT_HOME_REGION),
      utcOffsetMinutes: CENTER_UTC_OFFSET_MINUTES,
    },
    listingListeners,
    close: () => database.close(),
  };
}
