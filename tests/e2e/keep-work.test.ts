/**
 * Issue 12, "tools never lose work": the eight ways Selvtjek and Min plan lost a careful user's
 * work, each tried again in Chromium. Every case ends with what the user sees and what is kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { at, atRoot, launch, watchedPage } from './browser';
import { encodeShare } from '../../src/lib/selvtjek/share';
import { axeViolations } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CHECKLIST = '/tjek/tjek-jobcentrets-beredskab/';
const CHECKLIST_ID = 'tjek-jobcentrets-beredskab';
const KEY = 'laeringskatalog:selvtjek';
const PLAN_KEY = 'laeringskatalog:plan';
const ready = (page: Page) => page.locator('.selvtjek[data-loaded] .question').first().waitFor();
const questions = (page: Page) => page.locator('.selvtjek fieldset.question');
const answer = (page: Page, i: number, label: string) => questions(page).nth(i).getByLabel(label, { exact: true }).check();
const checked = (page: Page) =>
  page.$$eval('.selvtjek fieldset.question', (fs) => fs.map((f) => (f.querySelector('input[type=radio]:checked') as HTMLInputElement | null)?.value ?? null));
const questionIds = (page: Page) => page.$$eval('.selvtjek fieldset.question', (fs) => fs.map((f) => f.id.replace(/^spoergsmaal-/, '')));
const stored = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const storedData = async (page: Page, key = KEY) => JSON.parse((await stored(page, key)) ?? 'null')?.data;
const file = (name: string, content: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)) });
const importAssessment = (page: Page, f: ReturnType<typeof file> | string) => page.locator('.tools input[type=file]').first().setInputFiles(f);
const planTitles = (page: Page) => page.locator('.plan-item h2').allInnerTexts();
/** Min plan has hydrated and read storage. */
const planReady = (page: Page) => page.locator('.min-plan').waitFor();
/** A stored Selvtjek assessment of version 2 (the version before this issue). */
const v2Assessment = (id: string, name: string, date: string, answers: Record<string, string>, updatedAt = '2026-11-02T09:00:00.000Z') => ({
  id,
  checklist: CHECKLIST_ID,
  name,
  date,
  answers,
  notes: {},
  updatedAt,
});

async function download(page: Page, click: () => Promise<unknown>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await d.path())!, 'utf8');
}

/** Picks the first n recommendations on the hub into the plan and opens Min plan. */
async function planWith(page: Page, n: number): Promise<string[]> {
  await page.goto(at('/anbefalinger/?kilde=mestringsforloeb'));
  await page.locator('.hub[data-ready]').waitFor();
  const boxes = page.locator('.hub-list > li:not([hidden]) input[type=checkbox]');
  for (let i = 0; i < n; i++) await boxes.nth(i).check();
  const ids = await page.$$eval('.hub-list > li:not([hidden])', (lis) => lis.map((li) => li.id));
  await page.goto(at('/anbefalinger/min-plan/'));
  await planReady(page);
  await expect.poll(() => planTitles(page)).toHaveLength(n);
  return ids;
}

