/** Recommendations hub and Min plan: filters in the URL, a plan that survives reload, prints, exports and imports. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { at, atRoot, hydrated, launch, watchedPage } from './browser';
import { isA4Portrait, printToPdf } from './pdf';
import { axeViolations } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});


describe('anbefalinger hub', () => {
  it.skipIf(!atRoot())('lists everything without JavaScript', async () => {
    const w = await watchedPage(browser, { javaScriptEnabled: false });
    await w.page.goto(at('/anbefalinger/'));
    const count = await w.page.locator('.hub-list > li').count();
    expect(count).toBeGreaterThanOrEqual(22 + 8 + 3);
    // the filters and check boxes need JavaScript: hidden, and the page says so
    expect(await w.page.locator('#filter-kilde').isVisible()).toBe(false);
    expect(await w.page.locator('.plan-toggle').first().isVisible()).toBe(false);
    expect(await w.page.locator('main').innerText()).toContain('Filtrene og »Med i min plan« kræver JavaScript.');
    // each explanation opens in place without JavaScript
    const first = w.page.locator('.hub-list > li').first();
    await first.locator('summary').click();
    expect((await first.locator('.hub-forklaring-tekst').innerText()).length).toBeGreaterThan(40);
    // its lists are lists, not rows of the hub's list (they were grids with a line under each)
    expect(await first.locator('.hub-forklaring-tekst li').first().evaluate((li) => [getComputedStyle(li).display, getComputedStyle(li).borderBottomStyle, getComputedStyle(li).listStyleType])).toEqual(['list-item', 'none', 'disc']);
    await w.context.close();
  });

  it.skipIf(!atRoot())('filters narrow the list, apply at once, and survive a reload through the URL', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/anbefalinger/'));
    await w.page.locator('.hub[data-ready]').waitFor();
    const all = await w.page.locator('.hub-list > li:not([hidden])').count();
    await w.page.selectOption('#filter-kilde', 'mestringsforloeb');
    expect(await w.page.locator('.hub-list > li:not([hidden])').count()).toBe(22);
    await w.page.selectOption('#filter-gruppe', { label: 'Organisering og ledelse' });
    expect(await w.page.locator('.hub-list > li:not([hidden])').count()).toBe(4);
    await w.page.selectOption('#filter-rolle', 'leder');
    const narrowed = await w.page.locator('.hub-list > li:not([hidden])').count();
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThanOrEqual(4);
    expect(w.page.url()).toContain('kilde=mestringsforloeb');
    expect(w.page.url()).toContain('gruppe=organisering-og-ledelse');
    expect(w.page.url()).toContain('rolle=leder');
    await w.page.reload();
    await w.page.locator('.hub[data-ready]').waitFor();
    expect(await w.page.locator('#filter-kilde').inputValue()).toBe('mestringsforloeb');
    expect(await w.page.locator('.hub-list > li:not([hidden])').count()).toBe(narrowed);
    expect(await w.page.locator('.hub-count').innerText()).toContain(`Viser ${narrowed} af ${all}`);
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it.skipIf(!atRoot())('the »Med i min plan« checkbox stands in the same column on every row, wide and narrow', async () => {
    for (const width of [1280, 360]) {
      const w = await watchedPage(browser, { viewport: { width, height: 900 } });
      await w.page.goto(at('/anbefalinger/'));
      await w.page.locator('.hub[data-ready]').waitFor();
      const xs = await w.page.$$eval('.hub-list > li:not([hidden]) input[type=checkbox]', (els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
      expect(xs.length).toBeGreaterThan(30);
      expect(new Set(xs).size, `x-positioner ved ${width} px: ${[...new Set(xs)].join(', ')}`).toBe(1);
      if (width < 640) {
        // the filters stack, each select the full width of the box (not pushed to its right edge)
        const { box, selects } = await w.page.$eval('.hub-filters', (f) => {
          const r = f.getBoundingClientRect();
          const cs = getComputedStyle(f);
          const span = (a: number, b: number) => `${Math.round(a)}–${Math.round(b)}`;
          return { box: span(r.left + parseFloat(cs.paddingLeft), r.right - parseFloat(cs.paddingRight)), selects: [...f.querySelectorAll('select')].map((e) => span(e.getBoundingClientRect().left, e.getBoundingClientRect().right)) };
        });
        expect(selects, `filtrene ved ${width} px (boksen ${box})`).toEqual([box, box, box]);
      }
      await w.context.close();
    }
  });
});

describe.skipIf(!atRoot())('min plan', () => {
  it('is kept after reload, orders, prints on A4, exports and imports', async () => {
    const w = await watchedPage(browser, { acceptDownloads: true });
    await w.page.goto(at('/anbefalinger/?kilde=mestringsforloeb&gruppe=organisering-og-ledelse'));
    await w.page.locator('.hub[data-ready]').waitFor();
    const boxes = w.page.locator('.hub-list > li:not([hidden]) input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await boxes.nth(2).check();
    expect(await w.page.locator('.hub-count').innerText()).toContain('Min plan (3)');

    await w.page.goto(at('/anbefalinger/min-plan/'));
    const titles = () => w.page.locator('.plan-item h2').allInnerTexts();
    await expect.poll(titles).toHaveLength(3);
    const before = await titles();
    await w.page.getByRole('group', { name: before[2]! }).getByRole('button', { name: 'Flyt op' }).click();
    await w.page.getByLabel('Ansvarlig').first().fill('Teamleder');
    await w.page.getByLabel('Egen note').first().fill('Drøftes på ledermødet i marts.');
    const ordered = await titles();
    expect(ordered).toEqual([before[0], before[2], before[1]]);

    await w.page.reload();
    await expect.poll(titles).toEqual(ordered);
    expect(await w.page.getByLabel('Ansvarlig').first().inputValue()).toBe('Teamleder');
    expect(await axeViolations(w.page)).toEqual([]);

    const pdf = await printToPdf(w.page, 'min-plan');
    expect(isA4Portrait(pdf.size)).toBe(true);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(pdf.text).toContain('Drøftes på ledermødet i marts.');
    expect(pdf.text).not.toContain('Flyt op');

    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: 'Eksportér til fil' }).click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('laeringskatalog-plan');
    expect(exported.plan.items).toHaveLength(3);

    // Clear everything, then import the file: the plan is back, identical.
    await w.page.evaluate(() => localStorage.clear());
    await w.page.reload();
    await expect.poll(() => w.page.locator('.min-plan').innerText()).toContain('Din plan er tom');
    await w.page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(titles).toEqual(ordered);
    expect(await w.page.getByLabel('Egen note').first().inputValue()).toBe('Drøftes på ledermødet i marts.');

    // A bad file: a clear message, and the plan is untouched.
    await w.page.locator('input[type=file]').setInputFiles({ name: 'forkert.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"noget-andet"}') });
    await expect.poll(() => w.page.locator('[role=alert]').innerText()).toContain('Filen er ikke en plan fra Min plan.');
    expect(await titles()).toEqual(ordered);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it.skipIf(!atRoot())('corrupted saved data is set aside with a message and a way to save it, and the plan works', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/anbefalinger/min-plan/'));
    await w.page.evaluate(() => localStorage.setItem('laeringskatalog:plan', '{"v":1,"data":{"items":[{"id":'));
    await w.page.reload();
    await w.page.locator('.min-plan').waitFor();
    const aside = w.page.locator('.set-aside');
    await expect.poll(() => aside.innerText()).toContain('kunne ikke læses og er lagt til side');
    expect(await aside.getByRole('button', { name: 'Gem som fil' }).isVisible()).toBe(true);
    // the data is still there; the plan itself starts empty and works
    expect(await w.page.evaluate(() => localStorage.getItem('laeringskatalog:plan'))).toContain('"items"');
    expect(await w.page.locator('.min-plan').innerText()).toContain('Din plan er tom');
    await w.context.close();
  });
});

/** Pick the first n recommendations of a group on the hub (the plan is then in localStorage). */
async function pick(page: Page, n: number) {
  await page.goto(at('/anbefalinger/?kilde=mestringsforloeb'));
  await page.locator('.hub[data-ready]').waitFor();
  const boxes = page.locator('.hub-list > li:not([hidden]) input[type=checkbox]');
  for (let i = 0; i < n; i++) await boxes.nth(i).check();
  await page.goto(at('/anbefalinger/min-plan/'));
  await hydrated(page);
  await expect.poll(() => page.locator('.plan-item').count(), { timeout: 10_000 }).toBe(n);
}
const titles = (page: Page) => page.locator('.plan-item h2').allInnerTexts();
const FOOTER = /^(Sitets indhold bygger på|Udskrevet fra|Sitet samler læring|Min plan – |Side \d+ af \d+|\s*$)/;

