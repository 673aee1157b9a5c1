#!/usr/bin/env node
/**
 * `npm test`: every suite, building first when the build is missing or older than the sources.
 *   0. type check (astro check: TypeScript strict over .ts, .tsx and .astro), counted as one test
 *   1. unit tests (Vitest): schemas, content integrity, pure modules
 *   2. end-to-end tests (Vitest + Chromium) against dist/ served at the root, under the site's
 *      own security headers (CSP)
 *   3. the same end-to-end suite against a build under a sub-path (dist-base/ at /laeringskatalog/)
 * Prints one closing line "N passed, N failed" over all suites and exits non-zero on failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);

function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const n of readdirSync(p)) walk(join(p, n));
    else newest = Math.max(newest, s.mtimeMs);
  };
  paths.forEach(walk);
  return newest;
}

function build(env, label) {
  console.log(`\n▶ Bygger sitet (${label}) …`);
  const r = spawnSync(bin('astro'), ['build', '--force'], { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function runVitest(name, config, env = {}) {
  const out = join('test-results', `${name.replace(/[^a-z0-9]+/gi, '-')}.json`);
  rmSync(out, { force: true });
  console.log(`\n▶ ${name}`);
  const r = spawnSync(bin('vitest'), ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (!existsSync(out)) return { name, passed: 0, failed: 1, note: `exit ${r.status}, no report` };
  const j = JSON.parse(readFileSync(out, 'utf8'));
  // A suite that fails before its tests run (e.g. setup) counts as one failure.
  const failed = j.numFailedTests + (j.numFailedTestSuites > 0 && j.numFailedTests === 0 ? 1 : 0);
  return { name, passed: j.numPassedTests, failed };
}

const sources = ['src', 'public', 'astro.config.mjs', 'package.json'];
const results = [];
console.log('\n▶ typecheck (astro check)');
const tc = spawnSync(bin('astro'), ['check'], { stdio: 'inherit' });
results.push({ name: 'typecheck', passed: tc.status === 0 ? 1 : 0, failed: tc.status === 0 ? 0 : 1 });
results.push(runVitest('unit', 'vitest.config.ts'));

const SUB_PATH = '/laeringskatalog/';
const runs = [
  { name: 'e2e (roden /)', outDir: 'dist', base: '/' },
  { name: `e2e (understi ${SUB_PATH})`, outDir: 'dist-base', base: SUB_PATH },
];
const newest = newestMtime(sources);
for (const run of runs) {
  const index = join(run.outDir, 'index.html');
  const stale = !existsSync(index) || newest > statSync(index).mtimeMs;
  if (stale && !build({ BASE_PATH: run.base, OUT_DIR: run.outDir }, run.base)) {
    results.push({ name: `build ${run.base}`, passed: 0, failed: 1 });
    continue;
  }
  results.push(runVitest(run.name, 'vitest.e2e.config.ts', { DIST_DIR: run.outDir, BASE_PATH: run.base, SECURITY_HEADERS: '1' }));
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\nResultat pr. suite:');
for (const r of results) console.log(`  ${r.name}: ${r.passed} bestået, ${r.failed} fejlet${r.note ? ` (${r.note})` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