// Storage, validation and tab merging cannot depend on the base path: root run only (the
// sub-path run still exercises the tools' storage, import and share links in selvtjek.test.ts
// and anbefalinger.test.ts).
describe.skipIf(!atRoot())('issue 12: tools never lose work', () => {
  it('1. a two-digit year is refused at the field, old year-0026 data is repaired, a year-0500 file imports', async () => {
    const w = await watchedPage(browser, { locale: 'da-DK', acceptDownloads: true });
    const { page } = w;
    await page.goto(at(CHECKLIST));
    await ready(page);
    await answer(page, 0, 'Ja');
    const before = (await storedData(page)).assessments[0].date;
    const dato = page.getByLabel('Dato', { exact: true });
    await dato.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('26');
    await dato.blur();
    // The field says what is wrong and what is kept; the stored date stays a real date.
    expect(await dato.getAttribute('aria-invalid')).toBe('true');
    const described = await dato.getAttribute('aria-describedby');
    expect(described).toBeTruthy();
    const error = await page.locator(`[id="${described!.split(' ')[0]}"]`).innerText();
    expect(error).toMatch(/fire cifre/);
    expect(error).toMatch(/Indtil du retter den, gemmes datoen/);
    expect((await storedData(page)).assessments[0].date).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await ready(page);
    expect((await checked(page))[0]).toBe('ja');
    expect(await page.locator('.notice.error').count()).toBe(0);

    // Data saved before this fix, with year 0026 in one assessment: repaired, nothing hidden.
    await page.evaluate(
      ([key, a, b]) => localStorage.setItem(key!, JSON.stringify({ v: 2, savedAt: '2026-11-02T09:00:00.000Z', data: { assessments: [a, b], activeId: null } })),
      [KEY, v2Assessment('gammel1', 'Forår', '0026-03-01', { 'moedet-med-borgeren-1': 'nej' }), v2Assessment('gammel2', 'Efterår', '2026-10-01', { 'moedet-med-borgeren-1': 'delvist' }, '2026-11-03T09:00:00.000Z')] as const,
    );
    await page.reload();
    await ready(page);
    await expect.poll(() => page.locator('.selvtjek').innerText()).toContain('rettet til 1. marts 2026');
    expect(await page.getByLabel('Vælg vurdering').locator('option').allInnerTexts()).toEqual(['Efterår (1. oktober 2026)', 'Forår (1. marts 2026)']);
    expect((await checked(page))[0]).toBe('delvist');

    // An imported file with updatedAt in year 500 and no date: imported, and still readable after reload.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await ready(page);
    await importAssessment(page, file('gammel.json', {
      format: 'laeringskatalog-selvtjek',
      version: 2,
      tool: 'Selvtjek',
      checklist: { id: CHECKLIST_ID, titel: 'Tjek jobcentrets beredskab' },
      assessment: { id: 'fra-aar-500', name: 'Importeret', answers: { 'moedet-med-borgeren-1': 'nej' }, notes: {}, updatedAt: '0500-01-01T00:00:00Z' },
    }));
    await expect.poll(() => checked(page)).toEqual(['nej', null, null, null, null, null, null, null]);
    await page.reload();
    await ready(page);
    expect((await checked(page))[0]).toBe('nej');
    expect(await page.locator('.notice.error').count()).toBe(0);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('2. Min plan fields have limits the page enforces and explains; a year 20266 is never stored', async () => {
    const w = await watchedPage(browser, { locale: 'da-DK' });
    const { page } = w;
    await planWith(page, 2);
    const ansvarlig = page.getByLabel('Ansvarlig').first();
    await ansvarlig.fill('A'.repeat(201));
    expect((await ansvarlig.inputValue()).length).toBe(200);
    expect(await page.locator('.plan-item').first().innerText()).toContain('200 af 200 tegn');
    const note = page.getByLabel('Egen note').first();
    await note.fill('n'.repeat(5001));
    expect((await note.inputValue()).length).toBe(5000);
    const dato = page.getByLabel('Dato').nth(1);
    await dato.focus();
    // Day and month alike, so the test does not depend on the order the browser shows them in.
    await page.keyboard.type('03032026');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await storedData(page, PLAN_KEY)).items[1].dato).toBe('2026-03-03');
    await dato.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('20266');
    await dato.blur();
    expect(await dato.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.plan-item').nth(1).innerText()).toMatch(/Datoen skal ligge mellem 1\. januar 2000 og 31\. december 2099\..*gemmes datoen 3\. marts 2026/s);
    expect((await storedData(page, PLAN_KEY)).items[1].dato).toBe('2026-03-03');
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await planReady(page);
    await expect.poll(() => planTitles(page)).toHaveLength(2);
    expect((await page.getByLabel('Ansvarlig').first().inputValue()).length).toBe(200);
    expect((await page.getByLabel('Egen note').first().inputValue()).length).toBe(5000);
    expect(await page.getByLabel('Dato').nth(1).inputValue()).toBe('2026-03-03');

    // A plan saved before the limits, with a 201-character name and a 5,001-character note: kept as it was.
    const ids = (await storedData(page, PLAN_KEY)).items.map((i: { id: string }) => i.id);
    await page.evaluate(
      ([key, a, b]) => localStorage.setItem(key!, JSON.stringify({ v: 1, savedAt: '2026-11-02T09:00:00.000Z', data: { items: [{ id: a, ansvarlig: 'B'.repeat(201), note: 'm'.repeat(5001), dato: '' }, { id: b, ansvarlig: '', note: '', dato: '2027-01-15' }] } })),
      [PLAN_KEY, ids[0], ids[1]] as const,
    );
    await page.reload();
    await planReady(page);
    await expect.poll(() => planTitles(page)).toHaveLength(2);
    expect((await page.getByLabel('Ansvarlig').first().inputValue()).length).toBe(201);
    expect((await page.getByLabel('Egen note').first().inputValue()).length).toBe(5001);
    expect(await page.locator('.notice.error').count()).toBe(0);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('3. one unreadable assessment or plan item is set aside; the others load, and its file imports again', async () => {
    const w = await watchedPage(browser, { locale: 'da-DK', acceptDownloads: true });
    const { page } = w;
    await page.goto(at(CHECKLIST));
    await ready(page);
    const good = v2Assessment('god', 'God', '2026-10-01', { 'moedet-med-borgeren-1': 'ja', 'virksomhedssamarbejdet-1': 'nej' });
    const bad = { ...v2Assessment('daarlig', 'Ødelagt', '2026-09-01', { 'moedet-med-borgeren-1': 'nej', 'virksomhedssamarbejdet-1': 'maaske' }), updatedAt: '2026-10-05T09:00:00.000Z' };
    await page.evaluate(
      ([key, a, b]) => localStorage.setItem(key!, JSON.stringify({ v: 2, savedAt: '2026-11-02T09:00:00.000Z', data: { assessments: [a, b], activeId: 'daarlig' } })),
      [KEY, good, bad] as const,
    );
    await page.reload();
    await ready(page);
    const setAside = page.locator('.set-aside');
    await expect.poll(() => setAside.innerText()).toContain('1 vurdering kunne ikke læses og er lagt til side');
    expect(await setAside.innerText()).toContain('»Ødelagt«');
    expect((await checked(page)).slice(0, 4)).toEqual(['ja', null, 'nej', null]);
    expect(await axeViolations(page)).toEqual([]);
    // The set-aside assessment stays in storage while the user works.
    await answer(page, 1, 'Delvist');
    expect(await stored(page)).toContain('maaske');

    const text = await download(page, () => setAside.getByRole('button', { name: 'Gem som fil' }).click());
    await importAssessment(page, file('lagt-til-side.json', text));
    const confirm = page.locator('.import-confirm');
    await expect.poll(() => confirm.innerText()).toContain('Filen har svar på 2 spørgsmål. 1 af dem passer til tjeklisten og bliver indlæst.');
    expect(await confirm.innerText()).toContain('»maaske«');
    expect(await axeViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: /^Erstat/ }).click();
    await expect.poll(() => setAside.count()).toBe(0);
    await page.reload();
    await ready(page);
    expect(await page.locator('.set-aside').count()).toBe(0);
    expect(await page.getByLabel('Vælg vurdering').locator('option').allInnerTexts()).toEqual(expect.arrayContaining(['God (1. oktober 2026)', 'Ødelagt (1. september 2026)']));

    // Min plan: one item with a year-20266 date is set aside, the others show, and its file imports.
    await planWith(page, 3);
    const items = (await storedData(page, PLAN_KEY)).items;
    items[1].dato = '20266-12-03';
    await page.evaluate(([key, data]) => localStorage.setItem(key!, JSON.stringify({ v: 1, savedAt: '2026-11-02T09:00:00.000Z', data })), [PLAN_KEY, { items: items.map(({ id, note, ansvarlig, dato }: Record<string, string>) => ({ id, note, ansvarlig, dato })) }] as const);
    await page.reload();
    await planReady(page);
    await expect.poll(() => planTitles(page)).toHaveLength(2);
    const planAside = page.locator('.set-aside');
    expect(await planAside.innerText()).toContain('1 anbefaling i din plan kunne ikke læses og er lagt til side');
    const planFile = await download(page, () => planAside.getByRole('button', { name: 'Gem som fil' }).click());
    await page.locator('.plan-actions input[type=file]').setInputFiles(file('plan.json', planFile));
    const planConfirm = page.locator('.import-confirm');
    await expect.poll(() => planConfirm.innerText()).toContain('20266-12-03');
    await planConfirm.getByRole('button', { name: 'Tilføj til min plan' }).click();
    await expect.poll(() => planTitles(page)).toHaveLength(3);
    expect(await page.locator('.set-aside').count()).toBe(0);
    await page.reload();
    await planReady(page);
    await expect.poll(() => planTitles(page)).toHaveLength(3);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('4. importing a plan over an existing plan asks: cancel, add or replace', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    const ids = await planWith(page, 4);
    for (let i = 0; i < 4; i++) await page.getByLabel('Egen note').nth(i).fill(`Note ${i + 1}`);
    const four = await planTitles(page);
    const one = file('en.json', { format: 'laeringskatalog-plan', version: 1, plan: { items: [{ id: ids[5], note: 'Fra filen', ansvarlig: '', dato: '' }] } });
    const input = page.locator('.plan-actions input[type=file]');
    const confirm = page.locator('.import-confirm');

    await input.setInputFiles(one);
    await expect.poll(() => confirm.innerText()).toContain('Du har allerede en plan med 4 anbefalinger.');
    expect(await axeViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Annullér' }).click();
    expect(await planTitles(page)).toEqual(four);
    expect(await page.getByRole('status').filter({ hasText: 'Din plan er uændret' }).count()).toBe(1);

    await input.setInputFiles(one);
    await confirm.getByRole('button', { name: 'Tilføj til min plan' }).click();
    await expect.poll(() => planTitles(page)).toHaveLength(5);
    expect(await page.getByLabel('Egen note').nth(3).inputValue()).toBe('Note 4');
    expect(await page.getByLabel('Egen note').nth(4).inputValue()).toBe('Fra filen');

    await input.setInputFiles(one);
    await confirm.getByRole('button', { name: 'Erstat min plan' }).click();
    await expect.poll(() => planTitles(page)).toHaveLength(1);
    await page.reload();
    await planReady(page);
    await expect.poll(() => planTitles(page)).toHaveLength(1);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('5. two tabs of one checklist merge per question, live and after reload', async () => {
    const w = await watchedPage(browser);
    const a = w.page;
    const b = await w.context.newPage();
    await a.goto(at(CHECKLIST));
    await b.goto(at(CHECKLIST));
    await ready(a);
    await ready(b);
    await answer(a, 0, 'Ja');
    await answer(b, 1, 'Nej');
    await questions(b).nth(1).getByLabel('Note (valgfri)').fill('Note fra B');
    await answer(a, 2, 'Delvist');
    await questions(a).nth(0).getByLabel('Note (valgfri)').fill('Note fra A');
    // Each tab shows the other's answers without a reload.
    await expect.poll(() => checked(a)).toEqual(['ja', 'nej', 'delvist', null, null, null, null, null]);
    await expect.poll(() => checked(b)).toEqual(['ja', 'nej', 'delvist', null, null, null, null, null]);
    expect(await a.getByRole('button', { name: 'Behold denne fanes version' }).count()).toBe(0);
    await a.reload();
    await b.reload();
    await ready(a);
    await ready(b);
    for (const p of [a, b]) {
      expect(await checked(p)).toEqual(['ja', 'nej', 'delvist', null, null, null, null, null]);
      expect(await questions(p).nth(0).getByLabel('Note (valgfri)').inputValue()).toBe('Note fra A');
      expect(await questions(p).nth(1).getByLabel('Note (valgfri)').inputValue()).toBe('Note fra B');
    }
    expect((await storedData(a)).assessments).toHaveLength(1);
    await w.context.close();
  });

  it('6. storage full: what is saved still shows and exports, and the page says what was not kept', async () => {
    const w = await watchedPage(browser, { acceptDownloads: true });
    const { page } = w;
    await page.goto(at(CHECKLIST));
    await ready(page);
    await answer(page, 0, 'Ja');
    await answer(page, 1, 'Nej');
    // Fill the rest of the origin's storage, as another tool or a large save would.
    await page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 21; size >= 1; size >>= 1) {
        const s = 'x'.repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`fyld-${n++}`, s);
          } catch {
            break;
          }
        }
      }
    });
    await page.reload();
    await ready(page);
    expect((await checked(page)).slice(0, 2)).toEqual(['ja', 'nej']);
    const exportButton = page.getByRole('button', { name: 'Eksportér vurderingen til fil' });
    expect(await exportButton.isEnabled()).toBe(true);
    expect(await page.locator('.selvtjek').innerText()).toContain('Browseren har ikke mere plads.');
    await answer(page, 2, 'Delvist');
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('Din seneste ændring er ikke gemt i browseren');
    const json = JSON.parse(await download(page, () => exportButton.click()));
    const qids = await questionIds(page);
    expect(json.assessment.answers).toEqual({ [qids[0]!]: 'ja', [qids[1]!]: 'nej', [qids[2]!]: 'delvist' });
    expect(await axeViolations(page)).toEqual([]);
    await w.context.close();
  });

  it('7. a file for a changed checklist says what is kept and dropped before saving; a link for another scale says what it loads', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await page.goto(at(CHECKLIST));
    await ready(page);
    const qids = await questionIds(page);
    const exported = (answers: Record<string, string>, spoergsmaal?: Record<string, string>) =>
      file('fil.json', {
        format: 'laeringskatalog-selvtjek',
        version: 2,
        tool: 'Selvtjek',
        checklist: { id: CHECKLIST_ID, titel: 'Tjek jobcentrets beredskab' },
        exportedAt: '2026-11-01T10:00:00.000Z',
        ...(spoergsmaal ? { spoergsmaal } : {}),
        assessment: { id: 'fil1', checklist: CHECKLIST_ID, name: 'Teammøde', date: '2026-11-01', answers, notes: {}, updatedAt: '2026-11-01T10:00:00.000Z' },
      });

    // None of the eight answers fits: nothing is saved, and the page names what was dropped.
    const renamed = Object.fromEntries(qids.map((_, i) => [`gammelt-${i + 1}`, 'ja']));
    await importAssessment(page, exported(renamed, { 'gammelt-1': 'Et spørgsmål, der er fjernet' }));
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('Ingen af de 8 svar i filen passer til spørgsmålene i denne tjekliste');
    const alert = await page.getByRole('alert').first().innerText();
    expect(alert).toContain('»Et spørgsmål, der er fjernet«');
    expect(alert).toContain('gammelt-2');
    expect(await stored(page)).toBeNull();

    // Six of eight fit: the page asks first, then loads exactly those six.
    const six = Object.fromEntries(qids.map((q, i) => [i < 6 ? q : `gammelt-${i + 1}`, 'nej']));
    await importAssessment(page, exported(six));
    const confirm = page.locator('.import-confirm');
    await expect.poll(() => confirm.innerText()).toContain('Filen har svar på 8 spørgsmål. 6 af dem passer til tjeklisten og bliver indlæst.');
    expect(await stored(page)).toBeNull();
    await confirm.getByRole('button', { name: 'Indlæs som ny vurdering' }).click();
    await expect.poll(() => checked(page)).toEqual(['nej', 'nej', 'nej', 'nej', 'nej', 'nej', null, null]);

    // A crafted link with answers of the paratviden scale: it says what it loads (nothing), never "6 af 8".
    const fragment = await encodeShare(CHECKLIST_ID, qids, Object.fromEntries(qids.slice(0, 6).map((q) => [q, 'lettere-behov'])));
    const other = await w.context.newPage();
    await other.goto(at(CHECKLIST) + '#' + fragment);
    await ready(other);
    await expect.poll(() => other.getByRole('alert').first().innerText()).toContain('anden svarskala');
    expect(await other.getByRole('alert').first().innerText()).not.toMatch(/svar på \d+ af/);
    expect(await other.getByRole('button', { name: 'Indlæs svarene' }).count()).toBe(0);
    await w.context.close();
  });

  it('8. »Slet alle data« reaches an open Min plan tab, which does not write the plan back; a pasted share link is noticed', async () => {
    const w = await watchedPage(browser);
    const plan = w.page;
    await planWith(plan, 2);
    await plan.getByLabel('Egen note').first().fill('Skal slettes');
    const tool = await w.context.newPage();
    await tool.goto(at(CHECKLIST));
    await ready(tool);
    tool.once('dialog', (d) => d.accept());
    await tool.getByRole('button', { name: 'Slet alle data' }).click();
    await expect.poll(() => plan.locator('.min-plan').innerText()).toContain('Din plan er slettet i en anden fane.');
    expect(await planTitles(plan)).toEqual([]);
    expect(await plan.getByRole('button', { name: 'Behold denne fanes version' }).count()).toBe(0);
    expect(await stored(plan, PLAN_KEY)).toBeNull();
    await plan.reload();
    await planReady(plan);
    await expect.poll(() => plan.locator('.min-plan').innerText()).toContain('Din plan er tom');
    expect(await stored(plan, PLAN_KEY)).toBeNull();

    // A share link pasted into the address bar of the open checklist (only the # changes).
    const qids = await questionIds(tool);
    const fragment = await encodeShare(CHECKLIST_ID, qids, { [qids[0]!]: 'nej', [qids[3]!]: 'ja' });
    await tool.evaluate((f) => {
      location.hash = f;
    }, fragment);
    const offer = tool.locator('.share-offer');
    await expect.poll(() => offer.innerText()).toContain('Linket indeholder svar på 2 af 8 spørgsmål.');
    await offer.getByRole('button', { name: 'Nej tak' }).click();
    expect(await tool.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    expect(await tool.evaluate(() => document.activeElement?.textContent)).toContain('Svarene fra linket er ikke indlæst.');
    await tool.evaluate((f) => {
      location.hash = f;
    }, fragment);
    await offer.getByRole('button', { name: 'Indlæs svarene' }).click();
    expect(await tool.evaluate(() => document.activeElement?.textContent)).toContain('2 svar fra linket er indlæst');
    expect(await checked(tool)).toEqual(['nej', null, null, 'ja', null, null, null, null]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});
