/**
 * Issue 21, "Min plan never loses a note": each reproduction tried again in Chromium, where only a
 * browser shows it (real typing in a date field, ticking on the hub, what the page shows). The
 * rules behind them are unit and property tests (plan-*.test.ts, properties-merge.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { at, atRoot, hydrated, launch, watchedPage } from './browser';
import { entryText, unzip } from '../helpers/office-files';
import { printToPdf } from './pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PLAN_KEY = 'laeringskatalog:plan';
const REC = 'mf-specificer-maalgruppen';
const storedPlan = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), PLAN_KEY)) ?? 'null')?.data;
/** Puts a plan in storage as the tool saves it (version 2). */
const savePlan = (page: Page, items: { id: string; titel?: string; note?: string; ansvarlig?: string; dato?: string }[]) =>
  page.evaluate(
    ([key, list]) => {
      const now = Date.now();
      const data = { items: list.map((i, pos) => ({ note: '', ansvarlig: '', dato: '', ...i, changedAt: now - 1000, pos })), removed: {}, setAside: [] };
      localStorage.setItem(key, JSON.stringify({ v: 2, savedAt: new Date(now).toISOString(), data }));
    },
    [PLAN_KEY, items] as const,
  );
/** Every `aria-describedby` points at elements that exist; nothing is marked invalid. */
const untouchedFieldsOk = (page: Page) =>
  page.evaluate(() => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll('[aria-invalid="true"]')) bad.push(`aria-invalid: #${el.id}`);
    for (const el of document.querySelectorAll('[aria-describedby]')) {
      for (const id of el.getAttribute('aria-describedby')!.split(/\s+/)) if (id && !document.getElementById(id)) bad.push(`#${el.id} → #${id} findes ikke`);
    }
    return bad;
  });

