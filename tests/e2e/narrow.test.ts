/**
 * Narrow screens: the tools in their used state are no wider than a 320, 360 or 390 px screen
 * (Selvtjek with answers, results, a comparison and a team round, which must not even scroll
 * inside a box; the planner with dates; the hub with filters; Min plan with items; a template
 * with text; search with results). Every built page as it loads is checked at the same widths by
 * pages.test.ts. A real viewport of that width, not mobile emulation (which
 * widens the layout to fit wide content). One context per width, one page reused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { at, hydrated, launch } from './browser';
import { overflow, WIDTHS } from './overflow';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A checklist export file for the team round, made in the page itself. */
function teamFile(dir: string, name: string, answers: Record<string, string>, notes: Record<string, string> = {}): string {
  const now = new Date().toISOString();
  const file = join(dir, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      format: 'laeringskatalog-selvtjek',
      version: 2,
      tool: 'Selvtjek',
      checklist: { id: 'tjek-jobcentrets-beredskab', titel: 'Tjek jobcentrets beredskab' },
      exportedAt: now,
      assessment: { id: name.replace(/\W/g, '-'), checklist: 'tjek-jobcentrets-beredskab', name, date: now.slice(0, 10), answers, notes, updatedAt: now },
    }),
  );
  return file;
}

/** The tools in use: each step leaves the page in a state a user would see. */
const usedStates: { name: string; run: (page: Page) => Promise<string[] | void> }[] = [
  {
    name: 'Selvtjek with answers, notes, results, a comparison and the team view',
    run: async (page) => {
      await page.goto(at('/tjek/tjek-jobcentrets-beredskab/'));
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      const q = page.locator('.selvtjek fieldset.question');
      await page.locator('.selvtjek[data-loaded]').waitFor();
      const labels = ['Nej', 'Delvist', 'Nej', 'Ja', 'Delvist', 'Nej', 'Ja', 'Ved ikke'];
      for (let i = 0; i < labels.length; i++) await q.nth(i).getByLabel(labels[i]!, { exact: true }).check();
      await q.nth(0).getByLabel('Note (valgfri)').fill('En lang note med et langt ord: kontanthjælpsmodtagerbeskæftigelsesindsatsen.');
      await page.getByRole('button', { name: 'Ny vurdering' }).click();
      await q.first().getByLabel('Ja', { exact: true }).check();
      await page.locator('.compare-table').waitFor();
      const ids = await page.$$eval('.selvtjek fieldset.question', (fs) => fs.map((f) => f.id.replace(/^spoergsmaal-/, '')));
      const dir = mkdtempSync(join(tmpdir(), 'lk-narrow-'));
      const a = teamFile(dir, 'Kollega med et langt navn', Object.fromEntries(ids.map((id, i) => [id, i % 2 ? 'nej' : 'ja'])), { [ids[1]!]: 'En note om kontanthjælpsmodtagerbeskæftigelsesindsatsen og virksomhedspraktikken.' });
      const b = teamFile(dir, 'Kollega to', Object.fromEntries(ids.map((id, i) => [id, i % 3 ? 'delvist' : 'nej'])));
      await page.locator('input[type=file][multiple]').setInputFiles([a, b]);
      await page.locator('.team').waitFor();
      // The team round and the comparison are read without sideways scrolling (no box scrolls inside them either).
      const scrolling = await page.$$eval('#teamrunde *, .compare *', (els) =>
        els.filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)).map((el) => `<${el.tagName.toLowerCase()}.${el.className}> ${el.scrollWidth} > ${el.clientWidth} px`),
      );
      if (scrolling.length) return [`scrolls sideways inside the team round or the comparison: ${scrolling.join(', ')}`];
      // the charts (one assessment's and the team's) stay readable: text at least 12 px tall
      const small = await page.$$eval('.bar-chart', (charts) =>
        charts.flatMap((chart) => {
          const out: string[] = [];
          const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent?.trim()) continue;
            range.selectNodeContents(n);
            const h = range.getBoundingClientRect().height;
            if (h > 0 && h < 12) out.push(`»${n.textContent.trim()}« ${h.toFixed(1)} px`);
          }
          return out;
        }),
      );
      return small.length ? [`chart text smaller than 12 px: ${small.slice(0, 5).join(', ')}`] : [];
    },
  },
  {
    name: 'the planner with dates',
    run: async (page) => {
      await page.goto(at('/mestringsforloeb/planlaegger/'));
      await hydrated(page);
      await page.getByLabel('Startdato').fill('2026-12-28');
      await page.getByLabel('Startdato').press('Enter');
      await page.getByLabel(/Efterværn/).fill('8');
      await page.locator('.plan-result table').waitFor();
    },
  },
  {
    name: 'the hub with filters set and two recommendations picked',
    run: async (page) => {
      await page.goto(at('/anbefalinger/?kilde=mestringsforloeb'));
      await page.locator('.hub[data-ready]').waitFor();
      await page.selectOption('#filter-gruppe', { index: 1 });
      const boxes = page.locator('.hub-list > li:not([hidden]) input[type=checkbox]');
      await boxes.nth(0).check();
      await boxes.nth(1).check();
    },
  },
  {
    name: 'Min plan with those items, a long name and a date',
    run: async (page) => {
      await page.goto(at('/anbefalinger/min-plan/'));
      await page.locator('.plan-item').first().waitFor();
      await page.getByLabel('Ansvarlig').first().fill('Teamleder for kontanthjælpsmodtagerindsatsen');
      await page.getByLabel('Dato').first().fill('2027-03-01');
      await page.getByLabel('Dato').first().press('Enter');
    },
  },
  {
    name: 'a template with text',
    run: async (page) => {
      await page.goto(at('/skabeloner/feedbackskema-efter-samtalen/'));
      await page.locator('[data-template-actions]').waitFor();
      const fields = page.locator('.template textarea, .template input[type=text]');
      const n = await fields.count();
      for (let i = 0; i < n; i++) await fields.nth(i).fill('Borgeren fortalte om virksomhedspraktikken og arbejdsmarkedsparathed.');
    },
  },
  {
    name: 'search with results and filters',
    run: async (page) => {
      await page.goto(at('/soeg/?q=praktik'));
      await page.locator('#results li').first().waitFor();
    },
  },
];

