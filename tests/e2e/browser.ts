/**
 * Shared browser plumbing for the e2e suite: Debian's Chromium through playwright-core, every
 * request to another host failed and recorded, console errors collected.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');
export const distDir = () => inject('distDir');
/**
 * Whether this is the run at the root. `npm test` runs the suite twice, at `/` and under a
 * sub-path; the sub-path run runs only the files vitest.e2e.config.ts names (SUB_PATH_FILES), and
 * in them only what the path can break: page assets and scripts, links, the service worker,
 * search result links, share links and »Føj til min plan«. Tests whose result cannot depend on the
 * path skip it with `skipIf(!atRoot())`; axe, widths, print and documents run at the root only.
 */
export const atRoot = () => inject('basePath') === '/';

/**
 * Chromium resolves no host name but the test server's: a request to another host fails in the
 * browser's own network stack (and is recorded by `watchedPage`), with no interception of every
 * request through Playwright, which cost each page load a round trip per file.
 */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  externalRequests: string[];
  scripts: string[];
}

/** A fresh context and page that records console errors, script loads and off-site requests. */
export async function watchedPage(browser: Browser, opts: Parameters<Browser['newContext']>[0] = {}): Promise<Watched> {
  const context = await browser.newContext(opts);
  const page = await context.newPage();
  const w: Watched = { page, context, consoleErrors: [], externalRequests: [], scripts: [] };
  // Content-Security-Policy violations (the suite runs under the site's headers in npm test)
  // surface as console errors, including ones a script catches.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  // Requests to other hosts fail in the browser (see `launch`); here they are recorded, from
  // the page and its service worker alike.
  const origin = new URL(baseUrl()).origin;
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) w.externalRequests.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.consoleErrors.push(String(e)));
  page.on('request', (r) => {
    if (r.resourceType() === 'script') w.scripts.push(r.url());
  });
  return w;
}

/** Every HTML page in the build, as a site-relative path ("/", "/cases/", "/404.html"). */
export function builtPages(dir = distDir()): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, p).split(sep).join('/');
        out.push('/' + rel.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** Absolute URL of a site-relative path under the served base. */
export const at = (path: string) => baseUrl() + path.replace(/^\//, '');

/** Wait until every island on the page has hydrated (Astro removes the `ssr` attribute then). */
export async function hydrated(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}
