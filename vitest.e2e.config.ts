import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files start first, so the two workers finish together (a fresh clone has no
 * timing cache, and Vitest would otherwise start them by file size). Measured in CI-like runs:
 * pages and templates take minutes, most others seconds.
 */
const LONGEST_FIRST = ['pages', 'templates', 'search', 'narrow', 'documents', 'selvtjek', 'anbefalinger', 'keep-work', 'focus', 'validity'];
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const name = f.moduleId.split('/').pop()!.replace(/\.test\.ts$/, '');
      const i = LONGEST_FIRST.indexOf(name);
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

// End-to-end tests: the built site (dist/, or DIST_DIR) served locally and driven in Debian's
// Chromium through playwright-core. `npm test` builds first when the build is stale.
// Most of a browser test is waiting (page loads, network idle, the tools reacting), so two test
// files run at a time; every file launches its own browser and uses fresh contexts, and nothing
// is shared but the static server. `npm test` runs this suite twice side by side (root and
// sub-path), so up to four browsers share the machine's two cores: waits are generous
// (expect.poll gets 10 s, not 1 s) so a busy machine is slower, never red.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    testTimeout: 90_000,
    hookTimeout: 90_000,
    expect: { poll: { timeout: 10_000 } },
  },
});
