import { defineConfig } from 'vitest/config';

/** End-to-end specs: run by test/e2e/run.ts, which starts the server and sets E2E_BASE_URL. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    // One browser at a time: the machine has two cores and the server needs one.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
