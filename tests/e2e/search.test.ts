/**
 * Search: results are sections (page and section, type and source) that open at the right
 * paragraph; excerpts are clean; Danish queries are understood; the header searches as you type
 * (and is a plain form without JavaScript); with JavaScript nothing typed reaches the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { inject } from 'vitest';
import { at, atRoot, builtPages, distDir, launch, watchedPage, type Watched } from './browser';
import { startServer } from '../../scripts/serve.mjs';
import { isHeaderScript } from '../../src/lib/script-pages';
import { axeViolations } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await searchPage?.context.close();
  await browser?.close();
});

interface Hit {
  href: string;
  path: string;
  anchor: string;
  page: string;
  section: string;
  type: string;
  kilde: string;
  excerpt: string;
}

const DONE = /resultat|Ingen resultater/;

/** The hits on a search page that has finished searching. */
async function readHits(page: Page): Promise<Hit[]> {
  await page.waitForFunction((re) => new RegExp(re).test(document.getElementById('search-status')?.textContent ?? ''), DONE.source);
  return page.$$eval('#results > li', (lis) =>
    lis.map((li) => {
      const a = li.querySelector<HTMLAnchorElement>('a.hit-link')!;
      const u = new URL(a.href);
      const text = (sel: string) => li.querySelector(sel)?.textContent?.trim() ?? '';
      return {
        href: a.href,
        path: u.pathname,
        // the section's id: the fragment before a text directive (#id:~:text=…)
        anchor: decodeURIComponent(u.hash.slice(1).split(':~:')[0] ?? ''),
        page: text('.hit-page'),
        section: text('.hit-section'),
        type: text('.hit-type'),
        kilde: text('.hit-kilde'),
        excerpt: text('.hit-excerpt'),
      };
    }),
  );
}

/**
 * Search on the search page (the query in the fragment, as the site's own forms do it). One page
 * serves every call: loaded once, then each query is a new fragment, which the page follows (as
 * after a search from the header), so Pagefind starts cold only once.
 */
let searchPage: Watched | undefined;
async function search(q: string, more = ''): Promise<Hit[]> {
  const hash = `#q=${encodeURIComponent(q)}${more}`;
  if (!searchPage) {
    searchPage = await watchedPage(browser);
    await searchPage.page.goto(at(`/soeg/${hash}`));
  } else {
    await searchPage.page.evaluate((h) => {
      const list = document.getElementById('results')!;
      if (new URL(h, location.href).hash === location.hash) return;
      // set again by the page when the new query's results are shown
      delete list.dataset.query;
      location.hash = h;
    }, hash);
  }
  const w = searchPage;
  await w.page.waitForFunction((query) => document.getElementById('results')?.dataset.query === query, q);
  const hits = await readHits(w.page);
  expect(w.consoleErrors).toEqual([]);
  expect(w.externalRequests).toEqual([]);
  return hits;
}

const path = (p: string) => new URL(at(p)).pathname;

const paths = (hits: Hit[]) => hits.map((h) => h.path);

