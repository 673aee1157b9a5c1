/**
 * Generated documents (src/lib/documents/): the neutral model built from the content entries,
 * and the .odt, .docx and .csv writers, each file opened with an independent reader
 * (tests/helpers/office-files.ts: unzip over node:zlib, strict XML parse, RFC 4180 CSV parse).
 * LibreOffice opening the files in a browser download is tested in tests/e2e/documents.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NS, entryText, parseCsv, parseXml, textsOf, unzip } from '../helpers/office-files';
import { checklistFromContent, cite, templates as sampleTemplates } from '../helpers/document-samples';
import { cleanText, type DocBlock, type DocModel } from '../../src/lib/documents/model';
import { fromTemplate, templateKeys } from '../../src/lib/documents/template';
import { fromPlan } from '../../src/lib/documents/plan';
import { fromSelvtjekReport } from '../../src/lib/documents/selvtjek';
import { csvCell, selvtjekCsv, toCsv } from '../../src/lib/documents/csv';
import { zip } from '../../src/lib/documents/zip';
import { toOdt } from '../../src/lib/documents/odt';
import { toDocx } from '../../src/lib/documents/docx';

// ---- content from disk, shaped as the pages hand it over ------------------------------------

const templates = sampleTemplates;

/** Every piece of text in the model, one string per block (list items and cells joined). */
function blockTexts(doc: DocModel): string[] {
  const list = (items: { text: string; children?: any[] }[]): string[] => items.flatMap((i) => [i.text, ...list(i.children ?? [])]);
  return [
    doc.title,
    ...(doc.source ? [doc.source] : []),
    ...doc.blocks.flatMap((b: DocBlock): string[] => {
      switch (b.type) {
        case 'heading':
        case 'paragraph':
          return [b.text];
        case 'list':
          return list(b.items);
        case 'table':
          return [...(b.caption ? [b.caption] : []), ...b.columns, ...b.rows.flatMap((r) => r.map((c) => c.text))];
        case 'field':
          return [b.label, b.value];
        case 'check':
          return [b.label];
      }
    }),
  ];
}
const allText = (doc: DocModel) => blockTexts(doc).join('\n');
const headings = (doc: DocModel, level?: number) => doc.blocks.filter((b): b is Extract<DocBlock, { type: 'heading' }> => b.type === 'heading' && (level === undefined || b.level === level)).map((b) => b.text);

/** Text of an ODF element with spaces, tabs and line breaks expanded. */
function odfText(el: Element): string {
  let s = '';
  for (const n of el.childNodes) {
    if (n.nodeType === 3) s += n.nodeValue;
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (e.namespaceURI === NS.text && e.localName === 's') s += ' '.repeat(Number(e.getAttributeNS(NS.text, 'c') ?? 1) || 1);
      else if (e.namespaceURI === NS.text && e.localName === 'tab') s += '\t';
      else if (e.namespaceURI === NS.text && e.localName === 'line-break') s += '\n';
      else s += odfText(e);
    }
  }
  return s;
}
/** Text of a WordprocessingML paragraph: w:t runs, w:br as a line break. */
function docxParagraphText(p: Element): string {
  let s = '';
  const walk = (el: Element) => {
    for (const n of el.children) {
      if (n.namespaceURI === NS.w && n.localName === 't') s += n.textContent;
      else if (n.namespaceURI === NS.w && n.localName === 'br') s += '\n';
      else if (n.namespaceURI === NS.w && n.localName === 'tab') s += '\t';
      else walk(n);
    }
  };
  walk(p);
  return s;
}

async function openOdt(doc: DocModel) {
  const bytes = await toOdt(doc);
  const entries = unzip(bytes);
  const xml = Object.fromEntries(['content.xml', 'styles.xml', 'meta.xml', 'META-INF/manifest.xml'].map((n) => [n, parseXml(entryText(entries, n))]));
  return { bytes, entries, xml, content: xml['content.xml']!, styles: xml['styles.xml']! };
}
async function openDocx(doc: DocModel) {
  const bytes = await toDocx(doc);
  const entries = unzip(bytes);
  const xml = Object.fromEntries(entries.filter((e) => e.name.endsWith('.xml') || e.name.endsWith('.rels')).map((e) => [e.name, parseXml(e.data.toString('utf8'))]));
  return { bytes, entries, xml, document: xml['word/document.xml']!, styles: xml['word/styles.xml']! };
}
const odtParagraphs = (d: Document) => [...d.getElementsByTagNameNS(NS.text, 'p'), ...d.getElementsByTagNameNS(NS.text, 'h')].map(odfText);
const docxParagraphs = (d: Document) => [...d.getElementsByTagNameNS(NS.w, 'p')].map(docxParagraphText);

const DANISH = 'Blåbærgrød på Ærø – Øster Søgård';

// ---- CRC, ZIP ---------------------------------------------------------------------------------

describe('zip container', () => {
  it('writes mimetype first, stored, without extra field; the rest deflated; an independent reader gets every byte back', async () => {
    const big = 'æøå '.repeat(2000);
    const bytes = await zip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
      { name: 'content.xml', data: big },
      { name: 'META-INF/manifest.xml', data: '<m/>' },
      { name: 'tom.txt', data: new Uint8Array(0) },
    ]);
    const entries = unzip(bytes);
    expect(entries.map((e) => e.name)).toEqual(['mimetype', 'content.xml', 'META-INF/manifest.xml', 'tom.txt']);
    expect(entries[0]).toMatchObject({ method: 0, offset: 0, localExtra: 0 });
    // ODF: the mimetype's bytes sit at offset 38 so tools can sniff the type
    expect(Buffer.from(bytes.subarray(38, 38 + 39)).toString('latin1')).toBe('application/vnd.oasis.opendocument.text');
    expect(entries[1]!.method).toBe(8);
    expect(entries[1]!.data.toString('utf8')).toBe(big);
    expect(bytes.length).toBeLessThan(Buffer.byteLength(big) / 4);
    expect(entries[3]!.data.length).toBe(0);
  });

  it('round-trips arbitrary entries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,8}\.xml$/), fc.uint8Array({ maxLength: 3000 }), fc.boolean()), { minLength: 1, maxLength: 5 }), async (files) => {
        const uniq = files.filter((f, i) => files.findIndex((g) => g[0] === f[0]) === i);
        const entries = unzip(await zip(uniq.map(([name, data, store]) => ({ name, data, store }))));
        expect(entries.map((e) => [e.name, [...e.data]])).toEqual(uniq.map(([name, data]) => [name, [...data]]));
      }),
      { numRuns: 40 },
    );
  });
});

