import { defineConfig } from 'vitest/config';

// Unit tests: pure modules and content checks, no build needed.
// End-to-end tests have their own config (vitest.e2e.config.ts) and run against dist/.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Vitest's default leaves one of the machine's two cores idle (one file at a time); the
    // builds that run beside the unit tests in `npm test` take only the first seconds.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
