import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['api/**/*.test.ts', 'bot/**/*.test.ts', 'tab/src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/bench/**'],
    setupFiles: ['tests/support/fast-check-seed.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Time-zone rules must hold whatever the machine's zone is.
    env: { TZ: process.env.TZ ?? 'Pacific/Auckland' },
  },
});
