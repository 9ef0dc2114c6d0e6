import { compose, type AppDeps } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/core/shared/ports.js';
import { buildApp, type BuildAppOptions, type RouteModule, type ZApp } from '../../src/server/app.js';
import type { Database } from '../../src/store/db.js';

export type TestClock = Clock & { set: (d: Date) => void; advanceDays: (n: number) => void };

export function testClock(start = new Date('2026-11-26T09:00:00Z')): TestClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    set: (d) => (t = d.getTime()),
    advanceDays: (n) => (t += n * 86_400_000),
  };
}

/** An app on `database` (already open), with a controllable clock. */
export async function testApp(
  database: Database,
  options: { env?: Record<string, string>; clock?: TestClock; routes?: RouteModule[]; logger?: BuildAppOptions['logger'] } = {},
): Promise<{ app: ZApp; deps: AppDeps; clock: TestClock }> {
  const clock = options.clock ?? testClock();
  const config = loadConfig({ NODE_ENV: 'test', ITTC_SEED_DEMO: 'false', ITTC_WEB_DIR: '/nonexistent', ...options.env });
  const deps = await compose(config, { database, clock });
  const app = await buildApp(deps, { routes: options.routes ?? [], ...(options.logger ? { logger: options.logger } : {}) });
  await app.ready();
  return { app, deps, clock };
}
