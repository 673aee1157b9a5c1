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

/**
 * The files the sub-path run (BASE_PATH other than "/") runs: those with checks a base path can
 * break – every page loading its assets and scripts, links, the security headers, the service
 * worker, search result links, share links, »Føj til min plan«. Inside these files, tests whose
 * result cannot depend on the path are skipped there (`skipIf(!atRoot())`). Everything else –
 * axe, widths, print, documents, the tools' rules – runs at the root only: both runs share the
 * machine's two cores, so a check run twice is paid for twice.
 */
const SUB_PATH_FILES = ['pages', 'links', 'content', 'csp', 'offline', 'search', 'selvtjek', 'team', 'anbefalinger', 'plan-work'];
const atSubPath = (process.env.BASE_PATH ?? '/') !== '/';

// End-to-end tests: the built site (dist/, or DIST_DIR) served locally and driven in Debian's
// Chromium through playwright-core. `npm test` builds first when the build is stale.
// Most of a browser test is waiting (page loads, network idle, the tools reacting), so two test
// files run at a time; every file launches its own browser and uses fresh contexts, and nothing
// is shared but the static server. `npm test` runs this suite twice side by side (root and
// sub-path), so up to four browsers share the machine's two cores: waits are generous
// (expect.poll gets 10 s, not 1 s) so a busy machine is slower, never red.
export default defineConfig({
  test: {
    include: atSubPath ? SUB_PATH_FILES.map((f) => `tests/e2e/${f}.test.ts`) : ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    // Test files share nothing but the helpers in tests/e2e/ (stateless) and the server: a worker
    // is reused across files instead of started for each (about 2 s a file).
    isolate: false,
    sequence: { sequencer: LongestFirst },
    // pages.test.ts checks three pages at a time (describe.concurrent)
    maxConcurrency: 3,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    expect: { poll: { timeout: 10_000 } },
  },
});