// Typing in a date field cannot depend on the base path: root run only.
describe.skipIf(!atRoot())('issue 21, cases 4–5: one date rule, a stored date changes only to a complete valid date', () => {
  it('Min plan: typing an impossible or out-of-range date over a saved one keeps the saved one and says so; Enter and leaving the page save a valid one', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await page.goto(at('/anbefalinger/min-plan/'));
    await savePlan(page, [{ id: REC, dato: '2026-06-15' }]);
    await page.reload();
    await hydrated(page);
    const dato = page.getByLabel('Dato', { exact: true });
    await expect.poll(() => dato.inputValue()).toBe('2026-06-15');
    expect(await untouchedFieldsOk(page)).toEqual([]);
    const stored = async () => (await storedPlan(page)).items[0].dato;
    const message = async () => page.locator(`[id="${(await dato.getAttribute('aria-describedby'))!.split(' ')[0]}"]`).innerText();

    // 02/30/2026 (en-US order): the field passes through 2026-02-15 and 2026-02-03 on the way
    await dato.focus();
    await page.keyboard.type('02302026');
    expect(await stored()).toBe('2026-06-15');
    await dato.blur();
    expect(await dato.getAttribute('aria-invalid')).toBe('true');
    expect(await message()).toMatch(/Indtil du retter den, gemmes datoen 15\. juni 2026\./);
    expect(await stored()).toBe('2026-06-15');

    for (const [typed, says] of [['12311999', /mellem 1\. januar 2000 og 31\. december 2099/], ['03010026', /fire cifre \(mente du 2026\?\)/]] as const) {
      await dato.focus();
      await page.keyboard.type(typed);
      await dato.blur();
      expect(await message()).toMatch(says);
      expect(await message()).toMatch(/gemmes datoen 15\. juni 2026/);
      expect(await stored(), typed).toBe('2026-06-15');
    }

    // a complete valid date is saved on Enter, and the message goes
    await dato.focus();
    await page.keyboard.type('04052027');
    expect(await stored()).toBe('2026-06-15');
    await page.keyboard.press('Enter');
    await expect.poll(stored).toBe('2027-04-05');
    expect(await dato.getAttribute('aria-invalid')).toBeNull();

    // … and when the page is left without leaving the field
    await dato.blur();
    await dato.focus();
    await page.keyboard.type('05062027');
    await page.goto(at('/anbefalinger/'));
    await page.goto(at('/anbefalinger/min-plan/'));
    await hydrated(page);
    await expect.poll(() => page.getByLabel('Dato', { exact: true }).inputValue()).toBe('2027-05-06');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('Forløbsplanlægger: not invalid before anyone typed; a year 0026, 1999 or 2100 gets the same message as the other tools, never a plan', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await page.goto(at('/mestringsforloeb/planlaegger/'));
    await hydrated(page);
    expect(await untouchedFieldsOk(page)).toEqual([]);
    const start = page.getByLabel('Startdato');
    const result = page.locator('.plan-result');
    const message = async () => page.locator(`[id="${(await start.getAttribute('aria-describedby'))?.split(' ')[0]}"]`).innerText();
    for (const [typed, says] of [['03020026', /fire cifre \(mente du 2026\?\)/], ['03021999', /mellem 1\. januar 2000/], ['01042100', /mellem 1\. januar 2000/]] as const) {
      await start.focus();
      await page.keyboard.type(typed);
      await page.keyboard.press('Enter');
      await expect.poll(message, { message: typed }).toMatch(says);
      expect(await message()).toContain('Indtil du retter den, vises ingen plan.');
      expect(await result.locator('table').count(), typed).toBe(0);
      expect(await start.getAttribute('aria-invalid')).toBe('true');
      expect(await untouchedFieldsOk(page).then((b) => b.filter((x) => x.includes('findes ikke')))).toEqual([]);
    }
    expect(await result.innerText()).not.toMatch(/uge \d+ \((26|1999|2100)\)/);
    await start.focus();
    await page.keyboard.type('03022026');
    await page.keyboard.press('Enter');
    await expect.poll(() => result.locator('table').count()).toBe(1);
    expect(await result.innerText()).toContain('uge 10 (2026)');
    expect(await start.getAttribute('aria-invalid')).toBeNull();
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});

describe.skipIf(!atRoot())('issue 21, cases 1–2: taking an item out of the plan never silently drops its note', () => {
  const full = (id: string, n: number) => ({ id, note: `Note ${n}`, ansvarlig: `Ansvarlig ${n}`, dato: `2027-0${n}-01` });
  const planItems = async (page: Page) => ((await storedPlan(page))?.items ?? []).map((i: { id: string; note: string; ansvarlig: string; dato: string }) => `${i.id}|${i.note}|${i.ansvarlig}|${i.dato}`);

  it('hub: unticking offers »Fortryd« at the item, ticking again restores its fields, two removals can each be undone', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await page.goto(at('/anbefalinger/'));
    await savePlan(page, [full('mf-arbejdsgruppe', 1), full('mf-eftervaern', 2)]);
    await page.goto(at('/anbefalinger/?kilde=mestringsforloeb'));
    await hydrated(page);
    const box = (id: string) => page.locator(`li[id="${id}"] input[type=checkbox]`);
    const before = await planItems(page);
    await expect.poll(() => box('mf-arbejdsgruppe').isChecked()).toBe(true);

    await box('mf-arbejdsgruppe').uncheck();
    const undo1 = page.locator('li[id="mf-arbejdsgruppe"]').getByRole('button', { name: /Fortryd/ });
    await expect.poll(() => undo1.count()).toBe(1);
    expect(await page.locator('li[id="mf-arbejdsgruppe"]').innerText()).toMatch(/note, ansvarlig og dato/i);
    // ticking again brings the fields back
    await box('mf-arbejdsgruppe').check();
    await expect.poll(() => planItems(page)).toEqual(before);
    expect(await undo1.count()).toBe(0);

    // two removals, one after the other: each can be undone
    await box('mf-arbejdsgruppe').uncheck();
    await box('mf-eftervaern').uncheck();
    await expect.poll(() => planItems(page)).toEqual([]);
    await page.locator('li[id="mf-eftervaern"]').getByRole('button', { name: /Fortryd/ }).click();
    await page.locator('li[id="mf-arbejdsgruppe"]').getByRole('button', { name: /Fortryd/ }).click();
    await expect.poll(() => planItems(page).then((x) => [...x].sort())).toEqual([...before].sort());
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('Min plan: two removals one after the other can each be undone, with their fields, in their places', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await page.goto(at('/anbefalinger/min-plan/'));
    await savePlan(page, [full('mf-arbejdsgruppe', 1), full('mf-eftervaern', 2), full('mf-fast-kontaktperson', 3)]);
    await page.reload();
    await hydrated(page);
    const titles = () => page.locator('.plan-item h2').allInnerTexts();
    await expect.poll(titles).toHaveLength(3);
    const [t1, t2, t3] = await titles();
    const before = await planItems(page);
    await page.getByRole('group', { name: t1! }).getByRole('button', { name: 'Fjern fra planen' }).click();
    await page.getByRole('group', { name: t2! }).getByRole('button', { name: 'Fjern fra planen' }).click();
    await expect.poll(titles).toEqual([t3]);
    const undos = page.locator('.plan-undo').getByRole('button', { name: /Fortryd/ });
    expect(await undos.count()).toBe(2);
    // undo the first removal first
    await page.locator('.plan-undo', { hasText: t1! }).getByRole('button', { name: /Fortryd/ }).click();
    await expect.poll(titles).toEqual([t1, t3]);
    await page.locator('.plan-undo', { hasText: t2! }).getByRole('button', { name: /Fortryd/ }).click();
    await expect.poll(titles).toEqual([t1, t2, t3]);
    expect(await planItems(page)).toEqual(before);
    expect(await page.getByLabel('Egen note').nth(1).inputValue()).toBe('Note 2');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});

describe.skipIf(!atRoot())('issue 21, case 3: an item whose recommendation is no longer on the site', () => {
  it('is shown with what is known, kept in the file and the document, and counted by »Erstat min plan«', async () => {
    const w = await watchedPage(browser, { acceptDownloads: true });
    const { page } = w;
    await page.goto(at('/anbefalinger/min-plan/'));
    const gone = { id: 'mf-omdoebt-i-en-ny-udgave', titel: 'En anbefaling fra en tidligere udgave', note: 'Vigtig note om den gamle', ansvarlig: 'Teamleder', dato: '2027-05-01' };
    await savePlan(page, [{ id: REC, note: 'Findes stadig' }, gone]);
    await page.reload();
    await hydrated(page);
    const items = page.locator('.plan-item');
    await expect.poll(() => items.count()).toBe(2);
    const orphan = items.nth(1);
    expect(await orphan.locator('h2').innerText()).toBe(gone.titel);
    expect(await orphan.innerText()).toMatch(/findes ikke længere på sitet/i);
    expect(await orphan.getByLabel('Egen note').inputValue()).toBe(gone.note);
    expect(await page.locator('.min-plan').innerText()).not.toMatch(/vises ikke/);

    // the document keeps it
    const [doc] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /\.odt|OpenDocument|LibreOffice/ }).first().click()]);
    const content = entryText(unzip(readFileSync((await doc.path())!)), 'content.xml');
    expect(content).toContain(gone.titel);
    expect(content).toContain(gone.note);

    // so does the file export, and after »Hent som …« the export says what it did, not the previous message
    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportér til fil' }).click()]);
    const file = JSON.parse(readFileSync((await exported.path())!, 'utf8'));
    expect(file.plan.items.map((i: { id: string }) => i.id)).toEqual([REC, gone.id]);
    expect(file.plan.items[1]).toMatchObject({ titel: gone.titel, note: gone.note, ansvarlig: gone.ansvarlig, dato: gone.dato });
    // »Eksportér til fil« says what it did
    await expect.poll(() => page.locator('.min-plan .tool-message').innerText()).toMatch(/hentet som filen min-plan-\d{4}-\d{2}-\d{2}\.json/);

    // »Erstat min plan« counts it and says what replacing does to it
    await page.locator('input[type=file]').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'laeringskatalog-plan', version: 1, plan: { items: [{ id: 'mf-arbejdsgruppe' }] } })) });
    const confirm = page.locator('.import-confirm');
    await expect.poll(() => confirm.innerText()).toMatch(/plan med 2 anbefalinger/);
    expect(await confirm.innerText()).toMatch(/1 af dem findes ikke længere på sitet/);
    await confirm.getByRole('button', { name: 'Annullér' }).click();
    expect(await items.count()).toBe(2);

    // and the file's own orphan comes back on import
    await page.evaluate((k) => localStorage.removeItem(k), PLAN_KEY);
    await page.reload();
    await hydrated(page);
    await page.locator('input[type=file]').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => confirm.innerText()).toContain(`findes ikke længere på sitet, men kommer med i planen med de felter, filen har: »${gone.titel}«`);
    await confirm.getByRole('button', { name: 'Indlæs planen' }).click();
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(1).getByLabel('Egen note').inputValue()).toBe(gone.note);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});

