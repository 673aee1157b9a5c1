/**
 * The page and table layout both writers (docx.ts, odt.ts) share, so a document looks and breaks
 * the same in Word and in LibreOffice, and as its print view: A4 with a binding margin, the print
 * view's type sizes and line heights, and table columns sized to their content.
 *
 * Column widths: a column is never narrower than its longest word (measured with Arial's
 * metrics, which LibreOffice's Liberation Sans shares), so no Danish word breaks mid-word in a
 * table; the rest of the width goes where the text is (as a browser's automatic table layout
 * does), or, when the model asks for widths (a form's answer columns), as close to them as the
 * words allow. Only when the longest words together are wider than the page (many colleagues'
 * notes side by side) is a table marked `hyphenate`: the writers then let the reader hyphenate
 * it by its Danish rules, where it has them, instead of cutting words at the cell edge. Pure.
 */
import type { DocBlock, DocModel } from './model';

type Field = Extract<DocBlock, { type: 'field' }>;

type Table = Extract<DocBlock, { type: 'table' }>;

/** Type sizes in points, as the print view (body 10.5 pt, tables 10 pt). */
export const TYPE = { body: 10.5, table: 10, small: 9, footer: 8, h1: 17, h2: 13.5, h3: 12, h4: 10.5 } as const;
/** A line to write on, in points: the print view's 1.6 em, in the body and in a table. */
export const WRITING_LINE = { body: 17, table: 16 } as const;
/** Padding inside a table cell, left and right, in points. */
export const CELL_PADDING = 4;

export interface PageBox {
  /** Page size in cm. */
  width: number;
  height: number;
  /** Margins in cm. The binding side gets 2 cm or more, room to punch holes for a binder. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Width of the text area, in points. */
  textWidth: number;
}

export const PT_PER_CM = 72 / 2.54;

/**
 * A4 with room to bind: portrait pages are punched on their left (long) edge; landscape pages on
 * their top edge, the long edge a binder holds them by. The other margins are the print view's.
 */
export function pageBox(orientation: DocModel['orientation']): PageBox {
  const portrait = orientation === 'portrait';
  const box = portrait
    ? { width: 21, height: 29.7, top: 1.4, bottom: 1.2, left: 2.2, right: 1.4 }
    : { width: 29.7, height: 21, top: 2.2, bottom: 1.2, left: 1.4, right: 1.4 };
  return { ...box, textWidth: (box.width - box.left - box.right) * PT_PER_CM };
}

// Advance widths (1/1000 em) of Arial / Helvetica / Liberation Sans, which share their metrics:
// printable ASCII from the space on, then the Danish and typographic letters used in the content.
const ASCII_REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const ASCII_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
const OTHER: Record<string, [number, number]> = {
  æ: [889, 889], ø: [611, 611], å: [556, 556], Æ: [1000, 1000], Ø: [778, 778], Å: [667, 722],
  é: [556, 556], è: [556, 556], ü: [556, 611], ö: [556, 611], ä: [556, 556], É: [667, 667],
  '–': [556, 556], '—': [1000, 1000], '»': [556, 556], '«': [556, 556], '•': [350, 350], '’': [222, 278], '‘': [222, 278],
  '“': [333, 500], '”': [333, 500], '§': [556, 556], '\u00A0': [278, 278], '☐': [1000, 1000], '☒': [1000, 1000],
};

/** Width of a text on one line, in points (wider than it is for letters we have no metrics for). */
export function textWidth(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 32 && code <= 126) units += (bold ? ASCII_BOLD : ASCII_REGULAR)[code - 32]!;
    else units += OTHER[ch]?.[bold ? 1 : 0] ?? 1000;
  }
  return (units / 1000) * sizePt;
}

/**
 * The pieces a line may not break inside: words, split after a hyphen, dash or slash, where a
 * reader may break a line without cutting a word (»IT-|værktøjer«, »sagde/|gjorde«).
 */
export function unbreakables(text: string): string[] {
  return text.split(/\s+/).flatMap((w) => w.match(/[^-–/]*(?:[-–/]+|$)/g)?.filter(Boolean) ?? []);
}

/** How many lines a text takes in a box of `widthPt` (greedy, as a reader wraps it). */
export function lineCount(text: string, widthPt: number, sizePt: number, bold = false): number {
  return text.split('\n').reduce((n, para) => {
    let lines = 1;
    let used = 0;
    const space = textWidth(' ', sizePt, bold);
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const w = textWidth(word, sizePt, bold);
      if (used > 0 && used + space + w > widthPt) {
        lines += 1 + Math.floor(w / widthPt);
        used = w % widthPt;
      } else {
        used += (used > 0 ? space : 0) + w;
        if (used > widthPt) {
          lines += Math.floor(used / widthPt);
          used %= widthPt;
        }
      }
    }
    return n + lines;
  }, 0);
}

export interface TableLayout {
  /** Column widths as fractions of the table width (they add up to 1). */
  widths: number[];
  /** The longest words do not fit side by side: let the reader hyphenate the table's cells. */
  hyphenate: boolean;
}