// ---- the model from the content ----------------------------------------------------------------

describe('model: templates', () => {
  it('all ten templates are there', () => expect(templates).toHaveLength(10));

  for (const t of templates) {
    describe(t.id, () => {
      const source = cite(t);
      it('blank: title, source line, every section heading, help text, field label, column and row label; writing lines where the print has lines', () => {
        const doc = fromTemplate(t, {}, { source });
        expect(doc.title).toBe(t.titel);
        expect(doc.source).toBe(source);
        expect(doc.language).toBe('da-DK');
        expect(doc.orientation).toBe(t.orientering);
        expect(doc.footer).toBe(`${t.titel} · Kilde: ${source}`);
        expect(headings(doc, 2)).toEqual(t.sektioner.map((s) => s.overskrift));
        const text = allText(doc);
        for (const p of t.indledning) expect(text).toContain(p);
        for (const s of t.sektioner) {
          if (s.hjaelp) expect(text).toContain(s.hjaelp);
          for (const f of s.felter) {
            const block = doc.blocks.find((b) => (b.type === 'field' || b.type === 'check') && b.label === f.label);
            expect(block, f.label).toBeDefined();
            if (block?.type === 'field') expect(block).toMatchObject({ value: '', lines: f.type === 'tekst' ? f.linjer : 1 });
            if (block?.type === 'check') expect(block.checked).toBe(false);
            // the source's worked example is screen-only in the print view, and so here
            for (const e of f.eksempel ?? []) expect(text).not.toContain(e);
          }
          if (s.tabel) {
            const table = doc.blocks.find((b) => b.type === 'table')!;
            expect(table.type === 'table' && table.columns).toEqual([s.tabel.raekkeOverskrift ?? '', ...s.tabel.kolonner]);
            if (table.type !== 'table') throw new Error();
            expect(table.rows).toHaveLength(s.tabel.raekker.length + s.tabel.tommeRaekker);
            expect(table.rows.map((r) => r[0]!.text).slice(0, s.tabel.raekker.length)).toEqual(s.tabel.raekker);
            for (const r of table.rows) for (const c of r.slice(1)) expect(c).toEqual({ text: '', lines: s.tabel.linjer });
          }
        }
      });

      it('filled: every typed value lands under its label or in its cell, line breaks kept', () => {
        const values: Record<string, string | boolean> = {};
        const expected: string[] = [];
        t.sektioner.forEach((s, si) => {
          for (const f of s.felter) {
            if (f.type === 'afkrydsning') values[templateKeys.field(t.id, f.id)] = true;
            else {
              const v = `${f.id} svar æøå\nanden linje`;
              values[templateKeys.field(t.id, f.id)] = v;
              expected.push(v);
            }
          }
          if (s.tabel) {
            const rows = s.tabel.raekker.length + s.tabel.tommeRaekker;
            for (let ri = 0; ri < rows; ri++) {
              if (ri >= s.tabel.raekker.length) values[templateKeys.rowLabel(t.id, si, ri)] = `Område ${ri} Å`;
              s.tabel.kolonner.forEach((_, ci) => {
                values[templateKeys.cell(t.id, si, ri, ci)] = `celle ${ri}/${ci} ø`;
              });
            }
          }
        });
        const doc = fromTemplate(t, values, { source });
        const text = allText(doc);
        for (const v of expected) expect(text).toContain(v);
        for (const b of doc.blocks) if (b.type === 'check') expect(b.checked).toBe(true);
        const table = doc.blocks.find((b) => b.type === 'table');
        if (table?.type === 'table') {
          table.rows.forEach((r, ri) => r.slice(1).forEach((c, ci) => expect(c.text).toBe(`celle ${ri}/${ci} ø`)));
          const own = table.rows.filter((_, ri) => ri >= (t.sektioner.find((s) => s.tabel)!.tabel!.raekker.length));
          for (const r of own) expect(r[0]!.text).toMatch(/^Område \d+ Å$/);
        }
      });
    });
  }

  it('whitespace-only values count as blank (writing lines, not an empty answer)', () => {
    const t = templates.find((x) => x.id === 'aftaleguide-virksomhedspraktik')!;
    const doc = fromTemplate(t, { [templateKeys.field(t.id, 'navn')]: '   \n ' }, { source: 's' });
    expect(doc.blocks.find((b) => b.type === 'field' && b.label === 'Navn')).toMatchObject({ value: '', lines: 1 });
  });
});

describe('model: Min plan', () => {
  it('has the print view\'s heading per recommendation, its source line and the three fields; empty fields get writing lines', () => {
    const doc = fromPlan([
      { titel: 'Inddrag borgeren', kilde: 'Inspirationskatalog, s. 7', gruppe: 'Fase 2: Forberedelse', ansvarlig: 'Teamleder Åse', dato: '2027-03-01', note: 'Drøftes på ledermødet.\nHusk Ærø.' },
      { titel: 'Tidsplan', kilde: 'Inspirationskatalog, s. 8', gruppe: 'Fase 3', ansvarlig: '', dato: '', note: '' },
    ]);
    expect(doc.title).toBe('Min plan');
    expect(headings(doc, 2)).toEqual(['1. Inddrag borgeren', '2. Tidsplan']);
    const text = allText(doc);
    expect(text).toContain('Inspirationskatalog, s. 7 · Fase 2: Forberedelse');
    expect(text).toContain('Drøftes på ledermødet.\nHusk Ærø.');
    expect(doc.blocks.filter((b) => b.type === 'field').map((b) => b.type === 'field' && [b.label, b.value])).toEqual([
      ['Ansvarlig', 'Teamleder Åse'],
      ['Dato', '1. marts 2027'],
      ['Egen note', 'Drøftes på ledermødet.\nHusk Ærø.'],
      ['Ansvarlig', ''],
      ['Dato', ''],
      ['Egen note', ''],
    ]);
  });
});