// The hub's behaviour cannot depend on the base path: root run only.
describe.skipIf(!atRoot())('issue 21: what a leader needs from the hub', () => {
  it('expands each explanation in place, lists the temaer 1 → 2 → 3, and says which filter to loosen', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await page.goto(at('/anbefalinger/'));
    await hydrated(page);
    // the explanation the server rendered is still there after hydration, and opens in place
    const item = page.locator('li[id="mf-arbejdsgruppe"]');
    await item.locator('summary').click();
    expect(await item.locator('.hub-forklaring-tekst').innerText()).toContain('Arbejdsgruppen bør have beslutningskompetence');
    expect(await item.locator('.hub-forklaring-tekst').innerText()).toMatch(/Kilde: .*s\. 27/);
    const temaer = await page.locator('section[aria-labelledby="kilde-laeringskatalog"] h3').allInnerTexts();
    expect(temaer.map((t) => t.slice(0, 6))).toEqual(['Tema 1', 'Tema 2', 'Tema 3']);

    await page.selectOption('#filter-gruppe', { label: 'Fase 2: Forberedelse (Joborienteret mestringsforløb)' });
    await page.selectOption('#filter-rolle', 'leder');
    const none = page.locator('.hub-none');
    await expect.poll(() => none.innerText()).toContain('Ingen anbefalinger passer til alle de valgte filtre.');
    const loosen = none.getByRole('button');
    expect(await loosen.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Fjern »Vedrører: Leder« \(viser \d+\)$/)]));
    await none.getByRole('button', { name: /Vedrører/ }).click();
    await expect.poll(() => page.locator('.hub-list > li:not([hidden])').count()).toBeGreaterThan(0);
    expect(await page.locator('#filter-rolle').inputValue()).toBe('');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('on a phone, choosing a filter shows its effect in view', async () => {
    const w = await watchedPage(browser, { viewport: { width: 360, height: 640 } });
    const { page } = w;
    await page.goto(at('/anbefalinger/'));
    await hydrated(page);
    // the reader has scrolled down to the filter, which stands at the bottom of the screen
    const select = page.locator('#filter-rolle');
    await select.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await select.selectOption('leder');
    const count = page.locator('.hub-count');
    await expect.poll(() => count.innerText()).not.toMatch(/Viser (\d+) af \1 /);
    const box = await count.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});

