#!/usr/bin/env node
/**
 * `npm run bench`: builds the site and measures what a reader downloads, in Chromium, against
 * the budgets in bench/budgets.json (half of the Starlight peer measured on these machines).
 * Not a test: it prints a table and appends the figures to bench/history.jsonl, comparing them
 * with the previous entry.
 *   per page:  HTML, CSS, JS and total transferred on load (gzip), islands hydrated
 *   search:    a first search, counted at the server (so everything the service worker fetches
 *              counts too) from the first keystroke until its results are shown and the network
 *              is quiet: in the header of a content page, and on the search page after Enter;
 *              bytes and requests (largest of 5 queries). And the latency from a keystroke to
 *              the results shown under the header's field for a warm second query (median).
 *   queries:   the query sets of tests/e2e (search-queries.yaml, search-misspellings.yaml) through
 *              the site's own search in Node: how many find an expected page in the top 3
 *   site:      build time, dist/ size, Pagefind index size, the vocabulary file
 *   downloads: the JavaScript each document download button loads on click (.docx, .odt, .csv
 *              on a template page, Min plan and Selvtjek), gzip, in a fresh browser context
 * Options: --no-build, --no-history, --lighthouse (adds Lighthouse scores, median of 3; needs
 * the `lighthouse` package, see bench/README.md).
 */
import { spawnSync, execSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { INLINE_SCRIPT_SELECTOR, isHeaderScript, mayLoadScript } from '../src/lib/script-pages.ts';

const args = process.argv.slice(2);
const dist = 'dist';
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);

