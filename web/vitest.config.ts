import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Keep Vitest's cache with the others, not in a web/node_modules of its own.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite/web', import.meta.url)),
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    // antd in jsdom is slow on a shared 2-core machine; role queries over its trees take seconds.
    testTimeout: 20_000,
  },
});
