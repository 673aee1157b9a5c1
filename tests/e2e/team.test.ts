/**
 * The team round (issue 20) as a team lead lives it, in one browser session: her own answers,
 * a colleague's file on the first day, a reload and another colleague's file dropped on the page
 * the next day, the same colleague again (which to keep?), a file for another checklist (nothing
 * changes), a share link added and removed; then the meeting: three people with their notes,
 * »Drøft først«, the team's report printed on at most 6 numbered A4 pages and downloaded as
 * .docx (LibreOffice reads the team's action list and the notes), and the round and the
 * comparison on a 320 px phone without sideways scrolling. The round's code loads only when used.
 * The sub-path run walks the same way but leaves out axe, the printout, the phone's width and
 * LibreOffice: none of them can depend on the base path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { at, atRoot, launch, watchedPage } from './browser';
import { isA4Portrait, printToPdf } from './pdf';
import { createAssessment } from '../../src/lib/selvtjek/model';
import { exportAssessment } from '../../src/lib/selvtjek/file';
import { encodeShare } from '../../src/lib/selvtjek/share';
import { axeCheck, axeViolations } from './axe';

const ID = 'tjek-jobcentrets-beredskab';
const URL_ = `/tjek/${ID}/`;
const entry = parseYaml(readFileSync(`src/content/tjeklister/${ID}.yaml`, 'utf8')) as { titel: string; omraader: { spoergsmaal: { id: string; tekst: string }[] }[] };
const QIDS = entry.omraader.flatMap((o) => o.spoergsmaal.map((q) => q.id));
const TEXT = Object.fromEntries(entry.omraader.flatMap((o) => o.spoergsmaal.map((q) => [q.id, q.tekst.replace(/\s+/g, ' ')])));
const LABEL = { ja: 'Ja', nej: 'Nej', delvist: 'Delvist', 'ved-ikke': 'Ved ikke' } as const;
type Code = keyof typeof LABEL;
/** Text on one line; a word split at its hyphen at a line's end (»for-\nforløb«) joined again. */
const flat = (t: string) => t.replace(/-\n\s*/g, '-').replace(/\s+/g, ' ');
/** A bullet of »Udvikle nye og mere jobrettede tilbud« (Læringskatalog, tema 1). */
const ADVICE_JOBRETTEDE_TILBUD = 'intensive, tværfaglige forløb med direkte overgang til virksomhedsrettet indsats';

// The lead and two colleagues. They agree on most; question 2 splits them widest (Ja / Nej / Nej),
// question 1 less (Delvist / Ja / Ja).
const LEAD: Code[] = ['delvist', 'ja', 'ja', 'ja', 'nej', 'ja', 'ja', 'delvist'];
const ANNE: Code[] = ['ja', 'nej', 'ja', 'ja', 'nej', 'ja', 'ja', 'delvist'];
const BO: Code[] = ['ja', 'nej', 'ja', 'ja', 'nej', 'ja', 'ved-ikke', 'delvist'];
const NOTES = {
  lead: 'Lises note: vi har et for-forløb',
  anne: 'Annes note: ingen for-forløb i år',
  bo: 'Bos note: kun for nogle borgere',
};

const dir = mkdtempSync(join(tmpdir(), 'lk-team-'));
/** A colleague's export, made by the site's own export code (as their browser would). */
function colleagueFile(name: string, codes: Code[], notes: Record<string, string>, day: string, checklist = { id: ID, titel: entry.titel }) {
  const a = createAssessment(checklist.id, new Date(`${day}T10:00:00`), { name });
  const f = exportAssessment({ ...a, answers: Object.fromEntries(QIDS.map((q, i) => [q, codes[i]!])), notes }, checklist, new Date(`${day}T10:05:00`));
  const path = join(dir, f.filename);
  writeFileSync(path, f.json);
  return { path, filename: f.filename, id: a.id };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const questions = (page: Page) => page.locator('.selvtjek fieldset.question');
const round = (page: Page) => page.locator('#teamrunde');
const contributions = (page: Page) => round(page).locator('.team-contribution');
/** axe on the round, the line at the top and the comparison (the rest of the page is selvtjek.test.ts'). */
const axe = (page: Page) => axeViolations(page, axeCheck(page).include('#teamrunde').include('.team-rounds-line').include('.compare'));

/** Drops files on the page as a file manager would. */
async function drop(page: Page, files: { path: string; filename: string }[]) {
  const payload = files.map((f) => ({ name: f.filename, text: readFileSync(f.path, 'utf8') }));
  const data = await page.evaluateHandle((fs) => {
    const dt = new DataTransfer();
    for (const f of fs) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return dt;
  }, payload);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: data });
  await page.dispatchEvent('main', 'drop', { dataTransfer: data });
}

