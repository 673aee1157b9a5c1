/**
 * Documents made in the browser: every template (blank and filled), Min plan and the Selvtjek
 * report (with a three-colleague team view) download as .docx and .odt; Selvtjek and the team
 * view as .csv. Each file is opened with readers that are not the site's code: an unzip and a
 * strict XML parse for every file, an RFC 4180 parse for the CSV (checked column by column),
 * and LibreOffice headless, which converts every document to text in ONE run (it starts
 * slowly) – that part only in the root run; the sub-path run downloads and unzips.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Browser, Locator, Page } from 'playwright-core';
import { at, launch, watchedPage } from './browser';
import { entryText, parseCsv, parseXml, unzip } from '../helpers/office-files';
import { createAssessment } from '../../src/lib/selvtjek/model';
import { exportAssessment } from '../../src/lib/selvtjek/file';

const root = inject('basePath') === '/';
const dist = inject('distDir');
const allTemplates = readdirSync(join(dist, 'skabeloner'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
// All ten in the root run; two (one with a table) under the sub-path, where only the download is in question.
const templates = root ? allTemplates : allTemplates.filter((t) => t === 'aftaleguide-virksomhedspraktik' || t === 'livshjul');
const dir = mkdtempSync(join(tmpdir(), 'lk-docs-'));

/** Every document downloaded, with the text LibreOffice must find in it (and must not). */
const made: { file: string; present: string[]; absent: string[] }[] = [];
const norm = (s: string) => s.replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Click, save the download under `name`, check the package opens; returns the path. */
async function download(page: Page, button: Locator, name: string): Promise<{ path: string; suggested: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(dir, name);
  await d.saveAs(path);
  const bytes = readFileSync(path);
  if (name.endsWith('.odt')) {
    const entries = unzip(bytes);
    expect(entries[0]).toMatchObject({ name: 'mimetype', method: 0 });
    for (const n of ['content.xml', 'styles.xml', 'meta.xml', 'META-INF/manifest.xml']) parseXml(entryText(entries, n));
  } else if (name.endsWith('.docx')) {
    const entries = unzip(bytes);
    for (const e of entries.filter((x) => x.name.endsWith('.xml'))) parseXml(e.data.toString('utf8'));
  }
  return { path, suggested: d.suggestedFilename() };
}
const xmlOf = (path: string) => unzip(readFileSync(path)).filter((e) => e.name.endsWith('.xml')).map((e) => e.data.toString('utf8')).join('\n');
const texts = (l: Locator) => l.evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()).filter(Boolean));

