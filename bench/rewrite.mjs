#!/usr/bin/env node
/**
 * `npm run bench:rewrite [-- 0,1000,3000]`: is the Pagefind index rewrite
 * (src/lib/search/pagefind-tune.ts) worth keeping? For each size (0 = the real site, N = the
 * real site plus N synthetic pages, bench/synthetic.mjs) it builds the site, then from the same
 * pages Pagefind's own bundle and the rewritten one, and compares them:
 *
 *   bytes:        what a first search downloads from Pagefind (its script, WebAssembly,
 *                 metadata, the index chunk per word, the results' fragments), for seven
 *                 common words, in the header (4 results) and on /soeg/ (5 results; until
 *                 December 2026 also every filter file, which the page asked Pagefind for before
 *                 its first search): median and largest
 *   build time:   the index written by Pagefind, and the rewrite on top of it
 *   short queries: every prefix of one to six letters of a sample of the index's words (and of
 *                 two words), searched in both: how many find pages the other does not
 *
 * The searches run Pagefind's own browser bundle in Node (scripts/search-node.mjs serves it the
 * same files), each first search in a fresh Pagefind instance. Appends to
 * bench/rewrite-history.jsonl. Not a test.
 */
import { spawnSync, execSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from '../scripts/serve.mjs';
import { syntheticProject } from './synthetic.mjs';
import { buildSearchIndex, TUNING } from '../src/integrations/pagefind.ts';
import { tunePagefindBundle, unwrap } from '../src/lib/search/pagefind-tune.ts';
import { PAGEFIND_OPTIONS } from '../src/lib/search/options.ts';

const sizes = (process.argv[2] ?? '0,1000,3000').split(',').map(Number);
/** --dist DIR: measure an existing build instead of building (one size). */
const givenDist = process.argv.includes('--dist') ? process.argv[process.argv.indexOf('--dist') + 1] : null;
/** Rewrites to compare with Pagefind's own bundle (name → options of tunePagefindBundle). */
const VARIANTS = { tuned: TUNING, 'tuned-uncapped': { ...TUNING, chunks: { ...TUNING.chunks, maxCut: Infinity } } };
const root = process.cwd();
const QUERIES = ['praktik', 'motivation', 'beredskab', 'samarbejde', 'borger', 'tidsplan', 'pension'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// mulberry32: the same sample of prefixes on every run
let seed = 11;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};
const sample = (xs, n) => {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
};

/** Every URL fetched, for counting what one search downloads. */
const fetched = [];
const network = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  fetched.push(String(input));
  try {
    return await network(input, init);
  } catch {
    return network(input, init); // a dropped keep-alive connection to the local server
  }
};