describe('model: Selvtjek report', () => {
  const checklist = checklistFromContent('tjek-jobcentrets-beredskab');
  const qids = checklist.omraader.flatMap((o) => o.spoergsmaal.map((q) => q.id));
  const answers = Object.fromEntries(qids.map((id, i) => [id, ['ja', 'nej', 'delvist', 'ved-ikke'][i % 4]!]));
  const assessment = { name: 'Teammøde marts', date: '2027-03-02', answers, notes: { [qids[1]!]: 'Vi mangler et for-forløb; "snart".' } };

  it('has answers, notes, results per area, and the action list with the recommendations\' own text', () => {
    const doc = fromSelvtjekReport(checklist, assessment, { origin: 'https://kommune.dk' });
    expect(doc.title).toBe('Tjek jobcentrets beredskab');
    expect(doc.source).toBe(checklist.citation);
    const text = allText(doc);
    expect(text).toContain('Teammøde marts, 2. marts 2027');
    for (const o of checklist.omraader) expect(headings(doc, 2)).toContain(o.titel);
    for (const q of checklist.omraader.flatMap((o) => o.spoergsmaal)) expect(text).toContain(q.tekst);
    expect(text).toContain('Svar: Nej');
    expect(text).toContain('Note: Vi mangler et for-forløb; "snart".');
    expect(headings(doc)).toEqual(expect.arrayContaining(['Resultat', 'Handlingsliste']));
    const table = doc.blocks.find((b) => b.type === 'table' && b.caption === 'Svar pr. område');
    expect(table?.type === 'table' && table.columns).toEqual(['Område', 'Ja', 'Delvist', 'Nej', 'Ved ikke', 'Ikke besvaret']);
    // action list: every Nej/Delvist question with the advice's heading, source and text
    const gaps = qids.filter((id) => ['nej', 'delvist'].includes(answers[id]!));
    expect(gaps.length).toBeGreaterThan(0);
    for (const id of gaps) {
      const q = checklist.omraader.flatMap((o) => o.spoergsmaal).find((x) => x.id === id)!;
      for (const l of q.links) {
        if (l.forklaring) {
          expect(headings(doc, 4)).toContain(l.forklaring.titel);
          expect(text).toContain(l.forklaring.kilde);
          for (const p of l.forklaring.tekst) expect(text).toContain(p);
        } else expect(text).toContain(`${l.tekst}: https://kommune.dk${l.href}`);
      }
    }
    expect(headings(doc)).not.toContain('Teamvisning');
  });

  it('a recommendation that several gaps point to is explained once, at the first, and later gaps refer back to it (issue 22)', () => {
    // every question a gap: »Udvikle nye og mere jobrettede tilbud« is linked from several
    const all = Object.fromEntries(qids.map((id) => [id, 'nej']));
    const doc = fromSelvtjekReport(checklist, { ...assessment, answers: all }, {});
    const actions = doc.blocks.slice(doc.blocks.findIndex((b) => b.type === 'heading' && b.text === 'Handlingsliste'));
    const questions = checklist.omraader.flatMap((o) => o.spoergsmaal);
    const byTitle = new Map<string, number[]>();
    questions.forEach((q, i) => q.links.forEach((l) => l.forklaring && byTitle.set(l.forklaring.titel, [...(byTitle.get(l.forklaring.titel) ?? []), i])));
    const repeated = [...byTitle].filter(([, at]) => at.length > 1);
    expect(repeated.map(([t]) => t)).toContain('Udvikle nye og mere jobrettede tilbud');
    for (const [titel, at] of repeated) {
      const advice = questions[at[0]!]!.links.find((l) => l.forklaring?.titel === titel)!.forklaring!;
      expect(headings({ ...doc, blocks: actions }, 4).filter((h) => h === titel), titel).toHaveLength(1);
      for (const p of advice.tekst) expect(actions.filter((b) => b.type === 'paragraph' && b.text === p), p).toHaveLength(1);
      // later gaps name it, with the site's note where the site made the pairing, as the page does
      const refs = actions.filter((b) => b.type === 'paragraph' && b.text.startsWith(`${titel} `) && b.text.includes(' – forklaringen')).map((b) => b.type === 'paragraph' && b.text);
      const named = at.slice(1).map((i) => {
        const note = questions[i]!.links.find((l) => l.forklaring?.titel === titel)!.henvisning;
        return `${titel}${note ? ` ${note}` : ''} – forklaringen står ved punkt ${at[0]! + 1} ovenfor.`;
      });
      expect(refs).toEqual(named);
    }
  });

  it('a question\'s own recommendation explained at an earlier gap is referred back to without its heading', () => {
    // synthetic: two questions asked by the same recommendation's heading (the content has none)
    const [q1, q2] = checklistFromContent('klar-til-mestringsforloeb').omraader[0]!.spoergsmaal;
    const twice = { ...checklist, omraader: [{ id: 'o', titel: 'Område', spoergsmaal: [q1!, { ...q2!, links: q1!.links }] }] };
    const doc = fromSelvtjekReport(twice, { ...assessment, answers: { [q1!.id]: 'nej', [q2!.id]: 'nej' } }, {});
    const texts = doc.blocks.map((b) => (b.type === 'heading' || b.type === 'paragraph' ? b.text : ''));
    expect(texts).toContain('Forklaringen står ved punkt 1 ovenfor.');
    expect(texts.filter((t) => t === q1!.tekst)).toEqual([]);
  });

  it('a pairing the site made, not the source, says so in the document as on the page', () => {
    const all = Object.fromEntries(qids.map((id) => [id, 'nej']));
    const sitePaired = checklist.omraader.flatMap((o) => o.spoergsmaal).flatMap((q) => q.links.filter((l) => l.forklaring && l.henvisning));
    expect(sitePaired.length).toBeGreaterThan(0);
    for (const team of [undefined, { name: 'Runde', date: '2027-03-04', members: [{ name: 'Anne', answers: all }, { name: 'Bo', answers: all }] }]) {
      const doc = fromSelvtjekReport(checklist, { ...assessment, answers: all }, { team });
      const texts = doc.blocks.map((b) => (b.type === 'heading' || b.type === 'paragraph' ? b.text : ''));
      for (const l of sitePaired) {
        const at = texts.indexOf(l.forklaring!.titel);
        expect(at, l.forklaring!.titel).toBeGreaterThan(0);
        expect(texts[at + 1]).toBe(l.henvisning);
      }
    }
  });

  it('a checklist whose questions are the recommendations gives each heading once: as the question, with its explanation beneath', () => {
    const mf = checklistFromContent('klar-til-mestringsforloeb');
    const questions = mf.omraader.flatMap((o) => o.spoergsmaal);
    expect(questions.length).toBeGreaterThan(20);
    const all = Object.fromEntries(questions.map((q) => [q.id, 'nej']));
    for (const team of [undefined, { name: 'Runde', date: '2027-03-04', members: [{ name: 'Anne', answers: all }, { name: 'Bo', answers: all }] }]) {
      const doc = fromSelvtjekReport(mf, { name: 'Møde', date: '2027-03-02', answers: all, notes: {} }, { team });
      const actions = doc.blocks.slice(doc.blocks.findIndex((b) => b.type === 'heading' && /Handlingsliste$/i.test(b.text)));
      const texts = actions.map((b) => (b.type === 'heading' || b.type === 'paragraph' ? b.text : ''));
      questions.forEach((q, n) => {
        const own = q.links.find((l) => l.forklaring?.titel === q.tekst)!.forklaring!;
        const at = texts.findIndex((t) => t.startsWith(`${n + 1}. ${q.tekst} – `));
        expect(at, q.tekst).toBeGreaterThan(0);
        // not again as a heading; the explanation follows the question
        expect(texts.filter((t) => t === q.tekst), q.tekst).toEqual([]);
        expect(texts[at + 1]).toBe(`Kilde: ${own.kilde}`);
      });
    }
  });

  it('without an assessment it is the checklist to fill on paper', () => {
    const doc = fromSelvtjekReport(checklist, undefined, {});
    const text = allText(doc);
    expect(text).toContain('Svar: Ikke besvaret');
    expect(text).not.toContain('Note:');
  });

  it('with a team round it is the team\'s report: the round, »Drøft først« with notes, everyone\'s answer and note, the team\'s action list with each explanation once', () => {
    const members = [
      { name: 'Kollega Å', answers: { ...answers, [qids[0]!]: 'ja' }, notes: { [qids[0]!]: 'Åse mener ja' } },
      { name: 'Kollega Ø', answers: { ...answers, [qids[0]!]: 'nej' }, notes: {} },
      { name: 'Kollega Æ', answers: { ...answers, [qids[0]!]: 'ved-ikke' } },
    ];
    const doc = fromSelvtjekReport(checklist, assessment, { team: { name: 'Teammøde marts', date: '2027-03-04', members }, origin: 'https://kommune.dk' });
    expect(headings(doc, 2)).toEqual(['Teamrunde: Teammøde marts, 4. marts 2027']);
    expect(headings(doc, 3)).toEqual(['Drøft først', 'Svar i teamet', 'Teamets handlingsliste']);
    const text = allText(doc);
    expect(text).toContain('3 personer: Kollega Å, Kollega Ø og Kollega Æ. Enige om');
    // the lead's own form is not repeated: the team's report is about the team
    expect(text).not.toContain('Svar: ');
    expect(headings(doc)).not.toContain('Handlingsliste');
    // »Drøft først«: the disagreement with everyone's answer and note
    expect(text).toContain(`1. ${checklist.omraader[0]!.spoergsmaal[0]!.tekst}`);
    expect(text).toContain('Kollega Å: Ja – Åse mener ja');
    const table = doc.blocks.find((b) => b.type === 'table')!;
    if (table.type !== 'table') throw new Error();
    expect(table.columns).toEqual(['Spørgsmål', 'Kollega Å', 'Kollega Ø', 'Kollega Æ', 'Enighed']);
    expect(table.rows).toHaveLength(qids.length);
    expect(table.rows[0]!.map((c) => c.text)).toEqual([checklist.omraader[0]!.spoergsmaal[0]!.tekst, 'Ja\nNote: Åse mener ja', 'Nej', 'Ved ikke', 'Uenige']);
    // every recommendation's explanation once; later gaps refer back to it
    const explained = doc.blocks.filter((b) => b.type === 'heading' && b.level === 4).map((b) => b.type === 'heading' && b.text);
    expect(new Set(explained).size).toBe(explained.length);
    expect(explained.length).toBeGreaterThan(0);
    expect(text).toMatch(/forklaringen står ved punkt \d ovenfor\./);
    expect(text).toMatch(/Nej: Kollega Ø, Kollega Æ|Nej: Kollega Å, Kollega Ø, Kollega Æ/);
    expect(doc.filename).toBe('tjek-jobcentrets-beredskab-teammoede-marts-2027-03-04');
  });

  it('one person in a round is not a team: no agreement counted', () => {
    const doc = fromSelvtjekReport(checklist, undefined, { team: { name: 'Teamrunde', date: '2027-03-04', members: [{ name: 'Anne', answers }] } });
    const text = allText(doc);
    expect(text).toContain('1 person: Anne. Med én person er der ingen enighed eller uenighed at vise');
    expect(text).not.toContain('Enige om');
    expect(headings(doc, 3)).not.toContain('Drøft først');
  });

  it('holds the comparison the page shows, in the lead\'s report and the team\'s', () => {
    const before = { name: 'Marts', date: '2027-03-01', answers: { [qids[0]!]: 'nej' }, notes: {} };
    const after = { name: 'Juni', date: '2027-06-01', answers: { [qids[0]!]: 'ja' }, notes: {} };
    for (const doc of [
      fromSelvtjekReport(checklist, assessment, { comparison: { a: before, b: after } }),
      fromSelvtjekReport(checklist, assessment, { comparison: { a: before, b: after }, team: { name: 'T', date: '2027-06-02', members: [{ name: 'A', answers }] } }),
    ]) {
      expect(headings(doc, 2)).toContain('Sammenlign to vurderinger');
      expect(allText(doc)).toContain('Marts (1. marts 2027) sammenlignet med Juni (1. juni 2027): 1 af 8 svar er ændret: 1 bedre, 0 ringere.');
      const table = doc.blocks.filter((b) => b.type === 'table').at(-1)!;
      expect(table.type === 'table' && table.rows[0]!.map((c) => c.text).slice(1)).toEqual(['Nej', 'Ja', 'Bedre']);
    }
  });
});