describe('documents', () => {
  it(`templates (${templates.length}) download blank and filled as .docx and .odt, with the page's headings, fields and source line`, { timeout: 240_000 }, async () => {
    const w = await watchedPage(browser, { acceptDownloads: true });
    const scripts: string[] = [];
    for (const id of templates) {
      const before = w.scripts.length;
      await w.page.goto(at(`/skabeloner/${id}/`));
      const group = w.page.getByRole('group', { name: 'Hent skemaet som dokument' });
      await group.waitFor();
      // the document code is not loaded with the page
      expect(w.scripts.slice(before).filter((s) => /\/(files|docx)\.[\w-]+\.js$/.test(s)), id).toEqual([]);
      const title = (await w.page.locator('main h1').innerText()).trim();
      const source = norm(await w.page.locator('main .page-source').innerText());
      const structure = [
        title,
        source,
        ...(await texts(w.page.locator('.template-section h2'))),
        ...(await texts(w.page.locator('.template .field > label, .template .check label'))),
        ...(await texts(w.page.locator('.answer-grid th'))),
      ];
      expect(structure.length).toBeGreaterThan(3);
      const fields = w.page.locator('.template textarea, .template input[type=text]');
      const typed: string[] = [];
      for (let i = 0; i < (await fields.count()); i++) {
        const v = `zq${i}æøå ÆØÅ`;
        await fields.nth(i).fill(v);
        typed.push(v);
      }
      for (const c of await w.page.locator('.template input[type=checkbox]').all()) await c.check();
      for (const format of ['docx', 'odt'] as const) {
        const button = group.getByRole('button', { name: format === 'docx' ? 'Hent som Word (.docx)' : 'Hent som ODF (.odt)' });
        const filled = await download(w.page, button, `${id}-udfyldt-${format}.${format}`);
        expect(filled.suggested).toMatch(new RegExp(`^${id}-udfyldt-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
        expect(xmlOf(filled.path)).toContain(typed[0]);
        made.push({ file: filled.path, present: [...structure, ...typed], absent: [] });
      }
      await group.getByLabel('Tomt skema (uden det, du har skrevet)').check();
      for (const format of ['docx', 'odt'] as const) {
        const button = group.getByRole('button', { name: format === 'docx' ? 'Hent som Word (.docx)' : 'Hent som ODF (.odt)' });
        const blank = await download(w.page, button, `${id}-tomt-${format}.${format}`);
        expect(blank.suggested).toBe(`${id}-tomt.${format}`);
        expect(xmlOf(blank.path)).not.toContain('zq0');
        made.push({ file: blank.path, present: structure, absent: ['zq0'] });
      }
      await expect.poll(() => group.getByRole('status').innerText()).toContain('lavet her på din enhed');
      // typed text stays on the page after a download
      expect(await fields.first().inputValue()).toBe(typed[0]);
      scripts.push(...w.scripts.slice(before));
      // leaving asks first (typed text); accept so the loop goes on
      w.page.once('dialog', (d) => void d.accept());
    }
    // the .docx library came with a .docx click, not before
    expect(scripts.some((s) => /\/docx\.[\w-]+\.js$/.test(s))).toBe(true);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('Min plan downloads as .docx and .odt with each recommendation, its fields and what was typed', async () => {
    const w = await watchedPage(browser, { acceptDownloads: true });
    await w.page.goto(at('/anbefalinger/?kilde=mestringsforloeb&gruppe=organisering-og-ledelse'));
    await w.page.locator('#filter-kilde').waitFor();
    const boxes = w.page.locator('.hub-list input[type=checkbox]');
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    await w.page.goto(at('/anbefalinger/min-plan/'));
    const titles = w.page.locator('.plan-item h2');
    await expect.poll(() => titles.count()).toBe(3);
    await w.page.getByLabel('Ansvarlig').first().fill('Teamleder Åse Ærø');
    await w.page.getByLabel('Egen note').nth(1).fill('Drøftes på ledermødet – før sommerferien');
    const group = w.page.getByRole('group', { name: 'Hent planen som dokument' });
    const present = ['Min plan', ...(await titles.allInnerTexts()), 'Ansvarlig', 'Dato', 'Egen note', 'Teamleder Åse Ærø', 'Drøftes på ledermødet – før sommerferien'];
    for (const format of ['docx', 'odt'] as const) {
      const f = await download(w.page, group.getByRole('button', { name: format === 'docx' ? 'Hent som Word (.docx)' : 'Hent som ODF (.odt)' }), `min-plan-${format}.${format}`);
      expect(f.suggested).toMatch(/^min-plan-\d{4}-\d{2}-\d{2}\.(docx|odt)$/);
      expect(xmlOf(f.path)).toContain('Teamleder Åse Ærø');
      made.push({ file: f.path, present, absent: [] });
    }
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('Selvtjek: the report as .docx/.odt, and the answers and a three-colleague team round as CSV that round-trips', { timeout: 120_000 }, async () => {
    const id = 'tjek-jobcentrets-beredskab';
    // The checklist from its content entry, read here independently of the page.
    const entry = parseYaml(readFileSync(`src/content/tjeklister/${id}.yaml`, 'utf8')) as { titel: string; omraader: { titel: string; spoergsmaal: { id: string; tekst: string }[] }[] };
    const questions = entry.omraader.flatMap((o) => o.spoergsmaal.map((q) => ({ ...q, area: o.titel })));
    const codes = ['ja', 'nej', 'delvist', 'ved-ikke', 'ja', 'nej', 'ja', 'delvist'] as const;
    const LABEL = { ja: 'Ja', nej: 'Nej', delvist: 'Delvist', 'ved-ikke': 'Ved ikke' } as const;

    // Three colleagues' exported files; colleague 2 disagrees on question 1 and writes tricky notes.
    const colleagues = ['Kollega Ærø', 'Kollega Østergård', 'Kollega Åsted'].map((name, n) => {
      const a = createAssessment(id, new Date(2027, 2, 1), { name });
      const answers = Object.fromEntries(questions.map((q, i) => [q.id, n === 1 && i === 0 ? 'nej' : codes[i]!]));
      const notes: Record<string, string> = n === 1 ? { [questions[0]!.id]: 'Uenig; "for tidligt"\nanden linje', [questions[2]!.id]: '=HYPERLINK("x")' } : n === 2 ? { [questions[1]!.id]: 'Åsteds note' } : {};
      const file = join(dir, `kollega-${n + 1}.json`);
      writeFileSync(file, exportAssessment({ ...a, answers, notes }, { id, titel: entry.titel }).json);
      return { name, answers, notes, file };
    });

    const w = await watchedPage(browser, { acceptDownloads: true });
    await w.page.goto(at(`/tjek/${id}/`));
    await w.page.locator('.selvtjek[data-loaded] .question').first().waitFor();
    await w.page.getByLabel('Navn på vurderingen').fill('Vurdering på Ærø');
    const qs = w.page.locator('.selvtjek fieldset.question');
    for (let i = 0; i < codes.length; i++) await qs.nth(i).getByLabel(LABEL[codes[i]!], { exact: true }).check();
    const myNote = 'Vi mangler et for-forløb; "snart" – æøå\nanden linje';
    await qs.nth(1).getByLabel('Note (valgfri)').fill(myNote);
    await qs.nth(5).getByLabel('Note (valgfri)').fill('-2 dage for sent');

    // The lead's own report (the team's report, with a team round open, is tests/e2e/team.test.ts').
    const report = w.page.getByRole('group', { name: 'Hent rapporten' });
    const advice = (await w.page.locator('.action-list > li').first().locator('a').first().innerText()).trim();
    const present = [entry.titel, 'Vurdering på Ærø', ...entry.omraader.map((o) => o.titel), ...questions.map((q) => q.tekst), 'Svar: Nej', myNote, 'Resultat', 'Handlingsliste', advice];
    for (const format of ['docx', 'odt'] as const) {
      const f = await download(w.page, report.getByRole('button', { name: format === 'docx' ? 'Hent som Word (.docx)' : 'Hent som ODF (.odt)' }), `selvtjek-rapport-${format}.${format}`);
      expect(f.suggested).toMatch(new RegExp(`^${id}-vurdering-paa-aeroe-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      made.push({ file: f.path, present, absent: [] });
    }

    // CSV of the own assessment
    const own = await download(w.page, report.getByRole('button', { name: 'Hent som regneark (.csv)' }), 'selvtjek.csv');
    const ownBytes = readFileSync(own.path);
    expect([...ownBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const ownText = ownBytes.toString('utf8').slice(1);
    expect(ownText.split('\r\n')[0]).toBe('Område;Spørgsmål;Vurdering på Ærø: svar;Vurdering på Ærø: note');
    const ownRows = parseCsv(ownText);
    expect(ownRows).toHaveLength(questions.length + 1);
    questions.forEach((q, i) => {
      const r = ownRows[i + 1]!;
      expect(r[0]).toBe(q.area);
      expect(norm(r[1]!)).toBe(norm(q.tekst));
      expect(r[2]).toBe(LABEL[codes[i]!]);
    });
    expect(ownRows[2]![3]).toBe(myNote);
    expect(ownRows[6]![3]).toBe("'-2 dage for sent"); // a leading minus would be a formula

    // CSV of a team round of the three colleagues (the lead leaves her own answers out): every colleague's answer and note
    await w.page.locator('.team-section input[type=file][multiple]').setInputFiles(colleagues.map((c) => c.file));
    await w.page.getByLabel('Mine egne svar er med').uncheck();
    await expect.poll(() => w.page.locator('.team').innerText()).toContain('3 personer');
    const teamFile = await download(w.page, w.page.getByRole('button', { name: 'Hent teamets svar som regneark (.csv)' }), 'team.csv');
    const teamText = readFileSync(teamFile.path, 'utf8');
    expect(teamText.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(teamText.slice(1));
    expect(rows[0]).toEqual(['Område', 'Spørgsmål', ...colleagues.flatMap((c) => [`${c.name}: svar`, `${c.name}: note`]), 'Enighed']);
    expect(rows).toHaveLength(questions.length + 1);
    questions.forEach((q, i) => {
      const r = rows[i + 1]!;
      expect(r[0]).toBe(q.area);
      expect(norm(r[1]!)).toBe(norm(q.tekst));
      colleagues.forEach((c, n) => {
        const code = c.answers[q.id] as keyof typeof LABEL;
        expect(r[2 + 2 * n], `${c.name} ${q.id}`).toBe(LABEL[code]);
        const note = c.notes[q.id] ?? '';
        expect(r[3 + 2 * n]).toBe(note.startsWith('=') ? `'${note}` : note);
      });
      expect(r[8]).toBe(i === 0 ? 'Uenige' : codes[i] === 'ved-ikke' ? 'Ingen svar' : 'Enige');
    });
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('when the document code cannot be loaded (offline before the site was saved), a clear message and the typed text stays', async () => {
    const w = await watchedPage(browser, { acceptDownloads: true });
    await w.context.route(/\/_astro\/files\.[\w-]+\.js$/, (route) => route.abort());
    await w.page.goto(at('/skabeloner/hhh-ark/'));
    const group = w.page.getByRole('group', { name: 'Hent skemaet som dokument' });
    await group.waitFor();
    const field = w.page.locator('.template textarea').first();
    await field.fill('Teksten må ikke gå tabt');
    let downloaded = false;
    w.page.on('download', () => (downloaded = true));
    await group.getByRole('button', { name: 'Hent som ODF (.odt)' }).click();
    await expect.poll(() => group.getByRole('status').innerText()).toBe('Filen kunne ikke laves. Prøv igen, eller brug udskrivning i stedet.');
    expect(downloaded).toBe(false);
    expect(await field.inputValue()).toBe('Teksten må ikke gå tabt');
    await w.context.close();
  });

  it.skipIf(!root)('LibreOffice opens every downloaded document, with the typed text, the headings and æ/ø/å intact', { timeout: 300_000 }, () => {
    expect(made.length).toBe(allTemplates.length * 4 + 2 + 2);
    const out = mkdtempSync(join(tmpdir(), 'lk-docs-txt-'));
    const profile = mkdtempSync(join(tmpdir(), 'lk-lo-profile-'));
    // One soffice run for every file; a private profile so parallel runs do not clash.
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', out, ...made.map((m) => m.file)], { stdio: 'pipe', timeout: 280_000 });
    for (const m of made) {
      const name = m.file.split('/').pop()!.replace(/\.(docx|odt)$/, '.txt');
      const text = norm(readFileSync(join(out, name), 'utf8'));
      for (const p of m.present) expect(text, `${name}: »${p}«`).toContain(norm(p));
      for (const a of m.absent) expect(text, name).not.toContain(a);
      expect(text).toMatch(/[æøå]/);
    }
  });
});
