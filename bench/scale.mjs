#!/usr/bin/env node
/**
 * `npm run bench:scale [-- 100,1000,5000]`: how cost grows with the size of the catalogue.
 * For each N it builds a copy of the project with N synthetic content pages (made of sentences
 * from the real pages, ~600 words each) and reports build time, dist/ size and Pagefind index
 * size per page, search latency in Chromium (median of 5 queries), what a first search downloads
 * (largest of the 5), and the index chunks (count, largest, and the deepest cut reported by
 * src/lib/search/pagefind-tune.ts), and what »Brug uden net« downloads for offline use. Appends to bench/scale-history.jsonl. Not a test.
 */
import { spawnSync, execSync } from 'node:child_process';
import { appendFileSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { syntheticProject } from './synthetic.mjs';

const sizes = (process.argv[2] ?? '100,1000,5000').split(',').map(Number);
const root = process.cwd();
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const bytes = (d) => walk(d).reduce((n, f) => n + statSync(f).size, 0);

const results = [];
for (const n of sizes) {
  const dir = syntheticProject(root, n);
  const t = performance.now();
  // Run Astro on this Node (22), whatever `node` is on PATH.
  const r = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const buildMs = Math.round(performance.now() - t);
  if (r.status !== 0) throw new Error(`bygning med ${n} sider fejlede:\n${(r.stdout + r.stderr).split('\n').filter((l) => /error|fejl/i.test(l)).slice(0, 20).join('\n')}`);
  const dist = join(dir, 'dist');
  const pages = walk(dist).filter((f) => f.endsWith('.html')).length;
  const { server, url } = await startServer({ dir: dist, port: 0 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
  const times = [];
  const searchBytes = [];
  for (const q of ['praktik', 'motivation', 'samarbejde', 'virksomhed', 'borger']) {
    const page = await (await browser.newContext()).newPage();
    const seen = [];
    page.on('requestfinished', (req) => seen.push(req.url()));
    const s = Date.now();
    // The way the site searches with JavaScript: the words in the fragment (src/lib/search/params.ts).
    await page.goto(`${url}soeg/#q=${q}`);
    await page.waitForFunction(() => /resultat/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
    times.push(Date.now() - s);
    await page.waitForLoadState('networkidle');
    // Pagefind's files are stored gzip-compressed; pagefind.js is counted at gzip level 9.
    searchBytes.push(
      seen
        .filter((u) => u.includes('/pagefind/'))
        .map((u) => join(dist, decodeURIComponent(new URL(u).pathname)))
        .reduce((sum, f) => sum + (f.endsWith('.js') || f.endsWith('.json') ? gzipSync(readFileSync(f), { level: 9 }).length : statSync(f).size), 0),
    );
    await page.context().close();
  }
  await browser.close();
  server.close();
  // What »Brug uden net« downloads when the reader asks for it (uncompressed; the service worker
  // precaches nothing on its own): grows with every page.
  const precache = JSON.parse(readFileSync(join(dist, readdirSync(dist).find((f) => /^offline-[0-9a-f]+\.json$/.test(f))), 'utf8'));
  const precacheBytes = precache.reduce((sum, p) => sum + statSync(join(dist, p.endsWith('/') || p === '' ? join(p, 'index.html') : p)).size, 0);
  const chunks = readdirSync(join(dist, 'pagefind', 'index')).map((f) => statSync(join(dist, 'pagefind', 'index', f)).size);
  const tuneLog = (r.stdout + r.stderr).match(/søgeord på over (\d+) tegn/);
  const row = {
    n,
    pages,
    buildMs,
    distBytes: bytes(dist),
    pagefindBytes: bytes(join(dist, 'pagefind')),
    searchMs: times.sort((a, b) => a - b)[2],
    firstSearchBytes: Math.max(...searchBytes),
    indexChunks: chunks.length,
    largestChunkBytes: Math.max(...chunks),
    // queries longer than this always find every word (src/lib/search/pagefind-tune.ts)
    deepestCut: tuneLog ? Number(tuneLog[1]) : null,
    precacheBytes,
  };
  results.push(row);
  // Issue #25: at 3,000 pages a first search at most 130 KB (bench/budgets.json).
  if (n === 3000) {
    const budget = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8')).firstSearchAt3000.totalGzip;
    row.firstSearchBudgetMet = row.firstSearchBytes <= budget;
    console.log(`første søgning ved 3.000 sider: ${(row.firstSearchBytes / 1024).toFixed(0)} KB, budget ${(budget / 1024).toFixed(0)} KB${row.firstSearchBudgetMet ? '' : ' – over budget'}`);
  }
  console.log(`${String(n).padStart(5)} syntetiske sider (${pages} i alt): bygning ${(buildMs / 1000).toFixed(1)} s (${(buildMs / pages).toFixed(1)} ms/side), dist ${(row.distBytes / 1048576).toFixed(1)} MB (${(row.distBytes / pages / 1024).toFixed(1)} KB/side), søgeindeks ${(row.pagefindBytes / 1048576).toFixed(1)} MB (${(row.pagefindBytes / pages / 1024).toFixed(1)} KB/side), søgetid ${row.searchMs} ms, første søgning ${(row.firstSearchBytes / 1024).toFixed(0)} KB (${row.indexChunks} indeksdele, største ${(row.largestChunkBytes / 1024).toFixed(1)} KB; søgeord over ${row.deepestCut} tegn finder alt), brug uden net henter ${(precacheBytes / 1048576).toFixed(1)} MB`);
  rmSync(dir, { recursive: true, force: true });
}
if (results.length >= 2) {
  const [a, b] = [results[0], results.at(-1)];
  const slope = (b.buildMs - a.buildMs) / (b.pages - a.pages);
  console.log(`\nBygning vokser med ca. ${slope.toFixed(1)} ms pr. ekstra side (lineært, hvis ms/side er nogenlunde konstant ovenfor).`);
  console.log(`Ved den hastighed tager 20.000 sider ca. ${((a.buildMs + slope * (20000 - a.pages)) / 60000).toFixed(1)} min at bygge.`);
}
let commit = null;
try {
  commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
} catch {}
appendFileSync(join(root, 'bench/scale-history.jsonl'), JSON.stringify({ date: new Date().toISOString(), commit, results }) + '\n');
