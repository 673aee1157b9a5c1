/**
 * Documents made in the browser: every template (blank and filled), Min plan and the Selvtjek
 * report (with a three-colleague team view) download as .docx and .odt; Selvtjek and the team
 * view as .csv. Each file is opened with readers that are not the site's code: an unzip and a
 * strict XML parse for every file, an RFC 4180 parse for the CSV (checked column by column),
 * LibreOffice headless, which converts every document to PDF in ONE run (it starts slowly),
 * poppler (`pdftohtml -xml`, one call per file) reading the PDFs – text, page count, bookmarks, rows
 * and words kept whole – and jing with the ODF 1.2 schema. Those last parts only in the root
 * run; the sub-path run downloads and unzips.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Browser, Locator, Page } from 'playwright-core';
import { at, launch, watchedPage } from './browser';
import { brokenWords, readPdf } from './pdf';
import { entryText, parseCsv, parseXml, unzip } from '../helpers/office-files';
import { createAssessment } from '../../src/lib/selvtjek/model';
import { exportAssessment } from '../../src/lib/selvtjek/file';
import { danishDate, isoDay } from '../../src/lib/documents/model';

const root = inject('basePath') === '/';
/** The OASIS ODF 1.2 RelaxNG schema ships inside Debian's libjopendocument-java. */
const ODF_SCHEMA_JAR = '/usr/share/java/jOpenDocument-1.3.jar';
const dist = inject('distDir');
const allTemplates = readdirSync(join(dist, 'skabeloner'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
// All ten in the root run; two (one with a table) under the sub-path, where only the download is in question.
const templates = root ? allTemplates : allTemplates.filter((t) => t === 'aftaleguide-virksomhedspraktik' || t === 'livshjul');
const dir = mkdtempSync(join(tmpdir(), 'lk-docs-'));

/**
 * Every document downloaded, with what LibreOffice must find in it: text (and text it must not
 * have), its headings as PDF bookmarks, a form's printed page count, and the typed values of
 * each table row (which must stand on one page).
 */
interface Made {
  file: string;
  present: string[];
  absent: string[];
  headings: string[];
  pages?: number | undefined;
  rows?: string[][] | undefined;
}
const made: Made[] = [];
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
      const pages = Number(await w.page.locator('[data-page-count]').getAttribute('data-page-count'));
      const headings = [title, ...(await texts(w.page.locator('.template-section h2')))];
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
      // what was typed in each table row: a row never splits, so its values stand on one page
      const rows = await w.page.locator('.answer-grid tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input[type=text]')].map((f) => f.value)),
      );
      for (const format of ['docx', 'odt'] as const) {
        const button = group.getByRole('button', { name: format === 'docx' ? 'Hent som Word (.docx)' : 'Hent som ODF (.odt)' });
        const filled = await download(w.page, button, `${id}-udfyldt-${format}.${format}`);
        expect(filled.suggested).toMatch(new RegExp(`^${id}-udfyldt-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
        expect(xmlOf(filled.path)).toContain(typed[0]);
        made.push({ file: filled.path, present: [...structure, ...typed], absent: [], headings, pages, rows });
      }
      await group.getByLabel('Tomt skema (uden det, du har skrevet)').check();
      for (const format of ['docx', 'odt'] as const) {
        const button = group.getByRole('button', { name: format === 'docx' ? 'Hent som Word (.docx)' : 'Hent som ODF (.odt)' });
        const blank = await download(w.page, button, `${id}-tomt-${format}.${format}`);
        expect(blank.suggested).toBe(`${id}-tomt.${format}`);
        expect(xmlOf(blank.path)).not.toContain('zq0');
        made.push({ file: blank.path, present: structure, absent: ['zq0'], headings, pages });
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
    await w.page.locator('.hub[data-ready]').waitFor();
    const boxes = w.page.locator('.hub-list > li:not([hidden]) input[type=checkbox]');
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
      // items are numbered as in the printed plan (an <ol>): »1. Titel«
      made.push({ file: f.path, present, absent: [], headings: ['Min plan', ...(await titles.allInnerTexts()).map((t, i) => `${i + 1}. ${t}`)] });
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
      const notes: Record<string, string> = n === 1 ? { [questions[0]!.id]: 'Uenig; "for tidligt"\nanden linje', [questions[2]!.id]: '=HYPERLINK("x")' } : n === 2 ? { [questions[1]!.id]: 'Åsteds note', [questions[3]!.id]: '\t=2+2', [questions[4]!.id]: 'Virksomhedssamarbejdet er helhedsorienteret' } : {};
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
    await qs.nth(6).getByLabel('Note (valgfri)').fill(' =1+1'); // LibreOffice's »Trim spaces« would compute it
    await qs.nth(7).getByLabel('Note (valgfri)').fill('-10 %'); // a number: left as it is

    // The lead's own report (the team's report, with a team round open, is tests/e2e/team.test.ts').
    const report = w.page.getByRole('group', { name: 'Hent rapporten' });
    const advice = (await w.page.locator('.action-list > li').first().locator('a').first().innerText()).trim();
    const present = [entry.titel, 'Vurdering på Ærø', ...entry.omraader.map((o) => o.titel), ...questions.map((q) => q.tekst), 'Svar: Nej', myNote, 'Resultat', 'Handlingsliste', advice];
    for (const format of ['docx', 'odt'] as const) {
      const f = await download(w.page, report.getByRole('button', { name: format === 'docx' ? 'Hent som Word (.docx)' : 'Hent som ODF (.odt)' }), `selvtjek-rapport-${format}.${format}`);
      expect(f.suggested).toMatch(new RegExp(`^${id}-vurdering-paa-aeroe-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      made.push({ file: f.path, present, absent: [], headings: [entry.titel, ...entry.omraader.map((o) => o.titel), 'Resultat', 'Handlingsliste'] });
    }

    // CSV of the own assessment
    const own = await download(w.page, report.getByRole('button', { name: 'Hent som regneark (.csv)' }), 'selvtjek.csv');
    const ownBytes = readFileSync(own.path);
    expect([...ownBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const ownText = ownBytes.toString('utf8').slice(1);
    // the first record names the checklist, the assessment and its date; then the header row
    const [ownTitle, ...ownRows] = parseCsv(ownText);
    expect(ownTitle!.slice(0, 2)).toEqual([entry.titel, 'Vurdering på Ærø']);
    expect(ownTitle![2]).toMatch(/^\d{1,2}\. [a-z]+ \d{4}$/);
    expect(ownText.split('\r\n')[1]).toBe('Område;Spørgsmål;Vurdering på Ærø: svar;Vurdering på Ærø: note');
    expect(ownRows).toHaveLength(questions.length + 1);
    questions.forEach((q, i) => {
      const r = ownRows[i + 1]!;
      expect(r[0]).toBe(q.area);
      expect(norm(r[1]!)).toBe(norm(q.tekst));
      expect(r[2]).toBe(LABEL[codes[i]!]);
    });
    expect(ownRows[2]![3]).toBe(myNote);
    expect(ownRows[6]![3]).toBe("'-2 dage for sent"); // a leading minus would be a formula
    expect(ownRows[7]![3]).toBe("' =1+1"); // guarded by its first non-blank character (issue 21, item 8)
    expect(ownRows[8]![3]).toBe('-10 %');

    // CSV of a team round of the three colleagues (the lead leaves her own answers out): every colleague's answer and note
    await w.page.locator('.team-section input[type=file][multiple]').setInputFiles(colleagues.map((c) => c.file));
    await w.page.getByLabel('Mine egne svar er med').uncheck();
    await expect.poll(() => w.page.locator('.team').innerText()).toContain('3 personer');
    const teamFile = await download(w.page, w.page.getByRole('button', { name: 'Hent teamets svar som regneark (.csv)' }), 'team.csv');
    const teamText = readFileSync(teamFile.path, 'utf8');
    expect(teamText.charCodeAt(0)).toBe(0xfeff);
    const [teamTitle, ...rows] = parseCsv(teamText.slice(1));
    expect(teamTitle!.slice(0, 2)).toEqual([entry.titel, 'Teamrunde']); // the round's name
    expect(rows[0]).toEqual(['Område', 'Spørgsmål', ...colleagues.flatMap((c) => [`${c.name}: svar`, `${c.name}: note`]), 'Enighed']);
    expect(rows).toHaveLength(questions.length + 1);
    questions.forEach((q, i) => {
      const r = rows[i + 1]!;
      expect(r[0]).toBe(q.area);
      expect(norm(r[1]!)).toBe(norm(q.tekst));
      colleagues.forEach((c, n) => {
        const code = c.answers[q.id] as keyof typeof LABEL;
        expect(r[2 + 2 * n], `${c.name} ${q.id}`).toBe(LABEL[code]);
        const note = (c.notes[q.id] ?? '').replace(/\t/g, ' ');
        expect(r[3 + 2 * n]).toBe(/^\s*=/.test(note) ? `'${note}` : note);
      });
      expect(r[8]).toBe(i === 0 ? 'Uenige' : codes[i] === 'ved-ikke' ? 'Ingen svar' : 'Enige');
    });

    // The team's report (issue 22 and 20): the round's headings as real headings, the colleagues'
    // notes in the team table with no word cut in two.
    const roundHeading = `Teamrunde: Teamrunde, ${danishDate(isoDay(new Date()))}`;
    const teamPresent = [entry.titel, roundHeading, 'Drøft først', 'Svar i teamet', 'Teamets handlingsliste', ...colleagues.map((c) => c.name), 'Åsteds note', 'Virksomhedssamarbejdet er helhedsorienteret'];
    for (const format of ['docx', 'odt'] as const) {
      const f = await download(w.page, report.getByRole('button', { name: format === 'docx' ? 'Hent som Word (.docx)' : 'Hent som ODF (.odt)' }), `selvtjek-team-${format}.${format}`);
      expect(f.suggested).toMatch(new RegExp(`^${id}-teamrunde-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      made.push({ file: f.path, present: teamPresent, absent: ['Vurdering på Ærø'], headings: [entry.titel, roundHeading, 'Drøft først', 'Svar i teamet', 'Teamets handlingsliste'] });
    }
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

  it.skipIf(!root)('LibreOffice opens every document as a PDF with its text, real headings (bookmarks), a form\'s printed page count, no row split over two pages and no word cut in two', { timeout: 300_000 }, () => {
    expect(made.length).toBe(allTemplates.length * 4 + 2 + 2 + 2);
    const out = mkdtempSync(join(tmpdir(), 'lk-docs-pdf-'));
    const profile = mkdtempSync(join(tmpdir(), 'lk-lo-profile-'));
    // One soffice run for every file (it starts slowly); a private profile so parallel runs do not clash.
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', out, ...made.map((m) => m.file)], { stdio: 'pipe', timeout: 280_000 });
    for (const m of made) {
      const name = m.file.split('/').pop()!.replace(/\.(docx|odt)$/, '.pdf');
      const pdf = readPdf(join(out, name));
      // every line of text in the writer's order: a table cell by cell
      const raw = pdf.pageTexts.join('\n');
      const text = norm(raw);
      for (const p of m.present) expect(text, `${name}: »${p}«`).toContain(norm(p));
      for (const a of m.absent) expect(text, name).not.toContain(a);
      expect(text).toMatch(/[æøå]/);
      // headings are real headings: every one is a bookmark, in order
      const outline = pdf.outline.map(norm);
      expect(outline.filter((o) => m.headings.map(norm).includes(o)), `${name}: bogmærker`).toEqual(m.headings.map(norm));
      // a form has the pages of its print view
      if (m.pages) expect(pdf.pages, `${name}: ${pdf.pages} sider, udskriften har ${m.pages}`).toBe(m.pages);
      // each table row on one page
      for (const row of m.rows ?? []) {
        const on = new Set(row.map((v) => pdf.pageTexts.findIndex((t) => norm(t).includes(norm(v)))));
        expect(on.size, `${name}: rækken ${row.join(' | ')} står på sider ${[...on].map((i) => i + 1).join(', ')}`).toBe(1);
        expect(on.has(-1)).toBe(false);
      }
      // no word is cut at a line end (in a table cell or anywhere else)
      expect(brokenWords(raw, m.present), name).toEqual([]);
    }
  });

  it.skipIf(!root)('every .odt passes the ODF 1.2 schema (jing with the OASIS RelaxNG schema from Debian\'s libjopendocument-java)', () => {
    const odts = made.filter((m) => m.file.endsWith('.odt')).map((m) => m.file);
    expect(odts.length).toBe(allTemplates.length * 2 + 3);
    const work = mkdtempSync(join(tmpdir(), 'lk-odf-schema-'));
    const schema = join(work, 'OpenDocument-v1.2-schema.rng');
    const inJar = 'org/jopendocument/dom/oofficeDTDs/OpenDocument-v1.2-schema.rng';
    writeFileSync(schema, entryText(unzip(readFileSync(ODF_SCHEMA_JAR), (n) => n === inJar), inJar));
    const parts = odts.flatMap((file, i) => {
      const entries = unzip(readFileSync(file));
      return ['content.xml', 'styles.xml', 'meta.xml'].map((part) => {
        const path = join(work, `${i}-${part}`);
        writeFileSync(path, entryText(entries, part));
        return path;
      });
    });
    // -i: no ID/IDREF compatibility checks, which the ODF schema's own patterns do not pass
    const result = spawnSync('jing', ['-i', schema, ...parts], { encoding: 'utf8' });
    expect(result.error, 'jing is missing: apt-get install jing libjopendocument-java').toBeUndefined();
    expect(result.stdout.trim(), result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
