/** Selvtjek in Chromium: keeping, exporting, importing, sharing, bad input, print (the team round and the comparison: team.test.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { at, atRoot, launch, watchedPage } from './browser';
import { isA4Portrait, printToPdf } from './pdf';
import { axeViolations } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const URL_ = '/tjek/tjek-jobcentrets-beredskab/';
/** The island has hydrated and read what is saved (the served page already holds the form). */
const ready = (page: Page) => page.locator('.selvtjek[data-loaded] .question').first().waitFor();
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

async function exportFile(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportér vurderingen til fil' }).click()]);
  return (await download.path())!;
}

describe('selvtjek', () => {
  it.skipIf(!atRoot())('without JavaScript, the questions show and print as a list, and the page says what needs JavaScript', async () => {
    const w = await watchedPage(browser, { javaScriptEnabled: false });
    await w.page.goto(at(URL_));
    expect(await questions(w.page).count()).toBe(8);
    expect(await w.page.locator('.selvtjek legend').first().isVisible()).toBe(true);
    // the tool's controls are in the page but hidden: nothing to click that would not work
    expect(await w.page.locator('input[type=radio]').count()).toBe(32);
    expect(await w.page.locator('input[type=radio]:visible, textarea:visible, .selvtjek button:visible').count()).toBe(0);
    expect(await w.page.locator('main').innerText()).toMatch(/Uden JavaScript kan du læse og udskrive spørgsmålene\. At svare, gemme svarene, se resultatet .* kræver JavaScript\./);
    const pdf = await printToPdf(w.page, 'selvtjek-nojs');
    expect(pdf.text).toContain('Forbereder I borgerne');
    expect(pdf.text).not.toContain('Ikke besvaret');
    await w.context.close();
  });

  it.skipIf(!atRoot())('the served page is the tool: same form, ids and layout before and after hydration; early answers and notes are kept; no layout shift; a question anchor stays in view', async () => {
    const LONG = '/tjek/klar-til-mestringsforloeb/';
    const layout = (page: Page) =>
      page.evaluate(() => ({
        results: Math.round(document.querySelector('.selvtjek .results')!.getBoundingClientRect().top + scrollY),
        questions: [...document.querySelectorAll('.selvtjek fieldset.question')].map((f) => `${f.id}@${Math.round(f.getBoundingClientRect().top + scrollY)}`),
        radios: document.querySelectorAll('.selvtjek input[type=radio]').length,
        notes: document.querySelectorAll('.selvtjek textarea').length,
      }));
    // The served HTML with JavaScript on but the island's code held back …
    const w = await watchedPage(browser, { viewport: { width: 390, height: 800 } });
    await w.context.addInitScript(() => {
      const win = window as unknown as { __cls: number };
      win.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) win.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await w.page.route(/\/_astro\/Selvtjek\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await w.page.goto(at(LONG));
    const served = await layout(w.page);
    expect(served.radios).toBe(served.questions.length * 4);
    expect(served.notes).toBe(served.questions.length);
    // … the reader answers and writes before the tool has loaded …
    await questions(w.page).nth(1).getByLabel('Nej', { exact: true }).check();
    await questions(w.page).nth(2).getByLabel('Note (valgfri)').fill('Skrevet før siden var klar');
    release();
    await ready(w.page);
    // … and nothing moved when it hydrated, and what the reader did is kept and saved
    // (the action list below the results grows with the answer; everything above it stays put)
    expect(await layout(w.page)).toEqual(served);
    await expect.poll(() => checked(w.page).then((c) => c.slice(0, 3))).toEqual([null, 'nej', null]);
    expect(await questions(w.page).nth(2).getByLabel('Note (valgfri)').inputValue()).toBe('Skrevet før siden var klar');
    await expect.poll(() => w.page.evaluate(() => localStorage.getItem('laeringskatalog:selvtjek') ?? '')).toContain('Skrevet før siden var klar');
    expect(await w.page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThanOrEqual(0.02);
    // The questions are the recommendations: the gap's question links to its recommendation, and
    // the heading is not given a second time above the explanation
    const gap = w.page.locator('.action-list > li').first();
    const heading = (await questions(w.page).nth(1).locator('legend').innerText()).replace(/^\d+\.\s*/, '').trim();
    expect(await gap.locator('.action-question a').innerText()).toBe(heading);
    expect((await gap.innerText()).split(heading)).toHaveLength(2);
    expect(await gap.locator('summary').innerText()).toBe('Det anbefaler kilden');
    // On a phone the assessment bar's fields stack, each as tall as its label and control (a
    // flex basis meant for their width once made each 12rem tall, with empty space beneath)
    const slack = await w.page.locator('.assessment-bar .fields-row > .field').evaluateAll((fields) =>
      fields.map((f) => Math.round(f.getBoundingClientRect().height - [...f.children].reduce((h, c) => h + c.getBoundingClientRect().height, 0))),
    );
    expect(slack).toHaveLength(3);
    for (const s of slack) expect(s).toBeLessThan(16);

    // A returning reader (saved answers) who lands on a question far down, as a search result does:
    // the question is in view once the tool has hydrated and read the saved answers, with no shift.
    const last = served.questions.at(-1)!.split('@')[0]!;
    await w.page.unrouteAll();
    await w.page.goto('about:blank');
    await w.page.goto(at(`${LONG}#${last}`));
    await ready(w.page);
    await w.page.waitForTimeout(300);
    const box = await w.page.locator(`[id="${last}"]`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(800);
    expect(await w.page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThanOrEqual(0.02);
    // What the browser puts back into the served form on reload is not taken for the reader's input:
    // after »Slet alle data« in another tab, a reload shows no answer and no note.
    await questions(w.page).nth(0).getByLabel('Ja', { exact: true }).check();
    await questions(w.page).nth(0).getByLabel('Note (valgfri)').fill('Gammel note');
    await w.page.evaluate(() => localStorage.clear());
    await w.page.reload();
    await ready(w.page);
    expect((await checked(w.page)).filter(Boolean)).toEqual([]);
    expect(await w.page.locator('.selvtjek textarea').evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value).filter(Boolean))).toEqual([]);
    expect(await w.page.evaluate(() => localStorage.getItem('laeringskatalog:selvtjek'))).toBeNull();
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it.skipIf(!atRoot())('issue 20: each answer is announced once, »Ny vurdering« announces no comparison, and the wording says whose reading a link is and where the team view is', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(at(URL_));
    await ready(w.page);
    const live = () => w.page.$$eval('.selvtjek [aria-live], .selvtjek [role=status]', (els) => els.map((e) => e.textContent!.trim()).filter(Boolean));
    await answer(w.page, 0, 'Nej');
    await expect.poll(live).toEqual(['1 af 8 spørgsmål besvaret.']);
    // the action list: the 002 checklist pairs the question with a tiltag; that is the site's reading
    const first = w.page.locator('.action-list > li').first();
    expect(await first.innerText()).toContain('(sitets henvisning; kilden forbinder ikke spørgsmålet og tiltaget)');
    expect(await first.locator('summary').first().innerText()).toBe('Sådan har jobcentre gjort');
    expect(await w.page.locator('main').innerText()).not.toContain('Det anbefaler kilden');
    // a new, empty assessment: the comparison says there is nothing to compare, and nothing is announced
    await w.page.getByRole('button', { name: 'Ny vurdering' }).click();
    await w.page.locator('.compare').waitFor();
    expect(await w.page.locator('.compare').innerText()).toContain('»Vurdering 2« har ingen svar endnu, så der er intet at sammenligne.');
    expect((await live()).join(' ')).not.toMatch(/svar er ændret/);
    expect(await w.page.locator('.tools').innerText()).toMatch(/teamrunden ovenfor/);
    expect(await w.page.locator('.tools').innerText()).not.toMatch(/nedenfor/);

    // paratviden: no »Nej«/»Delvist« help, and the summaries in each part's own column wording
    await w.page.goto(at('/tjek/paratviden-om-det-lokale-arbejdsmarked/'));
    await ready(w.page);
    const main = await w.page.locator('main').innerText();
    expect(main).not.toMatch(/»Nej«|»Delvist«/);
    const results = await w.page.locator('.results').innerText();
    expect(results).toContain('Svar pr. område: Handlinger');
    expect(results).toContain('Jeg har aktuel viden fra at anvende muligheden');
    expect(results).toContain('Jeg anvender den nævnte kilde tilstrækkeligt');
    expect(results).not.toContain('Anvender tilstrækkeligt');
    expect(await axeViolations(w.page)).toEqual([]);
    await w.context.close();
  });

  it.skipIf(!atRoot())('issue 24: an answer to a reworded question is marked until confirmed; an assessment of a checklist the site no longer has is shown, can be saved and deleted', async () => {
    const w = await watchedPage(browser, { acceptDownloads: true });
    await w.page.goto(at(URL_));
    await ready(w.page);
    const ids = await w.page.$$eval('.selvtjek fieldset.question', (fs) => fs.map((f) => f.id.replace(/^spoergsmaal-/, '')));
    const t = '2026-11-02T09:00:00.000Z';
    const stamp = Date.parse(t);
    const own = { id: 'egen', checklist: 'tjek-jobcentrets-beredskab', name: 'Marts', date: '2026-11-02', answers: { [ids[0]!]: 'nej', [ids[1]!]: 'ja' }, notes: {}, updatedAt: t, stamps: { [`a:${ids[0]}`]: stamp, [`a:${ids[1]}`]: stamp }, fingerprints: { [ids[0]!]: '00000000' } };
    const gone = { id: 'gammel', checklist: 'en-fjernet-tjekliste', name: 'Fra en gammel tjekliste', date: '2026-10-01', answers: { x: 'ja' }, notes: {}, updatedAt: t, stamps: {} };
    await w.page.evaluate((data) => localStorage.setItem('laeringskatalog:selvtjek', JSON.stringify({ v: 3, savedAt: '2026-11-02T09:00:00.000Z', data })), { assessments: [own, gone], activeId: 'egen', deleted: {}, setAside: [] });
    await w.page.reload();
    await ready(w.page);
    // the answer is kept, and marked at its question (and counted at the top)
    expect((await checked(w.page)).slice(0, 2)).toEqual(['nej', 'ja']);
    const first = questions(w.page).nth(0);
    expect(await first.locator('.reworded').innerText()).toContain('Spørgsmålet er ændret, siden du svarede.');
    expect(await questions(w.page).nth(1).locator('.reworded').count()).toBe(0);
    expect(await w.page.locator('.selvtjek').innerText()).toContain('1 af dine svar hører til et spørgsmål, der er ændret, siden du svarede.');
    // the assessment of a checklist the site no longer has is listed, with its file
    const orphans = w.page.locator('.orphans');
    expect(await orphans.innerText()).toContain('»Fra en gammel tjekliste« (1. oktober 2026), tjeklisten »en-fjernet-tjekliste«, 1 svar.');
    const [download] = await Promise.all([w.page.waitForEvent('download'), orphans.getByRole('button', { name: 'Gem som fil' }).click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).assessment).toMatchObject({ id: 'gammel', checklist: 'en-fjernet-tjekliste', answers: { x: 'ja' } });
    expect(await axeViolations(w.page)).toEqual([]);
    // »Svaret gælder stadig« keeps the answer for today's wording; focus goes to the answer
    await first.getByRole('button', { name: 'Svaret gælder stadig' }).click();
    await expect.poll(() => first.locator('.reworded').count()).toBe(0);
    expect(await w.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('nej');
    const saved = await w.page.evaluate(() => JSON.parse(localStorage.getItem('laeringskatalog:selvtjek')!).data.assessments.find((a: { id: string }) => a.id === 'egen'));
    expect(saved.answers[ids[0]!]).toBe('nej');
    expect(saved.fingerprints[ids[0]!]).toMatch(/^[0-9a-f]{8}$/);
    expect(saved.fingerprints[ids[0]!]).not.toBe('00000000');
    // deleting the orphan asks, then it is gone for good
    w.page.once('dialog', (d) => d.accept());
    await orphans.getByRole('button', { name: 'Slet' }).click();
    await expect.poll(() => w.page.locator('.orphans').count()).toBe(0);
    await w.page.reload();
    await ready(w.page);
    expect(await w.page.locator('.orphans, .reworded').count()).toBe(0);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it.skipIf(!atRoot())('answers are kept after reload, with keyboard-only answering, a note and progress', async () => {
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
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it.skipIf(!atRoot())('export → clear all data → import gives identical answers; a bad import changes nothing', async () => {
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

  it.skipIf(!atRoot())('corrupted saved data is set aside: a message, the data can be saved as a file, and the tool works and keeps it', async () => {
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

  it.skipIf(!atRoot())('storage blocked (private mode): the tool works for the session and says answers are not kept', async () => {
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

  it.skipIf(!atRoot())('prints an A4 report with name, answers, notes, results and the action list with what the sources recommend', async () => {
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