/** The lines of text on each page of a PDF (a full A4 page of the report has 45–60). */
const pageLines = (file: string, pages: number) =>
  Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-'], { encoding: 'utf8' }).split('\n').filter((l) => l.trim()));

/** The team's report printed: at most 6 numbered A4 pages, none near-empty, with the round and without the personal form. */
async function checkPrintedReport(page: Page): Promise<void> {
  const pdf = await printToPdf(page, 'team-report');
  const text = flat(pdf.text);
  expect(isA4Portrait(pdf.size)).toBe(true);
  expect(pdf.pages).toBeLessThanOrEqual(6);
  expect(text).toContain(`Side 1 af ${pdf.pages}`);
  expect(text).toContain(`Side ${pdf.pages} af ${pdf.pages}`);
  const lines = pageLines(pdf.file, pdf.pages);
  lines.forEach((l, i) => expect(l.length, `side ${i + 1} af ${pdf.pages}: ${l.slice(0, 3).join(' / ')}`).toBeGreaterThanOrEqual(i === lines.length - 1 ? 10 : 30));
  for (const s of ['Teammøde marts 2027', 'Drøft først', 'Svar i teamet', 'Teamets handlingsliste', NOTES.lead, NOTES.anne, NOTES.bo, 'Bo Østergaard', ADVICE_JOBRETTEDE_TILBUD, 'Sammenlign to vurderinger']) expect(text).toContain(s);
  // Each recommendation is explained once; the personal form and action list are not printed.
  expect(text.split(ADVICE_JOBRETTEDE_TILBUD).length - 1).toBe(1);
  expect(text).not.toContain('Svar: ');
  expect(text).not.toContain('Vælg kollegernes filer');
}

