/**
 * .docx writer: the document model through the `docx` package (a kept library that writes
 * WordprocessingML in the browser). This module is the only one that imports `docx`, and the
 * pages reach it only through a dynamic import() on the click that asks for a .docx, so the
 * library is never part of a page load.
 *
 * Word's built-in heading styles (Heading 1–4) make the headings real headings (navigation
 * pane, table of contents, screen readers); Danish (da-DK) is the language of every run.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { SITE_NAME, cleanText, type DocBlock, type DocListItem, type DocModel } from './model';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 1 } as const;
/** A4 in twentieths of a point; docx swaps the two for landscape. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 794; // 1.4 cm

/** Runs for a text with line breaks. */
const runs = (text: string, bold?: boolean) =>
  cleanText(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...(bold ? { bold } : {}) }));

const para = (text: string, opts: Omit<IParagraphOptions, 'children' | 'text'> & { bold?: boolean } = {}) => {
  const { bold, ...rest } = opts;
  return new Paragraph({ ...rest, children: runs(text, bold) });
};

/**
 * Empty lines to write on: a rule under each. Word draws consecutive paragraphs with the same
 * borders as one bordered group (only the last gets the bottom rule), so the rule is also set
 * as the border *between* them.
 */
const writingLines = (n: number) => Array.from({ length: Math.max(1, n) }, () => new Paragraph({ border: { bottom: RULE, between: RULE }, spacing: { before: 0, after: 0, line: 425, lineRule: LineRuleType.EXACT } }));

export async function toDocx(doc: DocModel): Promise<Uint8Array> {
  let listInstance = 0;
  const textWidth = (doc.orientation === 'landscape' ? A4.height : A4.width) - 2 * MARGIN;

  const list = (items: readonly DocListItem[], ordered: boolean, level: number, instance: number): Paragraph[] =>
    items.flatMap((i) => [
      para(i.text, ordered ? { numbering: { reference: 'nummerliste', level, instance } } : { bullet: { level } }),
      ...list(i.children ?? [], ordered, level + 1, instance),
    ]);

  const block = (b: DocBlock): (Paragraph | Table)[] => {
    switch (b.type) {
      case 'heading':
        return [para(b.text, { heading: HEADINGS[b.level] })];
      case 'paragraph':
        return [b.style === 'strong' ? para(b.text, { bold: true, keepNext: true }) : b.style === 'muted' ? new Paragraph({ children: cleanText(b.text).split('\n').map((line, i) => new TextRun({ text: line, size: 20, color: '444444', ...(i > 0 ? { break: 1 } : {}) })) }) : para(b.text)];
      case 'list':
        return list(b.items, b.ordered, 0, ++listInstance);
      case 'field':
        return [para(b.label, { bold: true, keepNext: true, spacing: { before: 120, after: 40 } }), ...(b.value ? [para(b.value)] : writingLines(b.lines))];
      case 'check':
        return [para(`${b.checked ? '☒' : '☐'} ${b.label}`)];
      case 'table': {
        const n = b.columns.length;
        const widths = (b.widths?.length === n ? b.widths : Array<number>(n).fill(1 / n)).map((w) => Math.round(w * textWidth));
        const cell = (text: string, bold: boolean, lines: number | undefined, i: number) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            children: text || !lines ? [para(text, { bold })] : writingLines(lines),
          });
        const table = new Table({
          width: { size: textWidth, type: WidthType.DXA },
          columnWidths: widths,
          rows: [
            new TableRow({ tableHeader: true, children: b.columns.map((c, i) => cell(c, true, undefined, i)) }),
            ...b.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c.text, i === 0 && b.rowHeaders, c.lines, i)) })),
          ],
        });
        return [...(b.caption ? [para(b.caption, { bold: true, keepNext: true })] : []), table];
      }
    }
  };

  const document = new Document({
    title: cleanText(doc.title),
    ...(doc.source ? { description: cleanText(`Kilde: ${doc.source}`) } : {}),
    creator: SITE_NAME,
    lastModifiedBy: SITE_NAME,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22, language: { value: doc.language } }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: 'Arial', size: 36, bold: true, color: '000000' }, paragraph: { spacing: { before: 0, after: 120 }, keepNext: true } },
        heading2: { run: { font: 'Arial', size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading3: { run: { font: 'Arial', size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 100 }, keepNext: true } },
        heading4: { run: { font: 'Arial', size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 80 }, keepNext: true } },
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
            size: { ...A4, orientation: doc.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: 567, left: MARGIN, right: MARGIN, footer: 340 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ children: [new TextRun({ text: cleanText(doc.footer), size: 16 })] }),
              new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES], size: 16 })] }),
            ],
          }),
        },
        children: [
          para(doc.title, { heading: HeadingLevel.HEADING_1 }),
          ...(doc.source ? [new Paragraph({ children: [new TextRun({ text: cleanText(`Kilde: ${doc.source}`), size: 20 })], spacing: { after: 240 } })] : []),
          ...doc.blocks.flatMap(block),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
