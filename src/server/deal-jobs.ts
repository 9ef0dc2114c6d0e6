import type { AppDeps } from '../compose.js';
import { notifyExpiringListings } from '../core/deals/notify-listing-owners.js';
import type { ZApp } from './app.js';

const EVERY_MS = 3_600_000;

/**
 * What the server does for deals while it runs: once an hour, tells owners whose published
 * listings expire within 14 days (once per listing and expiry date; see notify-listing-owners.ts).
 * Registered with the route modules; it starts when the server listens (never under app.inject
 * in tests) and stops when the app closes. `ittc deals notify-expiring` runs the same job once.
 */
export function dealJobs(app: ZApp, deps: AppDeps): void {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  const run = () => {
    running ??= notifyExpiringListings(deps.deals)
      .then((n) => {
        if (n > 0) app.log.info({ notices: n }, 'listing expiry notices queued');
      })
      .catch((err) => app.log.error({ err }, 'listing expiry notices failed'))
      .finally(() => {
        running = null;
      });
  };
  app.addHook('onListen', async () => {
    if (timer) return;
    run();
    timer = setInterval(run, EVERY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    timer = null;
    await running;
  });
}