// ---- CSV --------------------------------------------------------------------------------------

describe('csv', () => {
  it('is what Danish Excel opens directly: BOM, semicolons, CRLF, RFC 4180 quoting', () => {
    const text = toCsv([
      ['a', 'b;c', 'd"e'],
      ['linje\nskift', '', 'æøå'],
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toBe('\uFEFFa;"b;c";"d""e"\r\n"linje\nskift";;æøå\r\n');
    expect(parseCsv(text.slice(1))).toEqual([['a', 'b;c', 'd"e'], ['linje\nskift', '', 'æøå']]);
  });

  it('a typed cell that a spreadsheet would run as a formula is prefixed with an apostrophe, judged by its first non-blank character (issue 21 item 8)', () => {
    const guarded = ['=SUM(A1:A9)', '+45 1234', '-1+1', '@cmd', '\t=1', '\r=1', ' =1+1', '\t=2+2', '\n=1', '\u00A0=1', '  -2+3+cmd|\' /C calc\'!A0', '- punkt med bindestreg', '-2 dage for sent', '+', '-', '-10 % af 5'];
    const back = (v: string) => parseCsv(toCsv([[v]]).slice(1))[0]![0]!;
    for (const v of guarded) expect(back(v), JSON.stringify(v)).toBe(`'${v}`);
    // harmless: no formula start, or a signed number alone (read as that number)
    for (const v of ['Ja', 'Note med = inde i', '1-2', '', '\tHej', '  tekst', '-10 %', '-10%', '+2', '-1.250,5', ' -3 ']) expect(back(v), JSON.stringify(v)).toBe(v);
    expect(csvCell('Ja, og nej')).toBe('"Ja, og nej"'); // commas quoted for readers that also split on them
  });

  it('the guard holds for any text: a cell whose first non-blank character starts a formula never reaches the spreadsheet unguarded', () => {
    const starts = fc.constantFrom('=', '+', '-', '@');
    const blank = fc.array(fc.constantFrom(' ', '\t', '\r', '\n', '\u00A0', '\u2003'), { maxLength: 3 }).map((a) => a.join(''));
    fc.assert(
      fc.property(blank, starts, fc.string({ maxLength: 12 }), (pre, start, rest) => {
        const value = `${pre}${start}${rest}`;
        const back = parseCsv(toCsv([[value]]).slice(1))[0]![0]!;
        // an independent oracle: after trimming, only a bare signed number may pass unguarded
        const harmless = /^[+-]\s?\d+(?:[.,]\d+)*\s?%?$/.test(value.trim());
        expect(back).toBe(harmless ? value : `'${value}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips any text through an independent parser (guarded cells keep their text after the apostrophe)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const width = Math.max(...rows.map((r) => r.length));
        const padded = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
        const back = parseCsv(toCsv(padded).slice(1));
        const guarded = (c: string) => /^\s*[=+\-@]/.test(c) && !/^[+-]\s?\d+(?:[.,]\d+)*\s?%?$/.test(c.trim());
        expect(back).toEqual(padded.map((r) => r.map((c) => (guarded(c) ? `'${c}` : c))));
      }),
      { numRuns: 200 },
    );
  });

  it('Selvtjek team view: one row per question, columns for area, question and each colleague\'s answer and note', () => {
    const checklist = checklistFromContent('tjek-jobcentrets-beredskab');
    const qs = checklist.omraader.flatMap((o) => o.spoergsmaal.map((q) => ({ q, area: o.titel })));
    const people = [
      { name: 'Kollega 1', answers: { [qs[0]!.q.id]: 'ja', [qs[1]!.q.id]: 'nej' }, notes: { [qs[0]!.q.id]: 'Semikolon; "citat"\nog linjeskift' } },
      { name: 'Kollega 2', answers: { [qs[0]!.q.id]: 'delvist' }, notes: { [qs[1]!.q.id]: '=HYPERLINK("http://x")' } },
      { name: 'Kollega 3', answers: { [qs[0]!.q.id]: 'ved-ikke', [qs[1]!.q.id]: 'nej' }, notes: { [qs[2]!.q.id]: '- punkt med bindestreg' } },
    ];
    const text = selvtjekCsv(checklist, people, { label: 'Teamvisning', date: '2027-03-04' });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[1]).toContain(';');
    const [title, ...rows] = parseCsv(text.slice(1));
    // the first record says what the file is: the checklist, whose answers, and the date
    expect(title).toEqual([checklist.titel, 'Teamvisning', '4. marts 2027']);
    expect(rows[0]).toEqual(['Område', 'Spørgsmål', 'Kollega 1: svar', 'Kollega 1: note', 'Kollega 2: svar', 'Kollega 2: note', 'Kollega 3: svar', 'Kollega 3: note', 'Enighed']);
    expect(rows).toHaveLength(qs.length + 1);
    rows.slice(1).forEach((r, i) => {
      expect(r).toHaveLength(9);
      expect(r[0]).toBe(qs[i]!.area);
      expect(r[1]!.startsWith(qs[i]!.q.tekst)).toBe(true);
    });
    expect(rows[1]!.slice(2)).toEqual(['Ja', 'Semikolon; "citat"\nog linjeskift', 'Delvist', '', 'Ved ikke', '', 'Uenige']);
    expect(rows[2]!.slice(2)).toEqual(['Nej', '', '', '\'=HYPERLINK("http://x")', 'Nej', '', 'Enige']);
    expect(rows[3]![7]).toBe("'- punkt med bindestreg");
  });

  it('one assessment: the same columns for one person, no agreement column', () => {
    const checklist = checklistFromContent('tjek-jobcentrets-beredskab');
    const [title, ...rows] = parseCsv(selvtjekCsv(checklist, [{ name: 'Min vurdering', answers: {}, notes: {} }], { label: 'Min vurdering', date: '2027-03-02' }).slice(1));
    expect(title).toEqual([checklist.titel, 'Min vurdering', '2. marts 2027']);
    expect(rows[0]).toEqual(['Område', 'Spørgsmål', 'Min vurdering: svar', 'Min vurdering: note']);
    expect(rows.slice(1).every((r) => r[2] === '' && r[3] === '')).toBe(true);
  });
});

// ---- writers ----------------------------------------------------------------------------------

const sample: DocModel = {
  title: `Prøve: ${DANISH}`,
  source: 'Inspirationskatalog (Marselisborg, December 2013), s. 17',
  language: 'da-DK',
  orientation: 'portrait',
  footer: 'Prøve · Kilde: Inspirationskatalog',
  filename: 'proeve',
  blocks: [
    { type: 'heading', level: 2, text: 'Sektion ÆØÅ' },
    { type: 'paragraph', text: 'Hjælpetekst med <tegn> & "citat"' },
    { type: 'field', label: 'Navn', value: '', lines: 1 },
    { type: 'field', label: 'Hvad skal afklares?', value: 'Første linje\nAnden   linje med mellemrum', lines: 4 },
    { type: 'check', label: 'Afkrydset', checked: true },
    { type: 'list', ordered: true, items: [{ text: 'Et', children: [{ text: 'Under' }] }, { text: 'To' }] },
    { type: 'list', ordered: false, items: [{ text: 'Punkt' }] },
    { type: 'heading', level: 3, text: 'Tabel' },
    {
      type: 'table',
      caption: 'Svar pr. område',
      columns: ['Del af samtale', 'Jeg noterede'],
      rowHeaders: true,
      rows: [
        [{ text: 'Samtaleteknik' }, { text: 'Noteret på Ærø' }],
        [{ text: '' , lines: 1 }, { text: '', lines: 3 }],
      ],
    },
  ],
};

describe('.odt writer', () => {
  it('is an ODF package: mimetype first and stored, a manifest naming every part, well-formed XML', async () => {
    const { entries, xml } = await openOdt(sample);
    expect(entries[0]).toMatchObject({ name: 'mimetype', method: 0, localExtra: 0 });
    expect(entries[0]!.data.toString()).toBe('application/vnd.oasis.opendocument.text');
    const manifest = xml['META-INF/manifest.xml']!;
    const paths = [...manifest.getElementsByTagNameNS(NS.manifest, 'file-entry')].map((e) => e.getAttributeNS(NS.manifest, 'full-path'));
    expect(paths.sort()).toEqual(['/', 'content.xml', 'meta.xml', 'styles.xml']);
    expect(entries.map((e) => e.name).sort()).toEqual(['META-INF/manifest.xml', 'content.xml', 'meta.xml', 'mimetype', 'styles.xml']);
    expect(textsOf(xml['meta.xml']!, NS.dc, 'title')).toEqual([sample.title]);
    expect(textsOf(xml['meta.xml']!, NS.dc, 'language')).toEqual(['da-DK']);
  });

  it('has real headings with outline levels, paragraphs, lists and a table; the typed text, æ/ø/å and spaces intact', async () => {
    const { content, styles } = await openOdt(sample);
    const hs = [...content.getElementsByTagNameNS(NS.text, 'h')];
    expect(hs.map((h) => [h.getAttributeNS(NS.text, 'outline-level'), odfText(h)])).toEqual([
      ['1', sample.title],
      ['2', 'Sektion ÆØÅ'],
      ['3', 'Tabel'],
    ]);
    const ps = odtParagraphs(content);
    expect(ps).toContain('Kilde: Inspirationskatalog (Marselisborg, December 2013), s. 17');
    expect(ps).toContain('Hjælpetekst med <tegn> & "citat"');
    // typed text on the field's ruled lines, a line each
    expect(ps.join('\n')).toContain('Hvad skal afklares?\nFørste linje\nAnden   linje med mellemrum\n');
    expect(ps).toContain('☒ Afkrydset');
    expect(content.getElementsByTagNameNS(NS.text, 'list').length).toBe(3); // two lists + one nested
    const tables = content.getElementsByTagNameNS(NS.table, 'table');
    expect(tables.length).toBe(1);
    expect(tables[0]!.getElementsByTagNameNS(NS.table, 'table-header-rows').length).toBe(1);
    expect(tables[0]!.getElementsByTagNameNS(NS.table, 'table-row').length).toBe(3);
    expect(odfText(tables[0]!)).toContain('Noteret på Ærø');
    // no images: editable text only
    expect(content.getElementsByTagNameNS('urn:oasis:names:tc:opendocument:xmlns:drawing:1.0', 'frame').length).toBe(0);
    // Danish as the document language; footer with name, source and page x of y
    const defaults = styles.getElementsByTagNameNS(NS.style, 'default-style')[0]!.getElementsByTagNameNS(NS.style, 'text-properties')[0]!;
    expect([defaults.getAttributeNS(NS.fo, 'language'), defaults.getAttributeNS(NS.fo, 'country')]).toEqual(['da', 'DK']);
    const footer = styles.getElementsByTagNameNS(NS.style, 'footer')[0]!;
    expect(odfText(footer)).toContain('Prøve · Kilde: Inspirationskatalog');
    expect(footer.getElementsByTagNameNS(NS.text, 'page-number').length).toBe(1);
    expect(footer.getElementsByTagNameNS(NS.text, 'page-count').length).toBe(1);
  });

  it('fields are writing lines (paragraphs with a bottom rule), as many as the print view has, the typed text on the first of them', async () => {
    const { content, styles } = await openOdt(sample);
    const lines = [...content.getElementsByTagNameNS(NS.text, 'p')].filter((p) => p.getAttributeNS(NS.text, 'style-name')?.startsWith('Skrivelinje'));
    // Navn (1), the typed field (2 typed + 2), the two blank cells (1 + 3)
    expect(lines.map(odfText)).toEqual(['', 'Første linje', 'Anden   linje med mellemrum', '', '', '', '', '', '']);
    // a field's lines keep together on a page: each keeps with the next, the last does not
    expect(lines.slice(0, 5).map((p) => p.getAttributeNS(NS.text, 'style-name'))).toEqual(['Skrivelinje_20_sidste', 'Skrivelinje', 'Skrivelinje', 'Skrivelinje', 'Skrivelinje_20_sidste']);
    const style = [...styles.getElementsByTagNameNS(NS.style, 'style')].find((s) => s.getAttributeNS(NS.style, 'name') === 'Skrivelinje_20_sidste')!;
    const props = style.getElementsByTagNameNS(NS.style, 'paragraph-properties')[0]!;
    expect(props.getAttributeNS(NS.fo, 'border-bottom')).toMatch(/solid/);
    expect(props.getAttributeNS(NS.style, 'join-border')).toBe('false');
  });

  it('page size and orientation follow the template (A4 portrait or landscape)', async () => {
    for (const [orientation, w, h] of [['portrait', '21cm', '29.7cm'], ['landscape', '29.7cm', '21cm']] as const) {
      const { styles } = await openOdt({ ...sample, orientation });
      const p = styles.getElementsByTagNameNS(NS.style, 'page-layout-properties')[0]!;
      expect([p.getAttributeNS(NS.fo, 'page-width'), p.getAttributeNS(NS.fo, 'page-height'), p.getAttributeNS(NS.style, 'print-orientation')]).toEqual([w, h, orientation]);
    }
  });

  it('any typed text (control characters, XML specials, runs of spaces) stays well-formed and reads back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 80 }), async (typed) => {
        const { content } = await openOdt({ ...sample, blocks: [{ type: 'field', label: 'Felt', value: typed, lines: 2 }] });
        const expected = cleanText(typed);
        if (expected.trim()) expect(odtParagraphs(content).join('\n')).toContain(`Felt\n${expected}`);
      }),
      { numRuns: 60 },
    );
  });
});

