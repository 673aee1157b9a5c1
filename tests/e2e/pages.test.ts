/**
 * Every built page: loads cleanly (no console error, no request to another host), is Danish, has
 * one h1, cites its source, and loads the header search script and nothing more unless
 * src/lib/script-pages.ts names it. In the root run, the same load is then checked at the phone
 * widths (loaded at 320 px, resized to 360 and 390; a real viewport, not mobile emulation; the
 * tools in use are narrow.test.ts') and with axe (WCAG 2.2 AA and axe's best practices,
 * tests/e2e/axe.ts) at 1280 px. Neither can depend on the base path, so the sub-path run checks only that pages load cleanly there (a sample, see
 * subPathSample). Pages are checked three at a time (`describe.concurrent`): each test has its
 * own browser context.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { at, atRoot, builtPages, launch, watchedPage } from './browser';
import { overflow, WIDTHS } from './overflow';
import { HEADER_SCRIPT, INLINE_SCRIPT_SELECTOR, isHeaderScript, mayLoadScript } from '../../src/lib/script-pages';
import { axeViolations } from './axe';

const all = builtPages();

/**
 * The sub-path run loads every page that loads more than the header script and the first page of
 * each section: the rest share their section's layout and assets, and links.test.ts checks every
 * page's href, src and action under the path. The root run loads all pages.
 */
function subPathSample(paths: string[]): string[] {
  const sections = new Set<string>();
  return paths.filter((p) => {
    if (mayLoadScript(p)) return true;
    const section = p.split('/')[1]!;
    if (sections.has(section)) return false;
    sections.add(section);
    return true;
  });
}
const pages = atRoot() ? all : subPathSample(all);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page', () => {
  it('the build has the pages we expect', () => {
    for (const p of ['/', '/laeringskatalog/indledning/', '/tjek/tjek-jobcentrets-beredskab/', '/kilder/', '/soeg/', '/404.html']) {
      expect(all).toContain(p);
    }
  });

  it('src/lib/script-pages.ts still names the tool pages of the build', () => {
    expect(all.filter(mayLoadScript).length).toBeGreaterThan(10);
  });

  it('a request to another host is recorded (and fails), so »no request to another host« can fail', async () => {
    // bypassCSP: the site's own policy would stop the request before the network, and the
    // recorder is what is tested here
    const w = await watchedPage(browser, { bypassCSP: true });
    try {
      await w.page.goto(at('/'));
      const reached = await w.page.evaluate(() => fetch('http://example.org/pixel.png', { mode: 'no-cors' }).then(() => true, () => false));
      expect(reached).toBe(false);
      expect(w.externalRequests).toEqual(['http://example.org/pixel.png']);
    } finally {
      await w.context.close();
    }
  });
});

describe.concurrent('each page', () => {
  const extra = atRoot() ? `; no wider than ${WIDTHS.join(', ')} px; no axe violations` : '';
  for (const path of pages) {
    // Concurrent tests take `expect` from their own context, so a failure names the right page.
    it(`${path}: loads without errors, lang="da", one h1, a source citation, only the header script unless a tool${extra}`, async ({ expect }) => {
      const w = await watchedPage(browser, atRoot() ? { viewport: { width: WIDTHS[0], height: 800 } } : {});
      const res = await w.page.goto(at(path));
      expect(res?.status()).toBe(200);
      await w.page.waitForLoadState('networkidle');
      const inline = await w.page.locator(INLINE_SCRIPT_SELECTOR).count();
      const scripts = w.scripts.map((s) => new URL(s).pathname);
      // every page: the header search script, once
      expect(scripts.filter((s) => HEADER_SCRIPT.test(s)), `søgescriptet på ${path}`).toHaveLength(1);
      const more = scripts.filter((s) => !isHeaderScript(s));
      expect(more.length + inline > 0, `mere JavaScript på ${path}: ${more.join(', ')}`).toBe(mayLoadScript(path));
      expect(await w.page.getAttribute('html', 'lang')).toBe('da');
      expect(await w.page.locator('h1').count()).toBe(1);
      expect(await w.page.locator('[data-citation]').count()).toBeGreaterThan(0);
      if (atRoot()) {
        const wide: string[] = [];
        for (const width of WIDTHS) {
          if (width !== WIDTHS[0]) await w.page.setViewportSize({ width, height: 800 });
          const o = await overflow(w.page);
          if (o) wide.push(`${width} px: ${o}`);
        }
        expect(wide, `${path} er bredere end skærmen`).toEqual([]);
        await w.page.setViewportSize({ width: 1280, height: 720 });
        expect(await axeViolations(w.page)).toEqual([]);
      }
      expect(w.consoleErrors).toEqual([]);
      expect(w.externalRequests).toEqual([]);
      await w.context.close();
    });
  }
});
