/**
 * Documents that look filed by a professional (issue 22): the shared layout (binding margin,
 * columns sized to their content), and the structure of every kind of generated document as
 * Word and LibreOffice read it – real headings (outline levels), rows that never split, widow
 * and orphan control, Danish in the core properties, single (not doubled) cell borders in ODF.
 * How the files then lay out (pages, bookmarks, whole words) is checked by LibreOffice in
 * tests/e2e/documents.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NS, entryText, parseXml, unzip } from '../helpers/office-files';
import { cite, sampleDocuments, sampleReport, templates } from '../helpers/document-samples';
import { PT_PER_CM, TYPE, inlineRows, layoutTable, pageBox, textWidth, unbreakables } from '../../src/lib/documents/layout';
import { fromTemplate } from '../../src/lib/documents/template';
import type { DocBlock } from '../../src/lib/documents/model';
import { toDocx } from '../../src/lib/documents/docx';
import { toOdt } from '../../src/lib/documents/odt';
import { brokenWords, outlineOf } from '../e2e/pdf';

type Table = Extract<DocBlock, { type: 'table' }>;
const samples = sampleDocuments();
const longestWord = (t: Pick<Table, 'columns' | 'rows' | 'rowHeaders'>, i: number) =>
  Math.max(0, ...[t.columns[i]!, ...t.rows.map((r) => r[i]?.text ?? '')].flatMap(unbreakables).map((w) => textWidth(w, TYPE.table, true)));

describe('layout: the page', () => {
  it('leaves 2 cm or more on the binding side: the left edge of a portrait page, the top (long) edge of a landscape one', () => {
    const portrait = pageBox('portrait');
    const landscape = pageBox('landscape');
    expect(portrait.left).toBeGreaterThanOrEqual(2);
    expect(landscape.top).toBeGreaterThanOrEqual(2);
    expect(portrait.textWidth).toBeCloseTo((21 - portrait.left - portrait.right) * PT_PER_CM);
    expect(landscape.textWidth).toBeCloseTo((29.7 - landscape.left - landscape.right) * PT_PER_CM);
  });
});

describe('layout: table columns sized to their content', () => {
  it('measures text with Arial\'s metrics', () => {
    // Arial 10 pt: »Virksomhedssamarbejdet« is about 11.7 em wide in bold, 10.9 em in regular
    expect(textWidth('Virksomhedssamarbejdet', 10, true)).toBeGreaterThan(110);
    expect(textWidth('Virksomhedssamarbejdet', 10, true)).toBeLessThan(125);
    expect(textWidth('Virksomhedssamarbejdet', 10)).toBeLessThan(textWidth('Virksomhedssamarbejdet', 10, true));
    expect(textWidth('æøå', 10)).toBeGreaterThan(textWidth('aoa', 10));
  });

  it('a line may break after a hyphen or slash, never inside a word', () => {
    expect(unbreakables('Jeg noterede, at du sagde/gjorde  IT-værktøjer')).toEqual(['Jeg', 'noterede,', 'at', 'du', 'sagde/', 'gjorde', 'IT-', 'værktøjer']);
  });

  it('the »Svar pr. område« table of every checklist: each column holds its longest word; beside counts, the area column is the widest', () => {
    for (const c of ['tjek-jobcentrets-beredskab', 'tjek-samarbejdet-mellem-borger-og-jobcenter', 'paratviden-om-det-lokale-arbejdsmarked', 'klar-til-mestringsforloeb']) {
      const table = sampleReport(c).doc.blocks.find((b): b is Table => b.type === 'table' && b.caption === 'Svar pr. område')!;
      const width = pageBox('portrait').textWidth;
      const layout = layoutTable(table, width);
      expect(layout.hyphenate, c).toBe(false);
      layout.widths.forEach((w, i) => expect(w * width, `${c} kolonne ${i + 1}`).toBeGreaterThan(longestWord(table, i)));
      // a column of counts under a one-word answer (»Ja«, »Nej«) takes no more than it needs
      if (sampleReport(c).checklist.skala === 'ja-delvist-nej') expect(Math.max(...layout.widths), c).toBe(layout.widths[0]);
    }
  });

  it('a form\'s answer grid keeps the widths it asks for when its words fit (row labels 22 %, the answer columns equal)', () => {
    for (const t of templates.filter((x) => x.sektioner.some((s) => s.tabel))) {
      const table = fromTemplate(t, {}, { source: '' }).blocks.find((b): b is Table => b.type === 'table')!;
      const layout = layoutTable(table, pageBox(t.orientering).textWidth);
      expect(layout.hyphenate).toBe(false);
      layout.widths.forEach((w, i) => expect(w, `${t.id} kolonne ${i + 1}`).toBeCloseTo(table.widths![i]!, 2));
    }
  });

  it('for any table: widths add up to the page, and when the words fit side by side no column is narrower than its longest word; otherwise the table is hyphenated', () => {
    const word = fc.stringMatching(/^[a-zA-ZæøåÆØÅ]{1,24}$/);
    const text = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.array(fc.array(text, { minLength: 7, maxLength: 7 }), { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean(), (n, raw, rowHeaders, asked) => {
        const table = {
          columns: raw[0]!.slice(0, n),
          rowHeaders,
          rows: raw.slice(1).map((r) => r.slice(0, n).map((t) => ({ text: t }))),
          widths: asked ? Array.from({ length: n }, (_, i) => i + 1) : undefined,
        };
        const width = pageBox('portrait').textWidth;
        const layout = layoutTable(table, width);
        expect(layout.widths).toHaveLength(n);
        expect(layout.widths.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 6);
        for (const w of layout.widths) expect(w).toBeGreaterThan(0);
        const needs = table.columns.map((_, i) => longestWord(table, i));
        if (!layout.hyphenate) layout.widths.forEach((w, i) => expect(w * width).toBeGreaterThan(needs[i]!));
        else expect(needs.reduce((s, x) => s + x, 0)).toBeGreaterThan(width * 0.8);
      }),
      { numRuns: 300 },
    );
  });

  it('a team table whose colleagues\' long words cannot stand side by side is hyphenated, not cut', () => {
    const long = 'Virksomhedssamarbejdskonsulentordningen';
    const table = { columns: ['Spørgsmål', ...Array.from({ length: 6 }, (_, i) => `Kollega ${i}`), 'Enighed'], rowHeaders: true, rows: [[{ text: 'Spørgsmål' }, ...Array.from({ length: 6 }, () => ({ text: long })), { text: 'Uenige' }]] };
    expect(layoutTable(table, pageBox('portrait').textWidth).hyphenate).toBe(true);
  });

  it('short fields stand side by side as far as they fit, each with room to write', () => {
    const f = (label: string, value = '') => ({ type: 'field', label, value, lines: 1, inline: true }) as const;
    const width = pageBox('portrait').textWidth;
    const rows = inlineRows([f('Dato'), f('Jobkonsulent (holder samtalen)'), f('Observatør')], width);
    expect(rows.map((r) => r.map((p) => p.field.label))).toEqual([['Dato', 'Jobkonsulent (holder samtalen)'], ['Observatør']]);
    for (const row of rows) {
      expect(row.at(-1)!.end).toBeCloseTo(width);
      for (const p of row) expect(p.end - p.start - textWidth(`${p.field.label} `, TYPE.body, true)).toBeGreaterThanOrEqual(3.2 * PT_PER_CM * 0.9);
    }
  });
});

describe('template documents follow the print view', () => {
  it('a section that starts a new page in print starts one in the document; the site\'s added one-line fields stand side by side', () => {
    for (const t of templates) {
      const doc = fromTemplate(t, {}, { source: cite(t) });
      const headings = doc.blocks.filter((b): b is Extract<DocBlock, { type: 'heading' }> => b.type === 'heading');
      expect(headings.map((h) => h.pageBreakBefore === true)).toEqual(t.sektioner.map((s) => s.nySide));
      for (const s of t.sektioner) {
        for (const f of s.felter) {
          const block = doc.blocks.find((b) => b.type === 'field' && b.label === f.label);
          if (block?.type === 'field') expect(block.inline === true, `${t.id}: ${f.label}`).toBe(s.tilfoejet && f.type !== 'tekst');
        }
      }
    }
    expect(templates.some((t) => t.sektioner.some((s) => s.nySide))).toBe(true);
  });
});

describe('a table too narrow for its words is hyphenated by the reader, the rest of the document is not', () => {
  const long = 'Virksomhedssamarbejdskonsulentordningen';
  const wide: DocBlock = { type: 'table', columns: ['Spørgsmål', ...Array.from({ length: 6 }, (_, i) => `Kollega ${i + 1}`)], rowHeaders: true, rows: [[{ text: 'Spørgsmål' }, ...Array.from({ length: 6 }, () => ({ text: long }))]] };
  const narrow: DocBlock = { type: 'table', columns: ['Område', 'Ja'], rowHeaders: true, rows: [[{ text: 'Virksomhedssamarbejdet' }, { text: '2' }]] };
  const doc = (blocks: DocBlock[]) => ({ ...samples[0]!.doc, blocks });

  it('.odt: the wide table\'s cells use the hyphenating paragraph styles; the document\'s default is not to hyphenate', async () => {
    const entries = unzip(await toOdt(doc([narrow, wide])));
    const content = parseXml(entryText(entries, 'content.xml'));
    const styles = parseXml(entryText(entries, 'styles.xml'));
    const [first, second] = [...content.getElementsByTagNameNS(NS.table, 'table')].map((t) => new Set([...t.getElementsByTagNameNS(NS.text, 'p')].map((p) => attr(p, NS.text, 'style-name'))));
    expect([...first!].some((n) => n!.endsWith('delbar'))).toBe(false);
    expect([...second!].every((n) => n!.endsWith('delbar'))).toBe(true);
    const hyphenates = (name: string) => [...styles.getElementsByTagNameNS(NS.style, 'style')].find((s) => attr(s, NS.style, 'name') === name)!.getElementsByTagNameNS(NS.style, 'text-properties')[0]!;
    expect(attr(hyphenates('Table_20_Contents_20_delbar'), NS.fo, 'hyphenate')).toBe('true');
    const defaults = styles.getElementsByTagNameNS(NS.style, 'default-style')[0]!.getElementsByTagNameNS(NS.style, 'text-properties')[0]!;
    expect(attr(defaults, NS.fo, 'hyphenate')).toBe('false');
  });

  it('.docx: Word hyphenates (in Danish, the document\'s language) only a document with such a table', async () => {
    const settings = async (blocks: DocBlock[]) => entryText(unzip(await toDocx(doc(blocks))), 'word/settings.xml');
    expect(await settings([narrow, wide])).toMatch(/<w:autoHyphenation\/>|<w:autoHyphenation w:val="(true|1)"\/>/);
    expect(await settings([narrow])).not.toMatch(/<w:autoHyphenation(\/>| w:val="(true|1)")/);
  });
});

// ---- the files, as Word and LibreOffice read them -------------------------------------------

const attr = (el: Element, ns: string, name: string) => el.getAttributeNS(ns, name);
const children = (el: Element, ns: string, local: string) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === local);

describe.each(samples.map((s) => [s.name, s] as const))('.docx structure: %s', (_, sample) => {
  it('real headings with outline levels, rows that never split, widow control, Danish, a binding margin, fixed column widths', async () => {
    const entries = unzip(await toDocx(sample.doc));
    const document = parseXml(entryText(entries, 'word/document.xml'));
    const styles = parseXml(entryText(entries, 'word/styles.xml'));
    const core = parseXml(entryText(entries, 'docProps/core.xml'));

    // every heading style has its outline level, keeps with the next paragraph and keeps its lines together
    const styleEls = [...styles.getElementsByTagNameNS(NS.w, 'style')];
    for (const level of [1, 2, 3, 4]) {
      const style = styleEls.find((s) => attr(s, NS.w, 'styleId') === `Heading${level}`)!;
      const pPr = children(style, NS.w, 'pPr')[0]!;
      expect(attr(children(pPr, NS.w, 'outlineLvl')[0]!, NS.w, 'val'), `Heading${level}`).toBe(String(level - 1));
      expect(children(pPr, NS.w, 'keepNext')).toHaveLength(1);
      expect(children(pPr, NS.w, 'keepLines')).toHaveLength(1);
    }
    // every paragraph that uses a style uses one that exists
    const ids = new Set(styleEls.map((s) => attr(s, NS.w, 'styleId')));
    for (const ps of document.getElementsByTagNameNS(NS.w, 'pStyle')) expect(ids.has(attr(ps, NS.w, 'val')), attr(ps, NS.w, 'val')!).toBe(true);
    expect([...document.getElementsByTagNameNS(NS.w, 'pStyle')].some((ps) => attr(ps, NS.w, 'val') === 'Heading1')).toBe(true);

    // every table row: cantSplit; the first row of every table repeats as header
    for (const tbl of document.getElementsByTagNameNS(NS.w, 'tbl')) {
      const rows = children(tbl, NS.w, 'tr');
      for (const tr of rows) {
        const cant = tr.getElementsByTagNameNS(NS.w, 'cantSplit')[0];
        expect(cant, 'w:cantSplit').toBeDefined();
        expect(['true', '1', '', null]).toContain(attr(cant!, NS.w, 'val'));
      }
      expect(rows[0]!.getElementsByTagNameNS(NS.w, 'tblHeader')).toHaveLength(1);
      // columns sized by layout.ts, fixed so Word keeps them, within the text width
      expect(attr(tbl.getElementsByTagNameNS(NS.w, 'tblLayout')[0]!, NS.w, 'type')).toBe('fixed');
      const grid = [...tbl.getElementsByTagNameNS(NS.w, 'gridCol')].map((g) => Number(attr(g, NS.w, 'w')));
      expect(grid.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(Math.round(pageBox(sample.doc.orientation).textWidth * 20) + 1);
    }

    // widow and orphan control on every paragraph of the body
    const body = document.getElementsByTagNameNS(NS.w, 'body')[0]!;
    for (const p of body.getElementsByTagNameNS(NS.w, 'p')) {
      if (p.getElementsByTagNameNS(NS.w, 't').length === 0) continue;
      expect(p.getElementsByTagNameNS(NS.w, 'widowControl').length, 'w:widowControl').toBe(1);
    }

    // Danish: every run's default language and the core properties
    expect([...styles.getElementsByTagNameNS(NS.w, 'lang')].map((l) => attr(l, NS.w, 'val'))).toContain('da-DK');
    expect([...core.getElementsByTagNameNS(NS.dc, 'language')].map((l) => l.textContent)).toEqual(['da-DK']);

    // 2 cm or more on the binding side
    const mar = document.getElementsByTagNameNS(NS.w, 'pgMar')[0]!;
    const side = sample.doc.orientation === 'portrait' ? 'left' : 'top';
    expect(Number(attr(mar, NS.w, side))).toBeGreaterThanOrEqual(1134);
  });
});

describe.each(samples.map((s) => [s.name, s] as const))('.odt structure: %s', (_, sample) => {
  it('rows keep together, headings keep with the next paragraph, widows and orphans, a binding margin, single cell borders', async () => {
    const entries = unzip(await toOdt(sample.doc));
    const content = parseXml(entryText(entries, 'content.xml'));
    const styles = parseXml(entryText(entries, 'styles.xml'));
    const all = [...content.getElementsByTagNameNS(NS.style, 'style'), ...styles.getElementsByTagNameNS(NS.style, 'style')];
    const style = (name: string) => all.find((s) => attr(s, NS.style, 'name') === name);
    const props = (name: string, kind: string) => style(name)?.getElementsByTagNameNS(NS.style, kind)[0];

    for (const row of content.getElementsByTagNameNS(NS.table, 'table-row')) {
      expect(attr(props(attr(row, NS.table, 'style-name')!, 'table-row-properties')!, NS.fo, 'keep-together')).toBe('always');
    }
    for (const name of ['Heading']) {
      const p = props(name, 'paragraph-properties')!;
      expect([attr(p, NS.fo, 'keep-with-next'), attr(p, NS.fo, 'keep-together')]).toEqual(['always', 'always']);
    }
    for (const h of content.getElementsByTagNameNS(NS.text, 'h')) {
      // every heading style descends from Heading (keeps with next) and has an outline level
      let s = style(attr(h, NS.text, 'style-name')!);
      const chain: string[] = [];
      while (s) {
        chain.push(attr(s, NS.style, 'name')!);
        s = style(attr(s, NS.style, 'parent-style-name') ?? '');
      }
      expect(chain).toContain('Heading');
      expect(Number(attr(h, NS.text, 'outline-level'))).toBeGreaterThanOrEqual(1);
    }
    const defaults = styles.getElementsByTagNameNS(NS.style, 'default-style')[0]!.getElementsByTagNameNS(NS.style, 'paragraph-properties')[0]!;
    expect([attr(defaults, NS.fo, 'widows'), attr(defaults, NS.fo, 'orphans')]).toEqual(['2', '2']);

    const layout = styles.getElementsByTagNameNS(NS.style, 'page-layout-properties')[0]!;
    const side = sample.doc.orientation === 'portrait' ? 'margin-left' : 'margin-top';
    expect(parseFloat(attr(layout, NS.fo, side)!)).toBeGreaterThanOrEqual(2);

    // borders: a cell draws its left edge only in the first column and its top edge only in the
    // first row, so two neighbours never both draw the line between them
    for (const table of content.getElementsByTagNameNS(NS.table, 'table')) {
      [...table.getElementsByTagNameNS(NS.table, 'table-row')].forEach((row, r) => {
        children(row, NS.table, 'table-cell').forEach((cell, c) => {
          const p = props(attr(cell, NS.table, 'style-name')!, 'table-cell-properties')!;
          expect(attr(p, NS.fo, 'border')).toBeNull();
          expect(attr(p, NS.fo, 'border-right')).toMatch(/solid/);
          expect(attr(p, NS.fo, 'border-bottom')).toMatch(/solid/);
          expect(attr(p, NS.fo, 'border-left'), `rad ${r} kolonne ${c}`).toBe(c === 0 ? '0.5pt solid #000000' : 'none');
          expect(attr(p, NS.fo, 'border-top'), `rad ${r} kolonne ${c}`).toBe(r === 0 ? '0.5pt solid #000000' : 'none');
        });
      });
    }
  });
});

describe('the PDF readers of the browser test (tests/e2e/pdf.ts) can fail', () => {
  it('brokenWords finds a word cut at a line end, with or without a hyphen added, and accepts a break at the word\'s own hyphen', () => {
    const words = ['Virksomhedssamarbejdet er helhedsorienteret', 'IT-værktøjer', 'Viden om arbejdsmarkedet'];
    expect(brokenWords('Virksomhedss\namarbejdet er', words)).toEqual(['Virksomhedss|amarbejdet']);
    expect(brokenWords('er helheds-\norienteret', words)).toEqual(['helheds-|orienteret']);
    expect(brokenWords('IT-\nværktøjer\nViden om\narbejdsmarkedet', words)).toEqual([]);
  });

  it('outlineOf reads the bookmarks pdftohtml lists, nested ones too', () => {
    const xml = '<pdf2xml><page/><outline><item page="1">Aftaleguide til &amp; med</item><outline><item page="1">Formål</item><item page="2">Vilkår</item></outline></outline></pdf2xml>';
    expect(outlineOf(xml)).toEqual(['Aftaleguide til & med', 'Formål', 'Vilkår']);
    expect(outlineOf('<pdf2xml><page/></pdf2xml>')).toEqual([]);
  });
});
