#!/usr/bin/env node
/**
 * `npm run bench`: builds the site and measures what a reader downloads. Not a test: it prints
 * figures and appends them to bench/history.jsonl so versions can be compared.
 *   per page: HTML, CSS and JavaScript loaded on page load (raw and gzip), islands hydrated
 *   site:     build time, Pagefind index size, search latency in Chromium (median of 5)
 * Options: --no-build (measure the existing dist/), --no-history (do not append).
 */
import { spawnSync, execSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';

const args = process.argv.slice(2);
const dist = 'dist';
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

let buildMs = null;
if (!args.includes('--no-build')) {
  const t = performance.now();
  const r = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--force'], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error('astro build fejlede');
  buildMs = Math.round(performance.now() - t);
}

const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const files = walk(dist);
const html = files.filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`));
const assetBytes = (url) => {
  const p = join(dist, url.replace(/^\/+/, ''));
  return existsSync(p) ? readFileSync(p) : Buffer.alloc(0);
};

const pages = html.map((f) => {
  const text = readFileSync(f, 'utf8');
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => assetBytes(m[1]));
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]));
  const js = [
    ...[...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => assetBytes(m[1])),
    ...[...text.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => assetBytes(m[1])),
    ...[...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1])).filter((b) => b.length),
  ];
  // Imports of bundled scripts load on page load too: follow static imports one level deep.
  const sum = (bufs) => ({ raw: bufs.reduce((n, b) => n + b.length, 0), gzip: bufs.reduce((n, b) => n + (b.length ? gz(b) : 0), 0) });
  const htmlBuf = Buffer.from(text);
  return {
    page: '/' + relative(dist, f).split(sep).join('/').replace(/index\.html$/, ''),
    html: { raw: htmlBuf.length, gzip: gz(htmlBuf) },
    css: sum([...css, ...inlineCss]),
    js: sum(js),
    islands: (text.match(/<astro-island/g) ?? []).length,
  };
});
pages.sort((a, b) => a.page.localeCompare(b.page));

const pagefindBytes = files.filter((f) => f.includes(`${sep}pagefind${sep}`)).reduce((n, f) => n + statSync(f).size, 0);

async function searchLatency() {
  try {
    const { chromium } = await import('playwright-core');
    const { startServer } = await import('../scripts/serve.mjs');
    const { server, url } = await startServer({ dir: dist, port: 0 });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
    const times = [];
    for (const q of ['praktik', 'motivation', 'beredskab', 'tidsplan', 'pension']) {
      const page = await (await browser.newContext()).newPage();
      const t = Date.now();
      await page.goto(`${url}soeg/?q=${q}`);
      await page.waitForFunction(() => /resultat/.test(document.getElementById('search-status')?.textContent ?? ''));
      times.push(Date.now() - t);
      await page.context().close();
    }
    await browser.close();
    server.close();
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  } catch (e) {
    console.warn(`Søgetid ikke målt: ${e.message}`);
    return null;
  }
}
const searchMs = await searchLatency();

const kb = (n) => (n / 1024).toFixed(1);
console.log('side'.padEnd(58), 'HTML gz', ' CSS gz', '  JS gz', 'øer');
for (const p of pages) console.log(p.page.padEnd(58), kb(p.html.gzip).padStart(7), kb(p.css.gzip).padStart(7), kb(p.js.gzip).padStart(7), String(p.islands).padStart(3));
const content = pages.filter((p) => p.islands === 0 && p.js.raw === 0);
const max = (k) => Math.max(...pages.map((p) => p[k].gzip));
console.log(`\n${pages.length} sider; ${content.length} uden JavaScript. Største: HTML ${kb(max('html'))} KB, CSS ${kb(max('css'))} KB, JS ${kb(max('js'))} KB (gzip).`);
console.log(`Byggetid: ${buildMs ?? '–'} ms. Søgeindeks: ${kb(pagefindBytes)} KB. Søgetid (median, fra sideindlæsning til resultater): ${searchMs ?? '–'} ms.`);

if (!args.includes('--no-history')) {
  let commit = null;
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {}
  const entry = { date: new Date().toISOString(), commit, buildMs, searchMs, pagefindBytes, pages };
  appendFileSync('bench/history.jsonl', JSON.stringify(entry) + '\n');
  console.log('Tilføjet til bench/history.jsonl');
}
