/** Selvtjek in Chromium: keeping, exporting, importing, sharing, bad input, print (the team round and the comparison: team.test.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { at, launch, watchedPage } from './browser';
import { isA4Portrait, printToPdf } from './pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const URL_ = '/tjek/tjek-jobcentrets-beredskab/';
const ready = (page: Page) => page.locator('.selvtjek .question').first().waitFor();
const questions = (page: Page) => page.locator('.selvtjek fieldset.question');
/** Answer question i (0-based) with the option label. */
const answer = (page: Page, i: number, label: string) => questions(page).nth(i).getByLabel(label, { exact: true }).check();
/** pdftotext lays text out in lines and columns; compare on single spaces. */
const flat = (t: string) => t.replace(/\s+/g, ' ');
/** A bullet of »Udvikle nye og mere jobrettede tilbud« and one of »Styrke det tværgående samarbejde« (Læringskatalog, tema 1). */
const ADVICE_JOBRETTEDE_TILBUD = 'intensive, tværfaglige forløb med direkte overgang til virksomhedsrettet indsats';
const ADVICE_TVAERGAAENDE = 'sundhedsundervisning på jobcentrets kursusforløb';
const checked = (page: Page) =>
  page.$$eval('.selvtjek fieldset.question', (fs) => fs.map((f) => (f.querySelector('input[type=radio]:checked') as HTMLInputElement | null)?.value ?? null));
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

async function exportFile(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportér vurderingen til fil' }).click()]);
  return (await download.path())!;
}