/** Room to write in a blank cell, in points, when no width is asked for (about 3 cm). */
const WRITING_ROOM = 85;
/** Measuring is an estimate: a little more room per column than the metrics say. */
const SLACK = 1.06;

/**
 * Column widths for a table in a text area `availablePt` wide. See the module comment. Pure and
 * deterministic: the same table gets the same widths in both writers.
 */
export function layoutTable(table: Pick<Table, 'columns' | 'rows' | 'rowHeaders' | 'widths'>, availablePt: number, sizePt: number = TYPE.table): TableLayout {
  const n = table.columns.length;
  const pad = 2 * CELL_PADDING + 1;
  const min = Array<number>(n).fill(pad);
  const max = Array<number>(n).fill(pad);
  const measure = (i: number, text: string, bold: boolean) => {
    for (const w of unbreakables(text)) min[i] = Math.max(min[i]!, textWidth(w, sizePt, bold) * SLACK + pad);
    for (const line of text.split('\n')) max[i] = Math.max(max[i]!, textWidth(line, sizePt, bold) * SLACK + pad);
  };
  table.columns.forEach((c, i) => measure(i, c, true));
  for (const row of table.rows) {
    row.forEach((cell, i) => {
      if (i >= n) return;
      measure(i, cell.text, i === 0 && table.rowHeaders);
      if (cell.lines) max[i] = Math.max(max[i]!, WRITING_ROOM);
    });
  }
  const sum = (a: readonly number[]) => a.reduce((s, x) => s + x, 0);
  const minSum = sum(min);
  if (minSum > availablePt) return { widths: min.map((m) => m / minSum), hyphenate: true };

  let pt: number[];
  const asked = table.widths?.length === n ? table.widths : null;
  if (asked) {
    // as asked, then every column widened to its longest word, taking the room from the columns
    // that have more than they need, in proportion to what they can spare
    const total = sum(asked) || 1;
    pt = asked.map((w) => (w / total) * availablePt);
    for (let round = 0; round < n; round++) {
      const short = pt.reduce((s, w, i) => s + Math.max(0, min[i]! - w), 0);
      if (short <= 0.01) break;
      pt = pt.map((w, i) => Math.max(w, min[i]!));
      const spare = pt.map((w, i) => Math.max(0, w - min[i]!));
      const spareSum = sum(spare);
      pt = pt.map((w, i) => w - (spare[i]! / spareSum) * short);
    }
  } else if (sum(max) <= availablePt) {
    // everything fits on one line: share the rest in proportion to the content
    const extra = availablePt - sum(max);
    pt = max.map((m) => m + (extra * m) / sum(max));
  } else {
    // the longest words fit: the room beyond them goes to the columns with the most text
    const want = max.map((m, i) => m - min[i]!);
    const extra = availablePt - minSum;
    pt = min.map((m, i) => m + (extra * want[i]!) / (sum(want) || 1));
  }
  const total = sum(pt);
  return { widths: pt.map((w) => w / total), hyphenate: false };
}

/** Room on a line for a short field's value, in points (the print view's 32 mm at least). */
export const INLINE_ROOM = 3.2 * PT_PER_CM;
export const INLINE_GAP = 14;

/** A short field's place on a line of fields, in points from the text's left edge. */
export interface InlinePlace {
  field: Field;
  start: number;
  /** Where its line to write on ends. */
  end: number;
}

/**
 * Short fields side by side (the writers draw »Label ______« with an underscore tab leader as the
 * line to write on, the typed value at its start): as many fields on a row as fit, the row's
 * width shared in proportion to what each needs.
 */
export function inlineRows(fields: readonly Field[], widthPt: number): InlinePlace[][] {
  const need = (f: Field) => textWidth(`${f.label} `, TYPE.body, true) + Math.max(INLINE_ROOM, textWidth(f.value, TYPE.body) + 12) + INLINE_GAP;
  const rows: Field[][] = [];
  let row: Field[] = [];
  let used = 0;
  for (const f of fields) {
    if (row.length && used + need(f) > widthPt) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(f);
    used += need(f);
  }
  if (row.length) rows.push(row);
  return rows.map((r) => {
    const scale = widthPt / r.reduce((s, f) => s + need(f), 0);
    let at = 0;
    return r.map((field, i) => {
      const start = at;
      at += need(field) * scale;
      return { field, start, end: i === r.length - 1 ? widthPt : at - INLINE_GAP };
    });
  });
}

/** Whether a field can be written as »Label value ____« on one line (short, no line break, it fits). */
export const fitsInline = (f: Field, widthPt: number) =>
  f.inline === true && !f.value.includes('\n') && textWidth(`${f.label} `, TYPE.body, true) + textWidth(f.value, TYPE.body) + INLINE_ROOM / 2 < widthPt;

/**
 * The run of consecutive fields from `start` that fit side by side (as the print view sets them);
 * both writers set a run of two or more on shared lines, and a lone field on its own.
 */
export function inlineRun(blocks: readonly DocBlock[], start: number, widthPt: number): Field[] {
  const run: Field[] = [];
  for (let j = start; j < blocks.length; j++) {
    const f = blocks[j]!;
    if (f.type !== 'field' || !fitsInline(f, widthPt)) break;
    run.push(f);
  }
  return run;
}

