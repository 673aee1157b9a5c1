/**
 * Fidelity corrections of issue 15 as the reader sees them in the built pages (DIST_DIR): page
 * lists in citations sorted and merged, the front page's description of the five documents,
 * the site's own readings and wordings labelled as such, the planner quoting its source with
 * pages. The content entries behind them are checked in tests/unit/fidelity.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { at, builtPages, hydrated, launch, watchedPage } from './browser';
import { visibleText } from '../helpers/visible-text';
import { mergePages } from '../../src/lib/citation';

const dist = inject('distDir');
const file = (p: string) => join(dist, p.endsWith('.html') ? p : join(p, 'index.html'));
const html = (p: string) => readFileSync(file(p), 'utf8');
const text = (p: string) => visibleText(html(p)).join('\n');
const main = (p: string) => {
  const h = html(p);
  return visibleText(h.slice(h.indexOf('<main'), h.indexOf('</main>') + 7)).join('\n');
};

describe('citations: one sorted, merged form of page lists everywhere', () => {
  const LIST = /(?:\bs\.|\bdias|\bafsnit) (\d+(?:\.\d+)*(?:–\d+(?:\.\d+)*)?(?:, \d+(?:\.\d+)*(?:–\d+(?:\.\d+)*)?)*)/g;

  it('on /motivationsfaktorer/ and /anbefalinger/ (where the issue found »s. 2, 4, 3, 2« and »s. 21, 14, 6, …«)', () => {
    expect(text('/motivationsfaktorer/')).toContain('Halsnæs Kommune), s. 2–4');
    expect(text('/anbefalinger/')).toContain('Læringskatalog (DISCUS, August 2014), s. 6–8, 14–15, 21–22');
  });

  it('every page list in every citation of every page is sorted and merged', () => {
    const bad: string[] = [];
    for (const p of builtPages(dist)) {
      const cites = [...html(p).matchAll(/<(p|span|div)[^>]*(?:data-citation|class="(?:kildeside|page-source|footer-source|muted)")[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => visibleText(`<p>${m[2]}</p>`).join(' '));
      for (const c of cites) for (const m of c.matchAll(LIST)) if (mergePages(m[1]!) !== m[1]) bad.push(`${p}: »${m[0]}«`);
    }
    expect(bad).toEqual([]);
  });
});

describe('the front page describes the five documents as they are', () => {
  it('two of them are a notat and a slide deck, and three state no year', () => {
    const t = main('/');
    expect(t).not.toMatch(/fem danske rapporter/);
    expect(t).toMatch(/notat/);
    expect(t).toMatch(/oplæg/);
    // 000 states no year (it refers to the beskæftigelsesplan for 2018), nor do 001 and 003.
    expect(t).toMatch(/To af dem er fra 2013 og 2014; tre angiver ikke et år\./);
    expect(t).not.toMatch(/2018/);
  });

  it('no page calls the five documents »fem rapporter«', () => {
    expect(builtPages(dist).filter((p) => /fem (danske )?rapporter/.test(text(p) + html(p).match(/<meta name="description" content="([^"]*)"/)?.[1]))).toEqual([]);
  });
});

describe('the site\'s own readings and wordings say so', () => {
  it('cases s. 9 and s. 10 (»Tilbage til tidligere branche«): »Det gjorde forskellen« is the site\'s reading', () => {
    for (const id of ['fra-ledighed-og-misbrug-til-uddannelse', 'tilbage-til-tidligere-branche']) expect(main(`/cases/${id}/`), id).toMatch(/Sitets læsning/);
    for (const id of ['fra-pensionsoenske-til-ordinaert-job', 'fra-ledighed-til-job-med-loentilskud']) expect(main(`/cases/${id}/`), id).not.toMatch(/Sitets læsning/);
  });

  it('the templates say which are the source\'s own forms and which are the site\'s wording', () => {
    const index = main('/skabeloner/');
    expect(index).not.toMatch(/Skemaerne er bygget af kildernes egne overskrifter og spørgsmål\./);
    for (const id of ['livshjul', 'hhh-ark']) expect(main(`/skabeloner/${id}/`), id).toMatch(/Sitets formulering/);
    expect(main('/skabeloner/aftaleguide-virksomhedspraktik/')).not.toMatch(/Sitets formulering/);
  });

  it('the paratviden self-assessment (dias 44) words the answers of handlinger and kilder as the source\'s columns', () => {
    const t = main('/jobrettet-samtale/viden-om-arbejdsmarkedet/');
    expect(t).toContain('Jeg har aktuel viden fra at anvende muligheden');
    expect(t).toContain('Jeg anvender den nævnte kilde tilstrækkeligt');
    // The two slips corrected in those answers are said, not silent.
    expect(t).toMatch(/Rettet af sitet: Kilden skriver »Jeg har et lettere behov for at få at få mere viden/);
    expect(t).toMatch(/Rettet af sitet: Kilden skriver »Jeg har et lettere behov for at får mere viden/);
  });

  it('Wahlgren\'s factors and the feedback model are marked as grouped by the site', () => {
    expect(main('/jobrettet-samtale/laering/')).toMatch(/Sitets læsning/);
    expect(main('/jobrettet-samtale/feedback/')).toMatch(/Sitets læsning/);
  });
});

describe('other corrections', () => {
  it('says the Læringskatalog text ends after page 22', () => {
    for (const p of ['/laeringskatalog/', '/laeringskatalog/tema-3/', '/kilder/']) {
      expect(text(p), p).not.toMatch(/midt på side 22|ikke gengivet helt/);
      expect(text(p), p).toMatch(/slutter efter side 22/);
    }
  });

  it('the project pages of Gladsaxe, Brøndby and Glostrup carry the s. 12 mentions', () => {
    expect(main('/projekter/gladsaxe/')).toMatch(/hele viften af tilbud/);
    for (const id of ['broendby', 'glostrup']) expect(main(`/projekter/${id}/`), id).toMatch(/virksomheder besøges eller kommer i jobcentret/);
    for (const id of ['gladsaxe', 'broendby', 'glostrup']) expect(main(`/projekter/${id}/`), id).toMatch(/s\. 12\b/);
  });

  it('/kilder/ lists what is missing from 000 and 003 as it does for 002', () => {
    const h = html('/kilder/');
    for (const id of ['laeringskatalog', 'empowerment-og-motivation', 'jobrettet-samtale']) {
      const section = h.slice(h.indexOf(`id="${id}"`));
      expect(section.slice(0, section.indexOf('</section>')), id).toContain('Ikke i kildeteksten');
    }
  });

  it('the planner quotes s. 5 (18 weeks, a description) and s. 23 (efterværn) with their pages', () => {
    const t = main('/mestringsforloeb/planlaegger/');
    expect(t).toMatch(/mindst 18 uger \(s\. 5\)/);
    expect(t).toMatch(/efter behov \(s\. 23\)/);
    expect(t).not.toMatch(/anbefaler et forløb på mindst 18 uger/);
    // Figur 1 (s. 4) gives »1-4 uger« for forberedelse, the table on s. 9 »2 til 4 ugers forberedelse«.
    expect(t).toMatch(/forberedelse \(1–4 uger ifølge figur 1 på s\. 4; tabellen på s\. 9 siger 2 til 4 uger\)/);
  });

  it('has the reflection questions of dias 41 and 56', () => {
    expect(main('/jobrettet-samtale/erfaringer/')).toContain('Hvad ser I som vigtige forudsætninger for at implementere Den Jobrettede samtale i jeres organisation?');
    expect(main('/jobrettet-samtale/viden-om-arbejdsmarkedet/')).toContain('Hvordan skabes gode rammer for medarbejdernes læring, videndeling og rolletilpasning?');
  });
});

describe('in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Selvtjek offers each part of the paratviden checklist its own answers', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at('/tjek/paratviden-om-det-lokale-arbejdsmarked/'));
    await hydrated(w.page);
    const areas = w.page.locator('.selvtjek section.area');
    await areas.first().locator('fieldset.question').first().waitFor();
    const labels = async (i: number) => (await areas.nth(i).locator('fieldset.question').first().locator('label.answer').allInnerTexts()).map((s) => s.trim());
    expect(await labels(0)).toEqual([
      'Jeg har aktuel viden fra at anvende muligheden',
      'Jeg har et lettere behov for at få mere viden ved at anvende muligheden',
      'Jeg har et væsentligt behov for at få mere viden ved at anvende muligheden',
    ]);
    expect(await labels(1)).toEqual([
      'Jeg anvender den nævnte kilde tilstrækkeligt',
      'Jeg har et lettere behov for at få mere viden via den nævnte kilde',
      'Jeg har et væsentligt behov for at få mere viden via den nævnte kilde',
    ]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});