// Widths cannot depend on the base path: the file runs at the root only (not in SUB_PATH_FILES).
describe('narrow screens', () => {
  for (const width of WIDTHS) {
    it(`at ${width} px, the tools in use fit the screen`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const wide: string[] = [];
      for (const s of usedStates) {
        const problems = (await s.run(page)) ?? [];
        const o = await overflow(page);
        if (o) problems.push(o);
        wide.push(...problems.map((p) => `${s.name}: ${p}`));
      }
      await context.close();
      expect(wide).toEqual([]);
    });
  }
});

describe('wide screens', () => {
  it('a long page uses the width for its contents list, not for longer lines; the list stays in view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(at('/mestringsforloeb/faser/'));
    const toc = page.locator('nav.toc');
    expect(await toc.isVisible()).toBe(true);
    const text = await page.locator('main p').evaluateAll((ps) => Math.max(...ps.map((p) => p.getBoundingClientRect().right)));
    const width = await page.locator('main p').evaluateAll((ps) => Math.max(...ps.map((p) => p.getBoundingClientRect().width)));
    const box = (await toc.boundingBox())!;
    expect(width, 'tekstens linjelængde (48rem)').toBeLessThanOrEqual(768);
    expect(box.x, 'indholdslisten står ved siden af teksten').toBeGreaterThanOrEqual(text);
    await page.mouse.wheel(0, 6000);
    await expect.poll(async () => (await toc.boundingBox())!.y).toBeLessThan(100);
    expect((await toc.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await context.close();
  });
});