describe('search results', () => {
  it('are sections: each hit names its page and section, links to the section, and shows type and source', async () => {
    const hits = await search('praktik');
    expect(hits.length).toBeGreaterThanOrEqual(5);
    for (const h of hits) {
      expect(h.page, h.href).not.toBe('');
      expect(h.type, h.href).not.toBe('');
    }
    const sections = hits.filter((h) => h.anchor);
    expect(sections.length).toBeGreaterThanOrEqual(3);
    for (const h of sections) {
      expect(h.section, h.href).not.toBe('');
      // the anchor exists on the target page
      const file = join(distDir(), h.path.slice(path('/').length), 'index.html');
      expect(readFileSync(file, 'utf8'), `${h.href}`).toContain(`id="${h.anchor}"`);
    }
    expect(hits.some((h) => h.kilde)).toBe(true);
  });

  it('a hit opens its page at the section, highlighted by the browser, and the page runs only the header script', async () => {
    // a match in a section's text (a text fragment marks the words) and one in a section's heading
    // (the anchor is the heading), both far down a long page
    for (const [q, fragment] of [['gruppedynamikken', true], ['transportudgifter', false]] as const) {
      const w = await watchedPage(browser);
      await w.page.goto(at(`/soeg/#q=${encodeURIComponent(q)}`));
      const hits = await readHits(w.page);
      const n = hits.findIndex((h) => h.path === path('/mestringsforloeb/faser/'));
      expect(n, q).toBeGreaterThanOrEqual(0);
      const hit = hits[n]!;
      expect(hit.anchor).not.toBe('');
      expect(hit.href.includes(':~:text='), hit.href).toBe(fragment);
      w.scripts.length = 0;
      await w.page.click(`#results > li:nth-child(${n + 1}) a.hit-link`);
      await w.page.waitForURL((u) => u.pathname === hit.path);
      await w.page.waitForLoadState('load');
      // the section is in the viewport: its heading is above the bottom edge, and the next
      // heading of the same or a higher level is below the top edge
      await w.page.waitForFunction(() => window.scrollY > 0);
      const seen = await w.page.evaluate((id) => {
        const h = document.getElementById(id)!;
        const level = Number(h.tagName.slice(1));
        const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
        const next = headings.slice(headings.indexOf(h) + 1).find((x) => Number(x.tagName.slice(1)) <= level);
        return { top: h.getBoundingClientRect().top, nextTop: next ? next.getBoundingClientRect().top : Infinity, height: innerHeight };
      }, hit.anchor);
      expect(seen.top, q).toBeLessThan(seen.height);
      expect(seen.nextTop, q).toBeGreaterThan(0);
      expect(w.scripts.every((s) => isHeaderScript(new URL(s).pathname))).toBe(true);
      await w.context.close();
    }
  });

  it.skipIf(!atRoot())('excerpts are clean: no buttons, no citation lines, no words run together', async () => {
    const bad: string[] = [];
    for (const q of ['udskriv', 'skema', 'udgiver', 'marselisborg', 'december', 'kilde', 'praktik', 'feedback']) {
      for (const h of await search(q)) {
        if (/Udskriv tomt skema|Ryd skemaet/.test(h.excerpt)) bad.push(`${q}: knap i ${h.href}: ${h.excerpt}`);
        // a lower-case letter straight before a capital starts a new word, bar a few real words
        if (/[a-zæøå][A-ZÆØÅ]/.test(h.excerpt.replace(/JavaScript|WebAssembly|PPclinic/g, ''))) bad.push(`${q}: ord uden mellemrum i ${h.href}: ${h.excerpt}`);
        if (/^(…\s*)?(Kilde:|[^.]{0,80}\b(19|20)\d\d\),\s*(s\.|dias|afsnit))/.test(h.excerpt)) bad.push(`${q}: kildehenvisning først i ${h.href}: ${h.excerpt}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it.skipIf(!atRoot())('ranks what people mean: the issue’s examples', async () => {
    const sarbare = paths(await search('psykisk sårbare'));
    expect(sarbare[0]).not.toBe(path('/kilder/'));
    expect(sarbare.slice(0, 3)).toContain(path('/mestringsforloeb/'));
    expect(paths(await search('ugenummer')).slice(0, 3)).toContain(path('/mestringsforloeb/planlaegger/'));
    const aftaleguide = paths(await search('aftaleguide'));
    expect(aftaleguide[0]).toBe(path('/skabeloner/aftaleguide-virksomhedspraktik/'));
    expect(aftaleguide).not.toContain(path('/privatliv/'));
    expect(paths(await search('praktik')).slice(0, 3)).toContain(path('/skabeloner/aftaleguide-virksomhedspraktik/'));
  });

  it.skipIf(!atRoot())('a compound the site never uses is split into words it does use', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at(`/soeg/#q=mentorordning`));
    const hits = await readHits(w.page);
    expect(hits.length).toBeGreaterThan(0);
    expect(await w.page.textContent('#search-note')).toMatch(/»mentor«/);
    await w.context.close();
  });

  it('a word typed without ø shows the corrected results and says so, in the header and on /soeg/, before and after the service worker', async () => {
    const w = await watchedPage(browser);
    const expectCorrected = async (note: string) => {
      expect(await w.page.textContent(note)).toMatch(/Viser resultater for »mestringsforløb«\. Søg i stedet efter »mestringsforlob«/);
    };
    // the header, on a content page (no service worker yet)
    await w.page.goto(at('/laeringskatalog/tema-1/'));
    await w.page.click('#site-search');
    await w.page.keyboard.type('mestringsforlob');
    const list = w.page.getByRole('list', { name: 'Søgeresultater' });
    await w.page.waitForFunction(() => /»mestringsforløb«/.test(document.getElementById('site-search-status')?.textContent ?? ''));
    expect(new URL((await list.getByRole('link').first().getAttribute('href'))!, at('/')).pathname).toBe(path('/mestringsforloeb/'));
    await expectCorrected('.header-results-note');
    // the search page (it registers the service worker), then again once the worker serves it
    for (const round of ['uden service worker', 'med service worker']) {
      if (round === 'med service worker') {
        await w.page.evaluate(() => navigator.serviceWorker.ready);
        await w.page.reload();
        await w.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      } else await w.page.goto(at('/soeg/#q=mestringsforlob'));
      const hits = await readHits(w.page);
      expect(paths(hits)[0], round).toBe(path('/mestringsforloeb/'));
      await expectCorrected('#search-note');
    }
    // »Søg i stedet efter« searches as typed: nothing, rather than what »mestring« happens to find
    await w.page.locator('#search-note').getByRole('link', { name: 'mestringsforlob' }).click();
    await w.page.waitForFunction(() => location.hash.includes('som=skrevet') && /^Ingen resultater for »mestringsforlob«/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await readHits(w.page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('filters by content type and source, in the fragment', async () => {
    const all = await search('beredskab');
    const onlyChecklists = await search('beredskab', '&type=Tjekliste');
    expect(onlyChecklists.length).toBeGreaterThan(0);
    expect(onlyChecklists.length).toBeLessThan(all.length);
    expect(onlyChecklists.every((h) => h.path.includes('/tjek/') && h.type === 'Tjekliste')).toBe(true);
    const oneSource = await search('samtale', '&kilde=Jobrettet samtale');
    expect(oneSource.length).toBeGreaterThan(0);
    expect(oneSource.every((h) => h.kilde.includes('Jobrettet samtale'))).toBe(true);
  });

  it('serves the filters\' values (the lists Pagefind\'s own filters() gives) and fetches no filter file for a search without one', async () => {
    const w = await watchedPage(browser);
    const fetched: string[] = [];
    w.page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await w.page.goto(at('/soeg/#q=beredskab'));
    expect((await readHits(w.page)).length).toBeGreaterThan(0);
    expect(fetched.filter((p) => p.includes('/pagefind/filter/'))).toEqual([]);
    const served = await w.page.evaluate(() => Object.fromEntries(['type', 'kilde'].map((f) => [f, [...document.querySelectorAll<HTMLOptionElement>(`#filter-${f} option`)].map((o) => o.value).filter(Boolean)])));
    // A string, not a function: Vitest would rewrite a function's import() for Node.
    const own = (await w.page.evaluate(`(async () => {
      const m = await import('${path('/pagefind/pagefind.js')}');
      const pf = m.createInstance({ basePath: '${path('/pagefind/')}', noWorker: true });
      await pf.options({ noWorker: true });
      await pf.init();
      return pf.filters();
    })()`)) as Record<string, Record<string, number>>;
    const sorted = (o: Record<string, number> | undefined) => Object.keys(o ?? {}).sort((a, b) => a.localeCompare(b, 'da'));
    expect(served).toEqual({ type: sorted(own.type), kilde: sorted(own.kilde) });
    expect(served.kilde?.length ?? 0).toBeGreaterThan(3);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('old links with ?q= still work', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/soeg/?q=opm%C3%A6rksomhedsomr%C3%A5der'));
    expect(paths(await readHits(w.page))).toContain(path('/laeringskatalog/indledning/'));
    await w.context.close();
  });

  it.skipIf(!atRoot())('shows five results at first, five more per click, and moves focus to the first new one', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/soeg/#q=praktik'));
    await readHits(w.page);
    expect(await axeViolations(w.page)).toEqual([]);
    const total = Number((await w.page.textContent('#search-status'))!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(10);
    expect(await w.page.locator('#results > li').count()).toBe(5);
    await w.page.click('#more-results');
    await w.page.waitForFunction(() => document.querySelectorAll('#results > li').length === 10);
    expect(await w.page.evaluate(() => document.activeElement === document.querySelectorAll('#results > li a.hit-link')[5])).toBe(true);
    await w.context.close();
  });

  it('the search form is valid: its action is the search page', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/soeg/'));
    expect(await w.page.getAttribute('#search', 'action')).toBe(path('/soeg/'));
    await w.context.close();
  });
});

describe.skipIf(!atRoot())('search finds', () => {
  const found = async (q: string) => paths(await search(q));
  it('the Indledning by a word from it', async () => {
    expect(await found('opmærksomhedsområder')).toContain(path('/laeringskatalog/indledning/'));
  });

  it('pages by an inflected form ("praktikken")', async () => {
    expect((await found('praktikken')).length).toBeGreaterThan(0);
  });

  it('by compound tails: "praktik" finds the pages that only say "virksomhedspraktik"', async () => {
    const only = builtPages()
      .filter((p) => p.endsWith('/'))
      .filter((p) => {
        const html = readFileSync(join(distDir(), p, 'index.html'), 'utf8');
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<[^>]+>/g, ' ').toLowerCase();
        return /virksomhedspraktik/.test(main) && !/(^|[^a-zæøå])praktik/.test(main);
      });
    expect(only.length).toBeGreaterThan(0);
    const w = await watchedPage(browser);
    await w.page.goto(at('/soeg/#q=praktik'));
    await readHits(w.page);
    const more = w.page.locator('#more-results');
    while (await more.isVisible()) {
      const n = await w.page.locator('#results > li').count();
      await more.click();
      await w.page.waitForFunction((k) => document.querySelectorAll('#results > li').length > k, n);
    }
    const hits = paths(await readHits(w.page));
    for (const p of only) expect(hits).toContain(path(p));
    await w.context.close();
  });

  it('a quoted person by name', async () => {
    expect(await found('Dragana Radic')).toContain(path('/laeringskatalog/tema-1/'));
    expect(await found('Mia Hedlund')).toContain(path('/laeringskatalog/tema-3/'));
  });

  it('nothing for nonsense, and says so', async () => {
    expect(await found('xyzzyqwerty')).toEqual([]);
  });
});

describe('the header search', () => {
  it('without JavaScript is a plain form to the search page', async () => {
    const w = await watchedPage(browser, { javaScriptEnabled: false });
    await w.page.goto(at('/laeringskatalog/indledning/'));
    await w.page.fill('#site-search', 'kontanthjælpsreform');
    await w.page.press('#site-search', 'Enter');
    await w.page.waitForURL(/\/soeg\/\?q=kontanthj/);
    await w.context.close();
  });

  it('a content page loads only the small header script, which loads nothing until the field is used, then all a first search needs at once', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/laeringskatalog/indledning/'));
    await w.page.waitForLoadState('networkidle');
    expect(w.scripts.map((s) => new URL(s).pathname).filter((p) => !isHeaderScript(p))).toEqual([]);
    expect(w.scripts.length).toBeLessThanOrEqual(2); // the header script and its preload helper
    const requests: string[] = [];
    // the tab's icon is the browser's own request, made after the page has loaded, at its leisure
    w.page.on('request', (r) => void (new URL(r.url()).pathname.endsWith('/favicon.svg') || requests.push(r.url())));
    await w.page.waitForTimeout(300);
    expect(requests).toEqual([]);
    // Focus starts everything a first search needs at once: Pagefind's script, metadata and
    // WebAssembly beside the search code. The entry file is in the page, never fetched.
    await w.page.focus('#site-search');
    await expect.poll(() => requests.map((u) => new URL(u).pathname.split('/').pop()!).filter((f) => /^(pagefind\.js|pagefind\..+\.pf_meta|wasm\.da\.pagefind)$/.test(f)).length).toBe(3);
    expect(requests.some((u) => u.includes('pagefind-entry.json'))).toBe(false);
    await w.context.close();
  });

  it('a first search fetches its index chunk while Pagefind’s WebAssembly still downloads, and only once', async () => {
    const w = await watchedPage(browser);
    const chunks: string[] = [];
    let chunkAsked!: () => void;
    const asked = new Promise<void>((r) => (chunkAsked = r));
    w.page.on('request', (r) => {
      if (!r.url().includes('/pagefind/index/')) return;
      chunks.push(r.url());
      chunkAsked();
    });
    // The WebAssembly is held back until the chunk is asked for (or 5 s): Pagefind alone can only
    // ask for it once its WebAssembly runs.
    let beforeWasm = false;
    await w.page.route(/\/pagefind\/wasm\.[^/]*\.pagefind$/, async (route) => {
      beforeWasm = await Promise.race([asked.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5000))]);
      await route.continue();
    });
    await w.page.goto(at('/laeringskatalog/tema-1/'));
    await w.page.click('#site-search');
    await w.page.keyboard.type('praktik');
    await w.page.getByRole('list', { name: 'Søgeresultater' }).getByRole('link').first().waitFor();
    expect(beforeWasm).toBe(true);
    expect(chunks).toHaveLength(1);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('searches too where the host labels Pagefind’s files Content-Encoding: gzip (the browser hands them over inflated)', async () => {
    const w = await watchedPage(browser);
    await w.page.route(/\/pagefind\/.*\.(pf_meta|pf_index|pf_fragment|pagefind)$/, async (route) => {
      const file = readFileSync(join(distDir(), new URL(route.request().url()).pathname.replace(/^.*?\/pagefind\//, 'pagefind/')));
      await route.fulfill({ status: 200, contentType: 'application/octet-stream', body: gunzipSync(file) });
    });
    await w.page.goto(at('/laeringskatalog/tema-1/'));
    await w.page.click('#site-search');
    await w.page.keyboard.type('praktik');
    await w.page.getByRole('list', { name: 'Søgeresultater' }).getByRole('link').first().waitFor();
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('every built page carries Pagefind’s entry file for the header search', () => {
    const entry = readFileSync(join(distDir(), 'pagefind', 'pagefind-entry.json'), 'utf8');
    for (const p of builtPages()) {
      const html = readFileSync(join(distDir(), p.endsWith('/') ? join(p, 'index.html') : p), 'utf8');
      const attr = html.match(/data-pagefind-entry="([^"]*)"/)?.[1];
      expect(attr, p).toBeDefined();
      expect(JSON.parse(attr!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')), p).toEqual(JSON.parse(entry));
    }
  });

  it.skipIf(!atRoot())('shows results as you type: a labelled list of links with a live status, reachable by keyboard', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/laeringskatalog/tema-1/'));
    await w.page.click('#site-search');
    await w.page.keyboard.type('aftaleguide');
    const list = w.page.getByRole('list', { name: 'Søgeresultater' });
    await list.getByRole('link').first().waitFor();
    expect(new URL((await list.getByRole('link').first().getAttribute('href'))!, at('/')).pathname).toBe(path('/skabeloner/aftaleguide-virksomhedspraktik/'));
    expect(await w.page.locator('#site-search-status').textContent()).toMatch(/resultat/);
    expect(await w.page.getAttribute('#site-search-status', 'role')).toBe('status');
    expect(await axeViolations(w.page)).toEqual([]);
    // arrow down moves into the list, Escape closes it and returns to the field
    await w.page.keyboard.press('ArrowDown');
    expect(await w.page.evaluate(() => document.activeElement?.closest('#site-search-results') !== null && document.activeElement?.tagName === 'A')).toBe(true);
    await w.page.keyboard.press('Escape');
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(await list.isVisible()).toBe(false);
    // Enter goes to the search page with the words in the fragment
    await w.page.keyboard.press('Enter');
    await w.page.waitForURL((u) => u.pathname === path('/soeg/') && u.hash === '#q=aftaleguide');
    expect(paths(await readHits(w.page))[0]).toBe(path('/skabeloner/aftaleguide-virksomhedspraktik/'));
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it.skipIf(!atRoot())('at 320 px the results do not make the page wider', async () => {
    const w = await watchedPage(browser, { viewport: { width: 320, height: 640 } });
    for (const p of ['/', '/cases/']) {
      await w.page.goto(at(p));
      await w.page.click('#site-search');
      await w.page.keyboard.type('virksomhedskonsulenterne');
      await w.page.getByRole('list', { name: 'Søgeresultater' }).getByRole('link').first().waitFor();
      expect(await w.page.evaluate(() => document.documentElement.scrollWidth), p).toBeLessThanOrEqual(320);
    }
    await w.context.close();
  });
});

describe.skipIf(!atRoot())('privacy', () => {
  it('with JavaScript, no request the browser makes carries the words typed in the search', async () => {
    // Our own server, so the test sees exactly the request lines that reach a server.
    const { server, url } = await startServer({ dir: distDir(), base: inject('basePath'), port: 0, headers: true });
    const seen: string[] = [];
    server.on('request', (req: { url?: string }) => seen.push(decodeURIComponent(req.url ?? '')));
    const ctx = await browser.newContext();
    try {
      const page = await ctx.newPage();
      await page.goto(`${url}laeringskatalog/tema-2/`);
      await page.click('#site-search');
      await page.keyboard.type('hemmelig gladsaxe');
      await page.waitForSelector('#site-search-status:has-text("resultat")');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/soeg\/#q=/);
      await readHits(page);
      // refine on the search page and open a result
      await page.fill('#q', 'gladsaxe hemmeligt');
      await page.press('#q', 'Enter');
      await page.waitForFunction(() => location.hash.includes('hemmeligt'));
      await readHits(page);
      await page.fill('#q', 'gladsaxe');
      await page.press('#q', 'Enter');
      await page.waitForFunction(() => location.hash === '#q=gladsaxe');
      await page.waitForSelector('#results > li a.hit-link');
      await page.click('#results > li:first-child a.hit-link');
      await page.waitForLoadState('load');
      expect(seen.length).toBeGreaterThan(5);
      expect(seen.filter((u) => /hemmelig|gladsaxe/i.test(u.replace(/\/projekter\/gladsaxe\//, '')))).toEqual([]);
      // What the server can see is what /privatliv/ says: an index chunk per word, the found
      // pages' text, and the site's words when a word is not on the site (»hemmelig«).
      const search = seen.filter((u) => u.includes('/pagefind/'));
      expect(search.some((u) => /\/pagefind\/index\/[^/]+\.pf_index$/.test(u))).toBe(true);
      expect(search.some((u) => /\/pagefind\/fragment\/[^/]+\.pf_fragment$/.test(u))).toBe(true);
      expect(search.some((u) => u.endsWith('/pagefind/vocabulary.txt'))).toBe(true);
      await page.goto(`${url}privatliv/`);
      const said = (await page.textContent('#soegning-log'))!.replace(/\s+/g, ' ');
      for (const part of ['den del af indekset, der dækker det stykke af alfabetet, ordet ligger i', 'teksten til de sider, søgningen finder', 'en liste over sitets ord', 'men ikke selve ordene']) expect(said).toContain(part);
    } finally {
      await ctx.close();
      server.close();
    }
  });
});
