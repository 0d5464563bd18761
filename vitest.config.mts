import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // The libraries (type-graphql, Apollo) load graphql's CommonJS build; tests and sources must share
    // that one instance, not graphql's .mjs build, or schemas from one fail instanceof checks in the other.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Each test file gets its own database cloned from the seeded template, so files run in parallel.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