describe.skipIf(!atRoot())('min plan on paper', () => {
  it('prints cleanly: a long »Ansvarlig« wraps, an empty date is an empty line, no page holds only a footer', async () => {
    const w = await watchedPage(browser, { locale: 'da-DK' });
    await pick(w.page, 1);
    const longName = 'Teamleder for virksomhedsservice og koordinerende sagsbehandler i afdelingen for aktivitetsparate kontanthjælpsmodtagere';
    await w.page.getByLabel('Ansvarlig').first().fill(longName);
    for (let n = 1; n <= 5; n++) {
      if (n > 1) await pick(w.page, n);
      const pdf = await printToPdf(w.page, `min-plan-${n}`);
      const flat = pdf.text.replace(/\s+/g, ' ');
      expect(flat, 'hele navnet på den ansvarlige').toContain(longName);
      expect(pdf.text, 'ingen pladsholder i tomme datofelter').not.toMatch(/åååå|yyyy|dd\.mm|mm\/dd/i);
      const pages = pdf.text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
      expect(pages).toHaveLength(pdf.pages);
      pages.forEach((p, i) => {
        const body = p.split('\n').filter((l) => !FOOTER.test(l.trim()));
        expect(body.length, `${n} anbefalinger: side ${i + 1} har kun sidefod`).toBeGreaterThan(0);
      });
      expect(pdf.text).toMatch(/Side 1 af \d/);
    }
    await w.context.close();
  });
});

