#!/usr/bin/env node
/**
 * `npm test`: every suite, building first when a build is missing or older than the sources.
 *   - type check (astro check: TypeScript strict over .ts, .tsx and .astro), counted as one test
 *   - unit tests (Vitest): schemas, content integrity, pure modules, property tests
 *   - end-to-end tests (Vitest + Chromium) against dist/ served at the root, under the site's
 *     own security headers (CSP)
 *   - the same end-to-end suite against a build under a sub-path (dist-base/ at /laeringskatalog/)
 *
 * The machine has two cores, so independent suites run side by side: the unit tests while the
 * two builds run (one after the other: they share Astro's cache in .astro/), then the root e2e
 * run beside the type check and, after it, the sub-path e2e run. Each suite's output is kept in test-results/<suite>.log and
 * printed whole when the suite ends, so parallel output never interleaves.
 * Prints one closing line "N passed, N failed" over all suites and exits non-zero on failure.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildIsStale } from './stale.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

const slug = (name) => name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');

/** Runs a command with its output in a log file; prints the log when it ends. */
function run(name, cmd, args, env = {}) {
  const log = join(OUT, `${slug(name)}.log`);
  const started = Date.now();
  console.log(`▶ ${name} …`);
  return new Promise((resolve) => {
    const out = createWriteStream(log);
    const child = spawn(cmd, args, { env: { ...process.env, FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('close', (status) => {
      out.end(() => {
        const secs = ((Date.now() - started) / 1000).toFixed(0);
        console.log(`\n━━━ ${name} (${secs} s, exit ${status}) ━━━`);
        process.stdout.write(readFileSync(log, 'utf8'));
        resolve(status);
      });
    });
  });
}

async function vitest(name, config, env = {}) {
  const json = join(OUT, `${slug(name)}.json`);
  rmSync(json, { force: true });
  const status = await run(name, bin('vitest'), ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], env);
  if (!existsSync(json)) return { name, passed: 0, failed: 1, note: `exit ${status}, no report` };
  const j = JSON.parse(readFileSync(json, 'utf8'));
  // A suite that fails before its tests run (e.g. setup) counts as one failure.
  const failed = j.numFailedTests + (j.numFailedTestSuites > 0 && j.numFailedTests === 0 ? 1 : 0);
  return { name, passed: j.numPassedTests, failed };
}

const SUB_PATH = '/laeringskatalog/';
const runs = [
  { name: 'e2e (roden /)', outDir: 'dist', base: '/' },
  { name: `e2e (understi ${SUB_PATH})`, outDir: 'dist-base', base: SUB_PATH },
];

/** Builds what is stale, one build after the other. Returns the runs whose build is usable. */
async function buildAll() {
  const ok = [];
  const failed = [];
  for (const r of runs) {
    const stale = buildIsStale(r.outDir);
    const status = stale ? await run(`build ${r.base}`, bin('astro'), ['build', '--force'], { BASE_PATH: r.base, OUT_DIR: r.outDir }) : 0;
    if (status === 0) ok.push(r);
    else failed.push({ name: `build ${r.base}`, passed: 0, failed: 1 });
  }
  return { ok, failed };
}

// Phase 1: the unit tests while the two builds run. Phase 2, two lanes: the root e2e run; and
// the type check (CPU-heavy, and it writes .astro/ as the builds do, so never beside them)
// followed by the sub-path e2e run, which is the shorter of the two.
const [unit, builds] = await Promise.all([vitest('unit', 'vitest.config.ts'), buildAll()]);
const e2e = (r) => vitest(r.name, 'vitest.e2e.config.ts', { DIST_DIR: r.outDir, BASE_PATH: r.base, SECURITY_HEADERS: '1' });
const [root, ...others] = builds.ok;
const lanes = await Promise.all([
  root ? e2e(root).then((r) => [r]) : Promise.resolve([]),
  run('typecheck (astro check)', bin('astro'), ['check']).then(async (status) => [
    { name: 'typecheck', passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 },
    ...(await Promise.all(others.map(e2e))),
  ]),
]);
const [typecheck, ...rest] = lanes[1];
const results = [typecheck, unit, ...builds.failed, ...lanes[0], ...rest];

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\nResultat pr. suite:');
for (const r of results) console.log(`  ${r.name}: ${r.passed} bestået, ${r.failed} fejlet${r.note ? ` (${r.note})` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
