import { compose, type AppDeps } from '../compose.js';
import { loadConfig } from '../config.js';

/** Opens the configured database (migrating it), runs `work`, and always closes it. */
export async function withDeps<T>(work: (deps: AppDeps) => Promise<T>): Promise<T> {
  const deps = await compose(loadConfig());
  try {
    return await work(deps);
  } finally {
    await deps.close();
  }
}