const rows = [];
for (const n of sizes) {
  const project = givenDist ? null : n ? syntheticProject(root, n) : root;
  const out = givenDist ?? (n ? join(project, 'dist') : join(root, 'dist'));
  let siteBuildMs = null;
  if (!givenDist) {
    const t = performance.now();
    const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'], { cwd: project, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    siteBuildMs = Math.round(performance.now() - t);
    if (build.status !== 0) throw new Error(`bygning med ${n} sider fejlede`);
  }
  const pages = readdirSync(join(out, 'pagefind', 'fragment')).length;

  // Pagefind's own bundle, timed; then each rewrite of a copy of it, timed.
  const bundles = { own: join(out, 'pagefind-own') };
  let s = performance.now();
  await buildSearchIndex(out, bundles.own, { tune: false });
  const indexMs = Math.round(performance.now() - s);
  const rewrites = {};
  for (const [name, options] of Object.entries(VARIANTS)) {
    bundles[name] = join(out, `pagefind-${name}`);
    rmSync(bundles[name], { recursive: true, force: true });
    cpSync(bundles.own, bundles[name], { recursive: true });
    s = performance.now();
    const report = await tunePagefindBundle(bundles[name], options);
    rewrites[name] = { ms: Math.round(performance.now() - s), deepestCut: report.deepestCut, keptPagefindChunks: report.keptPagefindChunks };
  }

  const { server, url } = await startServer({ dir: out, port: 0 });
  const pf = await import(pathToFileURL(join(out, 'pagefind', 'pagefind.js')).href);
  const scriptBytes = gzipSync(readFileSync(join(out, 'pagefind', 'pagefind.js')), { level: 9 }).length;
  const sizeOf = (u) => {
    const f = join(out, decodeURIComponent(new URL(u, url).pathname).slice(1));
    try {
      return f.endsWith('.json') ? gzipSync(readFileSync(f), { level: 9 }).length : statSync(f).size;
    } catch {
      return 0;
    }
  };
  const instance = async (dir) => {
    const i = pf.createInstance({ ...PAGEFIND_OPTIONS, basePath: `${url}${dir.slice(out.length + 1)}/` });
    await i.init();
    return i;
  };

  const measure = async (dir) => {
    // first searches, each in a fresh instance: the header (4 results) and /soeg/ (5; its filters'
    // values are in the page since December 2026, src/lib/search/filter-options.ts, so a first
    // search there fetches no filter file)
    const header = [];
    const page = [];
    for (const q of QUERIES) {
      for (const [list, results] of [[header, 4], [page, 5]]) {
        fetched.length = 0;
        const i = await instance(dir);
        const r = await i.search(q);
        await Promise.all(r.results.slice(0, results).map((x) => x.data()));
        list.push(scriptBytes + fetched.reduce((sum, u) => sum + sizeOf(u), 0));
        await i.destroy();
      }
    }
    return { header: { median: median(header), max: Math.max(...header) }, searchPage: { median: median(page), max: Math.max(...page) } };
  };
  const bytes = {};
  for (const [name, dir] of Object.entries(bundles)) bytes[name] = await measure(dir);

  // Short queries: prefixes of a sample of the vocabulary's words, searched in every bundle.
  const vocabulary = readFileSync(join(bundles.own, 'vocabulary.txt'), 'utf8').split('\n').filter(Boolean);
  const words = sample(vocabulary.filter((w) => /^\p{Ll}+$/u.test(w)), 400);
  const prefixes = new Map();
  for (const w of words) for (let k = 1; k <= Math.min(6, w.length); k++) (prefixes.get(k) ?? prefixes.set(k, new Set()).get(k)).add(w.slice(0, k));
  const twoWords = Array.from({ length: 100 }, (_, i) => `${words[i].slice(0, 3)} ${words[(i * 7 + 3) % words.length].slice(0, 4)}`);
  // Result ids are fragment names, which a rewrite changes: compare the pages' URLs.
  const urls = (dir) =>
    new Map(readdirSync(join(dir, 'fragment')).map((f) => [f.replace(/\.pf_fragment$/, ''), JSON.parse(new TextDecoder().decode(unwrap(readFileSync(join(dir, 'fragment', f))))).url]));
  const engines = {};
  for (const [name, dir] of Object.entries(bundles)) engines[name] = { i: await instance(dir), pages: urls(dir) };
  const found = async (name, q) => new Set((await engines[name].i.search(q)).results.map((r) => engines[name].pages.get(r.id)));
  /** Per prefix length: queries where a bundle misses pages another one finds. */
  const completeness = {};
  for (const [k, set] of [...[...prefixes].sort((x, y) => x[0] - y[0]), ['two-word', new Set(twoWords)]]) {
    const row = { queries: set.size, misses: Object.fromEntries(Object.keys(bundles).map((b) => [b, 0])) };
    for (const q of set) {
      const got = Object.fromEntries(await Promise.all(Object.keys(bundles).map(async (b) => [b, await found(b, q)])));
      const all = new Set(Object.values(got).flatMap((x) => [...x]));
      for (const b of Object.keys(bundles)) if ([...all].some((u) => !got[b].has(u))) row.misses[b]++;
    }
    completeness[k] = row;
  }
  for (const e of Object.values(engines)) await e.i.destroy();
  server.close();

  const chunks = (dir) => readdirSync(join(dir, 'index')).map((f) => statSync(join(dir, 'index', f)).size);
  const chunkStats = Object.fromEntries(Object.entries(bundles).map(([b, dir]) => [b, { count: chunks(dir).length, largest: Math.max(...chunks(dir)) }]));
  const row = { n, pages, siteBuildMs, indexMs, variants: VARIANTS, rewrites, chunks: chunkStats, bytes, completeness };
  rows.push(row);
  console.log(`\n${n ? `${n} syntetiske sider` : 'Sitet i dag'} (${pages} sider i indekset${siteBuildMs ? `; bygning ${(siteBuildMs / 1000).toFixed(1)} s` : ''}); Pagefinds indeks ${(indexMs / 1000).toFixed(1)} s`);
  for (const [b, c] of Object.entries(chunkStats)) {
    const w = rewrites[b];
    console.log(`  ${b}: ${w ? `omskrivning ${(w.ms / 1000).toFixed(1)} s, ${w.keptPagefindChunks ? 'Pagefinds egne indeksdele beholdt' : `dybeste snit ${w.deepestCut} tegn`}; ` : ''}${c.count} indeksdele (største ${kb(c.largest)}); første søgning i sidehovedet ${kb(bytes[b].header.median)} (højst ${kb(bytes[b].header.max)}), på /soeg/ ${kb(bytes[b].searchPage.median)} (højst ${kb(bytes[b].searchPage.max)})`);
  }
  for (const [k, c] of Object.entries(completeness)) console.log(`  ${k === 'two-word' ? 'to ord' : `${k} bogstav${k === '1' ? '' : 'er'}`} (${c.queries} søgninger), søgninger der mangler sider, en anden finder: ${Object.entries(c.misses).map(([b, m]) => `${b} ${m}`).join(', ')}`);
  if (project && project !== root) rmSync(project, { recursive: true, force: true });
  else for (const dir of Object.values(bundles)) rmSync(dir, { recursive: true, force: true });
}

let commit = null;
try {
  commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
} catch {}
const load = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
appendFileSync(join(root, 'bench/rewrite-history.jsonl'), JSON.stringify({ date: new Date().toISOString(), commit, load, results: rows }) + '\n');
process.exit(0);
