/**
 * Every template: prints blank on A4 with the stated page count; filled with long text, all of
 * it is in the PDF; the aftaleguide's typed values end up in no storage, cookie, cache or URL,
 * also when it is downloaded as a document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { unzip } from '../helpers/office-files';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { at, launch, watchedPage } from './browser';
import { isA4Landscape, isA4Portrait, printToPdf } from './pdf';

const dist = inject('distDir');
const templates = readdirSync(join(dist, 'skabeloner'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const stated = async (page: Page) => Number(await page.locator('[data-page-count]').getAttribute('data-page-count'));
const landscape = async (page: Page) => (await page.locator('main').getAttribute('class'))?.includes('landscape') ?? false;
/** Forms about people, to which the site adds fields for date and names (marked as its additions). */
const ABOUT_PEOPLE = ['feedbackskema-under-samtalen', 'feedbackskema-efter-samtalen', 'feedback-kontrakt', 'hhh-ark', 'livshjul', 'progressionsdialog'];
const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}ord${i}`).join(' ');

// Print layout and privacy cannot depend on the base path: the file runs at the root only (it is
// not in SUB_PATH_FILES, vitest.e2e.config.ts). axe checks every template page in pages.test.ts;
// here only the labels (checked on the page printed without JavaScript, as are the fields the
// site adds to forms about people). The blank print with JavaScript is the one »Udskriv tomt skema« makes
// after the form was filled (one print fewer per template than printing it twice).
describe('templates', () => {
  it('there are templates to test, the forms about people among them', () => {
    expect(templates.length).toBeGreaterThanOrEqual(3);
    for (const id of ABOUT_PEOPLE) expect(templates).toContain(id);
  });

  for (const id of templates) {
    describe(id, () => {
      it(`without JavaScript it still prints blank with the stated page count; a label on every field${ABOUT_PEOPLE.includes(id) ? "; fields for date and names, marked on screen and on paper as the site's additions" : ''}`, async () => {
        const w = await watchedPage(browser, { javaScriptEnabled: false });
        await w.page.goto(at(`/skabeloner/${id}/`));
        const unlabeled = await w.page.$$eval('.template textarea, .template input', (els) =>
          els.filter((el) => !(el as HTMLInputElement).labels?.length).map((el) => el.id),
        );
        expect(unlabeled).toEqual([]);
        const pdf = await printToPdf(w.page, `${id}-nojs`);
        expect(pdf.pages).toBe(await stated(w.page));
        // the site adds fields for date and names to forms about people; the source's own have none
        const added = w.page.locator('.template-section.tilfoejet');
        expect(await added.count()).toBe(ABOUT_PEOPLE.includes(id) ? 1 : 0);
        if (ABOUT_PEOPLE.includes(id)) {
          expect(await added.innerText()).toContain('Felter tilføjet af sitet');
          expect(await added.getByLabel('Dato', { exact: true }).count()).toBe(1);
          expect(await added.locator('input[type=text]').count()).toBeGreaterThanOrEqual(2);
          expect(pdf.text).toContain('Felter tilføjet af sitet');
        }
        await w.context.close();
      });

      it('filled with long text (500 words in one field), every word is in the PDF and nothing is clipped; »Udskriv tomt skema« then prints it blank on A4 with the stated page count and a footer with source and page x of y', async () => {
        const w = await watchedPage(browser);
        await w.page.goto(at(`/skabeloner/${id}/`));
        const n = await stated(w.page);
        const fields = w.page.locator('.template textarea, .template input[type=text]');
        const count = await fields.count();
        expect(count).toBeGreaterThan(0);
        // every field gets a short answer: all of it printed, on the stated number of pages
        for (let i = 0; i < count; i++) await fields.nth(i).fill(`zqfelt${i}svar`);
        const short = await printToPdf(w.page, `${id}-short`);
        const shortText = short.text.replace(/\s+/g, ' ');
        for (let i = 0; i < count; i++) expect(shortText, `felt ${i}`).toContain(`zqfelt${i}svar`);
        expect(short.pages).toBe(n);
        // then 500 words in the first free-text field: every word is printed, only that field grows
        const longIndex = await fields.evaluateAll((els) => els.findIndex((el) => el.tagName === 'TEXTAREA'));
        expect(longIndex).toBeGreaterThanOrEqual(0);
        await fields.nth(longIndex).fill(words(500, 'x'));
        const pdf = await printToPdf(w.page, `${id}-filled`);
        const text = pdf.text.replace(/\s+/g, ' ');
        expect(new Set(text.match(/xord\d+/g)).size, 'alle 500 ord fra det lange felt').toBe(500);
        for (let i = 0; i < count; i++) if (i !== longIndex) expect(text, `felt ${i}`).toContain(`zqfelt${i}svar`);
        expect(pdf.pages).toBeGreaterThan(n - 1);
        // "Udskriv tomt skema" prints none of it (the browser's print dialog is stubbed out;
        // the page then stays in its blank print state, as it is while the dialog is open)
        await w.page.evaluate(() => (window.print = () => undefined));
        await w.page.getByRole('button', { name: 'Udskriv tomt skema' }).click();
        const blank = await printToPdf(w.page, `${id}-blank-after-fill`);
        expect(blank.text).not.toContain('zqfelt');
        expect(blank.text).not.toContain('xord');
        expect(blank.pages, `tomt skema: ${blank.pages} sider, siden siger ${n}`).toBe(n);
        expect((await landscape(w.page)) ? isA4Landscape(blank.size) : isA4Portrait(blank.size)).toBe(true);
        expect(blank.text).toMatch(new RegExp(`Side 1 af ${n}`));
        expect(blank.text).toContain('Kilde:');
        expect(w.consoleErrors).toEqual([]);
        await w.context.close();
      });

      it('filled with a few lines in every table cell, no row is split over two pages and every page with rows repeats the header', async () => {
        const w = await watchedPage(browser);
        await w.page.goto(at(`/skabeloner/${id}/`));
        const grids = w.page.locator('.answer-grid');
        if ((await grids.count()) === 0) return void (await w.context.close());
        await w.page.locator('[data-template-actions]').waitFor();
        const rows = w.page.locator('.answer-grid tbody tr');
        const n = await rows.count();
        for (let r = 0; r < n; r++) {
          const cells = rows.nth(r).locator('textarea, input[type=text]');
          const c = await cells.count();
          // a few lines in each answer cell; a short name in a row's own name field
          for (let i = 0; i < c; i++) {
            const isName = (await cells.nth(i).evaluate((el) => el.tagName)) === 'INPUT';
            await cells.nth(i).fill(`zqr${r}c${i} ${words(isName ? 1 : 22, `r${r}c${i}`)}`);
          }
        }
        const pdf = await printToPdf(w.page, `${id}-rows`);
        const pages = pdf.text.split('\f');
        const header = (await w.page.locator('.answer-grid thead th').nth(1).innerText()).split(/\s+/).slice(0, 3).join(' ');
        for (let r = 0; r < n; r++) {
          const on = pages.flatMap((p, i) => (p.includes(`r${r}c0ord`) || p.includes(`zqr${r}c`) ? [i + 1] : []));
          expect(on, `række ${r + 1} står på sider ${on.join(', ')}`).toHaveLength(1);
          expect(pages[on[0]! - 1]!.replace(/\s+/g, ' '), `kolonneoverskrift på side ${on[0]}`).toContain(header);
        }
        await w.context.close();
      });

    });
  }
});

describe('privacy of the aftaleguide', () => {
  it('typed values end up in no storage, cookie, Cache Storage or URL – also after downloading it as .docx and .odt – and leaving asks first', async () => {
    const w = await watchedPage(browser, { acceptDownloads: true });
    await w.page.goto(at('/skabeloner/aftaleguide-virksomhedspraktik/'));
    await w.page.locator('[data-template-actions]').waitFor();
    const secret = { navn: 'Hemmelig Testperson', cpr: '010203-1234', tekst: 'FortroligOplysningXYZ' };
    await w.page.getByLabel('Navn', { exact: true }).fill(secret.navn);
    await w.page.getByLabel('Cpr.nr.', { exact: true }).fill(secret.cpr);
    await w.page.locator('.template textarea').first().fill(secret.tekst);
    await w.page.locator('.template textarea').first().press('Enter');
    await w.page.getByLabel('Cpr.nr.', { exact: true }).press('Enter');
    // The document is made on the device: the file has the typed text, its name does not.
    for (const name of ['Hent som Word (.docx)', 'Hent som ODF (.odt)']) {
      const [d] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name }).click()]);
      const xml = unzip(readFileSync((await d.path())!)).map((e) => e.data.toString('utf8')).join('');
      for (const v of Object.values(secret)) {
        expect(xml).toContain(v);
        expect(d.suggestedFilename()).not.toContain(v);
        expect(d.url()).not.toContain(v);
      }
    }
    const dump = await w.page.evaluate(async (secrets) => {
      // let the offline service worker finish caching, so Cache Storage is really looked into
      await Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, 15_000))]);
      const dbs = 'databases' in indexedDB ? await indexedDB.databases() : [];
      const caches_ = 'caches' in window ? await caches.keys() : [];
      // every cached request and response body, not only the cache names
      const cached: string[] = [];
      for (const name of caches_) {
        const cache = await caches.open(name);
        for (const req of await cache.keys()) {
          const body = await (await cache.match(req))!.text();
          cached.push(req.url, ...secrets.filter((s) => body.includes(s)));
        }
      }
      return JSON.stringify({
        local: Object.entries(localStorage),
        session: Object.entries(sessionStorage),
        cookie: document.cookie,
        url: location.href,
        dbs,
        caches_,
        cached,
      });
    }, Object.values(secret));
    // The worker keeps what the reader fetched once it controls the page (here the document
    // code the downloads loaded); the whole site only on request. Cache Storage is not empty,
    // so the search below really looked into it.
    expect(JSON.parse(dump).cached.length, 'the service worker has cached what it fetched').toBeGreaterThan(0);
    const cookies = JSON.stringify(await w.context.cookies());
    for (const v of Object.values(secret)) {
      expect(dump).not.toContain(v);
      expect(cookies).not.toContain(v);
      expect(w.page.url()).not.toContain(encodeURIComponent(v));
    }
    // Leaving the page with typed text asks for confirmation.
    let asked = false;
    w.page.on('dialog', async (d) => {
      asked = d.type() === 'beforeunload';
      await d.dismiss();
    });
    await w.page.goto(at('/'), { waitUntil: 'commit' }).catch(() => undefined);
    await w.page.waitForTimeout(300);
    expect(asked).toBe(true);
    await w.context.close();
  });

  it('a fresh visit shows empty fields (nothing was kept)', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/skabeloner/aftaleguide-virksomhedspraktik/'));
    await w.page.locator('[data-template-actions]').waitFor();
    expect(await w.page.getByLabel('Cpr.nr.', { exact: true }).inputValue()).toBe('');
    await w.context.close();
  });
});