describe('min plan: undo and adding from where a recommendation is read', () => {
  it.skipIf(!atRoot())('»Fjern fra planen« can be undone: the item comes back where it was, with its note; focus never falls to <body>', async () => {
    const w = await watchedPage(browser);
    await pick(w.page, 3);
    const before = await titles(w.page);
    await w.page.getByLabel('Egen note').nth(1).fill('Vigtig note');
    await w.page.getByLabel('Ansvarlig').nth(1).fill('Teamleder');
    await w.page.getByRole('group', { name: before[1]! }).getByRole('button', { name: 'Fjern fra planen' }).click();
    await expect.poll(() => titles(w.page)).toEqual([before[0], before[2]]);
    const status = w.page.locator('.plan-undo');
    expect(await status.innerText()).toContain(`»${before[1]}« er fjernet fra planen.`);
    const focused = () => w.page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent?.trim().slice(0, 40)}`);
    expect(await focused()).toBe('BUTTON:Fortryd');
    await w.page.keyboard.press('Enter');
    await expect.poll(() => titles(w.page)).toEqual(before);
    expect(await w.page.getByLabel('Egen note').nth(1).inputValue()).toBe('Vigtig note');
    expect(await w.page.getByLabel('Ansvarlig').nth(1).inputValue()).toBe('Teamleder');
    expect(await focused()).not.toMatch(/^BODY/);
    expect(await w.page.evaluate(() => document.activeElement?.closest('.plan-item')?.querySelector('h2')?.textContent)).toBe(before[1]);
    await w.page.reload();
    await hydrated(w.page);
    await expect.poll(() => titles(w.page), { timeout: 10_000 }).toEqual(before);
    // removing the last item: focus still lands on Fortryd, not on <body>
    for (let i = 0; i < 3; i++) await w.page.getByRole('button', { name: 'Fjern fra planen' }).first().click();
    await expect.poll(() => titles(w.page)).toEqual([]);
    expect(await focused()).toBe('BUTTON:Fortryd');
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('a recommendation page links »Føj til min plan«; Min plan adds it once, says so, offers Fortryd and drops the parameter', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/mestringsforloeb/faser/'));
    const link = w.page.locator('section[aria-labelledby="mf-specificer-maalgruppen"] a', { hasText: 'Føj til min plan' });
    expect(await link.getAttribute('href')).toBe(at('/anbefalinger/min-plan/?tilfoej=mf-specificer-maalgruppen').replace(/^https?:\/\/[^/]+/, ''));
    // the link itself (what a reader without JavaScript follows; with it, a click adds in place: plan-work.test.ts)
    await w.page.goto(new URL((await link.getAttribute('href'))!, w.page.url()).href);
    await hydrated(w.page);
    await expect.poll(() => titles(w.page), { timeout: 10_000 }).toEqual(['Specificér målgruppen for forløbet']);
    const notice = w.page.locator('.plan-notice');
    expect(await notice.innerText()).toContain('»Specificér målgruppen for forløbet« er føjet til din plan.');
    await expect.poll(() => new URL(w.page.url()).search).toBe('');
    // reload and a second visit with the same link: still once
    await w.page.reload();
    await hydrated(w.page);
    await expect.poll(() => titles(w.page), { timeout: 10_000 }).toHaveLength(1);
    await w.page.goto(at('/anbefalinger/min-plan/?tilfoej=mf-specificer-maalgruppen'));
    await hydrated(w.page);
    await expect.poll(() => w.page.locator('.plan-notice').innerText(), { timeout: 10_000 }).toContain('er allerede i din plan');
    expect(await titles(w.page)).toHaveLength(1);
    // from a mechanism, then undo the add
    await w.page.goto(at('/virksomme-mekanismer/'));
    const mechanism = w.page.locator('section[aria-labelledby="vm-2-saet-delmaal"] a', { hasText: 'Føj til min plan' });
    await w.page.goto(new URL((await mechanism.getAttribute('href'))!, w.page.url()).href);
    await hydrated(w.page);
    await expect.poll(() => titles(w.page), { timeout: 10_000 }).toHaveLength(2);
    await w.page.getByRole('button', { name: 'Fortryd' }).click();
    await expect.poll(() => titles(w.page)).toEqual(['Specificér målgruppen for forløbet']);
    // an id that does not exist: a clear message, the plan unchanged
    await w.page.goto(at('/anbefalinger/min-plan/?tilfoej=findes-ikke'));
    await hydrated(w.page);
    await expect.poll(() => w.page.getByRole('alert').innerText(), { timeout: 10_000 }).toContain('findes ikke');
    expect(await titles(w.page)).toEqual(['Specificér målgruppen for forløbet']);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});
