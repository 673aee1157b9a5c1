import { defineConfig } from 'vitest/config';

// End-to-end tests: the built site (dist/, or DIST_DIR) served locally and driven in Debian's
// Chromium through playwright-core. `npm test` builds first when the build is stale.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
