import { compose, type AppDeps } from '../compose.js';
import type { Config } from '../config.js';
import { expireDueListings } from '../core/listings/change-listing-status.js';
import { DEMO_PASSWORD, seedDemo } from '../store/seed-demo.js';
import { startAccountJobs } from './account-jobs.js';
import { buildApp, type RouteModule, type ZApp } from './app.js';

export type RunningServer = { app: ZApp; deps: AppDeps; url: string; stop: () => Promise<void> };

/** Extra route modules and start-up hooks, registered by modules that extend the server. */
export const serverExtensions: { routes: RouteModule[]; onStart: ((deps: AppDeps, app: ZApp) => Promise<void>)[] } = {
  routes: [],
  onStart: [],
};

const HOUR = 3_600_000;
const CATCH_UP_MS = 2_000;

/** Opens the configured database, migrates, seeds the demo on first start, listens. */
export async function startServer(config: Config): Promise<RunningServer> {
  const deps = await compose(config);
  const app = await buildApp(deps, {
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    routes: serverExtensions.routes,
  });
  let accountJobs: Awaited<ReturnType<typeof startAccountJobs>> | null = null;
  try {
    if (config.seedDemo) {
      const seeded = await seedDemo(deps.database, deps.clock.now(), { hasher: deps.accounts.hasher });
      if (!seeded.skipped) app.log.info({ organizations: seeded.organizations, listings: seeded.listings }, 'demo data seeded');
      if (seeded.users.length > 0) {
        app.log.info({ users: seeded.users, password: DEMO_PASSWORD }, 'demo users (sign in with the demo password; for demonstrations only)');
        if (config.env === 'production') app.log.warn('demo users with a published password exist: set ITTC_SEED_DEMO=false in production');
      }
    }
    accountJobs = await startAccountJobs(deps, app.log);
    for (const hook of serverExtensions.onStart) await hook(deps, app);
    const runExpiry = async () => {
      try {
        const n = await expireDueListings(deps.listings);
        if (n > 0) app.log.info({ expired: n }, 'listings expired');
      } catch (err) {
        app.log.error({ err }, 'expiry job failed');
      }
    };
    await runExpiry();
    const timer = setInterval(runExpiry, HOUR);
    timer.unref();
    // The search index: built now (so the first search is fast), then kept in step with writes
    // made by other processes on the same PostgreSQL by polling the listing change log.
    const built = await deps.market.ready();
    app.log.info(
      { ...built.documents, source: built.source, build_ms: built.buildMillis, analyzers_ms: built.analyzerMillis, analysis_threads: built.analysisThreads, snapshot: built.snapshot },
      built.source === 'snapshot' ? 'search index loaded from its snapshot' : 'search index built',
    );
    const catchUp = setInterval(() => {
      deps.market.catchUp().catch((err) => app.log.error({ err }, 'search index catch-up failed'));
    }, CATCH_UP_MS);
    catchUp.unref();
    const url = await app.listen({ port: config.port, host: config.host });
    app.log.info({ database: deps.database.kind, url }, 'ITTC is listening');
    let stopping: Promise<void> | null = null;
    const stop = () =>
      (stopping ??= (async () => {
        clearInterval(timer);
        clearInterval(catchUp);
        await accountJobs?.stop();
        await app.close();
        // The next start loads the index instead of analyzing every listing again.
        await deps.market.saveSnapshot().catch((err) => app.log.error({ err }, 'search index snapshot not written'));
        await deps.close();
      })());
    return { app, deps, url, stop };
  } catch (err) {
    await accountJobs?.stop();
    await app.close().catch(() => {});
    await deps.close().catch(() => {});
    throw err;
  }
}
