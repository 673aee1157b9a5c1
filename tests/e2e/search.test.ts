/** Search: the header form needs no JavaScript; the search page finds pages, also by compound tails. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { at, builtPages, distDir, launch, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function search(q: string, params = ''): Promise<string[]> {
  const w = await watchedPage(browser);
  await w.page.goto(at(`/soeg/?q=${encodeURIComponent(q)}${params}`));
  await w.page.waitForFunction(() => /resultat|Ingen resultater/.test(document.getElementById('search-status')?.textContent ?? ''));
  // results come five at a time: load them all
  const more = w.page.locator('#more-results');
  while (await more.isVisible()) {
    const n = await w.page.locator('#results li').count();
    await more.click();
    await w.page.waitForFunction((k) => document.querySelectorAll('#results li').length > k, n);
  }
  const hrefs = await w.page.$$eval('#results a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(w.consoleErrors).toEqual([]);
  expect(w.externalRequests).toEqual([]);
  await w.context.close();
  return hrefs;
}

const path = (p: string) => new URL(at(p)).pathname;

describe('search', () => {
  it('a content page loads no JavaScript, and the header search is a plain form to the search page', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/laeringskatalog/indledning/'));
    await w.page.waitForLoadState('networkidle');
    expect(w.scripts).toEqual([]);
    await w.page.fill('#site-search', 'kontanthjælpsreform');
    await w.page.press('#site-search', 'Enter');
    await w.page.waitForURL(/\/soeg\/\?q=/);
    await w.page.waitForSelector('#results li');
    const first = await w.page.$$eval('#results a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(first).toContain(path('/laeringskatalog/indledning/'));
    await w.context.close();
  });

  it('shows five results at first, five more per click, and moves focus to the first new one', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/soeg/?q=praktik'));
    await w.page.waitForFunction(() => /resultater/.test(document.getElementById('search-status')?.textContent ?? ''));
    const total = Number((await w.page.textContent('#search-status'))!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(10);
    expect(await w.page.locator('#results li').count()).toBe(5);
    await w.page.click('#more-results');
    await w.page.waitForFunction(() => document.querySelectorAll('#results li').length === 10);
    expect(await w.page.evaluate(() => document.activeElement === document.querySelectorAll('#results li a')[5])).toBe(true);
    await w.context.close();
  });

  it('finds the Indledning by a word from it', async () => {
    expect(await search('opmærksomhedsområder')).toContain(path('/laeringskatalog/indledning/'));
  });

  it('Danish stemming: "praktikken" finds pages about praktik', async () => {
    expect((await search('praktikken')).length).toBeGreaterThan(0);
  });

  it('compound tails: "praktik" finds the pages that only say "virksomhedspraktik"', async () => {
    // pages whose text has "virksomhedspraktik" but no word starting with "praktik"
    const only = builtPages()
      .filter((p) => p.endsWith('/'))
      .filter((p) => {
        const html = readFileSync(join(distDir(), p, 'index.html'), 'utf8');
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<[^>]+>/g, ' ').toLowerCase();
        return /virksomhedspraktik/.test(main) && !/(^|[^a-zæøå])praktik/.test(main);
      });
    expect(only.length).toBeGreaterThan(0);
    const hits = await search('praktik');
    for (const p of only) expect(hits).toContain(path(p));
  });

  it('filters by content type', async () => {
    const all = await search('beredskab');
    const onlyChecklists = await search('beredskab', '&type=Tjekliste');
    expect(onlyChecklists.length).toBeGreaterThan(0);
    expect(onlyChecklists.length).toBeLessThan(all.length);
    expect(onlyChecklists.every((p) => p.includes('/tjek/'))).toBe(true);
  });

  it('a quoted person\'s name finds the page with the quote', async () => {
    expect(await search('Dragana Radic')).toContain(path('/laeringskatalog/tema-1/'));
    expect(await search('Mia Hedlund')).toContain(path('/laeringskatalog/tema-3/'));
  });

  it('"pension" finds the case "Fra pensionsønske til ordinært job"', async () => {
    expect(await search('pension')).toContain(path('/cases/fra-pensionsoenske-til-ordinaert-job/'));
  });

  it('"motivation" finds the factors that only say "…motivation" as part of a compound', async () => {
    expect(await search('motivation')).toContain(path('/empowerment-og-motivation/'));
  });

  it('"tidsplan" finds the recommendation "Udarbejd en detaljeret og realistisk tidsplan"', async () => {
    const hits = await search('tidsplan');
    expect(hits.some((h) => h.startsWith(path('/mestringsforloeb/')) || h.startsWith(path('/anbefalinger/')))).toBe(true);
  });

  it('says so when nothing is found', async () => {
    expect(await search('xyzzyqwerty')).toEqual([]);
  });
});