/** At 320 px, the round and the comparison without sideways scrolling. */
async function checkFitsPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  const wide = await page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page ${document.documentElement.scrollWidth} px`);
    for (const el of document.querySelectorAll('#teamrunde *, .compare *')) {
      if (el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  });
  expect(wide).toEqual([]);
}

describe('team round', () => {
  it('a lead gathers two colleagues over two days with her own answers, meets on »Drøft først«, prints ≤ 6 numbered pages and files a .docx; it fits a phone', { timeout: 180_000 }, async () => {
    const anne = colleagueFile('Anne Ærø', ANNE, { [QIDS[1]!]: NOTES.anne }, '2027-02-26');
    const bo = colleagueFile('Bo Østergaard', BO, { [QIDS[1]!]: NOTES.bo }, '2027-02-27');
    const boAgain = colleagueFile('Bo Østergaard', BO.map((c, i) => (i === 6 ? 'delvist' : c)), { [QIDS[1]!]: NOTES.bo }, '2027-03-01');
    const otherChecklist = colleagueFile('Carl Clausen', ANNE, {}, '2027-02-26', { id: 'tjek-samarbejdet-mellem-borger-og-jobcenter', titel: 'Tjek samarbejdet mellem borger og jobcenter' });
    // Exports carry the person's name (ASCII), so colleagues' files in one folder are told apart.
    expect([anne.filename, bo.filename]).toEqual([`selvtjek-${ID}-anne-aeroe-2027-02-26.json`, `selvtjek-${ID}-bo-oestergaard-2027-02-27.json`]);

    const w = await watchedPage(browser, { acceptDownloads: true, viewport: { width: 1024, height: 900 } });
    await w.context.clock.install({ time: new Date('2027-03-01T09:00:00') });
    await w.context.clock.resume();
    w.page.on('dialog', (d) => void d.accept());
    const { page } = w;

    // Day 1: her own answers, then Anne's file. The round's code is not loaded before.
    await page.goto(at(URL_));
    await questions(page).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(w.scripts.filter((s) => /\/Team\.[\w-]+\.js$/.test(s))).toEqual([]);
    await page.getByLabel('Navn på vurderingen').fill('Lises vurdering');
    for (const [i, c] of LEAD.entries()) await questions(page).nth(i).getByLabel(LABEL[c], { exact: true }).check();
    await questions(page).nth(1).getByLabel('Note (valgfri)').fill(NOTES.lead);
    await round(page).locator('input[type=file][multiple]').setInputFiles(anne.path);
    await expect.poll(() => contributions(page).count()).toBe(2);
    expect(w.scripts.some((s) => /\/Team\.[\w-]+\.js$/.test(s))).toBe(true);
    await round(page).getByLabel('Navn på teamrunden').fill('Teammøde marts 2027');
    await round(page).getByLabel('Dit navn i teamrunden').fill('Lise Lund');
    expect(await contributions(page).nth(1).innerText()).toMatch(/Vurdering fra 26\. februar 2027, 8 svar, 1 note, fra en fil; tilføjet 1\. marts 2027/);

    // Day 2, after a reload: the round is listed with the assessments and still holds Anne.
    await w.context.clock.setSystemTime(new Date('2027-03-02T09:00:00'));
    await page.reload();
    await questions(page).first().waitFor();
    expect(await page.locator('.team-rounds-line').innerText()).toBe('Gemt i denne browser: teamrunden »Teammøde marts 2027« (1. marts 2027, 1 kollegas svar)');
    await expect.poll(() => contributions(page).count()).toBe(2);
    expect(await round(page).getByLabel('Navn på bidrag 1').inputValue()).toBe('Anne Ærø');

    // Bo's file dropped on the page; then Bo again: which to keep?
    await drop(page, [bo]);
    await expect.poll(() => contributions(page).count()).toBe(3);
    expect(await contributions(page).nth(2).innerText()).toContain('tilføjet 2. marts 2027');
    await drop(page, [boAgain]);
    const ask = page.getByRole('group', { name: 'Bo Østergaard er allerede med i teamrunden' });
    await ask.waitFor();
    expect(await ask.innerText()).toContain('De nye (' + boAgain.filename + '): vurdering fra 1. marts 2027');
    await ask.getByRole('button', { name: 'Behold de nye svar' }).click();
    await expect.poll(() => page.locator('.tool-message').last().innerText()).toContain('Teamrunden har nu de nye svar fra Bo Østergaard');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('tool-message');
    await expect.poll(() => contributions(page).count()).toBe(3);

    // A file for another checklist says so and changes nothing.
    await round(page).locator('input[type=file][multiple]').setInputFiles(otherChecklist.path);
    await expect.poll(() => round(page).getByRole('alert').innerText()).toMatch(/ikke af »Tjek jobcentrets beredskab«/);
    expect(await contributions(page).count()).toBe(3);

    // A colleague's share link: added under the name the lead types, then removed again.
    const link = `${new URL(page.url()).origin}${URL_}#${await encodeShare(ID, QIDS, Object.fromEntries(QIDS.map((q) => [q, 'nej'])))}`;
    await round(page).getByLabel('Kollegaens navn').fill('Carl Clausen');
    await round(page).getByLabel('Delingslink', { exact: true }).fill(link);
    await round(page).getByRole('button', { name: 'Tilføj svarene fra linket' }).click();
    await expect.poll(() => contributions(page).count()).toBe(4);
    expect(await contributions(page).nth(3).innerText()).toContain('fra et delingslink');
    await round(page).getByRole('button', { name: 'Fjern Carl Clausen' }).click();
    await expect.poll(() => contributions(page).count()).toBe(3);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('tool-message');

    // The meeting: three people with their notes; the widest disagreement first.
    const view = round(page).locator('.team');
    await expect.poll(() => view.locator('.team-summary').innerText()).toBe('3 personer: Lise Lund, Anne Ærø og Bo Østergaard. Enige om 5 spørgsmål, uenige om 3 spørgsmål.');
    const agenda = view.locator('.team-agenda > li');
    expect(await agenda.count()).toBe(3);
    const first = await agenda.first().innerText();
    expect(flat(first)).toContain(TEXT[QIDS[1]!]);
    for (const n of [`Lise Lund: Ja – ${NOTES.lead}`, `Anne Ærø: Nej – ${NOTES.anne}`, `Bo Østergaard: Nej – ${NOTES.bo}`]) expect(first).toContain(n);
    expect(flat(await agenda.nth(1).innerText())).toContain(TEXT[QIDS[0]!]);
    expect(await view.locator('.team-cards .team-card').count()).toBe(QIDS.length);
    expect(await view.locator('.action-list').textContent()).toContain(ADVICE_JOBRETTEDE_TILBUD);

    // Closing the round keeps it stored (the report is the lead's own again); reopening shows it. Focus never falls to the page.
    const focused = () => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.slice(0, 20)}`);
    await round(page).getByRole('button', { name: 'Luk teamrunden' }).click();
    await expect.poll(focused).toBe('H2 Teamrunde');
    expect(await round(page).innerText()).toContain('Teamrunden er lukket og stadig gemt.');
    await round(page).getByRole('button', { name: 'Åbn teamrunden' }).click();
    await expect.poll(() => view.locator('.team-summary').count()).toBe(1);
    await expect.poll(focused).toBe('H2 Teamrunde');

    // A second assessment of her own, so the comparison is shown (and goes in the report).
    await page.getByRole('button', { name: 'Ny vurdering' }).click();
    await page.getByLabel('Navn på vurderingen').fill('Lises vurdering juni');
    await questions(page).nth(0).getByLabel('Ja', { exact: true }).check();
    await page.getByLabel('Vælg vurdering').selectOption({ label: 'Lises vurdering (1. marts 2027)' });
    await page.locator('.compare-table').waitFor();
    await expect.poll(() => view.locator('.team-summary').innerText()).toContain('3 personer');
    // axe, paper and the phone's width cannot depend on the base path: root run only.
    if (atRoot()) expect(await axe(page)).toEqual([]);

    // The team's report on paper: at most 6 numbered A4 pages, none of them near-empty.
    if (atRoot()) await checkPrintedReport(page);

    // The same report as .docx under »Gem og del«, named after the round (its code loads under the base path).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Hent rapporten' }).getByRole('button', { name: 'Hent som Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe(`${ID}-teammoede-marts-2027-2027-03-01.docx`);
    const docx = join(dir, download.suggestedFilename());
    await download.saveAs(docx);

    // On a 320 px phone: the round and the comparison without sideways scrolling.
    if (atRoot()) await checkFitsPhone(page);

    // »Slet alle data« takes the round too, here and in storage.
    await page.getByRole('button', { name: 'Slet alle data' }).click();
    await expect.poll(() => round(page).getByRole('button', { name: 'Start en teamrunde' }).count()).toBe(1);
    expect(await page.locator('.team-rounds-line').count()).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('laeringskatalog:')))).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();

    // LibreOffice opens the .docx with the team's action list and the notes (root run only: it starts slowly).
    if (atRoot()) {
      const out = mkdtempSync(join(tmpdir(), 'lk-team-txt-'));
      const profile = mkdtempSync(join(tmpdir(), 'lk-team-lo-'));
      execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', out, docx], { stdio: 'pipe', timeout: 120_000 });
      const doc = flat(readFileSync(join(out, download.suggestedFilename().replace(/\.docx$/, '.txt')), 'utf8'));
      for (const s of ['Teamrunde: Teammøde marts 2027', 'Drøft først', 'Teamets handlingsliste', ADVICE_JOBRETTEDE_TILBUD, NOTES.lead, NOTES.anne, NOTES.bo, 'Lise Lund', 'Anne Ærø', 'Bo Østergaard', 'Sammenlign to vurderinger']) expect(doc, s).toContain(s);
      expect(doc.split(ADVICE_JOBRETTEDE_TILBUD).length - 1).toBe(1);
    }
  });
});
