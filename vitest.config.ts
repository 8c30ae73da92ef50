import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: render and browser tests are heavy; keep files in a small pool.
    maxWorkers: 2,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