describe.skipIf(!atRoot())('issue 21: a leader\'s printed plan says what each recommendation recommends', () => {
  it('on paper and in the .odt: numbered items, each explanation from its page, the leader\'s fields beneath', async () => {
    const w = await watchedPage(browser, { acceptDownloads: true });
    const { page } = w;
    await page.goto(at('/anbefalinger/min-plan/'));
    await savePlan(page, [{ id: 'mf-arbejdsgruppe', ansvarlig: 'Teamleder Åse', note: 'Drøftes på ledermødet' }, { id: 'em-pejlemaerke-1' }]);
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.locator('.plan-item').count()).toBe(2);
    // on screen the explanation is folded under the title
    const first = page.locator('.plan-item').first();
    await first.locator('summary', { hasText: 'Hvad anbefalingen siger' }).click();
    expect(await first.locator('details').innerText()).toContain('Arbejdsgruppen bør have beslutningskompetence');
    // an explanation's own list is bulleted as on its page (inside the plan's numbered list the
    // browser's default would be circles)
    expect(await page.locator('.plan-item').nth(1).locator('.plan-forklaring ul').first().evaluate((ul) => getComputedStyle(ul).listStyleType)).toBe('disc');

    const pdf = await printToPdf(page, 'min-plan-forklaring');
    const flat = pdf.text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/1\. Nedsæt en arbejdsgruppe med beslutningskompetence/);
    expect(flat).toMatch(/2\. /);
    const explanation = flat.indexOf('Arbejdsgruppen bør have beslutningskompetence');
    expect(explanation).toBeGreaterThan(0);
    expect(flat.indexOf('Teamleder Åse')).toBeGreaterThan(explanation);
    expect(flat).not.toContain('Hvad anbefalingen siger');

    const [doc] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /\.odt/ }).click()]);
    const content = entryText(unzip(readFileSync((await doc.path())!)), 'content.xml').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(content).toContain('1. Nedsæt en arbejdsgruppe med beslutningskompetence');
    expect(content.indexOf('Arbejdsgruppen bør have beslutningskompetence')).toBeGreaterThan(0);
    expect(content.indexOf('Teamleder Åse')).toBeGreaterThan(content.indexOf('Arbejdsgruppen bør have beslutningskompetence'));
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});

describe('issue 21: »Føj til min plan« on a content page', () => {
  it('adds where the reader is, says so with »Fortryd«, and does not leave the page', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await page.goto(at('/mestringsforloeb/faser/'));
    const box = page.locator('[data-add-to-plan="mf-specificer-maalgruppen"]');
    const url = page.url();
    await box.getByRole('link', { name: /Føj til min plan/ }).click();
    await expect.poll(() => box.getByRole('status').innerText()).toBe('»Specificér målgruppen for forløbet« er føjet til din plan.');
    expect(page.url()).toBe(url);
    expect((await storedPlan(page)).items.map((i: { id: string; titel?: string }) => [i.id, i.titel])).toEqual([['mf-specificer-maalgruppen', 'Specificér målgruppen for forløbet']]);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(await focused()).toBe('Fortryd');
    expect(await box.getByRole('link', { name: 'Se min plan' }).getAttribute('href')).toMatch(/\/anbefalinger\/min-plan\/$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => box.getByRole('status').innerText()).toContain('er taget ud af din plan igen');
    expect((await storedPlan(page)).items).toEqual([]);
    expect(await focused()).toMatch(/^Føj til min plan/);
    // the page loaded only the header's small script (which carries the click listener) until the click
    expect(w.scripts.filter((s) => /HeaderSearch|preload-helper/.test(s)).length).toBeGreaterThanOrEqual(1);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});
