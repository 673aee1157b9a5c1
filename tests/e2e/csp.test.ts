/**
 * The built site under its own security headers (dist/_headers, served as a host would): the
 * search (WebAssembly) and the islands run without a CSP violation. Every page is checked for
 * violations by pages.test.ts, which npm test runs under the same headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch } from './browser';
import { startServer } from '../../scripts/serve.mjs';

let browser: Browser;
let server: { close(): void };
let base = '';
beforeAll(async () => {
  browser = await launch();
  const s = await startServer({ dir: inject('distDir'), base: inject('basePath'), port: 0, headers: true });
  server = s.server;
  base = s.url;
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function context(): Promise<BrowserContext> {
  const ctx = await browser.newContext();
  await ctx.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return ctx;
}

describe('content security policy', () => {
  it('is sent with every page and allows nothing from other hosts', async () => {
    const res = await fetch(base);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    expect(csp).not.toContain("'unsafe-eval'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('search (WebAssembly) and the tools work under it', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    // Violations are kept per document, so each page is read before the next one is opened.
    const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    await page.goto(`${base}soeg/?q=praktik`);
    await page.waitForSelector('#results li');
    expect(await violations()).toEqual([]);
    await page.goto(`${base}tjek/tjek-jobcentrets-beredskab/`);
    // The served form takes the answer before hydration; the action list follows once the island runs.
    await page.locator('.selvtjek fieldset.question').first().getByLabel('Nej', { exact: true }).check();
    await expect.poll(() => page.locator('.action-list > li').count()).toBe(1);
    expect(await violations()).toEqual([]);
    await page.goto(`${base}motivationsfaktorer/`);
    await page.getByRole('tab').first().waitFor();
    expect(await violations()).toEqual([]);
    await ctx.close();
  });
});
