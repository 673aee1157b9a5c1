/**
 * Offline use: after one visit to a tool page, the catalogue pages and tools work with the
 * network cut; online, a new deployment is shown at once (pages are fetched network-first).
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
let server: { close(): void };
let base = '';
let dir = '';
beforeAll(async () => {
  browser = await launch();
  // A private copy of the build, so the test can "deploy" a change without touching dist/.
  dir = mkdtempSync(join(tmpdir(), 'lk-offline-'));
  cpSync(inject('distDir'), dir, { recursive: true });
  const s = await startServer({ dir, base: inject('basePath'), port: 0, headers: true });
  server = s.server;
  base = s.url;
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, { timeout: 20_000 });

describe('offline use', () => {
  it('after one visit, catalogue pages and tools work without network, and a new deployment is seen online', async () => {
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

    await ctx.setOffline(true);
    // a content page never visited before
    const res = await page.goto(`${base}laeringskatalog/tema-2/`);
    expect(res?.ok()).toBe(true);
    expect(await page.locator('h1').innerText()).toContain('Tema 2');
    // a tool works offline
    await page.goto(`${base}mestringsforloeb/planlaegger/`);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    await page.getByLabel('Startdato').fill('2027-01-04');
    await page.locator('.plan-result table').waitFor();
    // a page that does not exist gets a clear Danish message, not a browser error page
    await page.goto(`${base}findes-ikke/`).catch(() => undefined);

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

  it('a reader of content pages only saves the site from »Brug uden net«; pages and search then work offline', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${base}laeringskatalog/tema-1/`);
    // content pages register nothing
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await page.getByRole('link', { name: 'Brug uden net' }).click();
    await page.waitForURL(/uden-net\/$/);
    await page.waitForFunction(() => /^Klar: /.test(document.getElementById('offline-status')?.textContent ?? ''), undefined, { timeout: 30_000 });
    const status = (await page.textContent('#offline-status'))!;
    // every page at least, and the files they use
    expect(Number(status.match(/Klar: ([\d.]+)/)![1]!.replace(/\./g, ''))).toBeGreaterThan(builtPages().length);

    await ctx.setOffline(true);
    const res = await page.goto(`${base}cases/`);
    expect(res?.ok()).toBe(true);
    expect(await page.locator('h1').innerText()).toContain('Cases');
    // search, never used online, works offline: its engine and index were cached with the pages
    await page.goto(`${base}soeg/?q=praktik`);
    await page.waitForFunction(() => /resultater for/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
    expect(await page.locator('#results li').count()).toBe(5);
    await ctx.close();
  });
});
