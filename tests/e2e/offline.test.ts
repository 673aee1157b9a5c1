/**
 * Offline use. The service worker never downloads the site on its own: a reader who searches or
 * opens a tool fetches only what that needs, and those files then work offline. The whole site is
 * saved only when the reader asks for it on »Brug uden net«. Online, a new deployment is shown at
 * once (pages are fetched network-first).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { builtPages, launch } from './browser';
import { startServer } from '../../scripts/serve.mjs';

let browser: Browser;
let server: { close(): void; on(e: 'request', f: (req: { url?: string }) => void): void };
let base = '';
let dir = '';
/** Every request line that reached the server, in order. */
const served: string[] = [];
beforeAll(async () => {
  browser = await launch();
  // A private copy of the build, so the test can "deploy" a change without touching dist/.
  dir = mkdtempSync(join(tmpdir(), 'lk-offline-'));
  cpSync(inject('distDir'), dir, { recursive: true });
  const s = await startServer({ dir, base: inject('basePath'), port: 0, headers: true });
  server = s.server;
  server.on('request', (req) => served.push(req.url ?? ''));
  base = s.url;
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, { timeout: 20_000 });
const basePath = () => new URL(base).pathname;
/** The built pages (as request paths) among the requests served since `from`. */
const pagesServed = (from: number) => {
  const pages = new Set(builtPages().filter((p) => p.endsWith('/')).map((p) => basePath() + p.slice(1)));
  return served.slice(from).map((u) => u.split('?')[0]!).filter((u) => pages.has(u));
};

describe('offline use', () => {
  it('a first search downloads only what it needs, and the service worker does not download the site', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const from = served.length;
    await page.goto(`${base}soeg/#q=praktik`);
    await page.waitForFunction(() => /resultater for/.test(document.getElementById('search-status')?.textContent ?? ''));
    // a worker becomes ready only after its install step, where a precache would have run
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForLoadState('networkidle');
    // the search page itself, and no other page: no precaching behind the reader's back
    expect(pagesServed(from)).toEqual([`${basePath()}soeg/`]);
    expect(served.length - from).toBeLessThan(30);
    await ctx.close();
  });

  it('what a reader fetched works offline; a page never opened says so in Danish; a new deployment is seen online', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${base}tjek/tjek-jobcentrets-beredskab/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await controlled(page);

    // what a reader searches for is not kept: cache keys leave out the query string
    await page.goto(`${base}soeg/?q=hemmeligtsoegeord`);
    await page.waitForFunction(() => /resultat/.test(document.getElementById('search-status')?.textContent ?? ''));
    const keys = await page.evaluate(async () => {
      const all: string[] = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) all.push(r.url);
      return all;
    });
    expect(keys.some((k) => k.endsWith('/soeg/'))).toBe(true);
    expect(keys.filter((k) => k.includes('?'))).toEqual([]);
    expect(keys.some((k) => k.includes('/laeringskatalog/tema-2/'))).toBe(false);

    // pages and tools the reader has opened online
    await page.goto(`${base}laeringskatalog/tema-2/`);
    await page.goto(`${base}mestringsforloeb/planlaegger/`);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);

    await ctx.setOffline(true);
    const res = await page.goto(`${base}laeringskatalog/tema-2/`);
    expect(res?.ok()).toBe(true);
    expect(await page.locator('h1').innerText()).toContain('Tema 2');
    // a tool works offline
    await page.goto(`${base}mestringsforloeb/planlaegger/`);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    await page.getByLabel('Startdato').fill('2027-01-04');
    await page.getByLabel('Startdato').press('Enter');
    await page.locator('.plan-result table').waitFor();
    // a page never opened gets a clear Danish message, not a browser error page
    const never = await page.goto(`${base}cases/`);
    expect(never?.status()).toBe(503);
    expect(await page.locator('h1').innerText()).toBe('Ingen forbindelse');
    expect(await page.locator('body').innerText()).toContain('Brug uden net');

    // New deployment while online: the changed page is shown, not the cached one.
    await ctx.setOffline(false);
    const file = join(dir, 'laeringskatalog', 'tema-2', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<h1>', '<h1>NY UDGAVE '));
    await page.goto(`${base}laeringskatalog/tema-2/`);
    expect(await page.locator('h1').innerText()).toContain('NY UDGAVE');
    // ...and offline afterwards, the newest copy is the one kept
    await ctx.setOffline(true);
    await page.goto(`${base}laeringskatalog/tema-2/`);
    expect(await page.locator('h1').innerText()).toContain('NY UDGAVE');
    await ctx.close();
  });

  it('the whole site is saved only when the reader asks on »Brug uden net«; pages and search then work offline', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${base}laeringskatalog/tema-1/`);
    // content pages register nothing
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await page.getByRole('link', { name: 'Brug uden net' }).click();
    await page.waitForURL(/uden-net\/$/);
    // opening the page saves nothing yet (its worker is installed, and installing fetches nothing)
    const from = served.length;
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForLoadState('networkidle');
    expect(pagesServed(from)).toEqual([]);
    await page.getByRole('button', { name: 'Gem sitet i denne browser' }).click();
    await page.waitForFunction(() => /^Klar: /.test(document.getElementById('offline-status')?.textContent ?? ''), undefined, { timeout: 30_000 });
    const status = (await page.textContent('#offline-status'))!;
    // every page at least, and the files they use
    expect(Number(status.match(/Klar: ([\d.]+)/)![1]!.replace(/\./g, ''))).toBeGreaterThan(builtPages().length);

    await ctx.setOffline(true);
    const res = await page.goto(`${base}cases/`);
    expect(res?.ok()).toBe(true);
    expect(await page.locator('h1').innerText()).toContain('Cases');
    // search, never used online, works offline: its engine and index were saved with the pages
    await page.goto(`${base}soeg/#q=praktik`);
    await page.waitForFunction(() => /resultater for/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
    expect(await page.locator('#results > li').count()).toBe(5);
    // a second visit to »Brug uden net« says the site is saved
    await page.goto(`${base}uden-net/`);
    await page.waitForFunction(() => /gemt/.test(document.getElementById('offline-status')?.textContent ?? ''));
    await ctx.close();
  });
});