let buildMs = null;
if (!args.includes('--no-build')) {
  const t = performance.now();
  // Astro on this Node (22), whatever `node` is on PATH.
  const r = spawnSync(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--force'], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error('astro build fejlede');
  buildMs = Math.round(performance.now() - t);
}

const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const files = walk(dist);
const pagesOnDisk = files
  .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
  .map((f) => '/' + relative(dist, f).split(sep).join('/').replace(/index\.html$/, ''))
  .sort();
const distBytes = files.reduce((n, f) => n + statSync(f).size, 0);
const pagefindBytes = files.filter((f) => f.includes(`${sep}pagefind${sep}`)).reduce((n, f) => n + statSync(f).size, 0);

// With the site's own headers: build assets are cached as a browser caches them on a real host.
const { server, url: base } = await startServer({ dir: dist, port: 0, headers: true });
/** Every request line that reaches the server – the page's and the service worker's alike. */
const served = [];
server.on('request', (req) => served.push(new URL(req.url, base).href));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
const gzCache = new Map();
const gzOf = (u) => {
  const path = decodeURIComponent(new URL(u).pathname).replace(/^\//, '');
  const f = join(dist, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
  // Pagefind's index, fragments and WebAssembly are stored gzip-compressed already.
  const precompressed = /\.(pf_\w+|pagefind)$/.test(f);
  if (!gzCache.has(f)) gzCache.set(f, existsSync(f) && statSync(f).isFile() ? (precompressed ? statSync(f).size : gz(readFileSync(f))) : 0);
  return gzCache.get(f);
};
const kind = (u, type) => (type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' || u.endsWith('.js') ? 'js' : u.includes('/pagefind/') ? 'search' : 'other');

/** Load a page and sum what it transfers until the network is idle (gzip sizes of the files). */
async function measure(path, action, init) {
  const ctx = await browser.newContext({ acceptDownloads: true });
  if (init) await ctx.addInitScript(init[0], init[1]);
  const page = await ctx.newPage();
  const seen = [];
  page.on('requestfinished', (r) => seen.push({ url: r.url(), type: r.resourceType() }));
  await page.goto(base + path.replace(/^\//, ''), { waitUntil: 'networkidle' });
  const inline = await page.evaluate((scriptSelector) => ({
    css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join(''),
    js: [...document.querySelectorAll(scriptSelector)].map((s) => s.textContent ?? '').join(''),
    scripts: [...document.querySelectorAll('script[src]')].map((s) => new URL(s.src).pathname),
    islands: document.querySelectorAll('astro-island').length,
  }), INLINE_SCRIPT_SELECTOR);
  const onLoad = seen.length;
  let extra = null;
  if (action) extra = await action(page, seen);
  await ctx.close();
  const sum = (list, k) => list.filter((r) => kind(r.url, r.type) === k).reduce((n, r) => n + gzOf(r.url), 0);
  const load = seen.slice(0, onLoad);
  return {
    page: path,
    html: sum(load, 'html'),
    css: sum(load, 'css') + (inline.css ? gz(Buffer.from(inline.css)) : 0),
    js: sum(load, 'js') + (inline.js ? gz(Buffer.from(inline.js)) : 0),
    total: load.reduce((n, r) => n + gzOf(r.url), 0),
    requests: load.length,
    islands: inline.islands,
    scripts: inline.scripts,
    extra,
  };
}

const pages = [];
for (const p of pagesOnDisk) pages.push(await measure(p));

// A first search, counted at the server (the service worker's requests included), in a fresh
// browser that has just opened a content page:
// - header: typing the query at five letters a second into the header's field; bytes until the
//   first results are shown under it (the budget), and until the last keystroke's results are
//   shown and nothing more is fetched for half a second (each keystroke's results load the text
//   of the pages they show);
// - search page: opening /soeg/#q=… (Enter in the header, a bookmark), until the results are
//   shown, and until nothing more is fetched (the service worker registers there).
const SEARCHES = ['praktik', 'motivation', 'beredskab', 'tidsplan', 'pension'];
const quiet = async (page) => {
  for (let n = served.length; ; n = served.length) {
    await page.waitForTimeout(500);
    if (served.length === n) return;
  }
};
const window_ = (from) => {
  const urls = served.slice(from);
  return { requests: urls.length, bytes: urls.reduce((n, u) => n + gzOf(u), 0), urls };
};
async function firstSearch(q, viaSearchPage) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${base}laeringskatalog/tema-1/`, { waitUntil: 'networkidle' });
  await quiet(page);
  const from = served.length;
  let shown;
  if (viaSearchPage) {
    await page.goto(`${base}soeg/#q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => /resultat/.test(document.getElementById('search-status')?.textContent ?? ''));
    shown = window_(from);
  } else {
    // the moment the first results are shown: counted from the page, as it happens
    await page.exposeFunction('__firstResults', () => {
      shown ??= window_(from);
    });
    await page.click('#site-search');
    await page.waitForSelector('#site-search-status', { state: 'attached' });
    await page.evaluate(() => {
      const status = document.getElementById('site-search-status');
      const observer = new MutationObserver(() => {
        if (!/resultat/.test(status.textContent)) return;
        observer.disconnect();
        window.__firstResults();
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    for (const ch of q) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(200);
    }
    await page.waitForFunction((w) => (document.getElementById('site-search-status')?.textContent ?? '').includes(`»${w}«`), q);
    shown ??= window_(from);
  }
  await quiet(page);
  const all = window_(from);
  await ctx.close();
  return { q, untilShown: { requests: shown.requests, bytes: shown.bytes }, untilQuiet: { requests: all.requests, bytes: all.bytes }, urls: all.urls.map((u) => new URL(u).pathname) };
}
const headerSearches = [];
const pageSearches = [];
for (const q of SEARCHES) {
  headerSearches.push(await firstSearch(q, false));
  pageSearches.push(await firstSearch(q, true));
}
const largest = (list, k, when = 'untilQuiet') => list.reduce((m, s) => (s[when][k] > m[when][k] ? s : m));
// The budget: bytes until the first results are shown in the header, and until the network is
// quiet on the search page (its service worker included).
const searchBytes = Math.max(largest(headerSearches, 'bytes', 'untilShown').untilShown.bytes, largest(pageSearches, 'bytes').untilQuiet.bytes);

// Latency: keystroke to results shown under the header's field, for a second query once the
// search is loaded (the last letter of each query; median of the queries).
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const latencies = [];
{
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${base}laeringskatalog/tema-1/`, { waitUntil: 'networkidle' });
  await page.click('#site-search');
  await page.keyboard.type('samtale');
  await page.waitForFunction(() => /»samtale«/.test(document.getElementById('site-search-status')?.textContent ?? ''));
  for (const q of SEARCHES) {
    await page.fill('#site-search', q.slice(0, -1));
    await page.waitForFunction((w) => (document.getElementById('site-search-status')?.textContent ?? '').includes(`»${w}«`), q.slice(0, -1));
    await page.evaluate(() => {
      const input = document.getElementById('site-search');
      const status = document.getElementById('site-search-status');
      window.__latency = new Promise((resolve) => {
        input.addEventListener('keydown', () => {
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (!status.textContent.includes(`»${input.value.trim()}«`)) return;
            observer.disconnect();
            // shown: the frame after the results are in the page
            requestAnimationFrame(() => resolve(performance.now() - t0));
          });
          observer.observe(document.getElementById('site-search-results'), { subtree: true, childList: true, characterData: true });
        }, { once: true });
      });
    });
    await page.keyboard.press(q.at(-1));
    latencies.push(Math.round(await page.evaluate(() => window.__latency)));
  }
  await ctx.close();
}
const searchMs = median(latencies);
const vocabularyGzip = gz(readFileSync(join(dist, 'pagefind', 'vocabulary.txt')));

// Download buttons: the JavaScript a click loads (the document code is never loaded with the
// page). Each in a fresh context, so nothing loaded by an earlier click is counted as free.
const firstRecommendation = readdirSync('src/content/anbefalinger').sort()[0].replace(/\.yaml$/, '');
const seedPlan = (id) => localStorage.setItem('laeringskatalog:plan', JSON.stringify({ v: 1, data: { items: [{ id, note: 'Note', ansvarlig: '', dato: '' }] } }));
const downloadButtons = [
  ['/skabeloner/aftaleguide-virksomhedspraktik/', 'Hent som Word (.docx)'],
  ['/skabeloner/aftaleguide-virksomhedspraktik/', 'Hent som ODF (.odt)'],
  ['/anbefalinger/min-plan/', 'Hent som Word (.docx)', seedPlan],
  ['/anbefalinger/min-plan/', 'Hent som ODF (.odt)', seedPlan],
  ['/tjek/tjek-jobcentrets-beredskab/', 'Hent som Word (.docx)'],
  ['/tjek/tjek-jobcentrets-beredskab/', 'Hent som ODF (.odt)'],
  ['/tjek/tjek-jobcentrets-beredskab/', 'Hent som regneark (.csv)'],
];
const downloads = [];
for (const [path, name, seed] of downloadButtons) {
  const r = await measure(
    path,
    async (page, seen) => {
      await page.getByRole('button', { name, exact: true }).waitFor();
      const before = seen.length;
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
      await page.waitForLoadState('networkidle');
      const js = seen.slice(before).filter((x) => kind(x.url, x.type) === 'js');
      return { js: js.reduce((n, x) => n + gzOf(x.url), 0), files: js.map((x) => x.url.split('/').pop()) };
    },
    seed ? [seed, firstRecommendation] : undefined,
  );
  downloads.push({ page: path, button: name, jsOnClick: r.extra.js, files: r.extra.files });
}

// The query sets (tests/e2e/search-queries.yaml, search-misspellings.yaml) through the site's own
// search, in Node (scripts/search-node.mjs): the share that finds an expected page in the top 3.
const querySets = {};
{
  const { nodeSearch } = await import('../scripts/search-node.mjs');
  const { toHit } = await import('../src/lib/search/results.ts');
  const { parse } = await import('yaml');
  const s = await nodeSearch({ dist, url: base });
  for (const name of ['search-queries', 'search-misspellings']) {
    const set = parse(readFileSync(`tests/e2e/${name}.yaml`, 'utf8'));
    const misses = [];
    for (const { q, expect: targets } of set) {
      const top = (await s.search(q)).first.slice(0, 3).map((d) => new URL(toHit(d).url, base));
      const hit = top.some((u) => targets.some((t) => {
        const [page, id] = t.split('#');
        return u.pathname === page && (id === undefined || decodeURIComponent(u.hash.slice(1).split(':~:')[0]) === id);
      }));
      if (!hit) misses.push(q);
    }
    querySets[name] = { queries: set.length, top3: set.length - misses.length, misses };
  }
}

let lighthouse = null;
if (args.includes('--lighthouse')) {
  const { runLighthouse } = await import('./lighthouse.mjs');
  lighthouse = await runLighthouse(base, ['/', '/laeringskatalog/tema-1/', '/tjek/tjek-jobcentrets-beredskab/', '/skabeloner/aftaleguide-virksomhedspraktik/']);
}
await browser.close();
server.close();

// ---- report ------------------------------------------------------------------------------------
// Tool pages are the ones src/lib/script-pages.ts names; every other page must load no JS at all.
const isTool = (p) => mayLoadScript(p.page);
const content = pages.filter((p) => !isTool(p));
const tools = pages.filter(isTool);
const failures = [];
const check = (ok, msg) => ok || failures.push(msg);
for (const p of content) {
  check(p.total <= budgets.contentPage.totalGzip, `${p.page}: ${kb(p.total)} KB i alt > ${kb(budgets.contentPage.totalGzip)} KB`);
  check(p.css <= budgets.contentPage.cssGzip, `${p.page}: CSS ${kb(p.css)} KB > ${kb(budgets.contentPage.cssGzip)} KB`);
  // content pages: the header's search script and nothing else
  check(p.scripts.length >= 1 && p.scripts.every(isHeaderScript), `${p.page}: indholdsside henter andre scripts end søgefeltets: ${p.scripts.join(', ')}`);
  check(p.js <= budgets.contentPage.jsGzip, `${p.page}: indholdsside henter ${kb(p.js)} KB JavaScript > ${kb(budgets.contentPage.jsGzip)} KB`);
}
for (const p of tools) check(p.js <= budgets.toolPage.jsGzip, `${p.page}: JS ${kb(p.js)} KB > ${kb(budgets.toolPage.jsGzip)} KB`);
// Templates are tool pages, but light ones: printing, clearing and the download buttons only.
for (const p of tools.filter((t) => t.page.startsWith('/skabeloner/'))) check(p.js <= budgets.templatePage.jsGzip, `${p.page}: JS ${kb(p.js)} KB > ${kb(budgets.templatePage.jsGzip)} KB (skabelonside)`);
check(searchBytes <= budgets.firstSearch.totalGzip, `første søgning ${kb(searchBytes)} KB > ${kb(budgets.firstSearch.totalGzip)} KB`);
check(searchMs <= budgets.searchLatency.medianMs, `tastetryk til resultater ${searchMs} ms > ${budgets.searchLatency.medianMs} ms`);
for (const [name, r] of Object.entries(querySets)) check(r.top3 / r.queries >= 0.9, `${name}: ${r.top3} af ${r.queries} i top 3 (< 90 %)`);
check(vocabularyGzip <= budgets.vocabulary.gzip, `ordforråd ${kb(vocabularyGzip)} KB > ${kb(budgets.vocabulary.gzip)} KB`);
if (lighthouse) {
  for (const [page, s] of Object.entries(lighthouse)) {
    for (const [cat, min] of Object.entries(budgets.lighthouse)) check((s[cat] ?? 0) >= min, `Lighthouse ${page} ${cat}: ${s[cat]} < ${min}`);
  }
}

console.log('side'.padEnd(56), ' HTML', '  CSS', '   JS', ' I alt', 'kald', 'øer');
for (const p of pages) console.log(p.page.padEnd(56), kb(p.html).padStart(5), kb(p.css).padStart(5), kb(p.js).padStart(5), kb(p.total).padStart(6), String(p.requests).padStart(4), String(p.islands).padStart(3));
const max = (list, k) => (list.length ? Math.max(...list.map((p) => p[k])) : 0);
const peer = budgets.peer;
console.log(`\nKB gzip            vores (største)   budget   Starlight (peer)`);
console.log(`indholdsside i alt ${kb(max(content, 'total')).padStart(8)} ${kb(budgets.contentPage.totalGzip).padStart(12)} ${kb(peer.contentPageTotalGzip).padStart(10)}`);
console.log(`  heraf CSS        ${kb(max(content, 'css')).padStart(8)} ${kb(budgets.contentPage.cssGzip).padStart(12)} ${kb(peer.cssGzip).padStart(10)}`);
console.log(`  heraf JS         ${kb(max(content, 'js')).padStart(8)} ${kb(budgets.contentPage.jsGzip).padStart(12)} ${kb(peer.jsOnLoadGzip).padStart(10)}`);
console.log(`værktøjsside JS    ${kb(max(tools, 'js')).padStart(8)} ${kb(budgets.toolPage.jsGzip).padStart(12)}`);
// Peer: Pagefind Default UI (26 KB) + about 100 KB for a first search (shared/TECH-NOTES.md).
console.log(`første søgning     ${kb(searchBytes).padStart(8)} ${kb(budgets.firstSearch.totalGzip).padStart(12)} ${kb(peer.firstSearchGzip).padStart(10)}`);
const row = (label, list, shownLabel, quietLabel) => {
  const s = largest(list, 'bytes', 'untilShown');
  const q = largest(list, 'bytes');
  console.log(`  ${label} ${kb(s.untilShown.bytes).padStart(6)} KB / ${s.untilShown.requests} kald ${shownLabel} (»${s.q}«); ${kb(q.untilQuiet.bytes).padStart(6)} KB / ${q.untilQuiet.requests} kald ${quietLabel} (»${q.q}«)`);
};
row('i sidehovedet:', headerSearches, 'til de første resultater vises', 'når hele ordet er skrevet, 5 bogstaver i sekundet');
row('på søgesiden: ', pageSearches, 'til resultaterne vises', 'i alt, service worker medregnet');
console.log(`tastetryk → resultater (median, anden søgning): ${searchMs} ms (${latencies.join(', ')}); budget ${budgets.searchLatency.medianMs} ms; Starlight ${peer.keystrokeToResultsMs} ms`);
console.log(`ordforråd (hentes kun ved ukendte ord): ${kb(vocabularyGzip)} KB (budget ${kb(budgets.vocabulary.gzip)} KB)`);
for (const [name, r] of Object.entries(querySets)) console.log(`${name}.yaml: ${r.top3} af ${r.queries} i top 3${r.misses.length ? ` (missede: ${r.misses.join(', ')})` : ''}`);
console.log(`\nJavaScript pr. download-knap (hentes ved klik, gzip):`);
for (const d of downloads) console.log(`  ${d.page.padEnd(46)} ${d.button.padEnd(26)} ${kb(d.jsOnClick).padStart(6)} KB  (${d.files.join(', ')})`);
console.log(`\nByggetid ${buildMs ?? '–'} ms · dist/ ${kb(distBytes)} KB · søgeindeks ${kb(pagefindBytes)} KB`);
if (lighthouse) for (const [p, s] of Object.entries(lighthouse)) console.log(`Lighthouse ${p}: ${JSON.stringify(s)}`);

const historyFile = 'bench/history.jsonl';
const prev = existsSync(historyFile) ? readFileSync(historyFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)).at(-1) : null;
if (prev?.summary) {
  const s = prev.summary;
  const d = (a, b) => (b == null ? '' : ` (${a - b >= 0 ? '+' : ''}${kb(a - b)} KB mod ${prev.commit ?? 'forrige'})`);
  console.log(`Ændring: indholdsside ${kb(max(content, 'total'))} KB${d(max(content, 'total'), s.maxContentTotal)}, værktøj JS ${kb(max(tools, 'js'))} KB${d(max(tools, 'js'), s.maxToolJs)}`);
}
console.log(failures.length ? `\nBudget overskredet:\n  ${failures.join('\n  ')}` : '\nAlle budgetter er overholdt.');

if (!args.includes('--no-history')) {
  let commit = null;
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {}
  const summary = { maxContentTotal: max(content, 'total'), maxContentCss: max(content, 'css'), maxContentJs: max(content, 'js'), maxToolJs: max(tools, 'js'), firstSearch: searchBytes, vocabularyGzip };
  const searches = { header: headerSearches.map(({ urls, ...s }) => s), searchPage: pageSearches.map(({ urls, ...s }) => s), latencies };
  appendFileSync(historyFile, JSON.stringify({ date: new Date().toISOString(), commit, buildMs, searchMs, distBytes, pagefindBytes, budgetsMet: failures.length === 0, failures, summary, searches, querySets, lighthouse, pages: pages.map(({ scripts, ...p }) => p), downloads }) + '\n');
  console.log(`Tilføjet til ${historyFile}`);
}
process.exitCode = failures.length ? 1 : 0;
