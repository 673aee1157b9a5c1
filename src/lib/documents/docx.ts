/**
 * .docx writer: the document model through the `docx` package (a kept library that writes
 * WordprocessingML in the browser). This module is the only one that imports `docx`, and the
 * pages reach it only through a dynamic import() on the click that asks for a .docx, so the
 * library is never part of a page load.
 *
 * What makes it a finished document in Word and in LibreOffice, which reads the same file:
 * - Headings are Word's built-in Heading 1–4 styles *with* their outline level (`w:outlineLvl`):
 *   without it LibreOffice opens them as plain paragraphs (empty Navigator, no PDF bookmarks).
 *   They stay with what follows them (keep with next) and never split (keep lines together).
 * - Danish everywhere: the default run language (spelling, hyphenation, screen readers) and
 *   `dc:language` in the core properties.
 * - Every paragraph has widow and orphan control (Word's default, but only when it is written).
 * - Table rows never split across pages (`w:cantSplit`) and the header row repeats; columns are
 *   sized to their content by layout.ts (fixed layout, so Word keeps the widths), and a table
 *   whose longest words cannot fit side by side turns on Word's hyphenation (Danish, from the
 *   language) rather than cutting words at the cell edge.
 * - A4 with a binding margin (layout.ts), a one-line footer with the source and »Side x af y«.
 * - A form looks as its print view: writing lines of the print view's height, the typed text on
 *   them, the site's added short fields side by side on one line, and a section that starts a
 *   page in print starts one here.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LeaderType,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { SITE_NAME, cleanText, type DocBlock, type DocListItem, type DocModel } from './model';
import { CELL_PADDING, PT_PER_CM, TYPE, WRITING_LINE, inlineRows, inlineRun, layoutTable, lineCount, pageBox, type InlinePlace } from './layout';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Field = Extract<DocBlock, { type: 'field' }>;

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 1 } as const;
/** Twentieths of a point. */
const tw = (pt: number) => Math.round(pt * 20);
/** Half-points (run sizes). */
const half = (pt: number) => Math.round(pt * 2);
const cmTw = (cm: number) => tw(cm * PT_PER_CM);

/** Runs for a text with line breaks. */
const runs = (text: string, opts: { bold?: boolean | undefined; size?: number | undefined; color?: string | undefined } = {}) =>
  cleanText(text)
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...(opts.bold ? { bold: true } : {}), ...(opts.size ? { size: half(opts.size) } : {}), ...(opts.color ? { color: opts.color } : {}) }),
    );

type ParaOptions = Omit<IParagraphOptions, 'children' | 'text'> & { bold?: boolean; size?: number; color?: string };
/** A paragraph; every one has widow and orphan control. */
const para = (text: string, opts: ParaOptions = {}) => {
  const { bold, size, color, ...rest } = opts;
  return new Paragraph({ widowControl: true, ...rest, children: runs(text, { bold, size, color }) });
};

/**
 * Lines to write on, the typed text (if any) on the first of them: a rule under each. Word draws
 * consecutive paragraphs with the same borders as one bordered group (only the last gets the
 * bottom rule), so the rule is also set as the border *between* them. A short group stays on
 * one page, as the print view keeps a field together.
 */
function ruledLines(text: string, lines: number, widthPt: number, sizePt: number, linePt: number): Paragraph[] {
  const typed = text ? cleanText(text).split('\n') : [];
  const used = typed.reduce((n, l) => n + lineCount(l, widthPt, sizePt), 0);
  const all = [...typed, ...Array<string>(Math.max(typed.length ? 0 : 1, lines - used)).fill('')];
  const keep = used <= 12;
  return all.map(
    (line, i) =>
      new Paragraph({
        widowControl: true,
        ...(keep && i < all.length - 1 ? { keepNext: true } : {}),
        border: { bottom: RULE, between: RULE },
        spacing: { before: 0, after: 0, line: tw(linePt), lineRule: LineRuleType.EXACT },
        children: line ? [new TextRun({ text: line, size: half(sizePt) })] : [],
      }),
  );
}

function inlineParagraph(row: readonly InlinePlace[]): Paragraph {
  const children: ParagraphChild[] = [];
  const stops: { type: typeof TabStopType.LEFT; position: number; leader?: typeof LeaderType.UNDERSCORE }[] = [];
  row.forEach(({ field: f, start, end }, i) => {
    if (i > 0) {
      children.push(new TextRun({ children: [new Tab()] }));
      stops.push({ type: TabStopType.LEFT, position: tw(start) });
    }
    children.push(new TextRun({ text: `${cleanText(f.label)} `, bold: true }), ...(f.value ? [new TextRun({ text: cleanText(f.value) })] : []), new TextRun({ children: [new Tab()] }));
    stops.push({ type: TabStopType.LEFT, position: tw(end), leader: LeaderType.UNDERSCORE });
  });
  return new Paragraph({ widowControl: true, keepNext: true, tabStops: stops, spacing: { before: 60, after: 120, line: tw(WRITING_LINE.body), lineRule: LineRuleType.AT_LEAST }, children });
}