describe('.docx writer (docx package)', () => {
  it('is a WordprocessingML package with well-formed parts, real heading styles, a table, lists and Danish as language', async () => {
    const { entries, document, styles, xml } = await openDocx(sample);
    expect(entries.map((e) => e.name)).toContain('[Content_Types].xml');
    expect(entries.some((e) => e.name.startsWith('word/media/'))).toBe(false);
    const styleOf = (p: Element) => p.getElementsByTagNameNS(NS.w, 'pStyle')[0]?.getAttributeNS(NS.w, 'val');
    const ps = [...document.getElementsByTagNameNS(NS.w, 'p')];
    const heads = ps.filter((p) => /^Heading\d$/.test(styleOf(p) ?? '')).map((p) => [styleOf(p), docxParagraphText(p)]);
    expect(heads).toEqual([
      ['Heading1', sample.title],
      ['Heading2', 'Sektion ÆØÅ'],
      ['Heading3', 'Tabel'],
    ]);
    const texts = docxParagraphs(document);
    expect(texts).toContain('Kilde: Inspirationskatalog (Marselisborg, December 2013), s. 17');
    expect(texts).toContain('Hjælpetekst med <tegn> & "citat"');
    expect(texts.join('\n')).toContain('Hvad skal afklares?\nFørste linje\nAnden   linje med mellemrum\n');
    expect(texts).toContain('☒ Afkrydset');
    expect(document.getElementsByTagNameNS(NS.w, 'tbl').length).toBe(1);
    expect(document.getElementsByTagNameNS(NS.w, 'tblHeader').length).toBe(1);
    expect(document.getElementsByTagNameNS(NS.w, 'numPr').length).toBe(4);
    const langs = [...styles.getElementsByTagNameNS(NS.w, 'lang')].map((l) => l.getAttributeNS(NS.w, 'val'));
    expect(langs).toContain('da-DK');
    expect(textsOf(xml['docProps/core.xml']!, NS.dc, 'title')).toEqual([sample.title]);
    const footer = entries.filter((e) => /^word\/footer\d*\.xml$/.test(e.name)).map((e) => e.data.toString('utf8')).join('');
    expect(footer).toContain('Prøve · Kilde: Inspirationskatalog');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('fields are writing lines with a bottom rule (and a rule between, as Word groups bordered paragraphs), the typed text on the first', async () => {
    const { document } = await openDocx(sample);
    const ruled = [...document.getElementsByTagNameNS(NS.w, 'p')].filter((p) => p.getElementsByTagNameNS(NS.w, 'pBdr').length > 0);
    expect(ruled.map(docxParagraphText)).toEqual(['', 'Første linje', 'Anden   linje med mellemrum', '', '', '', '', '', '']);
    // a field's lines keep together: each keeps with the next but the last
    expect(ruled.slice(1, 5).map((p) => p.getElementsByTagNameNS(NS.w, 'keepNext').length)).toEqual([1, 1, 1, 0]);
    for (const p of ruled) {
      expect(p.getElementsByTagNameNS(NS.w, 'bottom').length).toBe(1);
      expect(p.getElementsByTagNameNS(NS.w, 'between').length).toBe(1);
    }
  });

  it('A4 in the template\'s orientation', async () => {
    for (const [orientation, w, h] of [['portrait', '11906', '16838'], ['landscape', '16838', '11906']] as const) {
      const { document } = await openDocx({ ...sample, orientation });
      const sz = document.getElementsByTagNameNS(NS.w, 'pgSz')[0]!;
      expect([sz.getAttributeNS(NS.w, 'w'), sz.getAttributeNS(NS.w, 'h')]).toEqual([w, h]);
    }
  });

  it('the ten templates, filled, keep every typed value in both formats', async () => {
    for (const t of templates) {
      const values: Record<string, string> = {};
      t.sektioner.forEach((s, si) => {
        for (const f of s.felter) values[templateKeys.field(t.id, f.id)] = `zq-${f.id}-æøå`;
        if (s.tabel) s.tabel.kolonner.forEach((_, ci) => (values[templateKeys.cell(t.id, si, 0, ci)] = `zq-celle-${ci}-å`));
      });
      const doc = fromTemplate(t, values, { source: cite(t) });
      const odt = odtParagraphs((await openOdt(doc)).content).join('\n');
      const docx = docxParagraphs((await openDocx(doc)).document).join('\n');
      for (const v of Object.values(values)) {
        expect(odt, `${t.id} .odt`).toContain(v);
        expect(docx, `${t.id} .docx`).toContain(v);
      }
    }
  });
});

describe('cleanText', () => {
  it('drops characters XML cannot hold, normalises line breaks and composes æ/ø/å', () => {
    expect(cleanText('a\u0000b\u0008c\r\nd\re\u000bf\uFFFEg')).toBe('abc\nd\nefg');
    expect(cleanText('a\u030a')).toBe('å');
    expect(cleanText('\ttab')).toBe(' tab');
  });
});

describe('files (what the buttons hand to the browser)', () => {
  it('template file names never carry typed text; blank and filled differ; the MIME types are right', async () => {
    const { templateFile } = await import('../../src/lib/documents/files');
    const t = templates.find((x) => x.id === 'aftaleguide-virksomhedspraktik')!;
    const input = { template: t, source: cite(t) };
    const now = new Date(2027, 2, 4);
    const filled = await templateFile('docx', input, { [templateKeys.field(t.id, 'navn')]: 'Hemmelig Person' }, now);
    expect(filled.filename).toBe('aftaleguide-virksomhedspraktik-udfyldt-2027-03-04.docx');
    expect(filled.blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docxParagraphs(parseXml(entryText(unzip(new Uint8Array(await filled.blob.arrayBuffer())), 'word/document.xml')))).toContain('Hemmelig Person');
    const blank = await templateFile('odt', input, null, now);
    expect(blank.filename).toBe('aftaleguide-virksomhedspraktik-tomt.odt');
    expect(blank.blob.type).toBe('application/vnd.oasis.opendocument.text');
  });

  it('Min plan joins its rows with the recommendations, in the plan\'s order, keeping ones that no longer exist (issue 21, case 3)', async () => {
    const { planDocItems, GONE_FROM_SITE } = await import('../../src/lib/documents/plan');
    const recs = [
      { id: 'a', titel: 'A', kildeKort: 'Inspirationskatalog', sider: 's. 7', gruppe: 'Fase 1' },
      { id: 'b', titel: 'B', kildeKort: 'Læringskatalog', sider: 's. 8', gruppe: 'Tema 1' },
    ];
    const items = planDocItems([{ id: 'b', ansvarlig: 'X', dato: '', note: '' }, { id: 'gone', ansvarlig: '', dato: '', note: '' }, { id: 'a', ansvarlig: '', dato: '2027-01-02', note: 'N' }], recs);
    expect(items.map((i) => [i.titel, i.kilde, i.gruppe])).toEqual([['B', 'Læringskatalog, s. 8', 'Tema 1'], ['Anbefaling »gone«', GONE_FROM_SITE, ''], ['A', 'Inspirationskatalog, s. 7', 'Fase 1']]);
  });

  it('Selvtjek: CSV of one assessment (or of the empty checklist), and the team CSV', async () => {
    const { selvtjekFile, teamCsvFile } = await import('../../src/lib/documents/files');
    const checklist = checklistFromContent('tjek-jobcentrets-beredskab');
    const now = new Date(2027, 2, 4);
    const none = await selvtjekFile('csv', { checklist }, now);
    expect(none.filename).toBe('tjek-jobcentrets-beredskab-2027-03-04.csv');
    expect(none.blob.type).toBe('text/csv;charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await none.blob.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(text.slice(1)).slice(0, 2)).toEqual([[checklist.titel, '4. marts 2027'], ['Område', 'Spørgsmål', 'Vurdering: svar', 'Vurdering: note']]);
    const team = teamCsvFile(checklist, [{ name: 'A', answers: {} }, { name: 'B', answers: {} }], now);
    expect(team.filename).toBe('tjek-jobcentrets-beredskab-team-2027-03-04.csv');
    // Files carry the assessment's or the round's name (ASCII), so several in one folder differ.
    expect(teamCsvFile(checklist, [{ name: 'A', answers: {} }], now, { name: 'Teammøde marts', date: '2027-03-01' }).filename).toBe('tjek-jobcentrets-beredskab-teammoede-marts-2027-03-01.csv');
    const report = await selvtjekFile('odt', { checklist, assessment: { name: 'Åse', date: '2027-03-01', answers: {}, notes: {} } }, now);
    expect(report.filename).toBe('tjek-jobcentrets-beredskab-aase-2027-03-01.odt');
    const unnamed = await selvtjekFile('csv', { checklist, assessment: { name: 'Min vurdering', date: '2027-03-01', answers: {}, notes: {} } }, now);
    expect(unnamed.filename).toBe('tjek-jobcentrets-beredskab-2027-03-01.csv');
    const teamReport = await selvtjekFile('odt', { checklist, team: { name: 'Teammøde marts', date: '2027-03-01', members: [{ name: 'A', answers: {} }] } }, now);
    expect(teamReport.filename).toBe('tjek-jobcentrets-beredskab-teammoede-marts-2027-03-01.odt');
  });
});
