import { defineConfig } from 'vitest/config';

// Unit tests: pure modules and content checks, no build needed.
// End-to-end tests have their own config (vitest.e2e.config.ts) and run against dist/.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