describe('selvtjek', () => {
  it('without JavaScript, the checklist is a printable list of its questions', async () => {
    const w = await watchedPage(browser, { javaScriptEnabled: false });
    await w.page.goto(at(URL_));
    expect(await w.page.locator('.selvtjek.static li').count()).toBeGreaterThanOrEqual(8);
    expect(await w.page.locator('input[type=radio]').count()).toBe(0);
    const pdf = await printToPdf(w.page, 'selvtjek-nojs');
    expect(pdf.text).toContain('Forbereder I borgerne');
    await w.context.close();
  });

  it('answers are kept after reload, with keyboard-only answering, a note and progress', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at(URL_));
    await ready(w.page);
    const total = await questions(w.page).count();
    expect(total).toBe(8);
    // keyboard: focus the first radio of question 1, arrow to "Delvist", space is not needed (arrows select)
    await questions(w.page).nth(0).getByLabel('Ja', { exact: true }).focus();
    await w.page.keyboard.press('ArrowRight');
    await answer(w.page, 1, 'Nej');
    await answer(w.page, 2, 'Ja');
    await questions(w.page).nth(1).getByLabel('Note (valgfri)').fill('Vi mangler et for-forløb.');
    expect(await w.page.locator('.progress-row label').innerText()).toContain('Besvaret: 3 af 8');
    await w.page.reload();
    await ready(w.page);
    expect((await checked(w.page)).slice(0, 3)).toEqual(['delvist', 'nej', 'ja']);
    expect(await questions(w.page).nth(1).getByLabel('Note (valgfri)').inputValue()).toBe('Vi mangler et for-forløb.');
    // the action list links what the source says for each Nej/Delvist
    const actions = w.page.locator('.action-list > li');
    expect(await actions.count()).toBe(2);
    expect(await actions.nth(1).locator('a').count()).toBeGreaterThan(0);
    expect(await w.page.locator('.save-status').innerText()).toMatch(/Senest (gemt|ændret)/);
    expect(await axe(w.page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('export → clear all data → import gives identical answers; a bad import changes nothing', async () => {
    const w = await watchedPage(browser, { acceptDownloads: true });
    await w.page.goto(at(URL_));
    await ready(w.page);
    const labels = ['Ja', 'Nej', 'Delvist', 'Ved ikke', 'Ja', 'Nej', 'Ja', 'Delvist'];
    for (let i = 0; i < labels.length; i++) await answer(w.page, i, labels[i]!);
    await questions(w.page).nth(3).getByLabel('Note (valgfri)').fill('Note der skal med i filen');
    const before = await checked(w.page);
    const file = await exportFile(w.page);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json.tool).toBe('Selvtjek');
    expect(json.checklist.id).toBe('tjek-jobcentrets-beredskab');
    expect(json.version).toBe(2);
    expect(await w.page.locator('.save-status').innerText()).toContain('Senest eksporteret');

    w.page.once('dialog', (d) => d.accept());
    await w.page.getByRole('button', { name: 'Slet alle data' }).click();
    await expect.poll(() => checked(w.page)).toEqual(Array(8).fill(null));
    expect(await w.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('laeringskatalog:selvtjek') && localStorage.getItem(k)!.includes('"ja"')))).toEqual([]);

    await w.page.locator('.tools input[type=file]').first().setInputFiles(file);
    await expect.poll(() => checked(w.page)).toEqual(before);
    expect(await questions(w.page).nth(3).getByLabel('Note (valgfri)').inputValue()).toBe('Note der skal med i filen');

    // bad files: a clear message, answers untouched
    const dir = mkdtempSync(join(tmpdir(), 'lk-bad-'));
    const bad: [string, string, RegExp][] = [
      ['ikke-json.json', 'dette er ikke json', /kan ikke læses/],
      ['anden-tjekliste.json', JSON.stringify({ ...json, checklist: { id: 'tjek-samarbejdet-mellem-borger-og-jobcenter', titel: 'Tjek samarbejdet mellem borger og jobcenter' }, assessment: { ...json.assessment, checklist: 'tjek-samarbejdet-mellem-borger-og-jobcenter' } }), /ikke af »Tjek jobcentrets beredskab«/],
      ['nyere.json', JSON.stringify({ ...json, version: 99 }), /nyere version/],
      ['for-stor.json', 'x'.repeat(300_000), /for stor/],
    ];
    for (const [name, content, msg] of bad) {
      const p = join(dir, name);
      writeFileSync(p, content);
      await w.page.locator('.tools input[type=file]').first().setInputFiles(p);
      await expect.poll(() => w.page.getByRole('alert').first().innerText()).toMatch(msg);
      expect(await checked(w.page)).toEqual(before);
    }
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('corrupted saved data is set aside: a message, the data can be saved as a file, and the tool works and keeps it', async () => {
    const w = await watchedPage(browser, { acceptDownloads: true });
    await w.page.goto(at(URL_));
    await ready(w.page);
    const broken = '{"v":2,"data":{"assessments":[{"id":1}]';
    await w.page.evaluate((raw) => localStorage.setItem('laeringskatalog:selvtjek', raw), broken);
    await w.page.reload();
    await ready(w.page);
    const aside = w.page.locator('.set-aside');
    await expect.poll(() => aside.innerText()).toContain('Noget af det gemte kunne ikke læses og er lagt til side.');
    const [download] = await Promise.all([w.page.waitForEvent('download'), aside.getByRole('button', { name: 'Gem som fil' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(broken);
    // The tool works and saves; the unreadable data is kept next to the new answers until the user removes it.
    await answer(w.page, 0, 'Ja');
    expect(await w.page.evaluate(() => localStorage.getItem('laeringskatalog:selvtjek'))).toContain(JSON.stringify(broken).slice(1, -1));
    w.page.once('dialog', (d) => d.accept());
    await aside.getByRole('button', { name: 'Fjern' }).click();
    await expect.poll(() => aside.count()).toBe(0);
    await w.page.reload();
    await ready(w.page);
    expect((await checked(w.page))[0]).toBe('ja');
    expect(await w.page.locator('.set-aside').count()).toBe(0);
    await w.context.close();
  });

  it('storage blocked (private mode): the tool works for the session and says answers are not kept', async () => {
    const w = await watchedPage(browser);
    await w.context.addInitScript(() => {
      const fail = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: fail });
    });
    await w.page.goto(at(URL_));
    await ready(w.page);
    expect(await w.page.getByRole('status').filter({ hasText: 'bliver ikke gemt' }).count()).toBeGreaterThan(0);
    await answer(w.page, 0, 'Delvist');
    expect((await checked(w.page))[0]).toBe('delvist');
    expect(await w.page.locator('.action-list > li').count()).toBe(1);
    await w.context.close();
  });

  it('a share link carries the answers (not the notes), opens in a fresh context, and a tampered one is refused', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at(URL_));
    await ready(w.page);
    await answer(w.page, 0, 'Nej');
    await answer(w.page, 4, 'Delvist');
    await questions(w.page).nth(0).getByLabel('Note (valgfri)').fill('HEMMELIG NOTE');
    await w.page.getByRole('button', { name: 'Lav delingslink' }).click();
    const link = await w.page.getByLabel('Delingslink').inputValue();
    expect(link).toContain('#svar=');
    expect(link.length).toBeLessThan(2000);
    expect(decodeURIComponent(link)).not.toContain('HEMMELIG');
    await w.context.close();

    const fresh = await watchedPage(browser);
    await fresh.page.goto(link);
    await fresh.page.getByRole('button', { name: 'Indlæs svarene' }).click();
    await expect.poll(() => checked(fresh.page)).toEqual(['nej', null, null, null, 'delvist', null, null, null]);
    expect(await questions(fresh.page).nth(0).getByLabel('Note (valgfri)').inputValue()).toBe('');
    expect(fresh.page.url()).not.toContain('svar=');
    await fresh.context.close();

    const tampered = await watchedPage(browser);
    const [head, data] = link.split('#svar=');
    await tampered.page.goto(`${head}#svar=${data!.slice(0, -3)}${data!.slice(-3) === 'AAA' ? 'BBB' : 'AAA'}`);
    await expect.poll(() => tampered.page.getByRole('alert').first().innerText()).toContain('Linket kan ikke bruges.');
    expect(await checked(tampered.page)).toEqual(Array(8).fill(null));
    await tampered.context.close();
  });

  it('prints an A4 report with name, answers, notes, results and the action list with what the sources recommend', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at(URL_));
    await ready(w.page);
    await w.page.getByLabel('Navn på vurderingen').fill('Teammøde marts 2027');
    const labels = ['Ja', 'Nej', 'Delvist', 'Ja', 'Nej', 'Ja', 'Ja', 'Delvist'];
    for (let i = 0; i < labels.length; i++) await answer(w.page, i, labels[i]!);
    await questions(w.page).nth(1).getByLabel('Note (valgfri)').fill('Note til rapporten');
    // on screen, each gap shows the recommendation's heading and its explanation
    const first = w.page.locator('.action-list > li').first();
    expect(await first.innerText()).toContain('Udvikle nye og mere jobrettede tilbud');
    expect(await first.textContent()).toContain(ADVICE_JOBRETTEDE_TILBUD);
    const pdf = await printToPdf(w.page, 'selvtjek-rapport');
    const text = flat(pdf.text);
    expect(isA4Portrait(pdf.size)).toBe(true);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.pages).toBeLessThanOrEqual(6);
    expect(text).toContain('Teammøde marts 2027');
    expect(text).toContain('Note til rapporten');
    expect(text).toContain('Svar: Nej');
    expect(text).toContain('Svar pr. område');
    expect(text).toContain('Handlingsliste');
    // the recommendations' own explanations, for every gap that has one
    expect(text).toContain('Udvikle nye og mere jobrettede tilbud');
    expect(text).toContain(ADVICE_JOBRETTEDE_TILBUD);
    expect(text).toContain(ADVICE_TVAERGAAENDE);
    expect(text).toContain('Læringskatalog (DISCUS, August 2014), s. 7–8');
    expect(text).not.toContain('Lav delingslink');
    expect(text).not.toContain('Teamvisning');
    expect(text).not.toContain('Sammenlign to vurderinger');
    await w.context.close();
  });
});
