/**
 * Every built page: loads cleanly, is Danish, has one h1, cites its source, passes axe, and loads
 * the header search script and nothing more unless src/lib/script-pages.ts names it.
 *
 * axe is the slow part (seconds a page) and its result cannot depend on the base path, so
 * `npm test` shares it between its two runs: the root run checks every other page, the sub-path
 * run the rest. Each page is checked once per `npm test`; a run on its own checks its half.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { at, atRoot, builtPages, launch, watchedPage } from './browser';
import { HEADER_SCRIPT, INLINE_SCRIPT_SELECTOR, isHeaderScript, mayLoadScript } from '../../src/lib/script-pages';

const pages = builtPages();
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
      expect(pages).toContain(p);
    }
  });

  it('src/lib/script-pages.ts still names the tool pages of the build', () => {
    expect(pages.filter(mayLoadScript).length).toBeGreaterThan(10);
  });

  pages.forEach((path, i) => {
    const axeHere = i % 2 === (atRoot() ? 0 : 1);
    it(`${path}: loads without errors, lang="da", one h1, a source citation${axeHere ? ', no axe violations' : ''}, only the header script unless a tool`, async () => {
      const w = await watchedPage(browser);
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
      if (axeHere) {
        const axe = await new AxeBuilder({ page: w.page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const violations = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(violations).toEqual([]);
      }
      expect(w.consoleErrors).toEqual([]);
      expect(w.externalRequests).toEqual([]);
      await w.context.close();
    });
  });
});