/** docProps/core.xml with `dc:language` (the package writes no language there). */
export function coreXml(doc: DocModel, now: Date): string {
  const esc = (s: string) => cleanText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const when = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(doc.title)}</dc:title>` +
    (doc.source ? `<dc:description>${esc(`Kilde: ${doc.source}`)}</dc:description>` : '') +
    `<dc:creator>${esc(SITE_NAME)}</dc:creator><cp:lastModifiedBy>${esc(SITE_NAME)}</cp:lastModifiedBy>` +
    `<dc:language>${doc.language}</dc:language><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export async function toDocx(doc: DocModel, now = new Date()): Promise<Uint8Array> {
  let listInstance = 0;
  let hyphenate = false;
  const page = pageBox(doc.orientation);
  const width = page.textWidth;

  const list = (items: readonly DocListItem[], ordered: boolean, level: number, instance: number): Paragraph[] =>
    items.flatMap((i) => [
      para(i.text, ordered ? { numbering: { reference: 'nummerliste', level, instance } } : { bullet: { level } }),
      ...list(i.children ?? [], ordered, level + 1, instance),
    ]);

  const field = (b: Field): Paragraph[] => [para(b.label, { bold: true, keepNext: true, spacing: { before: 120, after: 40 } }), ...ruledLines(b.value, b.lines, width, TYPE.body, WRITING_LINE.body)];

  const table = (b: Extract<DocBlock, { type: 'table' }>): (Paragraph | Table)[] => {
    const layout = layoutTable(b, width);
    hyphenate ||= layout.hyphenate;
    const widths = layout.widths.map((w) => Math.floor(w * tw(width)));
    const cell = (text: string, bold: boolean, lines: number | undefined, i: number) =>
      new TableCell({
        width: { size: widths[i]!, type: WidthType.DXA },
        children: lines ? ruledLines(text, lines, widths[i]! / 20 - 2 * CELL_PADDING, TYPE.table, WRITING_LINE.table) : [para(text, { bold, size: TYPE.table, spacing: { before: 20, after: 20 } })],
      });
    return [
      ...(b.caption ? [para(b.caption, { bold: true, keepNext: true, spacing: { before: 160, after: 80 } })] : []),
      new Table({
        width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        margins: { left: tw(CELL_PADDING), right: tw(CELL_PADDING), top: 20, bottom: 20 },
        rows: [
          new TableRow({ tableHeader: true, cantSplit: true, children: b.columns.map((c, i) => cell(c, true, undefined, i)) }),
          ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c.text, i === 0 && b.rowHeaders, c.lines, i)) })),
        ],
      }),
      // space after the table (and a paragraph between two tables, which Word would join)
      new Paragraph({ spacing: { before: 0, after: 60 }, children: [] }),
    ];
  };

  const blocks = (all: readonly DocBlock[]): (Paragraph | Table)[] => {
    const out: (Paragraph | Table)[] = [];
    for (let i = 0; i < all.length; i++) {
      const b = all[i]!;
      switch (b.type) {
        case 'heading':
          out.push(para(b.text, { heading: HEADINGS[b.level], ...(b.pageBreakBefore ? { pageBreakBefore: true } : {}) }));
          break;
        case 'paragraph':
          out.push(
            b.style === 'strong'
              ? para(b.text, { bold: true, keepNext: true })
              : b.style === 'muted'
                ? para(b.text, { size: TYPE.small, color: '444444', spacing: { after: 80 } })
                : para(b.text),
          );
          break;
        case 'list':
          out.push(...list(b.items, b.ordered, 0, ++listInstance));
          break;
        case 'field': {
          // a run of short fields side by side, as the print view sets them
          const run = inlineRun(all, i, width);
          if (run.length > 1) {
            out.push(...inlineRows(run, width).map(inlineParagraph));
            i += run.length - 1;
          } else out.push(...field(b));
          break;
        }
        case 'check':
          out.push(para(`${b.checked ? '☒' : '☐'} ${b.label}`));
          break;
        case 'table':
          out.push(...table(b));
          break;
      }
    }
    return out;
  };

  const children = [
    para(doc.title, { heading: HeadingLevel.HEADING_1 }),
    ...(doc.source ? [para(`Kilde: ${doc.source}`, { size: TYPE.small, spacing: { after: 200 } })] : []),
    ...blocks(doc.blocks),
  ];
  const heading = (size: number, before: number, after: number, outlineLevel: number) => ({
    run: { font: 'Arial', size: half(size), bold: true, color: '000000' },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel },
  });

  const document = new Document({
    title: cleanText(doc.title),
    ...(doc.source ? { description: cleanText(`Kilde: ${doc.source}`) } : {}),
    creator: SITE_NAME,
    lastModifiedBy: SITE_NAME,
    ...(hyphenate ? { hyphenation: { autoHyphenation: true } } : {}),
    styles: {
      default: {
        document: { run: { font: 'Arial', size: half(TYPE.body), language: { value: doc.language } }, paragraph: { spacing: { after: 120 } } },
        heading1: heading(TYPE.h1, 0, 100, 0),
        heading2: heading(TYPE.h2, 240, 100, 1),
        heading3: heading(TYPE.h3, 200, 80, 2),
        heading4: heading(TYPE.h4, 160, 60, 3),
      },
    },
    numbering: {
      config: [
        {
          reference: 'nummerliste',
          levels: ['%1.', '%2.', '%3.'].map((text, level) => ({
            level,
            format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level]!,
            text,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            // A4 portrait's sizes; the package swaps them for landscape
            size: { width: cmTw(21), height: cmTw(29.7), orientation: doc.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: cmTw(page.top), bottom: cmTw(page.bottom), left: cmTw(page.left), right: cmTw(page.right), footer: cmTw(0.6), header: cmTw(0.6) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: tw(width) }],
                children: [
                  new TextRun({ text: cleanText(doc.footer), size: half(TYPE.footer), color: '333333' }),
                  new TextRun({ children: [new Tab(), 'Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES], size: half(TYPE.footer), color: '333333' }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document, false, [{ path: 'docProps/core.xml', data: coreXml(doc, now) }]));
}
